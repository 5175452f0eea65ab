"""The agenda of one day as a Qt tree model (blocks and their segments).

The model holds a plain snapshot read through queries; edits and drops become commands, and
the model reloads when the event says the agenda changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from facilitateur.models.agenda.model import KeepOnMove
from facilitateur.models.agenda.timeofday import (
    duration,
    format_duration,
    hhmm,
    parse_clock,
    parse_minutes,
)
from facilitateur.models.commands.front import Commands
from facilitateur.models.queries import FlagKind
from facilitateur.models.storage.store import EventFile
from facilitateur.ui import dates, theme
from facilitateur.ui.noop import QT_TRANSLATE_NOOP
from facilitateur.ui.prepare.agenda_nodes import (
    BlockNode,
    flag_text,
    load_day,
    not_a_duration,
    not_a_time,
    tr,
)
from facilitateur.ui.prepare.kinds import kind_label

MIME = "application/x-facilitateur-block"
START, END, DURATION, FIXED, TITLE, KIND, SPEAKERS = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("AgendaModel", "Start"),
    QT_TRANSLATE_NOOP("AgendaModel", "End"),
    QT_TRANSLATE_NOOP("AgendaModel", "Duration"),
    QT_TRANSLATE_NOOP("AgendaModel", "Fixed"),
    QT_TRANSLATE_NOOP("AgendaModel", "Title"),
    QT_TRANSLATE_NOOP("AgendaModel", "Kind"),
    QT_TRANSLATE_NOOP("AgendaModel", "Speakers"),
)
IdRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as Qt's default argument
RunCommand = Callable[[str, dict[str, Any]], Any]


class AgendaModel(QAbstractItemModel):
    # An edit refused because another laptop changed the block meanwhile (shared events): the
    # block, the column and what was typed, to be offered again on the block as it is now.
    edit_kept = Signal(object, int, str)

    def __init__(
        self,
        run: RunCommand,
        tell: Callable[[str], None],
        parent=None,
        refusal: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._run = run
        self.commands = Commands(run)
        self._tell = tell
        self._refusal = refusal or (lambda: "")
        # What was typed in a cell whose save was refused, shown by the editor opened again on
        # it (see `edit_kept`); empty otherwise.
        self.kept: dict[tuple[uuid.UUID, int], str] = {}
        self.roots: list[BlockNode] = []
        self._by_id: dict[uuid.UUID, BlockNode] = {}

    # Loading ---------------------------------------------------------------------------------
    def load(self, ef: EventFile | None, day_id: uuid.UUID | None) -> None:
        # Read before the reset: a file that cannot be read leaves the model as it was.
        roots = load_day(ef, day_id) if ef and day_id else []
        self.beginResetModel()
        self.roots = roots
        self._by_id = {}
        for n in self.roots:
            self._by_id[n.id] = n
            for c in n.children:
                self._by_id[c.id] = c
        self.endResetModel()

    def node(self, index: Index) -> BlockNode | None:
        return index.internalPointer() if index.isValid() else None

    def index_of(self, block_id: uuid.UUID, column: int = TITLE) -> QModelIndex:
        n = self._by_id.get(block_id)
        return self.createIndex(n.row, column, n) if n else QModelIndex()

    # Structure -------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        node = self.node(parent)
        level = node.children if node is not None else self.roots
        if 0 <= row < len(level) and 0 <= column < len(HEADERS):
            return self.createIndex(row, column, level[row])
        return QModelIndex()

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        n = self.node(index)
        if n is None or n.parent is None:
            return QModelIndex()
        return self.createIndex(n.parent.row, 0, n.parent)

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.column() > 0:
            return 0
        node = self.node(parent)
        return len(node.children) if node is not None else len(self.roots)

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    # Display ---------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        n = self.node(index)
        if n is None:
            return None
        col = index.column()
        R = Qt.ItemDataRole
        if role == IdRole:
            return n.id
        if role == R.EditRole and (n.id, col) in self.kept:
            return self.kept[(n.id, col)]
        if role in (R.DisplayRole, R.EditRole):
            return self._text(n, col, role == R.EditRole)
        if role == R.DecorationRole:
            if col == TITLE:
                return theme.kind_icon(n.block.kind)
            if col == START and n.block.flags:
                bad = any(f.kind != FlagKind.GAP for f in n.block.flags)
                return theme.icon("triangle-alert", theme.DANGER if bad else theme.WARNING)
        if role == R.CheckStateRole and col == FIXED:
            return Qt.CheckState.Checked if n.block.fixed else Qt.CheckState.Unchecked
        if role == R.ToolTipRole:
            return self._tooltip(n, col)
        if role == R.ForegroundRole and col == END and n.block.end_inferred:
            return QBrush(Qt.GlobalColor.gray)
        if role == R.FontRole and col == TITLE and n.parent is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == R.TextAlignmentRole and col in (START, END, DURATION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, n: BlockNode, col: int, edit: bool) -> str | None:
        match col:
            case 0:  # read back by parse_clock when edited
                return dates.clock(n.block.start) if n.block.start else ""
            case 1:
                return dates.clock(n.block.end) if n.block.end else ""
            case 2:
                d = duration(n.block.start, n.block.end)
                return format_duration(d) if d is not None else ""
            case 4:
                return n.block.title
            case 5:
                return n.block.kind if edit else kind_label(n.block.kind)
            case 6:
                return ", ".join(p.name for p in n.block.speakers)
        return None

    def _tooltip(self, n: BlockNode, col: int) -> str | None:
        if col == START and n.block.flags:
            return "\n".join(flag_text(f) for f in n.block.flags)
        if col == END and n.block.end_inferred:
            return tr(QT_TRANSLATE_NOOP("AgendaModel", "End inferred from the next block"))
        if col == FIXED:
            return tr(
                QT_TRANSLATE_NOOP(
                    "AgendaModel",
                    "Fixed start: this block does not move when the day is re-planned",
                )
            )
        if col == TITLE:
            return "\n\n".join(
                x for x in (n.block.section, n.block.title, n.block.description) if x
            )
        if col == SPEAKERS and n.block.speakers:
            return "\n".join(f"{p.name} — {p.role}" if p.role else p.name for p in n.block.speakers)
        return None

    # Editing ---------------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        F = Qt.ItemFlag
        if not index.isValid():
            return F.ItemIsDropEnabled
        base = F.ItemIsEnabled | F.ItemIsSelectable | F.ItemIsDragEnabled
        n = self.node(index)
        if n is not None and n.parent is None:
            base |= F.ItemIsDropEnabled
        if index.column() == FIXED:
            return base | F.ItemIsUserCheckable
        if index.column() in (START, END, DURATION, TITLE, KIND):
            return base | F.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        n = self.node(index)
        if n is None:
            return False
        col = index.column()
        args: dict[str, Any] = {"block": str(n.id), "version": n.block.version}
        if col == FIXED and role == Qt.ItemDataRole.CheckStateRole:
            args["fixed_start"] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif col == TITLE:
            if not str(value).strip() or str(value).strip() == n.block.title:
                return False
            args["title"] = str(value)
        elif col == KIND:
            args["kind"] = str(value)
        elif col in (START, END):
            text = str(value).strip()
            try:
                clock = parse_clock(text) if text else None
            except ValueError:
                return self._refuse(not_a_time(text))
            args["start" if col == START else "end"] = hhmm(clock) if clock else None
            if col == START:
                args["keep"] = KeepOnMove.DURATION.value  # as on a paper programme
        elif col == DURATION:
            if n.block.start is None:
                return self._refuse(tr(QT_TRANSLATE_NOOP("AgendaModel", "Set a start time first")))
            try:
                args["minutes"] = parse_minutes(str(value))
            except ValueError:
                return self._refuse(not_a_duration(str(value).strip()))
        else:
            return False
        if self.commands.block_update(**args) is not None:
            return True
        if role == Qt.ItemDataRole.EditRole and self._refusal():
            self.edit_kept.emit(n.id, col, str(value))  # said in the banner, naming them
        return False

    def _refuse(self, message: str) -> bool:
        self._tell(message)
        return False

    # Drag and drop ---------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        nodes = [n for n in map(self.node, indexes) if n is not None]
        if nodes:
            data.setData(MIME, str(nodes[0].id).encode("ascii"))
        return data

    def drop_target(self, data: QMimeData, row: int, parent: Index) -> dict[str, Any] | None:
        """The `block.move` arguments a drop at (row, parent) means, or None if not allowed."""
        if not data.hasFormat(MIME):
            return None
        try:
            moved = self._by_id.get(uuid.UUID(bytes(data.data(MIME).data()).decode("ascii")))
        except ValueError:
            return None
        target = self.node(parent)
        if moved is None or (target is not None and (target.parent is not None or target is moved)):
            return None
        if target is not None and moved.children:
            return None  # a block with segments stays a block
        level = target.children if target is not None else self.roots
        row = len(level) if row < 0 else row
        same_level = moved.parent is target
        if same_level and moved.row < row:
            row -= 1
        if same_level and row == moved.row:
            return None
        args: dict[str, Any] = {"block": str(moved.id), "position": row + 1}
        if not same_level:
            args["parent"] = str(target.id) if target is not None else ""
        return args

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return self.drop_target(data, row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        args = self.drop_target(data, row, parent)
        if args is None:
            return False
        # Run after the view has finished its drop handling: the command resets this model.
        QTimer.singleShot(0, lambda: self.commands.block_move(**args))
        return False
