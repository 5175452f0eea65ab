"""The one form of times of day and of dates each language writes, everywhere: every screen,
the stage display, the synthesis and the other exports.

French writes `9 h 15`, `19/01/2016`, `19 janvier 2016` (`1er mars`) whatever the region.
English follows the system's region where English itself differs: a 12-hour clock and the
month first (`5:15 PM`, `Jan 19, 2016`, `January 19, 2016`) in the United States and where no
region is known, a 24-hour clock and the day first elsewhere (`17:15`, `19 Jan 2016`,
`19 January 2016`). English dates never use numbers alone (`1/3` is March 1 to one reader
and January 3 to another).

The interface draws the same forms through Qt: each has its pattern for
`QLocale(language).toString`, and a test holds the two renderings equal.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time

from facilitateur.models.text.language import Language

# A date, or a datetime read for its date (spelled out: inside DateTimeForms, `date` is a method).
AnyDate = date | datetime

NBSP = "\u00a0"  # a time or a date is never broken across two lines

MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
# English regions that read the time on a 12-hour clock, and those that put the month first;
# "" is no region known (the C locale), read as the United States, as Qt's English does.
TWELVE_HOUR_REGIONS = frozenset({"", "US", "CA", "AU", "NZ", "IN", "PH", "PK"})
MONTH_FIRST_REGIONS = frozenset({"", "US", "CA", "PH"})


@dataclass(frozen=True)
class DateTimeForms:
    """How one language (in one region) writes a time of day and a date."""

    lang: Language  # "fr" or "en"
    twelve_hour: bool = False
    month_first: bool = False

    @property
    def french(self) -> bool:
        """Whether these are the French forms."""
        return self.lang == Language.FR

    # Times of day ----------------------------------------------------------------------------
    def clock(self, t: time | datetime | None) -> str:
        """`9 h 15` in French, `9:15 AM` or `09:15` in English; `—` for no time."""
        if t is None:
            return "—"
        if self.french:
            return f"{t.hour}{NBSP}h{NBSP}{t.minute:02d}"
        if self.twelve_hour:
            return f"{t.hour % 12 or 12}:{t.minute:02d}{NBSP}{'AM' if t.hour < 12 else 'PM'}"
        return f"{t.hour:02d}:{t.minute:02d}"

    def span(self, start: time | datetime | None, end: time | datetime | None) -> str:
        """A span of the day: `9 h 15 – 10 h 30`, `10:30–11:30 AM`, `9:30 AM–1:00 PM`,
        `09:15–10:30`; the start alone when there is no end."""
        if start is None:
            return "—"
        if end is None:
            return self.clock(start)
        if self.french:
            return f"{self.clock(start)}{NBSP}– {self.clock(end)}"
        if self.twelve_hour and (start.hour < 12) == (end.hour < 12):  # one AM or PM for both
            return f"{self.clock(start).rsplit(NBSP, 1)[0]}–{self.clock(end)}"
        return f"{self.clock(start)}–{self.clock(end)}"

    @property
    def clock_pattern(self) -> str:
        """The pattern of `clock` for Qt (`QLocale.toString`, `QTimeEdit.displayFormat`)."""
        if self.french:
            return f"H{NBSP}'h'{NBSP}mm"
        return f"h:mm{NBSP}AP" if self.twelve_hour else "HH:mm"

    # Dates -----------------------------------------------------------------------------------
    def date(self, d: date | datetime | None) -> str:
        """The date in words: `19 janvier 2016`, `1er mars 2016`, `January 19, 2016`,
        `19 January 2016`; "" for no date."""
        if d is None:
            return ""
        month = MONTHS[self.lang][d.month - 1]
        if self.french:
            return f"{_day(d)}{NBSP}{month}{NBSP}{d.year}"
        if self.month_first:
            return f"{month}{NBSP}{d.day},{NBSP}{d.year}"
        return f"{d.day}{NBSP}{month}{NBSP}{d.year}"

    def short_date(self, d: AnyDate | None) -> str:
        """The date where room is short: `19/01/2016`, `Jan 19, 2016`, `19 Jan 2016`."""
        if d is None:
            return ""
        if self.french:
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        month = MONTHS["en"][d.month - 1][:3]
        if self.month_first:
            return f"{month}{NBSP}{d.day},{NBSP}{d.year}"
        return f"{d.day}{NBSP}{month}{NBSP}{d.year}"

    def day_month(self, d: AnyDate | None) -> str:
        """A date of this year or the next, as a deadline: `15/03`, `Mar 15`, `15 Mar`."""
        if d is None:
            return ""
        if self.french:
            return f"{d.day:02d}/{d.month:02d}"
        month = MONTHS["en"][d.month - 1][:3]
        return f"{month}{NBSP}{d.day}" if self.month_first else f"{d.day}{NBSP}{month}"

    def date_pattern(self, d: AnyDate) -> str:
        """The pattern of `date` for Qt, for this date (French says `1er` on the first)."""
        if self.french:
            day = "d'er'" if d.day == 1 else "d"
            return f"{day}{NBSP}MMMM{NBSP}yyyy"
        return f"MMMM{NBSP}d,{NBSP}yyyy" if self.month_first else f"d{NBSP}MMMM{NBSP}yyyy"

    @property
    def short_date_pattern(self) -> str:
        """The pattern of `short_date` for Qt (also the day's date field in Prepare)."""
        if self.french:
            return "dd/MM/yyyy"
        return f"MMM{NBSP}d,{NBSP}yyyy" if self.month_first else f"d{NBSP}MMM{NBSP}yyyy"

    @property
    def day_month_pattern(self) -> str:
        """The pattern of `day_month` for Qt."""
        if self.french:
            return "dd/MM"
        return f"MMM{NBSP}d" if self.month_first else f"d{NBSP}MMM"

    def stamp(self, when: datetime) -> str:
        """A moment, date and time: `19/01/2016 à 9 h 15`, `Jan 19, 2016, 9:15 AM`."""
        joint = " à " if self.french else ", "
        return f"{self.short_date(when)}{joint}{self.clock(when)}"


def _day(d: date | datetime) -> str:
    return "1er" if d.day == 1 else str(d.day)


def forms(lang: Language, region: str = "") -> DateTimeForms:
    """The forms of `lang` (`fr`, else English) in `region` (a two-letter country code such
    as `GB`; "" when none is known)."""
    if lang == Language.FR:
        return DateTimeForms(Language.FR)
    region = region.upper()
    return DateTimeForms(Language.EN, region in TWELVE_HOUR_REGIONS, region in MONTH_FIRST_REGIONS)


_REGION = re.compile(r"^[a-z]{2,3}_([A-Z]{2})\b")


def system_region(environ: Mapping[str, str] | None = None) -> str:
    """The region of the system's locale for dates and times (`en_GB.UTF-8` → `GB`), as a
    POSIX system says it (LC_ALL, then LC_TIME, then LANG); "" when none is set."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        value = env.get(name, "")
        if value:
            m = _REGION.match(value)
            return m[1] if m else ""
    return ""
