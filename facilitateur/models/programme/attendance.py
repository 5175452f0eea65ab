"""Thirty-sixth round. Who attends a sitting, is excused, gives a proxy or keeps its minutes, as
minutes list them (`Etaient présents :` then the delegates one a line, `Present:`, `Apologies:
Ann Lee`, `Pouvoirs :`, `Secrétaire de séance : Martial ZANINETTI`): none of them speaks for
being listed there; and a list of places in capitals one a line (the communes, the wards present)
is no moment. Used by the text reader (text_parser), which reads such lists as no one's speakers
and no blocks."""

from __future__ import annotations

import re

from facilitateur.models.programme.given_names import is_given_name
from facilitateur.models.programme.lines import Line
from facilitateur.models.programme.words import kind_of
from facilitateur.models.text.folding import fold

# The label opening a list of who attends, who is absent or excused, who gives a proxy, or who
# keeps the minutes, alone before its colon (folded: no accents, lower case). A label naming
# who speaks (`Intervenants :`, `En présence de …`, `Guests:`) is none of these.
_LABEL = re.compile(
    r"^(?:(?:etaient|etait|sont|furent|ont ete|were|are)\s+)?"
    r"(?:(?:egalement|aussi|also)\s+)?"
    r"(?:(?:membres?|conseillers?|delegues?|elus?|members?|councillors?|staff|officers?)\s+)?"
    r"(?:presente?s?|absente?s?|excusee?s?|representee?s?(?:\s+par)?|absentees?|excused"
    r"|in attendance|attendees|attending|apologies(?:\s+for\s+absence)?|regrets|proxies"
    r"|pouvoirs?|procurations?|secretaire de seance|minutes taken by|recording secretary"
    r"|assistaient|ont assiste)"
    r"(?:\s+(?:et|ou|and|or)\s+(?:presente?s?|absente?s?|excusee?s?|representee?s?|excused))?"
    r"\s*(?::|$)"
)
# A part of one of the label's words, as written (before folding).
_LABEL_WORDS = (
    "sent",  # présent, absent, represented, représentés
    "excus",
    "apolog",
    "regret",
    "attend",
    "pouvoir",
    "procuration",
    "taire de s",  # secrétaire de séance
    "minutes",
    "prox",
    "assist",
)
# A person's name at the head of a line of the list: capitalised words, a particle between them
# (`Jean-Marie BRUN`, `Carmen PICAZO a donné pouvoir à …`, `Pascale GARCIA, DGS de …`).
_HEAD = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|du|des|van|von|der|le|la|d’|d')"
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|du|des|van|von|der|le|la|d’|d'))*"
)
_AFTER_NAME = ("a ", "gives ", "gave ", "et ", "and ")
_BULLET = re.compile(r"^[\s\-–—•·◦o*]+\s")


def attendance_label(text: str) -> bool:
    """Whether a line opens a list of who attends, is absent or excused, gives a proxy or keeps
    the minutes (`Etaient présents :`, `Excusés : …`, `Present:`, `Apologies: Ann Lee`,
    `Secrétaire de séance : Paul Roux`), with or without names after its colon."""
    if len(text) > 200 or (len(text) > 30 and ":" not in text):
        return False  # asked of every line: a label is short, or ends at its colon
    head = text[:60].lower()
    if not any(word in head for word in _LABEL_WORDS):
        return False
    return bool(_LABEL.match(fold(text).strip(" -–•")))


def listed_person(text: str) -> bool:
    """Whether a line under such a label names a person first: two to five capitalised words,
    the first a known given name or a word in capitals among them (`Windy BATAILLEY`, `Ann Lee,
    Treasurer`, `- Carmen PICAZO a donné pouvoir à Didier PHOENIX`)."""
    text = _BULLET.sub("", text.strip(), count=1)
    head = _HEAD.match(text)
    if head is None:
        return False
    words = head.group().split()
    if not 2 <= len(words) <= 5:
        return False
    rest = text[head.end() :].lstrip()
    # After the name: its function after a comma or a dash, or `a donné pouvoir à`, `and`.
    if rest and rest[0] not in ",;(–-&" and not rest.startswith(_AFTER_NAME):
        return False
    shouted = any(len(w) >= 2 and w.isupper() and w.isalpha() for w in words[1:])
    return is_given_name(words[0]) or shouted


# Thirty-sixth round. Four lines or more in a row, each a few words in capitals naming no kind
# of moment (`AVENSAN`, `BRACH`, `CASTELNAU-DE-MEDOC`, … under `Etaient présents :`; `NORTH
# WARD`, `SOUTH WARD`, … under `Present:`), the first perhaps after its label and a colon,
# are a list (an attendance list of communes, of wards), not moments: an agenda shouts a
# moment now and then (`REPAS`, `PAUSE`), never four without a word saying what happens.
_LIST_RUN = 4


def _shouted(text: str, language: str | None) -> bool:
    return (
        len(text) <= 40
        and text.isupper()
        and not re.search(r"\d", text)
        and kind_of(text, language) is None
    )


def shouted_lists(lines: list[Line], language: str | None) -> set[int]:
    """The indexes of the lines of such lists (see above)."""
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        text = line.text if line is not None and line.kind == "text" else ""
        if text and (
            _shouted(text, language)
            or (not run and ": " in text and _shouted(text.rsplit(": ", 1)[1], language))
        ):
            run.append(i)
            continue
        if len(run) >= _LIST_RUN:
            out.update(run)
        run = []
    return out
