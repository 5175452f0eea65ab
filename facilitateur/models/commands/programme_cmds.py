"""`program.import`: a whole programme into the agenda, as one undoable command."""

from __future__ import annotations

import json
from datetime import date, time
from enum import StrEnum
from itertools import pairwise
from typing import Any

from sqlalchemy import select

from facilitateur.models import queries
from facilitateur.models.agenda.model import AgendaBlock, Day, SpeakerEntry, SpeechType, TimerMode
from facilitateur.models.agenda.timeofday import parse_clock
from facilitateur.models.commands.core import SEED, CommandError, Context, Param, ParamType, command
from facilitateur.models.commands.removal import remove_block_tree, remove_day_slots
from facilitateur.models.commands.speaker_cmds import find_or_add_person
from facilitateur.models.openspace.model import Slot
from facilitateur.models.refusal import Refusal

MAX_TEXT = 5_000_000


class ImportFormat(StrEnum):
    """What the text given to `program.import` is."""

    TEXT = "text"
    CSV = "csv"
    JSON = "json"

    @classmethod
    def guess(cls, text: str) -> ImportFormat:
        """The format of pasted content: JSON when it opens an object, CSV when its first line
        holds two semicolons and no tab (a table from a word processor is tab-separated, read
        as text), else text."""
        stripped = text.lstrip()
        if stripped.startswith("{"):
            return cls.JSON
        first = next((line for line in stripped.splitlines() if line.strip()), "")
        return cls.CSV if first.count(";") >= 2 and "\t" not in first else cls.TEXT


class ImportMode(StrEnum):
    """Whether an imported programme replaces the agenda or adds its days after it."""

    REPLACE = "replace"
    ADD_DAYS = "add_days"


def _time(value: str | None) -> time | None:
    return parse_clock(value) if value else None


def _cover(day: Day, blocks: list[dict[str, Any]]) -> None:
    """A day's hours take in its blocks: a block corrected in the preview to start before the
    hours the programme gave (or to end after them) widens them, instead of a day that closes
    before its last block ends. Hours are only ever widened, and a day that runs past midnight
    (its end before its start, a block ending before it starts, or its blocks' starts going
    back) is left as read: on a clock face, 00:00 would count as its earliest time."""
    times = [(_time(b.get("start")), _time(b.get("end"))) for b in blocks]
    starts = [start for start, _end in times if start is not None]
    ends = [t for pair in times for t in pair if t is not None]
    past_midnight = (
        (day.start is not None and day.end is not None and day.end < day.start)
        or any(start and end and end < start for start, end in times)
        or any(later < earlier for earlier, later in pairwise(starts))
    )
    if not starts or past_midnight:
        return
    if day.start is None or min(starts) < day.start:
        day.start = min(starts)
    if day.end is None or max(ends) > day.end:
        day.end = max(ends)


def _speakers(c: Context, block: AgendaBlock, speakers: list[dict[str, Any]]) -> None:
    for position, sp in enumerate(speakers):
        person = find_or_add_person(
            c, sp["name"], c.new_row_id, role=sp.get("role"), organisation=sp.get("organisation")
        )
        c.session.add(
            SpeakerEntry(
                id=c.new_row_id(),
                block_id=block.id,
                person_id=person.id,
                position=position,
                speech_type=SpeechType.INTERVENTION,
                topic=sp.get("topic") or "",
                status="waiting",
            )
        )


def _block(
    c: Context, day: Day, data: dict[str, Any], position: int, parent: AgendaBlock | None = None
) -> AgendaBlock:
    block = AgendaBlock(
        id=c.new_row_id(),
        day_id=day.id,
        parent_id=parent.id if parent else None,
        position=position,
        title=data["title"].strip(),
        kind=data.get("kind") or "other",
        section=data.get("section") or "",
        description=data.get("description") or "",
        planned_start=_time(data.get("start")),
        planned_end=_time(data.get("end")),
        end_inferred=bool(data.get("end_inferred")),
        fixed_start=data.get("kind") == "meal",
        timer_mode=TimerMode.COUNTDOWN,
    )
    if block.planned_start and block.planned_end and block.planned_end < block.planned_start:
        block.planned_end, block.end_inferred = None, False
    c.session.add(block)
    c.session.flush()
    _speakers(c, block, data.get("speakers", []))
    for i, item in enumerate(data.get("items", [])):
        _block(c, day, item, i, block)
    return block


@command(
    "program.import",
    Param(
        "text", ParamType.TEXT, max_len=MAX_TEXT, doc="the programme as pasted or read from a file"
    ),
    Param(
        "format",
        ParamType.CHOICE,
        choices=tuple(f.value for f in ImportFormat),
        nullable=False,
        doc="of `text`; default `text`",
    ),
    Param(
        "programme",
        ParamType.OBJECT,
        doc="instead of `text`: a programme already read (the JSON of `program parse`)",
    ),
    Param(
        "mode",
        ParamType.CHOICE,
        choices=tuple(m.value for m in ImportMode),
        nullable=False,
        doc="`replace` the whole agenda (default) or `add_days` after the existing ones",
    ),
    SEED,
)
def program_import(c: Context) -> None:
    """Read a programme and make it the agenda (or add its days); one command, one undo."""
    # The reader is imported here: its patterns are not needed to start the application.
    from facilitateur.models.programme import ProgrammeError, parse_programme
    from facilitateur.models.programme.from_json import check_contract

    s = c.session
    if ("text" in c.args) == ("programme" in c.args):
        raise CommandError(
            "program.import: give either `text` or `programme`", Refusal.BAD_ARGUMENTS
        )
    try:
        if "text" in c.args:
            programme = parse_programme(c.args["text"], c.args.get("format", ImportFormat.TEXT))
        else:
            if len(json.dumps(c.args["programme"])) > MAX_TEXT:
                raise CommandError(
                    "program.import: the programme is too large", Refusal.PROGRAMME_TOO_LARGE
                )
            programme = check_contract(c.args["programme"])
    except ProgrammeError as e:
        raise CommandError(
            f"program.import: line {e.line}: {e.message}", Refusal.PROGRAMME_UNREAD, line=e.line
        ) from None
    ev = queries.the_event(s)
    existing = queries.days(s)
    old_days: list[Day] = []
    if c.args.get("mode", ImportMode.REPLACE) == ImportMode.REPLACE:
        for day in existing:
            for block in queries.top_blocks(s, day.id):
                remove_block_tree(s, block)
        s.flush()
        old_days, existing = existing, []
        ev.title = ev.title or programme.get("title", "")
        ev.venue = ev.venue or programme.get("venue", "")
    for offset, data in enumerate(programme["days"]):
        day = Day(
            id=c.new_row_id(),
            event_id=ev.id,
            position=len(existing) + offset,
            date=date.fromisoformat(data["date"]) if data.get("date") else None,
            label=data.get("label") or "",
            start=_time(data.get("start")),
            end=_time(data.get("end")),
        )
        s.add(day)
        s.flush()
        if offset < len(old_days):  # the Open Space slots of the day it replaces move to it
            for slot in s.scalars(select(Slot).where(Slot.day_id == old_days[offset].id)):
                slot.day_id = day.id
        for position, block in enumerate(data["blocks"]):
            _block(c, day, block, position)
        _cover(day, data["blocks"])
    for day in old_days:
        remove_day_slots(s, day.id)  # only those of days the programme no longer has
        s.delete(day)
    c.result["days"] = len(programme["days"])
    c.result["blocks"] = sum(len(d["blocks"]) for d in programme["days"])
