"""Events of any size as the synthesis' plain data (what `gather` reads from a file), for the
property test of the layout: one block or 200, one person or 2,000, one day or five."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from facilitateur.export.pdf.data import (
    BlockRun,
    OpenSpace,
    Segment,
    SpeakerLine,
    Synthesis,
    Workshop,
)
from facilitateur.models.notes.query import NoteRow
from facilitateur.models.openspace.board import Board, RankedProposal, RoomView, SlotView, TopicView
from facilitateur.models.openspace.model import ReportStatus
from facilitateur.models.speakers.stats import Turn

PARIS = ZoneInfo("Europe/Paris")
KINDS = ("note", "decision", "action", "idea", "quote", "question")


@dataclass(frozen=True)
class Size:
    days: int
    blocks: int  # in all, spread over the days
    people: int
    turns: int
    notes: int
    workshops: int
    rooms: int
    categories: int
    ran: bool = True


def event(size: Size, texts: list[str], seed: int = 0) -> Synthesis:
    """A random event of that size; `texts` are drawn for titles, names and notes."""
    rng = random.Random(seed)

    def text(low: int = 0) -> str:
        t = rng.choice(texts) if texts else ""
        return t if len(t) >= low else (t + " sujet")

    start_day = date(2016, 1, 19)
    per_day = max(size.blocks // size.days, 1)
    days, all_blocks = [], []
    count = 0
    for d in range(size.days):
        day = start_day + timedelta(days=d)
        blocks = []
        n = per_day if d < size.days - 1 else max(size.blocks - count, 0)
        length = max(min(600 // max(n, 1), 120), 1)  # minutes: a day of 10 hours at most
        for i in range(n):
            planned = datetime.combine(day, time(8), PARIS) + timedelta(minutes=i * length)
            actual = planned + timedelta(minutes=rng.randint(-5, 20)) if size.ran else None
            segments = [
                Segment(uuid.uuid4(), text(1), text(), None, None)
                for _ in range(rng.choice((0, 0, 0, 2)))
            ]
            blocks.append(
                BlockRun(
                    uuid.uuid4(),
                    text(1),
                    "plenary",
                    planned,
                    planned + timedelta(minutes=length),
                    actual,
                    actual + timedelta(minutes=length + rng.randint(-3, 9)) if actual else None,
                    segments,
                    text() if rng.random() < 0.2 else "",
                    text() if rng.random() < 0.2 else "",
                )
            )
        count += n
        days.append((f"Jour {d + 1}" if d else text(), blocks))
        all_blocks += blocks
    categories = [text() for _ in range(size.categories)] or [""]
    people = [
        (uuid.uuid4(), text(1), text(), text(), rng.choice(categories))
        for _ in range(max(size.people, 1))
    ]
    places = [b.id for b in all_blocks] + [s.id for b in all_blocks for s in b.segments]
    speakers: dict = {}
    turns = []
    t0 = datetime(2016, 1, 19, 8, tzinfo=UTC)
    for k in range(size.turns if size.ran else 0):
        pid, name, role, organisation, category = people[k % len(people)]
        block = rng.choice(all_blocks) if all_blocks else None
        if block is None:
            break
        spoken = timedelta(seconds=rng.randint(5, 900))
        allotted = timedelta(seconds=300)
        speakers.setdefault(block.id, []).append(
            SpeakerLine(
                name, role, organisation, category, text(), "intervention", True, spoken, allotted
            )
        )
        turns.append(
            Turn(block.title, pid, name, role, organisation, category, "intervention",
                 t0 + timedelta(seconds=k), t0 + timedelta(seconds=k) + spoken, spoken, allotted)
        )  # fmt: skip
    if not size.ran:  # a programme: the planned speakers
        for k, (_pid, name, role, organisation, category) in enumerate(people):
            if places:
                speakers.setdefault(places[k % len(places)], []).append(
                    SpeakerLine(name, role, organisation, category, text(), "intervention",
                                False, timedelta(0), timedelta(seconds=300))
                )  # fmt: skip
    notes = []
    for k in range(size.notes):
        kind = rng.choice(KINDS)
        place = rng.choice(places) if places and rng.random() < 0.95 else None
        notes.append(
            NoteRow(uuid.uuid4(), t0 + timedelta(seconds=k), kind, text(), place,
                    text() if place else "", text() if kind == "quote" else "",
                    text() if kind == "action" else "",
                    date(2016, 3, 1) if kind == "action" else None, "open", text(), False, "")
        )  # fmt: skip
    openspace = None
    if size.workshops:
        rooms = [RoomView(uuid.uuid4(), text(1), 30, "") for _ in range(max(size.rooms, 1))]
        n_slots = -(-size.workshops // len(rooms))
        slots = [
            SlotView(uuid.uuid4(), time(9 + (s % 9)), time(9 + (s % 9), 45), False)
            for s in range(n_slots)
        ]
        topics = [
            TopicView(uuid.uuid4(), i + 1, text(1), text(), text(), 0, ReportStatus.DONE)
            for i in range(size.workshops)
        ]
        board = Board(rooms, slots, topics)
        workshops = []
        for i, topic in enumerate(topics):
            room, slot = rooms[i % len(rooms)], slots[i // len(rooms)]
            board.placed[topic.id] = (room.id, slot.id)
            workshops.append(
                Workshop(topic.title, slot, room.name, topic.convener, text(), rng.randint(0, 40),
                         text(), "\n".join(text() for _ in range(3)), "done",
                         [(text(), rng.randint(0, 9))], topic.id, topic.description)
            )  # fmt: skip
        ranking = [
            RankedProposal(uuid.uuid4(), w.proposals[0][0], w.proposals[0][1], w.title, 1)
            for w in workshops
        ]
        openspace = OpenSpace(board, workshops, ranking)
    return Synthesis(
        text(),
        text(),
        text(),
        PARIS,
        [start_day + timedelta(days=d) for d in range(size.days)],
        days,
        notes,
        turns,
        sorted({n.author for n in notes if n.author})[:50],
        openspace,
        speakers=speakers,
        made=datetime(2016, 1, 19, 19, tzinfo=UTC),
    )
