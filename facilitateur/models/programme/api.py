"""Entry points: read a programme from text or a file, in any of the formats we know."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facilitateur.models.programme.assemble import DayNote, assemble
from facilitateur.models.programme.meeting_points import meeting_speakers
from facilitateur.models.programme.model import Programme, ProgrammeError
from facilitateur.models.programme.text_parser import read_text
from facilitateur.models.storage.inputs import TooLarge, read_bounded

FORMATS = ("auto", "text", "csv", "xlsx", "json")
MAX_BYTES = 20 * 1024 * 1024


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252 as Excel writes in France."""
    if b"\x00" in data[:4096]:
        raise ProgrammeError(1, "not text (binary content)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ProgrammeError(
            line, f"cannot decode byte 0x{data[e.start]:02x}: not UTF-8 nor Windows-1252 text"
        ) from None


@dataclass
class Reading:
    """A programme as read, with what the preview shows beside it."""

    programme: dict[str, Any]  # the JSON contract
    unread: list[dict[str, Any]] = field(default_factory=list)  # {"line": n, "text": …}
    days: list[DayNote] = field(default_factory=list)  # per day: 12-hour reading, block rules


_NOTHING = re.compile(r"^[\W_]*$")


def unread_lines(
    text: str, used: set[int], skipped: list[tuple[int, str]] | None = None
) -> list[dict[str, Any]]:
    """Every line with something written on it that the reading took nothing from, and the
    parts left out of lines it did read (prose before the first time of a run-on day)."""
    out = []
    for no, line in enumerate(text.splitlines(), start=1):
        if no not in used and not _NOTHING.match(line):
            out.append({"line": no, "text": " ".join(line.split())[:300]})
    out += [{"line": no, "text": part[:300]} for no, part in skipped or () if no in used]
    return sorted(out, key=lambda u: u["line"])


def _from_programme(prog: Programme, clocks: dict[int, bool] | None, text: str | None) -> Reading:
    programme, notes = assemble(prog, clocks)
    unread = unread_lines(text, prog.used, prog.skipped) if text is not None else []
    meeting_speakers(programme, unread)
    return Reading(programme, unread, notes)


def read_programme(text: str, fmt: str = "text", clocks: dict[int, bool] | None = None) -> Reading:
    """Read programme text (`text`, `csv` or `json`); `clocks` forces the 12-hour reading of
    some days on or off (by the day's index)."""
    if fmt == "csv":
        from facilitateur.models.programme.tables import read_csv

        return _from_programme(read_csv(text), clocks, None)
    if fmt == "json":
        from facilitateur.models.programme.from_json import read_json

        return Reading(read_json(text))
    return _from_programme(read_text(text), clocks, text)


def parse_programme(text: str, fmt: str = "text") -> dict[str, Any]:
    """Parse programme text (`text`, `csv` or `json`) into the contract's JSON structure."""
    return read_programme(text, fmt).programme


def sniff(path: Path, data: bytes) -> str:
    """The format of a file, from its name and first bytes."""
    suffix = path.suffix.lower()
    if data[:2] == b"PK" or suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    if suffix == ".json" or data.lstrip()[:1] in (b"{",):
        return "json"
    if suffix in (".csv", ".tsv"):
        return "csv"
    return "text"


def read_file(path: Path | str, fmt: str = "auto") -> Reading:
    """Read a programme file; ProgrammeError (with a line) for input that is not one."""
    return open_programme(path, fmt)[0]


def open_programme(path: Path | str, fmt: str = "auto") -> tuple[Reading, str | None]:
    """Read a programme file: its reading, and its text when it is text (None for a workbook,
    whose cells are not text to correct); ProgrammeError (with a line) for input that is not
    one."""
    path = Path(path)
    try:
        data = read_bounded(path, MAX_BYTES)  # read up to the limit and no further
    except TooLarge:
        raise ProgrammeError(1, f"larger than {MAX_BYTES // 2**20} MB: not a programme") from None
    except OSError as e:
        raise ProgrammeError(1, f"cannot be read ({e.strerror})") from None
    if fmt == "auto":
        fmt = sniff(path, data)
    if fmt == "xlsx":
        from facilitateur.models.programme.tables import read_xlsx

        return _from_programme(read_xlsx(data), None, None), None
    text = decode(data)
    return read_programme(text, fmt), text


def parse_file(path: Path | str, fmt: str = "auto") -> dict[str, Any]:
    """Parse a programme file; ProgrammeError (with a line) for input that is not one."""
    return read_file(path, fmt).programme
