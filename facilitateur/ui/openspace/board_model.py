"""The board as Qt models: the rooms × slots grid and the list of topics still to place.

Both carry topics by drag and drop (one MIME type); a drop runs `topic.assign` or
`topic.unassign` through the callback given, so every move is a journaled, undoable command.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication

from facilitateur.models.commands.front import UNSET, Commands
from facilitateur.models.openspace.board import Board, Conflict, TopicView
from facilitateur.ui import dates
from facilitateur.ui.openspace.texts import conflict_text, status_text

MIME = "application/x-facilitateur-topic"
CARDS = Qt.ItemDataRole.UserRole + 1  # list[TopicView] in the cell (or [topic] in the list)
CONFLICTS = Qt.ItemDataRole.UserRole + 2  # list[str] of conflict sentences
PINNED = Qt.ItemDataRole.UserRole + 3  # set of pinned topic ids
Runner = Callable[[str, dict], Any]
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def tooltip(t: TopicView, conflicts: Sequence[str] = ()) -> str:
    lines = [t.title]
    if t.convener:
        lines.append(
            QCoreApplication.translate("OpenSpace", "Convener: %1").replace("%1", t.convener)
        )
    # (`tr` on the class, which lupdate reads with its plural forms; PySide6's stub knows
    # only the instance's `tr`)
    lines.append(BoardModel.tr("%n interested", "", t.interest))  # type: ignore[arg-type]
    lines.append(status_text(t.report))
    if t.description:
        lines.append(t.description[:400])
    lines += [f"⚠ {c}" for c in conflicts]
    return "\n".join(lines)


def _mime(topic_id: uuid.UUID) -> QMimeData:
    data = QMimeData()
    data.setData(MIME, QByteArray(str(topic_id).encode()))
    return data


def topic_of(data: QMimeData) -> str | None:
    if not data.hasFormat(MIME):
        return None
    try:
        return str(uuid.UUID(bytes(data.data(MIME).data()).decode()))
    except (ValueError, UnicodeDecodeError):
        return None


class BoardModel(QAbstractTableModel):
    """Slots down, rooms across; each cell holds the cards of the topics placed there."""

    def __init__(self, run: Runner, parent=None) -> None:
        super().__init__(parent)
        self.run = run
        self.commands = Commands(run)
        self.board = Board([], [], [])
        self.conflicts: list[Conflict] = []
        self._cell_conflicts: dict[tuple, list[str]] = {}

    def set_board(self, board: Board) -> None:
        self.beginResetModel()
        self.board = board
        self.conflicts = board.conflicts()
        self._cell_conflicts = {}
        for c in self.conflicts:
            cells = {c.cell} if c.cell else {board.placed[t] for t in c.topics if t in board.placed}
            for cell in cells:
                self._cell_conflicts.setdefault(cell, []).append(conflict_text(c, board))
        self.endResetModel()

    def cell(self, index: Index) -> tuple[uuid.UUID, uuid.UUID]:
        return self.board.rooms[index.column()].id, self.board.slots[index.row()].id

    def index_of(self, topic_id: uuid.UUID) -> QModelIndex:
        cell = self.board.placed.get(topic_id)
        if cell is None:
            return QModelIndex()
        col = next(i for i, r in enumerate(self.board.rooms) if r.id == cell[0])
        row = next(i for i, s in enumerate(self.board.slots) if s.id == cell[1])
        return self.index(row, col)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.board.slots)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.board.rooms)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            slot = self.board.slots[section]
            return dates.slot_label(slot) + (" ⚠" if slot.outside else "")
        room = self.board.rooms[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (room.name, room.notes) if x)
        if room.capacity is None:
            return room.name
        return f"{room.name}\n" + self.tr("%n seats", "", room.capacity)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index)
        cards = self.board.at(cell)
        if role == CARDS:
            return cards
        if role == CONFLICTS:
            return self._cell_conflicts.get(cell, [])
        if role == PINNED:
            return self.board.pinned
        if role == Qt.ItemDataRole.DisplayRole:
            return " / ".join(t.title for t in cards)
        if role == Qt.ItemDataRole.ToolTipRole and cards:
            return "\n\n".join(tooltip(t, self._cell_conflicts.get(cell, [])) for t in cards)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            room, slot = self.board.rooms[index.column()], self.board.slots[index.row()]
            what = " / ".join(t.title for t in cards) or QCoreApplication.translate(
                "OpenSpace", "free"
            )
            return f"{room.name}, {dates.slot_label(slot)}: {what}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if self.board.at(self.cell(index)):
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [MIME]

    # (None: no drag; Qt allows it, PySide6's stub does not say so)
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        cards = self.board.at(self.cell(indexes[0])) if indexes else []
        return _mime(cards[0].id) if cards else None

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent: Index) -> bool:
        return parent.isValid() and topic_of(data) is not None

    def dropMimeData(self, data, action, row, column, parent: Index) -> bool:
        topic = topic_of(data)
        if topic is None or not parent.isValid():
            return False
        self.assign(topic, parent, force=_shift_held())
        return False  # the move is the command's; the view is refreshed from the file

    def assign(self, topic: str, index: Index, force: bool = False) -> None:
        room, slot = self.cell(index)
        self.commands.topic_assign(topic, str(room), str(slot), force=True if force else UNSET)


def _shift_held() -> bool:
    return bool(QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)


class UnplacedModel(QAbstractListModel):
    """The topics not on the board yet, most-wanted first; a card dropped here leaves the board."""

    def __init__(self, run: Runner, parent=None) -> None:
        super().__init__(parent)
        self.run = run
        self.commands = Commands(run)
        self.topics: list[TopicView] = []

    def set_board(self, board: Board) -> None:
        self.beginResetModel()
        self.topics = sorted(board.unplaced(), key=lambda t: (-t.interest, t.number))
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.topics)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self.topics[index.row()]
        if role == CARDS:
            return [t]
        if role == CONFLICTS:
            return []
        if role == PINNED:
            return set()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return t.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(t)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        return base if index.isValid() else Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [MIME]

    # (None: no drag; Qt allows it, PySide6's stub does not say so)
    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:  # type: ignore[override]
        return _mime(self.topics[indexes[0].row()].id) if indexes else None

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent: Index) -> bool:
        return topic_of(data) is not None

    def dropMimeData(self, data, action, row, column, parent: Index) -> bool:
        topic = topic_of(data)
        if topic is None:
            return False
        if all(str(t.id) != topic for t in self.topics):
            self.commands.topic_unassign(topic)
        return False
