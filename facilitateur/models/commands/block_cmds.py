"""Commands on agenda blocks and their segments."""

from __future__ import annotations

from datetime import time
from typing import Any

from facilitateur.models import queries
from facilitateur.models.agenda.model import AgendaBlock, BlockKind, Day, KeepOnMove, TimerMode
from facilitateur.models.agenda.timeofday import duration, from_seconds, seconds
from facilitateur.models.commands.core import (
    VERSION,
    CommandError,
    Context,
    Param,
    ParamType,
    check_version,
    command,
    renumber,
)
from facilitateur.models.commands.refs import resolve_block, resolve_day
from facilitateur.models.commands.removal import remove_block_tree
from facilitateur.models.refusal import Refusal
from facilitateur.models.storage.base import existing

KINDS = tuple(k.value for k in BlockKind)
MODES = tuple(m.value for m in TimerMode)

_FIELDS = (
    Param("title", ParamType.STR, max_len=2000, nullable=False, doc="the block's title"),
    Param("start", ParamType.TIME, doc="planned start, HH:MM"),
    Param("end", ParamType.TIME, doc="planned end, HH:MM"),
    Param("kind", ParamType.CHOICE, choices=KINDS, nullable=False, doc="default `other`"),
    Param("description", ParamType.TEXT, max_len=100_000, nullable=False, doc="free text"),
    Param("section", ParamType.STR, max_len=2000, nullable=False, doc="heading it sits under"),
    Param(
        "fixed_start", ParamType.BOOL, nullable=False, doc="the start may not move when re-planning"
    ),
    Param("end_inferred", ParamType.BOOL, nullable=False, doc="the end was deduced, not written"),
    Param(
        "timer_mode",
        ParamType.CHOICE,
        choices=MODES,
        nullable=False,
        doc="how the podium shows time",
    ),
    Param("warning_seconds", ParamType.INT, doc="warning threshold; null: the event's default"),
    Param("danger_seconds", ParamType.INT, doc="danger threshold; null: the event's default"),
    Param("speaker_seconds", ParamType.INT, doc="default speaking time; null: the event's default"),
)
_COLUMN = {"start": "planned_start", "end": "planned_end"}


def _set_fields(block: AgendaBlock, args: dict[str, Any]) -> None:
    for p in _FIELDS:
        if p.name in args:
            value = args[p.name]
            if p.name in ("title", "section"):
                value = value.strip()
            setattr(block, _COLUMN.get(p.name, p.name), value)
    if not block.title:
        raise CommandError("a block needs a title", Refusal.BLOCK_TITLE)
    d = duration(block.planned_start, block.planned_end)
    if d is not None and d < 0:
        raise CommandError(
            f"block {block.title!r} ends before it starts",
            Refusal.BLOCK_BACKWARDS,
            title=block.title,
        )
    if block.planned_end is not None and block.planned_start is None:
        raise CommandError(
            f"block {block.title!r} has an end but no start",
            Refusal.END_WITHOUT_START,
            title=block.title,
        )
    for key in ("warning_seconds", "danger_seconds", "speaker_seconds"):
        value = getattr(block, key)
        if value is not None and value < 0:
            raise CommandError(f"{key} may not be negative", Refusal.NOT_NEGATIVE)


def _place(c: Context, day: Day, parent: AgendaBlock | None) -> tuple[list[AgendaBlock], int]:
    s = c.session
    level = queries.segments(s, parent.id) if parent else queries.top_blocks(s, day.id)
    pos = c.args.get("position")
    index = len(level) if pos is None else pos - 1
    if not 0 <= index <= len(level):
        raise CommandError(
            f"position must be between 1 and {len(level) + 1}",
            Refusal.POSITION,
            last=len(level) + 1,
        )
    return level, index


