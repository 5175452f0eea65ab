"""How commands name rooms, slots and topics: by id, by `#N` (1-based, in order), or by name."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitateur.models.agenda.model import AgendaBlock, Day
from facilitateur.models.commands.core import CommandError, parse_time
from facilitateur.models.openspace.model import Room, Slot, Topic
from facilitateur.models.refusal import Refusal
from facilitateur.models.storage.base import Identified
from facilitateur.models.text.plural import count

R = TypeVar("R", bound=Identified)


def _as_uuid(ref: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(ref)
    except ValueError:
        return None


def _nth(ref: str) -> int | None:
    if ref.startswith("#") and ref[1:].isdigit():
        return int(ref[1:])
    return None


def rooms(s: Session) -> list[Room]:
    return list(s.scalars(select(Room).order_by(Room.position, Room.name)))


def slots(s: Session) -> list[Slot]:
    """Every slot, day by day, in order of time."""
    q = select(Slot).join(Day, Slot.day_id == Day.id).order_by(Day.position, Slot.start, Slot.end)
    return list(s.scalars(q))


def topics(s: Session) -> list[Topic]:
    """The topics of the marketplace in the order they were announced (merged ones left out)."""
    q = select(Topic).where(Topic.merged_into_id.is_(None)).order_by(Topic.position)
    return list(s.scalars(q))


def _pick(kind: str, ref: str, rows: list[R], by_name: Callable[[R], bool]) -> R:
    if (n := _nth(ref)) is not None:
        if not 1 <= n <= len(rows):
            raise CommandError(
                f"no {kind} {ref}: the event has {count(len(rows), kind)}", Refusal.NO_SUCH, ref=ref
            )
        return rows[n - 1]
    if (rid := _as_uuid(ref)) is not None:
        found = [r for r in rows if r.id == rid]
        if not found:
            raise CommandError(f"no {kind} with id {ref}", Refusal.GONE)
        return found[0]
    found = [r for r in rows if by_name(r)]
    if len(found) != 1:
        if found:
            raise CommandError(f"{ref!r} names {len(found)} {kind}s", Refusal.AMBIGUOUS, ref=ref)
        raise CommandError(f"no {kind} {ref!r}", Refusal.NO_SUCH, ref=ref)
    return found[0]


def resolve_room(s: Session, ref: str) -> Room:
    """A room by id, `#N` or name (case-insensitive)."""
    key = ref.strip().casefold()
    return _pick("room", ref, rooms(s), lambda r: r.name.casefold() == key)


def resolve_slot(s: Session, ref: str) -> Slot:
    """A slot by id, `#N` or its start time (`HH:MM`, when only one slot starts then)."""
    try:
        start = parse_time(ref)
    except ValueError:
        start = None
    return _pick("slot", ref, slots(s), lambda sl: start is not None and sl.start == start)


def resolve_topic(s: Session, ref: str) -> Topic:
    """A topic by id (even a merged one), `#N` or exact title (case-insensitive)."""
    if (rid := _as_uuid(ref)) is not None:
        topic = s.get(Topic, rid)
        if topic is None:
            raise CommandError(f"no topic with id {ref}", Refusal.GONE)
        return topic
    key = " ".join(ref.split()).casefold()
    return _pick("topic", ref, topics(s), lambda t: " ".join(t.title.split()).casefold() == key)


def next_topic_position(s: Session) -> int:
    return (s.scalar(select(func.max(Topic.position))) or 0) + 1


def open_space_block(s: Session, day: Day) -> AgendaBlock | None:
    """The day's Open Space block (the first block of kind `open_space`), or None."""
    q = (
        select(AgendaBlock)
        .where(
            AgendaBlock.day_id == day.id,
            AgendaBlock.parent_id.is_(None),
            AgendaBlock.kind == "open_space",
        )
        .order_by(AgendaBlock.position)
    )
    return s.scalars(q).first()
