"""Settle a read programme's times and kinds and give it the shape of the JSON contract."""

from __future__ import annotations

from typing import Any

from facilitateur.models.programme.model import Block, Day, Programme
from facilitateur.models.programme.times import hhmm, settle
from facilitateur.models.programme.words import kind_of

# Kinds whose parts are of the same kind (a workshop block's items are workshops); the items
# of other blocks are talks unless their own title says otherwise.
_INHERITED = {"open_space", "workshop", "panel", "q_and_a", "report_back", "film"}


def _settle_times(day: Day, prog: Programme) -> list[tuple[int | None, int | None, bool]]:
    """(start, end, end_inferred) in minutes for each block of the day."""
    day_start = day.start.minutes if day.start else None
    day_end = settle(day.end, day_start) if day.end else None
    starts: list[int | None] = []
    ends: list[int | None] = []
    last = day_start
    for b in day.blocks:
        s = settle(b.start, last) if b.start else None
        e = settle(b.end, s if s is not None else last) if b.end else None
        if s is not None:
            last = s
        starts.append(s)
        ends.append(e)
    out = []
    for i, b in enumerate(day.blocks):
        start, end, inferred = starts[i], ends[i], False
        if start is None:
            previous = next(
                (x for x in reversed(out) if x[1] is not None or x[0] is not None), None
            )
            if previous is not None:
                start = previous[1] if previous[1] is not None else previous[0]
            elif b.section_start is not None:
                start = b.section_start.minutes
            else:
                start = day_start
            if start is None:
                prog.warn(b.line, f"no time for “{b.title}”: set its start by hand")
        if end is None and b.duration is not None and start is not None:
            end = start + b.duration
        if end is None and start is not None:
            following = next((s for s in starts[i + 1 :] if s is not None), None)
            if i + 1 < len(day.blocks) and day.blocks[i + 1].section and b.start is not None:
                following = None  # the next block opens another part of the day

            if following is None and i == len(day.blocks) - 1 and day_end and day_end > start:
                following = day_end
            if following is not None and following >= start:
                end, inferred = following, True
        if start is not None and out and out[-1][1] is not None and start < out[-1][1]:
            prog.warn(b.line, f"“{b.title}” starts before the previous block ends")
        out.append((start, end, inferred))
    return out


def _kind(b: Block) -> str:
    return b.kind or kind_of(b.title) or ("plenary" if b.items else "talk")


def _speakers(speakers: list[dict]) -> list[dict]:
    return [{"name": s["name"], "role": s["role"], "topic": s["topic"]} for s in speakers]


def to_contract(prog: Programme) -> dict[str, Any]:
    """The programme as the JSON of `facilitateur program parse`."""
    days = []
    for day in prog.days:
        blocks = []
        for b, (start, end, inferred) in zip(day.blocks, _settle_times(day, prog), strict=True):
            kind = _kind(b)
            block: dict[str, Any] = {
                "start": hhmm(start),
                "end": hhmm(end),
                "end_inferred": inferred,
                "title": b.title,
                "kind": kind,
            }
            if b.section:
                block["section"] = b.section
            if b.description:
                block["description"] = b.description
            block["speakers"] = _speakers(b.speakers)
            block["items"] = [
                {
                    "title": it.title,
                    "kind": it.kind
                    or kind_of(it.title)
                    or (kind if kind in _INHERITED else "talk"),
                    "speakers": _speakers(it.speakers),
                }
                for it in b.items
            ]
            blocks.append(block)
        first = next((x["start"] for x in blocks if x["start"]), None)
        last = next(
            (x["end"] or x["start"] for x in reversed(blocks) if x["end"] or x["start"]), None
        )
        days.append(
            {
                "date": day.date.isoformat() if day.date else None,
                "label": day.label,
                "start": hhmm(day.start.minutes) if day.start else first,
                "end": hhmm(settle(day.end, day.start.minutes if day.start else None))
                if day.end
                else last,
                "blocks": blocks,
            }
        )
    _fill_years(prog, days)
    out: dict[str, Any] = {"title": prog.title, "venue": prog.venue, "days": days}
    if prog.warnings:
        out["warnings"] = sorted(prog.warnings, key=lambda w: w["line"])
    return out


def _fill_years(prog: Programme, days: list[dict[str, Any]]) -> None:
    """`Samedi 14 mai` takes its year from another day of the programme that has one."""
    years = {d.date.year for d in prog.days if d.date}
    if len(years) != 1:
        return
    from facilitateur.models.programme.words import find_date

    year = years.pop()
    for out, day in zip(days, prog.days, strict=True):
        if out["date"] is None and day.label:
            found = find_date(f"{day.label} {year}")
            if found and found[1]:
                out["date"] = found[1].isoformat()
