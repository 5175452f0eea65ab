"""Deadlines as people write them, in French and English: the one reader of the note captured
at the podium (`A: … avant le 15/03`) and of a workshop's next steps ("by when").

Dates: `2026-03-15`, `15/03`, `15/03/2026`, `15.03.26`, `15 mars`, `1er mars`,
`vendredi 15 mars`, `March 15`, `Mar 15, 2026`, `15th March`. Days from today: `aujourd’hui`,
`demain`, `après-demain`, `vendredi` (`vendredi prochain`, `ce vendredi`), `dans 3 jours`,
`dans quinze jours` (two weeks, as French counts them: `huit jours` is one), `dans deux
semaines`, `dans un mois`; `today`, `tomorrow`, `Friday`, `next Friday`, `this Friday`,
`in 3 days`, `in two weeks`, `in a month`.

A date without its year is the next such day from today; a weekday is the next one after
today (`ce vendredi`, `this Friday`: today when it is that day).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from facilitateur.models.programme.days_and_dates import MONTHS
from facilitateur.models.text.folding import fold

WEEKDAYS = {
    name: i
    for i, names in enumerate(
        (
            ("lundi", "monday"),
            ("mardi", "tuesday"),
            ("mercredi", "wednesday"),
            ("jeudi", "thursday"),
            ("vendredi", "friday"),
            ("samedi", "saturday"),
            ("dimanche", "sunday"),
        )
    )
    for name in names
}
NUMBERS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "quinze": 15,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
}
UNITS = {
    "jour": "day",
    "jours": "day",
    "day": "day",
    "days": "day",
    "semaine": "week",
    "semaines": "week",
    "week": "week",
    "weeks": "week",
    "mois": "month",
    "month": "month",
    "months": "month",
}
_RELATIVE_DAYS = {
    "aujourd'hui": 0,
    "today": 0,
    "ce soir": 0,
    "tonight": 0,
    "demain": 1,
    "tomorrow": 1,
    "apres-demain": 2,
    "apres demain": 2,
    "the day after tomorrow": 2,
}

_W = r"[^\W\d_]+"  # a word of letters
# What a deadline may look like in a line, longest first; `read_deadline` says whether it is one.
_FORMS = (
    r"\d{4}-\d{2}-\d{2}",
    r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?",
    rf"{_W}\s+\d{{1,2}}(?:er|re|st|nd|rd|th)?\s+{_W}\.?(?:\s+\d{{4}})?",
    rf"\d{{1,2}}(?:er|re|st|nd|rd|th)?\s+{_W}\.?(?:\s+\d{{4}})?",
    rf"{_W}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?",
    r"the day after tomorrow|apr[eè]s[- ]demain|aujourd['’]hui|ce soir|today|tonight"
    r"|demain|tomorrow",
    rf"(?:dans|sous|in|within)\s+(?:\d{{1,3}}|{_W})\s+{_W}",
    rf"(?:next|this|ce)\s+{_W}|{_W}\s+prochain|{_W}",
)
_PREPOSITION = re.compile(
    r"\s*\b(?:avant le|avant|pour le|pour|d['’]ici le|d['’]ici|au plus tard le|au plus tard"
    r"|by|before|due|no later than)\s+",
    re.I,
)
_AFTER_WORD = [re.compile(rf"(?:{form})\b", re.I) for form in _FORMS]
# Without a word before it, only a deadline that ends the line (an owner may follow it:
# `… demain @Marie`), and not one a word before makes part of the text (`l’atelier de
# demain`, `the meeting of Friday`).
OWNER = r"[^\s@,;]+(?:[ _][A-ZÀ-ÖØ-Þ][\w'’-]+)*"  # `@Marie`, `@Jean DUPONT`, `@Jean_Dupont`
_OWNER_TAIL = rf"(?:\s+@{OWNER})?"
_AT_END = [re.compile(rf"(?P<date>{form}){_OWNER_TAIL}\s*[.!]?\s*$", re.I) for form in _FORMS]
_WORD_START = re.compile(
    r"(?<![\w'’@])(?<!\bde )(?<!\bdu )(?<!\bd['’])(?<!\bof )(?<!\bthe )\w", re.I
)


@dataclass(frozen=True)
class Found:
    """A deadline found in a line: its date and where it was written (with its preposition)."""

    due: date
    start: int
    end: int


def read_deadline(text: str, today: date, month_first: bool = False) -> date | None:
    """The deadline a whole text says (see the module's forms), or None. `month_first`: a
    date in figures is read month first (`3/15`), as the interface writes dates in the
    United States; the other order is tried when that one is no date."""
    t = " ".join(fold(text).replace("’", "'").split()).strip(" .,")
    t = re.sub(r"^(?:le|the|on) ", "", t)
    if t in _RELATIVE_DAYS:
        return today + timedelta(days=_RELATIVE_DAYS[t])
    if m := re.fullmatch(r"(?:dans|sous|in|within) (\w+) (\w+)", t):
        return _later(today, m[1], m[2])
    m = re.fullmatch(r"(?:(next|this|ce) )?(\w+)( prochain)?", t)
    if m and m[2] in WEEKDAYS and not (m[1] in ("this", "ce") and m[3]):
        ahead = (WEEKDAYS[m[2]] - today.weekday()) % 7
        if ahead == 0 and m[1] not in ("this", "ce"):
            ahead = 7  # `vendredi` said on a Friday is next week's
        return today + timedelta(days=ahead)
    return _calendar_date(t, today, month_first)


def _later(today: date, count: str, unit: str) -> date | None:
    """`dans 15 jours`, `in two weeks`, `dans un mois`."""
    n = int(count) if count.isdigit() else NUMBERS.get(count)
    kind = UNITS.get(unit)
    if n is None or kind is None or n > 400:
        return None
    if kind == "day" and unit.startswith("jour") and n in (8, 15):
        n -= 1  # French counts the day it starts from: `huit jours`, `quinze jours`
    if kind == "day":
        return today + timedelta(days=n)
    if kind == "week":
        return today + timedelta(weeks=n)
    month = today.month - 1 + n
    year, month = today.year + month // 12, month % 12 + 1
    return date(year, month, min(today.day, calendar.monthrange(year, month)[1]))


def _calendar_date(t: str, today: date, month_first: bool) -> date | None:
    """`2026-03-15`, `15/03`, `3/15/26`, `15 mars`, `1er mars 2026`, `march 15, 2026`,
    `vendredi 15 mars` (a folded text)."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
            return date.fromisoformat(t)
    except ValueError:
        return None
    if re.fullmatch(r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?", t):
        parts = [int(p) for p in re.split(r"[./]", t)]
        year = (parts[2] + 2000 if parts[2] < 100 else parts[2]) if len(parts) == 3 else None
        orders = ((parts[1], parts[0]), (parts[0], parts[1]))
        for month, day in orders[::-1] if month_first else orders:
            if (found := _day_of(day, month, year, today)) is not None:
                return found
        return None
    words = t.replace(",", " ").replace(".", " ").split()
    if len(words) > 2 and words[0] in WEEKDAYS and words[1][:1].isdigit():
        words = words[1:]  # `vendredi 15 mars`: the date says it all
    if not 2 <= len(words) <= 3 or (len(words) == 3 and not words[2].isdigit()):
        return None
    first, second = words[0], words[1]
    if m := re.fullmatch(r"(\d{1,2})(?:er|re|st|nd|rd|th)?", first):
        day, named = int(m[1]), MONTHS.get(second)
    elif m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", second):
        day, named = int(m[1]), MONTHS.get(first)
    else:
        return None
    if named is None:
        return None
    return _day_of(day, named, int(words[2]) if len(words) == 3 else None, today)


def _day_of(day: int, month: int, year: int | None, today: date) -> date | None:
    """That day (in `year`, else the next one from today), or None when there is none."""
    try:
        if year is not None:
            return date(year, month, day)
        this_year = date(today.year, month, day)
        return this_year if this_year >= today else date(today.year + 1, month, day)
    except ValueError:
        return None


def find_deadline(text: str, today: date, month_first: bool = False) -> Found | None:
    """The deadline written in a line, with its preposition (`… avant le 15/03`, `… by
    Friday`) anywhere, or without one at the end of the line (`… demain`, `… next Friday
    @Tom`); None when it holds none."""
    for word in _PREPOSITION.finditer(text):
        for rx in _AFTER_WORD:
            m = rx.match(text, word.end())
            if m and (due := read_deadline(m[0], today, month_first)) is not None:
                return Found(due, word.start(), m.end())
    for start in _WORD_START.finditer(text):
        for rx in _AT_END:
            m = rx.match(text, start.start())
            if m and (due := read_deadline(m["date"], today, month_first)) is not None:
                return Found(due, m.start(), m.end("date"))
    return None
