"""What a row copied from a table says: its cells (between tabs or `|`), its times written in
four digits, the header naming its columns (a field of a row each, or a room each), and the
lines a row of times gives."""

from __future__ import annotations

import re
from dataclasses import dataclass

from facilitateur.models.programme.clean_lines import clean_line
from facilitateur.models.programme.days_and_dates import day_heading
from facilitateur.models.programme.people import (
    labelled_speakers,
    people_of_a_column,
    speaker_list,
)
from facilitateur.models.programme.times import LEAD, ONLY_TIMES, RANGE_SEP, T1, T2
from facilitateur.models.text.folding import fold

# Cells of a table's header row, skipped: "Heures | événement |".
TABLE_HEADER_WORDS = {
    "heure",
    "heures",
    "horaire",
    "horaires",
    "evenement",
    "evenements",
    "time",
    "times",
    "activity",
    "activite",
    "location",
    "lieu",
    "salle",
    "room",
    "code",
    "speaker",
    "speakers",
    "intervenants",
    "intervenant",
    "authors",
    "author",
    "auteurs",
    "auteur",
    "presenters",
    "orateurs",
    "titre",
    "title",
    "event",
    "venue",
    "session",
    "sequence",
    "notes",
}


_FOUR_DIGITS = re.compile(r"^([01]\d|2[0-3])([0-5]\d)(?:\s*([-–—])\s*([01]\d|2[0-3])([0-5]\d))?$")


NOTE = "\x00note:"  # marks a table cell that is neither the title nor a speaker (a room …)
# Forty-second round. Marks, after a row read by its header, its title cell as written: a
# column of people names who speaks, so the title names no one (a note of its own kind).
TITLE_WHOLE = f"{NOTE}whole:"


_PADDED_BAR = re.compile(r"\S\s+\|\s+\S")


def table_cells(raw: str) -> list[str] | None:
    """The cells of a row copied from a table (between tabs or `|`), or None for a line."""
    # Cells may be padded with spaces to line the columns up (`09:00  |  Welcome`).
    if "\t" not in raw and ("|" not in raw or not _PADDED_BAR.search(raw)):
        # Eighteenth round. A Markdown row need not pad its cells (`|09:15|10:00|Title|`): a
        # line that opens and closes with `|` and holds two cells or more is a row all the same.
        if "|" not in raw or not re.match(r"^\s*\|[^|]*\w[^|]*\|.*\w.*\|\s*$", raw):
            return None
        return [c for c in row_cells(raw) if c and re.search(r"\w", c)]
    cells = [clean_line(c) for c in re.split(r"\t|\s+\|\s+|^\s*\||\|(?:\s*\|)*\s*$", raw)]
    # A column of punctuation only ("| 0800 – 0830 | : | Title |") separates nothing.
    return [c for c in cells if c and re.search(r"\w", c)]


def table_time(cell: str, single: bool = False) -> str:
    """`0800 – 0830` (a table's four-digit times) → `08:00 – 08:30`; `0800` alone too when
    `single` (the programme writes its times so)."""
    if cell[-1:] in "-–—" and ONLY_TIMES.match(open_ := cell.rstrip("-–— ")):
        # Twentieth round. A cell holding a start and a dash (`17:30-`, `18h –`): the range is
        # left open, the block has its start alone.
        return open_
    m = _FOUR_DIGITS.match(cell)
    if not m or (m.group(3) is None and not single):
        return cell  # "1945" alone may be a year: one time alone only where times are so written
    if m.group(3) is None:
        return f"{m.group(1)}:{m.group(2)}"
    return f"{m.group(1)}:{m.group(2)} {m.group(3)} {m.group(4)}:{m.group(5)}"


_TIMES_THEN_TITLE = re.compile(
    r"^(?P<times>" + LEAD + T1 + r"(?:" + RANGE_SEP + T2 + r")?)\s+(?P<title>[^\d\s].*)$", re.I
)


_TIMES_AT_PLACE = re.compile(
    r"^(?P<times>.+?\d)\s+(?P<place>(?:in|at|à|au|aux|dans|en)\s+\S.*)$", re.IGNORECASE
)


_PART_LABEL = re.compile(
    r"^(?:session|partie|part|track|s[ée]ance|module|block|bloc)\s+(?:[IVX]+|\d{1,2}|[A-Z])$",
    re.IGNORECASE,
)


