"""The programme as calendar events (iCalendar), for the participants' agendas."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy.orm import Session

from facilitateur import __version__
from facilitateur.export.atomic import atomic_path
from facilitateur.models import queries
from facilitateur.models.agenda.dayplan import local, marks_of, run_date
from facilitateur.models.agenda.model import AgendaBlock


def _description(s: Session, block: AgendaBlock) -> str:
    """The block's description, then its segments."""
    lines = [block.description] if block.description else []
    lines += [f"– {seg.title}" for seg in queries.segments(s, block.id)]
    return "\n".join(lines)


def build_calendar(s: Session, now: datetime) -> tuple[icalendar.Calendar, int]:
    """One event per timed block, on its day's date (the date it ran when the day has none);
    return the calendar and the number of blocks left out for want of a start time."""
    ev = queries.the_event(s)
    tz = ZoneInfo(ev.timezone)
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//Facilitateur//{__version__}//FR")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", ev.title)
    stamp = now.astimezone(ZoneInfo("UTC"))
    skipped = 0
    for day in queries.days(s):
        blocks = queries.top_blocks(s, day.id)
        when = day.date or run_date(marks_of(s, [b.id for b in blocks]), tz, now)
        for b in blocks:
            start = local(when, b.planned_start, tz)
            if start is None:
                skipped += 1
                continue
            end = local(when, b.planned_end, tz)
            if end is None or end <= start:
                end = start + timedelta(minutes=1)
            e = icalendar.Event()
            e.add("uid", f"{b.id}@facilitateur")
            e.add("dtstamp", stamp)
            e.add("dtstart", start)
            e.add("dtend", end)
            e.add("summary", b.title)
            if ev.venue:
                e.add("location", ev.venue)
            e.add("categories", [b.kind])
            text = _description(s, b)
            if text:
                e.add("description", text)
            cal.add_component(e)
    cal.add_missing_timezones()
    return cal, skipped


def export_ics(s: Session, out: Path, now: datetime) -> int:
    """Write the programme to `out` (atomically); return the number of blocks left out."""
    cal, skipped = build_calendar(s, now)
    with atomic_path(Path(out)) as tmp:
        tmp.write_bytes(cal.to_ical())
    return skipped
