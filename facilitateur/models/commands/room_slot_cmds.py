"""Commands that set up the Open Space: rooms and time slots."""

from __future__ import annotations

import uuid
from datetime import datetime, time, timedelta

from sqlalchemy import select

from facilitateur.models.commands.core import (
    CommandError,
    Context,
    Param,
    ParamType,
    command,
    renumber,
)
from facilitateur.models.commands.openspace_refs import (
    open_space_block,
    resolve_room,
    resolve_slot,
    rooms,
    slots,
)
from facilitateur.models.commands.refs import resolve_day
from facilitateur.models.commands.removal import remove_day_slots
from facilitateur.models.openspace.model import Placement, Room, Slot
from facilitateur.models.refusal import Refusal

_ROOM_FIELDS = (
    Param("capacity", ParamType.INT, doc="how many people it holds; null: unknown"),
    Param(
        "notes", ParamType.STR, max_len=2000, nullable=False, doc="e.g. `projector`, `ground floor`"
    ),
)
MAX_SLOTS = 200


def _check_room(c: Context, room: Room) -> None:
    if room.capacity is not None and room.capacity < 0:
        raise CommandError("a room's capacity may not be negative", Refusal.NOT_NEGATIVE)
    key = room.name.casefold()
    if any(r.id != room.id and r.name.casefold() == key for r in rooms(c.session)):
        raise CommandError(
            f"there is already a room named {room.name!r}", Refusal.ROOM_EXISTS, name=room.name
        )


@command(
    "room.add",
    Param("name", ParamType.STR, required=True, max_len=200, doc="e.g. `Salle Jaurès`"),
    *_ROOM_FIELDS,
    Param("id", ParamType.UUID, doc="id of the new room (generated when absent)"),
)
def room_add(c: Context) -> None:
    """Add a room to the Open Space board (a new column)."""
    all_rooms = rooms(c.session)
    room = Room(
        id=c.new_id(),
        name=" ".join(c.args["name"].split()),
        capacity=c.args.get("capacity"),
        notes=c.args.get("notes", "").strip(),
        position=len(all_rooms),
    )
    _check_room(c, room)
    c.session.add(room)
    c.result["id"] = str(room.id)


@command(
    "room.update",
    Param("room", ParamType.REF, required=True, doc="`#N`, the room's name or id"),
    Param("name", ParamType.STR, max_len=200, nullable=False, doc="new name"),
    *_ROOM_FIELDS,
    Param("position", ParamType.INT, doc="1-based place among the rooms (its column)"),
)
def room_update(c: Context) -> None:
    """Rename a room, change its capacity or notes, or move its column."""
    s = c.session
    room = resolve_room(s, c.args["room"])
    if "name" in c.args:
        room.name = " ".join(c.args["name"].split())
        if not room.name:
            raise CommandError("a room needs a name", Refusal.ROOM_NAME)
    for key in ("capacity", "notes"):
        if key in c.args:
            setattr(room, key, c.args[key].strip() if key == "notes" else c.args[key])
    _check_room(c, room)
    if c.args.get("position") is not None:
        others = [r for r in rooms(s) if r.id != room.id]
        index = c.args["position"] - 1
        if not 0 <= index <= len(others):
            raise CommandError(
                f"position must be between 1 and {len(others) + 1}",
                Refusal.POSITION,
                last=len(others) + 1,
            )
        others.insert(index, room)
        renumber(others)


@command(
    "room.remove",
    Param("room", ParamType.REF, required=True, doc="`#N`, the room's name or id"),
    Param(
        "only_empty",
        ParamType.BOOL,
        nullable=False,
        doc="refuse when workshops are placed in it (the Del key); default false",
    ),
)
def room_remove(c: Context) -> None:
    """Remove a room; its topics go back to the list (`only_empty`: refused if it has any)."""
    s = c.session
    room = resolve_room(s, c.args["room"])
    placed = s.scalars(select(Placement).where(Placement.room_id == room.id)).all()
    if placed and c.args.get("only_empty"):
        raise CommandError(
            f"{room.name!r} has workshops on the board; send them back to the list first",
            Refusal.ROOM_IN_USE,
            name=room.name,
        )
    for placement in placed:
        s.delete(placement)  # row by row, so the journal can bring each back
    s.delete(room)
    s.flush()
    renumber(rooms(s))


def _check_slot(c: Context, slot: Slot) -> None:
    if slot.end <= slot.start:
        raise CommandError(
            f"a slot must end after it starts ({slot.start:%H:%M}–{slot.end:%H:%M})",
            Refusal.SLOT_BACKWARDS,
            slot=(slot.start, slot.end),
        )
    for other in slots(c.session):
        same_day = other.id != slot.id and other.day_id == slot.day_id
        if same_day and other.start < slot.end and slot.start < other.end:
            raise CommandError(
                f"{slot.start:%H:%M}–{slot.end:%H:%M} overlaps the slot "
                f"{other.start:%H:%M}–{other.end:%H:%M}",
                Refusal.SLOT_OVERLAP,
                slot=(slot.start, slot.end),
                other=(other.start, other.end),
            )


