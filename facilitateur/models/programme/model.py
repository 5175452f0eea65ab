"""The programme being read: days, blocks, items and speakers, before times are settled."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from facilitateur.models.programme.people import Speaker
from facilitateur.models.programme.times import ClockTime


class Rule(StrEnum):
    """How the reader found a block: shown to the user so that a wrong guess is easy to see."""

    TIMED_LINE = "timed_line"  # a line starting with a time
    TABLE_ROW = "table_row"  # a row copied from a table (tabs, `|`, cells on their own lines)
    TIME_ALONE = "time_alone"  # times alone on a line, the title on the next one
    TITLE_FIRST = "title_first"  # "Opening: 10am - 10:30 am"
    UNTIMED = "untimed"  # a line without a time between timed blocks ("REPAS")
    COLUMNS = "columns"  # a row of a CSV or xlsx file, columns found by their header
    BY_HAND = "by_hand"  # added in the preview


class KindRule(StrEnum):
    """Why a block has its kind."""

    WORD = "word"  # a word of its title ("Pause", "Lunch")
    COLUMN = "column"  # the kind column of a table
    CHAIRED = "chaired"  # several speakers and a moderator: a panel
    PARTS = "parts"  # no kind word in its title, one in its first part ("➡ atelier de 35 min")
    WITH_ITEMS = "with_items"  # no kind word, several parts under it: a plenary
    DEFAULT = "default"  # no kind word, someone speaks: a talk
    NOTHING_NAMED = "nothing_named"  # no kind word, nobody named: another kind of moment
    BETWEEN_TALKS = "between_talks"  # no kind word, nobody named, between two talks: a talk
    PARENT = "parent"  # an item of a workshop, panel … block


class ProgrammeError(Exception):
    """Input that is not a programme; `line` (1-based) says where."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class Item:
    title: str
    line: int
    kind: str | None = None
    speakers: list[Speaker] = field(default_factory=list)
    bullet: str = ""  # the bullet its line started with, when one


@dataclass
class Block:
    title: str
    line: int
    start: ClockTime | None = None
    end: ClockTime | None = None
    duration: int | None = None  # minutes, from "[20 mn]"
    kind: str | None = None
    kind_word: str = ""  # the words saying `kind` when they are not in the block (the event's)
    section: str = ""
    section_start: ClockTime | None = None
    section_end: ClockTime | None = None  # the end its part's heading gives (`Matin (9h - 12h)`)
    # The kind its day's heading names for all its blocks (`Dimanche 25 novembre, ateliers`),
    # as the words saying it: the kind when its own title names none.
    kind_of_day: str = ""
    description: str = ""
    # A note on its times, in brackets before its title (`(avec pause entre 16h40 et 17h15)`):
    # shown before the description, never read for the kind.
    aside: str = ""
    speakers: list[Speaker] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    item_bullet: str | None = None
    mark: str = ""  # the bullet its timed line started with (`- 9 h 30 – …`), if one
    rule: Rule = Rule.TIMED_LINE  # how the block was found
    all_day: bool = False  # lasts the day or a part of it ("toute la journée"): no time of its own
    # A moment elsewhere after a block with no end (`Mairie : distribution de bonbons`): when
    # it happens is not said, and is not guessed from the block before.
    time_unsaid: bool = False


@dataclass
class Day:
    label: str = ""
    date: date | None = None
    start: ClockTime | None = None
    end: ClockTime | None = None
    blocks: list[Block] = field(default_factory=list)
    line: int = 0  # where the day starts in the text


@dataclass
class Programme:
    title: str = ""
    venue: str = ""
    language: str | None = None  # "fr" or "en", guessed from the text's common words
    # The kind of event the programme's title or opening prose names, when one: its generic
    # "Session 1" blocks are of that kind (a workshop's sessions are work in groups).
    # A programme titled as meetings gives "plenary" to the moments that name nothing.
    event_kind: str | None = None
    event_word: str = ""  # the words of the programme's title saying its event's kind
    # The year written above the schedule (`2020 Symposium Agenda`) when no day gives one.
    year: int | None = None
    days: list[Day] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # lines the reading took something from
    skipped: list[tuple[int, str]] = field(default_factory=list)  # parts of lines left out

    def warn(self, line: int, message: str) -> None:
        self.warnings.append({"line": line, "message": message})
