"""A table with a column per room copied cell by cell: each row its range alone on a line,
then each room's cell as two lines, who speaks then what about. Each cell is a block at the
row's times."""

from __future__ import annotations

import re

from facilitateur.models.programme.clean_lines import clean_line
from facilitateur.models.programme.name_lines import a_bare_name
from facilitateur.models.programme.times import ONLY_TIMES

# Forty-third round. A lecture table with two rooms, copied from a page (`10h - 10h45 10h`,
# `Etienne Klein`, `What does the polysemy of time reveal to us?`, `Jacques Arnould`, `Are we
# wasting our time?`): read line by line, the first name titled the row and the other cells
# were its parts or lost. When three rows or more hold two cells each, a name-shaped line
# then a line that is not, the page is such a table: each cell of each row is a block at the
# row's times, titled by its second line and given by the name (`10h - 10h45 What does … –
# Etienne Klein`). A cell headed by words that are no name (`Astronauts roundtable`, then
# its question) is titled by them, the line under it its description; two name-shaped lines
# (`Pierre-Yves Plat`, `Opening Session`) are a person then a title when only the first is a
# person named beyond doubt. A name alone before
# the last cell of a row of three lines (`Roger Penrose`) is a cell of its own. Rows with
# nothing under them stay as written; a row of five lines or more is no row of the table.

# Two to four capitalised words, hyphens and particles allowed, no digit, no end mark: how a
# cell names its speaker (`Hidehiro Tachibana`, `Purificación López-García`).
_NAME_SHAPED = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w’'-]+|de|da|van|von|del|di|le|la)"
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w’'.-]+|de|da|van|von|del|di|le|la|du|des)){1,3}$"
)
_MAX_CELL_LINES = 4


def _name_shaped(line: str) -> bool:
    return len(line) <= 40 and not any(c.isdigit() for c in line) and bool(_NAME_SHAPED.match(line))


def _range_alone(line: str) -> str | None:
    # A range alone is short and ends on its time: other lines are not asked further.
    if not line[:1].isdigit() or len(line) > 30 or line[-1:] not in "0123456789hH":
        return None
    text = clean_line(line)
    m = ONLY_TIMES.match(text)
    if m is None or (m["bh"] is None and m["bnoon"] is None):
        return None
    return text.strip()


def _two_cells(cells: list[str]) -> bool:
    return (
        len(cells) == 4
        and _name_shaped(cells[0])
        and _name_shaped(cells[2])
        and not _name_shaped(cells[1])
        and not _name_shaped(cells[3])
    )


def _cells(times: str, lines: list[str]) -> list[str]:
    out = [f"{times} {line}" for line in lines[: len(lines) % 2]]
    for head, under in zip(lines[len(lines) % 2 :: 2], lines[len(lines) % 2 + 1 :: 2], strict=True):
        if _name_shaped(head) and (
            not _name_shaped(under) or (a_bare_name(head) and not a_bare_name(under))
        ):
            out.append(f"{times} {under} – {head}")
        else:
            out += [f"{times} {head}", under]
    return out


def room_cells(raw: list[str]) -> list[str]:
    """The lines, each row of a table copied cell by cell with two lines a cell rewritten as
    one timed line a cell (blank lines keep the count of lines)."""
    if sum(1 for line in raw[:400] if line[:1].isdigit()) < 3:
        return raw
    starts = [
        (i, t)
        for i, line in enumerate(raw)
        if line[:1].isdigit() and len(line) <= 32 and (t := _range_alone(line.strip()))
    ]
    if len(starts) < 3:
        return raw
    rows: list[tuple[int, int, str, list[str]]] = []
    for k, (i, times) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(raw)
        if end - i - 1 > _MAX_CELL_LINES + 2:
            end = i + 1  # more lines than a row holds: the table's last row is empty
        cells = [line.strip() for line in raw[i + 1 : end]]
        if "" in cells or len(cells) > _MAX_CELL_LINES:
            continue
        rows.append((i, end, times, cells))
    if sum(1 for *_, cells in rows if _two_cells(cells)) < 3:
        return raw
    out = list(raw)
    for i, end, times, cells in rows:
        if not cells:
            continue
        rewritten = _cells(times, cells)
        out[i:end] = rewritten + [""] * (end - i - len(rewritten))
    return out
