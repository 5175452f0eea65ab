"""The day as it runs: which block is current, how late the day is, when it will end, and
re-planning proposals. Computed from planned times and timer transitions, never from ticks."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitateur.models import queries
from facilitateur.models.agenda.model import Day, TimerTransition
from facilitateur.models.agenda.timing import (
    BlockTiming,
    Mark,
    RunState,
    planned_duration,
    read_timer,
)

MINUTE = timedelta(minutes=1)
RESTING = ("break", "meal")


def local(run_date: date, t: time | None, tz: ZoneInfo) -> datetime | None:
    """A planned time of day, on the date the day runs, as an aware datetime."""
    if t is None:
        return None
    return datetime.combine(run_date, t, tzinfo=tz)


def run_date(marks: dict[uuid.UUID, list[Mark]], tz: ZoneInfo, now: datetime) -> date:
    """The date a day is timed on: the date it started running (its first recorded transition),
    else today. A rehearsal, the sample day or a day run on another date than planned are
    then timed as they run; the day's own date is only shown."""
    first = min((m.at for ms in marks.values() for m in ms), default=None)
    return (first or now).astimezone(tz).date()


def waiting(planned: date | None, begun: bool, now: datetime, tz: ZoneInfo) -> bool:
    """A day not begun whose date is another day than today (the sample opened one afternoon,
    a file opened the evening before): shown as planned, never late or re-planned against
    today's clock. Once started (a rehearsal), it is timed as it runs."""
    return not begun and planned is not None and now.astimezone(tz).date() != planned


RUN_OVER = timedelta(hours=6)  # past a day's last moment by this much, it is over


def run_on_another_day(
    timings: Sequence[BlockTiming], begun: bool, now: datetime, tz: ZoneInfo
) -> date | None:
    """The date a begun day was run on, when that day is over: run on another date than
    today's and last planned or timed more than `RUN_OVER` ago (a day run in 2016, opened
    years later). Its times are that date's, and the time left cannot be planned against
    today's clock (the proposal would start the rest of the day at today's hour, at night).
    None when the day runs today, runs on past midnight (an evening re-planned at 00:30), or
    has not begun."""
    if not begun:
        return None
    start = next((t.planned_start for t in timings if t.planned_start is not None), None)
    if start is None:
        return None
    ran = start.astimezone(tz).date()
    if ran == now.astimezone(tz).date():
        return None
    moments = [
        m
        for t in timings
        for m in (
            t.planned_start,
            t.planned_end,
            *(edge for interval in t.reading.intervals for edge in interval),
        )
        if m is not None
    ]
    return ran if now - max(moments) > RUN_OVER else None


def marks_of(s: Session, block_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Mark]]:
    """The block timers' transitions, in time order (one query for the whole day)."""
    q = (
        select(TimerTransition)
        .where(TimerTransition.block_id.in_(block_ids), TimerTransition.speaker_entry_id.is_(None))
        .order_by(TimerTransition.at, TimerTransition.seq)
    )
    out: dict[uuid.UUID, list[Mark]] = {b: [] for b in block_ids}
    for t in s.scalars(q):
        assert t.block_id is not None, "the query keeps the blocks' transitions only"
        out[t.block_id].append(Mark(t.kind, t.at, t.adjust_seconds))
    return out


def day_timings(s: Session, day: Day, tz: ZoneInfo, now: datetime) -> list[BlockTiming]:
    """The day's blocks (not segments) with planned datetimes and timer readings at `now`."""
    blocks = queries.top_blocks(s, day.id)
    marks = marks_of(s, [b.id for b in blocks])
    when = run_date(marks, tz, now)
    out = []
    for b in blocks:
        start = local(when, b.planned_start, tz)
        end = local(when, b.planned_end, tz)
        reading = read_timer(marks[b.id], planned_duration(b), now)
        out.append(BlockTiming(b.id, b.title, b.kind, start, end, b.fixed_start, reading))
    return out


@dataclass(frozen=True)
class DayStatus:
    """Where the day stands at one instant."""

    current: int | None  # index of the running or paused block
    cursor: int | None  # the current block, else the first block not ended
    offset: timedelta  # positive: late, negative: ahead
    projected_end: datetime | None
    begun: bool


