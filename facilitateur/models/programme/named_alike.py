"""Forty-third round. People a programme names the way it names its other speakers, though the
list of given names lacks theirs (`15h00 - Soufi Fouad : Réflexions …`, `Kensuke Harada: …`
among talks read as `Benjamin Stora : Aux origines …`).

A name alone is read only when its given name is known (see people.named_beyond_doubt): two
capitalised words before a colon are most often a title and its subtitle. A programme that
writes two talks or more as a person named beyond doubt, a colon and the talk, says how it
writes its talks; its other timed lines of that shape whose words before the colon have a
name's shape (two or three capitalised words, none a function, a body, a place, a kind of
moment or a common word) are talks given by that person too.
"""

from __future__ import annotations

import re

from facilitateur.models.programme.model import Block, Programme
from facilitateur.models.programme.people import COMMON_WORDS, names_no_person
from facilitateur.models.programme.roles_and_bodies import clean, is_role, looks_like_org
from facilitateur.models.programme.speaker_about import make_speaker
from facilitateur.models.programme.words import is_place, kind_of
from facilitateur.models.text.folding import fold

# Two or three capitalised words (a last name in capitals, hyphens and apostrophes inside
# allowed), a colon, then the talk.
_NAME_COLON_TALK = re.compile(
    r"^(?P<who>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)"
    r"(?P<more>(?:\s+(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)){1,2})"
    r"\s?:\s*(?P<talk>\S.*)$"
)
# How many talks must be written so by people named beyond doubt.
_EVIDENCE = 2


def _name_shape(who: str) -> bool:
    return not (
        any(is_role(w) for w in who.split())
        or names_no_person(who)
        or looks_like_org(who)
        or COMMON_WORDS.search(fold(who))
        or kind_of(who) is not None
        or is_place(who)
    )


def _written_as_name_colon(block: Block, lines: list[str]) -> bool:
    """Whether the block's line names its first speaker then a colon, the title after it."""
    if not block.speakers or not 0 < block.line <= len(lines):
        return False
    name = block.speakers[0]["name"] or ""
    line = lines[block.line - 1]
    at = line.find(name)
    return (
        at >= 0
        and name not in block.title
        and re.match(r"\s?:\s", line[at + len(name) :]) is not None
    )


def people_named_alike(prog: Programme, text: str) -> None:
    """Give each timed block titled `Name : talk` its speaker when the programme writes two
    talks or more so with people named beyond doubt (the module's rule)."""
    blocks = [b for d in prog.days for b in d.blocks if b.start is not None]
    if len(blocks) < _EVIDENCE + 1 or text.count(":") < _EVIDENCE:
        return
    lines = text.splitlines()
    if sum(_written_as_name_colon(b, lines) for b in blocks) < _EVIDENCE:
        return
    for b in blocks:
        m = _NAME_COLON_TALK.match(b.title)
        if m is None:
            continue
        who = f"{m['who']}{m['more']}"
        if any((s["name"] or "") == who for s in b.speakers) or not _name_shape(who):
            continue
        b.title = clean(m["talk"]) or b.title
        b.speakers.insert(0, make_speaker(who))
