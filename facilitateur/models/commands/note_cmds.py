"""Commands on notes, decisions, actions, ideas, quotes and questions."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import func, select

from facilitateur.models import queries
from facilitateur.models.commands.core import (
    MAX_NOTE,
    VERSION,
    CommandError,
    Context,
    Param,
    ParamType,
    check_version,
    command,
)
from facilitateur.models.commands.refs import resolve_block
from facilitateur.models.notes.model import ActionStatus, Note, NoteKind
from facilitateur.models.openspace.model import Topic
from facilitateur.models.refusal import Refusal

KINDS = tuple(k.value for k in NoteKind)
STATUSES = tuple(s.value for s in ActionStatus)
NOTE_DOC = "the note's id"

_FIELDS = (
    Param("kind", ParamType.CHOICE, choices=KINDS, nullable=False, doc="default `note`"),
    Param(
        "text",
        ParamType.TEXT,
        max_len=MAX_NOTE,
        nullable=False,
        doc="simple markup: **bold**, *italic*, `- ` lists",
    ),
    Param(
        "speaker",
        ParamType.STR,
        max_len=300,
        doc="the person quoted or speaking (by name); empty: none",
    ),
    Param("owner", ParamType.STR, max_len=300, nullable=False, doc="who does it (actions)"),
    Param("due", ParamType.DATE, doc="by when (actions)"),
    Param(
        "internal",
        ParamType.BOOL,
        nullable=False,
        doc="for the moderator only: left out of exports",
    ),
    Param("author", ParamType.STR, max_len=300, nullable=False, doc="the note-taker"),
)


def _speaker_id(c: Context, name: str | None) -> uuid.UUID | None:
    if not name:
        return None
    person = queries.person_named(c.session, name)
    if person is None:
        raise CommandError(f"nobody named {name!r} in this event", Refusal.NOBODY_NAMED, name=name)
    return person.id


def _apply(c: Context, note: Note) -> None:
    for key in ("kind", "text", "owner", "due", "internal", "author"):
        if key in c.args:
            setattr(note, key, c.args[key].strip() if isinstance(c.args[key], str) else c.args[key])
    if "speaker" in c.args:
        note.speaker_id = _speaker_id(c, c.args["speaker"])
    if note.kind == NoteKind.ACTION and not note.status:
        note.status = ActionStatus.OPEN
    if note.kind != NoteKind.ACTION:
        note.status = ""
    if not note.text:
        raise CommandError("a note needs some text", Refusal.NOTE_TEXT)
    note.updated_at = c.clock.now()


def _note(c: Context) -> Note:
    note = c.session.get(Note, c.args["note"])
    if note is None:
        raise CommandError(f"no note {c.args['note']}", Refusal.GONE)
    return note


def _creation_instant(c: Context) -> datetime:
    """Now, or a microsecond after the latest note when that is not earlier (notes replayed
    within one second, a clock set back): notes keep the order in which they were written,
    on every engine, without relying on how one of them happens to store rows."""
    now = c.clock.now()
    latest = c.session.scalar(select(func.max(Note.created_at)))
    if latest is not None and latest >= now:
        now = latest + timedelta(microseconds=1)
    return now


def _target(c: Context, note: Note) -> None:
    if c.args.get("block") and c.args.get("topic"):
        raise CommandError(
            "a note belongs to a block or to a topic, not both", Refusal.BAD_ARGUMENTS
        )
    if c.args.get("block"):
        note.block_id, note.topic_id = resolve_block(c.session, c.args["block"]).id, None
    elif c.args.get("topic"):
        topic = c.session.get(Topic, c.args["topic"])
        if topic is None:
            raise CommandError(f"no topic {c.args['topic']}", Refusal.GONE)
        note.block_id, note.topic_id = None, topic.id
    else:
        note.block_id = note.topic_id = None


@command(
    "note.add",
    Param("block", ParamType.REF, doc="the block or segment it belongs to"),
    Param("topic", ParamType.UUID, doc="or the Open Space topic"),
    Param(
        "text",
        ParamType.TEXT,
        required=True,
        max_len=MAX_NOTE,
        doc="simple markup: **bold**, *italic*, `- ` lists",
    ),
    *(p for p in _FIELDS if p.name != "text"),
    Param("id", ParamType.UUID, doc="id of the new note (generated when absent)"),
)
def note_add(c: Context) -> None:
    """Write down a note, decision, action, idea, quote or question."""
    now = _creation_instant(c)
    note = Note(
        id=c.new_id(),
        kind=NoteKind.NOTE,
        owner="",
        author="",
        internal=False,
        status="",
        created_at=now,
        updated_at=now,
    )
    _target(c, note)
    _apply(c, note)
    c.session.add(note)
    c.result["id"] = str(note.id)


@command(
    "note.update", Param("note", ParamType.UUID, required=True, doc=NOTE_DOC), *_FIELDS, VERSION
)
def note_update(c: Context) -> None:
    """Change a note's text, kind, speaker, owner, deadline, flag or author."""
    note = _note(c)
    check_version(c, note, "the note")
    _apply(c, note)
    c.result["version"] = note.version


@command(
    "note.move",
    Param("note", ParamType.UUID, required=True, doc=NOTE_DOC),
    Param("block", ParamType.REF, doc="the new block or segment"),
    Param("topic", ParamType.UUID, doc="or the new Open Space topic"),
)
def note_move(c: Context) -> None:
    """Link a note to another block, segment or topic (neither: to the day as a whole)."""
    note = _note(c)
    _target(c, note)
    note.updated_at = c.clock.now()


@command("note.remove", Param("note", ParamType.UUID, required=True, doc=NOTE_DOC))
def note_remove(c: Context) -> None:
    """Delete a note (undo brings it back)."""
    c.session.delete(_note(c))


@command(
    "action.set_status",
    Param("note", ParamType.UUID, required=True, doc="the action's id"),
    Param("status", ParamType.CHOICE, choices=STATUSES, required=True, doc="`open` or `done`"),
)
def action_set_status(c: Context) -> None:
    """Mark an action open or done."""
    note = _note(c)
    if note.kind != NoteKind.ACTION:
        raise CommandError("only an action has a status", Refusal.ONLY_ACTIONS)
    note.status = c.args["status"]
    note.updated_at = c.clock.now()
