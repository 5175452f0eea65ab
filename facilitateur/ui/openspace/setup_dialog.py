"""Rooms and slots of the Open Space: a table of rooms, slots generated between two times.

The rooms are edited in place: every cell typed is a command at once, and the table is brought
in line with the file cell by cell, never rebuilt under the cell being typed in (Tab goes on to
the next cell of the same room however fast one types). Del removes a room without workshops.
The slots are proposed from the Open Space block of the agenda, leaving time for the opening
circle and the marketplace before them and for the report-back after them; the times are shown
and typed as everywhere (`14h30`, `1430`, `14:30`), and the last values are remembered.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QSettings, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.agenda.timeofday import parse_clock, seconds
from facilitateur.models.commands.front import UNSET, Commands
from facilitateur.models.commands.room_slot_cmds import shift, slot_spans
from facilitateur.models.openspace.board import Board
from facilitateur.ui import dates, theme
from facilitateur.ui.naming import named

NAME, CAPACITY, NOTES = range(3)
SETTINGS = "openspace/slots/"
# Before the slots: the opening circle and the marketplace; after them: the report-back.
DEFAULTS = {"opening": 40, "report_back": 45, "minutes": 45, "gap": 5}
_SEATS = re.compile(r"^\s*(\d+)\b")
# The class, for the annotations inside TimeField, where `time` names its method.
TimeOfDay = time


class RoomsTable(QTableWidget):
    """The rooms, one a row; Ins adds one, Del removes the chosen one (not while typing)."""

    add_requested = Signal()
    remove_requested = Signal()
    tabbed_out = Signal()  # Tab after the last cell: the keyboard goes on past the table

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        last = (self.currentRow(), self.currentColumn()) == (self.rowCount() - 1, NOTES)
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem and last:
            # Tab after the last room: out of the table (it wrapped to the first room's name,
            # and what was typed next renamed it).
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.tabbed_out.emit()
            return
        super().closeEditor(editor, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState and not event.modifiers():
            if event.key() == Qt.Key.Key_Delete:
                self.remove_requested.emit()
                event.accept()
                return
            if event.key() == Qt.Key.Key_Insert:
                self.add_requested.emit()
                event.accept()
                return
        super().keyPressEvent(event)


class TimeField(QLineEdit):
    """A time of day typed as everywhere in the application: `14h30`, `1430`, `14:30`, `14`,
    `2:30 PM`; written back in the interface's form (`14 h 30`, `2:30 PM`) when the field is
    left."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setPlaceholderText(dates.clock(time(14, 30)))
        self.setMaximumWidth(72)
        self.editingFinished.connect(self._tidy)

    def time(self) -> time | None:
        try:
            return parse_clock(self.text())
        except ValueError:
            return None

    def set_time(self, t: TimeOfDay | None) -> None:
        self.setText(dates.clock(t) if t is not None else "")

    def _tidy(self) -> None:
        if (t := self.time()) is not None and self.text() != dates.clock(t):
            self.set_time(t)


def _minutes(a: time, b: time) -> int:
    return (seconds(b) - seconds(a)) // 60


