"""Fonts (DejaVu, embedded, covering French and many scripts) and paragraph styles."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from facilitateur.paths import resources_dir

ACCENT = colors.HexColor("#2563eb")
LATE = colors.HexColor("#dc2626")
EARLY = colors.HexColor("#15803d")
GREY = colors.HexColor("#6b7280")
LIGHT = colors.HexColor("#eef2f7")


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """Reportlab's ToUnicode map, but with characters beyond U+FFFF (emoji) written in
    UTF-16 as PDF requires (reportlab writes their bare code, which readers reject, so an emoji
    was lost when the text was copied or searched)."""
    lines = _reportlab_cmap(fontname, subset).split("\n")
    for i, code in enumerate(subset):
        if code > 0xFFFF:
            at = lines.index(f"<{i:02X}> <{code:04X}>")
            lines[at] = f"<{i:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
    return "\n".join(lines)


_reportlab_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


class FastFont(TTFont):
    """A TrueType font whose text is encoded in one C call when all its characters already
    have a code in the first subset of the document (nearly always, after the first pages);
    otherwise as reportlab does. Encoding every drawn string character by character in Python
    was a tenth of the synthesis' time."""

    def splitString(self, text, doc, encoding="utf-8"):
        state = self.state.get(doc)
        if state is not None and isinstance(text, str):
            size, table = getattr(state, "fast_codes", (-1, {}))
            if size != len(state.assignments):
                table = {c: n for c, n in state.assignments.items() if n < 256}
                if 32 in table:
                    table[0xA0] = table[32]  # reportlab draws a no-break space as a space
                state.fast_codes = len(state.assignments), table
            if set(map(ord, text)) <= table.keys():
                return [(0, text.translate(table).encode("latin-1"))] if text else []
        return super().splitString(text, doc, encoding)


@cache
def fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular, bold) once; return their names."""
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(FastFont("DejaVu", str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(FastFont("DejaVu-Bold", str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(FastFont("DejaVu-Oblique", str(folder / "DejaVuSans-Oblique.ttf")))
    pdfmetrics.registerFontFamily(
        "DejaVu",
        normal="DejaVu",
        bold="DejaVu-Bold",
        italic="DejaVu-Oblique",
        boldItalic="DejaVu-Bold",
    )

    return "DejaVu", "DejaVu-Bold"


@cache
def styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts()
    base = ParagraphStyle(
        "Body", fontName=regular, fontSize=10, leading=14, splitLongWords=True, spaceAfter=4
    )
    return {
        "body": base,
        "small": ParagraphStyle("Small", parent=base, fontSize=8.5, leading=11, textColor=GREY),
        "cell": ParagraphStyle("Cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
        "cellb": ParagraphStyle(
            "CellB", parent=base, fontName=bold, fontSize=8.5, leading=11, spaceAfter=0
        ),
        # Narrow columns (the Open Space board with many rooms): words of 12 letters fit.
        "cellsmall": ParagraphStyle(
            "CellSmall", parent=base, fontSize=7.5, leading=9.5, spaceAfter=0
        ),
        "cellsmallb": ParagraphStyle(
            "CellSmallB", parent=base, fontName=bold, fontSize=7.5, leading=9.5, spaceAfter=0
        ),
        "bullet": ParagraphStyle("Bullet", parent=base, leftIndent=14, bulletIndent=4),
        "cover": ParagraphStyle(
            "Cover",
            parent=base,
            fontName=bold,
            fontSize=26,
            leading=32,
            alignment=TA_CENTER,
            spaceAfter=18,
        ),
        "coversub": ParagraphStyle(
            "CoverSub", parent=base, fontSize=13, leading=18, alignment=TA_CENTER, textColor=GREY
        ),
        "h1": ParagraphStyle(
            "H1",
            keepWithNext=1,
            parent=base,
            fontName=bold,
            fontSize=17,
            leading=22,
            spaceBefore=6,
            spaceAfter=10,
            textColor=ACCENT,
        ),
        # The contents' own title: looks like a heading, is not in the contents.
        "h1plain": ParagraphStyle(
            "H1plain",
            parent=base,
            fontName=bold,
            fontSize=17,
            leading=22,
            spaceBefore=6,
            spaceAfter=10,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "H2",
            keepWithNext=1,
            parent=base,
            fontName=bold,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=5,
        ),
        "h3": ParagraphStyle(
            "H3",
            keepWithNext=1,
            parent=base,
            fontName=bold,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=2,
            textColor=GREY,
        ),
        "toc1": ParagraphStyle("TOC1", parent=base, fontSize=11, leading=16),
        "toc2": ParagraphStyle("TOC2", parent=base, fontSize=9, leading=12, leftIndent=16),
    }
