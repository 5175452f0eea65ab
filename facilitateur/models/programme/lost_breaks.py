"""One line holding several, where the page lost its line breaks: a date, a title and a time
parted by dashes, blocks between semicolons, a block glued on after a dash, a day written as
one paragraph; each cut into the lines it was."""

from __future__ import annotations

import re

from facilitateur.models.programme.days_and_dates import day_heading
from facilitateur.models.programme.times import BLOCK_LINE, RANGE_SEP, T1, T2, TIME_BULLET

# Fifteenth round. A date, a title, then a time, parted by dashes (`August 26 — Public Meeting
# — 7pm`, `26 août – Réunion publique – 19h`, `Tuesday 3 March - Board meeting - 6:30-8 pm`):
# a calendar of meetings, one per date, each line a day of its own with its one block, read
# as the date alone then the time and the title; the lines under it are its points.
_DATE_TITLE_TIME = re.compile(
    r"^(?P<date>[^–—|]{3,40}?)\s+[–—-]\s+(?P<title>[^–—|]{3,80}?)\s+[–—-]\s+"
    rf"(?P<time>{T1}(?:{RANGE_SEP}{T2})?)\s*\.?$",
    re.IGNORECASE,
)
_SPACE_THEN_DIGIT = re.compile(r"\s\d")


def date_title_time(text: str) -> list[str] | None:
    """`DATE — Title — TIME` → [`DATE`, `TIME Title`]; None for any other line."""
    if text.count("-") + text.count("–") + text.count("—") < 2:
        return None  # two dashes at least, asked first: the pattern tries every cut of the line
    if (m := _DATE_TITLE_TIME.match(text)) is None or re.search(r"\d", m["title"]):
        return None
    found = day_heading(m["date"])
    if not found or not BLOCK_LINE.match(f"{m['time']} {m['title']}"):
        return None
    return [m["date"].strip(), f"{m['time']} {m['title'].strip()}"]


# Tenth round. A programme whose lines start `- TIME – Title` (`- 8 h – Accueil`) marks each
# block so; a page that lost its line breaks glues the next mark to the end of the line before
# (`Visite de l’exposition - 9h – Ouverture du Congrès`). Where the programme uses the mark,
# the mark inside a line starts a new line; a range (`- 9h – 10h`) is no mark.
_MARK_TIME = r"\d{1,2}\s?h\s?(?:\d\d)?|\d{1,2}[:.]\d\d"
# Thirtieth round. One or two slashes after the time mark it as a dash does (`- 17h00 //
# GROUPES DE TRAVAIL`, `- 14H30 / Rencontre-Débat`), as they part a time from its title.
DASHED_TIME = re.compile(
    rf"^\s*[-–—•]\s*(?:{_MARK_TIME})\s*(?:[-–—:]|/{{1,2}})\s+(?!\d)", re.IGNORECASE
)
_DASHED_INSIDE = re.compile(
    rf"(?<=\S)\s+(?=[-–—•]\s*(?:{_MARK_TIME})\s*(?:[-–—:]|/{{1,2}})\s+(?!\d))", re.IGNORECASE
)


def dashed_pieces(text: str) -> list[str]:
    """The line cut before each `- TIME –` mark inside it (see DASHED_TIME)."""
    return [p for p in _DASHED_INSIDE.split(text) if p.strip()] or [text]


_TIME_START = re.compile(
    r"(?<=\s)\d{1,2}(?:[:.h]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|h)|(?<=\s)\d{1,2}h|(?<=\s)\d{1,2}:\d\d",
    re.IGNORECASE,
)


# A day and month (`16.04`) with a time right after it (`6.00-6.30pm`, ` 9.00am`).
GLUED_DATE = re.compile(
    r"^(?:[12]\d|3[01]|0?[1-9])\.(?:0[1-9]|1[0-2])(?=\s?\d{1,2}[.:h]\d\d\s*(?:am|pm|a\.m|p\.m|[-–—]))",
    re.IGNORECASE,
)


