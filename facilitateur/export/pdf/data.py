"""What the synthesis says, gathered from the event file (plain data, read once)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitateur.models import queries
from facilitateur.models.agenda.dayplan import day_timings
from facilitateur.models.agenda.model import (
    AgendaBlock,
    BlockKind,
    Person,
    SpeakerEntry,
    SpeechType,
    TimerTransition,
    Transition,
)
from facilitateur.models.agenda.timing import read_timer
from facilitateur.models.notes.model import Note
from facilitateur.models.notes.query import NoteRow, note_rows
from facilitateur.models.openspace.board import Board, RankedProposal, SlotView
from facilitateur.models.openspace.model import ReportStatus
from facilitateur.models.speakers.queue import WAITING, allotted_for, speaker_marks
from facilitateur.models.speakers.stats import Turn, turns


@dataclass(frozen=True)
class SpeakerLine:
    """A person on a list of speakers, planned or from the floor, and how long they spoke."""

    name: str
    role: str
    organisation: str
    category: str
    topic: str
    speech_type: SpeechType
    spoke: bool
    duration: timedelta
    allotted: timedelta

    @property
    def over(self) -> timedelta:
        """Time spoken beyond the allotted time (zero when within it)."""
        return max(self.duration - self.allotted, timedelta(0))


@dataclass(frozen=True)
class Segment:
    """A part of a block, with its own speakers and notes."""

    id: uuid.UUID
    title: str
    description: str
    planned_start: time | None
    planned_end: time | None


@dataclass
class BlockRun:
    id: uuid.UUID
    title: str
    kind: BlockKind
    planned_start: datetime | None
    planned_end: datetime | None
    actual_start: datetime | None
    actual_end: datetime | None
    segments: list[Segment] = field(default_factory=list)
    section: str = ""  # the heading the block sits under in the programme
    description: str = ""
    # Each time it ran (a block taken up again later has two): (start, end or None).
    intervals: list[tuple[datetime, datetime | None]] = field(default_factory=list)


@dataclass
class Workshop:
    """A workshop of the Open Space as its report tells it (the topic's, when none)."""

    title: str
    slot: SlotView
    room: str
    convener: str
    note_taker: str = ""
    count: int | None = None
    names: str = ""
    key_points: str = ""
    status: str = ReportStatus.MISSING
    proposals: list[tuple[str, int]] = field(default_factory=list)
    topic_id: uuid.UUID | None = None
    description: str = ""


@dataclass
class OpenSpace:
    """The Open Space of the event: its board, its workshops, the proposals ranked."""

    board: Board
    workshops: list[Workshop]
    ranking: list[RankedProposal]


@dataclass
class Synthesis:
    title: str
    venue: str
    organiser: str
    tz: ZoneInfo
    dates: list[date]
    days: list[tuple[str | date, list[BlockRun]]]  # a day: its label, else its date
    notes: list[NoteRow]
    turns: list[Turn]
    authors: list[str]
    openspace: OpenSpace | None = None  # None when the event had none
    logo: Path | None = None  # an image for the cover, chosen at export time
    # Each block's and segment's list of speakers, in order (planned and from the floor).
    speakers: dict[uuid.UUID, list[SpeakerLine]] = field(default_factory=dict)
    note_topics: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)  # note → topic
    made: datetime | None = None  # when the document was made

    @property
    def blocks(self) -> list[BlockRun]:
        return [b for _label, blocks in self.days for b in blocks]

    @property
    def ran(self) -> bool:
        """Whether the event has begun: a block was started or someone took the floor. A day
        not yet run is exported as its programme, not as a synthesis of nothing."""
        return bool(self.turns) or any(b.actual_start for b in self.blocks)

    def notes_of(self, block_id: uuid.UUID) -> list[NoteRow]:
        """The notes linked to a block or a segment, oldest first."""
        return self._by_block().get(block_id, [])

    def notes_of_topic(self, topic_id: uuid.UUID) -> list[NoteRow]:
        """The notes linked to an Open Space topic (its next steps included)."""
        cached: dict[uuid.UUID, list[NoteRow]] | None = self.__dict__.get("_notes_by_topic")
        if cached is None:
            cached = {}
            for n in self.notes:
                if (topic := self.note_topics.get(n.id)) is not None:
                    cached.setdefault(topic, []).append(n)
            self.__dict__["_notes_by_topic"] = cached
        return cached.get(topic_id, [])

    def day_notes(self) -> list[NoteRow]:
        """The notes linked to the day as a whole (neither a block nor a topic)."""
        return [n for n in self.notes if n.block_id is None and n.id not in self.note_topics]

    def _by_block(self) -> dict[uuid.UUID, list[NoteRow]]:
        cached: dict[uuid.UUID, list[NoteRow]] | None = self.__dict__.get("_notes_by_block")
        if cached is None:
            cached = {}
            for n in self.notes:
                if n.block_id is not None:
                    cached.setdefault(n.block_id, []).append(n)
            self.__dict__["_notes_by_block"] = cached
        return cached


