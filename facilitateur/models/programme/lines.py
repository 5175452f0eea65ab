"""From physical lines to logical lines: clean, classify, and join lines wrapped mid-sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from facilitateur.models.programme.clean_lines import BRACKETED_TIMES_FIRST, clean_line
from facilitateur.models.programme.day_columns import day_columns, padded_day_columns
from facilitateur.models.programme.days_and_dates import (
    PARTS_OF_DAY,
    day_heading,
    find_date,
    moment_in_part,
    numbered_day,
)
from facilitateur.models.programme.lost_breaks import (
    DASHED_TIME,
    GLUED_DATE,
    dashed_pieces,
    date_title_time,
    glued_after_dash,
    run_on,
    separated,
)
from facilitateur.models.programme.name_lines import people_cell
from facilitateur.models.programme.people import SPEAKER_LABEL, named_beyond_doubt
from facilitateur.models.programme.said_first import SAID_HOURS, hours_said_first, moment_said_first
from facilitateur.models.programme.table_rows import (
    NOTE,
    TABLE_HEADER_WORDS,
    Columns,
    columns_of,
    grid_columns,
    grid_lead,
    headed_row,
    is_header_row,
    is_row,
    names_fields,
    only_times_before,
    paper_row,
    place_column_before_title,
    row_cells,
    table_cells,
    table_row,
    table_time,
    title_under_its_heading,
)
from facilitateur.models.programme.times import (
    BLOCK_LINE,
    HOURS_FIRST,
    HOURS_IN_TEXT,
    ONLY_TIMES,
    OPEN_TIMES,
    RANGE_SEP,
    T1,
    T2,
    read_time,
    time_pattern,
)
from facilitateur.models.programme.track_cells import track_cells
from facilitateur.models.programme.words import is_place, kind_of, kind_of_a_day
from facilitateur.models.text.folding import fold

# A middle dot is a bullet too: a word processor's list pasted as text (`·   Name`).
BULLET = re.compile(r"^(?P<bullet>[-•►*▪◦o➢→–➡➔➜➤▸‣·]|\d{1,2}[.)])\s+(?P<rest>\S.*)$")
HEADINGS = {
    "programme",
    "program",
    "agenda",
    "ordre du jour",
    "deroule",
    "deroulement",
    "schedule",
    "programme de la journee",
    "programme previsionnel",
    "deroule de la journee",
    "au programme",
    "le programme",
    "programme detaille",
    "program schedule",
    "conference schedule",
    "timetable",
    "horaires",
    "les horaires",
    "le deroule",
    "deroulement envisage",
    "deroule de notre journee",
    "preliminary program",
    "agenda concept",
}
# "Session I - 1919-2019", "Partie 2 : …": a part of the day, not a block.
_PART_HEADING = re.compile(
    r"^(?:session|partie|part|track|s[ée]quence|module|axe|th[èe]me)\s+(?:[IVX]+|\d{1,2})\b"
    r"(?!\s*[:–—-]?\s*\d{1,2}\s*[h:.])",
    re.IGNORECASE,
)
# "Opening: 10am - 10:30 am": the title first, then the times.
_BULLET_BEFORE_TITLE = re.compile(r"^\s*[-–—•►*▪➢→➤▸‣·]\s+(?=\S)")
_TITLE_FIRST = re.compile(
    r"^(?P<title>[^:\d|]{2,60}?)\s*:\s*(?P<times>" + T1 + RANGE_SEP + T2 + r")\s*\.?$", re.I
)
# A title, then its times, then perhaps where it happens: "Breakfast 7.30-8.45am - Sherwood
# Hall", "Roll Call - 9.00-9.15am - A3 Coates Building", "Atelier vélo de 14h à 16h". The title
# holds no digit and does not end with a word that leads into the times ("between", "vers").
# A single time closes the line ("Accueil des participants 9h00", "Opening ..... 9:00",
# "Accueil : 9h"); times may be in brackets ("Table ronde (9h30-11h)").
_TITLE_THEN_RANGE = re.compile(
    r"^(?P<title>[^\d|:()]{2,60}?)\s*(?:[,:–—-]\s*|\.{2,}\s*|…+\s*)?(?:(?<=\s)(?:de|from)\s+)?"
    r"(?:(?P<open>\()?(?P<times>"
    + T1
    + RANGE_SEP
    + T2
    + r")(?(open)\))(?:\s*(?:[,;–—-]\s*)?(?P<place>[^.!?:;]{1,60}?))?"
    + r"|(?P<time>"
    + time_pattern("c")
    + r")"
    # Eighteenth round. A single time in brackets after the title, perhaps approximate
    # (`Meet and Greet (~6pm)`, `Apéritif (vers 19h)`, `Talks (about 7:30 pm)`): the block
    # starts then, as the brackets' range does.
    + r"|\(\s*(?:~|≈|ca\.?|approx\.?|env\.?|environ|vers|around|about)?\s*(?P<btime>"
    + time_pattern("d")
    + r")\s*\)"
    # Nineteenth round. A note in brackets after it, without a digit (`Lightning talks
    # (~6:45pm) (optional)`, `Apéro (vers 19h) (gratuit)`), says something of the block; the
    # time before it still starts it.
    + r"(?:\s*\((?P<bnote>[^()\d]{1,30})\))?)\s*[.;]?$",
    re.I,
)
_A_RANGE = re.compile(
    r"\d(?:\s*[:.h]\s*\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:-|–|—|à|to)\s*\d"
    r"|\d\s*(?:[:.h]\s*\d\d|h|[ap]\.?m\.?)\s*(?:\)\s*\([^()\d]{1,30}\)|\)?)\s*\.?$",
    re.I,
)
# Nineteenth round. A word saying the time is approximate leads into it too (`Friday we clean
# up and vacate by approximately 1:30 pm`, `On range vers environ 17h`): a sentence, not a title.
_LEADS_INTO_TIMES = re.compile(
    r"\b(?:between|entre|vers|around|at|à|a|from|de|du|des|until|jusqu['’]|by|before|after"
    r"|avant|après|apres|is|are|est|sont|will|sera|open|ouvert|ouverte|ouverts"
    r"|approximately|approx\.?|roughly|about|environ|env\.?|approximativement)$",
    re.I,
)
# A day and its first time on one line: "– Lundi 5 octobre à 18 h 30 : village centre",
# "Friday, Oct 3, 2014, 9:00 - 10:00 Opening". What comes between them.
# "at" before "a": `Monday 5 October at 6:30 pm` is not `t 6:30 pm`.
_DAY_THEN_TIME = re.compile(r"^(?:at|on|[àa]|,|[-–—:])?\s*", re.I)
_BRACKETED = re.compile(r"^\([^()]{1,30}\)$")  # "May 10, 2018 (Thursday)"
_TERMINAL = (".", "!", "?", ":", ";", "»", ")")
_CONTINUES = tuple("«»(\"“”'’&/")
# A line cut after a word that cannot end it: "de", "la", "et", "of", a dash, a colon.
_DANGLING = re.compile(
    r"(?:\s(?:de|du|des|la|le|les|d['’]|l['’]|et|à|au|aux|en|pour|sur|par|avec|of|the|and|for"
    r"|to|in|on|at|by|with)|\s[–—-]|\s:)$",
    re.IGNORECASE,
)
_NUMBER_AFTER_HEAD = re.compile(r"^\d{1,2}\s*:\s+\S")
_WRAPPED_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)*\s*,")


@dataclass
class Line:
    """A logical line: its first physical line number and its text."""

    no: int
    text: str
    kind: str  # "block", "bullet", "date", "section", "heading", "note", "text"
    bullet: str = ""
    rule: str = ""  # how the line was put together ("table row", "time alone on its line" …)
    nos: list[int] = field(default_factory=list)  # every physical line it was made of

    @property
    def content(self) -> str:
        """The text without its bullet."""
        if self.kind == "bullet":
            m = BULLET.match(self.text)
            return m.group("rest") if m else self.text
        return self.text


_SUBTITLED_DATE = re.compile(r"^\s+[–—-]\s+\S")
# Forty-fourth round. A date then a colon and a few words without a digit naming the day
# (`March 12: structured agenda with specific tracks`, `12 mars : journée des équipes`),
# perhaps with a remark in brackets: that day's heading, as a weekday's is (`Wednesday:
# Hackathon day`).
_DATE_THEN_COLON = re.compile(r"^\s*:\s+[^\W\d_]")
_REMARK = re.compile(r"\([^()]*\)")


def date_naming_its_day(text: str) -> bool:
    """Whether a line is a date then a colon and a few words naming the day (see above).
    Alone it may as well be a dated news line (`12 mars : l’ordre du jour est en ligne`):
    it heads a day only when a timed line or a bullet follows it (see logical_lines)."""
    found = day_heading(text)
    if found is None or not any(ch.isdigit() for ch in found[0]):
        return False
    words = _REMARK.sub(" ", found[2]).split()
    return (
        _DATE_THEN_COLON.match(text[len(found[0]) :]) is not None
        and len(words) <= 8
        and not re.search(r"\d", " ".join(words))
    )


# Sixteenth round. A time said with its preposition, then a comma and a sentence (`À 17h15, on
# vous demandera de vous préparer …`, `At 5:15 pm, we will gather …`): prose telling what
# happens then, not a block (under a block, its description). A programme's own line puts
# its title right after the time, without a comma and a lower-case clause.
# Twenty-first round. After the comma, one to four words then a colon (`A 16h, spectacle vivant :
# “KanTocH” …`, `At 4 pm, live show: songs and magic.`) are the block's title and what follows
# it, as after a time without its comma: a sentence does not name its subject before a colon.
_TIME_OPENS_A_SENTENCE = re.compile(
    r"^(?:[ÀàAa]|[Aa]t|[Vv]ers|[Aa]round|[Dd][èe]s|[Ff]rom)\s+\d{1,2}(?:\s*[h:.]\s*\d{2}|\s*h)?"
    r"(?:\s*[ap]\.?m\.?|\s*[AP]\.?M\.?)?\s*,"
    r"(?!\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}\s?:\s)"
    r"\s+[a-zß-öø-ÿ][\w’'-]*\s+\S+\s+\S+\s+\S+.*[.!?]\s*$",
)


# Seventeenth round. A date then only the time the day starts, perhaps with its place (`Le 6
# Mai 2009 à 17h30 à L'EPITECH :`, `Saturday, May 6, 2023 at 5:30 pm at the Town Hall:`): the
# date heads its day and says when the day begins; the programme's blocks follow it. A title
# after the time without its preposition (`à 10h Conférence`) is a block, not a place.
# Twenty-fifth round. Also after a slash parting it from the date, and said "from then
# on" (`Vendredi 7 février / à partir de 18h`, `Friday 3 May / from 6pm`).
DAYS_START = re.compile(
    r"^(?:[/·]\s*)?(?:[àa] partir de|[àa]|at|d[èe]s|from|starting at|,)?\s*"
    + time_pattern("s")
    + r"\s*"
    r"(?:(?:[àa]|au|aux|at|in)\s+(?!\d)(?P<place>[^\d:,]{2,60}?))?\s*[:.]?\s*$",
    re.IGNORECASE,
)


def _only_the_days_hours(rest: str) -> bool:
    """Sixteenth round. Whether the words after a date are only the day's hours (`Mercredi 14
    juillet 2021 de 16h00 à 19h00`, `Friday, May 3, 2024 from 4:00 pm to 7:00 pm`, `June 16,
    2018, 2:00-4:30 pm`): the date heads its day, and the hours are the day's, not a block's."""
    hours = HOURS_IN_TEXT.match(rest) or HOURS_FIRST.match(rest)
    return hours is not None and not rest[hours.end() :].strip(" ,;.)")


# Nineteenth round. A meal's name, then a sentence about it (`Breakfast Post your plans on
# Slack if you want others to join you.`, `Déjeuner Chacun apporte un plat à partager.`): a
# table's "when" column, naming the moment, glued to its "what" column. The meal is a moment
# of the day, the sentence its description; a title of several words (`Lunch Break`, `Dinner
# Party at the Hall`) ends with no full stop. Forty-second round: with a colon after the meal
# too (`Breakfast: Post your plans …`, `Déjeuner : Chacun apporte un plat …`).
_MEAL_INITIALS = frozenset("bBlLdDsSpPgG")
_MEAL_THEN_SENTENCE = re.compile(
    r"^(?P<meal>(?i:breakfast|brunch|lunch|dinner|supper|petit[- ]d[ée]jeuner|d[ée]jeuner"
    r"|d[îi]ner|go[ûu]ter))(?:\s+|\s*:\s+)(?P<rest>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ’']*(?:\s+\S+){3,}[.!])$"
)


