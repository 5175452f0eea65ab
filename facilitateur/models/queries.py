"""Read-only questions about the event, shared by commands, views and exports."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitateur.models.agenda.model import AgendaBlock, Day, Event, Person, SpeakerEntry
from facilitateur.models.agenda.timeofday import duration, seconds


def the_event(s: Session) -> Event:
    """The event of this file (a file holds exactly one)."""
    ev = s.scalars(select(Event).limit(1)).first()
    if ev is None:
        raise LookupError("this file holds no event")
    return ev


def podium_holder(s: Session) -> tuple[str, str]:
    """On a shared event, the laptop holding the podium: its origin id and label ("" when
    nobody holds it yet)."""
    ev = the_event(s)
    return ev.podium_holder, ev.podium_label


DAY_ORDER = (Day.position, Day.date)


def days(s: Session) -> list[Day]:
    """The event's days in order."""
    return list(s.scalars(select(Day).order_by(*DAY_ORDER)))


def day_dates(s: Session) -> tuple[date, ...]:
    """The dates of the event's dated days, in order (what deadlines count from)."""
    return tuple(sorted(d.date for d in days(s) if d.date))


def top_blocks(s: Session, day_id: uuid.UUID) -> list[AgendaBlock]:
    """A day's blocks (not segments) in order."""
    q = select(AgendaBlock).where(AgendaBlock.day_id == day_id, AgendaBlock.parent_id.is_(None))
    return list(s.scalars(q.order_by(AgendaBlock.position)))


def segments(s: Session, parent_id: uuid.UUID) -> list[AgendaBlock]:
    """A block's segments in order."""
    q = select(AgendaBlock).where(AgendaBlock.parent_id == parent_id)
    return list(s.scalars(q.order_by(AgendaBlock.position)))


def siblings(s: Session, block: AgendaBlock) -> list[AgendaBlock]:
    """The block and the blocks at its level (its day's blocks, or its parent's segments)."""
    if block.parent_id is None:
        return top_blocks(s, block.day_id)
    return segments(s, block.parent_id)


def speakers_of(s: Session, block_id: uuid.UUID) -> list[tuple[SpeakerEntry, Person]]:
    """A block's list of speakers with their persons, in order."""
    q = (
        select(SpeakerEntry, Person)
        .join(Person, SpeakerEntry.person_id == Person.id)
        .where(SpeakerEntry.block_id == block_id)
        .order_by(SpeakerEntry.position)
    )
    return [(e, p) for e, p in s.execute(q)]


class FlagKind(StrEnum):
    """What is to be looked at in a block of the plan."""

    OVERLAP = "overlap"  # starts before the previous block ends (`seconds`: by how much)
    GAP = "gap"  # free time before it (`seconds`)
    NO_TIME = "no_time"
    ENDS_BEFORE_START = "ends_before_start"
    OUTSIDE_DAY = "outside_day"  # starts outside the day's hours


@dataclass(frozen=True)
class AgendaFlag:
    """Something the organiser should look at in the plan of a day."""

    block_id: uuid.UUID
    kind: FlagKind
    seconds: int = 0


def agenda_flags(s: Session, day: Day) -> list[AgendaFlag]:
    """Overlaps, gaps, missing times and blocks outside the day's hours, block by block."""
    flags: list[AgendaFlag] = []
    previous: AgendaBlock | None = None
    for b in top_blocks(s, day.id):
        d = duration(b.planned_start, b.planned_end)
        if b.planned_start is None:
            flags.append(AgendaFlag(b.id, FlagKind.NO_TIME))
        elif d is not None and d < 0:
            flags.append(AgendaFlag(b.id, FlagKind.ENDS_BEFORE_START))
        if b.planned_start is not None and (
            (day.start and b.planned_start < day.start) or (day.end and b.planned_start > day.end)
        ):
            flags.append(AgendaFlag(b.id, FlagKind.OUTSIDE_DAY))
        if previous is not None and b.planned_start is not None:
            prev_end = previous.planned_end or previous.planned_start
            if prev_end is not None:
                gap = seconds(b.planned_start) - seconds(prev_end)
                if gap < 0:
                    flags.append(AgendaFlag(b.id, FlagKind.OVERLAP, -gap))
                elif gap > 0 and previous.planned_end is not None:
                    flags.append(AgendaFlag(b.id, FlagKind.GAP, gap))
        if b.planned_start is not None:
            previous = b
    return flags


def planned_total(s: Session, day: Day) -> int:
    """Seconds of planned time in a day's blocks (blocks without an end count for nothing)."""
    return sum(max(duration(b.planned_start, b.planned_end) or 0, 0) for b in top_blocks(s, day.id))


def person_names(s: Session) -> list[str]:
    """The names of every person of the event, in order."""
    return list(s.scalars(select(Person.name).order_by(Person.name)))


def person_categories(s: Session) -> list[str]:
    """The categories given to persons (each once, none empty)."""
    return [c for c in s.scalars(select(Person.category).distinct()) if c]


def name_key(name: str) -> str:
    """A person's name as compared: spaces collapsed, case folded in every script (`Élise`
    and `ÉLISE` are one person; SQLite's own lower() folds ASCII letters only)."""
    return " ".join(name.split()).casefold()


def person_named(s: Session, name: str) -> Person | None:
    """The person of that name, whatever its case and spacing, or None."""
    wanted = name_key(name)
    for person in s.scalars(select(Person).order_by(Person.name)):
        if name_key(person.name) == wanted:
            return person
    return None
