"""Fonts (DejaVu, embedded, covering French and many scripts) and paragraph styles."""

from __future__ import annotations

from functools import cache
from typing import Any, Protocol, cast

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


# The no-break spaces of French typography are drawn as characters of their own. Reportlab
# breaks lines at a narrow no-break space (U+202F) and writes a no-break space (U+00A0) as an
# ordinary one, so that a reader copying the text, or a search, got ordinary spaces. Each is
# put in the paragraphs as a private-use character that reportlab takes for a letter, drawn
# with the glyph of the space it stands for and read back (ToUnicode) as that space.
DRAWN_AS = {0xA0: 0xE0A0, 0x202F: 0xE02F}
_TO_DRAWN = {real: chr(drawn) for real, drawn in DRAWN_AS.items()}
_FROM_DRAWN = {drawn: chr(real) for real, drawn in DRAWN_AS.items()}


def drawable(text: str) -> str:
    """Text as it goes into a paragraph or is drawn: no-break spaces as the characters that
    reportlab neither breaks at nor turns into ordinary spaces."""
    if "\u00a0" in text or "\u202f" in text:
        return text.translate(_TO_DRAWN)
    return text


def readable(text: str) -> str:
    """The text of a paragraph as a reader gets it (bookmarks, metadata)."""
    return text.translate(_FROM_DRAWN)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """Reportlab's ToUnicode map, but with characters beyond U+FFFF (emoji) written in
    UTF-16 as PDF requires (reportlab writes their bare code, which readers reject, so an emoji
    was lost when the text was copied or searched), and the no-break spaces read as such."""
    lines = _reportlab_cmap(fontname, subset).split("\n")
    for i, code in enumerate(subset):
        if code > 0xFFFF:
            at = lines.index(f"<{i:02X}> <{code:04X}>")
            lines[at] = f"<{i:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
        elif code in _FROM_DRAWN:
            at = lines.index(f"<{i:02X}> <{code:04X}>")
            lines[at] = f"<{i:02X}> <{ord(_FROM_DRAWN[code]):04X}>"
    return "\n".join(lines)


_reportlab_cmap = ttfonts.makeToUnicodeCMap
ttfonts.makeToUnicodeCMap = _to_unicode_cmap


class _SubsetState(Protocol):
    """What FastFont reads of reportlab's `TTFont.State` (its stub omits `assignments`, the
    code of each character in the document's subsets) and keeps on it."""

    assignments: dict[int, int]
    fast_codes: tuple[int, dict[int, int]]


