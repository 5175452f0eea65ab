"""Lists of speakers: the queue of a block (and its segments), and each turn's own timer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitateur.models import queries
from facilitateur.models.agenda.model import (
    AgendaBlock,
    Event,
    SpeakerEntry,
    SpeakerStatus,
    SpeechType,
    TimerTransition,
)
from facilitateur.models.agenda.timing import Mark, TimerReading, read_timer
from facilitateur.models.storage.base import existing

WAITING, SPEAKING, PAUSED, DONE = (
    SpeakerStatus.WAITING,
    SpeakerStatus.SPEAKING,
    SpeakerStatus.PAUSED,
    SpeakerStatus.DONE,
)
UNDER_WAY = (SPEAKING, PAUSED)


@dataclass(frozen=True)
class QueueEntry:
    id: uuid.UUID
    block_id: uuid.UUID
    block_title: str
    person_id: uuid.UUID
    name: str
    role: str
    category: str
    speech_type: SpeechType
    status: str
    allotted: timedelta
    marks: tuple[Mark, ...]
    first_time: bool  # this person has not spoken yet in the event
    turns_before: int

    def reading(self, now: datetime) -> TimerReading:
        """This turn's timer at `now` (allotted time as its plan)."""
        return read_timer(self.marks, self.allotted, now)


def allotted_for(
    entry: SpeakerEntry, block: AgendaBlock, parent: AgendaBlock | None, ev: Event
) -> int:
    """Seconds allotted: the entry's own, else its block's default, its parent's, the event's."""
    for value in (
        entry.allotted_seconds,
        block.speaker_seconds,
        parent.speaker_seconds if parent else None,
    ):
        if value is not None:
            return value
    return ev.speaker_seconds


def queue_blocks(s: Session, block: AgendaBlock) -> list[AgendaBlock]:
    """A block and its segments: one list of speakers runs through them in order."""
    top = existing(s, AgendaBlock, block.parent_id) if block.parent_id else block
    return [top, *queries.segments(s, top.id)]


def speaker_marks(s: Session, entry_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Mark]]:
    # Columns, not ORM objects: a day's statistics read thousands of transitions.
    q = (
        select(TimerTransition.speaker_entry_id, TimerTransition.kind, TimerTransition.at)
        .where(TimerTransition.speaker_entry_id.in_(entry_ids))
        .order_by(TimerTransition.at, TimerTransition.seq)
    )
    out: dict[uuid.UUID, list[Mark]] = {e: [] for e in entry_ids}
    for entry_id, kind, at in s.execute(q):
        assert entry_id is not None, "the query keeps the speakers' transitions only"
        out[entry_id].append(Mark(kind, at))
    return out


def spoken_turns(s: Session) -> dict[uuid.UUID, int]:
    """Turns taken (started at least once) per person, across the event."""
    q = select(SpeakerEntry.person_id).where(SpeakerEntry.status != WAITING)
    counts: dict[uuid.UUID, int] = {}
    for person_id in s.scalars(q):
        counts[person_id] = counts.get(person_id, 0) + 1
    return counts


def block_queue(s: Session, block: AgendaBlock) -> list[QueueEntry]:
    """The list of speakers of a block and its segments, in order."""
    ev = queries.the_event(s)
    blocks = queue_blocks(s, block)
    parent = blocks[0]
    rows = [(b, e, p) for b in blocks for e, p in queries.speakers_of(s, b.id)]
    marks = speaker_marks(s, [e.id for _b, e, _p in rows])
    spoken = spoken_turns(s)
    out = []
    for b, e, p in rows:
        seconds = allotted_for(e, b, parent if b is not parent else None, ev)
        turns = spoken.get(p.id, 0) - (1 if e.status != WAITING else 0)
        out.append(
            QueueEntry(
                e.id,
                b.id,
                b.title,
                p.id,
                p.name,
                p.role,
                p.category,
                e.speech_type,
                e.status,
                timedelta(seconds=seconds),
                tuple(marks[e.id]),
                turns == 0,
                turns,
            )
        )
    return out