_TIME_FIRST = re.compile(r"\s*(?:[01]?\d|2[0-3])\s*(?:[h:.]\s*[0-5]\d|h\b|[ap]\.?m)", re.I)


HEADED_MOMENT = "heading of a block without a time"
_HEADING_LEVEL = re.compile(r"^(#{1,6})\s+\S")


def untimed_headings(raw_lines: list[str]) -> set[int]:
    """Nineteenth round. In a Markdown page whose blocks are headings of one level, each with
    its time (`## Meet and Greet (~6pm)`, `## Purpose Statement (~6:15pm)`), a heading of that
    level without a time (`## Continued networking (+ Lightning talk follow-ups)`) is a block
    too, its time not said: the indices of such lines."""
    levels: dict[str, list[tuple[int, bool]]] = {}
    for i, raw in enumerate(raw_lines):
        if raw[:1] == "#" and (m := _HEADING_LEVEL.match(raw)):
            levels.setdefault(m[1], []).append((i, bool(_SOME_TIME.search(raw))))
    found: set[int] = set()
    for headings in levels.values():
        if sum(timed for _, timed in headings) >= 2:
            found.update(i for i, timed in headings if not timed)
    return found


def lines_with_hours(raw_lines: list[str]) -> list[int]:
    """The indices of the lines that may be a day's heading with its hours or its start: a
    time in them, not first (a block's line), at most 80 characters (a sentence otherwise)."""
    found = []
    for i, raw in enumerate(raw_lines):
        if len(raw) > 80 or _TIME_FIRST.match(raw) or not _SOME_TIME.search(raw):
            continue
        found.append(i)
    return found


def sessions_of_a_date(raw_lines: list[str], candidates: list[int]) -> dict[int, list[str]]:
    """Nineteenth round. A date followed only by hours heads its day with those hours (see
    `_only_the_days_hours`), unless a date is written so twice or more with other hours (`–
    Samedi 25 septembre, 14h-16h` then `– Samedi 25 septembre, 17h-19h`, `Friday, May 3: 2-4
    pm` then `Friday, May 3: 5-7 pm`): a day cannot have two spans of hours, so each such line
    is a session of that day, its hours a block's, titled by the line under it. Returns, by
    line index, the lines to read instead: the date (unless the line above of this kind named
    the same one) and the hours alone."""
    found: list[tuple[int, str, str]] = []
    for i in candidates:
        day = day_heading(clean_line(raw_lines[i]))
        if day and day[2] and _only_the_days_hours(day[2]):
            hours = day[2].strip(" ,;.")
            found.append((i, day[0], re.sub(r"^(?:de|from)\s+", "", hours, flags=re.I)))
    said = [fold(label) for _, label, _ in found]
    if len(set(said)) == len(said):
        return {}
    out: dict[int, list[str]] = {}
    last = ""
    for (i, label, hours), key in zip(found, said, strict=True):
        out[i] = [hours] if key == last else [label, hours]
        last = key
    return out


def day_then_one_time(raw_lines: list[str], candidates: list[int]) -> dict[int, list[str]]:
    """Nineteenth round. A weekday or a date then a single time, alone on its line, with
    nothing after the time (`Sunday 6:00pm`, `Dimanche 18h`), the next line a title without a
    time (`Welcome Potluck Barbeque at Bruce's House`), is that day and a block starting then,
    titled by that line, not the day's start over the timed lines under it (`Le 6 Mai 2009 à
    17h30 à L'EPITECH :` names a place, ends with a colon, and heads timed lines). Returns, by
    line index, the lines to read instead: the day and the time alone. A full date, with its
    year, is left as it was: atop a page it announces the event, whose hours come below."""
    out: dict[int, list[str]] = {}
    for i in candidates:
        if len(raw_lines[i]) > 40:
            continue
        text = clean_line(raw_lines[i])
        day = day_heading(text)
        if day is None or not day[2]:
            # `Sunday 6:00pm`: a weekday alone heads a day only when nothing follows it.
            cut = re.search(r"\d", text)
            head = text[: cut.start()].strip(" ,") if cut else ""
            found = day_heading(head) if head else None
            day = (found[0], None, text[len(head) :]) if found and not found[2] else None
        start = DAYS_START.match(day[2].strip()) if day and day[2] else None
        if day is None or start is None or start["place"] or day[2].rstrip().endswith(":"):
            continue
        if day[1] is not None:
            continue  # `samedi 9 décembre 2017 à 13h30` atop a page announces the event
        after = next((r.strip() for r in raw_lines[i + 1 : i + 3] if r.strip()), "")
        if (
            after[:1].isupper()
            and not _SOME_TIME.search(after[:40])
            and not day_heading(after)
            and classify(after)[0] == "text"
        ):
            out[i] = [day[0], day[2].strip(" ,.").lstrip("/· ")]
    return out


