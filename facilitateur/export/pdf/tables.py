"""Tables of the synthesis: paragraph cells only where needed, shared cell styles."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle
from reportlab.platypus.tables import CellStyle

from facilitateur.export.pdf.bidi_paragraph import Para as Paragraph
from facilitateur.export.pdf.style import LIGHT, styles
from facilitateur.export.pdf.text import RTL

_PADDING = 12  # a cell's left and right padding together


def _cell(text: str, style, width: float):
    """A cell's content: the markup as a paragraph when it needs one (markup, or too wide for
    one line), else the plain string, which the table draws much faster in the same font."""
    plain = not any(c in text for c in "<&\n") and not RTL.search(text)
    if plain and stringWidth(text, style.fontName, style.fontSize) <= width - _PADDING:
        return text
    return Paragraph(text, style)


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


def table(
    rows: list[list],
    widths: list[float],
    header: bool = True,
    bold_first: bool = False,
    colours: dict[tuple[int, int], colors.Color] | None = None,
) -> Table:
    """A table of paragraph markup (or flowables); `colours` colours the text of (column,
    row) cells."""
    cells, looks = [], []
    for i, row in enumerate(rows):
        names = [
            "cellb" if (header and i == 0) or (bold_first and j == 0) else "cell"
            for j in range(len(row))
        ]
        cells.append(
            [
                _cell(c, styles()[n], w) if isinstance(c, str) else c
                for c, w, n in zip(row, widths, names, strict=True)
            ]
        )
        looks.append([_cell_style(n) for n in names])
    for (j, i), colour in (colours or {}).items():
        looks[i][j] = looks[i][j].copy()
        looks[i][j].color = colour
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0, cellStyles=looks)
    commands = [("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d1d5db"))]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT))
    table.setStyle(TableStyle(commands))
    return table
