"""Giving the floor: start, pause, resume, stop, next speaker; move and re-add in the list."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitateur.models import queries
from facilitateur.models.agenda.dayplan import running_day
from facilitateur.models.agenda.model import (
    AgendaBlock,
    Person,
    SpeakerEntry,
    SpeechType,
    TimerTransition,
    Transition,
)
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
from facilitateur.models.speakers.queue import (
    DONE,
    PAUSED,
    SPEAKING,
    UNDER_WAY,
    WAITING,
    queue_blocks,
)
from facilitateur.models.storage.base import existing

BLOCK_DOC = "`#N`, `#N.M`, exact title or id; default: the block under way (or next)"


def current_block(c: Context) -> AgendaBlock:
    """The block named in the arguments, else the one under way, else the next to start."""
    s = c.session
    if c.args.get("block"):
        return resolve_block(s, c.args["block"])
    found = running_day(s, ZoneInfo(queries.the_event(s).timezone), c.clock.now())
    if found is None or found[2].cursor is None:
        raise CommandError("no block is under way or to come: name the block", Refusal.NO_BLOCK_NOW)
    return existing(s, AgendaBlock, found[1][found[2].cursor].id)


def queue(s: Session, block: AgendaBlock) -> list[SpeakerEntry]:
    """All entries of the block's list (the block, then its segments), in order."""
    return [e for b in queue_blocks(s, block) for e, _p in queries.speakers_of(s, b.id)]


def _transition(c: Context, entry: SpeakerEntry, kind: Transition) -> None:
    seq = (c.session.scalar(select(func.max(TimerTransition.seq))) or 0) + 1
    c.session.add(TimerTransition(speaker_entry_id=entry.id, kind=kind, at=c.clock.now(), seq=seq))
    c.session.flush()


def _under_way(entries: list[SpeakerEntry]) -> SpeakerEntry | None:
    return next((e for e in entries if e.status in UNDER_WAY), None)


def _stop(c: Context, entry: SpeakerEntry) -> None:
    _transition(c, entry, Transition.ENDED)
    entry.status = DONE


def stop_under_way(c: Context, entries: list[SpeakerEntry]) -> None:
    """The speaker under way in these entries, if any, finishes (the block ends)."""
    entry = _under_way(entries)
    if entry is not None:
        _stop(c, entry)


def _start(c: Context, entry: SpeakerEntry) -> None:
    _transition(c, entry, Transition.STARTED)
    entry.status = SPEAKING
    c.result["entry"] = str(entry.id)


@command(
    "speaker.start",
    Param(
        "name",
        ParamType.STR,
        max_len=300,
        doc="a waiting speaker's name; default: the first waiting",
    ),
    Param("block", ParamType.REF, doc=BLOCK_DOC),
)
def speaker_start(c: Context) -> None:
    """Give the floor (to a named waiting speaker, or to the first waiting one)."""
    entries = queue(c.session, current_block(c))
    waiting = [e for e in entries if e.status == WAITING]
    if c.args.get("name"):
        wanted = queries.name_key(c.args["name"])
        waiting = [
            e
            for e in waiting
            if queries.name_key(existing(c.session, Person, e.person_id).name) == wanted
        ]
    if not waiting:
        if c.args.get("name"):
            raise CommandError(
                f"{c.args['name']!r} is not waiting to speak",
                Refusal.NOT_WAITING,
                name=c.args["name"],
            )
        raise CommandError("nobody is waiting to speak", Refusal.NOBODY_WAITING)
    if (now := _under_way(entries)) is not None:
        _stop(c, now)
    _start(c, waiting[0])


@command("speaker.pause", Param("block", ParamType.REF, doc=BLOCK_DOC))
def speaker_pause(c: Context) -> None:
    """Pause the speaker's time (an interruption that is not theirs)."""
    entry = _under_way(queue(c.session, current_block(c)))
    if entry is None or entry.status != SPEAKING:
        raise CommandError("nobody is speaking", Refusal.NOBODY_SPEAKING)
    _transition(c, entry, Transition.PAUSED)
    entry.status = PAUSED