@command(
    "slot.add",
    Param("day", ParamType.REF, doc="`#N`, a date or an id; default the first day"),
    Param("start", ParamType.TIME, required=True, doc="HH:MM"),
    Param("end", ParamType.TIME, required=True, doc="HH:MM"),
    Param("id", ParamType.UUID, doc="id of the new slot (generated when absent)"),
)
def slot_add(c: Context) -> None:
    """Add a time slot (a new row of the board)."""
    day = resolve_day(c.session, c.args.get("day"))
    slot = Slot(id=c.new_id(), day_id=day.id, start=c.args["start"], end=c.args["end"])
    c.session.add(slot)
    c.session.flush()
    _check_slot(c, slot)
    c.result["id"] = str(slot.id)


def _shift(t: time, minutes: int) -> time | None:
    moved = datetime.combine(datetime.min.date(), t) + timedelta(minutes=minutes)
    return moved.time() if moved.date() == datetime.min.date() else None


def shift(t: time, minutes: int) -> time | None:
    """`t` moved by `minutes` (negative: earlier), or None outside the day."""
    return _shift(t, minutes)


def slot_spans(start: time, end: time, minutes: int, gap: int) -> list[tuple[time, time]]:
    """The slots `slot.generate` makes: `minutes` long from `start`, `gap` minutes apart, none
    ending after `end`."""
    spans = []
    at: time | None = start
    while at is not None and (stop := _shift(at, minutes)) is not None and stop <= end:
        spans.append((at, stop))
        at = _shift(stop, gap)
    return spans


@command(
    "slot.generate",
    Param("day", ParamType.REF, doc="`#N`, a date or an id; default the first day"),
    Param("start", ParamType.TIME, doc="first slot's start; default the Open Space block's start"),
    Param("end", ParamType.TIME, doc="no slot ends after this; default the Open Space block's end"),
    Param("minutes", ParamType.INT, required=True, doc="length of each slot"),
    Param("gap", ParamType.INT, doc="minutes between two slots (moving between rooms); default 0"),
    Param(
        "ids", ParamType.LIST, max_len=MAX_SLOTS, doc="ids of the new slots (generated when absent)"
    ),
    Param(
        "replace",
        ParamType.BOOL,
        nullable=False,
        doc="remove the day's slots first (their topics go back to the list); default false",
    ),
)
def slot_generate(c: Context) -> None:
    """Create slots of `minutes` one after another between two times."""
    s = c.session
    day = resolve_day(s, c.args.get("day"))
    block = open_space_block(s, day)
    start: time | None = c.args.get("start") or (block.planned_start if block else None)
    end: time | None = c.args.get("end") or (block.planned_end if block else None)
    if start is None or end is None:
        raise CommandError(
            "give start and end (the day has no Open Space block with times)", Refusal.NO_WINDOW
        )
    minutes, gap = c.args["minutes"], c.args.get("gap") or 0
    if not 5 <= minutes <= 600:
        raise CommandError("a slot lasts between 5 and 600 minutes", Refusal.SLOT_LENGTH)
    if not 0 <= gap <= 240:
        raise CommandError("the gap between slots is between 0 and 240 minutes", Refusal.SLOT_GAP)
    spans = slot_spans(start, end, minutes, gap)
    if not spans:
        raise CommandError(
            f"no slot of {minutes} min fits between {start:%H:%M} and {end:%H:%M}",
            Refusal.NO_SLOT_FITS,
            minutes=minutes,
            start=start,
            end=end,
        )
    given = c.args.get("ids")
    if given is not None and len(given) != len(spans):
        raise CommandError(f"ids: {len(spans)} expected, {len(given)} given", Refusal.BAD_ARGUMENTS)
    try:
        ids = [uuid.UUID(str(v)) for v in given] if given else [uuid.uuid4() for _ in spans]
    except ValueError:
        raise CommandError("ids: not a list of UUIDs", Refusal.BAD_ARGUMENTS) from None
    c.journal_args["ids"] = [str(i) for i in ids]
    if c.args.get("replace"):
        remove_day_slots(s, day.id)
    for slot_id, (a, b) in zip(ids, spans, strict=True):
        slot = Slot(id=slot_id, day_id=day.id, start=a, end=b)
        s.add(slot)
        s.flush()
        _check_slot(c, slot)
    c.result["ids"] = c.journal_args["ids"]


@command(
    "slot.update",
    Param("slot", ParamType.REF, required=True, doc="`#N`, its start time or its id"),
    Param("start", ParamType.TIME, nullable=False, doc="HH:MM"),
    Param("end", ParamType.TIME, nullable=False, doc="HH:MM"),
)
def slot_update(c: Context) -> None:
    """Move a slot in time."""
    slot = resolve_slot(c.session, c.args["slot"])
    slot.start = c.args.get("start", slot.start)
    slot.end = c.args.get("end", slot.end)
    _check_slot(c, slot)


@command(
    "slot.remove", Param("slot", ParamType.REF, required=True, doc="`#N`, its start time or its id")
)
def slot_remove(c: Context) -> None:
    """Remove a slot; the topics placed in it go back to the list of topics to place."""
    s = c.session
    slot = resolve_slot(s, c.args["slot"])
    for placement in s.scalars(select(Placement).where(Placement.slot_id == slot.id)).all():
        s.delete(placement)
    s.delete(slot)
