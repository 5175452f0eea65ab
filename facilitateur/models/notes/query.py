"""Notes as the notes screen lists them (with a folded text for accent-insensitive search)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from facilitateur.models.agenda.model import AgendaBlock, Person
from facilitateur.models.notes.model import Note, NoteKind
from facilitateur.models.openspace.model import Topic
from facilitateur.models.storage.store import EventFile
from facilitateur.models.text.folding import fold


@dataclass(frozen=True)
class NoteRow:
    id: uuid.UUID
    created_at: datetime
    kind: NoteKind
    text: str
    block_id: uuid.UUID | None
    place: str  # the block (or "parent › segment"), or the topic
    speaker: str
    owner: str
    due: date | None
    status: str
    author: str
    internal: bool
    search: str  # folded text of every searchable field
    version: int = 1  # the note's version as read (a change made on it says so)


def note_rows(s: Session, ids: Iterable[uuid.UUID] | None = None) -> list[NoteRow]:
    """Every note of the event (or those of `ids`), oldest first, with the names of what it is
    linked to."""
    parent = aliased(AgendaBlock)
    q = (
        select(Note, AgendaBlock.title, parent.title, Person.name, Topic.title)
        .outerjoin(AgendaBlock, Note.block_id == AgendaBlock.id)
        .outerjoin(parent, AgendaBlock.parent_id == parent.id)
        .outerjoin(Person, Note.speaker_id == Person.id)
        .outerjoin(Topic, Note.topic_id == Topic.id)
        .order_by(Note.created_at, Note.id)
    )
    if ids is not None:
        q = q.where(Note.id.in_(list(ids)))
    rows = []
    for n, block, parent_title, speaker, topic in s.execute(q):
        place = f"{parent_title} › {block}" if parent_title else (block or topic or "")
        search = fold(" ".join((n.text, place, speaker or "", n.owner, n.author)))
        rows.append(
            NoteRow(
                n.id,
                n.created_at,
                n.kind,
                n.text,
                n.block_id,
                place,
                speaker or "",
                n.owner,
                n.due,
                n.status,
                n.author,
                n.internal,
                search,
                n.version,
            )
        )
    return rows


def read_notes(ef: EventFile, ids: Iterable[uuid.UUID] | None = None) -> list[NoteRow]:
    """The notes of the event file (or those of `ids`), as `note_rows` reads them."""
    with ef.session() as s:
        return note_rows(s, ids)
