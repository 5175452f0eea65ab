"""Programmes laid out in columns padded with spaces (`6:00 pm-6:45 pm        Dinner`), as a
word processor's or a web page's table is copied as plain text."""

from __future__ import annotations

import re

from facilitateur.models.programme.table_rows import is_field_header
from facilitateur.models.programme.times import BLOCK_LINE
from facilitateur.models.programme.words import kind_of

# A time, then a gap of three spaces or more, then the title in its column.
_PADDED_ROW = re.compile(r"^(?P<time>\s*\S.*?\S)(?P<gap>\s{3,})(?P<title>\S.*)$")
_INDENT = re.compile(r"^(?P<lead> {8,}|\t+ *)(?P<title>\S.*)$")
# Nineteenth round. The title of the row above going on, wrapped in its column: a line
# opening in lower case or with a bracket (`nominations from the floor, if any (…`, `(dinner
# included with registration)`), or under a line cut after a word that cannot end it (`… for
# election and`), an open bracket or a comma. No other block at the same time.
_GOES_ON = re.compile(r"^(?:[a-zà-öø-ÿ]|[(\[])")
_CUT = re.compile(
    r"(?:[(,]|\s(?:and|or|of|the|to|for|with|in|on|at|by|a|an|et|ou|de|du|des|la|le|les|à"
    r"|au|aux|pour|avec|en|sur|par))\s*$",
    re.IGNORECASE,
)


def concurrent_rows(raw: list[str]) -> list[str]:
    """Seventeenth round. In a schedule padded into columns, a line with nothing in the time
    column and its text in the title column (within three spaces) under a timed row names
    another block at the same time (`1:00pm-2:00pm     Delegates Workshop` then, indented
    alone, `First Time Attendees Workshop`): the row's times are written before it. Copied
    from a page set in a proportional font, the columns do not line up: the text need only
    start as far right as the row's title, or further. A line starting before it (in the
    time column) is left as it is, and so are lines under a row giving its start alone
    (`9:00      Plenary Session` then its parts, indented), which are the row's parts."""
    out = list(raw)
    row: tuple[str, int] | None = None  # the times of the last padded row, its title column
    for i, line in enumerate(raw):
        if not line.strip():
            continue
        if "   " not in line:
            row = None  # neither a padded row nor a line indented under one
            continue
        if not line[:1].isspace() and "\t" not in line and (m := _PADDED_ROW.match(line)):
            times = m["time"].strip()
            block = BLOCK_LINE.match(f"{times} x")
            ranged = block and block["bh"] is not None and not block["rest"].strip("x ")
            row = (times, m.start("title")) if ranged else None
            continue
        if (
            row is not None
            and (m := _INDENT.match(line))
            and "\t" not in m["lead"]
            and m.start("title") >= row[1] - 3
            and not BLOCK_LINE.match(m["title"])
            and not _GOES_ON.match(m["title"])
            and not _CUT.search(raw[i - 1])
            # Twenty-fourth round. A line naming no moment (`South Hadley Public Library`
            # under `10:00 – 10:15    Welcome – Vicki Kaufman, MFOL`) says more about the
            # row (where its speaker comes from, where it is held): no block of its own.
            and kind_of(m["title"]) is not None
        ):
            out[i] = f"{row[0]} {m['title'].rstrip()}"
            continue
        row = None
    return out


_GAP = re.compile(r"\s{3,}")


def padded_columns(raw: list[str]) -> list[str]:
    """Twentieth round. A table padded into columns with spaces under a header naming its
    fields (`Time        Session          Room`, `Heure    Intitulé    Salle`): its header and
    the rows under it that fill as many columns are parted into cells, as a table copied
    with tabs is (the room was read as words of the title). The table ends at a blank line
    or a row with another count of columns."""
    out = list(raw)
    count = 0  # the columns of the header above, while its rows go on
    for i, line in enumerate(raw):
        if "   " not in line:
            count = 0
            continue
        cells = _GAP.split(line.strip())
        if count and len(cells) == count:
            out[i] = "\t".join(cells)
            continue
        count = 0
        if len(cells) >= 3 and "\t" not in line and is_field_header(cells):
            count = len(cells)
            out[i] = "\t".join(cells)
    return out
