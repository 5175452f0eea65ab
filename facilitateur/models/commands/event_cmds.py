"""Commands on the event itself and its days."""

from __future__ import annotations

from facilitateur.models import queries
from facilitateur.models.agenda.model import Day
from facilitateur.models.agenda.timeofday import known_zone
from facilitateur.models.commands.core import CommandError, Context, Param, ParamType, command
from facilitateur.models.commands.refs import resolve_day
from facilitateur.models.commands.removal import remove_block_tree, remove_day_slots
from facilitateur.models.refusal import Refusal

_DAY_FIELDS = (
    Param("date", ParamType.DATE, doc="the day's date, YYYY-MM-DD"),
    Param("label", ParamType.STR, max_len=200, doc="a label such as `19 janvier 2016`"),
    Param("start", ParamType.TIME, doc="the day's opening time, HH:MM"),
    Param("end", ParamType.TIME, doc="the day's closing time, HH:MM"),
)


def _check_hours(day: Day) -> None:
    if day.start and day.end and day.end < day.start:
        raise CommandError("the day ends before it starts", Refusal.DAY_BACKWARDS)


@command(
    "event.set",
    Param("title", ParamType.STR, max_len=500, nullable=False, doc="name of the event"),
    Param("venue", ParamType.STR, max_len=1000, nullable=False, doc="place and address"),
    Param("organiser", ParamType.STR, max_len=500, nullable=False, doc="who organises it"),
    Param(
        "timezone", ParamType.STR, max_len=64, nullable=False, doc="IANA name, e.g. Europe/Paris"
    ),
    Param("warning_seconds", ParamType.INT, nullable=False, doc="default warning threshold"),
    Param("danger_seconds", ParamType.INT, nullable=False, doc="default danger threshold"),
    Param("speaker_seconds", ParamType.INT, nullable=False, doc="default speaking time"),
    Param(
        "first_timers_first",
        ParamType.BOOL,
        nullable=False,
        doc="lists of speakers: those who have not spoken go first",
    ),
    Param(
        "turn_limit",
        ParamType.INT,
        doc="warn when a person asks for more turns than this; null: no limit",
    ),
    *_DAY_FIELDS,
    Param("day_id", ParamType.UUID, doc="id of the first day when this creates it (generated)"),
)
def event_set(c: Context) -> None:
    """Set the event's details; `date`, `label`, `start`, `end` set the first day (created if none)."""
    ev = queries.the_event(c.session)
    if "timezone" in c.args and not known_zone(c.args["timezone"]):
        raise CommandError(
            f"unknown time zone {c.args['timezone']!r}",
            Refusal.UNKNOWN_ZONE,
            zone=c.args["timezone"],
        )
    for key in ("title", "venue", "organiser", "timezone"):
        if key in c.args:
            setattr(ev, key, c.args[key].strip())
    for key in ("warning_seconds", "danger_seconds", "speaker_seconds", "turn_limit"):
        if key in c.args:
            if c.args[key] is not None and c.args[key] < 0:
                raise CommandError(f"{key} may not be negative", Refusal.NOT_NEGATIVE)
            setattr(ev, key, c.args[key])
    if "first_timers_first" in c.args:
        ev.first_timers_first = c.args["first_timers_first"]

    day_args = {p.name: c.args[p.name] for p in _DAY_FIELDS if p.name in c.args}
    if day_args:
        all_days = queries.days(c.session)
        day = all_days[0] if all_days else None
        if day is None:
            day = Day(id=c.new_id("day_id"), event_id=ev.id, position=0)
            c.session.add(day)
        for key, value in day_args.items():
            setattr(day, key, value)
        _check_hours(day)


@command(
    "day.add",
    *_DAY_FIELDS,
    Param("position", ParamType.INT, doc="1-based place among the days; default last"),
    Param("id", ParamType.UUID, doc="id of the new day (generated when absent)"),
)
def day_add(c: Context) -> None:
    """Add a day to the event."""
    ev = queries.the_event(c.session)
    all_days = queries.days(c.session)
    pos = len(all_days) if c.args.get("position") is None else c.args["position"] - 1
    if not 0 <= pos <= len(all_days):
        raise CommandError(
            f"position must be between 1 and {len(all_days) + 1}",
            Refusal.POSITION,
            last=len(all_days) + 1,
        )
    for d in all_days[pos:]:
        d.position += 1
    day = Day(id=c.new_id(), event_id=ev.id, position=pos, label="")
    for p in _DAY_FIELDS:
        if p.name in c.args:
            setattr(day, p.name, c.args[p.name])
    _check_hours(day)
    c.session.add(day)
    c.result["id"] = str(day.id)


@command(
    "day.update",
    Param("day", ParamType.REF, required=True, doc="`#N`, a date, a label or an id"),
    *_DAY_FIELDS,
)
def day_update(c: Context) -> None:
    """Change a day's date, label or hours."""
    day = resolve_day(c.session, c.args["day"])
    for p in _DAY_FIELDS:
        if p.name in c.args:
            setattr(day, p.name, c.args[p.name])
    _check_hours(day)


@command(
    "day.remove", Param("day", ParamType.REF, required=True, doc="`#N`, a date, a label or an id")
)
def day_remove(c: Context) -> None:
    """Remove a day with all its blocks (undo brings everything back)."""
    s = c.session
    day = resolve_day(s, c.args["day"])
    for block in queries.top_blocks(s, day.id):
        remove_block_tree(s, block)
    remove_day_slots(s, day.id)
    for d in queries.days(s):
        if d.position > day.position:
            d.position -= 1
    s.delete(day)