# Asked about the same line by several readings (a row's parts, titles above ranges, a wrapped
# line): its answers, immutable, are kept.
@lru_cache(maxsize=4096)
def classify(text: str) -> tuple[str, str]:
    """What a line is, and its bullet when it has one."""
    if text.startswith(NOTE):
        return "note", ""
    folded = fold(text).strip(" :")
    if folded in HEADINGS:
        return "heading", ""
    if BLOCK_LINE.match(text) and not _TIME_OPENS_A_SENTENCE.match(text):
        return "block", ""
    if PARTS_OF_DAY.match(fold(text)) or _PART_HEADING.match(text):
        return "section", ""
    found = day_heading(text)
    if (
        found
        and (
            not found[2]
            or PARTS_OF_DAY.match(fold(found[2]))
            or fold(found[2]).strip(" :") in ("night", "nuit")  # "Friday night"
            or _BRACKETED.match(found[2])
            or _only_the_days_hours(found[2])
            or DAYS_START.match(found[2])
            or numbered_day(text)
            # "Samedi 15 novembre – Maison des associations, Quimper": the day and its place.
            or is_place(found[2])
            # Twenty-eighth round. "Dimanche 25 novembre, ateliers": the day and, in the
            # plural, what all its blocks are (see kind_of_a_day).
            or kind_of_a_day(found[2])
            # "Thursday, April 26, 2018 – Business Day": a full date, then after a dash a few words
            # without a time naming the day.
            or (
                _SUBTITLED_DATE.match(text[len(found[0]) :])
                and found[1] is not None
                and len(found[2].split()) <= 5
                and not re.search(r"\d", found[2])
            )
        )
    ):
        return "date", ""
    m = BULLET.match(text)
    # "o" is a bullet only before a capitalised word ("o Yannick", not "o la la").
    if m and (m.group("bullet") != "o" or m.group("rest")[:1].isupper()):
        return "bullet", m.group("bullet")
    return "text", ""


_CUT_NAME = re.compile(r"(?:^|[,:(]|\s(?:et|and|&))\s*[A-ZÀ-ÖØ-Þ][\w’'-]*$")
_QUOTED_PART = re.compile(r"^[\"“«]\s*[^\"“”«»]{2,}?\s*[\"”»]\s*[–—:-]\s*\S")
_OWN_LABEL = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s+[\w’'-]+){0,2}\s*:\s")


# Thirty-fifth round. A practical label then a colon (`plus d’infos : coordination@…`, `infos :
# 06 …`, `contact : …`, `more info: …`) opens a note of its own, though in lower case: it
# never carries on the line above (where a speaker's name may end, `Musique : Valentin
# Carayol`).
_PRACTICAL_LEAD = re.compile(
    r"^(?:plus\s+d['’]\s?infos?|infos?|informations?|renseignements?|contacts?|r[ée]servations?"
    r"|inscriptions?|tarifs?|more\s+info(?:rmation)?|tickets?|rsvp|e-?mail|t[ée]l[ée]phone|tel)"
    r"\s*:",
    re.IGNORECASE,
)


def a_person_from_a_body(block_text: str) -> str:
    """Forty-second round. Whether a timed line's title is a person named beyond doubt, a
    comma, then a body in a few capitalised words and nothing else (`9:30am Axel Kilian,
    Princeton University`, `14h Claire Martin, CNRS`): that name, or "". Such a line is
    whole: a person is named there, not a title cut mid-sentence, so the line in lower case
    under it (`architecture, computational design`) is what they speak about, never more of
    the title."""
    if block_text.count(", ") != 1:
        return ""
    m = BLOCK_LINE.match(block_text)
    rest = m.group("rest") if m else ""
    name, comma, body = rest.partition(", ")
    whole = (
        bool(comma)
        and "," not in body
        and named_beyond_doubt(name, False)
        and kind_of(name) is None
        and bool(_CAPITALISED_WORDS.match(body.rstrip(" .")))
        and kind_of(body) is None
    )
    return name if whole else ""


# Forty-second round. A line wholly in brackets giving a range of hours (`(PH downstairs
# unavailable 3:30pm-5pm)`, `(salle fermée de 15h30 à 17h)`): a note, no title's words.
TIMES_IN_BRACKETS = re.compile(
    r"^\((?=[^()]*\d{1,2}(?:[:.h]\d\d|h)?\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|à|to)\s*\d)[^()]+\)$",
    re.IGNORECASE,
)


def a_person_alone(block_text: str) -> str:
    """Forty-second round. A timed line whose title is a person named beyond doubt and
    nothing else (`1:30pm Stephanie Morgan`): that name, or "". A line in lower case under it
    is what they speak about, as under a person and their body (above)."""
    m = BLOCK_LINE.match(block_text) if "," not in block_text else None
    name = m.group("rest").strip() if m else ""
    whole = 2 <= len(name.split()) <= 3 and named_beyond_doubt(name, False)
    return name if whole and kind_of(name) is None else ""


# A body's name in a few capitalised words (`Princeton University`, `Université de Lyon`,
# `USC`): a university is a place too, but after a person's name it is where they come from.
_CAPITALISED_WORDS = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w&’'-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w&’'-]*|of|the|for|and|de|du|des|la|le|et"
    r"|d['’]\w+)){0,5}$"
)


def _continues(prev: Line, text: str) -> bool:
    """Whether `text` (a plain line) carries on `prev`, wrapped mid-sentence."""
    if prev.kind in ("heading", "date", "section"):
        return False
    if _a_label(prev.text):
        return True  # "Moderator:" then "Jane Smith, Reuters"
    first = text[:1]
    if _QUOTED_PART.match(text):
        return False  # `"Kelp Forests" – Dr. Ana Ruiz`: a titled part of its own, then its speaker
    if _PRACTICAL_LEAD.match(text):
        return False  # "plus d’infos : …" under a line: the page's practical note, on its own
    if (
        first.islower()
        and prev.kind == "block"
        and (a_person_from_a_body(prev.text) or a_person_alone(prev.text))
    ):
        # Forty-second round. Under a timed line that is a person, perhaps with their body,
        # and nothing else (`9:30am Axel Kilian, Princeton University`, `1:30pm Stephanie
        # Morgan`), a line in lower case (`architecture, computational design`) is what they
        # speak about, on its own line: no words of their body.
        return False
    if first == "(" and prev.kind == "text" and TIMES_IN_BRACKETS.match(text):
        # Forty-second round. A line wholly in brackets giving hours of its own under an
        # untimed moment (`Lunch/free time` then `(PH downstairs unavailable 3:30pm-5pm)`)
        # is a note on it, never its title nor its times.
        return False
    if first.islower() or first in _CONTINUES:
        return True
    if prev.text.count("(") > prev.text.count(")"):
        return True  # "(vice-président … de l’Agenda" then "21) et …"
    if prev.text.endswith(",") and _same_lead(prev.text, text):
        # Tenth round. Lines opening with the same word then `de`/`by` are parts in a row
        # (`Discours de Jean-Pierre Barbier, président …,` then `Discours du Préfet …`,
        # `Remarks by …,` then `Remarks by …`), each its own, whatever comma ends one.
        return False
    if prev.text.endswith(",") and (prev.kind != "block" or SPEAKER_LABEL.match(text) is None):
        return True  # a list of speakers running over several lines
    if _DANGLING.search(prev.text) and not SPEAKER_LABEL.match(text):
        return True  # "… Présidente de la" then "Région Occitanie, …"; "Plateau 2 :" then its title
    if _NUMBER_AFTER_HEAD.match(text) and prev.text[-1:].isalpha():
        return True  # "Plateau" then "1 : Le Département au service …": the number of the title
    label = prev.kind == "text" and SPEAKER_LABEL.match(prev.text)
    if (
        label
        and not prev.text.endswith(_TERMINAL)
        and len(text.split()) > 1
        # A name cut after its first word (`…, Yann`), not a speaker's role ending the line
        # (`Marie Dupont, adjointe au maire` then the next speaker).
        and _CUT_NAME.search(prev.text)
    ):
        # "…, Yann" then "Yobé (producteur Bio), …"; a line opening with its own label
        # (`Location: Smith Hall`, `Lieu : …`) starts anew.
        return not SPEAKER_LABEL.match(text) and not _OWN_LABEL.match(text)
    # A wrapped name: "… : Philippe" then "LEMOINE, Président …".
    return (
        prev.kind == "bullet"
        and not prev.text.endswith(_TERMINAL)
        and bool(_WRAPPED_NAME.match(text))
    )


_LEAD_WORD = re.compile(r"^(\w+)\s+(?:de|du|des|d['’]|by|from|of)\b", re.IGNORECASE)


def _same_lead(prev: str, text: str) -> bool:
    """Whether two lines open with the same word then `de`/`by` (`Discours de …`, `Discours
    du …`)."""
    a, b = _LEAD_WORD.match(prev), _LEAD_WORD.match(text)
    return a is not None and b is not None and a.group(1).lower() == b.group(1).lower()


