"""Commands on a block's planned speakers (the live queue rules come with the speakers' screen)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from facilitateur.models import queries
from facilitateur.models.agenda.model import Person, SpeakerEntry, SpeakerStatus, SpeechType
from facilitateur.models.commands.core import (
    CommandError,
    Context,
    Param,
    ParamType,
    command,
    renumber,
)
from facilitateur.models.commands.refs import resolve_block
from facilitateur.models.refusal import Refusal
from facilitateur.models.text.plural import count

SPEECH_TYPES = tuple(t.value for t in SpeechType)


def find_or_add_person(
    c: Context, name: str, make_id: Callable[[], uuid.UUID] = uuid.uuid4, **fields: str | None
) -> Person:
    """The person of that name (case-insensitive), or a new one; empty fields get filled in."""
    s = c.session
    name = " ".join(name.split())
    person = queries.person_named(s, name)
    if person is None:
        person = Person(id=make_id(), name=name)
        s.add(person)
        s.flush()
    for key, value in fields.items():
        value = (value or "").strip()
        if value and not getattr(person, key):
            setattr(person, key, value)
    return person


@command(
    "speaker.add",
    Param("block", ParamType.REF, required=True, doc="`#N`, `#N.M`, exact title or id"),
    Param(
        "name",
        ParamType.STR,
        required=True,
        max_len=300,
        doc="found case-insensitively, or created",
    ),
    Param("role", ParamType.TEXT, max_len=2000, doc="filled in when the person has none yet"),
    Param("organisation", ParamType.STR, max_len=500, doc="likewise"),
    Param("category", ParamType.STR, max_len=200, doc="likewise, e.g. `Associations`"),
    Param("topic", ParamType.TEXT, max_len=2000, doc="what this speaker speaks about"),
    Param(
        "speech_type",
        ParamType.CHOICE,
        choices=SPEECH_TYPES,
        nullable=False,
        doc="default `intervention`",
    ),
    Param("allotted_seconds", ParamType.INT, doc="speaking time; null: the block's default"),
    Param("position", ParamType.INT, doc="1-based place in the list; default last"),
    Param("id", ParamType.UUID, doc="id of the list entry (generated when absent)"),
    Param("person_id", ParamType.UUID, doc="id of a person created here (generated when absent)"),
)
def speaker_add(c: Context) -> None:
    """Put a person (found by name, or created) on a block's list of speakers. A known
    person's organisation, role and category stay as on file; what was typed otherwise is
    returned in `kept` (`name`, `on_file`, `typed`) for the interface to say."""
    s = c.session
    block = resolve_block(s, c.args["block"])
    person = find_or_add_person(
        c,
        c.args["name"],
        lambda: c.new_id("person_id"),
        role=c.args.get("role"),
        organisation=c.args.get("organisation"),
        category=c.args.get("category"),
    )
    note_kept(c, person, ("organisation", "role", "category"))
    entries = [e for e, _ in queries.speakers_of(s, block.id)]
    pos = c.args.get("position")
    speech_type = c.args.get("speech_type", SpeechType.INTERVENTION)
    index = len(entries) if pos is None else pos - 1
    if not 0 <= index <= len(entries):
        raise CommandError(
            f"position must be between 1 and {len(entries) + 1}",
            Refusal.POSITION,
            last=len(entries) + 1,
        )
    if pos is None:
        index = place_in_queue(c, entries, person, speech_type)
    warn_turn_limit(c, person)
    allotted = c.args.get("allotted_seconds")
    if allotted is not None and allotted < 0:
        raise CommandError("allotted_seconds may not be negative", Refusal.NOT_NEGATIVE)
    entry = SpeakerEntry(
        id=c.new_id(),
        block_id=block.id,
        person_id=person.id,
        speech_type=speech_type,
        allotted_seconds=allotted,
        topic=(c.args.get("topic") or "").strip(),
        status="waiting",
    )
    entries.insert(index, entry)
    s.add(entry)
    renumber(entries)
    c.result["id"] = str(entry.id)


@command(
    "speaker.remove",
    Param("entry", ParamType.UUID, doc="the list entry's id"),
    Param("block", ParamType.REF, doc="with `name`: the block whose list to change"),
    Param("name", ParamType.STR, max_len=300, doc="with `block`: the person's name"),
)
def speaker_remove(c: Context) -> None:
    """Take a speaker off a block's list (by entry id, or by block and name)."""
    s = c.session
    if c.args.get("entry") is not None:
        entry = s.get(SpeakerEntry, c.args["entry"])
        if entry is None:
            raise CommandError(f"no speaker entry {c.args['entry']}", Refusal.GONE)
    elif c.args.get("block") and c.args.get("name"):
        block = resolve_block(s, c.args["block"])
        wanted = queries.name_key(c.args["name"])
        found = [
            e for e, p in queries.speakers_of(s, block.id) if queries.name_key(p.name) == wanted
        ]
        if not found:
            raise CommandError(
                f"{c.args['name']!r} is not on the list of {block.title!r}",
                Refusal.NOT_ON_LIST,
                name=c.args["name"],
                title=block.title,
            )
        entry = found[0]
    else:
        raise CommandError(
            "speaker.remove: give `entry`, or `block` and `name`", Refusal.BAD_ARGUMENTS
        )
    if entry.status != SpeakerStatus.WAITING:
        raise CommandError(
            "a speaker who has already spoken stays on the list", Refusal.ALREADY_SPOKE
        )
    rest = [e for e, _ in queries.speakers_of(s, entry.block_id) if e.id != entry.id]
    s.delete(entry)
    s.flush()
    renumber(rest)


