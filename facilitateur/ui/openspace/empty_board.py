"""What the Open Space board shows before it has rooms and slots: what it needs, and the
button that sets them up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from facilitateur.ui.naming import named


class EmptyBoard(QWidget):
    def __init__(self, setup: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openSpaceEmpty")
        text = QLabel(
            self.tr(
                "The board needs rooms (its columns) and time slots (its rows).\nSlots can be generated from the Open Space block of the agenda."
            ),
            alignment=Qt.AlignmentFlag.AlignCenter,
            wordWrap=True,
        )
        button = named(QPushButton(setup.icon(), setup.text().replace("&", "")), "emptySetup")
        button.clicked.connect(setup.trigger)
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(text)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch()