def _a_label(text: str) -> bool:
    """`Intervenants :`, `Speakers:` alone on a line: the people follow, it is no header."""
    label = SPEAKER_LABEL.match(f"{text} X") if text.endswith(":") else None
    return label is not None and label.group("rest") == "X"


_EDGE_BARS = re.compile(r"^\s*\|+|\|+\s*$")


@dataclass
class Entry:
    """A line to read once tables and rows split over several lines are put back together."""

    nos: list[int]
    text: str
    rule: str = ""
    table: list[str] | None = None  # the lines a table row gives


_MARKDOWN_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")


# A line starting with a time written in four digits, perhaps a range ("0800 Registration",
# "0930-1030 Committee Session I").
_FOUR_DIGIT_START = re.compile(
    r"^\s*(?:\|\s*)?(?P<times>([01]\d|2[0-3])[0-5]\d(?:\s*[-–—]\s*([01]\d|2[0-3])[0-5]\d)?)(?=\s+\S|\s*[-–—:|]\s*\S)"
)


# A line starting with a time written the usual way (`9h`, `9:30`, `10.15`, `5 pm`).
_USUAL_CLOCK_START = re.compile(r"^\W*\d{1,2}\s*(?:[:h.]\s*\d\d|h\b|[ap]\.?m\b)", re.IGNORECASE)


def _four_digit_clock(raw_lines: list[str]) -> bool:
    """Whether the programme writes its times in four digits (`0800`, `1330`): three lines or
    more start so, one of them in the morning with its leading zero (years never have one).
    An evening written so (`1700 -`, `1730 -`, `1800 -`) has no leading zero, and its times
    could be years: four lines or more then start so, in rising order, every minute a
    multiple of five, and no line starts with a time written otherwise (a chronology's years
    rarely all end so, and a programme with its clock written `9h` uses no other clock)."""
    starts = [m.group("times")[:4] for r in raw_lines[:2000] if (m := _FOUR_DIGIT_START.match(r))]
    if len(starts) >= 3 and any(t.startswith("0") for t in starts):
        return True
    return (
        len(starts) >= 4
        and starts == sorted(set(starts))
        and all(int(t[2:]) % 5 == 0 for t in starts)
        and not any(_USUAL_CLOCK_START.match(r) for r in raw_lines[:2000])
    )


# Thirty-fifth round. A length in minutes opening a cell, then a word (`15 min break`).
_LENGTH_OF_ITS_OWN = re.compile(r"^\d{1,3}\s*(?:min|mins|minutes|mn)\.?\s+[^\W\d_]", re.IGNORECASE)
UNTIMED_LENGTH = "row saying its own length, no time"
GRID_SLOT = "grid slot"  # the rule of an entry made from one cell of a table with a column per room
# The rule of a cell after a cell naming people on one line (see name_lines.people_cell): what
# it says is the next track's, never those people's function or body.
NEXT_CELL = "next cell"


def _grid_row(raw: str, no: int, rooms: list[str], lead: int = 0) -> list[Entry] | None:
    """A row of a table with a column per room: one block per cell written, at the row's time,
    its room as its description; a row with nothing in its rooms gives none. A first cell that is
    no time (`| Sat June 3 | | |`, `| overnight | Camping |`) is read as a line (a day), its cells
    as blocks without a time. None when the row is no row of that table. Under a header
    numbering the rows first (table_rows.grid_lead), the row's number (`1`, `12b`, or nothing)
    is no part of any block."""
    cells = row_cells(raw)
    if (
        lead
        and len(cells) > lead
        and all(len(c) <= 4 and c[:1] in "0123456789" for c in cells[:lead])
    ):
        cells = cells[lead:]
    first = table_time(cells[0])
    slots = [
        (c, rooms[j] if j < len(rooms) else "")
        for j, c in enumerate(cells[1:])
        if c and re.search(r"\w", c)
    ]
    if ONLY_TIMES.match(first):
        return [
            Entry([no], f"{first} : {c}", GRID_SLOT, [f"{first} : {c}", f"{NOTE}{room}"])
            for c, room in slots
        ]
    if not slots:
        return None  # a day's row: read as a line
    return [Entry([no], c, GRID_SLOT, [c, f"{NOTE}{cells[0]}"]) for c, _room in slots]


def _days_of_grid(rows: list[tuple[int, list[str]]], header_no: int) -> list[Entry]:
    """A table with a column per day, read a day after the other: each column's heading starts
    its day, each of its cells written is a block at its row's time."""
    if not rows:
        return []
    (_, days), *body = rows
    out: list[Entry] = []
    for j, day in enumerate(days, 1):
        out.append(Entry([header_no], day))
        for no, cells in body:
            first = table_time(cells[0]) if cells else ""
            cell = cells[j] if j < len(cells) else ""
            if cell and re.search(r"\w", cell) and ONLY_TIMES.match(first):
                out.append(Entry([no], f"{first} : {cell}", GRID_SLOT, [f"{first} : {cell}"]))
    return out


