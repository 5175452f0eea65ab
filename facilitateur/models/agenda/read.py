"""The agenda as the screens show it, read from an event file into plain values: the event's
settings, its days, a day's plan and summary, a block's timer settings, the day being run.

Each function opens its own short session and returns values that need no session afterwards,
so that a screen asks a question and never writes a query."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from facilitateur.models import queries
from facilitateur.models.agenda.dayplan import DayStatus, running_day
from facilitateur.models.agenda.model import AgendaBlock, BlockKind, Day, TimerMode
from facilitateur.models.agenda.timeofday import hhmm
from facilitateur.models.agenda.timing import BlockTiming
from facilitateur.models.queries import AgendaFlag
from facilitateur.models.storage.store import EventFile


@dataclass(frozen=True)
class EventSettings:
    """The event's settings, named as `event.set` names them."""

    title: str
    venue: str
    organiser: str
    timezone: str
    warning_seconds: int
    danger_seconds: int
    speaker_seconds: int
    turn_limit: int | None
    first_timers_first: bool
    min_break_seconds: int

    @property
    def tz(self) -> ZoneInfo:
        """The event's time zone."""
        return ZoneInfo(self.timezone)


def event_settings(ef: EventFile) -> EventSettings:
    """The event's settings as stored."""
    with ef.session() as s:
        ev = queries.the_event(s)
        return EventSettings(
            ev.title,
            ev.venue,
            ev.organiser,
            ev.timezone,
            ev.warning_seconds,
            ev.danger_seconds,
            ev.speaker_seconds,
            ev.turn_limit,
            ev.first_timers_first,
            ev.min_break_seconds,
        )


@dataclass(frozen=True)
class DayInfo:
    """A day of the event: its label, date and opening hours."""

    id: uuid.UUID
    label: str
    date: date | None
    start: time | None
    end: time | None


def _day_info(day: Day) -> DayInfo:
    return DayInfo(day.id, day.label, day.date, day.start, day.end)


def day_list(ef: EventFile) -> list[DayInfo]:
    """The event's days in order."""
    with ef.session() as s:
        return [_day_info(d) for d in queries.days(s)]


def day_info(ef: EventFile, day_id: uuid.UUID) -> DayInfo | None:
    """One day of the event, or None when it is no longer there."""
    with ef.session() as s:
        day = s.get(Day, day_id)
        return _day_info(day) if day is not None else None


def first_date(ef: EventFile) -> date | None:
    """The date of the event's first day that has one."""
    return next((d.date for d in day_list(ef) if d.date), None)


def event_dates(ef: EventFile) -> tuple[date, ...]:
    """The dates of the event's dated days, in order (read once, then given to
    `deadline_day`: a note typed while a shared event's server is away must not need it)."""
    with ef.session() as s:
        return queries.day_dates(s)


def deadline_day(dates: tuple[date, ...], today: date) -> date:
    """The day a deadline written without its year or as a day (`15/03`, `vendredi`,
    `demain`) is counted from: the meeting's. Today while the event runs (or when its days
    have no date); its first day while it is still to come; its last day once it is over (the
    notes and reports typed up afterwards). The podium's notes and the workshops' next steps
    count from the same day."""
    if not dates:
        return today
    return min(max(today, dates[0]), dates[-1])


@dataclass(frozen=True)
class NewDay:
    """What a day added after the others is given: the day after the last one, with its
    hours (or today, 09:00–18:00, when nothing says otherwise)."""

    date: date
    start: str
    end: str


def next_day(ef: EventFile, today: date) -> NewDay:
    """The date and hours of a day added after the event's last day (`today` when the last
    day has no date, or the event no day)."""
    days = day_list(ef)
    last = days[-1] if days else None
    when = (last.date + timedelta(days=1)) if last and last.date else today
    start, end = (hhmm(last.start), hhmm(last.end)) if last else ("09:00", "18:00")
    return NewDay(when, start or "09:00", end or "18:00")


def has_agenda(ef: EventFile) -> bool:
    """Whether any day of the event holds a block."""
    with ef.session() as s:
        return any(queries.top_blocks(s, d.id) for d in queries.days(s))


@dataclass(frozen=True)
class DaySummary:
    """A day's plan in figures: what to check, the planned time, the opening hours."""

    flags: tuple[AgendaFlag, ...]
    planned_seconds: int
    start: time | None
    end: time | None


