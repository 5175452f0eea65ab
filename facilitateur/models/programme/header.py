"""The top of a programme: its title, date, hours and venue, and where the schedule begins."""

from __future__ import annotations

import re

from facilitateur.models.programme.lines import HEADINGS, classify, clean_line
from facilitateur.models.programme.model import Day, Programme
from facilitateur.models.programme.people import clean
from facilitateur.models.programme.times import HOURS_IN_TEXT, read_time
from facilitateur.models.programme.words import PARTS_OF_DAY, find_date, fold

_VENUE_LABEL = re.compile(r"^(?:lieu|venue|adresse|address|where|o[uù])\s*:\s*(?P<v>.+)$", re.I)
_VENUE_LEAD = re.compile(r"^(?:,\s*)?(?:au|aux|à la|à l['’]|à|a|at|in|dans|en)\s+", re.I)


def body_start(raw: list[str]) -> int:
    """Index of the first line of the schedule itself.

    After a `PROGRAMME` heading when there is one; otherwise at the first timed line or part
    of the day (lines before it are the header and the prose around it).
    """
    for i, line in enumerate(raw):
        if fold(clean_line(line)).strip(" :") in HEADINGS:
            return i + 1
    for i, line in enumerate(raw):
        text = clean_line(line)
        if text and classify(text)[0] in ("block", "section") and not _is_event_hours(text, i, raw):
            return i
    return len(raw)


def _is_event_hours(text: str, index: int, raw: list[str]) -> bool:
    """`de 9h00 à 18h00, au siège …` just under the date gives the event's hours, not a block."""
    m = HOURS_IN_TEXT.match(text)
    if not m:
        return False
    before = [clean_line(x) for x in raw[max(0, index - 3) : index]]
    return any(find_date(b) for b in before if b) or bool(
        _VENUE_LEAD.match(text[m.end() :].strip(" ,"))
    )


def read_header(raw: list[str], end: int, prog: Programme) -> Day:
    """Fill the programme's title and venue; return the first day with its date and hours."""
    day = Day()
    lines = [(i, clean_line(x)) for i, x in enumerate(raw[:end])]
    lines = [(i, t) for i, t in lines if t]
    venue_at = None
    for i, text in lines:
        found = find_date(text)
        if found and day.date is None and not day.label:
            day.label, day.date, rest = found
            text = rest.lstrip("—–-, ")
            # "Jeudi 3 avril 2025 — Maison des associations, Rennes": the venue follows.
            if text and not HOURS_IN_TEXT.search(text) and not PARTS_OF_DAY.match(fold(text)):
                prog.venue, venue_at = clean(_VENUE_LEAD.sub("", text)), i
                continue
        hours = HOURS_IN_TEXT.search(text)
        if hours and day.start is None:
            day.start, day.end = read_time(hours, "a"), read_time(hours, "b")
            after = text[hours.end() :].strip(" ,")
            if after and not prog.venue:
                prog.venue, venue_at = clean(_VENUE_LEAD.sub("", after)), i
            continue
        label = _VENUE_LABEL.match(text)
        if label and not prog.venue:
            prog.venue, venue_at = clean(label.group("v")), i
            continue
        if venue_at is not None and i == _next_index(lines, venue_at) and text.startswith("("):
            prog.venue = f"{prog.venue} {text}"
            continue
        if not prog.title and not found and classify(text)[0] == "text":
            prog.title = clean(text)
    return day


def _next_index(lines: list[tuple[int, str]], index: int) -> int | None:
    following = [i for i, _ in lines if i > index]
    return following[0] if following else None