def entries(raw_lines: list[str]) -> tuple[list[Entry], set[int]]:
    """The lines to read (numbered from 1), and the numbers of lines that only lay out a table
    (`|` alone, a header row): read, but with nothing to say."""
    layout: set[int] = set()
    out: list[Entry] = []
    four_digits = _four_digit_clock(raw_lines)
    dashed = any(DASHED_TIME.match(r) for r in raw_lines)
    rooms: list[str] | None = None  # the columns of a table with a column per room
    grid_row_lead = 0  # the cells its rows open with before their time (table_rows.grid_lead)
    # A table with a column per day (`| Time | Monday 3 June | Tuesday 4 June |`): its rows,
    # read day by day once the table ends.
    by_day: list[tuple[int, list[str]]] = []
    header_no = 0
    columns: Columns | None = None  # the columns a header row names, if it names them
    placed: tuple[int, int] | None = None  # a header's cell count and its place column
    row_day = ""  # the day written in the last row of a table with a day column
    # A table with a column per day, copied cell by cell (day_columns.py): its lines day by day.
    lead = "".join(raw_lines[:400])
    numbered = (
        (("|" in lead or "\t" in lead) and day_columns(raw_lines))
        # The same table copied with its cells padded by spaces (day_columns.py).
        or ("  " in lead and padded_day_columns(raw_lines))
        # A table with a column per track, each cell a title over its speakers (track_cells.py).
        or ("\t" in lead and track_cells(raw_lines))
        or enumerate(raw_lines)
    )
    # The first moment said in a sentence before the timed lines (said_first.py).
    numbered = moment_said_first(numbered)
    hours = lines_with_hours(raw_lines)
    sessions = sessions_of_a_date(raw_lines, hours) | day_then_one_time(raw_lines, hours)
    hours_said = hours_said_first(raw_lines) if ":" in lead else {}
    tab_times = ""  # the times of the last tab-separated row
    headed = untimed_headings(raw_lines) if "#" in "".join(raw_lines[:400]) else set()
    for index, raw in [*numbered, (len(raw_lines), "")]:
        no = index + 1
        if rooms is not None and not is_row(raw):
            rooms = None  # the table ends
            out.extend(_days_of_grid(by_day, header_no))
            by_day = []
        if index == len(raw_lines):
            break
        if columns is not None and not is_row(raw) and raw.strip():
            columns = None  # the table ends
        if placed is not None and "|" not in raw and "\t" not in raw and raw.strip():
            placed = None  # the table ends (its rows may have no outer bars)
        if columns is not None and rooms is None and (paper := paper_row(raw, columns)):
            out.extend(Entry([no], line) for line in paper)
            continue
        if "\t" not in raw:
            tab_times = ""
        # A row with its time cell empty right under a timed tab-separated row is another
        # row of that table (see below), not the header of a table with a column per room.
        under_a_row = bool(tab_times) and raw[:1] == "\t"
        if rooms is None and not under_a_row and (rooms := grid_columns(raw)) is not None:
            layout.add(no)
            grid_row_lead = grid_lead(raw)
            header_no = no
            if all(day_heading(r) for r in rooms):
                by_day = [(no, rooms)]
            continue
        if by_day:
            day_cells = row_cells(raw)
            if not any(re.search(r"\w", c) for c in day_cells[1:]):
                layout.add(no)  # a time whose days are all empty, a line of dashes
            by_day.append((no, day_cells))
            continue
        if rooms is not None and (slots := _grid_row(raw, no, rooms, grid_row_lead)) is not None:
            if not slots:
                layout.add(no)  # a time whose rooms are all empty
            out.extend(slots)
            continue
        if four_digits and (m := _FOUR_DIGIT_START.match(raw)):
            raw = table_time(m.group("times").strip(), single=True) + raw[m.end("times") :]
        if "-|" in raw and _MARKDOWN_RULE.match(raw):
            layout.add(no)  # `---|---|---`: a Markdown table's rule, without its outer bars
            continue
        cells = table_cells(raw)
        if cells is not None:
            if not cells or is_header_row(cells) or names_fields(cells):
                layout.add(no)
                columns = columns_of(raw) if cells else columns
                placed = place_column_before_title(cells) or placed
                continue
            if (
                len(cells) >= 3
                and cells[0][:1].isalpha()
                and ONLY_TIMES.match(table_time(cells[1]))
                and (day := day_heading(cells[0]))
                and not day[2]
            ):
                # Twentieth round. A row opening with its day (`| Monday 3 June 2024 | 09:00-09:30
                # | Registration |`, `Samedi 12 octobre ⇥ 9h ⇥ Accueil`): a table with a day
                # column. The day heads the rows after it until another day is written.
                if fold(cells[0]) != row_day:
                    out.append(Entry([no], cells[0]))
                    row_day = fold(cells[0])
                cells = cells[1:]
                if placed is not None and placed[1] > 0:
                    placed = (placed[0] - 1, placed[1] - 1)
            place = ""
            if (
                placed is not None
                and len(cells) == placed[0]
                and only_times_before(cells, placed[1])
            ):
                # Twentieth round. Under a header naming a place before the title (`Start |
                # End | Location | Activity`, `Heure | Salle | Intitulé`), the place cell is
                # where the block is held, its title the cell under the title's heading.
                place = cells.pop(placed[1])
            if columns is not None and len(cells) == len(row_cells(raw)):
                cells = title_under_its_heading(cells, columns)
            row = table_row(cells)
            if columns is not None and not place and (by_heads := headed_row(raw, columns)):
                row = by_heads  # the cells read by the header's words (table_rows.headed_row)
            if row is not None and place:
                row = [*row, f"{NOTE}{place}"]
            if (
                row is None
                and tab_times
                and raw[:1] == "\t"
                and _LENGTH_OF_ITS_OWN.match(cells[0])
                and not any(c.strip() for c in cells[1:])
            ):
                # Thirty-fifth round. A row with its time cell empty saying only its own
                # length (`⇥15 min break`, `⇥Pause de 20 min`… opening with it: `⇥10 min
                # break`): a moment after the row above, its time not said, never beside it.
                out.append(Entry([no], cells[0], UNTIMED_LENGTH))
                tab_times = ""
                continue
            if row is None and tab_times and raw[:1] == "\t" and not ONLY_TIMES.match(cells[0]):
                # Nineteenth round. A tab-separated row with its time cell empty, in a table
                # whose header names no people (`Time  Description  Comment`), is another
                # block at the times of the row above: parallel talks, one a row.
                row = table_row([tab_times, *cells])
            tab_times = row[0].split(" : ", 1)[0] if row and "\t" in raw else ""
            if (
                row is None
                and len(cells) >= 2
                and (part := PARTS_OF_DAY.match(fold(cells[0])))
                and part.end() == len(cells[0])
                and moment_in_part(f"{cells[0]} {cells[1]}")
            ):
                # A part of the day in the time column (`evening | Friday night drinks |
                # Thanks, …`): an untimed moment in that part of the day, as on a line.
                row = [f"{cells[0]} {cells[1]}", *(f"{NOTE}{c}" for c in cells[2:])]
            if row is not None and columns is not None:
                # The cell under the title heading names a subject, never people.
                said = row_cells(raw)
                subject = said[columns.title] if columns.title < len(said) else ""
                row = [r if r != f"Intervenants : {subject}" else f"{NOTE}{subject}" for r in row]
            if row is not None:
                out.append(Entry([no], row[0], "table row", row))
                continue
            if day_heading(cells[0]) and is_header_row(cells[1:]):
                out.append(Entry([no], cells[0], "table row"))
                continue
            if people_cell(cells):
                # Twenty-eighth round: a talk's speakers, then the next track's title (see
                # name_lines.people_cell): one line read per cell.
                first, *others = [c for c in cells if c]
                out.append(Entry([no], first))
                out.extend(Entry([no], c, NEXT_CELL) for c in others)
                continue
        text = clean_line(_EDGE_BARS.sub("", raw) if "|" in raw else raw)
        if not text:
            if "|" in raw:
                layout.add(no)
            continue
        if (is_header_row([text]) or is_header_row(text.split())) and not _a_label(text):
            layout.add(no)
            continue
        if glued := GLUED_DATE.match(text):
            # "16.046.00-6.30pmArrival": a date cell glued to the time of its first row.
            out.append(Entry([no], glued.group(0).strip(), "glued date"))
            text = text[glued.end() :].strip()
        if index in sessions:
            out.extend(Entry([no], piece) for piece in sessions[index])
            continue
        if index in hours_said:
            # Forty-second round. A moment said in a sentence ending with its hours above
            # the schedule (said_first.hours_said_first): the sentence, whose day may head
            # it, then the moment at those hours.
            moment, sentence = hours_said[index]
            out.extend([Entry([no], sentence), Entry([no], moment, SAID_HOURS)])
            continue
        if index in headed and classify(text)[0] == "text":
            out.append(Entry([no], text, HEADED_MOMENT))
            continue
        if text[:1] in _MEAL_INITIALS and (meal := _MEAL_THEN_SENTENCE.match(text)):
            out.extend([Entry([no], meal["meal"]), Entry([no], meal["rest"])])
            continue
        if dated := date_title_time(text):
            out.extend(Entry([no], piece) for piece in dated)
            continue
        for whole in separated(text) or (dashed_pieces(text) if dashed else run_on(text)):
            for piece in glued_after_dash(whole):
                out.append(Entry([no], piece, "table row" if "|" in raw else ""))
    return _join_split_rows(out), layout


def _titles_above_ranges(items: list[Entry]) -> list[Entry]:
    """Twentieth round. Lines alternating a short title and a range alone (`Registration`,
    `9:00 – 9:30`, `Opening keynote`, `9:30 – 10:30`), the run opening with a title and
    closing with a range, two pairs or more: each title stands above its times (they were
    paired with the title below, the last range left without one). A run opening with a
    range, or closing with a title, is read as before (the title under its times)."""
    out: list[Entry] = []
    i = 0
    while i < len(items):
        j = i
        while (
            j + 1 < len(items)
            and items[j].text[:1] not in "0123456789"
            and len(items[j].text) <= 80
            and _range_alone(items[j + 1].text)
            and _a_title_line(items[j].text)
            and not _range_alone(items[j].text)
        ):
            j += 2
        after = items[j].text if j < len(items) else ""
        if j - i >= 4 and not (after and _a_title_line(after) and not _range_alone(after)):
            for k in range(i, j, 2):
                title, time = items[k], items[k + 1]
                out.append(
                    Entry(title.nos + time.nos, f"{time.text} : {title.text}", "title above times")
                )
            i = j
            continue
        out.append(items[i])
        i += 1
    return out


