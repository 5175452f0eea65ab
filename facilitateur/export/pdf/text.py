"""User text made safe for reportlab's paragraph markup, typeset for the document's language,
and put in visual order when it is right-to-left."""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from facilitateur.export.pdf.fallback import with_fallbacks
from facilitateur.export.pdf.typography import typeset
from facilitateur.models.text.language import Language

_CONTROL = {c: None for c in range(32) if c not in (9, 10)} | {0x7F: None}
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


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
        drawn: str = get_display(
            reshape(line), base_dir=None if rtl is None else "R" if rtl else "L"
        )
        return drawn
    except Exception:  # a rendering nicety: never a reason to fail an export
        return line


def shaped(word: str) -> str:
    """A word with its Arabic letters in their joined forms (as wide as it will be drawn)."""
    if not RTL.search(word):
        return word
    from arabic_reshaper import reshape

    try:
        joined: str = reshape(word)
        return joined
    except Exception:
        return word


def clean(text: str | None) -> str:
    """User text as it can go into a PDF: NFC, no control characters, no unpaired
    surrogates."""
    if not text:
        return ""
    text = str(text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if _UNSAFE.search(text):
        text = text.translate(_CONTROL)
        # Unpaired surrogates cannot be written to a PDF.
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def markup(text: str) -> str:
    """Plain text (already typeset) as paragraph markup: escaped, characters DejaVu lacks put
    in a font that has them."""
    return with_fallbacks(escape(text).replace("\t", " ").replace("\n", "<br/>"))


def safe(text: str | None, lang: Language) -> str:
    """Plain user text for a paragraph (bidi_paragraph.Para, which puts right-to-left script
    in visual order line by line) with the typography of the document's language: markup
    characters escaped, control characters gone, characters DejaVu lacks put in a font that
    has them."""
    text = clean(text)
    return markup(typeset(text, lang)) if text else ""