def table_row(cells: list[str]) -> list[str] | None:
    """A row whose first cells are times:
    `9h00 – 9h20 | Accueil | Speakers` → [`9h00 – 9h20 : Accueil`, `Intervenants : Speakers`].
    A cell that names no one (`Room 12`) is left out."""
    cells = list(cells)
    if len(cells) < 2:
        return None
    cells[0] = table_time(cells[0])
    if not ONLY_TIMES.match(cells[0]) and (lead := _TIMES_THEN_TITLE.match(cells[0])):
        # The times and the title parted by spaces, the other columns by `|` (`09:00–09:15
        # Welcome  |  Prof. Anna Berg`).
        cells[0:1] = [lead.group("times").strip(), lead.group("title")]
    if not ONLY_TIMES.match(cells[0]):
        # The title first, its times in the next cell: `| Registration | 9:00 - 9:30 | Lobby |`.
        at = next((i for i, c in enumerate(cells[1:3], 1) if ONLY_TIMES.match(table_time(c))), 0)
        if (
            not at
            and (placed := _TIMES_AT_PLACE.match(cells[1]))
            and ONLY_TIMES.match(placed["times"])
        ):
            # Tenth round. A label, then its range and where it happens in one cell
            # (`| Registration: | 08:30 - 17:30 in FCEE Building |`, `| Accueil | 8h - 18h au
            # hall B |`): that row runs beside the day's sessions, its place a note.
            cells[1:2] = [placed["times"], placed["place"]]
            cells[0] = cells[0].rstrip(" :")
            at = 1
        if not at:
            return None
        if at == 1 and len(cells) >= 3 and _PART_LABEL.match(cells[0]):
            # Twentieth round. A numbered part before the times (`Session 1 ⇥ 09:00-09:05 ⇥
            # Welcome`, `Partie 2 | 14h-15h | Ateliers`) labels the row; its title is the
            # cell after the times.
            cells = [table_time(cells[1]), cells[2], f"{NOTE}{cells[0]}", *cells[3:]]
        else:
            cells = [table_time(cells[at]), *cells[:at], *cells[at + 1 :]]
    times = cells.pop(0)
    if cells and ONLY_TIMES.match(cells[0]):
        times = f"{times} - {cells.pop(0)}"
    if not cells:
        return None
    if len(cells) == 1 and (day := day_heading(cells[0])) and not day[2]:
        # A day beside a range (`Samedi 14 février | 9h30-17h`) heads the day and gives its
        # hours: the first block, on the next lines, ends where the second starts.
        return [f"{cells[0]} ({times})"]
    people, notes = [], []
    for c in cells[1:]:
        if c.startswith(NOTE):
            notes.append(c)
        elif labelled_speakers(c):
            people.append(c)  # its own labels: `Moderator: Ana Souza; Panelists: …`
        elif speaker_list(c, people_only=True):
            # A cell after the title naming people only (`Jane Smith`, `J. Emile-Geay`): the
            # people of the row, as after a speakers label.
            people.append(f"Intervenants : {c}")
        else:
            notes.append(f"{NOTE}{c}")
    return [f"{times} : {cells[0]}", *people, *notes]


# Forty-fifth round. A heading saying its plural in brackets (`Author(s)`, `Speaker(s)`,
# `Intervenant(e)s`) is the plural: the brackets taken off its ending.
_BRACKETED_ENDING = re.compile(r"\(([a-z]{1,2})\)")


def _head(cell: str) -> str:
    """A header cell as its words are looked up: folded, its marks and bracketed ending off."""
    folded = fold(cell).strip(" :*")
    return _BRACKETED_ENDING.sub(r"\1", folded) if "(" in folded else folded


def is_header_row(cells: list[str]) -> bool:
    """Whether every cell is a word a header row is made of (`Heures | événement`)."""
    return all(_head(c) in TABLE_HEADER_WORDS for c in cells)


def names_fields(cells: list[str]) -> bool:
    """Eighteenth round. A row of two cells or more, each naming a field of a row (`Start |
    End | Session | Speaker`, `Début | Fin | Sujet | Qui`), is the table's header, not a block:
    words such as `End` or `Fin` head a column, though alone on a line they may be a title."""
    return len(cells) >= 2 and all(_head(c) in _FIELD_WORDS for c in cells)


def is_field_header(cells: list[str]) -> bool:
    """Whether cells head a table's columns, each naming a field of a row (see names_fields)."""
    return names_fields(cells)


