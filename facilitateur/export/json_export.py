"""The whole event as one JSON document (described in docs/file-format.md)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitateur.export.atomic import atomic_text
from facilitateur.models import queries
from facilitateur.models.agenda.model import AgendaBlock, Person, TimerTransition, Transition
from facilitateur.models.agenda.timing import Mark, read_timer
from facilitateur.models.notes.model import Note
from facilitateur.models.openspace.model import (
    Placement,
    Proposal,
    Room,
    Slot,
    Topic,
    WorkshopReport,
)
from facilitateur.models.storage.base import Base
from facilitateur.models.storage.journal import JournalEntry
from facilitateur.models.storage.rowcodec import encode

FORMAT = "facilitateur-event"
VERSION = 1
# Columns implied by where a row sits in the document.
NESTED_KEYS = frozenset(
    {"event_id", "day_id", "parent_id", "block_id", "speaker_entry_id", "report_id"}
)


# The count of a row's changes, by which a shared event's laptops tell a change made meanwhile
# (commands.core.check_version): a state of the work between laptops, not the event's content.
NOT_CONTENT = frozenset({"version"})


def row(obj: Base, drop: frozenset[str] = NESTED_KEYS) -> dict[str, Any]:
    """A row's columns as JSON values, without the keys its place in the document implies."""
    return {
        c.key: encode(getattr(obj, c.key))
        for c in obj.__mapper__.column_attrs
        if c.key not in drop and c.key not in NOT_CONTENT
    }


def _transitions(s: Session, **where: Any) -> list[dict[str, Any]]:
    q = select(TimerTransition).filter_by(**where).order_by(TimerTransition.at, TimerTransition.seq)

    return [row(t) for t in s.scalars(q)]


def _block(s: Session, b: AgendaBlock) -> dict[str, Any]:
    out = row(b)
    transitions = _transitions(s, block_id=b.id, speaker_entry_id=None)
    starts = [t["at"] for t in transitions if t["kind"] == Transition.STARTED]
    ends = [t["at"] for t in transitions if t["kind"] == Transition.ENDED]
    out["actual_start"] = starts[0] if starts else None
    out["actual_end"] = ends[-1] if ends else None
    # Each time it ran: a block taken up again later has a second interval.
    marks = [Mark(Transition(t["kind"]), datetime.fromisoformat(t["at"])) for t in transitions]
    out["intervals"] = [
        {"start": encode(a), "end": encode(b)}
        for a, b in read_timer(marks, None, datetime.now(UTC)).intervals
    ]
    out["transitions"] = transitions
    out["speakers"] = []
    for entry, _person in queries.speakers_of(s, b.id):
        e = row(entry)
        e["turns"] = _transitions(s, speaker_entry_id=entry.id)
        out["speakers"].append(e)
    out["segments"] = [_block(s, seg) for seg in queries.segments(s, b.id)]
    return out


def event_document(s: Session, include_internal: bool = False) -> dict[str, Any]:
    """The event, its days, blocks, speakers, notes, Open Space and journal as plain data.

    Internal notes (for the moderator) are left out unless asked for, and so are the journal
    entries that touch them, since those carry their text.
    """
    internal = (
        set()
        if include_internal
        else {str(i) for i in s.scalars(select(Note.id).where(Note.internal))}
    )
    days = []
    for d in queries.days(s):
        day = row(d)
        day["blocks"] = [_block(s, b) for b in queries.top_blocks(s, d.id)]
        days.append(day)
    reports = []
    for r in s.scalars(select(WorkshopReport).order_by(WorkshopReport.id)):
        rep = row(r)
        q = select(Proposal).where(Proposal.report_id == r.id).order_by(Proposal.position)
        rep["proposals"] = [row(p) for p in s.scalars(q)]
        reports.append(rep)

    def all_rows(
        model: type[Person | Note | Room | Slot | Topic | Placement], order: Any
    ) -> list[dict[str, Any]]:
        # Ties broken by id: the same document from a file and from a shared event.
        q = select(model).order_by(order, model.id)
        return [row(o, frozenset()) for o in s.scalars(q)]

    journal = [
        {
            "seq": e.seq,
            "at": encode(e.at),
            "cmd": e.cmd,
            "args": json.loads(e.args),
            "changes": json.loads(e.changes),
            "state": e.state,
        }
        for e in s.scalars(select(JournalEntry).order_by(JournalEntry.seq))
        if not _touches(e, internal)
    ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "event": row(queries.the_event(s)),
        "days": days,
        "people": all_rows(Person, Person.name),
        "notes": [n for n in all_rows(Note, Note.created_at) if n["id"] not in internal],
        "open_space": {
            "rooms": all_rows(Room, Room.position),
            "slots": all_rows(Slot, Slot.start),
            "topics": all_rows(Topic, Topic.position),
            "placements": all_rows(Placement, Placement.id),
            "reports": reports,
        },
        "journal": journal,
    }


def _touches(entry: JournalEntry, ids: set[str]) -> bool:
    if not ids:
        return False
    if entry.cmd.startswith("note.") and json.loads(entry.args).get("internal"):
        return True
    return any(i in entry.changes for i in ids)


def write_json_atomically(data: Any, out: Path) -> None:
    """Write JSON to `out` whole or not at all."""
    with atomic_text(out) as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def export_json(s: Session, out: Path, include_internal: bool = False) -> None:
    """Write the event document to `out` (atomically)."""
    write_json_atomically(event_document(s, include_internal), out)
