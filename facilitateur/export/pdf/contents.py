"""The contents in a single layout pass.

Reportlab's TableOfContents learns the page numbers from a first layout and needs a second and
often a third one to draw them, each as costly as the whole document. Here the entries are
known before the layout (every H1 and H2 heading of the story), so the contents take their
final size at once; each page number is a small PDF form drawn where it belongs and defined at
the end, when the heading's page is known (PDF allows such forward references).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from facilitateur.export.pdf.style import styles

HEADINGS = {"H1": 0, "H2": 1}
_DOT = " . "
_NUMBER_WIDTH = 30  # points kept at the right for the page number
_CALLBACK = "facilitateur_contents"

Entry = tuple[int, str, str]  # an entry of the contents: (level, markup, bookmark key)


class ContentsCanvas(Canvas):
    """A canvas the contents are drawn on (see `install`): each entry notes where its words
    end, as (key, level, x, y), for its leader and page number to follow."""

    contents_after: list[tuple[str, int, float, float]]
    # Where reportlab's text drawing stands (set by reportlab, absent from its stub).
    _curr_tx_info: dict[str, Any]


def form_name(key: str) -> str:
    """The name of the PDF form that draws the page number of the heading `key`."""
    return f"contents-{key}"


def _headings(story: Iterable[Flowable]) -> Iterator[Paragraph]:
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            # (the flowables kept together: a private part, absent from reportlab's stub)
            yield from _headings(flowable._content)  # type: ignore[attr-defined]
        elif isinstance(flowable, Paragraph) and flowable.style.name in HEADINGS:
            yield flowable


def mark_headings(story: list[Flowable]) -> list[Entry]:
    """Give every heading of the story its bookmark key; return the entries of the contents as
    (level, markup, key), in order."""
    entries: list[Entry] = []
    for i, heading in enumerate(_headings(story)):
        key = f"h{i}"
        # A mark reportlab carries to the document's afterFlowable, which reads it.
        heading.contents_key = key  # type: ignore[attr-defined]
        entries.append((HEADINGS[heading.style.name], heading.text, key))
    return entries


class _Entry(Paragraph):
    def draw(self) -> None:
        canv = self.canv
        assert isinstance(canv, ContentsCanvas), "the synthesis is drawn on a ContentsCanvas"
        canv.contents_after = []
        super().draw()
        # After the words, so that a reader copying the page gets "title . . . page".
        for key, level, x, y in canv.contents_after:
            _leader_and_number(canv, key, level, x, y, self.width)


def entries_flowables(entries: list[Entry]) -> list[Paragraph]:
    """One paragraph per entry, a link to its heading, dots and the page number drawn after it."""
    st = styles()
    return [
        _Entry(
            f'<a href="#{key}">{markup}</a><onDraw name="{_CALLBACK}" label="{key}:{level}"/>',
            st["toc1" if level == 0 else "toc2"],
        )
        for level, markup, key in entries
    ]


def install(canvas: ContentsCanvas) -> None:
    """Teach the canvas to note where an entry's words end (its leader and number follow)."""

    def after_entry(canv: Canvas, kind: str | None, label: str) -> None:
        assert isinstance(canv, ContentsCanvas), "called back by the canvas it was given to"
        key, level = label.rsplit(":", 1)
        info = canv._curr_tx_info
        canv.contents_after.append((key, int(level), info["cur_x"], info["cur_y"]))

    canvas.setNamedCB(_CALLBACK, after_entry)


def _leader_and_number(
    canv: Canvas, key: str, level: int, x: float, y: float, right: float
) -> None:
    style = styles()["toc1" if level == 0 else "toc2"]
    dot = stringWidth(_DOT, style.fontName, style.fontSize)
    count = int((right - _NUMBER_WIDTH - x) / dot)
    if count > 0:
        canv.setFont(style.fontName, style.fontSize)
        canv.setFillColor(style.textColor)
        canv.drawString(right - _NUMBER_WIDTH - count * dot, y, _DOT * count)
    canv.saveState()
    canv.translate(right, y)
    canv.doForm(form_name(key))
    canv.restoreState()
    canv.linkRect("", key, (right - _NUMBER_WIDTH, y, right, y + style.leading), relative=1)


def define_numbers(canvas: Canvas, entries: list[Entry], pages: dict[str, int]) -> None:
    """Define each entry's page-number form, right-aligned on its origin."""
    for level, _markup, key in entries:
        style = styles()["toc1" if level == 0 else "toc2"]
        canvas.beginForm(form_name(key), lowerx=-_NUMBER_WIDTH, lowery=-4, upperx=2, uppery=14)
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        canvas.drawRightString(0, 0, str(pages.get(key, "")))
        canvas.endForm()
