"""Programmes copied from a web table with one column per track (`Horaires<tab>Grand
public<tab>Technique<tab>Multimedia`), each cell a title then its speakers on the next line.
Copied, a row comes out staggered: the time and the first cell's title, then each line the
speakers of one cell and, after a tab, the title of the next, the last speakers alone."""

from __future__ import annotations

from facilitateur.models.programme.times import ONLY_TIMES


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("\t") if cell.strip()]


def _timed_row(line: str) -> tuple[str, str] | None:
    """The time and the first title of a row's first line (`14h - 15h<tab>Titre`)."""
    if "\t" not in line:
        return None
    cells = _cells(line)
    if len(cells) != 2 or not ONLY_TIMES.match(cells[0]) or ONLY_TIMES.match(cells[1]):
        return None
    return cells[0], cells[1]


def _row(raw: list[str], i: int) -> list[tuple[int, str]] | None:
    """The row starting at raw[i] read cell by cell, or None when it is not staggered."""
    first = _timed_row(raw[i])
    if first is None:
        return None
    time, title = first
    out = [(i, f"{time} {title}")]
    j = i + 1
    while j < len(raw) and "\t" in raw[j] and len(cells := _cells(raw[j])) == 2:
        if any(ONLY_TIMES.match(cell) or _timed_row(cell) for cell in cells):
            return None
        out += [(j, cells[0]), (j, f"{time} {cells[1]}")]
        j += 1
    # At least two lines each closing a cell and opening the next (three tracks), then the
    # last cell's speakers alone, perhaps followed by the tabs of empty cells.
    if j - i < 3 or j >= len(raw) or len(cells := _cells(raw[j])) != 1:
        return None
    if ONLY_TIMES.match(cells[0]) or _timed_row(raw[j]):
        return None
    out.append((j, cells[0]))
    return out


def track_cells(raw: list[str]) -> list[tuple[int, str]] | None:
    """Twenty-eighth round. A table with a column per track copied from a web page, each cell a
    title over its speakers, comes out row by row staggered: `14h - 15h<tab>Titre A`, then
    `Speakers of A<tab>Titre B`, `Speakers of B<tab>Titre C`, then `Speakers of C` alone. Each
    cell is a block at its row's time: the lines are returned as `14h - 15h Titre A`,
    `Speakers of A`, `14h - 15h Titre B`, … each with the index of the line it came from (a
    line holding two cells gives two). Read so only when two rows or more have this shape
    (three cells or more each, no time in a cell but the first); otherwise None."""
    out: list[tuple[int, str]] = []
    rows = 0
    i = 0
    while i < len(raw):
        row = _row(raw, i) if "\t" in raw[i] else None
        if row is None:
            out.append((i, raw[i]))
            i += 1
            continue
        out.extend(row)
        rows += 1
        i = row[-1][0] + 1
    return out if rows >= 2 else None