_PEOPLE_HEADS = {"speaker", "speakers", "intervenants", "intervenant", "authors", "author"}
_PEOPLE_HEADS |= {"auteurs", "auteur", "presenters", "orateurs"}
# Forty-second round. A column its header calls the one who teaches, presents or leads the
# part (`Time ⇥ Topic ⇥ Instructor`, `Heure | Thème | Animateur`, `Présenté par`) names
# people as a column of speakers does, even by a given name alone (`Radhika`).
_PEOPLE_HEADS |= {"instructor", "instructors", "presenter", "lecturer", "lecturers"}
_PEOPLE_HEADS |= {"trainer", "trainers", "teacher", "teachers", "tutor", "tutors"}
_PEOPLE_HEADS |= {"facilitator", "facilitators", "intervenante", "intervenantes"}
_PEOPLE_HEADS |= {"animateur", "animateurs", "animatrice", "animatrices"}
_PEOPLE_HEADS |= {"formateur", "formateurs", "formatrice", "formatrices", "enseignant"}
_PEOPLE_HEADS |= {"enseignants", "enseignante", "presente par", "presented by", "presentateur"}
_PEOPLE_HEADS |= {"presentatrice", "conferencier", "conferenciere", "conferenciers"}


@dataclass
class Columns:
    """Sixteenth round. The columns a table's header row names (`Time | Authors | Title`), by
    their place in the row, empty cells counted."""

    time: int
    people: int
    title: int
    body: int | None = None


def columns_of(raw: str) -> Columns | None:
    """The columns of a header row naming a time, people and a title, or None."""
    heads = [_head(c) for c in row_cells(raw)]
    time = next((i for i, h in enumerate(heads) if h in _TIME_HEADS), None)
    people = next((i for i, h in enumerate(heads) if h in _PEOPLE_HEADS), None)
    title = next((i for i, h in enumerate(heads) if h in _TITLE_HEADS), None)
    if time is None or people is None or title is None:
        return None
    body = next((i for i, h in enumerate(heads) if h in _BODY_HEADS), None)
    return Columns(time, people, title, body)


def paper_row(raw: str, columns: Columns) -> list[str] | None:
    """Sixteenth round. In a table whose header names its people and its title (`Time |
    Authors | Title`), a row with its time cell empty (a scientific workshop's papers under
    their session) is a part of the block above: its title, then its people
    (`Rita Sevastjanova and Mennatallah El-Assady`), who speak in it."""
    cells = row_cells(raw)
    if len(cells) <= max(columns.people, columns.title) or cells[columns.time]:
        return None
    people, title = cells[columns.people], cells[columns.title]
    if not people or not title:
        return None
    return [f"- {title}", f"Intervenants : {people}"]


def title_under_its_heading(cells: list[str], columns: Columns) -> list[str]:
    """Thirty-seventh round. Under a header naming the people before the title (`Time ⇥
    Speaker ⇥ Title`, `Heure | Intervenant | Sujet`), a full row's title is the cell under the
    title's heading, its people the cell after it: the row is read title first, as the rows of
    a header naming the title first (its people then read as any cell after a title). A
    people cell that labels a part (`Session 1`) or carries its own label (`Invited Speaker :
    Nicolas Fay`) heads the row instead, its papers on the rows below (see paper_row): left
    where it is."""
    if not columns.time < columns.people < columns.title < len(cells):
        return cells
    people, title = cells[columns.people], cells[columns.title]
    if not title or ":" in people or _PART_LABEL.match(people):
        return cells
    if columns.body is not None and columns.people < columns.body < len(cells):
        # Thirty-eighth round. A body's column after the people's (`Speaker ⇥ Affiliation ⇥
        # Title`) stays after them: `Name ⇥ Body` reads as a person and their organisation.
        moved = (columns.people, columns.body, columns.title)
        rest = [c for i, c in enumerate(cells) if i not in moved]
        at = columns.people
        return [*rest[:at], title, people, cells[columns.body], *rest[at:]]
    rest = [c for i, c in enumerate(cells) if i not in (columns.people, columns.title)]
    at = columns.people
    return [*rest[:at], title, people, *rest[at:]]


# Thirty-seventh round. Names, a spaced dash, then the body they share (`Jacobsen and Samuel –
# NERSC`, `Martin et Durand - Inrae`): no brackets, the body a few words.
_NAMES_DASH_BODY = re.compile(r"^(?P<names>[^()–—]+?)\s+[–—-]\s+(?P<body>[^()–—]{2,60})$")


def _bare_names(cell: str) -> list[str]:
    """The names of a people cell read as any list (`Jeremy L Thompson`), when none carries a
    body or a role of its own; else []."""
    named = speaker_list(cell, single=True)
    if not named or any(p["organisation"] or p["role"] or not p["name"] for p in named):
        return []
    return [p["name"] or "" for p in named]


