"""The Open Space board read at once: rooms, slots, topics, placements, reports — and conflicts."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitateur.models import queries
from facilitateur.models.commands.openspace_refs import open_space_block, rooms, slots, topics
from facilitateur.models.openspace.conveners import convener_names
from facilitateur.models.openspace.model import (
    Placement,
    Proposal,
    ReportStatus,
    Topic,
    WorkshopReport,
)
from facilitateur.models.text.datetime_forms import DateTimeForms

Cell = tuple[uuid.UUID, uuid.UUID]  # (room id, slot id)


@dataclass(frozen=True)
class RoomView:
    id: uuid.UUID
    name: str
    capacity: int | None
    notes: str


@dataclass(frozen=True)
class SlotView:
    id: uuid.UUID
    start: time
    end: time
    outside: bool  # outside the Open Space block's hours on its day
    day: str = ""  # the day's label, only when the board spans several days
    day_date: date | None = None  # the day's date, only when the board spans several days

    @property
    def hours(self) -> str:
        """`14:30–15:20`: the slot as the command line and the journal write times."""
        return f"{self.start:%H:%M}–{self.end:%H:%M}"

    def day_name(self, forms: DateTimeForms) -> str:
        """The slot's day (its label, else its date) when the board spans several; else ""."""
        return self.day or forms.short_date(self.day_date)

    def label(self, forms: DateTimeForms) -> str:
        """`9 h 15 – 10 h 30`, `Samedi · 9 h 15 – 10 h 30` (the day when there are
        several), in the forms of every screen."""
        hours = forms.span(self.start, self.end)
        day = self.day_name(forms)
        return f"{day} · {hours}" if day else hours


@dataclass(frozen=True)
class TopicView:
    id: uuid.UUID
    number: int  # 1-based place on the marketplace: `#N` in commands
    title: str
    convener: str
    description: str
    interest: int
    report: ReportStatus

    @property
    def conveners(self) -> list[str]:
        return convener_names(self.convener)


class ConflictKind(StrEnum):
    """What is wrong on the board, in the order it is said: what cannot happen first (a
    person in two places, two groups in one room), then the rest."""

    CONVENER = "convener"  # a person convenes two workshops at once
    DOUBLE = "double"  # two topics in one cell
    OUTSIDE = "outside"  # a slot outside the Open Space hours
    CAPACITY = "capacity"  # more interested than seats


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    topics: tuple[uuid.UUID, ...]
    cell: Cell | None
    detail: str  # the person, or the figures, for the message


@dataclass
class Board:
    rooms: list[RoomView]
    slots: list[SlotView]
    topics: list[TopicView]
    placed: dict[uuid.UUID, Cell] = field(default_factory=dict)
    pinned: set[uuid.UUID] = field(default_factory=set)

    def topic(self, topic_id: uuid.UUID) -> TopicView | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    def at(self, cell: Cell) -> list[TopicView]:
        """The topics in a cell (more than one only when forced)."""
        return [t for t in self.topics if self.placed.get(t.id) == cell]

    def unplaced(self) -> list[TopicView]:
        return [t for t in self.topics if t.id not in self.placed]

    def conflicts(self) -> list[Conflict]:
        """Everything wrong on the board now, in a stable order."""
        out: list[Conflict] = []
        capacity = {r.id: r.capacity for r in self.rooms}
        outside = {s.id for s in self.slots if s.outside}
        by_cell: dict[Cell, list[uuid.UUID]] = defaultdict(list)
        by_slot_person: dict[tuple[uuid.UUID, str], list[uuid.UUID]] = defaultdict(list)
        names: dict[str, str] = {}
        for t in self.topics:
            cell = self.placed.get(t.id)
            if cell is None:
                continue
            by_cell[cell].append(t.id)
            for name in t.conveners:
                by_slot_person[(cell[1], name.casefold())].append(t.id)
                names[name.casefold()] = name
            cap = capacity.get(cell[0])
            if cap is not None and t.interest > cap:
                out.append(Conflict(ConflictKind.CAPACITY, (t.id,), cell, f"{t.interest} > {cap}"))
            if cell[1] in outside:
                out.append(Conflict(ConflictKind.OUTSIDE, (t.id,), cell, ""))
        for cell, ids in by_cell.items():
            if len(ids) > 1:
                out.append(Conflict(ConflictKind.DOUBLE, tuple(ids), cell, str(len(ids))))
        for (_slot, key), ids in by_slot_person.items():
            if len(ids) > 1:
                out.append(Conflict(ConflictKind.CONVENER, tuple(ids), None, names[key]))
        order = list(ConflictKind)
        return sorted(out, key=lambda c: order.index(c.kind))

    def sessions(self) -> list[tuple[TopicView, RoomView, SlotView]]:
        """The placed topics with their room and slot, in the board's order: slot by slot,
        room by room (the order of the report-back, the reports and the proceedings)."""
        rooms = {r.id: (i, r) for i, r in enumerate(self.rooms)}
        slots = {s.id: (i, s) for i, s in enumerate(self.slots)}
        found = [
            (slots[cell[1]], rooms[cell[0]], t)
            for t in self.topics
            if (cell := self.placed.get(t.id)) is not None
        ]
        found.sort(key=lambda x: (x[0][0], x[1][0], x[2].number))
        return [(t, room, slot) for (_i, slot), (_j, room), t in found]

    def report_counts(self) -> dict[ReportStatus, int]:
        """How many placed topics have their report missing, in draft, done."""
        counts = dict.fromkeys(ReportStatus, 0)
        for t in self.topics:
            if t.id in self.placed:
                counts[t.report] += 1
        return counts


