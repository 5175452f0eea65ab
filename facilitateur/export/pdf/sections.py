"""The short sections of the synthesis, each a list of flowables: contents, key figures, the
action table, speaking time, closing."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from facilitateur.export.pdf.bidi_paragraph import Para as Paragraph
from facilitateur.export.pdf.charts import Share, ShareBars
from facilitateur.export.pdf.contents import entries_flowables
from facilitateur.export.pdf.data import Synthesis, overrun
from facilitateur.export.pdf.labels import Wording
from facilitateur.export.pdf.markdown import note_parts
from facilitateur.export.pdf.style import LATE, LIGHT, styles
from facilitateur.export.pdf.tables import Command, table
from facilitateur.export.pdf.text import safe
from facilitateur.models.notes.model import ActionStatus, NoteKind
from facilitateur.models.openspace.model import ReportStatus
from facilitateur.models.speakers.stats import Turn, per_category

TOP_CATEGORIES = 8  # on the key figures page; the rest together


def contents(entries: list[tuple[int, str, str]], w: Wording) -> list[Flowable]:
    """The contents' page: its title, then one line per heading (see contents.py)."""
    title = Paragraph(w["contents"], styles()["h1plain"])
    return [title, *entries_flowables(entries)]


# Key figures -------------------------------------------------------------------------------


def _tiles(tiles: list[tuple[str, str, str]], width: float) -> Table:
    """Figures as tiles, three to a row: the number large, what it counts, a line of detail."""
    st = styles()
    cells: list[list[Flowable] | str] = [
        [
            Paragraph(figure, st["figure"]),
            Paragraph(label, st["figurelabel"]),
            *([Paragraph(note, st["figurenote"])] if note else []),
        ]
        for figure, label, note in tiles
    ]
    rows = [cells[i : i + 3] for i in range(0, len(cells), 3)]
    rows[-1] += [""] * (3 - len(rows[-1]))
    grid = Table(rows, colWidths=[width / 3] * 3)
    look: list[Command] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
        ("LINEBELOW", (0, 0), (-1, -1), 5, colors.white),
        ("LINEAFTER", (0, 0), (-1, -1), 5, colors.white),
    ]
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            if cell != "":
                look.append(("BACKGROUND", (j, i), (j, i), LIGHT))
    grid.setStyle(TableStyle(look))
    return grid


def _day_length(d: Synthesis) -> timedelta:
    """Time from the first start to the last end, day by day, added up."""
    total = timedelta(0)
    for _label, blocks in d.days:
        starts = [b.actual_start for b in blocks if b.actual_start]
        ends = [b.actual_end for b in blocks if b.actual_end]
        if starts and ends and max(ends) > min(starts):
            total += max(ends) - min(starts)
    return total


def _end_note(late: timedelta | None, w: Wording) -> str:
    """How late (or early) the day ended, said as such."""
    if late is None:
        return ""
    seconds = late.total_seconds()
    if abs(seconds) < 60:
        return w["on_time"]
    return w["late_end" if seconds > 0 else "early_end"].format(d=w.duration(seconds))


