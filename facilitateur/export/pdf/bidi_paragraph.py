"""Paragraphs that hold right-to-left text (Arabic, Hebrew) over several lines.

Reportlab draws glyphs left to right and knows nothing of the Unicode bidirectional
algorithm. Putting a whole paragraph in visual order before reportlab breaks it into lines
makes the first line hold the end of the text: a long Arabic note read bottom-up. Here the
text is broken into lines in logical order first, at the width the paragraph gets, then each
line is shaped and put in visual order on its own, the lines right-aligned when the paragraph
starts with a right-to-left letter. Inline markup (bold, colour) of such a paragraph is
dropped; its words stay.
"""

from __future__ import annotations

import copy
import re
from html import unescape
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from facilitateur.export.pdf.fallback import with_fallbacks
from facilitateur.export.pdf.style import drawable, readable
from facilitateur.export.pdf.text import RTL, shaped, visual

_TAG = re.compile(r"<[^>]*>")
_BR = re.compile(r"<br\s*/?>", re.I)
_STRONG = re.compile(
    r"[A-Za-z\u00C0-\u02AF\u0370-\u052F]|(?P<rtl>[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])"
)


def _plain_lines(markup: str) -> list[str]:
    return [unescape(_TAG.sub("", part)) for part in _BR.split(markup)]


def right_to_left(text: str) -> bool:
    """Whether the first strong letter of the text is right-to-left (the base direction)."""
    first = _STRONG.search(text)
    return bool(first and first.group("rtl"))


def _markup(line: str) -> str:
    return drawable(with_fallbacks(escape(line)))


def Para(text: str, style: ParagraphStyle, bulletText: str | None = None) -> Paragraph:
    """A paragraph of the synthesis: laid out line by line as above when it holds right-to-left
    letters, else reportlab's own (no cost for the others). Its no-break spaces are drawn as
    such (style.drawable)."""
    if text and RTL.search(text):
        # The bidirectional algorithm must see the spaces themselves.
        return _BidiParagraph(readable(text), style, bulletText)
    text = drawable(text)
    if "<" in text or "&" in text:
        return Paragraph(text, style, bulletText)
    # Text without markup: one fragment in the style's font, made from the style's own
    # (reportlab's markup parser took a fifth of the layout of a long synthesis).
    text = cleanBlockQuotedText(text)
    return Paragraph(text, style, bulletText, frags=[_fragment(style).clone(text=text)])


_FRAGMENTS: dict[int, tuple[ParagraphStyle, ParaFrag]] = {}


def _fragment(style: ParagraphStyle) -> ParaFrag:
    """The fragment reportlab's parser makes of plain text in this style (kept per style)."""
    kept = _FRAGMENTS.get(id(style))
    if kept is None or kept[0] is not style:
        # types-reportlab leaves ParaParser.parse unannotated (it returns style, frags, bullet).
        _style, frags, _bullet = ParaParser().parse("x", style)  # type: ignore[no-untyped-call]
        kept = _FRAGMENTS[id(style)] = (style, frags[0])
    return kept[1]


class _BidiParagraph(Paragraph):
    """A Paragraph with right-to-left letters in it."""

    def __init__(self, text: str, style: ParagraphStyle, *args: Any, **kwargs: Any) -> None:
        # The parts of a split paragraph come with their lines already laid out (text None).
        self._logical = _plain_lines(text) if text else None
        self._laid_width: float | None = None
        if self._logical is not None:
            self.rtl = right_to_left(" ".join(self._logical))
            if self.rtl and style.alignment == TA_LEFT:
                style = copy.copy(style)
                style.alignment = TA_RIGHT
            # Until the width is known: each line in visual order (the contents' entries and
            # the table cells that are measured before wrapping use this).
            text = "<br/>".join(_markup(visual(line, self.rtl)) for line in self._logical)
        super().__init__(text, style, *args, **kwargs)

    def logical_text(self) -> str:
        """The text in reading order (for bookmarks: PDF viewers order it themselves)."""
        if self._logical is None:
            return readable(self.getPlainText())
        return " ".join(self._logical)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._logical is not None and self._laid_width != availWidth:
            lines = [line for logical in self._logical for line in self._break(logical, availWidth)]
            markup = "<br/>".join(_markup(visual(line, self.rtl)) for line in lines)
            logical, rtl = self._logical, self.rtl
            Paragraph.__init__(self, markup, self.style, bulletText=self.bulletText)
            self._logical, self.rtl, self._laid_width = logical, rtl, availWidth
        return super().wrap(availWidth, availHeight)

    def _break(self, text: str, width: float) -> list[str]:
        """Greedy line breaking of logical text; each word measured shaped, as it will be
        drawn (Arabic letters join within a word only), once."""
        st = self.style
        room = width - st.leftIndent - st.rightIndent
        space = stringWidth(" ", st.fontName, st.fontSize)
        lines: list[str] = []
        current: list[str] = []
        used = 0.0
        for word in text.split(" "):
            size = stringWidth(shaped(word), st.fontName, st.fontSize)
            limit = room - (st.firstLineIndent if not lines else 0)
            if current and used + space + size > limit:
                lines.append(" ".join(current))
                current, used = [word], size
            else:
                used += (space if current else 0) + size
                current.append(word)
        return [*lines, " ".join(current)]
