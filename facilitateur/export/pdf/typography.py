"""French typography applied to every text of a French document, the user's included, as
babel-french or a French word processor does it while one types.

- a no-break space before `:` and `»` and after `«`, a narrow no-break space before `; ! ?`
  (inserted where none was typed, replacing the ordinary space, or the line break of a
  hard-wrapped note, that was);
- a no-break space between a number and `%` or a unit, inside `9 h 15`, and a narrow one
  between groups of thousands (`1 900`);
- typewriter apostrophes and double quotes made typographic (`d’une`, `« … »`).

A line of the PDF then never starts with `: ; ! ? »` nor ends with `«`: reportlab only
breaks lines at ordinary spaces. The rules are careful with what is not prose: times
(`10:30`), addresses (`https://…`, `a?b=1`) and Markdown's own marks are left alone. They run
on a note's Markdown source, before it is parsed (a bold word and its colon stay together).

An English document puts no space before punctuation; French text quoted in it keeps the
spaces it was typed with, made no-break, so that its lines break as well.
"""

from __future__ import annotations

import re

from facilitateur.models.text.language import Language

NBSP = "\u00a0"
NNBSP = "\u202f"

# Whitespace typed before a mark; at most one line break (a hard wrap), never a blank line.
_GAP = r"[ \t]*\n?[ \t]*"
_BEFORE_CLOSING = re.compile(r"(?<![\u00a0\u202f])" + _GAP + "»")
_AFTER_OPENING = re.compile("«" + _GAP + r"(?![\u00a0\u202f])")
_TYPED = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"  # a typed space or hard wrap, not nothing
_BEFORE_COLON = re.compile(r"(?<=\S)" + _TYPED + r":(?=\s|$|[)»\]*_])")
_COLON_UNSPACED = re.compile(r"(?<=[\w)\]*_])(?<![ \t]):(?=\s|$)")
_BEFORE_HIGH = re.compile(r"(?<=\S)" + _TYPED + r"([;!?])")
_HIGH_UNSPACED = re.compile(r"(?<=[\w)\]»*_])([;!?])(?=\s|$|[;!?)»\]*_.…])")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_DOUBLE_QUOTES = re.compile(r'(?<![\w"])"(?=\S)([^"\n]*?)(?<=\S)"(?![\w"])')
# Signs written after a number: a space is put in when none was typed (`50%`).
_SIGNS = re.compile(r"(?<=\d)[ \t]*(%|‰|€|\$|£)")
# Units: the space typed before them becomes a no-break one (`3 km`; `1990s` is no unit).
_UNITS = r"k€|M€|Md€|h|min|s|ms|km|m|cm|mm|m²|km²|kg|g|t|l|L|ha|°C|°|ko|Mo|Go|To|kW|kWh|MW|MWh"
_NUMBER_UNIT = re.compile(rf"(?<=\d)[ \t]+({_UNITS})(?![\w²])")
# `9 h 15`, `9h15`, `14h`: the hour written the French way, spaces that do not break.
_TIME = re.compile(r"(?<![\d:,.])([01]?\d|2[0-3])[ \t]*h(?:[ \t]*([0-5]\d))?(?![\w])")
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])")
_DIGIT = re.compile(r"\d")
_SIGN_CHARS = re.compile(r"[%‰€$£]")
_DIGIT_SPACE = re.compile(r"\d[ \t\u00a0\u202f]")
_TRIGGERS = re.compile(r"[:;!?«»'\"%‰€$£\d]")


def french(text: str) -> str:
    """Plain text (or Markdown source) with French spacing and typographic quotes."""
    if not _TRIGGERS.search(text):
        return text
    if "'" in text:
        text = _APOSTROPHE.sub("’", text)
    if '"' in text:
        text = _DOUBLE_QUOTES.sub(lambda m: f"«{NBSP}{m.group(1)}{NBSP}»", text)
    if "»" in text:
        text = _BEFORE_CLOSING.sub(NBSP + "»", text)
    if "«" in text:
        text = _AFTER_OPENING.sub("«" + NBSP, text)
    if ":" in text:
        text = _BEFORE_COLON.sub(NBSP + ":", text)
        text = _COLON_UNSPACED.sub(NBSP + ":", text)
    if ";" in text or "!" in text or "?" in text:
        text = _BEFORE_HIGH.sub(NNBSP + r"\1", text)
        text = _HIGH_UNSPACED.sub(NNBSP + r"\1", text)
    if _DIGIT.search(text):
        if "h" in text:
            text = _TIME.sub(_hour, text)
        if _SIGN_CHARS.search(text):
            text = _SIGNS.sub(NBSP + r"\1", text)
        if _DIGIT_SPACE.search(text):
            text = _NUMBER_UNIT.sub(NBSP + r"\1", text)
            text = _THOUSANDS.sub(lambda m: re.sub(r"[ \u00a0\u202f]", NNBSP, m.group(0)), text)
    return text


def _hour(m: re.Match[str]) -> str:
    return f"{m.group(1)}{NBSP}h" + (f"{NBSP}{m.group(2)}" if m.group(2) else "")


_TYPED_BEFORE_CLOSING = re.compile(r"(?<=\S)" + _TYPED + "»")
_TYPED_BEFORE_MARK = re.compile(r"(?<=\S)" + _TYPED + r"([:;!?])(?=\s|$|[)»\]*_])")
_ENGLISH_QUOTES = re.compile(r'(?<![\w"])"(?=\S)([^"\n]*?)(?<=\S)"(?![\w"])')


def english(text: str) -> str:
    """English text with typographic apostrophes and quotes. No space is put in before
    punctuation; French text in an English document keeps the spaces it was typed with, made
    no-break so that a line never starts with `: ; ! ? »` nor ends with `«`."""
    if not _TRIGGERS.search(text):
        return text
    if "'" in text:
        text = _APOSTROPHE.sub("’", text)
    if '"' in text:
        text = _ENGLISH_QUOTES.sub(r"“\1”", text)
    if "»" in text:
        text = _TYPED_BEFORE_CLOSING.sub(NBSP + "»", text)
    if "«" in text:
        text = _AFTER_OPENING.sub("«" + NBSP, text)
    if ":" in text or ";" in text or "!" in text or "?" in text:
        text = _TYPED_BEFORE_MARK.sub(NBSP + r"\1", text)
    return text


def typeset(text: str, lang: Language) -> str:
    """The text with the typography of the document's language."""
    return french(text) if lang == Language.FR else english(text)


def quoted(text: str, lang: Language) -> str:
    """A quotation in the language's marks, unless the text already carries its own (at
    both ends: « … », “ … ”, "…")."""
    stripped = text.strip()
    for opening, closing in (("«", "»"), ("“", "”"), ('"', '"'), ("„", "“"), ("‘", "’")):
        if len(stripped) > 1 and stripped.startswith(opening) and stripped.endswith(closing):
            return text
    return f"«{NBSP}{text}{NBSP}»" if lang == Language.FR else f"“{text}”"
