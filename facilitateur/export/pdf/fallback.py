"""Fonts for the characters DejaVu Sans does not draw (CJK, emoji, …).

A run of such characters is put in the first font that has them: a font of the system when
one is found (Segoe UI Emoji and Microsoft YaHei on Windows, Arial Unicode on macOS, Noto
Emoji, Droid Sans Fallback or WenQuanYi on Linux), else the shipped last-resort font, whose
box keeps the character in the PDF as text (found by a search, copied, read aloud). Only
TrueType outlines can be embedded by reportlab: colour bitmap fonts and OpenType/CFF fonts of a
system are passed over.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facilitateur.export.pdf.style import fonts
from facilitateur.paths import resources_dir

SYSTEM_FONTS: tuple[str, ...] = (
    "C:/Windows/Fonts/seguiemj.ttf",
    "C:/Windows/Fonts/seguisym.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/malgun.ttf",
    "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/usr/share/fonts/truetype/noto/NotoEmoji-Regular.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
)
LAST_RESORT = "FacilitateurFallback"


@cache
def drawn() -> frozenset[str]:
    """The characters DejaVu Sans has glyphs for."""
    regular, _bold = fonts()
    font = pdfmetrics.getFont(regular)
    assert isinstance(font, TTFont), "fonts() registers DejaVu Sans as a TrueType font"
    face = font.face
    return frozenset(map(chr, face.charToGlyph))


@cache
def _system(index: int) -> frozenset[str]:
    """Register the index-th system font if it is there and usable; return its characters."""
    path = Path(SYSTEM_FONTS[index])
    if not path.is_file():
        return frozenset()
    try:
        font = TTFont(f"Fallback{index}", str(path), subfontIndex=0)
    except Exception:  # CFF outlines, bitmap-only, damaged: reportlab refuses them
        return frozenset()
    pdfmetrics.registerFont(font)
    return frozenset(map(chr, font.face.charToGlyph))


@cache
def _last_resort() -> frozenset[str]:
    font = TTFont(LAST_RESORT, str(resources_dir() / "fonts" / f"{LAST_RESORT}.ttf"))
    pdfmetrics.registerFont(font)
    return frozenset(map(chr, font.face.charToGlyph))


@cache
def font_for(char: str) -> str | None:
    """The name of the font that draws a character DejaVu lacks; None when none does."""
    for i in range(len(SYSTEM_FONTS)):
        if char in _system(i):
            return f"Fallback{i}"
    return LAST_RESORT if char in _last_resort() else None


def with_fallbacks(markup: str) -> str:
    """Paragraph markup with each run of characters DejaVu lacks put in a font that has them
    (a character no font has keeps DejaVu's: reportlab leaves it out, as before)."""
    if set(markup) <= drawn():
        return markup
    out: list[str] = []
    run: list[str] = []
    current: str | None = None
    for char in markup:
        font = None if char in drawn() else font_for(char)
        if font != current and run:
            out.append(_wrap("".join(run), current))
            run = []
        current = font
        run.append(char)
    out.append(_wrap("".join(run), current))
    return "".join(out)


def _wrap(text: str, font: str | None) -> str:
    return text if font is None else f'<font name="{font}">{text}</font>'
