"""The programme being read: days, blocks, items and speakers, before times are settled."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from facilitateur.models.programme.people import Speaker
from facilitateur.models.programme.times import ClockTime


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


@dataclass
class Block:
    title: str
    line: int
    start: ClockTime | None = None
    end: ClockTime | None = None
    duration: int | None = None  # minutes, from "[20 mn]"
    kind: str | None = None
    section: str = ""
    section_start: ClockTime | None = None
    description: str = ""
    speakers: list[Speaker] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    item_bullet: str | None = None


@dataclass
class Day:
    label: str = ""
    date: date | None = None
    start: ClockTime | None = None
    end: ClockTime | None = None
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Programme:
    title: str = ""
    venue: str = ""
    days: list[Day] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)

    def warn(self, line: int, message: str) -> None:
        self.warnings.append({"line": line, "message": message})
