"""The marketplace: topics typed in as the conveners announce them, and the list to place.

Enter in any field adds the topic and clears the fields for the next one; the focus stays in
the title, so a note-taker can keep up with a queue of conveners.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.commands.front import Commands
from facilitateur.models.openspace.board import Board
from facilitateur.ui import theme
from facilitateur.ui.naming import named
from facilitateur.ui.openspace.board_model import UnplacedModel
from facilitateur.ui.openspace.board_view import UnplacedList


class Marketplace(QWidget):
    def __init__(self, run: Callable[[str, dict], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("marketplace")
        self.setMinimumWidth(230)
        self.run = run
        self.commands = Commands(run)
        self.title = named(QLineEdit(), "topicTitle")
        self.title.setPlaceholderText(self.tr("New topic — Enter adds it"))
        self.convener = named(QLineEdit(), "topicConvener")
        self.convener.setPlaceholderText(self.tr("Convened by"))
        self.interest = named(QSpinBox(maximum=9999), "topicInterest")
        self.interest.setToolTip(self.tr("Interest: dots on the marketplace"))
        self.interest.setPrefix("● ")
        self.title.setAccessibleName(self.tr("Title of the new topic"))
        self.convener.setAccessibleName(self.tr("Who convenes it"))
        self.interest.setAccessibleName(self.tr("Interest"))
        add = named(QPushButton(theme.icon("plus"), self.tr("Add")), "topicAdd")
        add.clicked.connect(self.add)
        for line in (self.title, self.convener, self.interest.lineEdit()):
            line.returnPressed.connect(self.add)

        self.model = UnplacedModel(run, self)
        self.list = UnplacedList(self.model)
        self.count = named(QLabel(), "toPlaceCount")
        # How to place is said in the screen's hint line; here it stays at hand, out of the
        # way of the list (a whole marketplace fits beside the board).
        self.list.setToolTip(
            self.tr(
                "Drag a topic onto the board, or select it and press Enter, then the arrows and Enter. Drag a card back here to take it off the board."
            )
        )

        entry = QGridLayout()
        entry.addWidget(self.title, 0, 0, 1, 3)
        entry.addWidget(self.convener, 1, 0)
        entry.addWidget(self.interest, 1, 1)
        entry.addWidget(add, 1, 2)
        entry.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(entry)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)

    def add(self) -> None:
        title = " ".join(self.title.text().split())
        if not title:
            self.title.setFocus()
            return
        added = self.commands.topic_add(
            title, convener=self.convener.text(), interest=self.interest.value()
        )
        if added is not None:
            self.title.clear()
            self.convener.clear()
            self.interest.setValue(0)
        self.title.setFocus()

    def set_board(self, board: Board) -> None:
        self.model.set_board(board)
        left = len(self.model.topics)
        self.count.setText(
            self.tr("To place: %1 of %n topics", "", len(board.topics)).replace("%1", str(left))
        )
