"""Tables of the synthesis: paragraph cells only where needed, shared cell styles."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from facilitateur.export.pdf.bidi_paragraph import Para as Paragraph
from facilitateur.export.pdf.style import LIGHT, drawable, styles
from facilitateur.export.pdf.text import RTL

_PADDING = 12  # a cell's left and right padding together
_TALL = 400  # points: a row this tall may be split across pages
SPANNING = ("cellsegment",)  # styles of rows across a whole table

Cell = str | Flowable  # paragraph markup, or a flowable laid out as it is
Command = tuple[Any, ...]  # a TableStyle command: its name, first and last cell, arguments


class _Table(Table):
    """A table split between rows, and inside a row only when a row is nearly a page tall (a
    note of thousands of words in a cell): a row that fits on the next page moves there whole."""

    # reportlab's Table sets these; its stub leaves its private parts out.
    _cellStyles: list[list[CellStyle]]
    _rowHeights: list[float]

    def _getFirstPossibleSplitRowPosition(self, availHeight: float, ignoreSpans: int = 0) -> int:
        # (a private method of reportlab's Table, absent from its stub)
        n: int = super()._getFirstPossibleSplitRowPosition(  # type: ignore[misc]
            availHeight, ignoreSpans
        )
        # A group's title never ends a page: the split comes before it. (A NOSPLIT command
        # per group does the same, at a cost that grows with groups times pages.)
        while n > 1 and self._cellStyles[n - 1][0].name == "cellgroup":
            n -= 1
        return n

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if not parts and not self.splitInRow and max(self._rowHeights, default=0) > _TALL:
            self.splitInRow = 1
            if self._rowHeights[0] > _TALL:  # a header that tall is not repeated: it splits
                self.repeatRows = 0
            parts = super().split(availWidth, availHeight)
        return parts


@cache
def _cell_style(name: str) -> CellStyle:
    """The table cell style matching a paragraph style, shared by every cell that uses it
    (reportlab would otherwise set font, alignment and padding cell by cell)."""
    para = styles()[name]
    cs = CellStyle(name)
    cs.fontname, cs.fontsize, cs.leading, cs.valign = (
        para.fontName,
        para.fontSize,
        para.leading,
        "TOP",
    )
    return cs


def _longest_word(text: str, font: str, size: float) -> float:
    return max((stringWidth(word, font, size) for word in text.split(" ")), default=0.0)


def _fitted(widths: list[float], need: list[float]) -> list[float]:
    """Widths where each column is at least what it needs (capped at 40 % of the table), the
    room taken from the columns with the most to spare."""
    total = sum(widths)
    need = [min(n, total * 0.4) for n in need]
    out = list(widths)
    for j, n in enumerate(need):
        missing = n - out[j]
        if missing <= 0:
            continue
        spare = {k: out[k] - max(need[k], _PADDING * 3) for k in range(len(out)) if k != j}
        room = sum(v for v in spare.values() if v > 0)
        if room <= 0:
            continue
        take = min(missing, room)
        for k, v in spare.items():
            if v > 0:
                out[k] -= take * v / room
        out[j] += take
    return out


def table(
    rows: Sequence[Sequence[Cell]],
    widths: list[float],
    header: bool = True,
    bold_first: bool = False,
    colours: dict[tuple[int, int], colors.Color] | None = None,
    spans: dict[int, str] | None = None,
) -> Table:
    """A table of paragraph markup (or flowables); `colours` colours the text of (column,
    row) cells; each row of `spans` is a title in the style named: a segment under its block,
    across the table; a group's title, in the first column, never the last row of a page.

    A cell is drawn as a plain string when it is one line without markup (most times, names
    and figures: much faster than a paragraph in the same font), else as a paragraph. No word
    of a header, nor a short figure glued by no-break spaces (`+2 min 43 s`), is cut: a column
    too narrow for it takes room from the columns that have the most to spare."""
    st = styles()
    spans = spans or {}
    names = [
        [
            spans.get(i, "cellb" if (header and i == 0) or (bold_first and j == 0) else "cell")
            for j in range(len(row))
        ]
        for i, row in enumerate(rows)
    ]
    # Plain cells measured once: (text as drawn, its width) or None for markup and flowables.
    measured: list[list[tuple[str, float] | None]] = []
    need = [0.0] * len(widths)
    for row, row_names in zip(rows, names, strict=True):
        line: list[tuple[str, float] | None] = []
        for j, (c, name) in enumerate(zip(row, row_names, strict=True)):
            if name in SPANNING:  # across the table: wraps in its whole width
                line.append(None)
            elif isinstance(c, str) and not any(x in c for x in "<&\n") and not RTL.search(c):
                style = st[name]
                text = drawable(c)
                size = stringWidth(text, style.fontName, style.fontSize)
                # What the column needs so that no word of this cell is cut.
                if " " not in text:
                    word = size
                elif size <= need[j] - _PADDING:
                    word = 0.0  # a longer cell already asks for more
                else:
                    word = _longest_word(text, style.fontName, style.fontSize)
                need[j] = max(need[j], word + _PADDING)
                line.append((text, size))
            else:
                line.append(None)
        measured.append(line)
    widths = _fitted(widths, need)
    cells: list[list[Cell]] = []
    looks: list[list[CellStyle]] = []
    for i, (row, row_names, line) in enumerate(zip(rows, names, measured, strict=True)):
        out: list[Cell] = []
        if i in spans:
            title = row[0]
            assert isinstance(title, str), "a title row holds the markup of its title"
            cells.append([Paragraph(title, st[spans[i]]), *[""] * (len(row) - 1)])
            looks.append([_cell_style(spans[i])] * len(row))
            continue
        for c, name, width, plain in zip(row, row_names, widths, line, strict=True):
            if plain is not None and plain[1] <= width - _PADDING:
                out.append(plain[0])
            elif isinstance(c, str):
                out.append(Paragraph(c, st[name]))
            else:
                out.append(c)
        cells.append(out)
        looks.append([_cell_style(n) for n in row_names])
    for (j, i), colour in (colours or {}).items():
        looks[i][j] = looks[i][j].copy()
        looks[i][j].color = colour
    table = _Table(cells, colWidths=widths, repeatRows=1 if header else 0, cellStyles=looks)
    commands: list[Command] = [("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d1d5db"))]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT))
    for i, name in spans.items():
        if name in SPANNING:
            commands.append(("SPAN", (0, i), (-1, i)))
            if i > 0:  # a segment stays with the block above it
                commands.append(("NOSPLIT", (0, i - 1), (-1, i)))
        else:  # a group's title, in the first column (kept with its first row: above)
            commands.append(("TOPPADDING", (0, i), (-1, i), 8))
    table.setStyle(TableStyle(commands))
    return table
