"""Arithmetic on times of day, which the standard library leaves out."""

from __future__ import annotations

from datetime import time


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
