"""The bar that says another laptop changed what is being typed, and offers the choice.

On a shared event, a save made on an older version of a note or a workshop's report than the one
another laptop saved since is refused, naming them. What was typed stays on screen and nothing
more is saved over their change until the person typing chooses: keep their own text (saved
over the other) or take the other's (shown instead of what was typed).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from facilitateur.ui.naming import named


class ConflictBar(QWidget):
    """A red bar with the refusal's words and two buttons; hidden until `say` is called."""

    keep_mine = Signal()
    take_theirs = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Object names `<name>Conflict`, `<name>KeepMine`…: each screen's bar is found by name.
        self.setObjectName(f"{name}Conflict")
        self.setStyleSheet(
            f"QWidget#{name}Conflict {{ background: #fee2e2; border: 1px solid #dc2626; }}"
        )
        self.text = named(QLabel(wordWrap=True), f"{name}ConflictText")
        self.text.setStyleSheet("color: #7f1d1d; font-weight: bold;")
        self.keep = named(QPushButton(self.tr("Keep my text")), f"{name}KeepMine")
        self.keep.setToolTip(self.tr("Save what you typed over the other laptop's change"))
        self.keep.clicked.connect(self.keep_mine)
        self.take = named(QPushButton(self.tr("Take their text")), f"{name}TakeTheirs")
        self.take.setToolTip(self.tr("Show the other laptop's text instead of what you typed"))
        self.take.clicked.connect(self.take_theirs)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.take)
        buttons.addWidget(self.keep)
        column = QVBoxLayout(self)
        column.addWidget(self.text)
        column.addLayout(buttons)
        self.active = False
        self.hide()

    def say(self, refusal: str) -> None:
        """Show the refusal (who changed it, when) and wait for a choice."""
        self.active = True
        self.text.setText(refusal)
        self.show()

    def end(self) -> None:
        """The choice is made (or the text left): the bar goes."""
        self.active = False
        self.hide()