def place_in_queue(
    c: Context, entries: list[SpeakerEntry], person: Person, speech_type: str
) -> int:
    """Where a new request to speak goes in a list (positions count from 0).

    A point of order goes to the top of those waiting; a reply right after the speaker under
    way; with `first_timers_first`, someone who has not spoken yet goes before those waiting who
    have; anyone else at the end.
    """
    from facilitateur.models.speakers.queue import UNDER_WAY, WAITING, spoken_turns

    waiting = [i for i, e in enumerate(entries) if e.status == WAITING]
    top = waiting[0] if waiting else len(entries)
    if speech_type == SpeechType.POINT_OF_ORDER:
        return top
    if speech_type == SpeechType.REPLY:
        speaking = [i for i, e in enumerate(entries) if e.status in UNDER_WAY]
        return speaking[0] + 1 if speaking else top
    if queries.the_event(c.session).first_timers_first:
        spoken = spoken_turns(c.session)
        if not spoken.get(person.id):
            repeat = [i for i in waiting if spoken.get(entries[i].person_id)]
            if repeat:
                return repeat[0]
    return len(entries)


def note_kept(c: Context, person: Person, keys: tuple[str, ...]) -> None:
    """A known person keeps what is on file (their organisation, role, category): what was
    typed otherwise is said in the result (`kept`: the name, what is on file, what was typed),
    so that it is never dropped unseen."""
    stored, typed = [], []
    for key in keys:
        value = " ".join((c.args.get(key) or "").split())
        on_file = getattr(person, key) or ""
        if value and value.casefold() != " ".join(on_file.split()).casefold():
            stored.append(on_file)
            typed.append(value)
    if typed:
        c.result["kept"] = {"name": person.name, "on_file": stored, "typed": typed}


def warn_turn_limit(c: Context, person: Person) -> None:
    """Past the event's limit of turns, the command says so (the moderator decides)."""
    from facilitateur.models.speakers.queue import spoken_turns

    limit = queries.the_event(c.session).turn_limit
    turns = spoken_turns(c.session).get(person.id, 0)
    if limit and turns >= limit:
        c.result["warning"] = (
            f"{person.name} has already spoken {count(turns, 'time')} (limit {limit})"
        )
        c.result["turn_limit"] = {"name": person.name, "turns": turns, "limit": limit}
