"""What the synthesis says, gathered from the event file (plain data, read once)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from facilitateur.models import queries
from facilitateur.models.dayplan import day_timings
from facilitateur.models.notes_query import NoteRow, note_rows
from facilitateur.models.speaking_stats import Turn, turns


@dataclass
class BlockRun:
    id: object
    title: str
    kind: str
    planned_start: datetime | None
    planned_end: datetime | None
    actual_start: datetime | None
    actual_end: datetime | None
    segments: list[str] = field(default_factory=list)
    # Each time it ran (a block taken up again later has two): (start, end or None).
    intervals: list[tuple[datetime, datetime | None]] = field(default_factory=list)


@dataclass
class Synthesis:
    title: str
    venue: str
    organiser: str
    tz: ZoneInfo
    dates: list[date]
    days: list[tuple[str, list[BlockRun]]]
    notes: list[NoteRow]
    turns: list[Turn]
    authors: list[str]
    openspace: object = None  # OpenSpace, or None when the event had none
    logo: Path | None = None  # an image for the cover, chosen at export time

    @property
    def blocks(self) -> list[BlockRun]:
        return [b for _label, blocks in self.days for b in blocks]


def gather(s: Session, now: datetime, include_internal: bool = False) -> Synthesis:
    """Read everything the synthesis shows; internal notes only when asked for."""
    ev = queries.the_event(s)
    tz = ZoneInfo(ev.timezone)
    days = []
    for day in queries.days(s):
        runs = []
        for t in day_timings(s, day, tz, now):
            runs.append(
                BlockRun(
                    t.id,
                    t.title,
                    t.kind,
                    t.planned_start,
                    t.planned_end,
                    t.reading.first_start,
                    t.reading.last_end,
                    [seg.title for seg in queries.segments(s, t.id)],
                    list(t.reading.intervals),
                )
            )
        days.append((day.label or (day.date.isoformat() if day.date else ""), runs))
    from facilitateur.export.pdf.openspace_section import gather_openspace  # it needs sections

    notes = [n for n in note_rows(s) if include_internal or not n.internal]
    authors = sorted({n.author for n in notes if n.author})
    return Synthesis(
        ev.title,
        ev.venue,
        ev.organiser,
        tz,
        [d.date for d in queries.days(s) if d.date],
        days,
        notes,
        turns(s, now),
        authors,
        gather_openspace(s),
    )


def overrun(blocks: list[BlockRun]) -> timedelta | None:
    """How much later than planned the last block that ran ended."""
    done = [b for b in blocks if b.actual_end and b.planned_end]
    return done[-1].actual_end - done[-1].planned_end if done else None
