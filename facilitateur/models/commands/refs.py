"""How commands name days and blocks: by id, by `#N` (N-th in order, 1-based), or by title."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitateur.models import queries
from facilitateur.models.agenda import AgendaBlock, Day
from facilitateur.models.commands.core import CommandError

_NTH = re.compile(r"^#(\d+)(?:\.(\d+))?$")


def _as_uuid(ref: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(ref)
    except ValueError:
        return None


def resolve_day(s: Session, ref: str | None) -> Day:
    """The day named by `ref` (`#N`, `YYYY-MM-DD` or an id); the first day when None."""
    all_days = queries.days(s)
    if ref is None:
        if not all_days:
            raise CommandError("the event has no day yet (add one with day.add or event.set)")
        return all_days[0]
    if (m := _NTH.match(ref)) and not m[2]:
        n = int(m[1])
        if not 1 <= n <= len(all_days):
            raise CommandError(f"no day {ref}: the event has {len(all_days)} day(s)")
        return all_days[n - 1]
    if (rid := _as_uuid(ref)) is not None:
        day = s.get(Day, rid)
        if day is None:
            raise CommandError(f"no day with id {ref}")
        return day
    matches = [d for d in all_days if (d.date and d.date.isoformat() == ref) or d.label == ref]
    if len(matches) != 1:
        raise CommandError(f"no day {ref!r}" if not matches else f"{ref!r} names several days")
    return matches[0]


def resolve_block(s: Session, ref: str, day: Day | None = None) -> AgendaBlock:
    """The block named by `ref`: an id, `#N` / `#N.M` within the day, or an exact title."""
    if (rid := _as_uuid(ref)) is not None:
        block = s.get(AgendaBlock, rid)
        if block is None:
            raise CommandError(f"no block with id {ref}")
        return block
    if m := _NTH.match(ref):
        day = day or resolve_day(s, None)
        blocks = queries.top_blocks(s, day.id)
        n = int(m[1])
        if not 1 <= n <= len(blocks):
            raise CommandError(f"no block {ref}: the day has {len(blocks)} block(s)")
        block = blocks[n - 1]
        if m[2]:
            segs = queries.segments(s, block.id)
            k = int(m[2])
            if not 1 <= k <= len(segs):
                raise CommandError(f"no segment {ref}: block #{n} has {len(segs)} segment(s)")
            block = segs[k - 1]
        return block
    q = select(AgendaBlock).where(AgendaBlock.title == ref)
    if day is not None:
        q = q.where(AgendaBlock.day_id == day.id)
    found = list(s.scalars(q))
    if not found:
        raise CommandError(f"no block titled {ref!r}")
    if len(found) > 1:
        raise CommandError(f"{len(found)} blocks are titled {ref!r}; name it by #N or by id")
    return found[0]