@command("speaker.resume", Param("block", ParamType.REF, doc=BLOCK_DOC))
def speaker_resume(c: Context) -> None:
    """Resume the paused speaker's time."""
    entry = _under_way(queue(c.session, current_block(c)))
    if entry is None or entry.status != PAUSED:
        raise CommandError("no speaker is paused", Refusal.NO_PAUSED_SPEAKER)
    _transition(c, entry, Transition.RESUMED)
    entry.status = SPEAKING


@command("speaker.stop", Param("block", ParamType.REF, doc=BLOCK_DOC))
def speaker_stop(c: Context) -> None:
    """The speaker has finished."""
    entry = _under_way(queue(c.session, current_block(c)))
    if entry is None:
        raise CommandError("nobody is speaking", Refusal.NOBODY_SPEAKING)
    _stop(c, entry)


@command("speaker.next", Param("block", ParamType.REF, doc=BLOCK_DOC))
def speaker_next(c: Context) -> None:
    """The speaker under way finishes and the first waiting one gets the floor."""
    give_next_floor(c, queue(c.session, current_block(c)))


def give_next_floor(c: Context, entries: list[SpeakerEntry]) -> None:
    """In one list of speakers: whoever has the floor finishes, the first waiting speaks."""
    current = _under_way(entries)
    waiting = [e for e in entries if e.status == WAITING]
    if current is None and not waiting:
        raise CommandError("the list of speakers is empty", Refusal.NO_SPEAKERS)
    if current is not None:
        _stop(c, current)
    if waiting:
        _start(c, waiting[0])


@command(
    "speaker.move",
    Param("entry", ParamType.UUID, required=True, doc="the list entry's id"),
    Param("position", ParamType.INT, required=True, doc="1-based place in its block's list"),
)
def speaker_move(c: Context) -> None:
    """Move a waiting speaker up or down their block's list."""
    s = c.session
    entry = s.get(SpeakerEntry, c.args["entry"])
    if entry is None:
        raise CommandError(f"no speaker entry {c.args['entry']}", Refusal.GONE)
    entries = [e for e, _p in queries.speakers_of(s, entry.block_id)]
    index = c.args["position"] - 1
    if not 0 <= index < len(entries):
        raise CommandError(
            f"position must be between 1 and {len(entries)}", Refusal.POSITION, last=len(entries)
        )
    entries.remove(entry)
    entries.insert(index, entry)
    renumber(entries)


@command("speaker.readd", Param("block", ParamType.REF, doc=BLOCK_DOC))
def speaker_readd(c: Context) -> None:
    """The last speaker asks for the floor again: back at the top of the waiting list."""
    s = c.session
    entries = queue(s, current_block(c))
    done = [e for e in entries if e.status in (DONE, *UNDER_WAY)]
    if not done:
        raise CommandError("nobody has spoken yet in this block", Refusal.NOBODY_SPOKE)
    last = max(
        done,
        key=lambda e: (
            s.scalar(
                select(func.max(TimerTransition.seq)).where(
                    TimerTransition.speaker_entry_id == e.id
                )
            )
            or 0
        ),
    )
    siblings = [e for e, _p in queries.speakers_of(s, last.block_id)]
    top = next((i for i, e in enumerate(siblings) if e.status == WAITING), len(siblings))
    entry = SpeakerEntry(
        id=c.new_id(),
        block_id=last.block_id,
        person_id=last.person_id,
        speech_type=SpeechType.INTERVENTION,
        allotted_seconds=last.allotted_seconds,
        topic=last.topic,
        status=WAITING,
        position=0,
    )
    siblings.insert(top, entry)
    s.add(entry)
    renumber(siblings)
    c.result["entry"] = str(entry.id)
