"""Programmes as tables: CSV (`;` or `,`, as Excel writes them) and xlsx, columns by header."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime, time
from typing import Any

from facilitateur.models.agenda.timeofday import parse_minutes
from facilitateur.models.programme.days_and_dates import find_date
from facilitateur.models.programme.kind_words import KIND_WORDS
from facilitateur.models.programme.model import Block, Day, Item, Programme, ProgrammeError, Rule
from facilitateur.models.programme.people import speaker_list
from facilitateur.models.programme.roles_and_bodies import clean
from facilitateur.models.programme.table_rows import table_time
from facilitateur.models.programme.times import ONLY_TIMES, ClockTime, read_range
from facilitateur.models.programme.words import guess_language, kind_of
from facilitateur.models.text.folding import fold

COLUMNS = {
    "start": (
        "debut",
        "heure de debut",
        "heure",
        "horaire",
        "horaires",
        "start",
        "start time",
        "from",
        "begin",
        "time",
    ),
    "end": ("fin", "heure de fin", "end", "end time", "to", "until"),
    "duration": ("duree", "duration", "length", "minutes"),
    "title": (
        "titre",
        "intitule",
        "sujet",
        "session",
        "sequence",
        "theme",
        "title",
        "activity",
        "activite",
        "topic",
        "programme",
        "contenu",
    ),
    "kind": ("type", "nature", "kind", "format", "categorie", "category"),
    "speakers": (
        "intervenants",
        "intervenant",
        "intervenant(e)s",
        "orateurs",
        "speakers",
        "speaker",
        "animateur",
        "animation",
        "qui",
        "who",
        "avec",
        "presenters",
        "presenter",
    ),
    "day": ("jour", "date", "day"),
    "description": ("description", "details", "detail", "resume", "notes", "summary"),
    "section": ("section", "partie", "track", "temps fort"),
}
_KINDS = {k for k, _ in KIND_WORDS} | {"other"}


def _column_of(cell: str) -> str | None:
    name = fold(cell).strip(" :*")
    for column, words in COLUMNS.items():
        if name in words:
            return column
    return None


def _header(rows: list[list[str]]) -> tuple[int, dict[str, int]]:
    for r, row in enumerate(rows[:20]):
        found: dict[str, int] = {}
        for c, cell in enumerate(row):
            column = _column_of(cell)
            if column and column not in found:
                found[column] = c
        if "title" in found and len(found) >= 2:
            return r, found
    raise ProgrammeError(
        1, "no header row naming a title column (Titre, Title, Intitulé …) and a time column"
    )


def _time(text: str) -> tuple[ClockTime | None, ClockTime | None]:
    # The same reading of times as in text: "1:00–4:30 p.m.", "0800 – 0830" …
    m = ONLY_TIMES.match(table_time(text.strip()))
    if not m:
        raise ValueError(f"not a time: {text!r}")
    return read_range(m)


def _kind(text: str) -> str | None:
    folded = fold(text).strip().replace(" ", "_").replace("-", "_")
    return folded if folded in _KINDS else kind_of(text)


def rows_to_programme(rows: list[list[str]]) -> Programme:
    """Read table rows (strings) into a programme; rows are numbered from 1 in messages."""
    head, col = _header(rows)
    prog = Programme(language=guess_language(" ".join(" ".join(r) for r in rows[:200])))
    days: dict[str, Day] = {}
    day = None
    for n, row in enumerate(rows[head + 1 :], start=head + 2):
        cell = {k: clean(row[i]) if i < len(row) else "" for k, i in col.items()}
        if not any(cell.values()):
            continue
        key = cell.get("day", "")
        if day is None or (key and key != day.label):
            day = days.get(key)
            if day is None:
                found = find_date(key) if key else None
                day = Day(label=found[0] if found else key, date=found[1] if found else None)
                days[key] = day
                prog.days.append(day)
        title = cell.get("title", "")
        if not title:
            prog.warn(n, "row without a title, skipped")
            continue
        try:
            start, end = _time(cell["start"]) if cell.get("start") else (None, None)
            if cell.get("end"):
                end = _time(cell["end"])[0]
            minutes = parse_minutes(cell["duration"]) if cell.get("duration") else None
        except ValueError as e:
            raise ProgrammeError(n, str(e)) from None
        speakers = speaker_list(cell["speakers"], people_only=True) if cell.get("speakers") else []
        if cell.get("speakers") and not speakers:
            prog.warn(n, f"speakers not understood: {cell['speakers']!r}")
        if start is None and title[:1] in "-•" and day.blocks:
            if item_title := clean(title[1:]):
                day.blocks[-1].items.append(
                    Item(item_title, n, _kind(cell.get("kind", "")), speakers)
                )
            else:
                prog.warn(n, "empty item, skipped")
            continue

        block = Block(
            title, n, start=start, end=end, duration=minutes, speakers=speakers, rule=Rule.COLUMNS
        )
        block.kind = _kind(cell["kind"]) if cell.get("kind") else None
        block.description = cell.get("description", "")
        block.section = cell.get("section", "")
        day.blocks.append(block)
    prog.days = [d for d in prog.days if d.blocks]
    if not prog.days:
        raise ProgrammeError(head + 1, "the table has a header but no programme rows")
    return prog


def read_csv(text: str) -> Programme:
    """A CSV programme: `;`, `,` or tab separated, with a header row."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count)
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as e:
        raise ProgrammeError(1, f"not readable as CSV ({e})") from None
    return rows_to_programme(rows)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.year < 1901:  # a time typed in Excel comes back on its day zero
            return value.strftime("%H:%M")
        return (
            value.date().isoformat() if value.time() == time() else value.strftime("%Y-%m-%d %H:%M")
        )

    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# A programme is a few hundred cells in a workbook of a few hundred kilobytes once unpacked.
# Beyond these, a workbook is refused in words before it is read: unpacked whole (its shared
# strings, its styles), a 300 KB file can take gigabytes and a minute.
MAX_UNPACKED = 10 * 2**20
MAX_CELLS = 20_000


def read_xlsx(data: bytes) -> Programme:
    """An xlsx programme: the first sheet, read like a CSV file, streamed row by row;
    ProgrammeError for a damaged or foreign file and beyond the limits above."""
    from openpyxl import load_workbook

    try:
        unpacked = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
        raise ProgrammeError(1, f"not a readable xlsx workbook ({e})") from None
    if unpacked > MAX_UNPACKED:
        raise ProgrammeError(
            1,
            f"the workbook unpacks to {unpacked // 2**20} MB, more than a programme "
            f"({MAX_UNPACKED // 2**20} MB at most): save the programme's own sheet alone",
        )
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a damaged or foreign file
        raise ProgrammeError(1, f"not a readable xlsx workbook ({type(e).__name__})") from None
    try:
        if not book.worksheets:
            raise ProgrammeError(1, "the workbook has no sheet")
        rows: list[list[str]] = []
        cells = 0
        for row in book.worksheets[0].iter_rows(values_only=True):
            cells += len(row)
            if cells > MAX_CELLS:
                raise ProgrammeError(
                    len(rows) + 1,
                    f"the first sheet has more than {MAX_CELLS:,} cells, more than a programme",
                )
            rows.append([_cell_text(v) for v in row])
    except ProgrammeError:
        raise
    except Exception as e:  # a sheet cut short or damaged inside the archive
        raise ProgrammeError(1, f"not a readable xlsx workbook ({type(e).__name__})") from None
    finally:
        book.close()
    return rows_to_programme(rows)