def _projected_end_of(b: BlockTiming, now: datetime) -> datetime:
    remaining = b.reading.remaining
    return now + max(remaining, timedelta(0)) if remaining is not None else now


def day_status(blocks: list[BlockTiming], now: datetime) -> DayStatus:
    """Current block, offset against the plan, and projected end of the day (fixed starts kept)."""
    active = (RunState.RUNNING, RunState.PAUSED)
    current = next((i for i, b in enumerate(blocks) if b.reading.state in active), None)
    cursor = current
    if cursor is None:
        cursor = next((i for i, b in enumerate(blocks) if b.reading.state != RunState.ENDED), None)
    begun = any(b.reading.state != RunState.NOT_STARTED for b in blocks)
    offset = timedelta(0)
    if current is not None:
        b = blocks[current]
        if b.planned_end is not None:
            offset = _projected_end_of(b, now) - b.planned_end
    elif cursor is not None and (planned := blocks[cursor].planned_start) is not None:
        late = now - planned
        offset = late if begun else max(late, timedelta(0))
    elif blocks and blocks[-1].reading.last_end and blocks[-1].planned_end:
        offset = blocks[-1].reading.last_end - blocks[-1].planned_end
    t = None
    rest = range(cursor, len(blocks)) if cursor is not None else range(0)
    for i in rest:
        b = blocks[i]
        if i == current:
            t = _projected_end_of(b, now)
            continue
        # A block starts when the previous one ends, never before its planned start: a fixed
        # start (lunch) and planned gaps absorb delay as they would in the room.
        length = (
            (b.planned_end - b.planned_start) if b.planned_start and b.planned_end else timedelta(0)
        )
        t = now if t is None else t
        start = max(t, b.planned_start) if b.planned_start else t
        t = start + length
    if t is None and blocks:
        t = blocks[-1].reading.last_end or blocks[-1].planned_end
    return DayStatus(current, cursor, offset, t, begun)


@dataclass(frozen=True)
class Move:
    """One block's planned times, before and after a re-planning."""

    id: uuid.UUID
    title: str
    old_start: datetime | None
    old_end: datetime | None
    new_start: datetime | None
    new_end: datetime | None

    @property
    def changed(self) -> bool:
        return (self.old_start, self.old_end) != (self.new_start, self.new_end)


class Strategy(StrEnum):
    """How the blocks after the current one catch up (see `replan`)."""

    SHIFT = "shift"
    ABSORB = "absorb"
    SHORTEN = "shorten"


STRATEGIES = tuple(s.value for s in Strategy)


def _ceil_minute(t: datetime) -> datetime:
    floor = t.replace(second=0, microsecond=0)
    return floor if floor == t else floor + MINUTE


def replan(
    blocks: list[BlockTiming], now: datetime, strategy: Strategy, min_break: timedelta
) -> list[Move]:
    """Proposed planned times for the blocks after the current one.

    Behind plan:
    - `shift`: each block starts when the previous one ends, never earlier than planned;
      fixed starts stay.
    - `absorb`: as `shift`, but breaks and meals keep their planned end and give up their
      length, down to `min_break`.
    - `shorten`: the blocks up to the next fixed start (or the end of the day) are shortened in
      proportion to fit the time left.
    Ahead of plan, the same strategies use the time gained: `shift` moves the next blocks
    earlier up to the next fixed start, `absorb` gives it to the next break or meal, `shorten`
    lengthens the next blocks in proportion up to the next fixed start.
    """
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}")
    status = day_status(blocks, now)
    if status.cursor is None:
        return []
    first = status.cursor + 1 if status.current is not None else status.cursor
    end_now = _projected_end_of(blocks[status.current], now) if status.current is not None else now
    t = _ceil_minute(end_now)
    todo = [b for b in blocks[first:] if b.reading.state == RunState.NOT_STARTED]
    upcoming = next((b for b in todo if b.planned_start is not None), None)
    gained: timedelta | None = None  # ahead of plan: by how much (negative)
    if (
        upcoming is not None
        and upcoming.planned_start is not None
        and not upcoming.fixed_start
        and t < upcoming.planned_start
    ):
        gained = t - upcoming.planned_start
    if strategy == Strategy.SHORTEN:
        return _shorten(todo, t, stretch=gained is not None)
    if gained is not None:
        return _earlier(todo, gained, strategy)
    moves = []
    for b in todo:
        if b.planned_start is None or b.planned_end is None:
            moves.append(_unchanged(b))
            continue
        length = b.planned_end - b.planned_start
        if b.fixed_start and (strategy == Strategy.SHIFT or b.kind not in RESTING):
            start = b.planned_start
        else:
            start = max(t, b.planned_start)
        end = start + length
        if strategy == Strategy.ABSORB and b.kind in RESTING:
            end = max(b.planned_end, start + min(min_break, length))
        moves.append(Move(b.id, b.title, b.planned_start, b.planned_end, start, end))
        t = max(t, end)
    return moves


