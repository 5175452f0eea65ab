"""The event's details and the current day's date and hours, saved as commands on edit."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, time
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QEvent, QObject, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.agenda.read import day_info, event_settings
from facilitateur.models.agenda.timeofday import hhmm
from facilitateur.models.commands.front import Commands
from facilitateur.models.storage.store import EventFile
from facilitateur.ui import dates
from facilitateur.ui.naming import named
from facilitateur.ui.prepare.wrapped_line import WrappedLine

Run = Callable[[str, dict[str, Any]], Any]


NO_DATE = QDate(100, 1, 1)  # the least date Qt edits, which no day of an event has


class DayDateEdit(QDateEdit):
    """A day's date, or none (a programme that gave none): "no date" is said instead of
    today's date, which was saved at the next change of the day's label or hours. From "no
    date", a step (↑, the wheel) or the calendar starts at today, not in the year 100."""

    def __init__(self, no_date: str) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(no_date)
        self.calendarWidget().installEventFilter(self)

    def stepBy(self, steps: int) -> None:
        if self.date() == NO_DATE:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.date() == NO_DATE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class TimezoneBox(QComboBox):
    """An editable list of IANA time zones, filled when first opened (600 names, not at start-up)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.setEditable(True)
        self._filled = False

    def showPopup(self) -> None:
        if not self._filled:
            current = self.currentText()
            self.addItems(sorted(z for z in available_timezones() if "/" in z))
            self.setCurrentText(current)
            self._filled = True
        super().showPopup()


class DetailsForm(QWidget):
    """Event title, venue, organiser, time zone, timer thresholds; the day's date and hours."""

    def __init__(self, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self.commands = Commands(run)
        self._loading = False
        self.day_id: uuid.UUID | None = None

        # Titles and addresses run long: they wrap rather than being cut at the panel's edge.
        self.title = WrappedLine(objectName="eventTitle")
        self.venue = WrappedLine(objectName="eventVenue")
        self.organiser = WrappedLine(objectName="eventOrganiser")
        self.timezone = TimezoneBox(objectName="eventTimezone")

        self.warning = named(QSpinBox(suffix=" min", maximum=120), "eventWarning")
        self.danger = named(QSpinBox(suffix=" min", maximum=120), "eventDanger")
        self.speaking = named(QSpinBox(suffix=" min", minimum=1, maximum=120), "eventSpeaking")
        self.first_timers = named(
            QCheckBox(self.tr("Those who have not spoken yet go first")), "eventFirstTimers"
        )
        self.turn_limit = named(QSpinBox(maximum=50), "eventTurnLimit")
        self.turn_limit.setSpecialValueText(self.tr("no limit"))
        self.title.setPlaceholderText(self.tr("Name of the gathering"))
        self.venue.setPlaceholderText(self.tr("Place and address"))

        event_box = QGroupBox(self.tr("Event"))
        form = QFormLayout(event_box)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Organiser"), self.organiser)
        form.addRow(self.tr("Time zone"), self.timezone)
        # The timers and the turns in a form of their own: their long labels do not narrow
        # the fields above.
        timing_box = QGroupBox(self.tr("Timers and turns"))
        timing = QFormLayout(timing_box)
        timing.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        thresholds = QHBoxLayout()
        thresholds.addWidget(self.warning)
        thresholds.addWidget(self.danger)
        warning_label = QLabel(self.tr("Warning / danger"))
        warning_label.setBuddy(self.warning)
        timing.addRow(warning_label, thresholds)
        self.danger.setAccessibleName(self.tr("Danger"))
        self.warning.setAccessibleName(self.tr("Warning"))
        timing.addRow(self.tr("Speaking time"), self.speaking)
        timing.addRow(self.tr("Turns per person"), self.turn_limit)
        timing.addRow(self.first_timers)
        self.speaking.setToolTip(
            self.tr("Default time of a speaker, unless the block says otherwise")
        )
        self.turn_limit.setToolTip(
            self.tr("A warning when someone asks for the floor more often than this")
        )
        self.warning.setToolTip(self.tr("The timer turns amber this many minutes before the end"))
        self.danger.setToolTip(self.tr("The timer turns red this many minutes before the end"))

        forms = dates.current_forms()  # the date and hours as every screen writes them
        # Properties of QDateTimeEdit, which PySide6's stubs refuse as keywords of its subclasses.
        self.date = named(DayDateEdit(self.tr("no date")), "dayDate")
        self.date.setDisplayFormat(forms.short_date_pattern)
        self.label = named(QLineEdit(), "dayLabel")
        self.label.setPlaceholderText(self.tr("e.g. Tuesday morning"))
        self.opens = named(QTimeEdit(), "dayStart")
        self.opens.setDisplayFormat(forms.clock_pattern)
        self.closes = named(QTimeEdit(), "dayEnd")
        self.closes.setDisplayFormat(forms.clock_pattern)
        self.day_box = QGroupBox(self.tr("Day"))
        day_form = QFormLayout(self.day_box)
        day_form.addRow(self.tr("Date"), self.date)
        day_form.addRow(self.tr("Label"), self.label)
        hours = QHBoxLayout()
        hours.addWidget(self.opens)
        hours.addWidget(self.closes)
        hours_label = QLabel(self.tr("Opens / closes"))
        hours_label.setBuddy(self.opens)
        self.opens.setAccessibleName(self.tr("Opens"))
        self.closes.setAccessibleName(self.tr("Closes"))
        day_form.addRow(hours_label, hours)
        self.day_buttons = QHBoxLayout()
        day_form.addRow(self.day_buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(event_box)
        layout.addWidget(timing_box)
        layout.addWidget(self.day_box)
        layout.addStretch(1)

        for edit, key in (
            (self.title, "title"),
            (self.venue, "venue"),
            (self.organiser, "organiser"),
        ):
            edit.editingFinished.connect(lambda e=edit, k=key: self._event_text(k, e.text()))
        self.timezone.activated.connect(
            lambda _i: self._event_text("timezone", self.timezone.currentText())
        )
        timezone_line = self.timezone.lineEdit()
        assert timezone_line is not None  # the box is editable
        timezone_line.editingFinished.connect(
            lambda: self._event_text("timezone", self.timezone.currentText())
        )
        self.warning.editingFinished.connect(
            lambda: self._event_minutes("warning_seconds", self.warning)
        )
        self.danger.editingFinished.connect(
            lambda: self._event_minutes("danger_seconds", self.danger)
        )
        self.speaking.editingFinished.connect(
            lambda: self._event_minutes("speaker_seconds", self.speaking)
        )
        self.turn_limit.editingFinished.connect(self._turn_limit_changed)
        self.first_timers.toggled.connect(self._first_timers_changed)
        self.date.editingFinished.connect(self._day_changed)
        self.label.editingFinished.connect(self._day_changed)
        self.opens.editingFinished.connect(self._day_changed)
        self.closes.editingFinished.connect(self._day_changed)
        self._saved: dict[str, Any] = {}
        self._saved_day: dict[str, Any] = {}
        self._ef: EventFile | None = None

    def add_day_button(self, button: QToolButton) -> None:
        self.day_buttons.addWidget(button)

    def load(self, ef: EventFile | None, day_id: uuid.UUID | None) -> None:
        """Show the event's and the day's current values (without running commands)."""
        self._loading = True
        self.day_id = day_id
        self._ef = ef
        try:
            if ef is None:
                return
            ev = event_settings(ef)
            day = day_info(ef, day_id) if day_id else None
            self._saved = {
                "title": ev.title,
                "venue": ev.venue,
                "organiser": ev.organiser,
                "timezone": ev.timezone,
                "warning_seconds": ev.warning_seconds,
                "danger_seconds": ev.danger_seconds,
                "speaker_seconds": ev.speaker_seconds,
                "turn_limit": ev.turn_limit,
                "first_timers_first": ev.first_timers_first,
            }
            day_values = (day.date, day.label, day.start, day.end) if day else None
            for edit, key in (
                (self.title, "title"),
                (self.venue, "venue"),
                (self.organiser, "organiser"),
            ):
                if not edit.hasFocus():
                    edit.setText(self._saved[key])
                    edit.setCursorPosition(0)
            self.timezone.setCurrentText(self._saved["timezone"])
            self.warning.setValue(self._saved["warning_seconds"] // 60)
            self.danger.setValue(self._saved["danger_seconds"] // 60)
            self.speaking.setValue(max(1, self._saved["speaker_seconds"] // 60))
            self.turn_limit.setValue(self._saved["turn_limit"] or 0)
            self.first_timers.setChecked(self._saved["first_timers_first"])
            self.day_box.setEnabled(day_values is not None)
            if day_values:
                d, label, start, end = day_values
                self.date.setDate(QDate(d.year, d.month, d.day) if d else NO_DATE)
                self.label.setText(label)
                self.opens.setTime(QTime(start.hour, start.minute) if start else QTime(9, 0))
                self.closes.setTime(QTime(end.hour, end.minute) if end else QTime(18, 0))
            else:  # no day yet: nothing of another event's or of a removed day's stays shown
                self.date.setDate(QDate.currentDate())
                self.label.clear()
                self.opens.setTime(QTime(9, 0))
                self.closes.setTime(QTime(18, 0))
            self._saved_day = self._day_args()
        finally:
            self._loading = False

    def _event_text(self, key: str, value: str) -> None:
        changed = not self._loading and value.strip() != self._saved.get(key)
        given: dict[str, Any] = {key: value.strip()}
        if changed and self.commands.event_set(**given) is None:
            self.load(self._ef, self.day_id)  # refused: show what is saved

    def _event_minutes(self, key: str, box: QSpinBox) -> None:
        if not self._loading and box.value() * 60 != self._saved.get(key):
            given: dict[str, Any] = {key: box.value() * 60}
            self.commands.event_set(**given)

    def _turn_limit_changed(self) -> None:
        value = self.turn_limit.value() or None
        if not self._loading and value != self._saved.get("turn_limit"):
            self.commands.event_set(turn_limit=value)

    def _first_timers_changed(self, on: bool) -> None:
        if not self._loading and on != self._saved.get("first_timers_first"):
            self.commands.event_set(first_timers_first=on)

    def _day_args(self) -> dict[str, Any]:
        q = self.date.date()
        return {
            "day": str(self.day_id),
            "date": None if q == NO_DATE else date(q.year(), q.month(), q.day()).isoformat(),
            "label": self.label.text().strip(),
            "start": hhmm(time(self.opens.time().hour(), self.opens.time().minute())),
            "end": hhmm(time(self.closes.time().hour(), self.closes.time().minute())),
        }

    def _day_changed(self) -> None:
        if self._loading or self.day_id is None:
            return
        args = self._day_args()
        if args != self._saved_day and self.commands.day_update(**args) is None:
            self.load(self._ef, self.day_id)