def day_summary(ef: EventFile, day_id: uuid.UUID) -> DaySummary | None:
    """The flags, planned total and hours of a day (None when it is no longer there)."""
    with ef.session() as s:
        day = s.get(Day, day_id)
        if day is None:
            return None
        flags = tuple(queries.agenda_flags(s, day))
        return DaySummary(flags, queries.planned_total(s, day), day.start, day.end)


@dataclass(frozen=True)
class SpeakerLine:
    """A speaker as listed under a block."""

    name: str
    role: str
    topic: str


@dataclass(frozen=True)
class PlannedBlock:
    """A block of a day's plan with its segments, speakers and flags."""

    id: uuid.UUID
    title: str
    kind: BlockKind
    start: time | None
    end: time | None
    fixed: bool
    end_inferred: bool
    description: str
    section: str
    speakers: tuple[SpeakerLine, ...]
    flags: tuple[AgendaFlag, ...]
    segments: tuple[PlannedBlock, ...]
    version: int


def day_plan(ef: EventFile, day_id: uuid.UUID) -> list[PlannedBlock]:
    """A day's blocks in order, each with its segments, speakers and flags (empty when the
    day is no longer there)."""
    with ef.session() as s:
        day = s.get(Day, day_id)
        if day is None:
            return []
        flags: dict[uuid.UUID, list[AgendaFlag]] = {}
        for f in queries.agenda_flags(s, day):
            flags.setdefault(f.block_id, []).append(f)

        def planned(b: AgendaBlock) -> PlannedBlock:
            return PlannedBlock(
                b.id,
                b.title,
                b.kind,
                b.planned_start,
                b.planned_end,
                b.fixed_start,
                b.end_inferred,
                b.description,
                b.section,
                tuple(
                    SpeakerLine(p.name, p.role, e.topic) for e, p in queries.speakers_of(s, b.id)
                ),
                tuple(flags.get(b.id, [])),
                tuple(planned(seg) for seg in queries.segments(s, b.id)),
                b.version,
            )

        return [planned(b) for b in queries.top_blocks(s, day.id)]


@dataclass(frozen=True)
class OutlineEntry:
    """A block or a segment in the list of every block of the event."""

    id: uuid.UUID
    title: str
    segment: bool


def outline(ef: EventFile) -> list[OutlineEntry]:
    """Every block of the event, day after day, each followed by its segments."""
    out: list[OutlineEntry] = []
    with ef.session() as s:
        for day in queries.days(s):
            for b in queries.top_blocks(s, day.id):
                out.append(OutlineEntry(b.id, b.title, False))
                out.extend(
                    OutlineEntry(seg.id, seg.title, True) for seg in queries.segments(s, b.id)
                )
    return out


def person_names(ef: EventFile) -> list[str]:
    """The names of every person of the event, in order."""
    with ef.session() as s:
        return queries.person_names(s)


@dataclass(frozen=True)
class BlockTimer:
    """A block's timer settings (None: the event's default) beside the event's defaults."""

    mode: TimerMode
    warning_seconds: int | None
    danger_seconds: int | None
    speaker_seconds: int | None
    default_warning: int
    default_danger: int
    default_speaker: int


def block_timer(ef: EventFile, block_id: uuid.UUID) -> BlockTimer | None:
    """A block's timer settings, or None when it is no longer there."""
    with ef.session() as s:
        block = s.get(AgendaBlock, block_id)
        if block is None:
            return None
        ev = queries.the_event(s)
        return BlockTimer(
            block.timer_mode,
            block.warning_seconds,
            block.danger_seconds,
            block.speaker_seconds,
            ev.warning_seconds,
            ev.danger_seconds,
            ev.speaker_seconds,
        )


@dataclass(frozen=True)
class RunningDay:
    """The day being run at one instant: its date, its blocks as timed, where it stands."""

    date: date | None
    timings: tuple[BlockTiming, ...]
    status: DayStatus


def read_running_day(ef: EventFile, tz: ZoneInfo, now: datetime) -> RunningDay | None:
    """The day being run at `now` (see `dayplan.running_day`); None when the event has no
    day."""
    with ef.session() as s:
        found = running_day(s, tz, now)
        if found is None:
            return None
        day, timings, status = found
        return RunningDay(day.date, tuple(timings), status)