def separated(text: str) -> list[str] | None:
    """Blocks on one line between semicolons or middle dots, each starting with its time
    ("9h Accueil ; 9h30 Ouverture ; 10h Ateliers"): one line each."""
    if ";" not in text and "·" not in text:
        return None
    pieces = [p for p in re.split(r"\s*[;·]\s*", text) if p]
    if len(pieces) < 2 or not all(BLOCK_LINE.match(p) for p in pieces):
        return None
    return pieces


# Thirteenth round. A timed line holding, after ` - `, a second block with its own time:
# before its title (`11.20 – 12.00 Discussion - 12.00 – 13.00 Lunch`, `9h Accueil - 9h30
# Ouverture`) or after a short one (`15.00 – 16.00 Presentations - Dinner 19.30`, `… - Déjeuner
# 12h30–13h30`). The page lost the line break between two blocks; a range's dash (`9h - 10h`)
# and a dash inside a title (`Atelier - cuisine`) part nothing.
_AM_PM = r"(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
# A time as these lines write it: `12.00`, `9h30`, `10h`, or a bare hour with am/pm (`5 pm`).
_GLUED_TIME = rf"(?:{_MARK_TIME}|\d{{1,2}}(?=\s*(?:am|pm|a\.m\.|p\.m\.)))"
_RANGE_TAIL = rf"{_AM_PM}(?:\s*[-–—]\s*{_GLUED_TIME}{_AM_PM})?"
_GLUED_TIME_FIRST = re.compile(rf"\s+[-–—]\s+(?={_GLUED_TIME}{_RANGE_TAIL}\s+[A-ZÀ-ÖØ-Þ])")
_GLUED_TIME_LAST = re.compile(
    rf"\s+[-–—]\s+(?P<title>[A-ZÀ-ÖØ-Þ][^\d–—-]{{1,40}}?)\s+"
    rf"(?P<time>{_GLUED_TIME}{_RANGE_TAIL})\s*$",
)


# What any glued line has: a word, a dash between spaces, then more (a cheap first test).
_GLUED_HINT = re.compile(r"[^\W\d]\)?\s+[-–—]\s+\S")
# Twentieth round. A bare hour with its half-day (`9am – 10am Registration`, `11 am – 12 pm
# Keynote`) ends a range's start too: the dash after it is the range's, not a lost line break.
_ENDS_WITH_TIME = re.compile(
    rf"(?:{_MARK_TIME})\s*(?:am|pm|a\.m\.?|p\.m\.?|noon)?$|(?:noon|midi)$"
    r"|(?<![\d:.])\d{1,2}\s*(?:am|pm|a\.m\.?|p\.m\.?)$",
    re.IGNORECASE,
)

# Fourteenth round. A time with its minutes glued to the last word of a timed line, then a
# dash and a title (`8h30 – Accueil des participants9h00 – Ouverture`, `9:00 Registration
# and coffee9:30 – Welcome`): the page lost the line break before the next block.
_GLUED_TO_WORD = re.compile(r"[a-zà-ÿ]{3}(\d{1,2}(?:h\d\d|[:.]\d\d))\s*$")


def _glued_to_word(text: str) -> int | None:
    """Where a time glued to a word before a dash and a title starts (see above), or None.
    Only the few characters before each dash are looked at, not the whole line."""
    for dash in "-–—":
        i = text.find(dash)
        while i > 0:
            after = text[i + 1 : i + 3].lstrip()
            if after[:1].isupper() and (m := _GLUED_TO_WORD.search(text, max(0, i - 10), i)):
                return m.start(1)
            i = text.find(dash, i + 1)
    return None


