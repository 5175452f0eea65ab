"""Arithmetic on times of day, which the standard library leaves out."""

from __future__ import annotations

import re
from datetime import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def seconds(t: time) -> int:
    """Seconds since midnight."""
    return t.hour * 3600 + t.minute * 60 + t.second


def from_seconds(s: int) -> time:
    """The time of day `s` seconds after midnight; ValueError outside the day."""
    if not 0 <= s < 24 * 3600:
        raise ValueError("outside the day (before 00:00 or after 23:59)")
    return time(s // 3600, s % 3600 // 60, s % 60)


def duration(start: time | None, end: time | None) -> int | None:
    """Seconds from start to end, or None when either is missing."""
    if start is None or end is None:
        return None
    return seconds(end) - seconds(start)


def hhmm(t: time | None) -> str | None:
    """`HH:MM` (with `:SS` only when seconds are set), or None."""
    if t is None:
        return None
    return t.strftime("%H:%M:%S" if t.second else "%H:%M")


def parse_clock(text: str) -> time:
    """A time typed by a person, or as the interface writes it: `9`, `9h`, `9h15`, `9 h 15`,
    `9:15`, `09.15`, `0915`, `2:30 PM`, `2pm`; ValueError if not."""
    t = "".join(text.lower().split())  # every space, the no-break ones too
    half = None
    if m := re.fullmatch(r"(.+?)([ap])\.?m\.?", t):
        t, half = m[1], m[2]
    for sep in ("h", ":", "."):
        if sep in t:
            hours, _, minutes = t.partition(sep)
            break
    else:
        hours, minutes = (t[:-2], t[-2:]) if len(t) > 2 else (t, "")
    if not hours.isdigit() or (minutes and not minutes.isdigit()) or len(minutes) not in (0, 2):
        raise ValueError(f"not a time of day: {text!r}")
    h, mi = int(hours), int(minutes or 0)
    if half is not None:  # 12 AM is midnight, 12 PM noon
        if not 1 <= h <= 12:
            raise ValueError(f"not a time of day: {text!r}")
        h = h % 12 + (12 if half == "p" else 0)
    if h > 23 or mi > 59:
        raise ValueError(f"not a time of day: {text!r}")
    return time(h, mi)


def parse_minutes(text: str) -> int:
    """A duration typed by a person, in minutes: `45`, `45 min`, `1h30`, `1:30`, `2h`."""
    t = text.strip().lower().replace(" ", "").removesuffix("min").removesuffix("mn")
    for sep in ("h", ":"):
        if sep in t:
            hours, _, minutes = t.partition(sep)
            if hours.isdigit() and (minutes == "" or minutes.isdigit()):
                return int(hours) * 60 + int(minutes or 0)
            break
    if t.isdigit():
        return int(t)
    raise ValueError(f"not a duration: {text!r}")


def format_duration(total_seconds: int) -> str:
    """`45 min`, `1 h`, `1 h 15` (French typography, understood in English too)."""
    minutes = round(total_seconds / 60)
    sign = "-" if minutes < 0 else ""
    minutes = abs(minutes)
    if minutes < 60:
        return f"{sign}{minutes} min"
    h, m = divmod(minutes, 60)
    return f"{sign}{h} h {m:02d}" if m else f"{sign}{h} h"


def known_zone(name: object) -> bool:
    """Whether `name` is a time zone this computer knows (IANA name, e.g. `Europe/Paris`): the
    event's zone is read at every tick of the podium, so no file may hold another."""
    if not isinstance(name, str) or not name or len(name) > 64:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True