def gather(s: Session, now: datetime, include_internal: bool = False) -> Synthesis:
    """Read everything the synthesis shows; internal notes only when asked for."""
    ev = queries.the_event(s)
    tz = ZoneInfo(ev.timezone)
    days = []
    segments_of: dict[uuid.UUID, list[Segment]] = {}
    for b in s.scalars(
        select(AgendaBlock).where(AgendaBlock.parent_id.is_not(None)).order_by(AgendaBlock.position)
    ):
        assert b.parent_id is not None, "the query reads segments only"
        segments_of.setdefault(b.parent_id, []).append(
            Segment(b.id, b.title, b.description, b.planned_start, b.planned_end)
        )
    details = {
        b.id: (b.section, b.description)
        for b in s.scalars(select(AgendaBlock).where(AgendaBlock.parent_id.is_(None)))
    }
    for day in queries.days(s):
        runs = []
        for t in day_timings(s, day, tz, now):
            section, description = details.get(t.id, ("", ""))
            runs.append(
                BlockRun(
                    t.id,
                    t.title,
                    t.kind,
                    t.planned_start,
                    t.planned_end,
                    t.reading.first_start,
                    t.reading.last_end,
                    segments_of.get(t.id, []),
                    section,
                    description,
                    list(t.reading.intervals),
                )
            )
        days.append((day.label or day.date or "", runs))
    from facilitateur.export.pdf.openspace_section import gather_openspace  # it needs sections

    notes = [n for n in note_rows(s) if include_internal or not n.internal]
    topic_of = {
        note_id: topic_id
        for note_id, topic_id in s.execute(
            select(Note.id, Note.topic_id).where(Note.topic_id.is_not(None))
        )
        if topic_id is not None  # (as the query asks: for the types)
    }
    authors = sorted({n.author for n in notes if n.author})
    return Synthesis(
        ev.title,
        ev.venue,
        ev.organiser,
        tz,
        [d.date for d in queries.days(s) if d.date],
        days,
        notes,
        turns(s, now),
        authors,
        gather_openspace(s),
        speakers=speaker_lines(s, now),
        note_topics=topic_of,
        made=now,
    )


def speaker_lines(s: Session, now: datetime) -> dict[uuid.UUID, list[SpeakerLine]]:
    """Every list of speakers of the event by block (or segment) id, in list order."""
    ev = queries.the_event(s)
    blocks = {b.id: b for b in s.scalars(select(AgendaBlock))}
    rows = s.execute(
        select(SpeakerEntry, Person)
        .join(Person, SpeakerEntry.person_id == Person.id)
        .order_by(SpeakerEntry.block_id, SpeakerEntry.position)
    ).all()
    marks = speaker_marks(s, [e.id for e, _p in rows if e.status != WAITING])
    out: dict[uuid.UUID, list[SpeakerLine]] = {}
    for e, p in rows:
        block = blocks[e.block_id]
        allotted = timedelta(
            seconds=allotted_for(
                e, block, blocks.get(block.parent_id) if block.parent_id else None, ev
            )
        )
        spoke = e.status != WAITING
        duration = read_timer(marks[e.id], allotted, now).elapsed if spoke else timedelta(0)
        out.setdefault(e.block_id, []).append(
            SpeakerLine(
                p.name,
                p.role,
                p.organisation,
                p.category,
                e.topic,
                e.speech_type,
                spoke,
                duration,
                allotted,
            )
        )
    return out


def event_has_run(s: Session) -> bool:
    """Whether a block or a speaker's timer was ever started (what `Synthesis.ran` says,
    asked of the file without reading the whole event)."""
    q = select(TimerTransition.id).where(TimerTransition.kind == Transition.STARTED).limit(1)
    return s.scalar(q) is not None


def overrun(blocks: list[BlockRun]) -> timedelta | None:
    """How much later than planned the last block that ran ended."""
    done = [(b.actual_end, b.planned_end) for b in blocks if b.actual_end and b.planned_end]
    if not done:
        return None
    actual_end, planned_end = done[-1]
    return actual_end - planned_end
