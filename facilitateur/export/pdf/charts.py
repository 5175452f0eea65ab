"""The charts of the synthesis (reportlab graphics): the timeline of the day, the shares of
speaking time."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm

from facilitateur.export.pdf.data import Synthesis
from facilitateur.export.pdf.labels import LABELS, clock
from facilitateur.export.pdf.style import ACCENT, GREY, fonts
from facilitateur.export.pdf.text import visual


def timeline(blocks, d: Synthesis, lang: str) -> Drawing:
    """One line per block: the planned time as a grey bar, the actual time as a coloured one."""
    regular, _bold = fonts()
    width, row = 16 * cm, 14
    times = [
        t
        for b in blocks
        for t in (b.planned_start, b.planned_end, b.actual_start, b.actual_end)
        if t
    ]
    drawing = Drawing(width, row * (len(blocks) + 2))
    if not times:
        return drawing
    lo, hi = min(times), max(times)
    span = max((hi - lo).total_seconds(), 60)
    left = 5.5 * cm

    def x(t) -> float:
        return left + (t - lo).total_seconds() / span * (width - left - 4)

    top = row * (len(blocks) + 1)
    drawing.add(
        String(0, top + 2, LABELS[lang]["timeline"], fontName=regular, fontSize=7, fillColor=GREY)
    )
    for i, b in enumerate(blocks):
        y = top - row * (i + 1)
        drawing.add(
            String(
                0,
                y + 3,
                visual((b.title[:34] + "…") if len(b.title) > 35 else b.title),
                fontName=regular,
                fontSize=7,
            )
        )
        if b.planned_start and b.planned_end:
            drawing.add(
                Rect(
                    x(b.planned_start),
                    y + 6,
                    max(x(b.planned_end) - x(b.planned_start), 1),
                    5,
                    fillColor=colors.HexColor("#cbd5e1"),
                    strokeColor=None,
                )
            )
        # One bar each time the block ran (taken up again later: two bars on its line).
        for start, end in b.intervals or (
            [(b.actual_start, b.actual_end)] if b.actual_start else []
        ):
            end = end or start
            drawing.add(
                Rect(
                    x(start),
                    y + 1,
                    max(x(end) - x(start), 1),
                    5,
                    fillColor=ACCENT,
                    strokeColor=None,
                )
            )
    drawing.add(Line(left, row * 0.5, width - 4, row * 0.5, strokeColor=GREY, strokeWidth=0.3))
    for t in (lo, hi):
        drawing.add(
            String(
                x(t) - 8,
                0,
                clock(t.astimezone(d.tz), lang),
                fontName=regular,
                fontSize=6.5,
                fillColor=GREY,
            )
        )
    return drawing


def share_chart(cats, lang: str) -> Drawing:
    regular, _bold = fonts()
    row, width, left = 16, 16 * cm, 5 * cm
    drawing = Drawing(width, row * len(cats) + 4)
    for i, c in enumerate(cats):
        y = row * (len(cats) - 1 - i) + 2
        name = c.category or LABELS[lang]["no_category"]
        drawing.add(String(0, y + 3, visual(name[:28]), fontName=regular, fontSize=8))
        drawing.add(
            Rect(
                left,
                y + 1,
                (width - left - 40) * c.time_share,
                10,
                fillColor=ACCENT,
                strokeColor=None,
            )
        )
        drawing.add(
            String(
                left + (width - left - 40) * c.time_share + 4,
                y + 3,
                f"{c.time_share * 100:.0f} %",
                fontName=regular,
                fontSize=8,
            )
        )
    return drawing
