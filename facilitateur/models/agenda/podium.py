"""What the podium shows, read once from the file and then evaluated at any instant.

`load_podium` runs the queries (after each command); `Podium.at(now)` is pure arithmetic on the
recorded transitions, so the display's tick never touches the database.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from facilitateur.models import queries
from facilitateur.models.agenda.dayplan import (
    day_status,
    local,
    marks_of,
    run_date,
    running_day,
    waiting,
)
from facilitateur.models.agenda.model import BlockKind, TimerMode
from facilitateur.models.agenda.timing import (
    BlockTiming,
    Mark,
    Phase,
    RunState,
    TimerReading,
    next_change,
    phase_of,
    planned_duration,
    read_timer,
    shown_seconds,
    thresholds,
)


@dataclass(frozen=True)
class PodiumBlock:
    id: uuid.UUID
    title: str
    kind: BlockKind
    planned_start: datetime | None
    planned_end: datetime | None
    fixed_start: bool
    planned: timedelta | None
    warning: int
    danger: int
    mode: TimerMode
    marks: tuple[Mark, ...]
    speakers: tuple[str, ...]
    segments: tuple[str, ...]


@dataclass(frozen=True)
class PodiumReading:
    """The podium at one instant."""

    block: PodiumBlock | None  # the block under way, else the next to start
    reading: TimerReading | None
    phase: Phase
    shown: int  # seconds on the big timer; negative: overtime
    progress: float | None  # 0..1 of planned time used (above 1 in overtime)
    next_block: PodiumBlock | None
    offset: timedelta
    projected_end: datetime | None
    next_change: datetime | None
    day_over: bool
    # The day's own date, when nothing of it has run and today is another day (the sample, a
    # file opened the evening before): no lateness against today's clock then.
    planned_for: date | None = None
    # When the day's last block is planned to end: the estimate above is said against it (a
    # plan whose blocks overlap ends later than it says even when no block runs late).
    plan_end: datetime | None = None


@dataclass(frozen=True)
class Podium:
    event_title: str
    day_label: str  # the day's own label ("" when it has none: its date says it)
    tz: ZoneInfo
    blocks: tuple[PodiumBlock, ...]
    stage_message: str = ""
    stage_blink: bool = False
    stage_blackout: bool = False
    planned_date: date | None = None  # the day's date, if it has one
    # When the plan ends: the latest planned end, or start of a last block with a start alone
    # (`17h00 Clôture`). Read with the blocks, not at each tick.
    plan_end: datetime | None = None

    def at(self, now: datetime) -> PodiumReading:
        """Everything the run view and the stage display show at `now`."""
        timings = [
            BlockTiming(
                b.id,
                b.title,
                b.kind,
                b.planned_start,
                b.planned_end,
                b.fixed_start,
                read_timer(b.marks, b.planned, now),
            )
            for b in self.blocks
        ]
        status = day_status(timings, now)
        not_today = waiting(self.planned_date, status.begun, now, self.tz)
        if not_today:
            status = replace(status, offset=timedelta(0), projected_end=self.plan_end)
        planned_for = self.planned_date if not_today else None
        if status.cursor is None:
            return PodiumReading(
                None,
                None,
                Phase.NORMAL,
                0,
                None,
                None,
                status.offset,
                status.projected_end,
                None,
                bool(self.blocks),
                planned_for,
                self.plan_end,
            )
        block, reading = self.blocks[status.cursor], timings[status.cursor].reading
        remaining = reading.remaining
        phase = (
            phase_of(remaining, block.warning, block.danger)
            if reading.state != RunState.NOT_STARTED
            else Phase.NORMAL
        )
        target_left = (
            block.planned_end - now
            if block.mode == TimerMode.TARGET and block.planned_end
            else None
        )
        if (
            reading.state == RunState.NOT_STARTED
            and block.planned is not None
            and block.mode != TimerMode.TARGET
        ):
            shown = int(block.planned.total_seconds()) if block.mode == TimerMode.COUNTDOWN else 0
        else:
            shown = shown_seconds(reading, block.mode, target_left)
        progress = reading.elapsed / reading.planned if reading.planned else None
        following = next(
            (
                b
                for b, t in zip(
                    self.blocks[status.cursor + 1 :], timings[status.cursor + 1 :], strict=True
                )
                if t.reading.state != RunState.ENDED
            ),
            None,
        )
        change = next_change(reading, now)
        if target_left is not None:
            micro = target_left // timedelta(microseconds=1)
            change = now + timedelta(microseconds=micro % 1_000_000 or 1_000_000)
        return PodiumReading(
            block,
            reading,
            phase,
            shown,
            progress,
            following,
            status.offset,
            status.projected_end,
            change,
            False,
            planned_for,
            self.plan_end,
        )


def load_podium(s: Session, now: datetime, day_id: uuid.UUID | None = None) -> Podium:
    """Read the day being run (or `day_id`) into a Podium."""
    ev = queries.the_event(s)
    tz = ZoneInfo(ev.timezone)
    days = queries.days(s)
    if not days:
        return Podium(ev.title, "", tz, (), ev.stage_message, ev.stage_blink, ev.stage_blackout)
    day = next((d for d in days if d.id == day_id), None)
    if day is None:
        found = running_day(s, tz, now)
        assert found is not None, "the event has days, so one of them is run"
        day = found[0]
    blocks = queries.top_blocks(s, day.id)
    marks = marks_of(s, [b.id for b in blocks])
    when = run_date(marks, tz, now)
    out = []
    for b in blocks:
        warning, danger = thresholds(b, ev)
        out.append(
            PodiumBlock(
                b.id,
                b.title,
                b.kind,
                local(when, b.planned_start, tz),
                local(when, b.planned_end, tz),
                b.fixed_start,
                planned_duration(b),
                warning,
                danger,
                b.timer_mode,
                tuple(marks[b.id]),
                tuple(p.name for _e, p in queries.speakers_of(s, b.id)),
                tuple(seg.title for seg in queries.segments(s, b.id)),
            )
        )
    return Podium(
        ev.title,
        day.label,
        tz,
        tuple(out),
        ev.stage_message,
        ev.stage_blink,
        ev.stage_blackout,
        day.date,
        max((end for b in out if (end := b.planned_end or b.planned_start)), default=None),
    )
