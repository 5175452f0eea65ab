"""Programmes whose days stand side by side, a column each, copied from a web page's table row
by row: each cell ends with `|`, and the days' cells alternate."""

from __future__ import annotations

import re

from facilitateur.models.programme.days_and_dates import day_heading
from facilitateur.models.programme.times import BLOCK_LINE, ONLY_TIMES, read_time

# A year glued to the next cell's first word (`Vendredi 13 octobre 2017Palais des Congrès`).
_GLUED_YEAR = re.compile(r"\b((?:19|20)\d\d)(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")


def _cells(raw: list[str]) -> tuple[list[list[tuple[int, str]]], list[tuple[int, str]]]:
    """The cells from the first line holding a `|`, each a list of (line index, text): a `|`
    ends a cell, which may run over several lines before it; and the lines after the last."""
    cells: list[list[tuple[int, str]]] = []
    cell: list[tuple[int, str]] = []
    first = next(i for i, line in enumerate(raw) if "|" in line)
    for i, line in enumerate(raw[first:], first):
        pieces = line.split("|")
        for n, piece in enumerate(pieces):
            if piece.strip():
                cell.append((i, piece.strip()))
            if n < len(pieces) - 1:  # a `|` follows the piece: the cell ends
                cells.append(cell)
                cell = []
    return cells, cell


def _date_cell(cell: list[tuple[int, str]]) -> bool:
    if len(cell) != 1:
        return False
    found = day_heading(_GLUED_YEAR.sub(r"\1 ", cell[0][1]))
    return found is not None and not BLOCK_LINE.match(found[2])


def _tab_columns(raw: list[str]) -> list[tuple[int, str]] | None:
    """The same table copied with tabs: a header row of two dates or more (`Vendredi 13 octobre
    2017 ⇥ Samedi 14 octobre 2017`), then rows whose cells, one a day, each start with a time;
    the table ends at the first line without a tab."""
    head = next((i for i, line in enumerate(raw) if "\t" in line), None)
    if head is None:
        return None
    days = [c.strip() for c in raw[head].split("\t") if c.strip()]
    if len(days) < 2 or not all(_date_cell([(head, d)]) for d in days):
        return None
    columns: list[list[tuple[int, str]]] = [[] for _ in days]
    end = head + 1
    while end < len(raw) and "\t" in raw[end]:
        cells = raw[end].split("\t")
        if len(cells) > len(days):
            return None
        for j, cell in enumerate(cells):
            if cell.strip():
                columns[j].append((end, cell.strip()))
        end += 1
    if not all(_forward([[c] for c in column]) for column in columns):
        return None
    out = [(i, line) for i, line in enumerate(raw[:head])]
    for day, column in zip(days, columns, strict=True):
        out.append((head, _GLUED_YEAR.sub(r"\1 ", day)))
        out.extend(column)
    return [*out, *((i, line) for i, line in enumerate(raw) if i >= end)]


# Thirty-fourth round. The gap between two cells of a row copied with its columns padded by
# spaces: two spaces or more, or a tab.
_PAD = re.compile(r"\s{2,}|\t")


def _pieces(line: str) -> list[str]:
    return [p for p in _PAD.split(line.strip()) if p]


def _all_days(pieces: list[str], i: int) -> bool:
    return bool(pieces) and all(_date_cell([(i, p)]) for p in pieces)


