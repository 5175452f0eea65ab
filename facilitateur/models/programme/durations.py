"""Schedules written as durations: a table whose first column says how long
each part lasts (`5 mins`, `20 minutes`, `1 hour`, `1 heure 30`) instead of when it begins,
under a line giving the start (`2:30 PM, 16 July`). Each part starts where the one before
ends; the rows are rewritten with their times before the lines are read. And a block's
length under its start (`Durée : 1h36`), which gives its end."""

from __future__ import annotations

import re

from facilitateur.models.programme.times import hhmm, read_time, time_pattern

# Twenty-seventh round. A row opening with a number of minutes or hours written with its unit
# in words (never `1h30`, which is as often a time of day), then its title after a tab, a
# bar, a dash, a colon, a wide gap, or a space before a capital. `Duration` / `Durée` above
# the rows is the table's header.
_UNIT_MIN = r"(?:min(?:ute)?s?|mn)\b\.?"
_UNIT_HOUR = r"(?:hours?|hrs?|heures?)\b\.?"
_DURATION_ROW = re.compile(
    r"^(?P<lead>\s*\|?)\s*(?:(?P<h>\d{1,2}(?:[.,]5)?)\s*"
    + _UNIT_HOUR
    + r"(?:\s*(?:and\s+|et\s+)?(?P<hm>\d{1,2})"
    r"(?:\s*" + _UNIT_MIN + r")?)?|(?P<m>\d{1,3})\s*" + _UNIT_MIN + r")"
    r"(?:\s*(?:\t|\||[:–—-]|\s{2,})\s*|\s+(?=[A-ZÀ-ÖØ-Þ]))(?P<title>[^\W\d_].*)$",
    re.IGNORECASE,
)
# Asked of the whole text first, a newline leading so that most programmes are passed over
# in a tenth of a millisecond.
_ANY_ROW = re.compile(
    r"\n[ \t|]*\d{1,3}(?:[.,]5)?[ \t]*(?:[mM](?:in|IN|n|N)|[hH](?:our|OUR|r|R|eure|EURE))"
)
_HEADER = re.compile(r"^(\s*\|?\s*)(?:duration|dur[ée]e)(?=\s*(?:\t|\||\s{2,}))", re.IGNORECASE)
_TIME = re.compile(r"(?<![\w.:/])" + time_pattern("s"), re.IGNORECASE)
# The start is on one of the few lines above the rows (the event's heading and place).
_START_WITHIN = 8
# A part of the table spread over lines (`Speakers:` and names on bullets) stays between rows.
_ROW_GAP = 8
_MIN_ROWS = 3


def _minutes(m: re.Match[str]) -> int:
    if m.group("m"):
        return int(m.group("m"))
    return round(float(m.group("h").replace(",", ".")) * 60) + int(m.group("hm") or 0)


def _start(line: str) -> tuple[int, re.Match[str]] | None:
    for m in _TIME.finditer(line):
        t = read_time(m, "s")
        if t is not None and (t.explicit or t.ampm):
            return t.minutes, m
    return None


def times_from_durations(raw: list[str], text: str | None = None) -> list[str]:
    """Twenty-seventh round. A run of three rows or more each opening with a duration
    (`5 mins<tab>Welcome`, `1 hour<tab>Hands-on Session`), with no time of day among them,
    under a line that gives a time (`2:30 PM, 16 July | Room B3`) within a few lines: the
    first part starts at that time and each next one where the one before ends. The rows are
    rewritten as `14:30 - 14:35<tab>Welcome`, the time is taken off the start's line (what is
    left, a date and a place, is read as such) and the `Duration` header is dropped. Lines
    between rows (a cell spread over lines) are left as they are."""
    if not _ANY_ROW.search("\n" + ("\n".join(raw) if text is None else text)):
        return raw
    out = list(raw)
    i = 0
    while i < len(raw):
        if not _DURATION_ROW.match(raw[i]):
            i += 1
            continue
        rows, j, gap = [i], i + 1, 0
        while j < len(raw) and gap < _ROW_GAP:
            if _DURATION_ROW.match(raw[j]):
                rows.append(j)
                gap = 0
            elif _start(raw[j]) is not None:
                break
            else:
                gap += 1
            j += 1
        start = None
        for k in range(i - 1, max(-1, i - 1 - _START_WITHIN), -1):
            if _HEADER.match(raw[k]):
                continue
            if (found := _start(raw[k])) is not None:
                start = (k, *found)
                break
        if len(rows) < _MIN_ROWS or start is None:
            i = rows[-1] + 1
            continue
        k, at, m = start
        line = raw[k]
        out[k] = (line[: m.start()] + line[m.end() :]).strip(" ,;|–—-\t")
        for h in range(k + 1, i):
            if _HEADER.match(raw[h]):
                out[h] = _HEADER.sub(r"\1Time", raw[h], count=1)
        for r in rows:
            row = _DURATION_ROW.match(raw[r])
            assert row is not None
            end = at + _minutes(row)
            times = f"{hhmm(at)} - {hhmm(end)}"
            # A Markdown table's row keeps its bars, a pasted table's its tab.
            cells = f"| {times} | " if row.group("lead").strip() else f"{times}\t"
            out[r] = cells + row.group("title")
            at = end
        i = rows[-1] + 1
    return out