def _join_split_rows(items: list[Entry]) -> list[Entry]:
    """Times alone on their line take the rest of their row from the lines after them
    (`4:00 pm -`, `6:00 pm`, `Registration`); a title written before its times comes after."""
    items = _titles_above_ranges(_times_then_titles(items))
    out: list[Entry] = []
    i = 0
    while i < len(items):
        e = items[i]
        if len(e.text) <= 12 and _hour_word_heading(items, i):
            out.append(e)  # `Midi :` over its timed lines: not a time alone taking the next
            i += 1
            continue
        if ":" in e.text and (m := _TITLE_FIRST.match(e.text)) and not BLOCK_LINE.match(e.text):
            # Twenty-ninth round. A list's bullet before the title (`- BO Twirling : 9h –
            # 10h30`, `• Yoga: 9:00 – 10:30`) marks the item and is no part of its title.
            title = _BULLET_BEFORE_TITLE.sub("", m.group("title"), count=1)
            out.append(Entry(e.nos, f"{m.group('times')} : {title}", "title then times"))
            i += 1
            continue
        if joined := _joined_times(e.text):
            # One block per time, each with the title that follows the times (or is on the next
            # line when nothing follows them).
            times, rest, nos, rule = joined[0], joined[1], list(e.nos), e.rule
            if not rest and i + 1 < len(items) and classify(items[i + 1].text)[0] == "text":
                rest, nos, i = items[i + 1].text, nos + items[i + 1].nos, i + 1
                rule = "time alone on its line"
            if rest:
                out.extend(Entry(nos, f"{t} {rest}", rule) for t in times)
                i += 1
                continue
        if split := _title_then_range(e.text):
            out.append(Entry(e.nos, split[0], "title then times", split))
            i += 1
            continue
        if day_and_time := _day_then_time(e.text):
            out.append(Entry(e.nos, day_and_time[0], e.rule))
            out.append(Entry(e.nos, day_and_time[1], e.rule))
            i += 1
            continue
        if e.text[:1].isdigit() and _title_above_range(out, items, i):
            # Thirteenth round. A short title alone on its line, then a range alone, then
            # sentences about it (or nothing): the title stands above its times (`Community
            # Open House`, `5:00 p.m. - 8:00 p.m.`, `View and comment on …`).
            above = out.pop()
            out.append(Entry(above.nos + e.nos, f"{e.text} : {above.text}", "title above times"))
            i += 1
            continue
        if (
            len(e.text) <= 12  # a time alone, asked first
            and i + 1 < len(items)
            and (start := _single_time(e.text)) is not None
            and (end := _END_OPENS_THE_LINE.match(items[i + 1].text))
            and (t := read_time(end, "e")) is not None
            and t.minutes > start
        ):
            # Thirty-first round. A time alone, then a line opening with the range's end (`16H30`
            # then `à 18H00 : répartition en deux ateliers`, `4:30` then `to 6:00 Workshops`): a
            # range cut after its start, one block over both lines.
            whole = f"{e.text} {items[i + 1].text}"
            out.append(Entry([*e.nos, *items[i + 1].nos], whole, "time alone on its line"))
            i += 2
            continue
        if OPEN_TIMES.match(e.text) and i + 1 < len(items):
            text, nos, j = e.text, list(e.nos), i + 1
            nxt = items[j].text
            open_range = re.search(r"(?:-|–|—|à|to)\s*$", text)
            if (open_range or ONLY_TIMES.match(text)) and OPEN_TIMES.match(nxt) and open_range:
                text, nos, j = f"{text} {nxt}", nos + items[j].nos, j + 1
            elif _start_then_end_alone(out, items, i):
                # Twentieth round. Two single times alone on their lines, the second later,
                # then a title (`08:15`, `09:30`, `Accueil …`): a card's start and end, one a
                # line, the range of that title (it was read from the second time, the first
                # a block without title). Not so after another time alone: that is a column
                # of times copied before its column of titles.
                text, nos, j = f"{text} - {nxt}", nos + items[j].nos, j + 1
            if j < len(items):
                nxt = items[j].text
                kind = classify(nxt)[0]
                if OPEN_TIMES.match(nxt):
                    pass  # a time alone under a time alone: the first one has no title
                elif (
                    kind in ("text", "bullet")
                    or (kind == "section" and _PART_HEADING.match(nxt))
                    or (
                        kind == "section"
                        and _named_part_moment(nxt)
                        and (_range_alone(text) or _time_title_rhythm(out))
                    )
                    # Twenty-seventh round. Not a dashed line giving its own time (`10h/12h30`
                    # then `- 10h : Présentation`): the range alone spans the timed lines under
                    # it (a morning's hours), it is not theirs.
                    or (
                        re.match(r"^[-–—]\s", nxt)
                        and kind not in ("heading", "date")
                        and not (kind == "block" and _range_alone(text))
                    )
                ):
                    rule = "table row" if e.rule == "table row" else "time alone on its line"
                    if kind == "bullet" and (numbered := BULLET.match(nxt)):
                        # The item numbered or bulleted under a time alone is that time's
                        # title; its number is the agenda's order, not a word of the title
                        # (`7:00pm` then `1.    Welcoming Remarks`).
                        nxt = numbered.group("rest")
                    out.append(Entry(nos + items[j].nos, f"{text} {nxt}", rule))
                    i = j + 1
                    continue
        # "Les horaires du dimanche : 14h à 17h - RDV …": the day, then its first block.
        head, sep, tail = e.text.partition(" : ")
        if sep and BLOCK_LINE.match(tail) and day_heading(head):
            out.append(Entry(e.nos, head, e.rule))
            out.append(Entry(e.nos, tail, e.rule))
            i += 1
            continue
        if e.text[:1].isalpha() and (day_block := _day_then_block(e.text)) is not None:
            out.append(Entry(e.nos, day_block[0], e.rule))
            out.append(Entry(e.nos, day_block[1], e.rule))
            i += 1
            continue
        out.append(e)
        i += 1
    return out


# Fortieth round. A day's heading and its first block on one line without a colon between
# them (`Friday 9-10am: Session 9`, `Vendredi 9h-10h Accueil`, `Day 2 9:00 Opening`): the
# day, then that block, as with ` : ` between them. The heading is the words before the first
# number that opens a block line, and must say a day on its own (nothing left after it).
_DIGIT = re.compile(r"\d")


def _day_then_block(text: str) -> tuple[str, str] | None:
    if not text[:1].isalpha() or (digit := _DIGIT.search(text, 2, 44)) is None:
        return None
    if text[digit.start() - 1] not in " ,:–—-":
        return None
    head, tail = text[: digit.start()].rstrip(" ,:–—-"), text[digit.start() :]
    if len(head.split()) > 4 or (found := day_heading(head)) is None or found[2]:
        return None
    # A remark in brackets after the times (`Tuesday 4:30pm - 6pm (building unavailable)`, a
    # list of a venue's closed hours) is no block's title: such a line stays as it is.
    if (block := BLOCK_LINE.match(tail)) is None or block["rest"].startswith("("):
        return None
    return head, tail


_END_OPENS_THE_LINE = re.compile(
    r"^(?:[àa]|to|until|jusqu'?à|[-–—])\s*" + time_pattern("e") + r"(?=\s*[:,–—-]?\s+\S)",
    re.IGNORECASE,
)


def _single_time(text: str) -> int | None:
    """The minutes of a single time alone on its line (`08:15`, `9h`), None for anything else."""
    m = ONLY_TIMES.match(text)
    if m is None or m.group("bh") is not None or m.group("bnoon") is not None:
        return None
    t = read_time(m, "a")
    return t.minutes if t is not None else None


def _start_then_end_alone(out: list[Entry], items: list[Entry], i: int) -> bool:
    """Whether items[i] and items[i + 1] are a start and its end, each alone on its line, with
    a title right under them (see the caller)."""
    if i + 2 >= len(items) or OPEN_TIMES.match(items[i + 2].text):
        return False
    if out and _single_time(out[-1].text) is not None:
        return False
    # One card: the three lines follow each other (a time alone after a blank line is a
    # moment left without its title).
    if any(items[k + 1].nos[0] != items[k].nos[-1] + 1 for k in (i, i + 1)):
        return False
    start, end = _single_time(items[i].text), _single_time(items[i + 1].text)
    if start is None or end is None:
        return False
    # `11:45`, `1:00`: a 12-hour page's end past noon.
    return start < end or (11 * 60 <= start < 13 * 60 and 60 <= end < 8 * 60)


def _named_part_moment(text: str) -> bool:
    """Twentieth round. Whether a line read as a part of the day's heading names a moment in it
    (`Evening Event`, `Soirée dansante`, `Morning Yoga`): under a range alone on its line (the
    page's rhythm of a time, then its title), it is that range's title; a heading of a part
    of the day stands before times, never right under a range that is complete."""
    words = text.split()
    return 2 <= len(words) <= 6 and not text.endswith(":")


def _time_title_rhythm(out: list[Entry]) -> bool:
    """Twenty-first round. Whether the page goes a time alone on its line, then its title (the
    entry before was read so): there a start alone (`21:00`) then a part of the day's moment
    (`Evening activities`) is that start's title, as under a range; a heading of a part of the
    day does not come between a page's time and its title."""
    return bool(out) and out[-1].rule == "time alone on its line"


def _title_above_range(out: list[Entry], items: list[Entry], i: int) -> bool:
    """Whether items[i], a range alone, takes its title from the line above (see the caller):
    that line is a short title (no time, no sentence, not a day), the line below is prose.
    The cheap tests come first: this is asked of every line."""
    if not out or not items[i].text[:1].isdigit():
        return False
    if i + 1 < len(items):
        below = items[i + 1].text
        if len(below) <= 60 or not re.search(r"[.!?]$", below) or OPEN_TIMES.match(below):
            return False
    above = out[-1].text
    if len(above.split()) > 8 or not above[:1].isupper() or re.search(r"[.!?:,;]$", above):
        return False
    return _range_alone(items[i].text) and _a_title_line(above) and classify(above)[0] == "text"


@lru_cache(maxsize=4096)  # asked two or three times of each line: the answers are kept
def _range_alone(text: str) -> bool:
    m = ONLY_TIMES.match(text)
    return m is not None and (m.group("bh") or m.group("bnoon")) is not None


def _a_title_line(text: str) -> bool:
    return (
        not OPEN_TIMES.match(text)
        and not BLOCK_LINE.match(text)
        and classify(text)[0] not in ("date", "heading")
        and not day_heading(text)
    )


