"""Build resources/fonts/FacilitateurFallback.ttf: the last-resort font of the synthesis.

One glyph, an outlined box, for every character of the blocks DejaVu Sans leaves out (CJK
ideographs, kana, Hangul, Yi, emoji and pictographs), and an empty zero-width glyph for the
joiners and modifiers that glue emoji together. Drawn with it, such a character shows as a box
(as a browser shows a character no font has) and stays in the PDF as text: searching,
copying and reading it aloud still work. The cmap is a single format 13 (many-to-one) table,
so the file stays a few hundred bytes.

    python tools/make_fallback_font.py   (needs fontTools: pip install fonttools)
"""

from __future__ import annotations

from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib.tables._c_m_a_p import cmap_classes

OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "FacilitateurFallback.ttf"

BOXED = [
    (0x2E80, 0x9FFF),  # CJK radicals, symbols and punctuation, kana, CJK ideographs
    (0xA000, 0xA4CF),  # Yi
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half- and full-width forms
    (0x2600, 0x27BF),  # miscellaneous symbols, dingbats (only those DejaVu lacks are used)
    (0x2B00, 0x2BFF),  # arrows and symbols
    (0x1F000, 0x1FAFF),  # mahjong, cards, emoji, pictographs, symbols
]
INVISIBLE = [
    (0x200D, 0x200D),  # zero-width joiner (family and profession emoji)
    (0xFE00, 0xFE0F),  # variation selectors (emoji or text presentation)
    (0x1F3FB, 0x1F3FF),  # skin tone modifiers
    (0xE0020, 0xE007F),  # tags (subdivision flags)
]


def _box() -> object:
    pen = TTGlyphPen(None)
    for (x0, y0, x1, y1), clockwise in (((80, -20, 720, 740), True), ((150, 50, 650, 670), False)):
        points = [(x0, y0), (x0, y1), (x1, y1), (x1, y0)]
        if not clockwise:
            points.reverse()
        pen.moveTo(points[0])
        for p in points[1:]:
            pen.lineTo(p)
        pen.closePath()
    return pen.glyph()


def build() -> None:
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder([".notdef", "box", "empty"])
    fb.setupCharacterMap({})
    empty = TTGlyphPen(None).glyph()
    fb.setupGlyf({".notdef": _box(), "box": _box(), "empty": empty})
    fb.setupHorizontalMetrics({".notdef": (800, 80), "box": (800, 80), "empty": (0, 0)})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "Facilitateur Fallback", "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
    fb.setupPost()
    table = cmap_classes[13](13)
    table.platformID, table.platEncID, table.language = 3, 10, 0
    table.cmap = {
        cp: glyph
        for ranges, glyph in ((BOXED, "box"), (INVISIBLE, "empty"))
        for lo, hi in ranges
        for cp in range(lo, hi + 1)
    }
    fb.font["cmap"].tables = [table]
    fb.save(str(OUT))
    print(f"{OUT.name}: {OUT.stat().st_size} bytes, {len(table.cmap)} characters")


if __name__ == "__main__":
    build()