@command(
    "block.add",
    Param("title", ParamType.STR, required=True, max_len=2000, doc="the block's title"),
    *_FIELDS[1:],
    Param("day", ParamType.REF, doc="`#N`, a date or an id; default the first day"),
    Param("parent", ParamType.REF, doc="the block this one is a segment of"),
    Param("position", ParamType.INT, doc="1-based place among its siblings; default last"),
    Param(
        "minutes",
        ParamType.INT,
        doc="without `start` or `end`: the block starts when the one before it ends (its "
        "block's start for a first segment, the day's opening for a first block) and lasts "
        "this long; no times when there is nothing to start from or it would end after midnight",
    ),
    Param("id", ParamType.UUID, doc="id of the new block (generated when absent)"),
    Param("day_id", ParamType.UUID, doc="id of the first day when this creates it (generated)"),
)
def block_add(c: Context) -> None:
    """Add a block to a day, or a segment to a block."""
    s = c.session
    if c.args.get("day") is None and not queries.days(s):
        ev = queries.the_event(s)
        s.add(Day(id=c.new_id("day_id"), event_id=ev.id, position=0, label=""))
        s.flush()
    day = resolve_day(s, c.args.get("day"))
    parent = None
    if c.args.get("parent") is not None:
        parent = resolve_block(s, c.args["parent"], day)
        if parent.parent_id is not None:
            raise CommandError("a segment cannot have segments of its own", Refusal.NESTED_SEGMENT)
        day = existing(s, Day, parent.day_id)
    level, index = _place(c, day, parent)
    block = AgendaBlock(id=c.new_id(), day_id=day.id, parent_id=parent.id if parent else None)
    block.kind = BlockKind.OTHER
    block.timer_mode = TimerMode.COUNTDOWN
    _set_fields(block, {**c.args, **_times_after(c, day, parent, level[:index])})
    level.insert(index, block)
    s.add(block)
    renumber(level)
    c.result["id"] = str(block.id)


def _times_after(
    c: Context, day: Day, parent: AgendaBlock | None, before: list[AgendaBlock]
) -> dict[str, Any]:
    """The start and end of a new block of `minutes` placed after `before` (its siblings
    before it), when no time is given: the previous one's end (or start), else its block's
    start for a first segment, else the day's opening for a first block."""
    minutes = c.args.get("minutes")
    if minutes is None or "start" in c.args or "end" in c.args:
        return {}
    if minutes <= 0:
        raise CommandError("minutes must be positive", Refusal.NOT_POSITIVE, name="minutes")
    previous = before[-1] if before else None
    first = parent.planned_start if parent is not None else day.start
    start = (previous.planned_end or previous.planned_start) if previous else first
    if start is None or seconds(start) + minutes * 60 >= 24 * 3600:
        return {}
    return {"start": start, "end": from_seconds(seconds(start) + minutes * 60)}


@command(
    "block.update",
    Param("block", ParamType.REF, required=True, doc="`#N`, `#N.M`, exact title or id"),
    *_FIELDS,
    Param(
        "keep",
        ParamType.CHOICE,
        choices=tuple(k.value for k in KeepOnMove),
        nullable=False,
        doc="what a new `start` keeps when no `end` is given: `end` (default; the block grows or "
        "shrinks) or `duration` (the block moves, as the agenda screen does)",
    ),
    Param(
        "minutes",
        ParamType.INT,
        doc="without `end`: the block lasts this long from its start (the new one, else its "
        "own), as when a duration is typed in the agenda; refused without a start",
    ),
    VERSION,
)
def block_update(c: Context) -> None:
    """Change a block's fields; only the arguments given change."""
    block = resolve_block(c.session, c.args["block"])
    check_version(c, block, "the block")
    # `minutes` first: a duration given says the end, before `keep` derives one from the old.
    _set_fields(block, _kept_duration(block, _lasting(block, c.args)))
    c.session.flush()
    c.result["version"] = block.version


def _kept_duration(block: AgendaBlock, args: dict[str, Any]) -> dict[str, Any]:
    """The arguments with the end that keeps the block's duration, when a new start is asked
    to keep it (`keep: duration`) and no end is given."""
    start = args.get("start")
    old_start, old_end = block.planned_start, block.planned_end
    if args.get("keep") != KeepOnMove.DURATION or "end" in args or start is None:
        return args
    if old_start is None or old_end is None:
        return args  # no duration to keep
    try:
        end = from_seconds(seconds(start) + seconds(old_end) - seconds(old_start))
    except ValueError:
        raise CommandError(
            f"block {block.title!r} would end after midnight",
            Refusal.PAST_MIDNIGHT,
            title=block.title,
        ) from None
    return {**args, "end": end}


