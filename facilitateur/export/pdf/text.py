"""User text made safe for reportlab's paragraph markup, and the notes' simple markup rendered."""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from facilitateur.export.pdf.fallback import with_fallbacks

_CONTROL = {c: None for c in range(32) if c not in (9, 10)} | {0x7F: None}
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")


# Hebrew, Arabic (and Syriac, Thaana …) letters and Arabic presentation forms.
RTL = re.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")


def visual(line: str, rtl: bool | None = None) -> str:
    """A line as it must be drawn: Arabic letters joined (shaped) and right-to-left runs put in
    visual order (reportlab draws glyphs left to right, one per character); `rtl` is the base
    direction of the paragraph it belongs to (None: the line's own). Lines without
    right-to-left letters are returned as they are."""
    if not RTL.search(line):
        return line
    from arabic_reshaper import reshape

    # The Unicode bidirectional algorithm; this implementation mirrors brackets in
    # right-to-left runs (rule L4), which the compiled one of the same package does not.
    from bidi.algorithm import get_display

    try:
        return get_display(reshape(line), base_dir=None if rtl is None else "R" if rtl else "L")
    except Exception:  # a rendering nicety: never a reason to fail an export
        return line


def shaped(word: str) -> str:
    """A word with its Arabic letters in their joined forms (as wide as it will be drawn)."""
    if not RTL.search(word):
        return word
    from arabic_reshaper import reshape

    try:
        return reshape(word)
    except Exception:
        return word


def safe(text: str | None) -> str:
    """Plain user text for a paragraph (bidi_paragraph.Para, which puts right-to-left script
    in visual order line by line): markup characters escaped, control characters gone,
    characters DejaVu lacks put in a font that has them."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text)).translate(_CONTROL)
    # Unpaired surrogates cannot be written to a PDF.
    text = text.encode("utf-8", "replace").decode("utf-8")
    return with_fallbacks(escape(text).replace("\t", " ").replace("\n", "<br/>"))


def rich(text: str | None) -> list[tuple[str, bool]]:
    """A note's simple markup (**bold**, *italic*, `- ` list lines) as (paragraph markup,
    is_list_item) pairs, everything else escaped."""
    out = []
    for line in (text or "").split("\n"):
        item = line.lstrip().startswith(("- ", "* ")) and not line.lstrip().startswith("**")
        if item:
            line = line.lstrip()[2:]
        markup = safe(line)
        markup = _BOLD.sub(r"<b>\1</b>", markup)
        markup = _ITALIC.sub(r"<i>\1</i>", markup)
        if markup.strip() or item:
            out.append((markup, item))
    return out
