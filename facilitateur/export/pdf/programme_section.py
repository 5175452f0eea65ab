"""The programme as run: each block's planned and actual times, how late it started and by how
much it overran, its segments under it; then the timeline of the day. A day not yet run: the
programme as planned."""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.colors import Color
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer, Table

from facilitateur.export.pdf.bidi_paragraph import Para as Paragraph
from facilitateur.export.pdf.charts import Timeline, TimelineRow
from facilitateur.export.pdf.data import BlockRun, Synthesis
from facilitateur.export.pdf.labels import Wording
from facilitateur.export.pdf.style import EARLY, GREY, LATE, styles
from facilitateur.export.pdf.tables import table
from facilitateur.export.pdf.text import safe

MINUTE = timedelta(minutes=1)


def start_delay(b: BlockRun) -> timedelta | None:
    """How much later (negative: earlier) than planned the block started."""
    if b.actual_start and b.planned_start:
        return b.actual_start - b.planned_start
    return None


def overrun(b: BlockRun) -> timedelta | None:
    """How much longer (negative: shorter) than planned the block ran, start to end."""
    if b.actual_start and b.actual_end and b.planned_start and b.planned_end:
        return (b.actual_end - b.actual_start) - (b.planned_end - b.planned_start)
    return None


def _gap(delta: timedelta | None, w: Wording) -> tuple[str, Color | None]:
    """The figure and its colour: late in red, early (or shorter) in green, within a minute
    `=` in grey."""
    if delta is None:
        return "", None
    if abs(delta) < MINUTE:
        return "=", GREY
    return w.signed(delta), LATE if delta > timedelta(0) else EARLY


def programme(d: Synthesis, w: Wording) -> list[Flowable]:
    """The section: a table and a timeline per day."""
    st = styles()
    out: list[Flowable] = [Paragraph(w["programme" if d.ran else "programme_planned"], st["h1"])]
    if not d.ran:
        out.append(Paragraph(w["not_run_yet"], st["body"]))
    for label, blocks in d.days:
        if len(d.days) > 1:
            out.append(Paragraph(safe(w.day_name(label), w.lang), st["h2"]))
        if not blocks:
            out.append(Paragraph(w["none"], st["body"]))
            continue
        out += [_ran(d, blocks, w) if d.ran else _planned(blocks, w), Spacer(1, 10)]
        rows = [
            TimelineRow(
                b.title,
                b.planned_start,
                b.planned_end,
                b.actual_start,
                b.actual_end,
                tuple(b.intervals),
            )
            for b in blocks
        ]
        # The chart draws its own title: a heading kept with it would push it whole onto the
        # next page (keep-with-next), leaving the rest of this one empty.
        title = w["timeline" if d.ran else "timeline_planned"]
        out += [Timeline(rows, w, d.tz, title=title), Spacer(1, 6)]
    return out


def _segments(
    b: BlockRun, w: Wording, rows: list[list[str]], spans: dict[int, str], columns: int
) -> None:
    """The block's segments under it, each a row across the table (their times, if any,
    after the title)."""
    for s in b.segments:
        title = safe(s.title, w.lang)
        if s.planned_start:
            title += f" ({w.hours(s.planned_start, s.planned_end)})"
        spans[len(rows)] = "cellsegment"
        rows.append([f"› {title}"] + [""] * (columns - 1))


def _ran(d: Synthesis, blocks: list[BlockRun], w: Wording) -> Table:
    rows = [[w["block"], w["planned"], w["actual"], w["start_delay"], w["overrun"]]]
    colours: dict[tuple[int, int], Color] = {}
    spans: dict[int, str] = {}
    for b in blocks:
        # A block taken up again later shows each time it ran, one line each.
        actual = (
            "<br/>".join(
                w.hours(start.astimezone(d.tz), end and end.astimezone(d.tz))
                for start, end in (b.intervals or [(b.actual_start, b.actual_end)])
            )
            if b.actual_start
            else w["not_run"]
        )
        row = len(rows)
        late, late_colour = _gap(start_delay(b), w)
        over, over_colour = _gap(overrun(b), w)
        for column, colour in ((3, late_colour), (4, over_colour)):
            if colour is not None:
                colours[(column, row)] = colour
        rows.append(
            [safe(b.title, w.lang), w.hours(b.planned_start, b.planned_end), actual, late, over]
        )
        _segments(b, w, rows, spans, 5)
    widths = [5.4 * cm, 3.6 * cm, 3.6 * cm, 2.1 * cm, 2.3 * cm]
    return table(rows, widths, colours=colours, spans=spans)


def _planned(blocks: list[BlockRun], w: Wording) -> Table:
    rows = [[w["block"], w["time_of_day"], w["length"]]]
    spans: dict[int, str] = {}
    for b in blocks:
        length = (
            w.duration((b.planned_end - b.planned_start).total_seconds())
            if b.planned_start and b.planned_end
            else ""
        )
        rows.append([safe(b.title, w.lang), w.hours(b.planned_start, b.planned_end), length])
        _segments(b, w, rows, spans, 3)
    return table(rows, [10.6 * cm, 4.0 * cm, 2.4 * cm], spans=spans)