def figures(d: Synthesis, w: Wording) -> list[Flowable]:
    """Key figures as a page taken in at a glance (the plan's, for a day not yet run)."""
    st = styles()
    lang = w.lang
    out: list[Flowable] = [Paragraph(w["figures"], st["h1"])]
    o = d.openspace
    workshops = o.workshops if o is not None else []
    if not d.ran:
        planned = sum(
            (
                (b.planned_end - b.planned_start)
                for b in d.blocks
                if b.planned_start and b.planned_end
            ),
            timedelta(0),
        )
        speakers = sum(len(v) for v in d.speakers.values())
        tiles = [
            (w.number(len(d.blocks)), w.plural(len(d.blocks), "n_blocks"), ""),
            (w.duration(planned.total_seconds()), w["planned_duration"], ""),
            (w.number(speakers), w.plural(speakers, "n_planned_speakers"), ""),
        ]
        if workshops:
            n = len(workshops)
            tiles.append((w.number(n), w.plural(n, "n_workshops"), ""))
        return [*out, _tiles(tiles, 17 * cm)]

    first = [b.actual_start for b in d.blocks if b.actual_start]
    last = [b.actual_end for b in d.blocks if b.actual_end]
    span = ""
    if first and last:
        span = w["from_to"].format(
            start=w.clock(min(first).astimezone(d.tz)), end=w.clock(max(last).astimezone(d.tz))
        )
    end_note = _end_note(overrun(d.blocks), w)
    people = len({t.person_id for t in d.turns})
    spoken = sum((t.duration for t in d.turns), timedelta(0))
    notes = d.notes
    decisions = sum(n.kind == NoteKind.DECISION for n in notes)
    actions = [n for n in notes if n.kind == NoteKind.ACTION]
    done = sum(n.status == ActionStatus.DONE for n in actions)
    tiles = [
        (
            w.duration(_day_length(d).total_seconds()),
            w["duration" if len(d.days) < 2 else "duration_days"],
            " · ".join(x for x in (span, end_note) if x),
        ),
        (w.number(people), w.plural(people, "n_people"), w.count(len(d.turns), "n_turns")),
        (w.duration(spoken.total_seconds()), w["speaking_total"], ""),
        (w.number(decisions), w.plural(decisions, "n_decisions"), ""),
        (
            w.number(len(actions)),
            w.plural(len(actions), "n_actions"),
            w.count(done, "n_actions_done") if actions else "",
        ),
        (w.number(len(notes)), w.plural(len(notes), "n_notes"), ""),
    ]
    if workshops:
        handed = sum(x.status == ReportStatus.DONE for x in workshops)
        drafts = sum(x.status == ReportStatus.DRAFT for x in workshops)
        detail = w.count(handed, "n_reports")
        if drafts:
            detail += " · " + w.count(drafts, "n_drafts")
        tiles.append((w.number(len(workshops)), w.plural(len(workshops), "n_workshops"), detail))
    out.append(_tiles([(f, safe(label, lang), safe(n, lang)) for f, label, n in tiles], 17 * cm))
    if d.turns:
        out += [
            Spacer(1, 14),
            Paragraph(w["by_category"], st["h3"]),
            ShareBars(_category_shares(d.turns, w, TOP_CATEGORIES)),
        ]
    return out


def _category_shares(turns: list[Turn], w: Wording, top: int | None = None) -> list[Share]:
    cats = per_category(turns)
    shares = [
        Share(
            c.category or w["no_category"],
            c.time_share,
            f"{w.percent(c.time_share)} · {w.duration(c.total.total_seconds())}",
        )
        for c in cats
    ]
    if top is not None and len(shares) > top + 1:
        rest = cats[top:]
        share = sum(c.time_share for c in rest)
        total = sum((c.total for c in rest), timedelta(0))
        figure = f"{w.percent(share)} · {w.duration(total.total_seconds())}"
        shares = [*shares[:top], Share(f"{w['others']} ({w.number(len(rest))})", share, figure)]
    return shares


# Actions -----------------------------------------------------------------------------------


def actions(d: Synthesis, w: Wording) -> list[Flowable]:
    """Every action: what, who, by when, its status; grouped under where they came from (a
    block, a segment, a workshop), in the order they were noted."""
    st = styles()
    lang = w.lang
    items = [n for n in d.notes if n.kind == NoteKind.ACTION]
    out: list[Flowable] = [Paragraph(w["actions"], st["h1"])]
    if not items:
        return [*out, Paragraph(w["none"], st["body"])]
    rows = [[w["what"], w["who"], w["by"], w["status"]]]
    groups = {}  # rows that name where the actions below them came from
    first: dict[str, int] = {}  # each place in the order it first had an action
    for n in items:
        first.setdefault(n.place, len(first))
    place = None
    for n in sorted(items, key=lambda n: first[n.place]):  # stable: noted order within
        if n.place != place:
            place = n.place
            groups[len(rows)] = "cellgroup"
            rows.append([safe(place, lang) or w["day_notes"], "", "", ""])
        what = "<br/>".join(
            f"{p.bullet} {p.markup}" if p.bullet else p.markup for p in note_parts(n.text, lang)
        )
        rows.append(
            [
                what,
                safe(n.owner, lang),
                w.date(n.due),
                w[ActionStatus.DONE if n.status == ActionStatus.DONE else ActionStatus.OPEN],
            ]
        )
    grid = table(rows, [10.1 * cm, 3.4 * cm, 2.2 * cm, 1.3 * cm], spans=groups)
    return [*out, grid]