class FastFont(TTFont):
    """A TrueType font whose text is encoded in one C call when all its characters already
    have a code in the first subset of the document (nearly always, after the first pages);
    otherwise as reportlab does. Encoding every drawn string character by character in Python
    was a tenth of the synthesis' time. It also draws the no-break spaces' stand-ins (above)."""

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name, path)
        face = self.face
        for real, drawn in DRAWN_AS.items():
            glyph_of = real if real in face.charToGlyph and real != 0xA0 else 0x20
            face.charToGlyph[drawn] = face.charToGlyph[glyph_of]
            face.charWidths[drawn] = face.charWidths[glyph_of]

    def splitString(
        self, text: str | bytes, doc: Any, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        state = cast("_SubsetState | None", self.state.get(doc))
        if state is not None and isinstance(text, str):
            fast: tuple[int, dict[int, int]] = getattr(state, "fast_codes", (-1, {}))
            size, table = fast
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
    # Bullets in DejaVu too: reportlab's default (Helvetica) has no "•" nor "→", drawn by
    # chance and read back as a control character.
    base = ParagraphStyle(
        "Body",
        fontName=regular,
        fontSize=10,
        leading=14,
        splitLongWords=True,
        spaceAfter=4,
        bulletFontName=regular,
    )
    return {
        "body": base,
        "small": ParagraphStyle("Small", parent=base, fontSize=8.5, leading=11, textColor=GREY),
        "cell": ParagraphStyle("Cell", parent=base, fontSize=8.5, leading=11, spaceAfter=0),
        "cellb": ParagraphStyle(
            "CellB", parent=base, fontName=bold, fontSize=8.5, leading=11, spaceAfter=0
        ),
        # A row across a table naming the group of rows under it (where actions came from).
        "cellgroup": ParagraphStyle(
            "CellGroup",
            parent=base,
            fontName=bold,
            fontSize=8,
            leading=10.5,
            spaceAfter=0,
            textColor=ACCENT,
        ),
        # A segment under its block in the programme.
        "cellsegment": ParagraphStyle(
            "CellSegment",
            parent=base,
            fontSize=8,
            leading=10.5,
            spaceAfter=0,
            leftIndent=10,
            textColor=GREY,
        ),
        # Narrow columns (the Open Space board with many rooms): words of 12 letters fit.
        "cellsmall": ParagraphStyle(
            "CellSmall", parent=base, fontSize=7.5, leading=9.5, spaceAfter=0
        ),
        "cellsmallb": ParagraphStyle(
            "CellSmallB", parent=base, fontName=bold, fontSize=7.5, leading=9.5, spaceAfter=0
        ),
        "bullet": ParagraphStyle("Bullet", parent=base, leftIndent=14, bulletIndent=4),
        # A note's paragraphs and its lists, nested (level 0: the note's own bullet).
        **{
            f"bullet{level}": ParagraphStyle(
                f"Bullet{level}",
                parent=base,
                leftIndent=14 + 14 * level,
                bulletIndent=4 + 14 * level,
                spaceAfter=2 if level else 4,
            )
            for level in range(5)
        },
        "description": ParagraphStyle(
            "Description", parent=base, fontName="DejaVu-Oblique", textColor=GREY
        ),
        # The heading a block sits under in the programme ("Matinée : …").
        "kicker": ParagraphStyle(
            "Kicker",
            parent=base,
            fontName=bold,
            fontSize=9,
            leading=12,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=0,
            keepWithNext=1,
        ),
        "dayhead": ParagraphStyle(
            "DayHead",
            parent=base,
            fontName=bold,
            fontSize=14,
            leading=18,
            spaceBefore=12,
            spaceAfter=6,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        # A segment of a block: a sub-section under the block's heading.
        "segment": ParagraphStyle(
            "Segment",
            parent=base,
            fontName=bold,
            fontSize=10.5,
            leading=14,
            leftIndent=8,
            # types-reportlab says a float; reportlab takes (top, right, bottom, left) too.
            borderPadding=(0, 0, 0, 5),  # type: ignore[arg-type]
            borderColor=ACCENT,
            borderWidth=0,
            spaceBefore=9,
            spaceAfter=2,
        ),
        # The key figures: a large number, what it counts, a line of detail.
        "figure": ParagraphStyle(
            "Figure",
            parent=base,
            fontName=bold,
            fontSize=24,
            leading=28,
            textColor=ACCENT,
            spaceAfter=0,
        ),
        "figurelabel": ParagraphStyle(
            "FigureLabel", parent=base, fontSize=9.5, leading=12, spaceAfter=2
        ),
        "figurenote": ParagraphStyle(
            "FigureNote", parent=base, fontSize=8, leading=10, textColor=GREY, spaceAfter=0
        ),
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
        "coverkind": ParagraphStyle(
            "CoverKind",
            parent=base,
            fontSize=15,
            leading=20,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceAfter=14,
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
        "closingline": ParagraphStyle(
            "ClosingLine", parent=base, fontSize=13, leading=18, spaceBefore=4, spaceAfter=10
        ),
        # The contents' entries keep the right for the page number (contents.py).
        "toc1": ParagraphStyle("TOC1", parent=base, fontSize=11, leading=16, rightIndent=36),
        "toc2": ParagraphStyle(
            "TOC2", parent=base, fontSize=9, leading=12, leftIndent=16, rightIndent=36
        ),
    }
