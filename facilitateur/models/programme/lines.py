"""From physical lines to logical lines: clean, classify, and join lines wrapped mid-sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from facilitateur.models.programme.times import BLOCK_LINE, ONLY_TIMES
from facilitateur.models.programme.words import PARTS_OF_DAY, find_date, fold

BULLET = re.compile(r"^(?P<bullet>[-•►*▪◦o➢→–]|\d{1,2}[.)])\s+(?P<rest>\S.*)$")
HEADINGS = {
    "programme",
    "program",
    "agenda",
    "ordre du jour",
    "deroule",
    "deroulement",
    "schedule",
    "programme de la journee",
    "programme previsionnel",
    "deroule de la journee",
    "au programme",
}
_TERMINAL = (".", "!", "?", ":", ";", "»", ")")
_CONTINUES = tuple("«»(\"“”'’&/")
_WRAPPED_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)*\s*,")
MAX_LINE = 5000


@dataclass
class Line:
    """A logical line: its first physical line number and its text."""

    no: int
    text: str
    kind: str  # "block", "bullet", "date", "section", "heading", "text"
    bullet: str = ""

    @property
    def content(self) -> str:
        """The text without its bullet."""
        if self.kind == "bullet":
            m = BULLET.match(self.text)
            return m.group("rest") if m else self.text
        return self.text


def clean_line(raw: str) -> str:
    """Spaces collapsed; control characters and odd spaces dropped."""
    text = "".join(" " if (c.isspace() or ord(c) < 32 or 0x7F <= ord(c) < 0xA0) else c for c in raw)
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\ufeff", "")
    return " ".join(text.split())[:MAX_LINE]


def classify(text: str) -> tuple[str, str]:
    """What a line is, and its bullet when it has one."""
    if fold(text).strip(" :") in HEADINGS:
        return "heading", ""
    if BLOCK_LINE.match(text):
        return "block", ""
    if PARTS_OF_DAY.match(fold(text)):
        return "section", ""
    found = find_date(text)
    if found and (not found[2] or PARTS_OF_DAY.match(fold(found[2]))):
        return "date", ""
    m = BULLET.match(text)
    # "o" is a bullet only before a capitalised word ("o Yannick", not "o la la").
    if m and (m.group("bullet") != "o" or m.group("rest")[:1].isupper()):
        return "bullet", m.group("bullet")
    return "text", ""


def _continues(prev: Line, text: str) -> bool:
    """Whether `text` (a plain line) carries on `prev`, wrapped mid-sentence."""
    if prev.kind in ("heading", "date", "section"):
        return False
    first = text[:1]
    if first.islower() or first in _CONTINUES:
        return True
    # A wrapped name: "… : Philippe" then "LEMOINE, Président …".
    return (
        prev.kind == "bullet"
        and not prev.text.endswith(_TERMINAL)
        and bool(_WRAPPED_NAME.match(text))
    )


def table_row(raw: str) -> list[str] | None:
    """A row copied from a table (cells between tabs or `|`) whose first cells are times:
    `9h00 – 9h20<TAB>Accueil<TAB>Speakers` → [`9h00 – 9h20 : Accueil`, `Intervenants : Speakers`]."""
    cells = [clean_line(c) for c in re.split(r"\t|\s\|\s|^\||\|$", raw)]
    cells = [c for c in cells if c]
    if len(cells) < 2 or not ONLY_TIMES.match(cells[0]):
        return None
    times = cells.pop(0)
    if cells and ONLY_TIMES.match(cells[0]):
        times = f"{times} - {cells.pop(0)}"
    if not cells:
        return None
    return [f"{times} : {cells[0]}", *(f"Intervenants : {c}" for c in cells[1:])]


def logical_lines(raw_lines: list[str], start: int = 0) -> list[Line]:
    """Clean and join lines from `raw_lines[start:]`; line numbers are 1-based."""
    out: list[Line] = []
    for index in range(start, len(raw_lines)):
        row = (
            table_row(raw_lines[index])
            if ("\t" in raw_lines[index] or "|" in raw_lines[index])
            else None
        )
        if row is not None:
            out.extend(Line(index + 1, text, *classify(text)) for text in row)
            continue
        text = clean_line(raw_lines[index])
        if not text:
            continue
        kind, bullet = classify(text)
        if kind == "text" and out and _continues(out[-1], text):
            out[-1].text = f"{out[-1].text} {text}"
            continue
        out.append(Line(index + 1, text, kind, bullet))
    return out
