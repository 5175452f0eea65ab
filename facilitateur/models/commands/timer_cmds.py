"""Commands of the podium: block timers, planned-time adjustment, re-planning, stage display."""

from __future__ import annotations

import uuid
from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitateur.models import queries
from facilitateur.models.agenda import dayplan
from facilitateur.models.agenda.dayplan import (
    STRATEGIES,
    DayStatus,
    Strategy,
    day_status,
    day_timings,
    replan,
)
from facilitateur.models.agenda.model import AgendaBlock, Day, TimerTransition, Transition
from facilitateur.models.agenda.timing import BlockTiming, RunState
from facilitateur.models.commands.core import CommandError, Context, Param, ParamType, command
from facilitateur.models.commands.refs import resolve_block
from facilitateur.models.commands.speaker_queue_cmds import queue, stop_under_way
from facilitateur.models.refusal import Refusal
from facilitateur.models.storage.base import existing

BLOCK_DOC = "`#N`, exact title or id; default: the current block, else the next one"


def running_day(s: Session, c: Context) -> tuple[Day, list[BlockTiming], DayStatus]:
    """The day being run (see `dayplan.running_day`), or CommandError without an agenda."""
    found = dayplan.running_day(s, ZoneInfo(queries.the_event(s).timezone), c.clock.now())
    if found is None:
        raise CommandError("the event has no agenda yet", Refusal.NO_AGENDA)
    return found


def _mark(c: Context, block_id: uuid.UUID, kind: Transition, adjust: int = 0) -> None:
    seq = (c.session.scalar(select(func.max(TimerTransition.seq))) or 0) + 1
    c.session.add(
        TimerTransition(
            block_id=block_id, kind=kind, at=c.clock.now(), adjust_seconds=adjust, seq=seq
        )
    )
    c.session.flush()


def _end(c: Context, block_id: uuid.UUID) -> None:
    """End a block; whoever has the floor in it (or in one of its segments) stops too, so that
    the turn does not run on after the block."""
    _mark(c, block_id, Transition.ENDED)
    stop_under_way(c, queue(c.session, existing(c.session, AgendaBlock, block_id)))


def _start(c: Context, b: BlockTiming) -> None:
    if b.reading.state == RunState.RUNNING:
        raise CommandError(f"“{b.title}” is already running", Refusal.RUNNING, title=b.title)
    _mark(
        c,
        b.id,
        Transition.STARTED if b.reading.state == RunState.NOT_STARTED else Transition.RESUMED,
    )
    c.result["block"] = str(b.id)


def _index_of(timings: list[BlockTiming], block: AgendaBlock) -> int:
    for i, b in enumerate(timings):
        if b.id == block.id:
            return i
    raise CommandError("timers run on blocks, not on segments", Refusal.SEGMENT_TIMER)


@command("timer.start", Param("block", ParamType.REF, doc=BLOCK_DOC))
def timer_start(c: Context) -> None:
    """Start a block (or the next one); the block under way, if another, ends."""
    s = c.session
    if c.args.get("block"):
        block = resolve_block(s, c.args["block"])
        day = existing(s, Day, block.day_id)
        tz = ZoneInfo(queries.the_event(s).timezone)
        timings = day_timings(s, day, tz, c.clock.now())
        status = day_status(timings, c.clock.now())
        target = timings[_index_of(timings, block)]
    else:
        _day, timings, status = running_day(s, c)
        if status.cursor is None:
            raise CommandError("every block of the day has ended", Refusal.ALL_ENDED)
        target = timings[status.cursor]
    if status.current is not None and timings[status.current].id != target.id:
        _end(c, timings[status.current].id)
    _start(c, target)


@command("timer.pause")
def timer_pause(c: Context) -> None:
    """Pause the running block."""
    _day, timings, status = running_day(c.session, c)
    if status.current is None or timings[status.current].reading.state != RunState.RUNNING:
        raise CommandError("no block is running", Refusal.NOT_RUNNING)
    _mark(c, timings[status.current].id, Transition.PAUSED)


@command("timer.resume")
def timer_resume(c: Context) -> None:
    """Resume the paused block."""
    _day, timings, status = running_day(c.session, c)
    if status.current is None or timings[status.current].reading.state != RunState.PAUSED:
        raise CommandError("no block is paused", Refusal.NOT_PAUSED)
    _mark(c, timings[status.current].id, Transition.RESUMED)


@command("timer.end")
def timer_end(c: Context) -> None:
    """End the block under way (whoever has the floor in it finishes)."""
    _day, timings, status = running_day(c.session, c)
    if status.current is None:
        raise CommandError("no block is under way", Refusal.NOT_UNDER_WAY)
    _end(c, timings[status.current].id)


@command("timer.next")
def timer_next(c: Context) -> None:
    """End the block under way (whoever has the floor in it finishes) and start the next one
    (or start the first not ended)."""
    _day, timings, status = running_day(c.session, c)
    next_block(c, timings, status)


def next_block(c: Context, timings: list[BlockTiming], status: DayStatus) -> None:
    """The block under way ends and the next one not ended starts; with none under way, the
    first not ended starts."""
    if status.current is None:
        if status.cursor is None:
            raise CommandError("every block of the day has ended", Refusal.ALL_ENDED)
        _start(c, timings[status.cursor])
        return
    _end(c, timings[status.current].id)
    following = [b for b in timings[status.current + 1 :] if b.reading.state != RunState.ENDED]
    if following:
        _start(c, following[0])