def glued_after_dash(text: str) -> list[str]:
    """A timed line cut where a second timed block is glued on after ` - ` (see above)."""
    if not (" - " in text or " – " in text or " — " in text):
        return [text]  # no dash between spaces: nothing glued (the cheapest test first)
    if (glued := _glued_to_word(text)) and BLOCK_LINE.match(text):
        return [text[:glued].strip(), *glued_after_dash(text[glued:])]
    if not _GLUED_HINT.search(text) or not BLOCK_LINE.match(text):
        return [text]
    if (last := _GLUED_TIME_LAST.search(text)) and len(last["title"].split()) <= 4:
        head = text[: last.start()]
        return [*glued_after_dash(head), f"{last['time']} {last['title'].strip()}"]
    # After a title only: the dash of the line's own range (`8.30 – 8.40 Welcome`) parts nothing.
    cuts = [
        m
        for m in _GLUED_TIME_FIRST.finditer(text)
        if re.search(r"[^\W\d]", text[: m.start()])
        and not _ENDS_WITH_TIME.search(text[: m.start()])  # the end of a range
    ]
    if not cuts:
        return [text]
    pieces = [text[: cuts[0].start()]]
    pieces += [
        text[a.end() : b.start() if b else len(text)]
        for a, b in zip(cuts, [*cuts[1:], None], strict=True)
    ]
    return [p.strip() for p in pieces if p.strip()]


_LEAD_ONLY = re.compile(
    r"\s*(?:" + TIME_BULLET + r"\s*)?(?:de|from|dès|des|[àa] partir de|starting at|[àa]|at)\s*",
    re.I,
)


# Thirty-sixth round. A time after the word saying when it falls, inside a sentence (`the
# doors will open at 9am which …`, `At 10am there will be …`, `until 9pm`, `ouvriront à 9h`,
# `jusqu’à 21h`, `vers 18h`, `dès 14h`), is said in that sentence: it starts no block of a
# day that lost its line breaks (a block's own time follows the title before it, not `at`).
_SAID_WHEN = re.compile(
    r"(?:^|\s)(?:at|until|till|by|around|about|before|after|à|jusqu['’]à|jusqu['’]a|vers"
    r"|dès|avant|après)\s*$",
    re.IGNORECASE,
)
_ONE_TIME_BEFORE = re.compile(
    r"\s*[-–—•*]?\s*\d{1,2}(?:[:.h]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|h)?\s+", re.IGNORECASE
)


# Twenty-fourth round. A short timed line holding a second time written as its own start is
# (the same mark between hour and minutes, the same case: `12H30 Repas à l’Espace Fraternité
# 14H Les points forts …`, `9:00 Registration 9:30 Opening remarks`), later than it and
# followed by a capitalised title, holds two blocks: the page lost the line break between
# them. A time written otherwise (`14h Film jusqu’à 16h00`) or earlier parts nothing.
_SAME_MARK_AGAIN = re.compile(r"^(\d{1,2})([Hh:.])(\d\d)?\s.*?\s(\d{1,2})\2(\d\d)?\s+[A-ZÀ-ÖØ-Þ]")


def _same_mark_cut(text: str) -> int | None:
    """Where the second block starts on a short line (see above), or None."""
    m = _SAME_MARK_AGAIN.match(text)
    if m is None or int(m[4]) * 60 + int(m[5] or 0) <= int(m[1]) * 60 + int(m[3] or 0):
        return None
    at = m.start(4)
    before = text[:at]
    if before.count("(") > before.count(")") or not BLOCK_LINE.match(text[at:]):
        return None
    if re.search(r"(?:-|–|—|\bto|\bà|\bau|>|/|\bet|\band|&|,)\s*$", before):
        return None  # the end of a range, or a time joined to the one before
    return at


