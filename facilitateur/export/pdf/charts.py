"""The charts of the synthesis, as flowables that take the frame's width and split across pages
row by row (a day of 200 blocks, 2,000 categories): the timeline of the day and bars of
shares of speaking time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from facilitateur.export.pdf.labels import Wording
from facilitateur.export.pdf.style import ACCENT, GREY, drawable, fonts
from facilitateur.export.pdf.text import visual

PLANNED_GREY = colors.HexColor("#cbd5e1")
GRID = colors.HexColor("#e5e7eb")


@dataclass(frozen=True)
class TimelineRow:
    """One block on the timeline: its title and planned and actual spans (aware datetimes)."""

    title: str
    planned_start: datetime | None
    planned_end: datetime | None
    actual_start: datetime | None
    actual_end: datetime | None
    # Each time it ran (a block taken up again later has two); empty: the actual span alone.
    intervals: tuple[tuple[datetime, datetime | None], ...] = ()


def fit_text(text: str, font: str, size: float, width: float) -> str:
    """The text cut with an ellipsis to fit `width` (a label of a chart, a page's footer)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(len(text) - max(len(text) // 8, 1), 0)]
    return text.rstrip() + "…"


def _two_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """The text on one line, or broken at a space onto two, the second cut if need be."""
    if stringWidth(text, font, size) <= width:
        return [text]
    words, first = text.split(" "), ""
    for i, word in enumerate(words):
        trial = f"{first} {word}" if first else word
        if stringWidth(trial, font, size) > width:
            if not first:
                return [fit_text(text, font, size, width)]
            return [first, fit_text(" ".join(words[i:]), font, size, width)]
        first = trial
    return [first]


Span = tuple[datetime, datetime]  # the hours a timeline shows, from the first to the last


class Timeline(Flowable):
    """One row per block: its title (on two lines at most), the planned time as a grey bar and
    the actual time as a coloured one, against the hours of the day; as wide as the frame.
    Split across pages between rows, each part with its hours and legend."""

    LABEL_SIZE, LEADING, PAD = 7.5, 8.6, 3.0
    SMALL = 220.0
    HEAD, FOOT, TITLE = 22.0, 12.0, 20.0

    def __init__(
        self,
        rows: list[TimelineRow],
        w: Wording,
        tz: tzinfo,
        span: Span | None = None,
        legend: bool = True,
        title: str = "",
    ) -> None:
        super().__init__()
        self.rows, self.w, self.tz, self.legend, self.title = rows, w, tz, legend, title
        times = [
            t
            for r in rows
            for t in (r.planned_start, r.planned_end, r.actual_start, r.actual_end)
            if t is not None
        ]
        if span is None and times:
            lo, hi = min(times), max(times)
            span = (lo, max(hi, lo + timedelta(minutes=30)))
        self.span = span
        self._laid: tuple[float, list[list[str]]] | None = None

    # Layout ----------------------------------------------------------------------------------

    def _labels(self, width: float) -> list[list[str]]:
        if self._laid is None or self._laid[0] != width:
            regular, _bold = fonts()
            room = width * 0.36 - 6
            self._laid = (
                width,
                [_two_lines(drawable(r.title), regular, self.LABEL_SIZE, room) for r in self.rows],
            )
        return self._laid[1]

    def _heights(self, width: float) -> list[float]:
        return [max(len(lines), 1) * self.LEADING + 2 * self.PAD for lines in self._labels(width)]

    def _head(self) -> float:
        return self.HEAD + (self.TITLE if self.title else 0)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = (
            self._head() + sum(self._heights(availWidth)) + self.FOOT if self.span else self._head()
        )
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        heights = self._heights(availWidth)
        if sum(heights) < self.SMALL:  # a short chart moves to the next page whole
            return []
        used, count = self._head() + self.FOOT, 0
        for h in heights:
            if used + h > availHeight:
                break
            used += h
            count += 1
        if count == 0 or count == len(self.rows):
            return []
        return [
            Timeline(self.rows[:count], self.w, self.tz, self.span, self.legend, self.title),
            Timeline(self.rows[count:], self.w, self.tz, self.span, legend=False),
        ]

    # Drawing ---------------------------------------------------------------------------------

    def _x(self, t: datetime) -> float:
        assert self.span is not None, "a timeline without times draws nothing"
        lo, hi = self.span
        left = self.width * 0.36
        return left + (t - lo).total_seconds() / (hi - lo).total_seconds() * (self.width - left)

    def _ticks(self) -> list[datetime]:
        assert self.span is not None, "a timeline without times draws nothing"
        lo, hi = (t.astimezone(self.tz) for t in self.span)
        hours = (hi - lo).total_seconds() / 3600
        step = 1 if hours <= 12 else 2 if hours <= 24 else 6
        t = lo.replace(minute=0, second=0, microsecond=0)
        if t < lo:
            t += timedelta(hours=1)
        out = []
        while t <= hi:
            if t.hour % step == 0:
                out.append(t)
            t += timedelta(hours=1)
        return out

    def _hour(self, t: datetime) -> str:
        if self.w.french:
            return f"{t.hour}\u00a0h"
        return f"{t.hour % 12 or 12}\u00a0{'AM' if t.hour < 12 else 'PM'}"

    def draw(self) -> None:
        if not self.span:
            return
        canv = self.canv
        regular, bold = fonts()
        top = self.height - self._head()
        bottom = self.FOOT
        if self.title:  # as the section's third-level headings
            canv.setFillColor(GREY)
            canv.setFont(bold, 10)
            canv.drawString(0, self.height - 12, drawable(self.title))
        if self.legend:
            x = 0.0
            keys = [(PLANNED_GREY, self.w["planned"])]
            if any(r.actual_start for r in self.rows):
                keys.append((ACCENT, self.w["actual"]))
            for colour, word in keys:
                canv.setFillColor(colour)
                canv.rect(x, top + 13, 14, 5, stroke=0, fill=1)
                canv.setFillColor(GREY)
                canv.setFont(regular, 7.5)
                canv.drawString(x + 18, top + 13, drawable(word))
                x += 26 + stringWidth(drawable(word), regular, 7.5)
        # Hours: a light line across every row, the hour written above and below.
        canv.setLineWidth(0.4)
        for t in self._ticks():
            x = self._x(t)
            canv.setStrokeColor(GRID)
            canv.line(x, bottom, x, top)
            canv.setFillColor(GREY)
            canv.setFont(regular, 6.5)
            label = drawable(self._hour(t))
            canv.drawCentredString(x, top + 3, label)
            canv.drawCentredString(x, bottom - 8, label)
        y = top
        for row, lines, height in zip(
            self.rows, self._labels(self.width), self._heights(self.width), strict=True
        ):
            y -= height
            canv.setFillColor(colors.black)
            canv.setFont(regular, self.LABEL_SIZE)
            first = y + height - self.PAD - self.LABEL_SIZE + 1
            for i, line in enumerate(lines):
                canv.drawString(0, first - i * self.LEADING, visual(line))
            middle = y + height / 2
            if row.planned_start and row.planned_end:
                x0, x1 = self._x(row.planned_start), self._x(row.planned_end)
                canv.setFillColor(PLANNED_GREY)
                canv.rect(x0, middle, max(x1 - x0, 1), 4, stroke=0, fill=1)
            # One bar each time the block ran (taken up again later: two bars on its line).
            spans = row.intervals or (
                ((row.actual_start, row.actual_end),) if row.actual_start else ()
            )
            canv.setFillColor(ACCENT)
            for start, end in spans:
                x0, x1 = self._x(start), self._x(end or start)
                canv.rect(x0, middle - 4.5, max(x1 - x0, 1.5), 4, stroke=0, fill=1)
        canv.setStrokeColor(GREY)
        canv.setLineWidth(0.3)
        canv.line(self.width * 0.36, bottom, self.width, bottom)


@dataclass(frozen=True)
class Share:
    """One bar: a label, its share (0 to 1) and the figure written after it."""

    label: str
    share: float
    figure: str


class ShareBars(Flowable):
    """Horizontal bars of shares (speaking time by category), as wide as the frame; split
    between bars across pages."""

    ROW = 15.0

    def __init__(self, shares: list[Share]) -> None:
        super().__init__()
        self.shares = shares

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = availWidth, self.ROW * len(self.shares) + 2
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if len(self.shares) * self.ROW < Timeline.SMALL:  # short: moved whole
            return []
        count = int((availHeight - 2) // self.ROW)
        if count <= 0 or count >= len(self.shares):
            return []
        return [ShareBars(self.shares[:count]), ShareBars(self.shares[count:])]

    def draw(self) -> None:
        canv = self.canv
        regular, _bold = fonts()
        left = self.width * 0.36
        figure_room = 90.0
        longest = max((s.share for s in self.shares), default=0) or 1
        for i, s in enumerate(self.shares):
            y = self.height - self.ROW * (i + 1)
            canv.setFillColor(colors.black)
            canv.setFont(regular, 8)
            label = fit_text(drawable(s.label), regular, 8, left - 8)
            canv.drawString(0, y + 4, visual(label))
            length = (self.width - left - figure_room) * s.share / longest
            canv.setFillColor(ACCENT)
            canv.rect(left, y + 2, max(length, 0.8), 9, stroke=0, fill=1)
            canv.setFillColor(GREY)
            canv.drawString(left + length + 4, y + 4, drawable(s.figure))