# Thirty-seventh round. A line closing with its length in minutes after a dash or a colon
# (`Assemblée Générale ordinaire et votes - 30' :`, `Questions – Débat : 45’`, `Keynote - 20
# min`), the minutes marked by a prime or a unit: a part of an agenda given by its length.
_LENGTH_CLOSING = re.compile(
    r"(?:\s[-–—]|:)[ \t]*(?P<m>\d{1,3})[ \t]*(?:['’′]|min(?:ute)?s?\b\.?|mn\b)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
_TAIL = 24  # the length and its dash at most: asked of the line's end alone


def _closing_length(line: str) -> tuple[str, int] | None:
    """A line's title and the minutes closing it (see _LENGTH_CLOSING), or None."""
    if line[-1:] not in "'’′:sSnN.":
        return None
    tail = line[-_TAIL:]
    m = _LENGTH_CLOSING.search(tail)
    if m is None:
        return None
    title = line[: len(line) - len(tail) + m.start()].strip().lstrip("-•* ")
    if not title[:1].isalpha():
        return None
    return title, int(m["m"])


_CLOSING_ROWS = 3  # fewer lengths may be the length of one talk, not an agenda's chain


def times_from_closing_lengths(raw: list[str]) -> list[str]:
    """Thirty-seventh round. Three lines or more each closing with its length in minutes
    (`Assemblée Générale ordinaire et votes - 30' :`, `Questions – Débat : 45’`, `Synthèse
    : 5’`), no time of day on them, under a line giving a time within a few lines (`Heure de
    début : 19h00`, `Start: 7 pm`): the first part starts at that time and each next one
    where the one before ends. The lines are rewritten `19:00 - 19:30 Assemblée …`; the lines
    between them (the points of a part) are left as they are, under their part."""
    rows = [
        i
        for i, line in enumerate(raw)
        if _closing_length(line) is not None and _start(line) is None
    ]
    if len(rows) < _CLOSING_ROWS:
        return raw
    at = None
    for k in range(rows[0] - 1, max(-1, rows[0] - 1 - _START_WITHIN), -1):
        if (found := _start(raw[k])) is not None:
            at = found[0]
            break
    if at is None:
        return raw
    out = list(raw)
    for r in rows:
        row = _closing_length(raw[r])
        assert row is not None
        end = at + row[1]
        out[r] = f"{hhmm(at)} - {hhmm(end)} {row[0]}"
        at = end
    return out


# Twenty-ninth round. A line under a block giving its length after a label (`Durée : 1h36`,
# `Duration: 90 min`, `Running time: 1 hour 30`): the length of the block that starts just
# above, not a time of day (`1h36` read as a time started a new day at 01:36).
_LENGTH_LINE = re.compile(
    r"^(?P<label>\s*(?:[-•*]\s*)?(?:dur[ée]e|duration|length|running time))\s*:?\s*"
    r"(?:(?P<h>\d{1,2})\s*(?:h|"
    + _UNIT_HOUR
    + r")\s*(?:(?P<hm>[0-5]\d)\s*(?:"
    + _UNIT_MIN
    + r")?)?|(?P<m>\d{1,3})\s*"
    + _UNIT_MIN
    + r")\s*[.;]?\s*$",
    re.IGNORECASE,
)
_ANY_LENGTH = re.compile(r"\n[ \t•*-]*(?:[Dd][Uu][Rr]|[Ll](?:ength|ENGTH)|[Rr](?:unning|UNNING))")
# A start alone, then the title: `17h15 - Projection du film`, `5:15 pm Film`.
_ONE_START = re.compile(
    r"^(?P<lead>\s*(?:[-•*>]\s*)?)(?P<t>" + time_pattern("s") + r")(?P<sep>\s*[-–—:]\s*|\s+)"
    r"(?=[^\W\d_])",
    re.IGNORECASE,
)
_LENGTH_WITHIN = 4


def lengths_under_starts(raw: list[str], text: str) -> list[str]:
    """A block with a start alone (`17h15 - Projection du film`) and, within a few lines
    under it, its length after a label (`Durée : 1h36`): it ends that long after its start
    (`17h15 - 18h51 - Projection du film`). The length line says it in minutes, which no
    reader takes for a time of day, under any block."""
    # A newline leading, the pattern passes most programmes over in a tenth of a millisecond.
    if not _ANY_LENGTH.search("\n" + text):
        return raw
    out = list(raw)
    for i, line in enumerate(raw):
        length = _LENGTH_LINE.match(line)
        if length is None:
            continue
        minutes = (
            int(length["m"]) if length["m"] else int(length["h"]) * 60 + int(length["hm"] or 0)
        )
        # Said in minutes, the length is never taken for a time of day, whatever is above.
        out[i] = f"{length['label'].strip()} : {minutes} min"
        for k in range(i - 1, max(-1, i - 1 - _LENGTH_WITHIN), -1):
            start = _ONE_START.match(raw[k])
            if start is None:
                if re.match(r"^[\s\-•*>]*\d", raw[k]):
                    break  # another timed line: the length is not of a block above it
                continue
            at = read_time(start, "s")
            if at is not None and (at.explicit or at.ampm) and 0 < minutes < 24 * 60:
                end = hhmm(at.minutes + minutes)
                out[k] = f"{start['lead']}{start['t']} - {end}{start['sep']}{raw[k][start.end() :]}"
            break
    return out