def run_on(text: str) -> list[str]:
    """A day written as one paragraph ("8:00 am to 9:00 am Breakfast 9:00 am Opening …"):
    one line per time that starts a block (not those inside brackets)."""
    if len(text) < 80:
        if text[:1].isdigit() and (at := _same_mark_cut(text)) and BLOCK_LINE.match(text):
            return [text[:at].strip(), *run_on(text[at:])]
        return [text]
    if not _SPACE_THEN_DIGIT.search(text):
        return [text]  # no time after a space: asked first, a scan far cheaper than the times'
    cuts = []
    for m in _TIME_START.finditer(text):
        before = text[: m.start()]
        if before.count("(") > before.count(")") or not BLOCK_LINE.match(text[m.start() :]):
            continue
        if re.search(r"(?:-|–|—|\bto|\bà|\bau|>|/|\bet|\band|&|,)\s*$", before):
            continue  # the end of a range, or a time joined to the one before: no new block
        if _LEAD_ONLY.fullmatch(before):
            continue  # the line's own start after its `De`, `From`: `De 9h30 à 10h30 : …`
        if _SAID_WHEN.search(before[-24:]):
            continue  # said in a sentence (`the doors will open at 9am`): no new block
        if _ONE_TIME_BEFORE.fullmatch(before):
            # Fifteenth round. A time right after the line's first, spaces alone between
            # (`12:00   13:15     LUNCH at Lodge (…)`, `9h00  10h30  Ateliers …`): times in
            # columns, the range's end, however long the line; no new block.
            continue
        cuts.append(m.start())
    # Three times starting blocks make a run-on day; so does one after a line that starts a
    # block itself or ends a sentence (`16h30 Assemblée Générale … par courrier. 20h Dîner`,
    # `10h20 Ouverture officielle … 11h Discours de …`): the page lost its line breaks.
    cuts = [c for c in cuts if re.search(r"\w", text[:c])]  # not the first time, after a bullet
    # Nineteenth round. So does a day's heading before the first time (`jeudi 12 octobre 9h
    # Accueil des participants 9h30 Allocutions d’accueil …`): the day's first block starts it.
    starts_block = bool(BLOCK_LINE.match(text)) or bool(
        cuts and (day := day_heading(text[: cuts[0]].strip())) and not day[2]
    )
    after_sentence = any(re.search(r"[a-zà-ÿ]{2}[.!?]\s*$", text[max(0, c - 8) : c]) for c in cuts)
    if len(cuts) < 3 and not (cuts and (starts_block or after_sentence)):
        return [text]
    pieces = [text[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return _bare_hours([p for p in pieces if p])


_PIECE_START = re.compile(r"^(\d{1,2})(?:[:.h](\d\d)|\s*(?:am|pm|a\.m|p\.m|h))", re.IGNORECASE)
_BARE_HOUR = re.compile(
    r"(?:^|(?<=\s))(\d{1,2})\s+(?!(?:am|pm|a\.m|p\.m|h)\b)(?=[A-Za-zÀ-ÿ])", re.IGNORECASE
)


def _bare_hours(pieces: list[str]) -> list[str]:
    """In a run-on day, a whole hour written as a bare number (`10 Coffee - chat 10:30 Speed
    Intro`, `3:40 Talk 8 4 end`) starts a block when it falls in the order of the day: before
    the first time by two hours at most, or after a piece's time and before the next one
    (within two hours for the last). `Talk 8` stays a title: 8 is not between 3:40 and 4."""

    def minutes(piece: str) -> int | None:
        m = _PIECE_START.match(piece)
        return int(m[1]) % 12 * 60 + int(m[2] or 0) if m else None

    starts = [minutes(p) for p in pieces]
    out: list[str] = []
    for i, piece in enumerate(pieces):
        own = starts[i]
        later = next((t for t in starts[i + 1 :] if t is not None), None)
        for bare in _BARE_HOUR.finditer(piece):
            hour = int(bare[1]) % 12 * 60
            # On the 12-hour dial: `12` after `11:40` is twenty minutes later.
            if own is None and bare.start() == 0 and later is not None:
                fits = 0 < (later - hour) % 720 <= 120
            elif own is not None and bare.start() > 0:
                step = (hour - own) % 720
                fits = step > 0 and (
                    step < (later - own) % 720 if later is not None else step <= 120
                )
            else:
                continue
            if fits and 1 <= int(bare[1]) <= 12:
                head = piece[: bare.start()].strip()
                out.extend([head] if head else [])
                piece = f"{bare[1]}:00 {piece[bare.end() :]}"
                break
        out.append(piece)
    return out
