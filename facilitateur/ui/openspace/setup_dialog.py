"""Rooms and slots of the Open Space: a table of rooms, slots generated between two times."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.board import Board
from facilitateur.ui import theme

NAME, CAPACITY, NOTES = range(3)


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
        self.board = read()

        self.rooms = QTableWidget(0, 3, objectName="setupRooms")
        self.rooms.setHorizontalHeaderLabels([self.tr("Room"), self.tr("Seats"), self.tr("Notes")])
        self.rooms.horizontalHeader().setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Stretch)
        self.rooms.setColumnWidth(NAME, 200)
        self.rooms.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rooms.itemChanged.connect(self._room_edited)
        add_room = QPushButton(theme.icon("plus"), self.tr("Add a room"), objectName="addRoom")
        add_room.clicked.connect(self._add_room)
        remove_room = QPushButton(theme.icon("trash-2"), self.tr("Remove the room"))
        remove_room.clicked.connect(self._remove_room)

        self.slots = QListWidget(objectName="setupSlots")
        self.days = days  # (id, label, Open Space start, Open Space end) of each day
        self.day = QComboBox(objectName="slotDay")
        for day_id, label, _start, _end in days:
            self.day.addItem(label, day_id)
        self.day.setVisible(len(days) > 1)
        self.start = QTimeEdit(objectName="slotStart", displayFormat="HH:mm")
        self.end = QTimeEdit(objectName="slotEnd", displayFormat="HH:mm")
        self.day.currentIndexChanged.connect(self._day_chosen)
        self._day_chosen(0)
        self.minutes = QSpinBox(objectName="slotMinutes", minimum=5, maximum=600, value=60)
        self.gap = QSpinBox(objectName="slotGap", minimum=0, maximum=240, value=10)
        for spin in (self.minutes, self.gap):
            spin.setSuffix(" min")
        self.replace = QCheckBox(self.tr("replacing the day's slots"), objectName="slotReplace")
        self.replace.setToolTip(
            self.tr("The topics placed in the slots removed go back to the list (Ctrl+Z undoes it)")
        )
        generate = QPushButton(
            theme.icon("calendar-plus"), self.tr("Generate the slots"), objectName="generateSlots"
        )
        generate.clicked.connect(self._generate)
        remove_slot = QPushButton(theme.icon("trash-2"), self.tr("Remove the slot"))
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
        gen = QHBoxLayout()
        gen.addWidget(self.day)
        for label, widget in (
            (self.tr("From"), self.start),
            (self.tr("to"), self.end),
            (self.tr("slots of"), self.minutes),
            (self.tr("gap"), self.gap),
        ):
            gen.addWidget(QLabel(label))
            gen.addWidget(widget)
        gen.addWidget(generate)
        gen.addWidget(self.replace)
        gen.addStretch()
        sl.addLayout(gen)
        has_block = any(start is not None for _i, _l, start, _e in days)
        hint = self.tr("Default hours: the Open Space block of the agenda.") if has_block else ""
        if hint:
            sl.addWidget(QLabel(hint, objectName="setupHint"))
        sl.addWidget(self.slots)
        sl.addWidget(remove_slot, 0, Qt.AlignmentFlag.AlignLeft)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(rooms_box, 3)
        layout.addWidget(slots_box, 2)
        layout.addWidget(buttons)
        self.resize(760, 600)
        self.refresh()

    def refresh(self) -> None:
        self.board = self.read()
        with QSignalBlocker(self.rooms):
            self.rooms.setRowCount(len(self.board.rooms))
            for i, r in enumerate(self.board.rooms):
                cap = "" if r.capacity is None else str(r.capacity)
                for col, text in ((NAME, r.name), (CAPACITY, cap), (NOTES, r.notes)):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, str(r.id))
                    self.rooms.setItem(i, col, item)
        self.slots.clear()
        for s in self.board.slots:
            item = QListWidgetItem(
                s.label + ("  ⚠ " + self.tr("outside the Open Space hours") if s.outside else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, str(s.id))
            self.slots.addItem(item)

    def _room_edited(self, item: QTableWidgetItem) -> None:
        room = item.data(Qt.ItemDataRole.UserRole)
        text = item.text().strip()
        if item.column() == NAME:
            args = {"name": text}
        elif item.column() == CAPACITY:
            if text and not text.isdigit():
                self.refresh()
                return
            args = {"capacity": int(text) if text else None}
        else:
            args = {"notes": text}
        self.run("room.update", {"room": room, **args})
        self.refresh()

    def _add_room(self) -> None:
        names = {r.name.casefold() for r in self.board.rooms}
        n = len(self.board.rooms) + 1
        while (name := self.tr("Room %1").replace("%1", str(n))).casefold() in names:
            n += 1
        self.run("room.add", {"name": name, "capacity": 20})
        self.refresh()
        self.rooms.setCurrentCell(self.rooms.rowCount() - 1, NAME)
        self.rooms.editItem(self.rooms.item(self.rooms.rowCount() - 1, NAME))

    def _remove_room(self) -> None:
        row = self.rooms.currentRow()
        if row >= 0:
            self.run(
                "room.remove", {"room": self.rooms.item(row, NAME).data(Qt.ItemDataRole.UserRole)}
            )
            self.refresh()

    def _day_chosen(self, index: int) -> None:
        start, end = self.days[index][2:] if self.days else (None, None)
        self.start.setTime(_qtime(start, 14, 0))
        self.end.setTime(_qtime(end, 17, 0))

    def _generate(self) -> None:
        day = {"day": self.day.currentData()} if self.day.currentData() else {}
        self.run(
            "slot.generate",
            {
                **day,
                "start": self.start.time().toString("HH:mm"),
                "end": self.end.time().toString("HH:mm"),
                "minutes": self.minutes.value(),
                "gap": self.gap.value(),
                "replace": self.replace.isChecked(),
            },
        )
        self.refresh()

    def _remove_slot(self) -> None:
        item = self.slots.currentItem()
        if item is not None:
            self.run("slot.remove", {"slot": item.data(Qt.ItemDataRole.UserRole)})
            self.refresh()


def _qtime(t, h: int, m: int) -> QTime:
    return QTime(t.hour, t.minute) if t is not None else QTime(h, m)