def headed_row(raw: str, columns: Columns) -> list[str] | None:
    """Thirty-seventh round. In a table whose header names its people and its title columns
    (`Time ⇥ Speaker ⇥ Title`, `Heure | Intervenant | Sujet`), a timed row with both cells
    written is read by its header: the cell under the title heading is the block's title, the
    one under the people heading its people, even when only last names are written there
    (`Auble – SchedMD`: a column of speakers says its cells are people); a body after a
    spaced dash is each one's. Other cells are notes. None when the row is not so headed, or
    its people cell names no one or carries its own label (the row then reads as before)."""
    cells = row_cells(raw)
    if len(cells) <= max(columns.people, columns.title, columns.time):
        return None
    times = table_time(cells[columns.time])
    people, title = cells[columns.people].strip(), cells[columns.title].strip()
    if not ONLY_TIMES.match(times) or not people or not title or labelled_speakers(people):
        return None  # a cell with its own label (`Invited Speaker : Ann Lee`) reads as before
    read_body = None
    if (
        (dashed := _NAMES_DASH_BODY.match(people))
        and (named := speaker_list(dashed["names"], single=True))
        and all(not p["organisation"] and not p["role"] for p in named)
    ):
        body = dashed["body"].strip()
        people = " and ".join(f"{p['name']} ({body})" for p in named)
    elif (
        columns.body is not None
        and columns.body < len(cells)
        and (body := cells[columns.body].strip())
        and (names := people_of_a_column(people) or _bare_names(people))
    ):
        # Thirty-eighth round. Under a column headed Affiliation, Organisation, Structure or
        # Institution, the cell is the body of each person of the row's people cell, as
        # written (`EDF R&D, ENPC, and Sorbonne Université` is one body; four people sharing
        # a laboratory each belong to it).
        people = " and ".join(f"{name} ({body})" for name in names)
        read_body = columns.body
    said = f"Intervenants : {people}"
    notes = [
        f"{NOTE}{c}"
        for i, c in enumerate(cells)
        if c.strip() and i not in (columns.time, columns.people, columns.title, read_body)
    ]
    if not labelled_speakers(said):
        return None  # no one named there (`Session 1`): the row reads as any row
    # Forty-second round. The row's people are its people column's: a colon or brackets in
    # the title cell (`Setting up for DGE Analysis: Count Data QC`, `Pairwise Comparisons
    # (Wald Test)`) say more of the subject and name no one; the title stays whole.
    whole = [f"{TITLE_WHOLE}{title}"] if re.search(r"[:()–—-]", title) else []
    return [f"{times} : {title}", *whole, said, *notes]


_PLACE_HEADS = {"venue", "lieu", "salle", "room", "location", "place", "where", "ou"}
_PLACE_HEADS |= {"venues", "lieux", "salles", "rooms", "locations"}


_TITLE_HEADS = {
    "event",
    "evenement",
    "activity",
    "activite",
    "titre",
    "title",
    "session",
    "intitule",
    # Thirty-seventh round: what a talk is about heads its title's column (`Heure | Intervenant
    # | Sujet`, `Time | Speaker | Topic`).
    "sujet",
    "subject",
    "topic",
    "theme",
}


def place_column_before_title(cells: list[str]) -> tuple[int, int] | None:
    """Twentieth round. A header row naming a place, then the title, each in its cell (`Start |
    End | Location | Activity`): (the number of its cells, the place's cell), else None."""
    heads = [_head(c) for c in cells]
    place = next((i for i, h in enumerate(heads) if h in _PLACE_HEADS), None)
    title = next((i for i, h in enumerate(heads) if h in _TITLE_HEADS), None)
    if place is None or title is None or title < place:
        return None
    return len(cells), place


def only_times_before(cells: list[str], at: int) -> bool:
    """Whether the cells before `at` are times (a row's time columns, its place next)."""
    return at > 0 and all(ONLY_TIMES.match(table_time(c)) for c in cells[:at])


def place_column_first(raw_lines: list[str]) -> bool:
    """Whether the programme's header row names a place before the title (`Time Venue Event`,
    `Heure | Lieu | Intitulé`): its rows then start with the place."""
    for raw in raw_lines[:60]:
        words = [w.strip(" |:*") for w in fold(raw).replace("|", " ").split()]
        words = [w for w in words if w]
        if not words or len(words) > 5 or not all(w in TABLE_HEADER_WORDS for w in words):
            continue
        places = [i for i, w in enumerate(words) if w in _PLACE_HEADS]
        titles = [i for i, w in enumerate(words) if w in _TITLE_HEADS]
        if places and titles and places[0] < titles[0]:
            return True
    return False


_TIME_HEADS = {"time", "times", "heure", "heures", "horaire", "horaires", "hour", "hours"}


