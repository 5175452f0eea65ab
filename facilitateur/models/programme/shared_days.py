"""Days that share one schedule: a heading naming two weekdays joined (`Saturday and Sunday`,
`Samedi et dimanche`, `Sat & Sun`) heads the same moments on each of them."""

from __future__ import annotations

import copy
import re
from datetime import timedelta

from facilitateur.models.programme.model import Day
from facilitateur.models.text.folding import fold

_ORDER = (
    ("lundi", "monday", "mon"),
    ("mardi", "tuesday", "tue"),
    ("mercredi", "wednesday", "wed"),
    ("jeudi", "thursday", "thu"),
    ("vendredi", "friday", "fri"),
    ("samedi", "saturday", "sat"),
    ("dimanche", "sunday", "sun"),
)
_WEEKDAY = "|".join(name for names in _ORDER for name in names)
# Thirty-sixth round. Two weekdays joined by `and`, `et`, `&` or `+`, opening the heading,
# then perhaps what the days are (`Saturday and Sunday (Open Space Event)`).
_TWO_DAYS = re.compile(
    rf"^\s*(?P<a>{_WEEKDAY})\.?\s*(?:and|et|&|\+)\s*(?P<b>{_WEEKDAY})\.?(?![\w])(?P<rest>.*)$"
)


def _index(name: str) -> int:
    return next(i for i, names in enumerate(_ORDER) if name in names)


def days_named_together(day: Day) -> list[Day] | None:
    """The day as the two days its heading names, each with the same moments (the second a
    copy), the second dated from the first by their weekdays; None for any other day."""
    if not day.blocks or not day.label or (m := _TWO_DAYS.match(fold(day.label))) is None:
        return None
    first, second = _index(m["a"]), _index(m["b"])
    if first == second:
        return None
    cut = len(day.label) - len(m["rest"])
    rest = day.label[cut:].rstrip()
    head = day.label[:cut]
    words = re.split(r"\s*(?:and|et|&|\+)\s*", head.strip(), maxsplit=1, flags=re.IGNORECASE)
    if len(words) != 2:
        return None
    other = copy.deepcopy(day)
    day.label, other.label = f"{words[0]}{rest}", f"{words[1]}{rest}"
    if day.date is not None:
        other.date = day.date + timedelta(days=(second - first) % 7)
    return [day, other]
