"""Speakers as programmes write them: `Yannick BLANC, Préfet`, `Topic : Name, role`,
`Intervenants : A (role), B (role) et C (role)`, `Moderator: X, organisation`."""

from __future__ import annotations

import re

Speaker = dict[str, str | None]

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_FIRST = rf"[{_UP}](?:[{_LOW}]+|['’][{_UP}][{_LOW}]+)(?:[-'’][{_UP}]?[{_LOW}]+)*"
_LAST_CAPS = rf"(?:(?:de|du|van|von|le|la|d['’])\s?)?[{_UP}][{_UP}'’-]+"
# French style: first names then a last name in capitals (Yannick BLANC, Jean-Marc DE LA TOUR).
_NAME_FR = rf"(?:(?:{_FIRST}|[{_UP}]\.)\s+){{1,3}}{_LAST_CAPS}(?:\s+{_LAST_CAPS}){{0,2}}"
# English style: two or three capitalised words (Jane Smith, Mary Ann Lee), only where a
# speaker is expected.
_NAME_EN = (
    rf"(?:Dr\.?\s+|Prof\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Me\s+)?{_FIRST}(?:\s+{_FIRST}){{1,2}}"
)

NAME_FR = re.compile(rf"^(?P<name>{_NAME_FR})(?=$|\s*[,(–—-]|\s+et\s|\s+and\s)")
NAME_ANY = re.compile(rf"^(?P<name>{_NAME_FR}|{_NAME_EN})(?=$|\s*[,(–—-]|\s+et\s|\s+and\s)")
# Labels whose word says the person's role in the session (kept in front of their role).
CHAIR_LABELS = re.compile(r"^(?:mod[ée]rat|animat|anim[ée]|chair|pr[ée]sid|grand)", re.IGNORECASE)
SPEAKER_LABEL = re.compile(
    r"^(?P<label>intervenants?|intervenant\.e\.?s?|orateurs?|oratrices?|animat(?:eur|rice)s?|"
    r"mod[ée]rat(?:eur|rice|or)s?|speakers?|panel(?:ists?|istes?)|avec|with|chair|pr[ée]sid[ée]e? par|"
    r"anim[ée]e? par|grand t[ée]moin)\s*:?\s+(?P<rest>.+)$",
    re.IGNORECASE,
)


def clean(text: str) -> str:
    """Collapse spaces (also inside « »), trim trailing commas and semicolons."""
    text = " ".join(text.split())
    text = re.sub(r"«\s+", "« ", text)
    text = re.sub(r"\s+»", " »", text)
    return text.strip().rstrip(",;").strip()


def person(text: str, strict: bool = True) -> Speaker | None:
    """`Name, role` or `Name (role)` → a speaker; None when the text does not start with a name.

    `strict` asks for a last name in capitals; otherwise `Jane Smith, CEO` is a name too.
    """
    text = clean(text)
    m = (NAME_FR if strict else NAME_ANY).match(text)
    if not m:
        return None
    name = m.group("name")
    rest = text[m.end() :].strip()
    if rest.startswith("("):
        close = rest.find(")")
        role = rest[1:close] if close > 0 else rest[1:]
        if close > 0 and rest[close + 1 :].strip(" ,;"):
            return None
    elif rest.startswith((",", "–", "—", "-")):
        role = rest[1:]
    elif rest:
        return None
    else:
        role = ""
    return {"name": name, "role": clean(role) or None, "topic": None}


def topic_and_person(text: str) -> tuple[str, Speaker] | None:
    """`Subject : Name, role` → (subject, speaker with that topic); None otherwise."""
    head, sep, tail = text.partition(" : ")
    if not sep:
        head, sep, tail = text.partition(": ")
    if not sep or not head.strip():
        return None
    speaker = person(tail)
    if speaker is None:
        return None
    return clean(head), speaker


def speaker_list(text: str, strict: bool = False) -> list[Speaker]:
    """`A (role), B (role) et C (role)` or `A, role; B, role` → speakers ([] if not a list)."""
    text = clean(text)
    parts: list[str] = []
    if ";" in text:
        parts = [p for p in text.split(";") if p.strip()]
    else:
        # Split after a closing parenthesis, or before " et " / " and " between names.
        parts = [
            p for p in re.split(r"(?<=\))\s*,\s*|\s+(?:et|and|&)\s+(?=[A-ZÀ-Ö])", text) if p.strip()
        ]
    out = []
    for part in parts:
        sp = person(part, strict=strict)
        if sp is None:
            return []
        out.append(sp)
    return out
