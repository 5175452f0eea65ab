"""The board's views: the grid with a keyboard path for every move, and the list to place.

With the keyboard: select a card and press Enter to pick it up, move with the arrows, Enter puts
it down (Shift+Enter: share the cell), Esc cancels, Del sends a card back to the list. In the list
of topics to place, Enter picks a topic up and takes it to the board.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QListView, QTableView

from facilitateur.ui.openspace.board_model import CARDS, BoardModel, UnplacedModel
from facilitateur.ui.openspace.cards import CardDelegate, ListCardDelegate

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


def _setup_dnd(view: QAbstractItemView) -> None:
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)


class BoardView(QTableView):
    carrying_changed = Signal(object)  # the topic picked up with the keyboard, or None
    unassign = Signal(str)  # topic id: back to the list

    def __init__(self, model: BoardModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("openSpaceBoard")
        self.setAccessibleName(self.tr("Board: rooms and slots"))
        self.setModel(model)
        self.delegate = CardDelegate(self)
        self.setItemDelegate(self.delegate)
        _setup_dnd(self)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setShowGrid(True)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setSectionsClickable(False)
        self.horizontalHeader().setMinimumSectionSize(118)
        self.verticalHeader().setMinimumSectionSize(92)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.carrying: uuid.UUID | None = None

    def board_model(self) -> BoardModel:
        return self.model()  # type: ignore[return-value]

    def selected_topic(self) -> uuid.UUID | None:
        cards = self.currentIndex().data(CARDS) if self.currentIndex().isValid() else None
        return cards[0].id if cards else None

    def carry(self, topic_id: uuid.UUID | None) -> None:
        """Pick up a topic (None: put it back where it was)."""
        self.carrying = topic_id
        self.delegate.carrying = topic_id
        self.viewport().update()
        self.carrying_changed.emit(topic_id)
        if topic_id is not None:
            self.setFocus()
            if not self.currentIndex().isValid() and self.model().rowCount() > 0:
                self.setCurrentIndex(self._first_free())

    def _first_free(self) -> QModelIndex:
        m = self.board_model()
        for row in range(m.rowCount()):
            for col in range(m.columnCount()):
                if not m.index(row, col).data(CARDS):
                    return m.index(row, col)
        return m.index(0, 0)

    def event(self, event: QEvent) -> bool:
        # While a card is carried, Esc, Enter and the arrows are the board's, not a shortcut's.
        carried = event.type() == QEvent.Type.ShortcutOverride and self.carrying is not None
        if (
            carried
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Escape, *ENTER, *ARROWS)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in ENTER and self.currentIndex().isValid():
            if self.carrying is None:
                if (topic := self.selected_topic()) is not None:
                    self.carry(topic)
            else:
                topic, self.carrying = self.carrying, None
                force = bool(mods & Qt.KeyboardModifier.ShiftModifier)
                self.board_model().assign(str(topic), self.currentIndex(), force)
                self.carry(None)
                self.select_topic(topic)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.carrying is not None:
            self.carry(None)
            event.accept()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.carrying is None:
            if (topic := self.selected_topic()) is not None:
                self.unassign.emit(str(topic))
            event.accept()
            return
        super().keyPressEvent(event)

    def select_topic(self, topic_id: uuid.UUID) -> None:
        index = self.board_model().index_of(topic_id)
        if index.isValid():
            self.setCurrentIndex(index)


class UnplacedList(QListView):
    """Topics to place; Enter takes the selected one to the board."""

    pick = Signal(object)  # topic id

    def __init__(self, model: UnplacedModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("openSpaceToPlace")
        self.setAccessibleName(self.tr("Topics to place"))
        self.setModel(model)
        self.setItemDelegate(ListCardDelegate(self))
        _setup_dnd(self)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def selected_topic(self) -> uuid.UUID | None:
        index = self.currentIndex()
        cards = index.data(CARDS) if index.isValid() else None
        return cards[0].id if cards else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER and (topic := self.selected_topic()) is not None:
            self.pick.emit(topic)
            event.accept()
            return
        super().keyPressEvent(event)
