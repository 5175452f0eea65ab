"""Times of day and dates on screen: the forms of models/text/datetime_forms.py (the exports' own),
drawn by QLocale in the interface's language, with the system's region.

Every screen, dialog and the stage display write a time or a date through here, so that the
English interface never shows `1/19/16` beside `19/01/2016`, nor `5:15 PM` beside `09:00`.
"""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from facilitateur.models.openspace.board import SlotView
from facilitateur.models.text.datetime_forms import DateTimeForms, forms

# The class, for the annotations inside QtDateTimeForms, where `date` names its method.
Day = date


class QtDateTimeForms(DateTimeForms):
    """The same forms, their parts written by QLocale (month names, AM and PM) from the
    patterns the exports' forms give; a test holds both renderings equal."""

    @property
    def locale(self) -> QLocale:
        """The interface language's locale (Qt's month names and AM/PM for it)."""
        return QLocale(QLocale.Language.French if self.french else QLocale.Language.English)

    def clock(self, t: time | datetime | None) -> str:
        if t is None:
            return "—"
        return self.locale.toString(QTime(t.hour, t.minute), self.clock_pattern)

    def date(self, d: date | datetime | None) -> str:
        if d is None:
            return ""
        return self.locale.toString(QDate(d.year, d.month, d.day), self.date_pattern(d))

    def short_date(self, d: Day | datetime | None) -> str:
        if d is None:
            return ""
        return self.locale.toString(QDate(d.year, d.month, d.day), self.short_date_pattern)

    def day_month(self, d: Day | datetime | None) -> str:
        if d is None:
            return ""
        return self.locale.toString(QDate(d.year, d.month, d.day), self.day_month_pattern)


def region() -> str:
    """The system's region as a two-letter code (`FR`, `GB`), "" when it says none."""
    return QLocale.territoryToCode(QLocale.system().territory())


def current_forms() -> QtDateTimeForms:
    """The forms of the interface's language in the system's region."""
    from facilitateur.ui.app import current_language

    f = forms(current_language(), region())
    return QtDateTimeForms(f.lang, f.twelve_hour, f.month_first)


def clock(t: time | datetime | None) -> str:
    """A time of day: `9 h 15`, `9:15 AM` (`09:15` in a 24-hour region); `—` for none."""
    return current_forms().clock(t)


def time_of_day(when: datetime | None, tz: tzinfo | None) -> str:
    """A moment's time of day in the event's time zone; `—` for none."""
    if when is None:
        return "—"
    return clock(when.astimezone(tz) if tz is not None else when)


def span(start: time | datetime | None, end: time | datetime | None) -> str:
    """A span of the day: `9 h 15 – 10 h 30`, `10:30–11:30 AM`."""
    return current_forms().span(start, end)


def moments(start: datetime | None, end: datetime | None, tz: tzinfo | None) -> str:
    """From one moment to another, as a span of the day in the event's time zone."""

    def local(t: datetime | None) -> datetime | None:
        return t.astimezone(tz) if t is not None and tz is not None else t

    return span(local(start), local(end))


def long_date(d: date | datetime | None) -> str:
    """`19 janvier 2016`, `January 19, 2016`."""
    return current_forms().date(d)


def short_date(d: date | datetime | None) -> str:
    """`19/01/2016`, `Jan 19, 2016`."""
    return current_forms().short_date(d)


def day_month(d: date | datetime | None) -> str:
    """A deadline: `15/03`, `Mar 15`."""
    return current_forms().day_month(d)


def not_a_deadline(year: int) -> str:
    """What a deadline may be, said where a text typed as one is no date (the Notes screen's
    actions, a workshop's next steps), in the interface's forms: `15/03`, `15/03/2026`."""
    day = date(year, 3, 15)
    return (
        QCoreApplication.translate("Deadlines", "Not a date: write %1, %2, Friday or in two weeks")
        .replace("%1", day_month(day))
        .replace("%2", short_date(day))
    )


def stamp(when: datetime, tz: tzinfo | None = None) -> str:
    """A moment: `19/01/2016 à 9 h 15`, `Jan 19, 2016, 9:15 AM`."""
    return current_forms().stamp(when.astimezone(tz) if tz is not None else when)


def slot_label(slot: SlotView) -> str:
    """An Open Space slot: `14 h 00 – 15 h 00`, with its day when the board spans several."""
    return slot.label(current_forms())