def is_row(raw: str) -> bool:
    """Whether a line is a row of a table: between `|`, or cells between tabs."""
    return raw.lstrip().startswith("|") or "\t" in raw.lstrip()


def row_cells(raw: str) -> list[str]:
    """The cells of a row (between `|` or tabs), the empty ones kept (their place says their
    column)."""
    if not raw.lstrip().startswith("|"):
        return [clean_line(c) for c in raw.rstrip().split("\t")]
    inner = raw.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [clean_line(c) for c in inner.split("|")]


# Forty-fifth round. The heading of a column numbering the rows (`#`, `Session #`, `N°`,
# `No.`, `Nr`): a word at most, then the mark of a number.
_NUMBER_HEAD = re.compile(r"^(?:[^\W\d_]+\s*)?(?:#|n°|no\.?|nr\.?|num\.?)$")


def _time_head(cell: str) -> bool:
    """Whether a header cell names the time's column: a time word alone, or the time and what
    the other columns hold, said together across a slash (`Time/Room`, `Horaire / Salle`)."""
    parts = [p.strip(" :*") for p in re.split(r"[/\\]", fold(cell))]
    return parts[0] in _TIME_HEADS


def grid_lead(raw: str) -> int:
    """How many cells a row of a table with a column per room opens with before its time: one
    when its header numbers the rows first (`Session #⇥Time/Room⇥Main Room⇥Side Room`), else
    none."""
    cells = row_cells(raw) if is_row(raw) else []
    return int(len(cells) >= 4 and bool(_NUMBER_HEAD.match(fold(cells[0]).strip(" :*"))))


def grid_columns(raw: str) -> list[str] | None:
    """The columns of a table written with a column per room: its header row names the time's
    column first (or leaves it empty), then two or more columns that are no field of a row
    (`| Time | Amphitheater | Concord Room |`, not `| Heure | Titre | Intervenants |`). The
    time's column may come after one numbering the rows (grid_lead). None for any other
    line."""
    if not is_row(raw) or raw.count("|") + raw.count("\t") < 2:
        return None
    cells = row_cells(raw)[grid_lead(raw) :]
    if len(cells) < 3 or (cells[0] and not _time_head(cells[0])):
        return None
    rooms = cells[1:]
    if any(not c or _names_a_field(c) for c in rooms):
        return None
    if ONLY_TIMES.match(table_time(rooms[0])):
        # Twentieth round. A row whose first cell is empty and whose next one is a range
        # (`⇥09:05-09:50⇥Keynote 1` under a labelled row) is a block of a table whose label
        # column is left empty, not the header of a column per room: no room is a time.
        return None
    return rooms


# Words a header row names the fields of a row with (`| Time | Topic | Presenter |`): such a
# table has a row per block, not a column per room.
_FIELD_WORDS = TABLE_HEADER_WORDS | {
    # Twentieth round. The title's heading in French (`Heure | Lieu | Intitulé`), the places'.
    "intitule",
    "intitules",
    "venues",
    "topic",
    "topics",
    "theme",
    "themes",
    "sujet",
    "sujets",
    "subject",
    "presenter",
    "presenters",
    "presentateur",
    "presentatrice",
    "programme",
    "program",
    "description",
    "details",
    "detail",
    "contenu",
    "content",
    "activites",
    "activities",
    "sessions",
    "type",
    "format",
    "duree",
    "duration",
    "debut",
    "start",
    "fin",
    "end",
    "who",
    "qui",
    "quoi",
    "what",
    "where",
    "ou",
    "chair",
    "host",
    "hosts",
    "orateur",
    "orateurs",
    "moderator",
    "moderateur",
    "animateur",
    "animation",
    "evenements",
    "events",
    "rooms",
    "salles",
    "lieux",
    "locations",
}
# Thirty-eighth round. A column naming the body its row's people belong to (`Time ⇥ Speaker ⇥
# Affiliation ⇥ Title`, `Heure | Intervenant | Structure | Sujet`).
_BODY_HEADS = {"affiliation", "affiliations", "organisation", "organisations", "organization"}
_BODY_HEADS |= {"organizations", "structure", "structures", "institution", "institutions"}
_BODY_HEADS |= {"organisme", "organismes", "company", "employer", "entreprise"}
_FIELD_WORDS |= _BODY_HEADS
_FIELD_WORDS |= _PEOPLE_HEADS  # forty-second round: `Instructor`, `Formatrice` head a field


def _names_a_field(cell: str) -> bool:
    """Whether a header cell names a field of a row (`Topic`, `Intervenant·e·s`), not a room."""
    folded = fold(cell).strip(" :*")
    return folded in _FIELD_WORDS or folded.startswith(("intervenant", "speaker", "titre"))
