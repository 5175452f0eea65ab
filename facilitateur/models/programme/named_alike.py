"""Forty-third round. People a programme names the way it names its other speakers, though the
list of given names lacks theirs (`15h00 - Soufi Fouad : Réflexions …`, `Kensuke Harada: …`
among talks read as `Benjamin Stora : Aux origines …`).

A name alone is read only when its given name is known (see people.named_beyond_doubt): two
capitalised words before a colon are most often a title and its subtitle. A programme that
writes two talks or more as a person named beyond doubt, a colon and the talk, says how it
writes its talks; its other timed lines of that shape whose words before the colon have a
name's shape (two or three capitalised words, none a function, a body, a place, a kind of
moment or a common word) are talks given by that person too.

The same for lines holding a name alone (`Hidehiro Tachibana` above its talk's title in a web
table whose other slots read `Etienne Klein`, `Jean Viard`): when three lines or more of the
programme are a person's name beyond doubt and nothing else, a part of a block whose whole
line has a name's shape is that block's speaker, no part of its own; and a block titled so
alone is given by that person; and a part ending with a spaced dash and a name's shape, when
two parts or more end so with people named beyond doubt.

Forty-fourth round: the same for a timed line holding a name, a comma and a body (`2:30pm
Chanel Summers, University of Southern California` among `11am Paul Debevec, USC`, `1:30pm
Jérémie Gallien, London Business School`), when two blocks or more are written so with people
named beyond doubt: the block is that person's, titled by their name as its neighbours are,
what the reader ran on after the line their topic.
"""

from __future__ import annotations

import re

from facilitateur.models.programme.model import Block, Item, Programme
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
# How many lines must hold a name beyond doubt alone.
_NAME_LINES = 3
# Two or three capitalised words and nothing else.
_NAME_ALONE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)"
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)){1,2}$"
)


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


# A title, a spaced dash, then two or three capitalised words ending the line.
_TITLE_DASH_NAME = re.compile(
    r"^(?P<title>.*\S)\s+[–—-]\s+(?P<who>(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)"
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)){1,2})$"
)


def _ends_with_dash_name(part: Block | Item, lines: list[str]) -> bool:
    """Whether the part's line ends with a spaced dash then one of its speakers' names."""
    if not part.speakers or not 0 < part.line <= len(lines):
        return False
    line = lines[part.line - 1].rstrip(" .")
    name = part.speakers[-1]["name"] or "\0"
    before = line[: len(line) - len(name)]
    return line.endswith(name) and re.search(r"\s[–—-]\s+$", before) is not None


def people_after_a_dash_alike(prog: Programme, text: str) -> None:
    """Forty-third round. The same for a title then a spaced dash and who gives it
    (`Coordination of MG Projects – Linda Guarino`): when two parts or more of the programme
    are written so with people named beyond doubt, a part ending with a dash and a name's
    shape (`Volunteer Support/Social – Hattie Braun`) is given by that person, though the list
    of given names lacks theirs."""
    if text.count(" – ") + text.count(" - ") + text.count(" — ") < _EVIDENCE + 1:
        return
    parts: list[Block | Item] = []
    for d in prog.days:
        for b in d.blocks:
            parts += [b, *b.items]
    lines = text.splitlines()
    if sum(_ends_with_dash_name(p, lines) for p in parts) < _EVIDENCE:
        return
    for p in parts:
        if p.speakers or (m := _TITLE_DASH_NAME.match(p.title)) is None:
            continue
        if _name_shape(m["who"]) and not is_place(m["title"]):
            p.title, p.speakers = clean(m["title"]), [make_speaker(m["who"])]


def names_alone_alike(prog: Programme, text: str) -> None:
    """Make each part of a block that is a line with a name's shape alone that block's
    speaker, when three lines or more of the programme are a name beyond doubt alone (the
    module's rule)."""
    if not any(
        (not b.speakers and _NAME_ALONE.match(b.title))
        or any(not i.speakers and _NAME_ALONE.match(i.title) for i in b.items)
        for d in prog.days
        for b in d.blocks
    ):
        return
    alone = {line.strip() for line in text.splitlines() if 4 <= len(line.strip()) <= 60}
    named = {
        s["name"]
        for d in prog.days
        for b in d.blocks
        for s in [*b.speakers, *(s for i in b.items for s in i.speakers)]
        if s["name"] in alone
    }
    if len(named) < _NAME_LINES:
        return
    for d in prog.days:
        for b in d.blocks:
            people = [
                i
                for i in b.items
                if not i.speakers
                and i.title in alone
                and _NAME_ALONE.match(i.title)
                and _name_shape(i.title)
            ]
            if people:
                b.items = [i for i in b.items if i not in people]
                b.speakers += [make_speaker(i.title) for i in people]
            elif (
                not b.speakers
                and b.title in alone
                and _NAME_ALONE.match(b.title)
                and _name_shape(b.title)
            ):
                # A block titled by the name alone, as the reader titles its neighbours
                # (`Etienne Klein`, its talk's title under it as its description).
                b.speakers.append(make_speaker(b.title))


# A name's shape, a comma, then a body starting with a capital and nothing else.
_NAME_COMMA_BODY = re.compile(
    r"(?P<who>(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)"
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)){1,2})"
    r",\s+(?P<body>[A-ZÀ-ÖØ-Þ][^,;:()]{1,60}?)\s*$"
)


def _titled_by_name_with_body(block: Block, lines: list[str]) -> bool:
    """Whether the block is titled by its one speaker's name, their line the name, a comma
    and their body."""
    if len(block.speakers) != 1 or not 0 < block.line <= len(lines):
        return False
    sp = block.speakers[0]
    line = lines[block.line - 1].rstrip()
    return (
        block.title == sp["name"]
        and bool(sp.get("organisation"))
        and line.endswith(f"{sp['name']}, {sp['organisation']}")
    )


def people_with_body_alike(prog: Programme, text: str) -> None:
    """Give each timed block whose line is a name's shape, a comma and a body its speaker,
    when two blocks or more of the programme are written so with people named beyond doubt
    (the module's rule)."""
    if text.count(", ") < _EVIDENCE + 1:
        return
    blocks = [b for d in prog.days for b in d.blocks if b.start is not None]
    lines = text.splitlines()
    if sum(_titled_by_name_with_body(b, lines) for b in blocks) < _EVIDENCE:
        return
    for b in blocks:
        if b.speakers or b.items or not 0 < b.line <= len(lines):
            continue
        line = lines[b.line - 1].rstrip()
        m = _NAME_COMMA_BODY.search(line)
        if m is None or not b.title.startswith(m.group()) or not _name_shape(m["who"]):
            continue
        body = m["body"]
        if is_role(body) or kind_of(body) is not None or not (looks_like_org(body) or " " in body):
            continue
        sp = make_speaker(m["who"])
        sp["organisation"] = body
        sp["topic"] = clean(b.title[len(m.group()) :]) or None
        if b.description in ("", b.title):
            b.description = sp["topic"] or ""  # the line under it, as its neighbours'
        b.title, b.speakers = m["who"], [sp]
