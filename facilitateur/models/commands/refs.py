"""How commands name days and blocks: by id, by `#N` (N-th in order, 1-based), or by title."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import BindParameter, Select, bindparam, func, select
from sqlalchemy.orm import Session

from facilitateur.models import queries
from facilitateur.models.agenda.model import AgendaBlock, Day
from facilitateur.models.commands.core import CommandError
from facilitateur.models.refusal import Refusal
from facilitateur.models.text.plural import count

_NTH = re.compile(r"^#(\d+)(?:\.(\d+))?$")

# Built once: nearly every command names a block by `#N` or a day by default, and building a
# statement costs more than running it (benchmarks/commands.py).
_FIRST_DAY = select(Day).order_by(*queries.DAY_ORDER).limit(1)
_OFFSET: BindParameter[int] = bindparam("offset")
_NTH_OF_FIRST_DAY = (
    select(AgendaBlock)
    .where(
        AgendaBlock.day_id
        == select(Day.id).order_by(*queries.DAY_ORDER).limit(1).scalar_subquery(),
        AgendaBlock.parent_id.is_(None),
    )
    .order_by(AgendaBlock.position)
    .offset(_OFFSET)
    .limit(1)
)
_NTH_OF_DAY = (
    select(AgendaBlock)
    .where(AgendaBlock.day_id == bindparam("day"), AgendaBlock.parent_id.is_(None))
    .order_by(AgendaBlock.position)
    .offset(_OFFSET)
    .limit(1)
)
_NTH_SEGMENT = (
    select(AgendaBlock)
    .where(AgendaBlock.parent_id == bindparam("parent"))
    .order_by(AgendaBlock.position)
    .offset(_OFFSET)
    .limit(1)
)


def _as_uuid(ref: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(ref)
    except ValueError:
        return None


def resolve_day(s: Session, ref: str | None) -> Day:
    """The day named by `ref` (`#N`, `YYYY-MM-DD` or an id); the first day when None."""
    if ref is None:
        first = s.scalars(_FIRST_DAY).first()
        if first is None:
            raise CommandError(
                "the event has no day yet (add one with day.add or event.set)", Refusal.NO_DAY
            )
        return first
    all_days = queries.days(s)
    if (m := _NTH.match(ref)) and not m[2]:
        n = int(m[1])
        if not 1 <= n <= len(all_days):
            raise CommandError(
                f"no day {ref}: the event has {count(len(all_days), 'day')}",
                Refusal.NO_SUCH,
                ref=ref,
            )
        return all_days[n - 1]
    if (rid := _as_uuid(ref)) is not None:
        day = s.get(Day, rid)
        if day is None:
            raise CommandError(f"no day with id {ref}", Refusal.GONE)
        return day
    matches = [d for d in all_days if (d.date and d.date.isoformat() == ref) or d.label == ref]
    if len(matches) != 1:
        if matches:
            raise CommandError(f"{ref!r} names several days", Refusal.AMBIGUOUS, ref=ref)
        raise CommandError(f"no day {ref!r}", Refusal.NO_SUCH, ref=ref)
    return matches[0]


def _nth(
    s: Session, n: int, statement: Select[AgendaBlock], **params: object
) -> AgendaBlock | None:
    """The n-th block (1-based) that `statement` selects, in order of position."""
    if not 1 <= n <= 2**31:  # (SQLite's integers stop at 2**63: "#99999999999999999999")
        return None
    return s.scalars(statement, {"offset": n - 1, **params}).first()


def resolve_block(s: Session, ref: str, day: Day | None = None) -> AgendaBlock:
    """The block named by `ref`: an id, `#N` / `#N.M` within the day, or an exact title."""
    if (rid := _as_uuid(ref)) is not None:
        block = s.get(AgendaBlock, rid)
        if block is None:
            raise CommandError(f"no block with id {ref}", Refusal.GONE)
        return block
    if m := _NTH.match(ref):
        if day is None:
            block = _nth(s, int(m[1]), _NTH_OF_FIRST_DAY)
        else:
            block = _nth(s, int(m[1]), _NTH_OF_DAY, day=day.id)
        if block is None:
            day = day or resolve_day(s, None)
            level = AgendaBlock.day_id == day.id, AgendaBlock.parent_id.is_(None)
            n = s.scalar(select(func.count()).select_from(AgendaBlock).where(*level)) or 0
            raise CommandError(
                f"no block {ref}: the day has {count(n, 'block')}", Refusal.NO_SUCH, ref=ref
            )
        if m[2]:
            segment = _nth(s, int(m[2]), _NTH_SEGMENT, parent=block.id)
            if segment is None:
                n = len(queries.segments(s, block.id))
                raise CommandError(
                    f"no segment {ref}: block #{m[1]} has {count(n, 'segment')}",
                    Refusal.NO_SUCH,
                    ref=ref,
                )
            block = segment
        return block

    q = select(AgendaBlock).where(AgendaBlock.title == ref)
    if day is not None:
        q = q.where(AgendaBlock.day_id == day.id)
    found = list(s.scalars(q))
    if not found:
        raise CommandError(f"no block titled {ref!r}", Refusal.NO_SUCH, ref=ref)
    if len(found) > 1:
        raise CommandError(
            f"{len(found)} blocks are titled {ref!r}; name it by #N or by id",
            Refusal.AMBIGUOUS,
            ref=ref,
        )
    return found[0]
