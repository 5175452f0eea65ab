"""What Préparer shows for a day without an agenda: the three ways to start one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from facilitateur.ui import theme
from facilitateur.ui.naming import named


class EmptyAgenda(QWidget):
    import_programme = Signal()
    add_block = Signal()
    open_sample = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaEmpty")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("This day has no agenda yet"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        hint = QLabel(
            self.tr(
                "Paste the programme you received, add the blocks one by one, or start from the sample day."
            )
        )
        row = QHBoxLayout()
        row.addStretch(1)
        for icon, text, name, signal in (
            (
                "clipboard-paste",
                self.tr("Import a programme"),
                "emptyImport",
                self.import_programme,
            ),
            ("plus", self.tr("Add the first block"), "addFirst", self.add_block),
            ("sparkles", self.tr("Open the sample day"), "emptySample", self.open_sample),
        ):
            button = named(QPushButton(theme.icon(icon), text), name)
            button.setMinimumHeight(40)
            button.clicked.connect(signal)
            row.addWidget(button)
        row.addStretch(1)
        for w in (title, hint):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addStretch(2)
