"""A programme's first moment said in a sentence before its timed lines (`Accueil à partir de
11 heures pour ceux qui le souhaitent, apportez votre pique-nique`, then `13 h 30 - 14 h 30 :
…`): a welcome, a meal or a break at the time the sentence gives."""

from __future__ import annotations

import re
from collections.abc import Iterable

from facilitateur.models.programme.times import BLOCK_LINE, T1
from facilitateur.models.programme.words import kind_of

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
