"""The clicker's two keys as steps: what PageDown will do next, and which of its steps
PageUp would undo.

PageDown walks the day speaker first: while the block under way has someone speaking or
waiting, it gives the floor to the next speaker (or ends the last turn); then it ends the block
and starts the next one. Each press is one `podium.next` command. PageUp (`podium.back`)
undoes those steps only, newest first, whatever else was journaled in between (a note typed
meanwhile stays), and refuses when the timers were moved since by something else (Space, E, S,
a take-up …), because it could then no longer leave the record as if the step had not happened.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from facilitateur.models import queries
from facilitateur.models.agenda.dayplan import running_day
from facilitateur.models.agenda.model import AgendaBlock, Person, SpeakerEntry, Transition
from facilitateur.models.agenda.timing import RunState
from facilitateur.models.speakers.queue import UNDER_WAY, WAITING, queue_blocks
from facilitateur.models.storage.base import existing
from facilitateur.models.storage.journal import EntryState, JournalEntry

NEXT, BACK = "podium.next", "podium.back"


class StepKind(StrEnum):
    """What the next PageDown does."""

    GIVE_FLOOR = "give_floor"  # whoever speaks finishes, the first waiting speaker has the floor
    END_TURN = "end_turn"  # the speaker finishes; nobody else waits
    NEXT_BLOCK = "next_block"  # the block under way ends, the next one starts
    END_BLOCK = "end_block"  # the block under way ends: the last of the day
    START_BLOCK = "start_block"  # nothing under way: the next block starts
    DAY_OVER = "day_over"  # every block has ended: nothing to do


@dataclass(frozen=True)
class NextStep:
    """The next PageDown: its kind, who gets (or leaves) the floor, which block starts (or
    ends)."""

    kind: StepKind
    speaker: str = ""
    block: str = ""


class UndoKind(StrEnum):
    """What the step that PageUp would undo did."""

    TURN_STARTED = "turn_started"
    TURN_ENDED = "turn_ended"
    BLOCK_STARTED = "block_started"
    BLOCK_ENDED = "block_ended"


@dataclass(frozen=True)
class PastStep:
    """A PageDown step still in effect, the newest one: what it did, and whether the timers
    moved since (then PageUp refuses)."""

    seq: int
    kind: UndoKind
    speaker: str
    block: str
    overtaken: bool
    ops: list[dict[str, Any]] = field(default_factory=list, compare=False, repr=False)


def next_step(s: Session, now: datetime) -> NextStep | None:
    """What PageDown would do at `now`; None when the event has no agenda."""
    found = running_day(s, ZoneInfo(queries.the_event(s).timezone), now)
    if found is None:
        return None
    _day, timings, status = found
    if status.current is None:
        if status.cursor is None:
            return NextStep(StepKind.DAY_OVER)
        return NextStep(StepKind.START_BLOCK, block=timings[status.cursor].title)
    entries = block_list(s, existing(s, AgendaBlock, timings[status.current].id))
    waiting = [p.name for e, p in entries if e.status == WAITING]
    if waiting:
        return NextStep(StepKind.GIVE_FLOOR, speaker=waiting[0])
    speaking = [p.name for e, p in entries if e.status in UNDER_WAY]
    if speaking:
        return NextStep(StepKind.END_TURN, speaker=speaking[0])
    following = [b for b in timings[status.current + 1 :] if b.reading.state != RunState.ENDED]
    if following:
        return NextStep(StepKind.NEXT_BLOCK, block=following[0].title)
    return NextStep(StepKind.END_BLOCK, block=timings[status.current].title)


def block_list(s: Session, block: AgendaBlock) -> list[tuple[SpeakerEntry, Person]]:
    """The block's list of speakers (its own, then its segments'), in order."""
    return [pair for b in queue_blocks(s, block) for pair in queries.speakers_of(s, b.id)]


def last_step(s: Session) -> PastStep | None:
    """The newest PageDown step still in effect (not undone by PageUp nor by Ctrl+Z), or None.

    Read with two queries that let SQLite skip the rest of the journal: the podium's own
    entries, newest first, then the commands journaled since that touched a timer or the floor
    (a day of notes saved as they were typed is tens of thousands of entries, and the podium
    asks this after each of its keys)."""
    in_effect = JournalEntry.state == EntryState.DONE
    podium = (
        select(JournalEntry.seq, JournalEntry.cmd, JournalEntry.args)
        .where(in_effect, JournalEntry.cmd.in_((NEXT, BACK)))
        .order_by(JournalEntry.seq.desc())
    )
    undone: set[int] = set()
    found = None
    for seq, cmd, args in s.execute(podium):
        if cmd == BACK:
            undone.add(json.loads(args).get("step"))
        elif seq not in undone:
            found = seq
            break
    if found is None:
        return None
    changes = s.scalar(select(JournalEntry.changes).where(JournalEntry.seq == found))
    assert changes is not None, "the step was just read from the journal"
    ops = json.loads(changes)
    since = select(JournalEntry.changes).where(
        in_effect,
        JournalEntry.seq > found,
        JournalEntry.cmd.not_in((NEXT, BACK)),
        or_(
            JournalEntry.changes.contains("timer_transition"),
            JournalEntry.changes.contains("speaker_entry"),
        ),
    )
    overtaken = any(_moves_timers(c) for c in s.scalars(since))
    kind, speaker, block = _describe(s, ops)
    return PastStep(found, kind, speaker, block, overtaken, ops)


def _moves_timers(changes: str) -> bool:
    """Whether a command's changes started, paused, resumed or ended a timer, or changed who
    has the floor (an adjustment of the planned time does not count)."""
    if "timer_transition" not in changes and "speaker_entry" not in changes:
        return False
    for op in json.loads(changes):
        kind = (op.get("row") or {}).get("kind")
        timer = op["table"] == "timer_transition" and (
            op["op"] != "insert" or kind != Transition.ADJUSTED
        )
        floor = op["table"] == "speaker_entry" and (
            op["op"] == "delete" or (op["op"] == "update" and "status" in op["new"])
        )
        if timer or floor:
            return True
    return False


def _describe(s: Session, ops: list[dict[str, Any]]) -> tuple[UndoKind, str, str]:
    """What a step did, from the rows it inserted: a turn or a block that started (or, for
    the last turn or block, that ended)."""
    marks = [op["row"] for op in ops if op["op"] == "insert" and op["table"] == "timer_transition"]
    for wanted, turn in (
        ((Transition.STARTED, Transition.RESUMED), True),
        ((Transition.STARTED, Transition.RESUMED), False),
        ((Transition.ENDED,), True),
        ((Transition.ENDED,), False),
    ):
        for m in marks:
            if m["kind"] in wanted and bool(m["speaker_entry_id"]) == turn:
                if turn:
                    entry = s.get(SpeakerEntry, uuid.UUID(m["speaker_entry_id"]))
                    person = s.get(Person, entry.person_id) if entry else None
                    kind = (
                        UndoKind.TURN_STARTED
                        if Transition.STARTED in wanted
                        else UndoKind.TURN_ENDED
                    )
                    return kind, person.name if person else "", ""
                block = s.get(AgendaBlock, uuid.UUID(m["block_id"]))
                kind = (
                    UndoKind.BLOCK_STARTED if Transition.STARTED in wanted else UndoKind.BLOCK_ENDED
                )
                return kind, "", block.title if block else ""
    return UndoKind.BLOCK_ENDED, "", ""
