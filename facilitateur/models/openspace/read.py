"""The Open Space as its screen shows it, read from an event file into plain values: the board
with the proposals ranked and the reports' gist, a workshop's report as stored, and the days
with their Open Space hours."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitateur.models import queries
from facilitateur.models.commands.openspace_refs import open_space_block
from facilitateur.models.notes.model import Note, NoteKind
from facilitateur.models.openspace.board import Board, RankedProposal, ranked_proposals, read_board
from facilitateur.models.openspace.model import Proposal, ReportStatus, WorkshopReport
from facilitateur.models.storage.store import EventFile


def board_of(ef: EventFile) -> Board:
    """The board as it is in the file."""
    with ef.session() as s:
        return read_board(s)


@dataclass(frozen=True)
class ReportGist:
    """What the report-back shows of a workshop's report."""

    convener: str
    key_points: str


@dataclass(frozen=True)
class OpenSpaceView:
    """Everything the Open Space screen shows, read at once."""

    board: Board
    proposals: tuple[RankedProposal, ...]
    reports: dict[uuid.UUID, ReportGist]  # by topic


def open_space(ef: EventFile) -> OpenSpaceView:
    """The board, the ranked proposals and the gist of every report."""
    with ef.session() as s:
        q = select(WorkshopReport.topic_id, WorkshopReport.convener, WorkshopReport.key_points)
        return OpenSpaceView(
            read_board(s),
            tuple(ranked_proposals(s)),
            {tid: ReportGist(conv, pts) for tid, conv, pts in s.execute(q)},
        )


@dataclass(frozen=True)
class OpenSpaceDay:
    """A day of the event with the hours of its Open Space block (None: no such block)."""

    id: uuid.UUID
    label: str
    date: date | None
    start: time | None
    end: time | None


def open_space_days(ef: EventFile) -> list[OpenSpaceDay]:
    """The event's days in order, each with its Open Space block's hours."""
    out: list[OpenSpaceDay] = []
    with ef.session() as s:
        for day in queries.days(s):
            block = open_space_block(s, day)
            start, end = (block.planned_start, block.planned_end) if block else (None, None)
            out.append(OpenSpaceDay(day.id, day.label, day.date, start, end))
    return out


@dataclass(frozen=True)
class NextStepLine:
    """A next step of a workshop: an action note on its topic."""

    text: str
    owner: str
    due: date | None


@dataclass(frozen=True)
class StoredReport:
    """A workshop's report as stored; `exists` is False when none was written yet (the
    fields are then empty, its next steps may still exist)."""

    exists: bool
    convener: str = ""
    note_taker: str = ""
    participants_count: int | None = None
    participant_names: str = ""
    key_points: str = ""
    status: ReportStatus = ReportStatus.MISSING
    version: int | None = None
    proposals: tuple[str, ...] = ()
    next_steps: tuple[NextStepLine, ...] = ()


def _stored_report(s: Session, topic_id: uuid.UUID) -> StoredReport:
    report = s.scalars(select(WorkshopReport).where(WorkshopReport.topic_id == topic_id)).first()
    q = select(Note).where(Note.topic_id == topic_id, Note.kind == NoteKind.ACTION)
    steps = tuple(
        NextStepLine(n.text, n.owner, n.due)
        for n in s.scalars(q.order_by(Note.created_at, Note.id))
    )
    if report is None:
        return StoredReport(False, next_steps=steps)
    proposals = select(Proposal.text).where(Proposal.report_id == report.id)
    return StoredReport(
        True,
        report.convener,
        report.note_taker,
        report.participants_count,
        report.participant_names,
        report.key_points,
        report.status,
        report.version,
        tuple(s.scalars(proposals.order_by(Proposal.position))),
        steps,
    )


def read_report(ef: EventFile, topic_id: uuid.UUID | None) -> StoredReport:
    """The report of a topic as stored (an empty one for no topic)."""
    if topic_id is None:
        return StoredReport(False)
    with ef.session() as s:
        return _stored_report(s, topic_id)