def _unchanged(b: BlockTiming) -> Move:
    return Move(b.id, b.title, b.planned_start, b.planned_end, b.planned_start, b.planned_end)


def _earlier(todo: list[BlockTiming], delta: timedelta, strategy: Strategy) -> list[Move]:
    """Ahead of plan: move blocks earlier by `delta` (negative) up to the next fixed start;
    with `absorb`, the first break or meal starts earlier and keeps its planned end."""
    moves, moving = [], True
    for b in todo:
        if b.fixed_start:
            moving = False
        if not moving or b.planned_start is None or b.planned_end is None:
            moves.append(_unchanged(b))
            continue
        start, end = b.planned_start + delta, b.planned_end + delta
        if strategy == Strategy.ABSORB and b.kind in RESTING:
            end, moving = b.planned_end, False
        moves.append(Move(b.id, b.title, b.planned_start, b.planned_end, start, end))
    return moves


def _shorten(todo: list[BlockTiming], t: datetime, stretch: bool = False) -> list[Move]:
    """Fit the blocks before each fixed start into the time left (shorter, or when `stretch`
    longer), in proportion to their planned lengths."""
    moves: list[Move] = []
    group: list[BlockTiming] = []

    def flush(window_end: datetime | None) -> None:
        nonlocal t
        spans = [
            (b.planned_start, b.planned_end) if b.planned_start and b.planned_end else None
            for b in group
        ]
        timed = [span for span in spans if span is not None]
        total = sum(((end - start) for start, end in timed), timedelta(0))
        end_of_plan = max((end for _start, end in timed), default=t)
        window = (window_end or end_of_plan) - t
        factor = window / total if total > timedelta(0) and window > timedelta(0) else 1.0
        if not stretch:
            factor = min(1.0, factor)
        for b, span in zip(group, spans, strict=True):
            if span is None:
                moves.append(_unchanged(b))
                continue
            planned_start, planned_end = span
            length = timedelta(minutes=max(1, int((planned_end - planned_start) * factor / MINUTE)))
            start = t if factor != 1.0 else max(t, planned_start)
            moves.append(Move(b.id, b.title, b.planned_start, b.planned_end, start, start + length))
            t = start + length
        group.clear()

    for b in todo:
        if b.fixed_start and b.planned_start is not None:
            flush(b.planned_start)
            moves.append(_unchanged(b))
            t = max(t, b.planned_end or b.planned_start)
        else:
            group.append(b)
    flush(None)
    return moves


def running_day(
    s: Session, tz: ZoneInfo, now: datetime
) -> tuple[Day, list[BlockTiming], DayStatus] | None:
    """The day being run: the one with a block under way, else the first with a block not
    ended, else the last day; None when the event has no day."""
    chosen = None
    days = queries.days(s)
    for day in days:
        timings = day_timings(s, day, tz, now)
        status = day_status(timings, now)
        if status.current is not None:
            return day, timings, status
        if chosen is None and status.cursor is not None:
            chosen = (day, timings, status)
    if chosen is None and days:
        timings = day_timings(s, days[-1], tz, now)
        chosen = (days[-1], timings, day_status(timings, now))
    return chosen
