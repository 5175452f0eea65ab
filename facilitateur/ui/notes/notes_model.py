"""The notes as a Qt table model, and the filter the notes screen puts over it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from facilitateur.models.commands.front import Commands
from facilitateur.models.notes.model import ActionStatus, NoteKind
from facilitateur.models.notes.query import NoteRow
from facilitateur.models.text.folding import fold
from facilitateur.ui import dates, theme
from facilitateur.ui.noop import QT_TRANSLATE_NOOP

WHEN, KIND, TEXT, PLACE, SPEAKER, OWNER, DUE, STATUS, AUTHOR = range(9)
HEADERS = (
    QT_TRANSLATE_NOOP("NotesModel", "When"),
    QT_TRANSLATE_NOOP("NotesModel", "Kind"),
    QT_TRANSLATE_NOOP("NotesModel", "Text"),
    QT_TRANSLATE_NOOP("NotesModel", "Block"),
    QT_TRANSLATE_NOOP("NotesModel", "Speaker"),
    QT_TRANSLATE_NOOP("NotesModel", "Who"),
    QT_TRANSLATE_NOOP("NotesModel", "By"),
    QT_TRANSLATE_NOOP("NotesModel", "Done"),
    QT_TRANSLATE_NOOP("NotesModel", "Author"),
)
KIND_NAMES = {
    "note": QT_TRANSLATE_NOOP("NotesModel", "Note"),
    "decision": QT_TRANSLATE_NOOP("NotesModel", "Decision"),
    "action": QT_TRANSLATE_NOOP("NotesModel", "Action"),
    "idea": QT_TRANSLATE_NOOP("NotesModel", "Idea"),
    "quote": QT_TRANSLATE_NOOP("NotesModel", "Quote"),
    "question": QT_TRANSLATE_NOOP("NotesModel", "Question"),
}
INTERNAL = QT_TRANSLATE_NOOP("NotesModel", "internal")
RowRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


_MARKS = re.compile(r"\*\*(.+?)\*\*|(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")
_BULLET = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+")


def one_line(text: str) -> str:
    """A note as the table shows it: one line, its lines and list items joined by ` · `,
    without blank lines, list marks, **bold** and *italic* marks."""
    lines = (_BULLET.sub("", line).strip() for line in text.splitlines())
    return _MARKS.sub(lambda m: m[1] or m[2], " · ".join(line for line in lines if line))


def tr(text: str) -> str:
    return QCoreApplication.translate("NotesModel", text)


class NotesModel(QAbstractTableModel):
    def __init__(self, run: Callable[[str, dict[str, Any]], Any], tz, parent=None) -> None:
        super().__init__(parent)
        self._run = run
        self.commands = Commands(run)
        self.tz = tz
        self.rows: list[NoteRow] = []
        self._where: dict = {}  # note id → row

    def set_rows(self, rows: list[NoteRow], tz) -> None:
        self.beginResetModel()
        self.rows, self.tz = rows, tz
        self._where = {r.id: i for i, r in enumerate(rows)}
        self.endResetModel()

    def apply(self, changed: list[NoteRow], gone: set) -> None:
        """Notes added, changed or removed, row by row: a note saved as it is typed does not
        make the table read and sort every note again."""
        for row in changed:
            at = self._where.get(row.id)
            if at is None:
                end = len(self.rows)
                self.beginInsertRows(ROOT, end, end)
                self.rows.append(row)
                self._where[row.id] = end
                self.endInsertRows()
            else:
                self.rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, len(HEADERS) - 1))
        for at in sorted((self._where[i] for i in gone if i in self._where), reverse=True):
            self.beginRemoveRows(ROOT, at, at)
            del self.rows[at]
            self.endRemoveRows()
        if gone:
            self._where = {r.id: i for i, r in enumerate(self.rows)}

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        n = self.rows[index.row()]
        col = index.column()
        R = Qt.ItemDataRole
        if role == RowRole:
            return n
        if role in (R.DisplayRole, R.EditRole):
            match col:
                case 0:
                    return dates.time_of_day(n.created_at, self.tz) if self.tz else ""
                case 1:
                    kind = tr(KIND_NAMES.get(n.kind, n.kind))
                    return f"{kind} · {tr(INTERNAL)}" if n.internal else kind
                case 2:
                    return n.text if role == R.EditRole else one_line(n.text)
                case 3:
                    return n.place
                case 4:
                    return n.speaker
                case 5:
                    return n.owner
                case 6:
                    if role == R.EditRole:
                        return QDate(n.due.year, n.due.month, n.due.day) if n.due else QDate()
                    return dates.short_date(n.due)
                case 8:
                    return n.author
        if role == R.CheckStateRole and col == STATUS and n.kind == NoteKind.ACTION:
            return (
                Qt.CheckState.Checked if n.status == ActionStatus.DONE else Qt.CheckState.Unchecked
            )
        if role == R.ToolTipRole and col == TEXT:
            return n.text
        if role == R.ForegroundRole and n.internal:
            return QBrush(Qt.GlobalColor.gray)
        if role == R.FontRole and col == KIND and n.kind in (NoteKind.DECISION, NoteKind.ACTION):
            font = QFont()
            font.setBold(True)
            return font
        if (
            role == R.DecorationRole
            and col == KIND
            and n.kind == NoteKind.ACTION
            and n.status != ActionStatus.DONE
        ):
            return theme.icon("flag", theme.WARNING)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        n = self.rows[index.row()] if index.isValid() else None
        if n is None:
            return base
        if index.column() == STATUS and n.kind == NoteKind.ACTION:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (TEXT, OWNER, DUE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        n = self.rows[index.row()]
        col = index.column()
        if col == STATUS and role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            return (
                self.commands.action_set_status(
                    str(n.id), ActionStatus.DONE if done else ActionStatus.OPEN
                )
                is not None
            )
        if role != Qt.ItemDataRole.EditRole:
            return False
        if col == TEXT and str(value).strip() and str(value) != n.text:
            return self.commands.note_update(str(n.id), text=str(value)) is not None
        if col == OWNER and str(value) != n.owner:
            return self.commands.note_update(str(n.id), owner=str(value)) is not None
        if col == DUE:
            due = (
                value.toString("yyyy-MM-dd")
                if isinstance(value, QDate) and value.isValid()
                else None
            )
            return self.commands.note_update(str(n.id), due=due) is not None
        return False


class NotesFilter(QSortFilterProxyModel):
    """Kind, block, speaker, author, internal or not, and words (accents do not matter)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words = ""
        self.kind = ""
        self.place = ""
        self.speaker = ""
        self.author = ""
        self.internal: bool | None = None
        self._folded: list[str] = []

    def set(self, **criteria: Any) -> None:
        # Qt 6.10 replaced invalidateFilter() by begin/endFilterChange(); older Qt has only the former.
        modern = hasattr(QSortFilterProxyModel, "endFilterChange")
        if modern:
            self.beginFilterChange()
        for key, value in criteria.items():
            setattr(self, key, value)
        self._folded = fold(self.words).split()  # once per keystroke, not once per row
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        notes = self.sourceModel()
        assert isinstance(notes, NotesModel)  # the only model this filter is put over
        n: NoteRow = notes.rows[source_row]
        return (
            (not self.kind or n.kind == self.kind)
            and (not self.place or n.place == self.place)
            and (not self.speaker or n.speaker == self.speaker)
            and (not self.author or n.author == self.author)
            and (self.internal is None or n.internal == self.internal)
            and all(word in n.search for word in self._folded)
        )
