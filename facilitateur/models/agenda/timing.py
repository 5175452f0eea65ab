"""The timing engine: every figure the podium shows, computed from recorded transitions.

Nothing here counts ticks. A block's elapsed time is the sum of its running intervals (from
`started` or `resumed` to `paused`, `ended` or now); remaining, overtime and phase follow from the
planned duration and the `adjusted` records. A restart therefore resumes exactly where it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from facilitateur.models.agenda.model import AgendaBlock, BlockKind, Event, TimerMode, Transition
from facilitateur.models.agenda.timeofday import duration


class Phase(StrEnum):
    NORMAL = "normal"
    WARNING = "warning"
    DANGER = "danger"
    OVERTIME = "overtime"


class RunState(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


@dataclass(frozen=True)
class Mark:
    """One recorded transition, as the engine needs it."""

    kind: Transition
    at: datetime
    adjust_seconds: int = 0


@dataclass(frozen=True)
class TimerReading:
    """What a timer shows at one instant (all in whole microseconds, exact)."""

    state: RunState
    elapsed: timedelta
    planned: timedelta | None  # None: no planned duration (shown as elapsed)
    first_start: datetime | None
    last_end: datetime | None
    # Each time the block ran, from its start (or its taking up again after it ended) to its
    # end; a pause stays inside an interval. The last one has no end while it runs.
    intervals: tuple[tuple[datetime, datetime | None], ...] = ()

    @property
    def remaining(self) -> timedelta | None:
        return None if self.planned is None else self.planned - self.elapsed

    @property
    def overtime(self) -> timedelta:
        r = self.remaining
        return -r if r is not None and r < timedelta(0) else timedelta(0)


def read_timer(marks: Iterable[Mark], planned: timedelta | None, now: datetime) -> TimerReading:
    """Fold a timer's transitions (in time order) into its state at `now`."""
    state = RunState.NOT_STARTED
    elapsed = timedelta(0)
    running_since: datetime | None = None
    first_start = last_end = None
    intervals: list[tuple[datetime, datetime | None]] = []
    for m in marks:
        if m.kind == Transition.ADJUSTED:
            if planned is not None:
                planned += timedelta(seconds=m.adjust_seconds)
            continue
        if running_since is not None and m.kind in (Transition.PAUSED, Transition.ENDED):
            elapsed += m.at - running_since
            running_since = None
        if m.kind == Transition.STARTED and state == RunState.NOT_STARTED:
            first_start, running_since, state = m.at, m.at, RunState.RUNNING
            intervals.append((m.at, None))
        elif m.kind == Transition.RESUMED and state in (RunState.PAUSED, RunState.ENDED):
            if state == RunState.ENDED:  # taken up again: a second interval
                intervals.append((m.at, None))
            running_since, state = m.at, RunState.RUNNING
        elif m.kind == Transition.PAUSED and state == RunState.RUNNING:
            state = RunState.PAUSED
        elif m.kind == Transition.ENDED and state in (RunState.RUNNING, RunState.PAUSED):
            last_end, state = m.at, RunState.ENDED
            intervals[-1] = (intervals[-1][0], m.at)
    if running_since is not None:
        elapsed += max(now - running_since, timedelta(0))
    return TimerReading(state, elapsed, planned, first_start, last_end, tuple(intervals))


def planned_duration(block: AgendaBlock) -> timedelta | None:
    """A block's planned length, or None when it has no end."""
    d = duration(block.planned_start, block.planned_end)
    return timedelta(seconds=d) if d is not None and d >= 0 else None


def thresholds(block: AgendaBlock, event: Event) -> tuple[int, int]:
    """(warning, danger) seconds before the end, the block's own or the event's defaults."""
    warning = block.warning_seconds if block.warning_seconds is not None else event.warning_seconds
    danger = block.danger_seconds if block.danger_seconds is not None else event.danger_seconds
    return warning, danger


def phase_of(remaining: timedelta | None, warning: int, danger: int) -> Phase:
    """The phase for a remaining time: overtime below zero, then danger, warning, normal."""
    if remaining is None:
        return Phase.NORMAL
    if remaining < timedelta(0):
        return Phase.OVERTIME
    if remaining <= timedelta(seconds=danger):
        return Phase.DANGER
    if remaining <= timedelta(seconds=warning):
        return Phase.WARNING
    return Phase.NORMAL


def shown_seconds(reading: TimerReading, mode: str, target_left: timedelta | None = None) -> int:
    """The whole seconds a display shows: a countdown rounds up (it reads 0:01 until the last
    instant, then 0:00 exactly at the end, then +0:01 …); elapsed rounds down.

    Negative values are overtime. `target_left` is the time left to a clock target.
    """
    if mode == TimerMode.TARGET and target_left is not None:
        return _ceil_seconds(target_left)
    if mode == TimerMode.ELAPSED or reading.remaining is None:
        return int(reading.elapsed.total_seconds() // 1) if reading.elapsed >= timedelta(0) else 0
    return _ceil_seconds(reading.remaining)


def _ceil_seconds(t: timedelta) -> int:
    micro = t // timedelta(microseconds=1)
    return -((-micro) // 1_000_000)


def next_change(reading: TimerReading, now: datetime) -> datetime | None:
    """When the shown seconds of a running timer next change (a whole-second boundary of the
    elapsed time), or None when it is not running."""
    if reading.state != RunState.RUNNING:
        return None
    micro = reading.elapsed // timedelta(microseconds=1)
    return now + timedelta(microseconds=1_000_000 - micro % 1_000_000)


def format_clock(seconds: int, plus: bool = True) -> str:
    """`12:05`, `1:02:03`, or `+0:42` for overtime (a sign, never a bare minus)."""
    sign = "+" if seconds < 0 and plus else ("-" if seconds < 0 else "")
    s = abs(seconds)
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{sign}{h}:{m:02d}:{sec:02d}" if h else f"{sign}{m}:{sec:02d}"


@dataclass(frozen=True)
class BlockTiming:
    """A block of the day with its planned and actual times, for the run view and re-planning."""

    id: uuid.UUID
    title: str
    kind: BlockKind
    planned_start: datetime | None
    planned_end: datetime | None
    fixed_start: bool
    reading: TimerReading
