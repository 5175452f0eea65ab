"""The next steps of a workshop's report, typed as they are said: what, who, by when.

A new step opens its first cell for typing at once; Tab goes what → who → by when → a new step;
Return ends the step; Del removes the chosen one. A row left empty is not kept.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from facilitateur.models.notes.deadlines import read_deadline
from facilitateur.ui import dates, theme

WHAT, WHO, WHEN = range(3)
Hint = QAbstractItemDelegate.EndEditHint


class NextStepsTable(QTableWidget):
    changed = Signal()  # a step was typed, changed or removed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("reportSteps")
        self.today = date.today()  # the day a deadline without a year is counted from
        self.month_first = dates.current_forms().month_first  # `3/15`, as dates are shown
        self.setHorizontalHeaderLabels([self.tr("Next step"), self.tr("Who"), self.tr("By when")])
        self.horizontalHeader().setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(WHO, 170)
        self.setColumnWidth(WHEN, 120)
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setToolTip(
            self.tr(
                "Tab: who, then by when, then a new step · Return ends the step · Del removes it"
            )
        )
        self.itemChanged.connect(self._item_changed)

    # Typing ----------------------------------------------------------------------------------
    def add_step(self) -> None:
        """A new row, its first cell open for typing."""
        row = self.rowCount()
        self.insertRow(row)
        for col in range(3):
            self.setItem(row, col, QTableWidgetItem(""))
        self._edit(row, WHAT)

    def _edit(self, row: int, col: int) -> None:
        self.setFocus()
        self.setCurrentCell(row, col)
        if (item := self.item(row, col)) is not None:
            self.scrollToItem(item)
            self.editItem(item)

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:
        row, col = self.currentRow(), self.currentColumn()
        if hint == Hint.EditNextItem and col == WHEN:
            # After "by when": the next step (a new one after the last), not the next cell.
            super().closeEditor(editor, Hint.NoHint)
            if row + 1 < self.rowCount():
                self._edit(row + 1, WHAT)
            elif not self.is_empty(row):
                self.add_step()
            return
        super().closeEditor(editor, hint)
        if hint not in (Hint.EditNextItem, Hint.EditPreviousItem):
            QTimer.singleShot(0, self.drop_empty_rows)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self.editing():
            # Del or Backspace on a step (not while typing in it): remove it.
            if (row := self.currentRow()) >= 0:
                self.removeRow(row)
                self.changed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        QTimer.singleShot(0, self.drop_empty_rows)

    def drop_empty_rows(self) -> None:
        """Rows with nothing typed in them go (not the one being typed in)."""
        editing = self.currentRow() if self.state() == self.State.EditingState else -1
        for row in reversed(range(self.rowCount())):
            if row != editing and self.is_empty(row):
                self.removeRow(row)

    def is_empty(self, row: int) -> bool:
        return not any(self.text(row, col) for col in range(3))

    def text(self, row: int, col: int) -> str:
        item = self.item(row, col)
        return item.text().strip() if item is not None else ""

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == WHEN:
            self._mark_date(item)
        self.changed.emit()

    def _mark_date(self, item: QTableWidgetItem) -> None:
        typed = item.text().strip()
        wrong = bool(typed) and read_deadline(typed, self.today, self.month_first) is None
        self.blockSignals(True)
        item.setData(Qt.ItemDataRole.ForegroundRole, theme.DANGER if wrong else None)
        item.setToolTip(dates.not_a_deadline(self.today.year) if wrong else "")
        self.blockSignals(False)

    # Reading and showing ---------------------------------------------------------------------
    def steps(self) -> list[dict]:
        """The steps typed, as `report.set` takes them (a deadline that is not a date: none)."""
        out = []
        for row in range(self.rowCount()):
            text, owner, due = (self.text(row, col) for col in range(3))
            when = read_deadline(due, self.today, self.month_first) if due else None
            if text:
                out.append(
                    {"text": text, "owner": owner, "due": when.isoformat() if when else None}
                )
        return out

    def problems(self) -> list[str]:
        """What would not be kept as typed: a step with no text, a deadline that is not a date."""
        out = []
        for row in range(self.rowCount()):
            text, owner, due = (self.text(row, col) for col in range(3))
            if not text and (owner or due):
                out.append(
                    self.tr("a next step for %1 has no text: it will not be kept").replace(
                        "%1", " · ".join(x for x in (owner, due) if x)
                    )
                )
            elif due and read_deadline(due, self.today, self.month_first) is None:
                out.append(
                    self.tr("“%1” is not a date: the step “%2” will have no deadline")
                    .replace("%1", due)
                    .replace("%2", text)
                )
        return out

    def show_steps(self, rows: list[tuple[str, str, date | None]]) -> None:
        """Fill the table (its signals blocked: showing is not typing)."""
        self.blockSignals(True)
        self.setRowCount(0)
        for text, owner, due in rows:
            row = self.rowCount()
            self.insertRow(row)
            shown = dates.short_date(due)
            for col, value in enumerate((text, owner, shown)):
                self.setItem(row, col, QTableWidgetItem(value))
        self.blockSignals(False)

    def editing(self) -> bool:
        return self.state() == self.State.EditingState