def _lasting(block: AgendaBlock, args: dict[str, Any]) -> dict[str, Any]:
    """The arguments with the end that makes the block last `minutes` from its start (the
    one given, else its own), when `minutes` is given without an end."""
    minutes = args.get("minutes")
    if minutes is None or "end" in args:
        return args
    if minutes < 0:
        raise CommandError("minutes may not be negative", Refusal.NOT_NEGATIVE)
    start = args.get("start", block.planned_start)
    if start is None:
        raise CommandError(
            f"block {block.title!r} has no start to count its minutes from",
            Refusal.END_WITHOUT_START,
            title=block.title,
        )
    try:
        end = from_seconds(seconds(start) + minutes * 60)
    except ValueError:
        raise CommandError(
            f"block {block.title!r} would end after midnight",
            Refusal.PAST_MIDNIGHT,
            title=block.title,
        ) from None
    return {**args, "end": end}


def _reflow(level: list[AgendaBlock], lo: int, hi: int) -> None:
    """Lay out level[lo..hi] one after the other from the earliest start, keeping durations.

    Blocks with a fixed start keep their times; nothing moves when a block has no times.
    """
    part = level[lo : hi + 1]
    timed: list[tuple[AgendaBlock, time, time]] = [
        (b, b.planned_start, b.planned_end)
        for b in part
        if b.planned_start is not None and b.planned_end is not None
    ]
    if len(timed) < len(part):
        return
    movable = [start for b, start, _end in timed if not b.fixed_start]
    if not movable:
        return
    cursor = min(seconds(start) for start in movable)
    for b, start, end in timed:
        if b.fixed_start:
            cursor = max(cursor, seconds(end))
            continue
        length = duration(start, end) or 0
        try:
            b.planned_start, b.planned_end = from_seconds(cursor), from_seconds(cursor + length)
        except ValueError:
            raise CommandError(
                f"moving this block pushes {b.title!r} past midnight",
                Refusal.PAST_MIDNIGHT,
                title=b.title,
            ) from None
        cursor += length


@command(
    "block.move",
    Param("block", ParamType.REF, required=True, doc="`#N`, `#N.M`, exact title or id"),
    Param("position", ParamType.INT, required=True, doc="1-based place among its new siblings"),
    Param(
        "parent", ParamType.REF, doc="new parent block; empty string: top level; absent: unchanged"
    ),
    Param("day", ParamType.REF, doc="move to another day (top level)"),
    Param(
        "reflow", ParamType.BOOL, nullable=False, doc="times follow the new order (default true)"
    ),
)
def block_move(c: Context) -> None:
    """Move a block to another place, into a block as a segment, or out to the top level."""
    s = c.session
    block = resolve_block(s, c.args["block"])
    day = resolve_day(s, c.args["day"]) if c.args.get("day") else existing(s, Day, block.day_id)
    parent_id = block.parent_id
    if "parent" in c.args:
        ref = c.args["parent"]
        if ref in (None, ""):
            parent_id = None
        else:
            parent = resolve_block(s, ref, day)
            if parent.id == block.id or parent.parent_id is not None:
                raise CommandError(
                    "a block can only become a segment of a top-level block", Refusal.NESTED_SEGMENT
                )
            if queries.segments(s, block.id):
                raise CommandError(
                    "a block with segments cannot become a segment", Refusal.HAS_SEGMENTS
                )
            parent_id, day = parent.id, existing(s, Day, parent.day_id)
    old_level = queries.siblings(s, block)
    old_index = old_level.index(block)
    same_level = parent_id == block.parent_id and day.id == block.day_id
    old_level.remove(block)
    new_level = (
        old_level
        if same_level
        else (queries.segments(s, parent_id) if parent_id else queries.top_blocks(s, day.id))
    )
    index = c.args["position"] - 1
    if not 0 <= index <= len(new_level):
        raise CommandError(
            f"position must be between 1 and {len(new_level) + 1}",
            Refusal.POSITION,
            last=len(new_level) + 1,
        )
    block.parent_id, block.day_id = parent_id, day.id
    for seg in queries.segments(s, block.id):
        seg.day_id = day.id
    new_level.insert(index, block)
    renumber(new_level)
    if not same_level:
        renumber(old_level)
    elif c.args.get("reflow", True) and index != old_index:
        _reflow(new_level, min(index, old_index), max(index, old_index))


@command(
    "block.remove",
    Param("block", ParamType.REF, required=True, doc="`#N`, `#N.M`, exact title or id"),
)
def block_remove(c: Context) -> None:
    """Remove a block with its segments, speakers, timer records and notes (undo restores all)."""
    s = c.session
    block = resolve_block(s, c.args["block"])
    level = queries.siblings(s, block)
    level.remove(block)
    remove_block_tree(s, block)
    renumber(level)
