"""Shift+PgUp at the podium: take a block up again on purpose (an item skipped, taken up
later). The block under way ends; the chosen one runs again as a second interval of its own,
which the podium, the JSON export and the synthesis show beside the first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.agenda.read import event_settings, read_running_day
from facilitateur.models.agenda.timing import RunState
from facilitateur.ui import dates
from facilitateur.ui.naming import named
from facilitateur.ui.qt_event import QtEvent

BlockRole = Qt.ItemDataRole.UserRole + 1


class TakeUpDialog(QDialog):
    def __init__(self, event: QtEvent, clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeUpDialog")
        self.setWindowTitle(self.tr("Take up a block again"))
        self.current = event  # not `self.event`: that is QObject.event(), which Qt calls
        self.list = named(QListWidget(), "takeUpBlocks")
        self.list.setAccessibleName(self.tr("Blocks"))
        self.list.setWordWrap(True)  # a long title wraps: nothing to scroll sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        current = None
        tz = event_settings(event.file).tz
        found = read_running_day(event.file, tz, clock.now())
        timings, status = (list(found.timings), found.status) if found else ([], None)
        for i, t in enumerate(timings):
            reading = t.reading
            if reading.state in (RunState.RUNNING, RunState.PAUSED):
                current = i
                continue  # under way: nothing to take up
            ran = ", ".join(dates.moments(a, b, tz) for a, b in reading.intervals)
            state = self.tr("ran %1").replace("%1", ran) if ran else self.tr("not run yet")
            item = QListWidgetItem(f"{t.title}  —  {state}")
            item.setData(BlockRole, str(t.id))
            self.list.addItem(item)
            if status is not None and reading.state == RunState.ENDED:
                self.list.setCurrentItem(item)  # by default the last block that ran
        if current is not None and current > 0:
            previous = str(timings[current - 1].id)
            for row in range(self.list.count()):
                if self.list.item(row).data(BlockRole) == previous:
                    self.list.setCurrentRow(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.take_button = buttons.addButton(
            self.tr("Take it up now"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.take_button.setEnabled(self.list.count() > 0)
        buttons.accepted.connect(self.take_up)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.take_up())
        explain = QLabel(
            self.tr(
                "The block under way ends; the one chosen runs again from now, as a second interval (its first one is kept). PgUp would rather undo the last PgDn."
            )
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(720, 440)

    def take_up(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if self.current.commands.timer_take_up(item.data(BlockRole)) is not None:
            self.accept()
