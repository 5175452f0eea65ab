"""The one-line capture of notes: prefixes say the kind, `@` the owner, a date the deadline.

D: On crée un comité de pilotage            → decision
A: Envoyer le compte rendu @Marie avant le 15/03  → action, owner Marie, due 15 March
A: Share the minutes @Tom by 2026-03-15     → action, owner Tom, due 2026-03-15
A: Relancer la mairie @Jean pour vendredi   → action, owner Jean, due the next Friday
? Qui finance la suite                      → question
« Il faut oser la confiance »               → quote (of the speaker)
I: Une plateforme commune                   → idea
anything else                               → note
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from facilitateur.models.notes.deadlines import OWNER, find_deadline
from facilitateur.models.notes.model import NoteKind

_PREFIXES = (
    (re.compile(r"^(?:d|decision|décision)\s*:\s*", re.I), NoteKind.DECISION),
    (re.compile(r"^(?:a|action)\s*:\s*", re.I), NoteKind.ACTION),
    (re.compile(r"^(?:i|idee|idée|idea)\s*:\s*", re.I), NoteKind.IDEA),
    (re.compile(r"^(?:q|question)\s*:\s*", re.I), NoteKind.QUESTION),
    (re.compile(r"^\?\s*"), NoteKind.QUESTION),
    (re.compile(r"^[«\"“]\s*"), NoteKind.QUOTE),
)
_OWNER = re.compile(rf"(?:^|\s)@(?P<owner>{OWNER})")


@dataclass(frozen=True)
class Capture:
    kind: NoteKind
    text: str
    owner: str = ""
    due: date | None = None


def parse_capture(text: str, today: date, month_first: bool = False) -> Capture:
    """Read one captured line (see the module's examples; the deadline's forms are those of
    models/notes/deadlines.py, `month_first` as there)."""
    text = " ".join(text.split())
    kind = NoteKind.NOTE
    for rx, k in _PREFIXES:
        if m := rx.match(text):
            kind, text = k, text[m.end() :]
            break
    if kind == NoteKind.QUOTE:
        text = text.rstrip('»"” ').strip()
    owner, due = "", None
    if kind == NoteKind.ACTION:
        if found := find_deadline(text, today, month_first):
            due = found.due
            text = (text[: found.start] + text[found.end :]).strip()
        if m := _OWNER.search(text):
            owner = m.group("owner").replace("_", " ")
            text = (text[: m.start()] + text[m.end() :]).strip()
    return Capture(kind, " ".join(text.split()).strip(" -–:"), owner, due)
