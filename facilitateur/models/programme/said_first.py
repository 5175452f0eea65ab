"""A programme's first moment said in a sentence before its timed lines (`Accueil à partir de
11 heures pour ceux qui le souhaitent, apportez votre pique-nique`, then `13 h 30 - 14 h 30 :
…`): a welcome, a meal or a break at the time the sentence gives."""

from __future__ import annotations

import re
from collections.abc import Iterable

from facilitateur.models.programme.table_rows import TABLE_HEADER_WORDS
from facilitateur.models.programme.times import BLOCK_LINE, T1, T2
from facilitateur.models.programme.words import kind_of
from facilitateur.models.text.folding import fold

# Twenty-eighth round. A few words naming the moment, then `à partir de`, `dès`, `from`,
# `starting at` and a time (`11 heures`, `9h30`, `8:30 am`, `12 noon`), then the rest of the
# sentence, said for those who come.
_SAID = re.compile(
    r"^\s*(?P<title>[^\W\d_][^\d,;:.!?]{1,40}?)\s+(?:à partir de|a partir de|dès|des|from"
    r"|starting at|starting from)\s+(?P<time>"
    + T1
    + r")(?:eures?)?\b\s*[,;:.–—-]?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_MOMENTS = frozenset({"welcome", "meal", "break"})
_LOOK_AHEAD = 4  # lines, blank ones counted: the sentence opens the schedule

# Forty-second round. A few words naming the moment, a colon, then a sentence of three words
# or more ending with the hours it lasts (`PORTES OUVERTES : Le Centre … sera ouvert au public
# le samedi 27 avril 2019 de 9h à 12h30.`, `Open house: the new library welcomes everyone on
# Saturday from 9 am to 12:30 pm.`): that moment, at those hours, before the schedule's
# timed lines, which may come a few headed paragraphs below it.
_LABEL_THEN_HOURS = re.compile(
    r"^\s*(?P<title>[^\W\d_][^\d:;.!?]{1,40}?)\s*:\s*(?P<rest>[^:]*?\S+\s+\S+\s+\S[^:]*?)"
    r"\s+(?:de|from|between)\s+(?P<start>" + T1 + r")\s*(?:à|a|to|and|[-–—])\s*(?P<end>" + T2 + r")"
    r"\s*[.!]?\s*$",
    re.IGNORECASE,
)
_LABEL_LOOK_AHEAD = 8  # lines, blank and heading ones counted
# The same hours ending the line, asked first of its last characters: the pattern above, whose
# sentence may be any words, is tried only on a line of a sentence's length that ends so (a
# paragraph of prose with a colon would otherwise be tried at every split of its words).
_HOURS_AT_END = re.compile(
    r"\s(?:de|from|between)\s+" + T1 + r"\s*(?:à|a|to|and|[-–—])\s*" + T2 + r"\s*[.!]?\s*$",
    re.IGNORECASE,
)
_SENTENCE_AT_MOST = 600  # characters


def moment_said_first(numbered: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines, the sentence giving the first moment said as a timed line (`11 h Accueil`)
    then what the sentence says after its time, both with the index of the line they came
    from; read so only when a line opening with a time follows within a few lines, and the
    words before the time name a welcome, a meal or a break. Lines after the first timed one
    are left as they are."""
    lines = list(numbered)
    for n, (index, text) in enumerate(lines):
        if BLOCK_LINE.match(text):
            return lines  # the schedule has begun with a time of its own
        if not (said := _SAID.match(text)) or kind_of(said["title"]) not in _MOMENTS:
            continue
        if not any(BLOCK_LINE.match(t) for _, t in lines[n + 1 : n + 1 + _LOOK_AHEAD]):
            continue
        # What the sentence says after the time is a sentence of its own under the moment,
        # not the rest of its title.
        rest = said["rest"].strip()
        rest = rest[:1].upper() + rest[1:]
        moment = [(index, f"{said['time'].strip()} {said['title'].strip()}")]
        return [*lines[:n], *moment, *([(index, rest)] if rest else []), *lines[n + 1 :]]
    return lines


SAID_HOURS = "hours said in a sentence"  # the rule of the moment hours_said_first makes


def hours_said_first(raw_lines: list[str]) -> dict[int, tuple[str, str]]:
    """Forty-second round. For the line above the schedule's first timed line giving a
    moment in a sentence that ends with its hours (see _LABEL_THEN_HOURS), that line's index,
    then the moment as a timed line (`9h - 12h30 PORTES OUVERTES`) and the sentence without
    its hours; nothing when no timed line follows within a few lines."""
    for n, text in enumerate(raw_lines[:200]):
        if BLOCK_LINE.match(text):
            break  # the schedule has begun with a time of its own
        said = (
            _LABEL_THEN_HOURS.match(text)
            if ":" in text and len(text) <= _SENTENCE_AT_MOST and _HOURS_AT_END.search(text[-80:])
            else None
        )
        if (
            said is not None
            and fold(said["title"]).strip() not in TABLE_HEADER_WORDS
            and any(BLOCK_LINE.match(t) for t in raw_lines[n + 1 : n + 1 + _LABEL_LOOK_AHEAD])
        ):
            start, end = said["start"].strip(), said["end"].strip()
            return {n: (f"{start} - {end} {said['title'].strip()}", said["rest"].strip())}
    return {}