# Speaking time -----------------------------------------------------------------------------


@dataclass
class _Person:
    name: str
    organisation: str
    category: str
    total: timedelta
    turns: int
    over: timedelta


def _people(d: Synthesis) -> list[_Person]:
    """Each person who spoke: time, turns and time beyond what was allotted, most time first."""
    acc: dict[uuid.UUID, _Person] = {}
    for t in d.turns:
        p = acc.get(t.person_id)
        if p is None:
            p = acc[t.person_id] = _Person(
                t.person, t.organisation, t.category, timedelta(0), 0, timedelta(0)
            )
        p.total += t.duration
        p.turns += 1
        p.over += max(t.duration - t.allotted, timedelta(0))
    return sorted(acc.values(), key=lambda p: (-p.total, p.name))


def speaking(d: Synthesis, w: Wording) -> list[Flowable]:
    """Speaking time per person (beyond the allotted time too) and per category."""
    st = styles()
    lang = w.lang
    out: list[Flowable] = [Paragraph(w["speaking"], st["h1"])]
    if not d.turns:
        return [*out, Paragraph(w["no_speaker"], st["body"])]
    rows = [
        [w["person"], w["organisation"], w["category"], w["time"], w["n_turns_head"], w["overrun"]]
    ]
    colours = {}
    for i, p in enumerate(_people(d), start=1):
        over = ""
        if p.over.total_seconds() >= 1:
            over = "+" + w.duration(p.over.total_seconds(), precise=True)
            colours[(5, i)] = LATE
        rows.append(
            [
                safe(p.name, lang),
                safe(p.organisation, lang),
                safe(p.category, lang),
                w.duration(p.total.total_seconds(), precise=True),
                w.number(p.turns),
                over,
            ]
        )
    widths = [4.0 * cm, 4.0 * cm, 2.7 * cm, 2.1 * cm, 1.9 * cm, 2.3 * cm]
    out += [table(rows, widths, bold_first=True, colours=colours), Spacer(1, 12)]
    cats = per_category(d.turns)
    rows = [[w["category"], w["time"], w["n_turns_head"], w["share"]]]
    rows += [
        [
            safe(c.category, lang) or w["no_category"],
            w.duration(c.total.total_seconds()),
            w.number(c.turns),
            w.percent(c.time_share),
        ]
        for c in cats
    ]
    out += [
        Paragraph(w["by_category"], st["h3"]),
        table(rows, [8 * cm, 3 * cm, 3 * cm, 3 * cm]),
        Spacer(1, 8),
        ShareBars(_category_shares(d.turns, w)),
    ]
    return out


# Closing -----------------------------------------------------------------------------------


def closing(d: Synthesis, w: Wording) -> list[Flowable]:
    """When the meeting closed, who wrote the synthesis, where the next steps are, when the
    document was made; on the same page as what comes before when it fits."""
    st = styles()
    lang = w.lang
    ended = [b.actual_end for b in d.blocks if b.actual_end]
    out: list[Flowable] = [Paragraph(w["closing"], st["h1"])]
    if ended:
        closed = w["closed_at"].format(time=w.clock(max(ended).astimezone(d.tz)))
        out.append(Paragraph(closed, st["closingline"]))
    if d.authors:
        out.append(
            Paragraph(w["written_by"].format(authors=safe(w.join(d.authors), lang)), st["body"])
        )
    if any(n.kind == NoteKind.ACTION for n in d.notes):
        out.append(Paragraph(w["follow_up"], st["body"]))
    if d.made is not None:
        out.append(
            Paragraph(w["exported"].format(date=w.date(d.made.astimezone(d.tz))), st["small"])
        )
    return out
