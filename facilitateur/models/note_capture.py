"""The one-line capture of notes: prefixes say the kind, `@` the owner, a date the deadline.

D: On crée un comité de pilotage            → decision
A: Envoyer le compte rendu @Marie avant le 15/03  → action, owner Marie, due 15 March
A: Share the minutes @Tom by 2026-03-15     → action, owner Tom, due 2026-03-15
? Qui finance la suite                      → question
« Il faut oser la confiance »               → quote (of the speaker)
I: Une plateforme commune                   → idea
anything else                               → note
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from facilitateur.models.programme.words import MONTHS, fold

_PREFIXES = (
    (re.compile(r"^(?:d|decision|décision)\s*:\s*", re.I), "decision"),
    (re.compile(r"^(?:a|action)\s*:\s*", re.I), "action"),
    (re.compile(r"^(?:i|idee|idée|idea)\s*:\s*", re.I), "idea"),
    (re.compile(r"^(?:q|question)\s*:\s*", re.I), "question"),
    (re.compile(r"^\?\s*"), "question"),
    (re.compile(r"^[«\"“]\s*"), "quote"),
)
_OWNER = re.compile(r"(?:^|\s)@(?P<owner>[^\s@,;]+(?:[ _][A-ZÀ-ÖØ-Þ][\w'’-]+)*)")
_DUE = re.compile(
    r"\s*(?:\b(?:avant le|avant|pour le|d'ici le|d’ici le|by|before|due)\s+)"
    r"(?P<date>\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\s+[A-Za-zéèûôîÉ.]+(?:\s+\d{4})?)",
    re.I,
)


@dataclass(frozen=True)
class Capture:
    kind: str
    text: str
    owner: str = ""
    due: date | None = None


def parse_date(text: str, today: date) -> date | None:
    """A deadline typed by a person: `2026-03-15`, `15/03`, `15/03/2026`, `15.03.26`, `15 mars`,
    `1er avril`, `2 february 2026` (the next such day from `today` when no year); None for
    anything else."""
    t = re.sub(r"^(\d{1,2})(?:er|st|nd|rd|th)\b", r"\1", " ".join(text.split()))
    if re.fullmatch(r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?", t):
        t = t.replace(".", "/")
    elif not re.fullmatch(r"\d{4}-\d{2}-\d{2}|\d{1,2} [^\W\d_]+\.?(?: \d{4})?", t):
        return None
    return _date(t, today)


def _date(text: str, today: date) -> date | None:
    """`2026-03-15`, `15/03`, `15/03/2026`, `15 mars` (the next such day when no year)."""
    try:
        if "-" in text:
            return date.fromisoformat(text)
        if "/" in text:
            parts = [int(p) for p in text.split("/")]
            day, month = parts[0], parts[1]
            year = (parts[2] + 2000 if parts[2] < 100 else parts[2]) if len(parts) == 3 else None
        else:
            words = fold(text).replace(".", "").split()
            day, month = int(words[0]), MONTHS.get(words[1])
            year = int(words[2]) if len(words) > 2 else None
            if month is None:
                return None
        if year is None:
            candidate = date(today.year, month, day)
            return candidate if candidate >= today else date(today.year + 1, month, day)
        return date(year, month, day)
    except (ValueError, IndexError):
        return None


def parse_capture(text: str, today: date) -> Capture:
    """Read one captured line (see the module's examples)."""
    text = " ".join(text.split())
    kind = "note"
    for rx, k in _PREFIXES:
        if m := rx.match(text):
            kind, text = k, text[m.end() :]
            break
    if kind == "quote":
        text = text.rstrip('»"” ').strip()
    owner, due = "", None
    if kind == "action":
        if m := _DUE.search(text):
            due = _date(m.group("date"), today)
            if due is not None:
                text = (text[: m.start()] + text[m.end() :]).strip()
        if m := _OWNER.search(text):
            owner = m.group("owner").replace("_", " ")
            text = (text[: m.start()] + text[m.end() :]).strip()
    return Capture(kind, text.strip(" -–:"), owner, due)