class SetupDialog(QDialog):
    """Every change is a command at once (and can be undone); Close just closes."""

    def __init__(
        self,
        run: Callable[[str, dict], object],
        read: Callable[[], Board],
        days: list[tuple],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openSpaceSetup")
        self.setWindowTitle(self.tr("Rooms and slots"))
        self.run, self.read = run, read
        self.commands = Commands(run)
        self.board = read()
        settings = QSettings()

        self.rooms = named(RoomsTable(0, 3), "setupRooms")
        self.rooms.setHorizontalHeaderLabels([self.tr("Room"), self.tr("Seats"), self.tr("Notes")])
        self.rooms.horizontalHeader().setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Stretch)
        self.rooms.setColumnWidth(NAME, 220)
        self.rooms.setColumnWidth(CAPACITY, 80)
        self.rooms.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.rooms.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rooms.setToolTip(
            self.tr(
                "Type over a cell to change it; Tab goes to the next one · Ins adds a room · Del removes a room without workshops"
            )
        )
        self.rooms.itemChanged.connect(self._room_edited)
        self.rooms.add_requested.connect(self._add_room)
        self.rooms.remove_requested.connect(lambda: self._remove_room(only_empty=True))
        add_room = named(QPushButton(theme.icon("plus"), self.tr("Add a room")), "addRoom")
        add_room.setToolTip(self.tr("Add a room (Ins), its name ready to type"))
        add_room.clicked.connect(self._add_room)
        self.rooms.tabbed_out.connect(lambda: add_room.setFocus(Qt.FocusReason.TabFocusReason))
        remove_room = named(
            QPushButton(theme.icon("trash-2"), self.tr("Remove the room")), "removeRoom"
        )
        remove_room.setToolTip(
            self.tr("Remove the chosen room; its workshops go back to the list (Ctrl+Z undoes it)")
        )
        remove_room.clicked.connect(lambda: self._remove_room(only_empty=False))

        self.slots = named(QListWidget(), "setupSlots")
        self.slots.setMaximumHeight(120)  # a few slots; the rooms get the room
        self.days = days  # (id, label, Open Space start, Open Space end) of each day
        self.day = named(QComboBox(), "slotDay")
        for day_id, label, _start, _end in days:
            self.day.addItem(label, day_id)
        self.day.setVisible(len(days) > 1)
        self.block = named(QLabel(), "slotBlock")

        def spin(name: str, maximum: int, minimum: int = 0) -> QSpinBox:
            box = named(QSpinBox(minimum=minimum, maximum=maximum), name)
            box.setSuffix(" min")
            key = name.removeprefix("slot").lower().replace("reportback", "report_back")
            box.setValue(int(str(settings.value(SETTINGS + key, DEFAULTS[key]))))
            return box

        self.opening = spin("slotOpening", 600)
        self.opening.setToolTip(self.tr("Time kept before the slots, from the block's start"))
        self.report_back = spin("slotReportBack", 600)
        self.report_back.setToolTip(self.tr("Time kept after the slots, until the block's end"))
        self.start = TimeField("slotStart")
        self.end = TimeField("slotEnd")
        for field in (self.start, self.end):
            field.setToolTip(self.tr("A time as you like: 14h30, 1430 or 14:30"))
        self.minutes = spin("slotMinutes", 600, 5)
        self.gap = spin("slotGap", 240)
        self.gap.setToolTip(self.tr("Minutes between two slots, to move between rooms"))
        self.replace = named(QCheckBox(self.tr("replacing the day's slots")), "slotReplace")
        self.replace.setToolTip(
            self.tr("The topics placed in the slots removed go back to the list (Ctrl+Z undoes it)")
        )
        self.generate = named(
            QPushButton(theme.icon("calendar-plus"), self.tr("Generate the slots")), "generateSlots"
        )
        self.generate.clicked.connect(self._generate)
        self.preview = named(QLabel(wordWrap=True), "slotPreview")
        remove_slot = QPushButton(theme.icon("trash-2"), self.tr("Remove the slot"))
        remove_slot.setToolTip(self.tr("Its workshops go back to the list (Ctrl+Z undoes it)"))
        remove_slot.clicked.connect(self._remove_slot)

        rooms_box = QGroupBox(self.tr("Rooms (the board's columns)"))
        rl = QVBoxLayout(rooms_box)
        rl.addWidget(self.rooms)
        row = QHBoxLayout()
        row.addWidget(add_room)
        row.addWidget(remove_room)
        row.addStretch()
        rl.addLayout(row)

        slots_box = QGroupBox(self.tr("Slots (the board's rows)"))
        sl = QVBoxLayout(slots_box)
        top = QHBoxLayout()
        top.addWidget(self.day)
        top.addWidget(self.block, 1)
        sl.addLayout(top)
        grid = QGridLayout()
        keep: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Opening circle and marketplace"), self.opening),
            (self.tr("Report-back"), self.report_back),
        )
        for col, (label, widget) in enumerate(keep):
            grid.addWidget(QLabel(label), 0, col * 2)
            grid.addWidget(widget, 0, col * 2 + 1)
        hours = QHBoxLayout()
        for label, widget in (
            (self.tr("Workshops from"), self.start),
            (self.tr("to"), self.end),
            (self.tr("slots of"), self.minutes),
            (self.tr("gap"), self.gap),
        ):
            hours.addWidget(QLabel(label))
            hours.addWidget(widget)
        hours.addStretch()
        grid.setColumnStretch(4, 1)
        sl.addLayout(grid)
        sl.addLayout(hours)
        make = QHBoxLayout()
        make.addWidget(self.preview, 1)
        make.addWidget(self.replace)
        make.addWidget(self.generate)
        sl.addLayout(make)
        sl.addWidget(self.slots)
        sl.addWidget(remove_slot, 0, Qt.AlignmentFlag.AlignLeft)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Return ends the typing of a cell or a time; it never adds a room, generates slots or
        # closes the dialog behind the person's back (Esc closes it).
        for button in (*buttons.buttons(), add_room, remove_room, self.generate, remove_slot):
            if isinstance(button, QPushButton):  # the box's Close is one
                button.setAutoDefault(False)
                button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(rooms_box, 1)
        layout.addWidget(slots_box, 0)
        layout.addWidget(buttons)
        self.resize(820, 640)

        self.day.currentIndexChanged.connect(self._day_chosen)
        self.opening.valueChanged.connect(self._from_block)
        self.report_back.valueChanged.connect(self._from_block)
        self.start.textEdited.connect(lambda _t: self._typed(self.start))
        self.end.textEdited.connect(lambda _t: self._typed(self.end))
        for box in (self.minutes, self.gap):
            box.valueChanged.connect(self._preview)
        self._day_chosen(max(self.day.currentIndex(), 0))
        self.refresh()
        self.rooms.setFocus()

    # Rooms -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the board again and show it (the room being typed in is left alone)."""
        self.board = self.read()
        self._sync_rooms()
        self.slots.clear()
        for s in self.board.slots:
            item = QListWidgetItem(
                dates.slot_label(s)
                + ("  ⚠ " + self.tr("outside the Open Space hours") if s.outside else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, str(s.id))
            self.slots.addItem(item)

    def _sync_rooms(self) -> None:
        """Bring the table in line with the file: the rows as they are when the rooms are the
        same (only the cells that differ are written), rebuilt when a room came or went."""
        rooms = self.board.rooms
        table = self.rooms
        same = table.rowCount() == len(rooms) and all(
            (item := table.item(i, NAME)) is not None
            and item.data(Qt.ItemDataRole.UserRole) == str(r.id)
            for i, r in enumerate(rooms)
        )
        row, col = table.currentRow(), table.currentColumn()
        editing = table.state() == QAbstractItemView.State.EditingState
        with QSignalBlocker(table):
            if not same:
                table.setRowCount(len(rooms))
            for i, r in enumerate(rooms):
                cap = "" if r.capacity is None else str(r.capacity)
                for c, text in ((NAME, r.name), (CAPACITY, cap), (NOTES, r.notes)):
                    item = table.item(i, c)
                    if item is None or not same:
                        item = QTableWidgetItem(text)
                        item.setData(Qt.ItemDataRole.UserRole, str(r.id))
                        table.setItem(i, c, item)
                    elif (i, c) == (row, col) and editing:
                        continue  # being typed in: what is typed is committed over it
                    elif item.text() != text:
                        item.setText(text)
                        item.setData(Qt.ItemDataRole.ForegroundRole, None)
                        item.setToolTip("")
        if not same and 0 <= row < table.rowCount():
            table.setCurrentCell(row, col)

    def _room_edited(self, item: QTableWidgetItem) -> None:
        room = item.data(Qt.ItemDataRole.UserRole)
        text = item.text().strip()
        if item.column() == NAME:
            self.commands.room_update(room, name=text)
        elif item.column() == CAPACITY:
            seats = _SEATS.match(text)
            if text and seats is None:
                # Left as typed, and said: a number is wanted here (nothing is saved).
                with QSignalBlocker(self.rooms):
                    item.setData(Qt.ItemDataRole.ForegroundRole, theme.DANGER)
                    item.setToolTip(self.tr("Not a number of seats: write 40"))
                return
            self.commands.room_update(room, capacity=int(seats[1]) if seats else None)
        else:
            self.commands.room_update(room, notes=text)
        self.refresh()

    def _add_room(self) -> None:
        names = {r.name.casefold() for r in self.board.rooms}
        n = len(self.board.rooms) + 1
        while (name := self.tr("Room %1").replace("%1", str(n))).casefold() in names:
            n += 1
        if self.commands.room_add(name, capacity=20) is None:
            return
        self.refresh()
        row = self.rooms.rowCount() - 1
        self.rooms.setFocus()
        self.rooms.setCurrentCell(row, NAME)
        if (item := self.rooms.item(row, NAME)) is not None:
            self.rooms.editItem(item)

    def _remove_room(self, only_empty: bool) -> None:
        row = self.rooms.currentRow()
        if row < 0 or (item := self.rooms.item(row, NAME)) is None:
            return
        room = str(item.data(Qt.ItemDataRole.UserRole))
        if self.commands.room_remove(room, only_empty=True if only_empty else UNSET) is not None:
            self.refresh()
            self.rooms.setCurrentCell(min(row, self.rooms.rowCount() - 1), NAME)

    # Slots -----------------------------------------------------------------------------------
    def _window(self) -> tuple[time | None, time | None]:
        index = self.day.currentIndex()
        return self.days[index][2:] if self.days and index >= 0 else (None, None)

    def _day_chosen(self, _index: int) -> None:
        start, end = self._window()
        has_block = start is not None and end is not None
        for box in (self.opening, self.report_back):
            box.setEnabled(has_block)
        if has_block:
            self.block.setText(
                self.tr("Open Space block of the agenda: %1").replace("%1", dates.span(start, end))
            )
            self._from_block()
        else:
            settings = QSettings()
            self.block.setText(
                self.tr("The day has no Open Space block with times: give the workshops' hours")
            )
            for field, key, default in ((self.start, "start", "14:00"), (self.end, "end", "17:00")):
                try:
                    field.set_time(parse_clock(str(settings.value(SETTINGS + key, default))))
                except ValueError:
                    field.set_time(parse_clock(default))
            self._preview()

    def _from_block(self) -> None:
        """Workshops' hours from the block, less the time kept before and after them."""
        start, end = self._window()
        if start is not None and end is not None:
            self.start.set_time(shift(start, self.opening.value()) or start)
            self.end.set_time(shift(end, -self.report_back.value()) or end)
        self._preview()

    def _typed(self, field: TimeField) -> None:
        """A time typed by hand: the time kept before or after follows it."""
        start, end = self._window()
        t = field.time()
        if t is not None and start is not None and end is not None:
            if field is self.start and start <= t:
                with QSignalBlocker(self.opening):
                    self.opening.setValue(_minutes(start, t))
            elif field is self.end and t <= end:
                with QSignalBlocker(self.report_back):
                    self.report_back.setValue(_minutes(t, end))
        self._preview()

    def _preview(self) -> None:
        """The slots that Generate would make, before they are made."""
        self.generate.setEnabled(False)
        self.preview.setStyleSheet(f"color: {theme.DANGER.name()}")
        first, last = self.start.time(), self.end.time()
        if first is None or last is None:
            field = self.start if first is None else self.end
            self.preview.setText(
                self.tr("“%1” is not a time of day (e.g. 9:15 or 14h30)").replace(
                    "%1", field.text()
                )
            )
            return
        spans = slot_spans(first, last, self.minutes.value(), self.gap.value())
        if not spans:
            self.preview.setText(
                self.tr("No slot of %1 min fits between %2 and %3")
                .replace("%1", str(self.minutes.value()))
                .replace("%2", dates.clock(first))
                .replace("%3", dates.clock(last))
            )
            return
        text = self.tr("%n slots: %1", "", len(spans)).replace(
            "%1", ", ".join(dates.span(a, b) for a, b in spans)
        )
        _start, end = self._window()
        if end is not None and spans[-1][1] < end:
            text += " · " + self.tr("report-back from %1 to %2").replace(
                "%1", dates.clock(spans[-1][1])
            ).replace("%2", dates.clock(end))
        self.preview.setStyleSheet("")
        self.preview.setText(text)
        self.generate.setEnabled(True)

    def _generate(self) -> None:
        first, last = self.start.time(), self.end.time()
        if first is None or last is None:
            return
        day = {"day": self.day.currentData()} if self.day.currentData() else {}
        done = self.commands.slot_generate(
            self.minutes.value(),
            **day,
            start=first.strftime("%H:%M"),
            end=last.strftime("%H:%M"),
            gap=self.gap.value(),
            replace=self.replace.isChecked(),
        )
        if done is not None:
            settings = QSettings()  # the generator's last values, for the next time
            for key, box in (
                ("opening", self.opening),
                ("report_back", self.report_back),
                ("minutes", self.minutes),
                ("gap", self.gap),
            ):
                settings.setValue(SETTINGS + key, box.value())
            settings.setValue(SETTINGS + "start", first.strftime("%H:%M"))
            settings.setValue(SETTINGS + "end", last.strftime("%H:%M"))
        self.refresh()

    def _remove_slot(self) -> None:
        item = self.slots.currentItem()
        if item is not None:
            self.commands.slot_remove(item.data(Qt.ItemDataRole.UserRole))
            self.refresh()
