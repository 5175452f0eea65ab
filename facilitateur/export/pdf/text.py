"""User text made safe for reportlab's paragraph markup, and the notes' simple markup rendered."""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

_CONTROL = {c: None for c in range(32) if c not in (9, 10)} | {0x7F: None}
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")


def safe(text: str | None) -> str:
    """Plain user text for a Paragraph: markup characters escaped, control characters gone."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text)).translate(_CONTROL)
    # Unpaired surrogates cannot be written to a PDF.
    text = text.encode("utf-8", "replace").decode("utf-8")
    return escape(text).replace("\t", " ").replace("\n", "<br/>")


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
