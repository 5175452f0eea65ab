"""Programme text → days of blocks, items and speakers (times are settled in `assemble`)."""

from __future__ import annotations

import re

from facilitateur.models.programme.header import body_start, read_header
from facilitateur.models.programme.lines import Line, logical_lines
from facilitateur.models.programme.model import Block, Day, Item, Programme, ProgrammeError
from facilitateur.models.programme.people import (
    CHAIR_LABELS,
    SPEAKER_LABEL,
    Speaker,
    clean,
    person,
    speaker_list,
    topic_and_person,
)
from facilitateur.models.programme.times import (
    BLOCK_LINE,
    HOURS_IN_TEXT,
    duration_minutes,
    read_time,
)
from facilitateur.models.programme.words import find_date, kind_of

_BY_PERSON = re.compile(
    r"^(?P<title>.+?)\s+(?:de|d['’]|par|by|with|avec)\s*(?P<who>[A-ZÀ-ÖØ-Þ].*)$"
)
_TRAILING_PERSON = re.compile(r"^(?P<title>.+?)\s*\((?P<who>[^()]+)\)\s*$")
_SENTENCE = re.compile(r"[?!]|\.\s*$")
_DURATION_TEXT = re.compile(r"[\[(]\s*\d[^\])]*(?:mn|min|minutes?|h\s*\d*)\s*[\])]", re.IGNORECASE)

_STANDALONE_KINDS = {"break", "meal", "welcome", "closing"}


def title_and_speakers(text: str) -> tuple[str, list[Speaker], int | None]:
    """A block or item title, the speakers written in it, and a duration in brackets.

    The title is never empty: when taking the speakers or the duration out would leave
    nothing, the text stays the title as written.
    """
    text = clean(text) or text.strip() or "?"
    minutes = duration_minutes(text)
    if minutes is not None:
        text = clean(_DURATION_TEXT.sub("", text)) or text
    title, speakers = text, []
    if split := topic_and_person(text):
        title, speakers = split[0], [split[1]]
    elif (m := _BY_PERSON.match(text)) and (sp := person(m.group("who"))):
        title, speakers = clean(m.group("title")), [sp]
    elif (m := _TRAILING_PERSON.match(text)) and (people := speaker_list(m.group("who"))):
        title, speakers = clean(m.group("title")), people
    return (title, speakers, minutes) if title else (text, [], minutes)