def _times_then_titles(items: list[Entry]) -> list[Entry]:
    """A web table copied column by column gives a day's ranges first, one a line, then its
    titles in the same order (`08:00-12:00`, `12:00-14:00`, `Sessions A`, `Lunch`): two ranges
    or more alone on their lines, then as many titles (a line starting in lower case, or after
    a comma or an open quote, goes on the title above), are paired in order. When the counts
    differ, nothing is paired: the lines are read as they are."""
    out: list[Entry] = []
    i = 0
    while i < len(items):
        j = i
        while j < len(items) and _range_alone(items[j].text):
            j += 1
        if j - i < 2:
            out.append(items[i])
            i += 1
            continue
        titles: list[list[Entry]] = []
        k = j
        while k < len(items) and _a_title_line(items[k].text):
            text = items[k].text
            above = " ".join(e.text for e in titles[-1]) if titles else ""
            if titles and (text[:1].islower() or above.endswith(",") or above.count('"') % 2 == 1):
                titles[-1].append(items[k])
            else:
                titles.append([items[k]])
            k += 1
        if len(titles) != j - i:
            out.extend(items[i:j])
            i = j
            continue
        for time, title in zip(items[i:j], titles, strict=True):
            text = " ".join(e.text for e in title)
            nos = time.nos + [n for e in title for n in e.nos]
            out.append(Entry(nos, f"{time.text} : {text}", "table row"))
        i = k
    return out


# The same title at several times: "14h30 et 15h Siestes sonores", "A 15h30 et 18h30".
_TIME_TOKEN = r"\d{1,2}\s*(?:h\s*(?:[0-5]\d)?|[:.][0-5]\d)(?:\s*[ap]\.?m\.?)?"
_JOINED_TIMES = re.compile(
    rf"^(?:(?:[àa]|at)\s+)?(?P<times>{_TIME_TOKEN}(?:\s*(?:et|and|&|,)\s*{_TIME_TOKEN})+)"
    r"(?![\d:.h-])\s*[:–—-]?\s*(?P<rest>.*)$",
    re.I,
)


# Ranges joined the same way, or by a slash (`9h30-12h / 14h-17h : Ateliers`): the morning and
# the afternoon of one activity. (A slash between two times is a range: `9h / 10h`.)
# Twenty-sixth round. Ranges joined by `ou`, `or` (`10h - 12h ou 14h - 16h`, `9-11am or
# 2-4pm`): one activity given twice, the participant choosing when; a block at each. (Two
# single times so joined stay as they are: `vers 10h ou 11h` may be one doubtful start.)
_RANGE_TOKEN = rf"{_TIME_TOKEN}\s*[-–—]\s*{_TIME_TOKEN}"
_JOINED_RANGES = re.compile(
    rf"^(?P<times>{_RANGE_TOKEN}(?:\s*(?:et|and|&|,|/|puis|ou|or)\s*{_RANGE_TOKEN})+)"
    r"(?![\d:.h-])\s*[:–—-]?\s*(?P<rest>.*)$",
    re.I,
)


def _joined_times(text: str) -> tuple[list[str], str] | None:
    """Times, or ranges, joined by "et", "and", "&" or commas at the start of a line (ranges
    by a slash too): (each time or range, the rest)."""
    if not text[:1].isdigit() and not text[:3].lower().startswith(("a ", "à ", "at ")):
        return None
    if ranges := _JOINED_RANGES.match(text):
        return re.findall(_RANGE_TOKEN, ranges.group("times"), re.I), ranges.group("rest")
    m = _JOINED_TIMES.match(text)
    if m is None:
        return None
    return re.findall(_TIME_TOKEN, m.group("times"), re.I), m.group("rest")


# Thirty-second round. A title, a colon, then when it starts said with its word and what comes
# with it (`Registration of Membership: starting 9:15 a.m. with Refreshments`, `Accueil : à
# partir de 9h avec un café`): the block starts then, as `Title : 9:15` does; the words after
# the time describe it. The word saying "from" keeps a sentence's time out (`Lunch: we meet
# at 12 in the hall` names no start so).
_TITLE_THEN_START = re.compile(
    r"^(?P<title>[^\d|:()]{2,60}?)\s*:\s*(?:starting(?: at)?|beginning at|from|[àa] partir de"
    r"|d[èe]s)\s+(?P<time>" + time_pattern("s") + r")\s+(?P<rest>(?:with|avec)\b[^\d]{1,80})$",
    re.I,
)


def _title_then_range(text: str) -> list[str] | None:
    """A title written before its times, what follows them being the place: the block's line
    (times first), then the place as a note. None for any other line."""
    if ":" in text and (start := _TITLE_THEN_START.match(text)) and not day_heading(start["title"]):
        title = start["title"].strip(" ,–—-")
        return [f"{start['time']} : {title}", f"{NOTE}{start['rest'].strip(' .')}"]
    if text[:1].isdigit() or not _A_RANGE.search(text):
        return None
    m = _TITLE_THEN_RANGE.match(text)
    # Times alone on their line (`Noon–1:00 p.m.`) are no title before its time.
    if m is None or BLOCK_LINE.match(text) or ONLY_TIMES.match(text):
        return None
    title = m.group("title").strip(" ,–—-")
    folded = fold(title)
    if (
        len(title) < 2
        or _LEADS_INTO_TIMES.search(folded)
        or folded.strip(" :") in TABLE_HEADER_WORDS
        or classify(title)[0] in ("date", "heading")
        or _PART_HEADING.match(title)
        or ((part := PARTS_OF_DAY.match(folded)) and not folded[part.end() :].strip(" :"))
        or day_heading(title)
        or title.endswith(_TERMINAL)
    ):
        return None
    place = (m.group("place") or m.group("bnote") or "").strip(" ,;.–—-")
    times = m.group("times") or m.group("time") or m.group("btime")
    if place and ONLY_TIMES.match(place):
        # "Classes 10am–12pm, 2–5pm": a second range after the first is the same title again
        # at another time of the day, not a place.
        return [f"{times} : {title}", f"{place} : {title}"]
    return [f"{times} : {title}", *([f"{NOTE}{place}"] if place else [])]


# A part of the day and its first block on one line: "Matin : 9h Accueil".
_PART_THEN_TIME = re.compile(
    r"^(?P<part>matin(?:[ée]e)?|apr[èe]s[- ]midi|soir(?:[ée]e)?|morning|afternoon|evening)"
    r"\s*[:–—-]\s*(?P<rest>\S.*)$",
    re.I,
)
_SOME_TIME = re.compile(r"\d\s*(?:h|:\d|\.\d\d|[ap]\.?m)", re.I)


@lru_cache(maxsize=4096)  # asked of every line, its search for a time first: kept
def _day_then_time(text: str) -> tuple[str, str] | None:
    """A line holding a day and the first block of it: (the day, the block's line)."""
    if not _SOME_TIME.search(text) or BLOCK_LINE.match(text):
        return None
    bullet = BULLET.match(text)
    body = bullet.group("rest") if bullet and not bullet.group("bullet")[0].isdigit() else text
    part = _PART_THEN_TIME.match(body)
    if part and BLOCK_LINE.match(part.group("rest")):
        return part.group("part"), part.group("rest")  # "Matin : 9h Accueil"
    found = day_heading(body)
    if not found and (labelled := _label_then_day(body)):
        return labelled
    if not found or not found[2] or _only_the_days_hours(found[2]) or DAYS_START.match(found[2]):
        return None  # a date then only the day's hours or start heads that day (see classify)
    rest = _DAY_THEN_TIME.sub("", found[2], count=1)
    if rest.startswith("("):
        # Thirtieth round. The block's times in brackets after its day (`Mercredi 23/06
        # (19h45-20h45) : Assemblée`) open it as at the start of a line.
        rest = BRACKETED_TIMES_FIRST.sub(
            lambda m: m[1] + (" : " if m["colon"] else " "), rest, count=1
        )
    if not BLOCK_LINE.match(rest) and (when := _START_IN_SENTENCE.search(rest)):
        # One meeting per dated line, its start said inside the sentence: `- Mercredi 22
        # novembre : rendez-vous à partir de 18h30 à l’espace …` is that day, and a block
        # starting then whose title is the sentence without its time.
        title = f"{rest[: when.start('lead')]}{rest[when.end() :]}".strip(" ,")
        rest = f"{when.group('time')} {title[:1].upper()}{title[1:]}"
    block = BLOCK_LINE.match(rest)
    if not block or classify(found[0])[0] != "date":
        return None
    if (
        block.group("bh") is not None
        and is_place(block.group("rest").strip(" ,;."))
        # Thirtieth round. A colon after the range introduces what happens then, its title
        # (`Mercredi 23/06 (18h30-19h30) : Théâtre`); a place follows a comma.
        and not rest[: block.start("rest")].rstrip().endswith(":")
    ):
        # Twelfth round. A date, a range and a place alone (`June 16, 2018, 2:00-4:30 pm,
        # Community Centre`, `Samedi 16 juin, 14h-17h, salle des fêtes`) are the day's
        # heading: its hours and where it is held, not a block named after the place.
        return None
    return found[0], rest


