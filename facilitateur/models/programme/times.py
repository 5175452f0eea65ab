"""Times of day, ranges and durations as people write them in programmes."""

from __future__ import annotations

import re
from dataclasses import dataclass

_H = r"(?P<{p}h>[01]?\d|2[0-3])"
_TIME = (
    r"(?:(?P<{p}noon>midi|noon)"
    r"|" + _H + r"\s*(?:(?P<{p}sep>[hH])\s*(?P<{p}m>[0-5]\d)?|[:.](?P<{p}m2>[0-5]\d)"
    r"|(?=\s*(?:am|pm|a\.m\.|p\.m\.)))"
    r"(?:\s*(?P<{p}ampm>am|pm|a\.m\.|p\.m\.|noon))?)"
)


def time_pattern(prefix: str) -> str:
    """A regex for one time of day, its groups named with `prefix`."""
    return _TIME.format(p=prefix)


T1, T2 = time_pattern("a"), time_pattern("b")
RANGE_SEP = r"\s*(?:-|–|—|/|à|a|to|au)\s*"
# A block line: optional bullet, optional "de", a time, optionally a second one, then the title.
BLOCK_LINE = re.compile(
    r"^(?:[-•►*▪]\s*)?(?:de\s+|from\s+)?" + T1 + r"(?:" + RANGE_SEP + T2 + r")?"
    r"\s*(?:[:|,–—-]\s*|\s+)(?P<rest>\S.*)$",
    re.IGNORECASE,
)
ONLY_TIMES = re.compile(r"^(?:de\s+|from\s+)?" + T1 + r"(?:" + RANGE_SEP + T2 + r")?\s*$", re.I)
HOURS_IN_TEXT = re.compile(r"(?:de\s+|from\s+|\()" + T1 + RANGE_SEP + T2, re.IGNORECASE)
DURATION = re.compile(
    r"[\[(]\s*(?:(?P<h>\d{1,2})\s*h\s*(?P<hm>\d{2})?|(?P<m>\d{1,3})\s*(?:mn|min|minutes?))\s*[\])]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ClockTime:
    """A time as written: minutes after midnight, and whether am/pm settled the half-day."""

    minutes: int
    explicit: bool  # written with am/pm, noon, or in 24-hour form (13h, 09:00)


def read_time(m: re.Match, p: str) -> ClockTime | None:
    """The time matched by `time_pattern(p)`, or None when that part did not match."""
    if m.group(f"{p}noon"):
        return ClockTime(12 * 60, True)
    if m.group(f"{p}h") is None:
        return None
    h, mins = int(m.group(f"{p}h")), int(m.group(f"{p}m") or m.group(f"{p}m2") or 0)

    ampm = (m.group(f"{p}ampm") or "").lower().replace(".", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    explicit = bool(ampm) or h >= 13 or h == 0 or m.group(f"{p}h").startswith("0")
    explicit = explicit or (m.group(f"{p}sep") or "").lower() == "h"  # French style is 24-hour
    return ClockTime(h * 60 + mins, explicit)


def duration_minutes(text: str) -> int | None:
    """A duration written in brackets: `[20 mn]`, `(45 min)`, `[1h30]`."""
    m = DURATION.search(text)
    if not m:
        return None
    if m.group("m"):
        return int(m.group("m"))
    return int(m.group("h")) * 60 + int(m.group("hm") or 0)


def settle(t: ClockTime, after: int | None) -> int:
    """Minutes of a time, moved to the afternoon when a 12-hour time would go back in the day."""
    if not t.explicit and after is not None and t.minutes < after and t.minutes + 720 < 24 * 60:
        return t.minutes + 720
    return t.minutes


def hhmm(minutes: int | None) -> str | None:
    """`HH:MM`, or None."""
    if minutes is None:
        return None
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