@dataclass(frozen=True)
class RankedProposal:
    id: uuid.UUID
    text: str
    votes: int
    workshop: str
    rank: int  # 1 for the most dots; equal dots, equal rank


def ranked_proposals(s: Session) -> list[RankedProposal]:
    """Every proposal of every report, most dots first (then in marketplace and report order),
    ranked as in a competition: 1, 2, 2, 4."""
    q = (
        select(Proposal.id, Proposal.text, Proposal.votes, Topic.title)
        .join(WorkshopReport, Proposal.report_id == WorkshopReport.id)
        .join(Topic, WorkshopReport.topic_id == Topic.id)
        .order_by(Proposal.votes.desc(), Topic.position, Proposal.position)
    )
    out: list[RankedProposal] = []
    for i, (pid, text, votes, title) in enumerate(s.execute(q)):
        rank = out[-1].rank if out and out[-1].votes == votes else i + 1
        out.append(RankedProposal(pid, text, votes, title, rank))
    return out


def read_board(s: Session) -> Board:
    """The board as it is in the file."""
    windows = {}
    for day in queries.days(s):
        block = open_space_block(s, day)
        if block is not None and block.planned_start and block.planned_end:
            windows[day.id] = (block.planned_start, block.planned_end)
    slot_views = []
    all_slots = slots(s)
    several = len({sl.day_id for sl in all_slots}) > 1
    names = {d.id: (d.label, d.date) for d in queries.days(s)}
    for sl in all_slots:
        win = windows.get(sl.day_id)
        out = win is not None and (sl.start < win[0] or sl.end > win[1])
        label, day_date = names.get(sl.day_id, ("", None)) if several else ("", None)
        slot_views.append(
            SlotView(sl.id, sl.start, sl.end, out, label, None if label else day_date)
        )
    q = select(WorkshopReport.topic_id, WorkshopReport.status)
    status = {topic_id: value for topic_id, value in s.execute(q)}
    board = Board(
        rooms=[RoomView(r.id, r.name, r.capacity, r.notes) for r in rooms(s)],
        slots=slot_views,
        topics=[
            TopicView(
                t.id,
                i,
                t.title,
                t.convener,
                t.description,
                t.interest,
                status.get(t.id, ReportStatus.MISSING),
            )
            for i, t in enumerate(topics(s), start=1)
        ],
    )
    for p in s.scalars(select(Placement)):
        board.placed[p.topic_id] = (p.room_id, p.slot_id)
        if p.pinned:
            board.pinned.add(p.topic_id)
    return board
