"""Days read from the clock alone: a weekend written on the 12-hour clock without am/pm and
without a heading per day, where only the clock going round again says a new day began."""

from __future__ import annotations

from facilitateur.models.programme.model import Block, Day
from facilitateur.models.programme.times import ClockTime

_HALF_DAY = 12 * 60
_DAY = 24 * 60
# Gatherings seldom open before seven in the morning: a first time before it is the evening.
_EARLIEST_MORNING = 7 * 60


def _next_at_or_after(t: ClockTime, after: int) -> int:
    """The first moment at or after `after` that the 12-hour time `t` names."""
    m = t.minutes % _HALF_DAY
    if m >= after:
        return m
    return m + -(-(after - m) // _HALF_DAY) * _HALF_DAY


def days_by_the_clock(day: Day) -> list[Day] | None:
    """Fourteenth round. A run of blocks with no day heading, every time on the 12-hour
    clock without am/pm (`4:15-4:45 Meet`, `9:15-12:00 Games`, `8:30-9:30 Breakfast`, …),
    is read as the clock goes: each time the first moment at or after the one before (a
    first time before seven is the evening), a block may run to midnight (`9:15-12:00`), and
    a time that would go back starts the next day (`8:30` after the midnight games). Read so
    only when the clock goes round past midnight and the first time is an evening's or a block
    runs to midnight before it; the times are then written on the 24-hour clock, one day per
    turn. None when the day is not such a run."""
    if day.label or day.date or len(day.blocks) < 6:
        return None
    times = [t for b in day.blocks for t in (b.start, b.end) if t is not None]
    if any(t.explicit or t.ampm or t.minutes >= 13 * 60 for t in times):
        return None
    starts = [b.start for b in day.blocks if b.start is not None]
    if len(starts) < 6:
        return None
    evening = starts[0].minutes < _EARLIEST_MORNING
    last = _HALF_DAY if evening else 0
    placed: list[tuple[Block, int | None, int | None, int]] = []  # block, start, end, day
    base, to_midnight, turned = 0, False, False
    for b in day.blocks:
        if b.start is None:
            placed.append((b, None, None, base // _DAY))
            continue
        s = _next_at_or_after(b.start, last)
        if s >= base + _DAY:
            if not (evening or to_midnight):
                return None  # a morning's day going round without reaching midnight
            base, turned = s // _DAY * _DAY, True
        e = _next_at_or_after(b.end, s + 1) if b.end is not None else None
        to_midnight = to_midnight or (e is not None and e >= base + _DAY)
        placed.append((b, s, e, base // _DAY))
        # A block listed after one running to midnight comes after it (`8:30-12:00 Bonfire`
        # then `8:30-9:30 Breakfast`: the next morning), not beside it.
        last = e if e is not None and e >= base + _DAY else s
    if not turned:
        return None
    out: list[Day] = []
    for b, start, end, n in placed:
        while len(out) <= n:
            out.append(Day(line=b.line))
        if start is not None:
            b.start = ClockTime(start - n * _DAY, True)
            b.end = ClockTime(end - n * _DAY, True) if end is not None else None
        out[n].blocks.append(b)
    out[0].line, out[0].start, out[0].end = day.line, day.start, day.end
    return [d for d in out if d.blocks]
