"""A note's Markdown read with a real parser (markdown-it-py, CommonMark) into paragraphs of
reportlab markup.

The notes editor stores a formatted note as Markdown that Qt hard-wraps at about 80 columns:
a bold phrase may open on one line and close on the next, and the lines of a paragraph are
one paragraph. A note without formatting is stored as its plain text, each line as typed: its
line breaks are kept. Every piece of user text is escaped (raw HTML is shown as typed, never
taken as markup) and typeset for the document's language before it is parsed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from facilitateur.export.pdf.text import clean, markup
from facilitateur.export.pdf.typography import typeset
from facilitateur.models.text.language import Language

# Text with none of these is plain paragraphs for any Markdown reader: no need to parse it
# (most notes are typed on one line at the podium).
_SYNTAX = re.compile(
    r"[*_`\[<\\]|&#?\w+;|^ {0,3}(?:>|(?:#{1,6}|[-+]|\d{1,9}[.)])(?:\s|$))|^ {4}|^ {0,3}[=-]{2,}\s*$",
    re.M,
)
_FORMATTED = {
    "strong_open",
    "em_open",
    "bullet_list_open",
    "ordered_list_open",
    "heading_open",
    "blockquote_open",
    "fence",
    "code_block",
    "link_open",
}


@dataclass(frozen=True)
class NotePart:
    """One paragraph of a note: its markup, the bullet or number it starts with (None: a
    plain paragraph, or one that continues a list item) and how deep in lists it sits."""

    markup: str
    bullet: str | None = None
    level: int = 0


@cache
def _parser() -> MarkdownIt:
    # CommonMark without raw HTML: `<b>` typed in a note is text.
    return MarkdownIt("commonmark", {"html": False})


def note_parts(text: str | None, lang: Language) -> list[NotePart]:
    """A note's paragraphs, list items (nested) and emphasis as reportlab markup."""
    source = typeset(clean(text), lang).strip()
    if not source:
        return []
    if not _SYNTAX.search(source):
        return [
            NotePart("<br/>".join(markup(line.strip()) for line in para.splitlines()))
            for para in re.split(r"\n\s*\n", source)
            if para.strip()
        ]
    tokens = _parser().parse(source)
    formatted = any(
        t.type in _FORMATTED or any(c.type in _FORMATTED for c in t.children or ()) for t in tokens
    )
    return _Renderer(breaks=not formatted).parts(tokens)


class _Renderer:
    """Walks markdown-it's tokens; lists nest, a list item's first paragraph has its bullet."""

    def __init__(self, breaks: bool) -> None:
        self.breaks = breaks  # a plain note: each typed line break stays one
        self.out: list[NotePart] = []
        self.lists: list[list[int]] = []  # per open list: [ordered?, next number]
        self.bullet: str | None = None  # for the next paragraph (a list item's first)
        self.quote = 0
        self.heading = False

    def parts(self, tokens: Sequence[Token]) -> list[NotePart]:
        for t in tokens:
            kind = t.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                start = int(t.attrGet("start") or 1) if kind == "ordered_list_open" else 0
                self.lists.append([kind == "ordered_list_open", start])
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "list_item_open":
                ordered, number = self.lists[-1]
                self.bullet = f"{number}." if ordered else "•–◦"[(len(self.lists) - 1) % 3]
                self.lists[-1][1] += 1
            elif kind in ("heading_open", "heading_close"):
                self.heading = kind == "heading_open"
            elif kind == "blockquote_open":
                self.quote += 1
            elif kind == "blockquote_close":
                self.quote -= 1
            elif kind == "inline":
                self._paragraph(self._inline(t.children or []), t)
            elif kind in ("fence", "code_block"):
                lines = t.content.rstrip("\n").split("\n")
                self._paragraph("<br/>".join(markup(line) for line in lines), t)
        return self.out

    def _paragraph(self, text: str, token: Token) -> None:
        if self.heading:
            text = f"<b>{text}</b>"
        if self.quote:
            text = f"<i>{text}</i>"
        if text or self.bullet:
            self.out.append(NotePart(text, self.bullet, len(self.lists) + self.quote))
        self.bullet = None

    def _inline(self, children: Sequence[Token]) -> str:
        out: list[str] = []
        link: list[tuple[int, str]] = []
        for c in children:
            kind = c.type
            if kind == "text" or kind == "code_inline" or kind == "html_inline":
                out.append(markup(c.content))
            elif kind == "softbreak":
                out.append("<br/>" if self.breaks else " ")
            elif kind == "hardbreak":
                out.append("<br/>")
            elif kind == "strong_open":
                out.append("<b>")
            elif kind == "strong_close":
                out.append("</b>")
            elif kind == "em_open":
                out.append("<i>")
            elif kind == "em_close":
                out.append("</i>")
            elif kind == "link_open":
                link.append((len(out), str(c.attrGet("href") or "")))
            elif kind == "link_close" and link:
                # The address after the words, unless the words are the address.
                at, href = link.pop()
                if href and "".join(out[at:]) != markup(href):
                    out.append(f" ({markup(href)})")
            elif kind == "image":
                out.append(markup(c.content or str(c.attrGet("src") or "")))
        return "".join(out)