_ENDED_AFTER_TIME = re.compile(r".*[.!?]\s+$")
_TIME_AFTER_DAY = re.compile(r"^[\s,:–—-]*(?:(?:à|a|at|on|from|dès|des)\s+)?", re.I)


def _label_then_day(text: str) -> tuple[str, str] | None:
    """`Quartier 1 : le mercredi 5 avril, 19h30, à l'auditorium …`, `Session 2 – Thursday,
    April 20, 7:30 pm at the library`: meetings announced one per line, each named first, then
    its day, its time and its place. The line is that day, and a block at that time titled by
    the name, its place the block's description: (the day, the block's line)."""
    if len(text) > 200:
        return None  # a paragraph, not an announcement
    for m in re.finditer(r"(?<=\S)\s*(?:[:–—-]\s*)?\s(?:le |l['’]|the |on )?(?=\S)", text):
        label = text[: m.start()].strip()
        if len(label.split()) > 4 or not label[:1].isupper():
            return None
        found = find_date(text[m.end() :])
        if not found or (found[1] is None and not re.search(r"\d", found[0])):
            continue
        rest = _TIME_AFTER_DAY.sub("", found[2], count=1)
        block = BLOCK_LINE.match(rest)
        # The time follows the date at once (`…, 19h30, à …`), not in a sentence after it.
        if (
            not block
            or not rest[:1].isdigit()
            or classify(found[0])[0] != "date"
            or day_heading(label)
            # Thirty-sixth round. A sentence ended right after the time, another one after it
            # (`The activities begin on Friday, October 22nd, at 6:30pm. Come hang out …`):
            # the page tells its days in prose above its schedule; no announcement.
            or _ENDED_AFTER_TIME.match(rest[block.start("rest") - 3 : block.start("rest")])
        ):
            return None
        place = block.group("rest").strip(" ,;:–—-")
        place = f" – {place}" if place else ""
        return found[0], f"{rest[: block.start('rest')].strip(' ,')} {label}{place}"
    return None


# A start said inside a sentence, in its first words: `rendez-vous à partir de 18h30 à …`,
# `ouverture dès 14h`, `meeting from 6:30 pm at …`.
_START_IN_SENTENCE = re.compile(
    r"^(?:\S+\s+){0,3}?(?P<lead>(?:[àa] partir de|dès|des|from|starting at)\s+)"
    r"(?P<time>\d{1,2}\s*(?:h\s*(?:[0-5]\d)?|[:.][0-5]\d)(?:\s*[ap]\.?m\.?)?)(?![\d:.h])"
    # A start, not a range's (`from 1:30 to 6 pm` is the event's hours, read elsewhere).
    r"(?!\s*(?:-|–|—|à|to|au)\s*\d)",
    re.I,
)


_QUOTED_LINE = re.compile(r"^[“«\"][^“”«»\"]{3,}[”»\"]$")
# Thirtieth round. Noon or midnight said in words, alone on its line with a colon (`Midi :`,
# `Noon:`), over lines that give their own times (`• 11h30 à la cave : table ronde`), heads
# that part of the day as `Matinée :` and `Après-midi :` do: it is not a block at 12:00, whose
# title would be the colon, and no day starts again at the 11h30 under it.
_HOUR_WORD_HEADING = re.compile(r"^(?:midi|noon|minuit|midnight)\s*:$", re.IGNORECASE)


def _hour_word_heading(items: list[Entry], i: int) -> bool:
    """Whether entry `i` is `Midi :` heading the timed lines under it (see above)."""
    return (
        len(items[i].text) <= 12
        and _HOUR_WORD_HEADING.match(items[i].text.strip()) is not None
        and i + 1 < len(items)
        and BLOCK_LINE.match(items[i + 1].text) is not None
    )


_TIME_THEN_COMMA = re.compile(
    r"^(?:[ÀàAa]|[Aa]t|[Vv]ers|[Aa]round|[Dd][èe]s|[Ff]rom)\s+\d{1,2}(?:\s*[h:.]\s*\d{2}|\s*h)?"
    r"(?:\s*[ap]\.?m\.?|\s*[AP]\.?M\.?)?\s*,\s"
)


def _opens_with_its_time(e: Entry) -> bool:
    return (
        e.table is None
        and _TIME_THEN_COMMA.match(e.text) is not None
        and BLOCK_LINE.match(e.text) is not None
    )


def times_open_the_lines(items: list[Entry], i: int) -> bool:
    """Thirty-first round. A time with its preposition and a comma opening a sentence (`A
    16h00, visites d'entreprises locales.`) is prose under a block when it stands alone; when
    the line before or after it opens so too (`A 21h00, dîner d'accueil …`, `At 10:00, a
    visit of the castle.`), the lines are the schedule written in sentences, one block each."""
    return (
        items[i].text[:1] in "AaÀàVvDdFf"  # the prepositions' initials, asked first
        and bool(_TIME_OPENS_A_SENTENCE.match(items[i].text))
        and _opens_with_its_time(items[i])
        and any(0 <= j < len(items) and _opens_with_its_time(items[j]) for j in (i - 1, i + 1))
    )


# Forty-third round. A numbered session giving its range after a colon, perhaps its theme
# after another (`Séance 01 : 9h30-11h45`, `Session 2: 2:00-3:30 pm: Case studies`), whose
# next timed line starts when it does: the heading of the talks timed under it, no part of
# the block above and no block of its own.
_SESSION_WITH_ITS_RANGE = re.compile(
    r"^[^\W\d_]{4,12}\s+(?:\d{1,2}|[IVX]{1,4})\s*:\s*(?P<times>"
    + T1
    + RANGE_SEP
    + T2
    + r")\s*(?::\s*\S.*)?$",
    re.IGNORECASE,
)


def session_over_its_talks(items: list[Entry], i: int) -> bool:
    """The entry is a numbered session's heading with its range (see above) whose talks
    follow it, the first within three lines starting at the session's start."""
    m = _SESSION_WITH_ITS_RANGE.match(items[i].text)
    if m is None:
        return False
    start = read_time(m, "a")
    for e in items[i + 1 : i + 4]:
        if (timed := BLOCK_LINE.match(e.text)) is not None:
            said = read_time(timed, "a")
            return start is not None and said is not None and said.minutes == start.minutes
    return False


def logical_lines(items: list[Entry]) -> list[Line]:
    """Classify the entries and join lines wrapped mid-sentence (line numbers are 1-based)."""
    out: list[Line] = []
    listing = ""  # the bullet of the people listed under a speakers' label alone on its line
    for i, e in enumerate(items):
        if e.table is not None:
            for text in e.table:
                out.append(Line(e.nos[0], text, *classify(text), rule=e.rule, nos=list(e.nos)))
            continue
        kind, bullet = classify(e.text)
        if kind == "block" and len(e.text) <= 12 and _hour_word_heading(items, i):
            kind = "section"
        elif kind != "block" and times_open_the_lines(items, i):
            kind, bullet = "block", ""
        elif kind == "text" and e.text[-1:].isalnum() and session_over_its_talks(items, i):
            kind = "section"
        elif (
            kind == "text"
            and ":" in e.text[:20]
            and i + 1 < len(items)
            and classify(items[i + 1].text)[0] in ("block", "bullet")
            and date_naming_its_day(e.text)
        ):
            kind = "date"  # `March 12: structured agenda` over its times (see above)
        if (
            kind == "bullet"
            and out
            and out[-1].kind == "text"
            and (bullet == listing or (not listing and _a_label(out[-1].text)))
        ):
            # Twenty-ninth round. Bullets under a speakers' label alone on its line
            # (`Speakers:` then `• Xianyuan Liu`, `• Zixuan (Kelly) Ding`; `Intervenants :`
            # then `- Marie Dupont, INRAE`) list its people, one a bullet, as lines under it
            # do: joined to the label, parted by semicolons.
            said = Line(e.nos[0], e.text, kind, bullet).content
            joined = " " if not listing else "; "
            out[-1].text, listing = f"{out[-1].text}{joined}{said}", bullet
            out[-1].nos += e.nos
            continue
        listing = ""
        open_bracket = bool(out) and out[-1].text.count("(") > out[-1].text.count(")")
        if open_bracket and kind in ("bullet", "text") and out[-1].kind in ("text", "bullet"):
            kind = "text"  # "(… de l’Agenda" then "21) et James …": still inside the brackets
        if kind == "text" and out and e.rule != NEXT_CELL and _continues(out[-1], e.text):
            # Words in quotes on their own line under a person are what they speak about
            # (`Jane Doe, role` then `“Why cities matter”`): joined after a dash, as a topic.
            quoted = out[-1].kind != "block" and bool(_QUOTED_LINE.match(e.text))
            out[-1].text = f"{out[-1].text}{' – ' if quoted else ' '}{e.text}"
            out[-1].nos += e.nos
            continue
        out.append(Line(e.nos[0], e.text, kind, bullet, rule=e.rule, nos=list(e.nos)))
    return out