class Reader:
    """Walks the logical lines of the schedule, keeping the current day, block and item."""

    def __init__(self, prog: Programme, first_day: Day) -> None:
        self.prog = prog
        self.day = first_day
        self.block: Block | None = None
        self.item: Item | None = None
        self.section = ""
        self.section_start = None
        prog.days.append(first_day)

    def read(self, line: Line) -> None:
        getattr(self, f"on_{line.kind}")(line)

    # Line kinds ------------------------------------------------------------------------------
    def on_heading(self, line: Line) -> None:
        self.block = self.item = None

    def on_date(self, line: Line) -> None:
        label, when, rest = find_date(line.text)
        if when is None and self.day.date is not None:
            # "Samedi 14 mai après-midi" under "Samedi 14 mai 2022 matin" is the same day.
            with_year = find_date(f"{label} {self.day.date.year}")
            when = with_year[1] if with_year and with_year[1] == self.day.date else None
        same = self.day.label == label or (when is not None and self.day.date == when)
        if not same:
            if self.day.blocks or self.day.label:
                self.day = Day()
                self.prog.days.append(self.day)
            self.day.label, self.day.date = label, when
        self.block = self.item = None
        if rest:
            self.section, self.section_start = rest[:1].upper() + rest[1:], None

    def on_section(self, line: Line) -> None:
        self.block = self.item = None
        self.section = line.text
        hours = HOURS_IN_TEXT.search(line.text)
        self.section_start = read_time(hours, "a") if hours else None

    def on_block(self, line: Line) -> None:
        m = BLOCK_LINE.match(line.text)
        title, speakers, minutes = title_and_speakers(m.group("rest"))
        self._new_block(line, title, speakers)
        self.block.start, self.block.end = read_time(m, "a"), read_time(m, "b")
        self.block.duration = minutes

    def on_bullet(self, line: Line) -> None:
        content = line.content
        if self.block is None:
            self.on_text(Line(line.no, content, "text"))
            return
        spoken = self._speakers_in(content, line.bullet)
        if spoken is not None:
            self._add_speakers(spoken)
            return
        title, speakers, _minutes = title_and_speakers(content)
        self.item = Item(title, line.no, speakers=speakers)
        self.block.items.append(self.item)
        if self.block.item_bullet is None:
            self.block.item_bullet = line.bullet

    def on_text(self, line: Line) -> None:
        text = line.text
        if self.block is not None and (people := labelled_speakers(text)):
            self._add_speakers(people)
            return
        if self.block is None or self._stands_alone(text):
            title, speakers, minutes = title_and_speakers(text)
            self._new_block(line, title, speakers)
            self.block.duration = minutes
            return
        if sp := person(text):
            self._add_speakers([sp])
        elif not self.block.items and _SENTENCE.search(text) and not self.block.description:
            self.block.description = clean(text)
        else:
            title, speakers, _minutes = title_and_speakers(text)
            self.item = Item(title, line.no, speakers=speakers)
            self.block.items.append(self.item)
            self.block.item_bullet = self.block.item_bullet or ""

    # Helpers ---------------------------------------------------------------------------------
    def _new_block(self, line: Line, title: str, speakers: list[Speaker]) -> None:
        self.block = Block(title, line.no, speakers=speakers)
        if self.section:
            self.block.section, self.block.section_start = self.section, self.section_start
            self.section, self.section_start = "", None
        self.item = None
        self.day.blocks.append(self.block)

    def _stands_alone(self, text: str) -> bool:
        """`REPAS`, `PAUSE`, `Déjeuner` between timed blocks are blocks of their own."""
        if len(text) > 40 or person(text):
            return False
        kind = kind_of(text)
        if text.isupper() or kind in ("break", "meal"):
            return True
        return kind in _STANDALONE_KINDS and not self.block.items

    def _speakers_in(self, content: str, bullet: str) -> list[Speaker] | None:
        """The speakers a bullet names, or None when the bullet is an item."""
        if people := labelled_speakers(content):
            return people
        if sp := person(content) or _loose_person(content):
            return [sp]
        same_level = self.block.item_bullet is not None and bullet == self.block.item_bullet
        if not same_level and (split := topic_and_person(content)):
            topic, sp = split
            return [{**sp, "topic": topic}]
        return None

    def _add_speakers(self, speakers: list[Speaker]) -> None:
        target = self.item.speakers if self.item is not None else self.block.speakers
        target.extend(speakers)


def labelled_speakers(text: str) -> list[Speaker]:
    """`Intervenants : A (role), B (role)` or `Moderator: X, org` → speakers ([] otherwise).

    A chair's label stays in front of their role (`Moderator, Springfield Gazette`).
    """
    label = SPEAKER_LABEL.match(text)
    if not label:
        return []
    people = speaker_list(label.group("rest"))
    if people and CHAIR_LABELS.match(label.group("label")):
        word = label.group("label")[:1].upper() + label.group("label")[1:]
        people = [{**p, "role": f"{word}, {p['role']}" if p["role"] else word} for p in people]
    return people


def _loose_person(text: str) -> Speaker | None:
    """`Jane Smith, CEO of Acme` (no capitals in the last name) only with a role after it."""
    sp = person(text, strict=False)
    return sp if sp and sp["role"] else None


def read_text(text: str) -> Programme:
    """Read programme text into days of blocks; raise ProgrammeError when it has no schedule."""
    raw = text.splitlines()
    prog = Programme()
    start = body_start(raw)
    first_day = read_header(raw, start, prog)
    reader = Reader(prog, first_day)
    for line in logical_lines(raw, start):
        reader.read(line)
    prog.days = [d for d in prog.days if d.blocks]
    if not prog.days:
        raise ProgrammeError(
            1, "no schedule found: no line starts with a time such as 9h15 or 09:15"
        )
    return prog
