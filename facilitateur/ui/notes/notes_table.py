"""The notes' table: columns that share the width so that the text stays readable."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
)

from facilitateur.ui import dates
from facilitateur.ui.notes.notes_model import (
    AUTHOR,
    DUE,
    KIND,
    OWNER,
    PLACE,
    SPEAKER,
    STATUS,
    TEXT,
    WHEN,
    NotesFilter,
)

# Preferred widths; the text takes the rest, and about 40 % of the table's width at least:
# the other columns narrow first, but not below what their usual content needs.
MINIMUM = {WHEN: 48, KIND: 100, DUE: 86, STATUS: 44}
WIDTHS = {
    WHEN: 60,
    KIND: 110,
    PLACE: 220,
    SPEAKER: 150,
    OWNER: 110,
    DUE: 100,
    STATUS: 60,
    AUTHOR: 100,
}


class DueDelegate(QStyledItemDelegate):
    """The deadline edited in the one form of dates of the interface (Qt's own editor would
    write it in the locale's short form, `3/15/26`)."""

    def createEditor(self, parent, option, index) -> QDateEdit:
        editor = QDateEdit(parent, calendarPopup=True)
        editor.setDisplayFormat(dates.current_forms().short_date_pattern)
        return editor


class NotesTable(QTableView):
    """The notes' table: its columns share the width so that the text stays readable on a
    laptop's screen beside the editor (the other columns narrow first)."""

    def __init__(self, name: str, model: NotesFilter, hidden: tuple[int, ...]) -> None:
        super().__init__(objectName=name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # Fixed widths, never "resize to contents": that would measure every one of 10,000 rows
        # at each keystroke of the search.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for col in hidden:
            self.setColumnHidden(col, True)
        self.setItemDelegateForColumn(DUE, DueDelegate(self))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def _whole_values(self) -> dict[int, int]:
        """The widths a time and a deadline need in the interface's forms: `10:55 PM` and
        `Dec 28, 2026` are wider than `22 h 55` and `28/12/2026`, and are never cut."""
        metrics = self.fontMetrics()
        pad = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 12
        return {
            WHEN: metrics.horizontalAdvance(dates.clock(time(22, 55))) + pad,
            DUE: metrics.horizontalAdvance(dates.short_date(date(2026, 12, 28))) + pad,
        }

    def fit_columns(self) -> None:
        width = self.viewport().width()
        whole = self._whole_values()
        widths = {c: max(w, whole.get(c, 0)) for c, w in WIDTHS.items()}
        shown = [c for c in widths if not self.isColumnHidden(c)]
        wanted = sum(widths[c] for c in shown)
        room = width - max(int(width * 0.4), 160)
        scale = min(1.0, room / wanted) if wanted and room > 0 else 0.5
        header = self.horizontalHeader()
        for c in shown:
            least = max(MINIMUM.get(c, 60), whole.get(c, 0))
            header.resizeSection(c, max(int(widths[c] * scale), least))
