"""Who spoke, how long, how often: per person, per block, per category. Times come from the
recorded transitions of each turn (end − begin − pauses)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitateur.models import queries
from facilitateur.models.agenda.model import AgendaBlock, Person, SpeakerEntry, SpeechType
from facilitateur.models.agenda.timing import read_timer
from facilitateur.models.speakers.queue import WAITING, allotted_for, speaker_marks
from facilitateur.models.storage.store import EventFile

NO_CATEGORY = ""


@dataclass(frozen=True)
class Turn:
    """One speaking turn."""

    block: str
    person_id: uuid.UUID
    person: str
    role: str
    organisation: str
    category: str
    speech_type: SpeechType
    start: datetime | None
    end: datetime | None
    duration: timedelta
    allotted: timedelta


def turns(s: Session, now: datetime) -> list[Turn]:
    """Every turn taken (started at least once), in the order they began."""
    ev = queries.the_event(s)
    rows = s.execute(
        select(SpeakerEntry, Person, AgendaBlock)
        .join(Person, SpeakerEntry.person_id == Person.id)
        .join(AgendaBlock, SpeakerEntry.block_id == AgendaBlock.id)
        .where(SpeakerEntry.status != WAITING)
    ).all()
    parents = {
        b.id: b for b in s.scalars(select(AgendaBlock).where(AgendaBlock.parent_id.is_(None)))
    }
    marks = speaker_marks(s, [e.id for e, _p, _b in rows])
    out = []
    for e, p, b in rows:
        allotted = timedelta(
            seconds=allotted_for(e, b, parents.get(b.parent_id) if b.parent_id else None, ev)
        )
        r = read_timer(marks[e.id], allotted, now)
        out.append(
            Turn(
                b.title,
                p.id,
                p.name,
                p.role,
                p.organisation,
                p.category,
                e.speech_type,
                r.first_start,
                r.last_end,
                r.elapsed,
                allotted,
            )
        )
    return sorted(out, key=lambda t: t.start or now)


def read_turns(ef: EventFile, now: datetime) -> list[Turn]:
    """Every turn taken in the event file, as `turns` reads them."""
    with ef.session() as s:
        return turns(s, now)


@dataclass(frozen=True)
class PersonFigures:
    name: str
    category: str
    total: timedelta
    turns: int
    first_block: str  # where this person first spoke


@dataclass(frozen=True)
class BlockFigures:
    block: str
    total: timedelta
    average: timedelta
    longest: timedelta
    turns: int


@dataclass(frozen=True)
class CategoryFigures:
    category: str
    total: timedelta
    turns: int
    time_share: float
    turn_share: float


def per_person(all_turns: list[Turn]) -> list[PersonFigures]:
    """Total time and number of turns per person, most time first."""
    acc: dict[uuid.UUID, list[Turn]] = {}
    for t in all_turns:
        acc.setdefault(t.person_id, []).append(t)
    out = [
        PersonFigures(
            ts[0].person,
            ts[0].category,
            sum((t.duration for t in ts), timedelta(0)),
            len(ts),
            ts[0].block,
        )
        for ts in acc.values()
    ]
    return sorted(out, key=lambda f: (-f.total, f.name))


def per_block(all_turns: list[Turn]) -> list[BlockFigures]:
    """Total, average and longest turn per block, in the order blocks first had a speaker."""
    acc: dict[str, list[timedelta]] = {}
    for t in all_turns:
        acc.setdefault(t.block, []).append(t.duration)
    return [
        BlockFigures(
            block, sum(ds, timedelta(0)), sum(ds, timedelta(0)) / len(ds), max(ds), len(ds)
        )
        for block, ds in acc.items()
    ]


def per_category(all_turns: list[Turn]) -> list[CategoryFigures]:
    """Share of speaking time and of turns per category (the day's "mondes"), largest first."""
    total = sum((t.duration for t in all_turns), timedelta(0))
    acc: dict[str, list[Turn]] = {}
    for t in all_turns:
        acc.setdefault(t.category or NO_CATEGORY, []).append(t)
    out = []
    for category, ts in acc.items():
        time = sum((t.duration for t in ts), timedelta(0))
        out.append(
            CategoryFigures(
                category, time, len(ts), time / total if total else 0.0, len(ts) / len(all_turns)
            )
        )
    return sorted(out, key=lambda f: (-f.time_share, f.category))