def padded_day_columns(raw: list[str]) -> list[tuple[int, str]] | None:
    """Thirty-fourth round. A week's table with a column per day copied with its cells padded by
    spaces: a header of two day headings or more side by side (`Monday May 8th  Tuesday May
    9th`, perhaps wrapped over several lines), then rows that each open with their times, as
    one cell or two (`9:00  10:00  Opening Session  Working on Problems …`), the other cells
    being the days' blocks from the first day on (a row with fewer cells leaves the last days
    empty). Read day by day, each cell a block at its row's times; the table ends at the first
    line that opens with no time. None for any other shape: a header of one day, a row with
    more cells than days, or no row with two cells."""
    head = next(
        (
            i
            for i, line in enumerate(raw[:400])
            if "  " in line.strip() and len(p := _pieces(line)) >= 2 and _all_days(p, i)
        ),
        None,
    )
    if head is None:
        return None
    days: list[tuple[int, str]] = []
    end = head
    while end < len(raw):
        pieces = _pieces(raw[end])
        if pieces and not _all_days(pieces, end):
            break
        days.extend((end, _GLUED_YEAR.sub(r"\1 ", p)) for p in pieces)
        end += 1
    columns: list[list[tuple[int, str]]] = [[] for _ in days]
    wide = False
    while end < len(raw):
        pieces = _pieces(raw[end])
        if not pieces:
            end += 1
            continue
        if not ONLY_TIMES.match(pieces[0]):
            break
        times, cells = pieces[0], pieces[1:]
        # The end in a cell of its own (`9:00  10:00`): a range once joined to the start.
        if cells and ONLY_TIMES.match(f"{times} - {cells[0]}"):
            times, cells = f"{times} - {cells[0]}", cells[1:]
        if len(cells) > len(days):
            return None
        wide = wide or len(cells) >= 2
        for j, cell in enumerate(cells):
            columns[j].append((end, f"{times} {cell}"))
        end += 1
    if not wide or not all(_forward([[c] for c in column]) for column in columns if column):
        return None
    out = [(i, line) for i, line in enumerate(raw[:head])]
    for day, column in zip(days, columns, strict=True):
        out.append(day)
        out.extend(column)
    return [*out, *((i, line) for i, line in enumerate(raw) if i >= end)]


def _forward(column: list[list[tuple[int, str]]]) -> bool:
    """Whether every cell of a day's column starts with a time, each later than the last (on
    a 12-hour page, `12:30` then `1:30`); empty cells aside."""
    last = -1
    for cell in column:
        if not cell:
            continue
        block = BLOCK_LINE.match(cell[0][1])
        start = read_time(block, "a") if block else None
        if start is None:
            return False
        minutes = start.minutes
        if minutes < last and not start.explicit:
            minutes += 12 * 60  # `12:30` then `1:30` on a 12-hour page
        if minutes < last:
            return False
        last = minutes
    return bool(column)


def day_columns(raw: list[str]) -> list[tuple[int, str]] | None:
    """Nineteenth round. A table with a column per day copied from a web page row by row, each
    cell ended by `|` (`Vendredi 13 octobre 2017 |` then `Samedi 14 octobre 2017 |`, then `8h45 :
    Accueil | 8h45 : Accueil |`, a cell perhaps over several lines), is read day by day: two
    dated cells or more in a row head the columns, and the cells after them are dealt to the
    days in turn. Read so only when every cell after the headings starts with a time or is
    empty, and each column's times go forward; otherwise None. The lines are returned in the
    days' order, each with the index of the line it came from (a line holding two cells gives
    two)."""
    if sum(line.rstrip().endswith("|") for line in raw) < 4:
        return _tab_columns(raw) if "\t" in "".join(raw[:400]) else None
    cells, tail = _cells(raw)
    first = next((n for n, c in enumerate(cells) if _date_cell(c)), None)
    if first is None:
        return None
    width = 0
    while first + width < len(cells) and _date_cell(cells[first + width]):
        width += 1
    body = cells[first + width :]
    if width < 2 or len(body) < 2 * width:
        return None
    columns: list[list[list[tuple[int, str]]]] = [[] for _ in range(width)]
    for n, cell in enumerate(body):
        columns[n % width].append(cell)
    if not all(_forward(column) for column in columns):
        return None
    begin = cells[first][0][0]
    out = [(i, line) for i, line in enumerate(raw[:begin])]
    for heading, column in zip(cells[first : first + width], columns, strict=True):
        out.append((heading[0][0], _GLUED_YEAR.sub(r"\1 ", heading[0][1])))
        out.extend(piece for cell in column for piece in cell)
    return [*out, *tail]