@command(
    "timer.take_up",
    Param(
        "block", ParamType.REF, required=True, doc="`#N`, exact title or id of the block to take up"
    ),
)
def timer_take_up(c: Context) -> None:
    """Go back to a block on purpose (an item skipped, taken up later): the block under way
    ends, and this one runs again, from now, as a second interval of its own (its first
    interval is kept as it was)."""
    s = c.session
    block = resolve_block(s, c.args["block"])
    tz = ZoneInfo(queries.the_event(s).timezone)
    timings = day_timings(s, existing(s, Day, block.day_id), tz, c.clock.now())
    target = timings[_index_of(timings, block)]
    _take_up(c, timings, target)


def _take_up(c: Context, timings: list[BlockTiming], target: BlockTiming) -> None:
    if target.reading.state in (RunState.RUNNING, RunState.PAUSED):
        raise CommandError(
            f"“{target.title}” is already under way", Refusal.RUNNING, title=target.title
        )
    status = day_status(timings, c.clock.now())
    if status.current is not None:
        _end(c, timings[status.current].id)
    _start(c, target)


@command("timer.previous")
def timer_previous(c: Context) -> None:
    """Take up the block before the one under way again (as `timer.take_up` does): the one
    under way ends, the previous one runs again as a second interval. The podium's PageUp is
    `podium.back`, which undoes the last step instead."""
    _day, timings, status = running_day(c.session, c)
    here = status.current if status.current is not None else status.cursor
    if here is None:
        here = len(timings)
    if here == 0:
        raise CommandError("this is the first block of the day", Refusal.FIRST_BLOCK)
    _take_up(c, timings, timings[here - 1])


@command(
    "timer.adjust",
    Param("seconds", ParamType.INT, required=True, doc="planned time added (negative: taken away)"),
    Param("block", ParamType.REF, doc=BLOCK_DOC),
)
def timer_adjust(c: Context) -> None:
    """Give a block more (or less) time than planned, e.g. one minute more."""
    s = c.session
    if c.args.get("block"):
        block_id = resolve_block(s, c.args["block"]).id
    else:
        _day, timings, status = running_day(s, c)
        index = status.current if status.current is not None else status.cursor
        if index is None:
            raise CommandError("no block to adjust", Refusal.NOT_UNDER_WAY)
        block_id = timings[index].id
    if c.args["seconds"] == 0:
        raise CommandError("timer.adjust: seconds may not be 0", Refusal.ZERO_ADJUST)
    _mark(c, block_id, Transition.ADJUSTED, c.args["seconds"])


@command(
    "agenda.replan",
    Param(
        "strategy",
        ParamType.CHOICE,
        choices=STRATEGIES,
        required=True,
        doc="`shift` the rest, `absorb` into breaks and meals, or `shorten` the next blocks",
    ),
    Param(
        "min_break_seconds",
        ParamType.INT,
        doc="shortest break or meal left by `absorb`; default the event's",
    ),
)
def agenda_replan(c: Context) -> None:
    """Re-plan the blocks after the current one to catch up (or use time gained)."""
    s = c.session
    day, timings, status = running_day(s, c)
    ev = queries.the_event(s)
    tz = ZoneInfo(ev.timezone)
    if day.date is not None and dayplan.waiting(day.date, status.begun, c.clock.now(), tz):
        raise CommandError(
            f"the day of {day.date.isoformat()} has not begun and is not today: "
            "nothing to re-plan against today's clock",
            Refusal.NOT_TODAY,
            date=day.date,
        )
    if ran := dayplan.run_on_another_day(timings, status.begun, c.clock.now(), tz):
        raise CommandError(
            f"this day was run on {ran.isoformat()}, not today: "
            "nothing to re-plan against today's clock",
            Refusal.RUN_ANOTHER_DAY,
            date=ran,
        )
    minimum = c.args.get("min_break_seconds", ev.min_break_seconds)
    if minimum is None or minimum < 0:
        raise CommandError("min_break_seconds may not be negative", Refusal.NOT_NEGATIVE)
    moves = replan(timings, c.clock.now(), Strategy(c.args["strategy"]), timedelta(seconds=minimum))
    changed = 0
    for m in moves:
        if not m.changed or m.new_start is None or m.new_end is None:
            continue
        start, end = m.new_start.astimezone(tz), m.new_end.astimezone(tz)
        timed_on = (m.old_start or m.new_start).astimezone(tz).date()
        if start.date() != timed_on or end.date() != timed_on:
            raise CommandError(
                f"re-planning pushes “{m.title}” past midnight",
                Refusal.PAST_MIDNIGHT,
                title=m.title,
            )
        block = existing(s, AgendaBlock, m.id)
        block.planned_start, block.planned_end = start.time(), end.time()
        changed += 1
    c.result["changed"] = changed


@command(
    "stage.message",
    Param(
        "text", ParamType.TEXT, required=True, max_len=2000, doc="shown to the speaker; empty: none"
    ),
    Param("blink", ParamType.BOOL, nullable=False, doc="make it blink (default false)"),
)
def stage_message(c: Context) -> None:
    """Show (or clear) a message to the speaker on the stage display."""
    ev = queries.the_event(c.session)
    ev.stage_message = c.args["text"].strip()
    ev.stage_blink = c.args.get("blink", False) and bool(ev.stage_message)


@command("stage.blackout", Param("on", ParamType.BOOL, doc="default: the opposite of now"))
def stage_blackout(c: Context) -> None:
    """Black out the stage display (or bring it back)."""
    ev = queries.the_event(c.session)
    ev.stage_blackout = c.args["on"] if c.args.get("on") is not None else not ev.stage_blackout
