"""Programme text → days of blocks, items and speakers (times are settled in `assemble`)."""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

from facilitateur.models.programme.attendance import (
    attendance_label,
    listed_person,
    shouted_lists,
)
from facilitateur.models.programme.bracket_people import (
    conveners_of_a_grid,
    names_in_brackets,
    places_named_alike,
)
from facilitateur.models.programme.clock_days import (
    days_by_the_clock,
    hours_of_the_day,
    parts_by_their_hours,
    split_going_back,
)
from facilitateur.models.programme.date_above import date_before_schedule
from facilitateur.models.programme.days_and_dates import (
    PARTS_OF_DAY,
    dated_in_year,
    dates_in_text,
    day_heading,
    days_listed,
    moment_in_part,
    names_its_day,
    next_day_of_month,
    weekday_of,
)
from facilitateur.models.programme.durations import (
    lengths_under_starts,
    times_from_closing_lengths,
    times_from_durations,
)
from facilitateur.models.programme.given_names import is_given_name
from facilitateur.models.programme.header import body_start, read_header
from facilitateur.models.programme.lines import (
    DAYS_START,
    GRID_SLOT,
    HEADED_MOMENT,
    HEADINGS,
    NEXT_CELL,
    TIMES_IN_BRACKETS,
    UNTIMED_LENGTH,
    Line,
    a_person_alone,
    a_person_from_a_body,
    entries,
    logical_lines,
)
from facilitateur.models.programme.model import (
    Block,
    Day,
    Item,
    Programme,
    ProgrammeError,
    Rule,
)
from facilitateur.models.programme.name_lines import (
    a_bare_name,
    a_body_cell,
    a_brand,
    first_author,
    name_shaped,
    names_joined_by_a_dash,
    names_only,
    names_sharing_description,
    surnames_of_the_named,
)
from facilitateur.models.programme.named_alike import (
    names_alone_alike,
    people_after_a_dash_alike,
    people_named_alike,
    people_with_body_alike,
)
from facilitateur.models.programme.padded_rows import concurrent_rows, padded_columns
from facilitateur.models.programme.people import (
    CIVILITY,
    Speaker,
    labelled_speakers,
    make_speaker,
    name_of_body,
    named_beyond_doubt,
    named_then_function,
    names_no_person,
    people_parts,
    person,
    speaker_list,
    topic_and_person,
)
from facilitateur.models.programme.people import (
    COMMON_WORDS as _NOT_NAMES,
)
from facilitateur.models.programme.people_then_title import a_talk_title, people_alone
from facilitateur.models.programme.roles_and_bodies import (
    ORG_INSIDE,
    ORG_WORDS,
    clean,
    function_then_acronym_body,
    is_role,
    looks_like_org,
)
from facilitateur.models.programme.room_cells import room_cells
from facilitateur.models.programme.said_by import ORG_ANYWHERE, by_people
from facilitateur.models.programme.shared_days import days_named_together
from facilitateur.models.programme.sibling_bullets import siblings_of_the_first
from facilitateur.models.programme.speaker_bios import (
    complete_from_above,
    complete_from_bios,
    named_again,
    once_in_a_block,
    people_before_schedule,
    people_below_to_their_panel,
    people_bulleted_before,
    people_of_a_section_below,
)
from facilitateur.models.programme.table_rows import NOTE, TITLE_WHOLE, place_column_first
from facilitateur.models.programme.times import (
    BLOCK_LINE,
    HOURS_FIRST,
    HOURS_IN_TEXT,
    T1,
    T2,
    ClockTime,
    read_range,
    read_time,
    settle,
    twelve_hour_with_zeros,
    without_zero,
)
from facilitateur.models.programme.times_in_sentences import (
    agenda_points,
    moment_of_an_empty_day,
    moments_of_event,
    numbered_moments,
    one_event,
    one_time_for_all,
    welcome_said_before,
)
from facilitateur.models.programme.title_people import (
    BULLETED,
    DASH_AT,
    SENTENCE,
    SENTENCES,
    STANDALONE_KINDS,
    a_place,
    credits_line,
    first_names_listed,
    function_then_name,
    name_line,
    people_after_ordinal_labels,
    people_joined_by_with,
    role_then_name,
    role_then_person,
    title_and_speakers,
)
from facilitateur.models.programme.topic_people import subject_dash_person, topic_then_people
from facilitateur.models.programme.words import (
    event_kind,
    guess_language,
    is_place,
    kind_and_word,
    kind_of,
    kind_of_a_day,
    meetings_named,
    place_before_title,
    self_run_event,
)
from facilitateur.models.text.folding import fold

# Seventeenth round. How to come to the venue (`Moyens d'accès Métro`, `Accès`, `Comment
# venir`, `Getting there`, `Directions`, `Public transport`): the lines under it (`- ligne 7 :
# Porte d'Italie`, `Bus`, `- Route 12: Main St`) say how to come, not what happens, until the
# next timed line or date.
_DIRECTIONS = re.compile(
    r"^(?:moyens? d'acces|acces(?: (?:en|par|au|a la))?|plan d'acces|comment (?:venir|s'y rendre"
    r"|nous (?:rejoindre|trouver))|pour venir|venir (?:en|a|au)|getting there|how to get there"
    r"|directions|public transport|by (?:bus|metro|subway|train|car)|parking)\b"
)


# A theme written in capitals: three words or more, no lower-case letter.
_THEME_IN_CAPITALS = re.compile(r"^(?=(?:\S+\s+){2,}\S)[^a-zà-ÿ]+$")


_QUOTED_LAST = re.compile(r"\s+[“\"«][^“”\"«»]{3,}[”\"»]?\s*$")


def _a_person_whole(title: str) -> Speaker | None:
    """A title that is a person and nothing else: a function then a name beyond doubt, or a
    name beyond doubt then, after a comma, a function (and a body); None otherwise. The talk's
    title in quotes after them (`Gayle Prest, Director, City of X “Moving the Needle”`) is
    theirs too."""
    quoted = _QUOTED_LAST.search(title)
    title = _QUOTED_LAST.sub("", title)
    if author := first_author(title):
        # Forty-first round. A name then `et al.` (`Moshe Sipper et al. "New Pathways"`):
        # only people have co-authors; the first one speaks.
        return author
    sp = function_then_name(title)
    if sp is not None and kind_of(sp["role"] or ""):
        return None  # `Lightning Talks 2- Chair Alina Berry`: a kind's title, then its chair
    if sp is None and "," in title:
        sp = person(title, strict=False)
        if sp is not None and _named_then_body(title, sp):
            return sp
        if sp is None or not sp["role"] or not is_role(sp["role"]):
            return None
        name = sp["name"] or ""
        if named_beyond_doubt(name, True) and kind_of(name) is None:
            return sp  # a name's shape, then a function after its comma: a person
    if sp is None and quoted and len(title.split()) <= 4:
        # Forty-first round. A name beyond doubt and nothing else before a title in quotes
        # (`Joel Lehman "Evolutionary Computation and AI Safety"`): the talk's speaker, as
        # with a function or a body between them.
        return a_bare_name(title)
    return sp if sp is not None and a_bare_name(sp["name"] or "") else None


def _named_then_body(title: str, sp: Speaker) -> bool:
    """Thirty-fifth round. A title that is a name beyond doubt, a comma, then a body in a few
    capitalised words and nothing else (`Brad Taylor, ONI Crime Prevention Office`, `Claire
    Martin, CNRS`, `Paul Roux, Mairie de Lyon`): that person, from that body (see
    name_lines.a_body_cell: no room, no kind of moment, no sentence)."""
    name, body = sp["name"] or "", sp["organisation"] or ""
    return (
        not sp["role"]
        and bool(body)
        and clean(title).rstrip(" .") == f"{name}, {body}"
        and named_beyond_doubt(name, False)
        and kind_of(name) is None
        and a_body_cell(body)
    )


# Twenty-ninth round. A room's word first (`Espace Littérature Homme et Société`, `Salle du
# Conseil`, `Room 12, University Centre`) names where the block is held, even when a body's
# word follows: under a speaker it is no organisation of theirs.
_ROOM_FIRST = re.compile(r"^(?:espace|salle|room|amphi\w*|auditorium|hall)\b")


class Reader:
    """Walks the logical lines of the schedule, keeping the current day, block and item."""

    def __init__(self, prog: Programme, first_day: Day, lines: list[Line]) -> None:
        self.prog = prog
        self.day = first_day
        self.block: Block | None = None
        self.item: Item | None = None
        self.section = ""
        self.section_start: ClockTime | None = None
        self.section_end: ClockTime | None = None
        self.kind_of_day = ""  # the kind the day's heading names (see on_date)
        self.pending: list[Speaker] = []  # a chair named before the block they chair
        self.last_speaker: Speaker | None = None
        self.lines = lines
        self.index = 0
        self.bulleted_blocks: bool | None = None  # whether the programme's times are bulleted
        self.block_mark = ""  # the bullet the current timed line started with, if one
        # The untimed block a bullet made first under a day given its hours, and that bullet.
        self.bulleted_moment: tuple[Block, str] | None = None
        self.place_first = False  # rows start with their place (a `Time Venue Event` header)
        self.placed = False  # the current block's line named only a place
        self.place_pending = ""  # a place named under it, waiting for its bullet
        self.moments_at_places = False  # moments of their own were read as `Place : what`
        self.about: Block | None = None  # a block titled by its speaker: their subject under
        self.people_titled: Block | None = None  # a block titled by its people alone, waiting
        self.signed = -9  # the line of a letter's closing words: names just after sign it
        self.attending = False  # under a list of who attends a sitting (see attendance)
        self.theme = ""  # the theme of the block's part being listed (`THEME 1 : …`)
        self.night_moments = False  # under a part of the day without a time, after timed blocks
        self.day_said_again = False  # the day's date written again under its timed blocks
        # Timed blocks titled by a bare name, each with the person it names (twentieth round).
        self.name_titled: list[tuple[Block, Speaker]] = []
        # The block a table's row titled by a person's name made, that person, and how many of
        # the row's other cells were read as theirs (thirty-fifth round, see on_note).
        self.row_person: tuple[Block, Speaker, int] | None = None
        self.shaped_rows: list[tuple[Block, Speaker]] = []
        self.cells_taken: list[tuple[Block, Speaker, list[str]]] = []
        # For each line, whether an unbulleted timed line comes after it.
        self.resumes = [False] * len(lines)
        # For each line, the next day's heading or unbulleted timed line after it, if one.
        self.next_stop: list[Line | None] = [None] * len(lines)
        later = False
        stop: Line | None = None
        for i in range(len(lines) - 1, -1, -1):
            self.resumes[i] = later
            self.next_stop[i] = stop
            plain = lines[i].kind == "block" and not BULLETED.match(lines[i].text)
            later = later or plain
            if plain or lines[i].kind == "date":
                stop = lines[i]
        self.listed = shouted_lists(lines, prog.language)
        prog.days.append(first_day)

    def read_all(self) -> None:
        """Read every line, in order."""
        directions = False
        for index, line in enumerate(self.lines):
            self.index = index
            if line.kind in ("text", "bullet", "heading", "section"):
                if len(line.text) <= 40 and _DIRECTIONS.match(fold(line.text)):
                    directions = True
                if directions:
                    continue  # how to come: no block, and listed as not read
            directions = False
            if self._listed_as_attending(line):
                continue  # who attends, is excused or gives a proxy: listed as not read
            self.prog.used.update(line.nos)
            if line.rule == NEXT_CELL and self._next_track(line):
                continue
            getattr(self, f"on_{line.kind}")(line)
            if line.kind != "text":
                self.last_speaker = None if line.kind != "bullet" else self.last_speaker
        if len(self.name_titled) >= 2:
            # Twentieth round. Timed blocks titled by a bare name, a known given name then a
            # last name (`14h-14h30 : Cédric Morgan`, `14h45 : Mireille Calmel`), are those
            # people's moments when the programme has two or more: one alone may be a thing
            # named so (`Summer Camp`, `Victoria Station`, `Grace Period`).
            for block, sp in self.name_titled:
                block.speakers.append(sp)
            bodied = sum(
                1 for b, sp in self.name_titled if b.rule == Rule.TABLE_ROW and sp["organisation"]
            )
            if bodied >= 2:
                # Thirty-fifth round. In a table whose rows are people's (two or more titled
                # by a known given name and a last name, each with the body they come from
                # in the next cell), a row titled by two to four capitalised words with its
                # body in the next cell (`11:31 ⇥ Mansha Imtiyaz ⇥ Blanchette ⇥ …`) is a
                # person's too, though their given name is not a known one.
                for block, sp in self.shaped_rows:
                    if sp["organisation"] and not block.speakers:
                        block.speakers.append(sp)
        for block, sp, cells in self.cells_taken:
            if not any(s is sp for s in block.speakers):
                # Read as no one's in the end: the cells taken as theirs are notes again.
                block.description = " · ".join(x for x in [block.description, *cells] if x)
        for day in self.prog.days:
            said_again_with_its_range(day)
            moments_after_the_list(day)
            siblings_of_the_first(day)
            conveners_of_a_grid(day.blocks)
        complete_from_bios(self.prog, self.lines)
        named_again(self.prog)
        people_of_a_section_below(self.prog)
        places_named_alike([b for d in self.prog.days for b in d.blocks])
        once_in_a_block(self.prog)

    def _listed_as_attending(self, line: Line) -> bool:
        """Thirty-sixth round. A sitting's minutes list who attends, is absent or excused,
        gives a proxy or keeps the minutes (`Etaient présents :`, `Present:`, `Apologies: Ann
        Lee`, `Pouvoirs :`, `Secrétaire de séance : Paul Roux`): the label's line and each line
        under it naming a person first (`Patrick BAUDIN`, `- Carmen PICAZO a donné pouvoir à
        …`, `Tom Reed, Treasurer`) name no one who speaks. The list runs on over other short
        lines (the communes in capitals, a page number), read as they would be, and ends at
        a timed line, a date or any other line."""
        if line.kind not in ("text", "bullet", "heading", "section"):
            self.attending = False
            return False
        if attendance_label(line.text):
            self.attending = True
            return True
        if not self.attending:
            return False
        if listed_person(line.text):
            return True
        text = line.text.strip()
        self.attending = text.isdigit() or (text.isupper() and len(text.split()) <= 4)
        return False

    # Line kinds ------------------------------------------------------------------------------
    def on_heading(self, line: Line) -> None:
        self.block = self.item = None
        self.night_moments = False

    def on_date(self, line: Line) -> None:
        found = day_heading(line.text)
        if found is None:  # classified as a date by the same test: never
            return
        label, when, rest = found
        if when is not None and (span := days_listed(line.text)) and span[-1] == when:
            # Thirtieth round. Days listed before their one month and year heading the
            # schedule (`24 et 25 mars 2017`): it starts on the first of them (see
            # days_listed); the days after it follow as its clock goes back.
            label, when = line.text.strip(" :"), span[0]
        self.night_moments = False
        self.kind_of_day = ""
        if when is None and self.day.date is not None:
            # "Samedi 14 mai après-midi" under "Samedi 14 mai 2022 matin" is the same day.
            from facilitateur.models.programme.days_and_dates import find_date

            with_year = find_date(f"{label} {self.day.date.year}")
            when = with_year[1] if with_year and with_year[1] == self.day.date else None
            # Thirty-first round. A weekday and its day of the month alone (`SAMEDI 14`
            # after `VENDREDI 13`, under `les 13 / 14 / 15 septembre 2002`): the first such
            # day from the day before it, when its weekday agrees.
            when = when or next_day_of_month(label, self.day.date)
        elif (
            when is not None
            and self.day.date is None
            and self.day.label
            and dated_in_year(self.day.label, when.year) == when
        ):
            # Twenty-fourth round. The day's date written again with its year (a page's box
            # `Date:` then `Saturday, October 26, 2019` under a schedule headed `Saturday
            # October 26`) is the day already begun, now with its year: the same date twice
            # is one day, as `Samedi 14 mai après-midi` under `Samedi 14 mai 2022` is.
            self.day.date = when
        # Twelfth round. A weekday alone, or with a part of the day (`Friday Night` under
        # `Friday, November 20th`), is the day already begun when it is that day's weekday.
        same = (
            self.day.label == label
            or (when is not None and self.day.date == when)
            or (
                when is None
                and fold(label).strip(" .:,").lower() == weekday_of(label)
                and weekday_of(label) == weekday_of(self.day.label)
            )
        )
        self.day_said_again = same and any(b.start is not None for b in self.day.blocks)
        if same and rest and self._timed_before() and _UNTIMED_PART.fullmatch(fold(rest)):
            self.night_moments = True  # `Friday Night` under `Friday, November 20th`
        if not same:
            if self.day.blocks or self.day.label:
                self.day = Day()
                self.prog.days.append(self.day)
            self.day.label, self.day.date, self.day.line = label, when, line.no
        self.block = self.item = None
        # Twenty-fifth round. A slash between the date and its hours parts them as a
        # comma does (`Vendredi 7 février / à partir de 18h`, `Friday 3 May / 9am-5pm`).
        rest = re.sub(r"^[/·]\s*", "", rest)
        if rest and (hours := HOURS_IN_TEXT.match(rest)):
            # The day's hours on its heading (`Dimanche 15 février (10h-12h)`): its last block
            # ends with them.
            self.day.start, self.day.end = read_time(hours, "a"), read_time(hours, "b")
            rest = rest[hours.end() :].strip(" ,)")
        elif rest and (hours := HOURS_FIRST.match(rest)):
            # Twelfth round. The day's hours written just after its date, without a
            # preposition (`June 16, 2018, 2:00-4:30 pm, Community Centre`), am/pm written
            # once serving both.
            self.day.start, self.day.end = read_range(hours)
            rest = rest[hours.end() :].strip(" ,;.")
        elif rest and (start := DAYS_START.match(rest)):
            # Seventeenth round. The day's start after its date (`Le 6 Mai 2009 à 17h30 à
            # L'EPITECH :`): when it begins, and where; no heading for the blocks under it.
            self.day.start = read_time(start, "s")
            place = (start.group("place") or "").strip()
            if place:
                self.prog.venue = self.prog.venue or clean(place)
            rest = ""
        if rest and is_place(rest):
            self.prog.venue = self.prog.venue or clean(rest)  # the day's place
        elif rest and (moment := moment_in_part(rest)):
            self._moment_in_part(line, *moment)  # `Saturday Morning Potluck Breakfast`
        elif rest:
            self.section, self.section_start = rest[:1].upper() + rest[1:], None
            self.section_end = None
            self.kind_of_day = kind_of_a_day(rest, self.prog.language)

    def _free_part_after(self, line: Line, text: str) -> bool:
        """Thirty-third round. After a block given its end (`3:45-5:00pm Seminars`), a line
        naming a part of the day left free (`Free Evening`, `Soirée libre`, `Free afternoon`)
        is no part of that block, nor a heading of what follows: the day's next moment, from
        that end."""
        b = self.block
        if b is None or b.start is None or b.end is None or not _FREE_PART.fullmatch(fold(text)):
            return False
        self._new_block(line, clean(text), [], Rule.UNTIMED)
        return True

    def on_section(self, line: Line) -> None:
        if self._free_part_after(line, line.text):
            return
        if (
            self.block is not None
            and self.block.start is not None
            and (theme := _THEME.match(line.text))
        ):
            # Twelfth round. A numbered theme under a timed block (`THEME 1 : Le Sénégal …`,
            # `Theme 2: Open data`) is what the people listed under it speak on, within that
            # block; it is no heading ending the block.
            self.theme = clean(line.text[theme.end() :]).rstrip(" .") or ""
            self.item = None
            return
        if self.block is not None and self._one_of_the_blocks_parts(line.text):
            # Twenty-third round. A numbered session under a timed block that names its
            # sessions in the plural (`1:30pm – 2:30pm: CONCURRENT SESSIONS`, then `SESSION 1:
            # Diplomacy at the Local Level: … Panel`, `Ateliers en parallèle` then `Séquence
            # 2 : …`) is one of them, within that block: no heading ending it, but its part,
            # the people listed under it that part's.
            title, speakers, _minutes = title_and_speakers(line.text)
            self.theme = ""
            self.item = Item(title, line.no, speakers=speakers)
            self.block.items.append(self.item)
            return
        self.block = self.item = None
        if moment := moment_in_part(line.text):
            self._moment_in_part(line, *moment)
            return
        if said := self._part_said_before_the_next_day(line.text):
            # The line is its title as written; what happens names its kind (`Soirée :
            # projection …` is a film, not the evening's meal).
            self.section, self.section_start = said[0], None
            self.section_end = None
            in_part = self._new_block(line, clean(line.text), [], Rule.UNTIMED)
            in_part.all_day = True
            in_part.kind, in_part.kind_word = kind_and_word(said[1], self.prog.language)
            return
        self.night_moments = self._timed_before() and bool(_UNTIMED_PART.fullmatch(fold(line.text)))
        self.section = line.text
        self.kind_of_day = ""  # a part of the day with its own heading
        hours = HOURS_IN_TEXT.search(line.text)
        self.section_start = read_time(hours, "a") if hours else None
        # Thirty-fifth round. A part's heading giving its hours (`Matin (9h00 - 12h00)`,
        # `Afternoon (1:30 - 5:00)`) says when its last block ends, the next part starting
        # later: kept for that block (see assemble).
        self.section_end = read_range(hours)[1] if hours else None

    def _part_said_before_the_next_day(self, text: str) -> tuple[str, str] | None:
        """Twenty-fifth round. A part of the day, a colon, then what happens in it in words
        (`Soirée : projection d’extraits du film …, échanges-débat`, `Evening: film screening
        and discussion`), with nothing after it before the next day's heading, heads no
        blocks: it is a moment of its own in that part, no time guessed for it. (The part,
        the moment), or None. Under such a heading with timed lines (`Matin : Agricultures
        des villes …`), or at the end of the page, it stays a heading or a note."""
        part = PARTS_OF_DAY.match(fold(text))
        if part is None or not (said := re.match(r"\s*:\s*(\S.*)$", text[part.end() :])):
            return None
        moment = said.group(1).strip()
        if len(moment.split()) < 3 or _SOME_TIME.search(moment):
            return None
        after = self.lines[self.index + 1 : self.index + 2]
        if not after or after[0].kind != "date":
            return None
        return text[: part.end()], moment

    def _one_of_the_blocks_parts(self, text: str) -> bool:
        """Whether a part's heading (`Session 1: …`) is one of the parts the timed block above
        names in the plural (`Concurrent Sessions`), before the next time."""
        b = self.block
        if b is None or b.start is None or not (part := _NUMBERED_PART.match(text)):
            return False
        plural = fold(part.group(1)) + "s"
        return re.search(rf"\b{plural}\b", fold(b.title)) is not None

    def _timed_before(self) -> bool:
        return any(b.start is not None for b in self.day.blocks)

    def _night_moment(self, line: Line, text: str) -> bool:
        """Nineteenth round. Under a part of the day named without a time after the day's
        timed blocks (`Friday Night`, `Saturday Night:`, `Soirée`, `Evening`), each short
        title, on its line or bulleted (`Space Provided for Team Hacking`, `• CodeProm?`,
        `Jeux et veillée`), is a moment of its own in that part of the day, no time guessed
        for it, no part of the one above. Whether the line was read so."""
        if (
            not self.night_moments
            or len(text) > 60
            or len(text.split()) > 8
            or not text[:1].isupper()
            or text.rstrip().endswith((".", ":", ";", ","))
            or _SOME_TIME.search(text)
            or _THEME_IN_CAPITALS.match(text)  # the part's theme (see on_text)
        ):
            return False
        title, speakers, minutes = title_and_speakers(text)
        moment = self._new_block(line, title, speakers, Rule.UNTIMED)
        moment.all_day, moment.duration = True, minutes
        return True

    def _moment_in_part(self, line: Line, part: str, moment: str) -> None:
        """An untimed moment of a part of the day (`Evening Groups go to dinner`, see
        `moment_in_part`): a block of its own under that part, no time guessed for it (the
        part says roughly when, as `• Le matin : Marché` does)."""
        self.section, self.section_start = part, None
        self.section_end = None
        self._new_block(line, clean(moment), [], Rule.UNTIMED).all_day = True

    def _surnames_named(self, text: str) -> list[Speaker]:
        """Last names after a label, of people the programme named in full above (see
        name_lines.surnames_of_the_named); []."""
        if len(text) > 120:
            return []
        days = self.prog.days if self.day in self.prog.days else [*self.prog.days, self.day]
        known = {
            fold(sp["name"].split()[-1])
            for day in days
            for block in day.blocks
            for sp in block.speakers
            if sp["name"] and len(sp["name"].split()) > 1
        }
        return surnames_of_the_named(text, known) if len(known) > 1 else []

    def _topic_of_the_one_named(self, text: str) -> bool:
        """Forty-second round. Under a timed block whose title is one person, perhaps with
        their body, and nothing else (`9:30am Axel Kilian, Princeton University`, `1:30pm
        Stephanie Morgan` named beyond doubt), a first line in lower
        case (`architecture, computational design`) says what they speak about: their topic,
        no part of the block (lines._continues keeps it apart). Whether it was read so."""
        block = self.block
        if block is None or block.items or block.description or _SOME_TIME.search(text):
            return False
        if not block.speakers and block.start and (named := a_bare_name(block.title)):
            # A name beyond doubt alone (`1:30pm Stephanie Morgan`), then what they speak
            # about: their talk.
            block.speakers = [{**named, "topic": clean(text)}]
            return True
        if len(block.speakers) != 1:
            return False
        sp = block.speakers[0]
        if sp["topic"] or not sp["organisation"] or _SOME_TIME.search(text):
            return False
        if block.title not in (sp["name"], f"{sp['name']}, {sp['organisation']}"):
            return False
        sp["topic"] = clean(text)
        return True

    def on_note(self, line: Line) -> None:
        if self.block is not None and line.text.startswith(TITLE_WHOLE):
            # A row read by its header: people read from its title cell are none, and the
            # title is the cell as written; its people come from their own column only
            # (table_rows.headed_row).
            if self.block.speakers:
                self.block.title, self.block.speakers = line.text[len(TITLE_WHOLE) :], []
            return
        if self.block is not None:
            note = line.text[len(NOTE) :]
            if self._cell_of_the_named(note):
                return
            self.block.description = f"{self.block.description} · {note}".strip(" ·")

    def _cell_of_the_named(self, cell: str) -> bool:
        """Thirty-fifth round. In a table's row whose title is a person's name alone
        (`09:30 ⇥ Ann Lee ⇥ McGill ⇥ RNA localization`), the next cell, when it names a body
        (see name_lines.a_body_cell), is where they come from, and the cell after it the subject
        they speak on: both are theirs, not notes on the block. Whether the cell was read so."""
        if self.row_person is None or self.row_person[0] is not self.block:
            return False
        block, sp, taken = self.row_person
        if taken == 0 and not sp.get("organisation") and a_body_cell(cell):
            sp["organisation"] = clean(cell)
        elif taken == 1 and not sp.get("topic") and not is_place(cell):
            sp["topic"] = clean(cell)
        else:
            self.row_person = None
            return False
        if taken == 0:
            self.cells_taken.append((block, sp, []))
        self.cells_taken[-1][2].append(clean(cell))
        self.row_person = (block, sp, taken + 1)
        return True

    def _after_block_ends(self, text: str) -> bool:
        """Twelfth round. Whether a bulleted time starts when the block above has ended, both
        said beyond doubt (am/pm or the 24-hour clock): then it is no part of that block but
        one of its own (`2:15pm - 3:00pm: Agenda Setting` then `• 3:00pm - 4:00pm: Period 1`,
        `• 15h - 16h Atelier 1` under `14h - 15h Lancement`)."""
        end = self.block.end if self.block is not None else None
        m = BLOCK_LINE.match(BULLETED.sub("", text))
        start = read_range(m)[0] if m else None
        return (
            start is not None
            and end is not None
            and start.explicit
            and end.explicit
            and start.minutes >= end.minutes
        )

    def _resumes_the_same_day(self, line: Line) -> bool:
        """Forty-sixth round. Whether the next unbulleted time after a bulleted one goes on with
        the same day: not when a day's heading comes first, nor when that time goes back from
        the afternoon to the morning (`18H30 Débat public`, `• 21H00 : repas`, then `9H à 10H00
        : …` under the next day's assembly): the bulleted time is then the day's last block,
        not a timed part of the block above, whose parts the day's next times would close."""
        after = self.next_stop[self.index]
        if after is None or after.kind == "date":
            return after is None
        here, m = BLOCK_LINE.match(line.text), BLOCK_LINE.match(after.text)
        start = read_time(here, "a") if here else None
        then = read_time(m, "a") if m else None
        return not (
            start is not None
            and then is not None
            and start.minutes >= 12 * 60
            and then.minutes < 12 * 60
            and (then.explicit or start.explicit)
        )

    def _holds_no_parts(self) -> bool:
        """Twenty-seventh round. Whether the block above is a welcome, a break or a meal with
        its start alone (`9h30 : Accueil café`, `12:30 Lunch`): people arrive, eat or rest
        there, no programme runs inside it, so the bulleted times under it (`-10h :
        Présentation`, `-11h30 Pause`) are the day's next blocks, not its timed parts. A
        session with parts (`11:00 Session 2: World Café`, `• 11:10 First round`) keeps them."""
        b = self.block
        return (
            b is not None
            and b.end is None
            and kind_of(b.title, self.prog.language) in ("welcome", "break", "meal")
        )

    def on_block(self, line: Line) -> None:
        self.night_moments = False
        if self.day_said_again and self._the_days_hours_again(line):
            return
        bulleted = bool(BULLETED.match(line.text))
        self.block_mark = line.text[0] if bulleted else ""
        if self.bulleted_blocks is None:
            self.bulleted_blocks = bulleted
        elif (
            bulleted
            and not self.bulleted_blocks
            and self.block
            and self.resumes[self.index]
            and self._resumes_the_same_day(line)
            and not self._after_block_ends(line.text)
            and not self._holds_no_parts()
            # Twenty-seventh round. Under a block itself bulleted (one made a block by the
            # rule above), a bulleted time is that block's sibling, with the same mark.
            and not (self.block.mark and self.block.mark == self.block_mark)
        ):
            # A bulleted time under an unbulleted one, the unbulleted times going on after it:
            # a timed part of the block above ("• 11:10 First round").
            text = BULLETED.sub("", line.text)
            title, speakers, _minutes = title_and_speakers(text)
            self.item = Item(title, line.no, speakers=speakers)
            self.block.items.append(self.item)
            return
        m = BLOCK_LINE.match(line.text)
        if m is None:  # classified as a block by the same pattern: never
            return
        rest, aside = m.group("rest"), ""
        if rest[:1] == "(" and (said := _ASIDE_BEFORE_TITLE.match(rest)):
            # Twenty-fourth round. A bracket right after the times, then a colon or a dash and
            # the title (`15h00-18h30 (avec pause entre 16h40 et 17h15) : Séquence …`,
            # `2:00-5:00pm (with a break at 3:30): Workshops`), says something of those times:
            # a note on the block, never its title nor its kind. A duration stays one.
            rest, aside = rest[said.end() :], clean(said["aside"])
        first, *others = SENTENCES.split(rest)
        if (
            others
            and len(first.split()) <= 3
            and first[:1].isupper()
            and kind_of(first, self.prog.language) is None
            and kind_of(others[0], self.prog.language) in ("talk", "panel", "workshop", "film")
        ):
            # Thirteenth round. A subject of a few capitalised words, then a sentence saying
            # how it is treated: a talk, a panel, a workshop, a film (`Smart Growth. Power
            # Point presentation by Tom Lancaster.`, `Les haies. Conférence de Jean Martin.`):
            # one title, the subject first. A note after it (`Inscription au préalable …`)
            # stays a note.
            first, others = f"{first}. {others[0]}", others[1:]
        title, speakers, minutes = title_and_speakers(first if others else rest)
        named_title = a_bare_name(title) if not speakers else None
        if named_title is not None:
            named_title = {**named_title}  # completed from the row's cells: never a kept answer
        if named_title and _CIVIL_TITLE.match(title):
            # Twentieth round. A timed block whose whole title is a person's name after a
            # civility (`10:00 Dr Ann Lee`) is their moment; the name stays the title.
            speakers, named_title = [named_title], None
        if not speakers and not named_title and (whole := _a_person_whole(title)):
            # Twenty-fifth round. A timed block whose whole title is a person named beyond
            # doubt with their function, first (`6:45 LHENA President Frank Brown`) or after
            # the name (`7:45 Gayle Prest, Sustainability Director, City of Minneapolis`), is
            # their moment; the title stays as written.
            speakers = [whole]
        notes = []
        for sentence in others:  # "… par M. X, Adjoint. Introduction par Mme Y, Maire."
            if people := (
                labelled_speakers(sentence)
                or (by_people(sentence) or ("", []))[1]
                or role_then_name(sentence)
                or (role_then_person(sentence) or ("", []))[1]
            ):
                speakers = [*speakers, *people]
            elif people := names_in_brackets(sentence):
                # Twenty-first round: names in brackets in the sentence (`Presentation (Jakob
                # Steiner, Fabien Maussion) and open discussion …`), which stays a note.
                speakers = [*speakers, *people]
                notes.append(sentence)
            else:
                notes.append(sentence)
        place = ""
        if self.place_first and (at := place_before_title(title)):
            place, title = clean(title[:at]), clean(title[at:])  # "Theater Room Opening Remarks"
        elif (dash := DASH_AT.search(title)) and a_place(title[dash.end() :]):
            # "Quartier 1 – à l'auditorium Dom Vayssette, 3 rue …", "Session 2 – at the
            # library": where the meeting is held, after a dash, is no word of its title.
            place, title = clean(title[dash.end() :]), clean(title[: dash.start()])
        elif (
            (said := _PLACE_THEN_COLON.match(title))
            and a_place(said["place"])
            and kind_of(said["place"], self.prog.language) is None
        ):
            # Eleventh round. A place said with its preposition, then a colon, opens the line
            # where the time's place is said before what happens there (`A 10 h 45 à la
            # Mairie : Rassemblement …`, `6:00 pm at the Town Hall: Reception`).
            place, title = clean(said["place"]), clean(title[said.end() :])
        elif (
            title[:1] in "deEsSiIoO"
            and (said := _WHERE_THEN_COLON.match(title))
            and said.end() < len(title) - 3
        ):
            # Twentieth round. Where it happens, said with `dans le`, `en extérieur`, `sous
            # les`, `inside the`, `outdoors`, or a room named, then a colon, then what happens (`De 13h30 à 16h dans le
            # cinéma Eden : conférence …`, `en extérieur : fabriquez …`, `outdoors: Picnic`):
            # the place is no word of the title, whatever kind its words name (`cinéma`).
            place, title = clean(said["place"]), clean(title[said.end() :])
        rule = {
            "table row": Rule.TABLE_ROW,
            GRID_SLOT: Rule.TABLE_ROW,
            "time alone on its line": Rule.TIME_ALONE,
            "title then times": Rule.TITLE_FIRST,
        }.get(line.rule, Rule.TIMED_LINE)
        block = self._new_block(line, title, speakers, rule)
        self.about = None
        self.people_titled = (
            block if rule == Rule.TIMED_LINE and people_alone(clean(rest)) else None
        )
        if rule == Rule.TIMED_LINE and not others and (name := a_person_from_a_body(line.text)):
            # Forty-second round. A timed line that is a person then their body (`9:30am Axel
            # Kilian, Princeton University`, `11h Claire Martin, CNRS`): their talk, titled by
            # their name (the body is theirs, not the talk's); a line in lower case under it
            # says what they speak about (see lines.a_person_from_a_body).
            block.title, block.kind = name, "talk"
            self.about = block
        elif rule == Rule.TIMED_LINE and not others and a_person_alone(line.text):
            self.about = block  # `1:30pm Stephanie Morgan`: their talk if a subject follows
        if named_title:
            self.name_titled.append((block, named_title))
        named = named_title or (speakers[0] if len(speakers) == 1 else None)
        self.row_person = None
        if line.rule == "table row" and named is None and name_shaped(title):
            # A name the list of given names lacks (`Mansha Imtiyaz`): theirs only when the
            # row gives a body and other rows of the table are people's (see _finish).
            named = make_speaker(title)
            self.shaped_rows.append((block, named))
        if line.rule == "table row" and named is not None and named["name"] == title:
            self.row_person = (block, named, 0)
        block.mark, block.aside = self.block_mark, aside
        block.start, block.end = read_range(m)
        block.duration = minutes
        hours = _HOURS_ENDING.search(title)
        if block.end is None and hours and read_time(hours, "a") == block.start:
            # "10h00 : Foire d’automne avec de nombreux exposants de 10h00 à 16h00": the hours
            # ending the title, from the block's own start, say its end.
            block.end, block.title = read_time(hours, "b"), clean(title[: hours.start()])
        elif (
            block.end is None
            and block.start is not None
            and (until := _UNTIL_ENDING.search(title))
            and (end := read_time(until, "b")) is not None
            and until.start() > 0
            and _later_on_the_clock(end, block.start)
        ):
            # Twenty-sixth round. The end said alone at the end of the title, after `jusqu’à`,
            # `until`, `till` (`10H  Ouverture des stands jusqu’à 12h00.`, `2 pm Exhibits open
            # until 5 pm`): the block runs until then, not until the next time of the page,
            # which other moments start within it.
            block.end, block.title = end, clean(title[: until.start()])
        if notes or place:
            block.description = clean(" · ".join(x for x in (place, " ".join(notes)) if x))
        if notes and self.block is block:
            # Thirty-sixth round. The sentences after a timed title say who leads or speaks
            # as those under it do (`15h Animations (…). Didier donnera quelques infos …`).
            for note in notes:
                self._leaders_in_prose(note)
        self.placed = is_place(title) and not speakers and not others
        if self.placed:
            block.description = title  # where it happens; its title is in the bullet under

    def _the_days_hours_again(self, line: Line) -> bool:
        """Twenty-fourth round. Under the day's date written again below its schedule (a
        page's box: `Date:` then `Saturday, October 26, 2019`, `Time:` then `9:30am -
        2:00pm`, `Location:` then a place), a range from the day's first start to its last
        end is the day's hours said again, never a block; what follows it, a place, is the
        venue. Any other time there is a block, as before."""
        self.day_said_again = False
        m = BLOCK_LINE.match(line.text)
        timed = [b for b in self.day.blocks if b.start is not None]
        if m is None or not timed:
            return False
        start, end = read_range(m)
        first, last = timed[0].start, timed[-1].end or timed[-1].start
        if start is None or end is None or first is None or last is None:
            return False
        if (start.minutes - first.minutes) % 720 or (end.minutes - last.minutes) % 720:
            return False
        rest = m.group("rest").strip()
        if rest and not is_place(rest):
            return False
        if rest:
            self.prog.venue = self.prog.venue or clean(rest)
        self.day.start, self.day.end = start, end
        self.block = self.item = None
        return True

    def on_bullet(self, line: Line) -> None:
        content = line.content
        if self._night_moment(line, content):
            return
        if self.block is None and self.day.label and _ALL_DAY.search(content):
            self._all_day_block(line, content)  # "• Le matin : Marché" first under a day
            return
        if (
            self.block is None
            and self.day.date is not None
            and any(d.blocks for d in self.prog.days if d is not self.day)
            and kind_of(content, self.prog.language) is not None
        ):
            # Twentieth round. Under a dated day of a programme whose other days have their
            # blocks, a bulleted line naming a kind of moment (`Day 3 (Wednesday, 5 April)`
            # then `• Community paper writing workshop`, `• Visite du site`) is that day's
            # moment, its time not said: the day is no heading of words about the event.
            title, speakers, minutes = title_and_speakers(content)
            moment = self._new_block(line, title, speakers, Rule.UNTIMED)
            moment.duration, moment.time_unsaid = minutes, True
            return
        if self.block is None:
            self.on_text(Line(line.no, content, "text", nos=line.nos))
            if self.block is not None and self.block.start is None and self.day.start is not None:
                self.bulleted_moment = (self.block, line.bullet)
            return
        if (
            self.bulleted_moment is not None
            and self.bulleted_moment[0] is self.block
            and self.bulleted_moment[1] == line.bullet
            and not self.block.items
        ):
            # Sixteenth round. Under a day heading giving only its hours (`Mercredi 14
            # juillet 2021 de 16h00 à 19h00`, `Friday, May 3, 2024 from 4:00 pm to 7:00
            # pm`), a list without times (`- Accueil …`, `- Soirée libre`, `- Feux
            # d’artifices`) is the day's moments, each its own block: none is a part of the
            # first, which takes the day's hours; the others have no time said.
            title, speakers, minutes = title_and_speakers(content)
            first = self.block
            if first.start is None and not first.time_unsaid:
                first.start, first.end = self.day.start, self.day.end  # the first takes the hours
            moment = self._new_block(line, title, speakers, Rule.UNTIMED)
            moment.duration, moment.time_unsaid = minutes, True
            self.bulleted_moment = (moment, line.bullet)
            return
        if self.placed or self.place_pending:
            self._titled_by_bullet(line, content)
            return
        spoken = self._speakers_in(content, line.bullet)
        if spoken is not None:
            self._add_speakers(spoken)
            return
        if _ALL_DAY.search(content) and self.block.start is not None:
            self._all_day_block(line, content)
            return
        title, speakers, _minutes = title_and_speakers(content)
        self.item = Item(title, line.no, speakers=speakers, bullet=line.bullet)
        self.block.items.append(self.item)
        if self.block.item_bullet is None:
            self.block.item_bullet = line.bullet

    def _all_day_block(self, line: Line, content: str) -> None:
        """`• Fête foraine toute la journée`, `• All day: book fair`, `• Le matin : Marché`
        among timed bullets: what lasts the day, or a part of it, is no part of the timed
        block above; it is a moment of its own, without a time (none is guessed for it)."""
        label = _PART_OF_DAY_LABEL.match(content)
        title, speakers, _minutes = title_and_speakers(content[label.end() :] if label else content)
        self._new_block(line, title, speakers, Rule.UNTIMED).all_day = True

    def _titled_by_bullet(self, line: Line, content: str) -> None:
        """Under a time that names only a place, the bullet is the block's title; under another
        place named after it, another block at the same time (parallel activities)."""
        title, speakers, _minutes = title_and_speakers(content)
        b = self.block
        if b is None:
            return
        if self.placed:
            b.title, b.speakers = title, [*b.speakers, *speakers]
            if self.place_pending:
                b.description = f"{b.description} · {self.place_pending}"
        else:
            parallel = self._new_block(line, title, speakers, b.rule)
            parallel.start, parallel.end = b.start, b.end
            parallel.description = self.place_pending
        self.placed, self.place_pending = False, ""

    def _place_of_a_parallel_block(self, text: str) -> bool:
        b = self.block
        if b is None or b.start is None or not is_place(text):
            return False
        return self.placed or bool(b.items and b.description)

    def _chair_of_next_session(self, text: str) -> bool:
        """Eleventh round. A chair label naming a session (`Présidence de la première
        séance : …`, `Chair of the afternoon session: …`) under a welcome, a meal or a break,
        which are no sessions, chairs the next block."""
        label = fold(text.partition(":")[0])
        return (
            self.block is not None
            and bool(_SESSION_CHAIR.search(label))
            and kind_of(self.block.title, self.prog.language) in ("welcome", "meal", "break")
        )

    def _said_about_then(self, text: str) -> str | None:
        """Twenty-fifth round. Among timed lines, a short title then its time at the end,
        said to be about then (`Fin des travaux vers 18h30`, `Closing around 5:30 pm`,
        `Dinner at 7pm`), is a moment starting then, as a time first on the line would be:
        the line it is read as, time first. Only when that time comes after the block
        above has started (and after its end, when that is said: `Meeting estimated to end
        around 5pm` under `2:45-17:00` says that end again). None for any other line."""
        b = self.block
        m = _ABOUT_THEN.match(text)
        if m is None or b is None or b.start is None or len(m["title"].split()) > 6:
            return None
        t = read_time(m, "a")
        if t is None or t.minutes <= b.start.minutes:
            return None
        if b.end is not None and t.minutes <= b.end.minutes:
            return None  # the end of the block above said again (`Meeting to end around 5pm`)
        return f"{m['time']} {m['title'].strip()}"

    def on_text(self, line: Line) -> None:
        text = line.text
        if self.about is not None and self.about is self.block and text[:1].islower():
            talk, self.about = self.about, None
            # What they speak about is both the talk's description and the speaker's topic
            # (read before the description, which it requires empty).
            self._topic_of_the_one_named(text)
            talk.description = f"{talk.description} · {text}".strip(" ·")
            talk.kind = talk.kind or "talk"
            return
        if self.people_titled is not None:
            talk, self.people_titled = self.people_titled, None
            if (
                talk is self.block
                and not talk.items
                and not talk.description
                and a_talk_title(text)
            ):
                # Forty-fourth round. Under a timed line naming only its people, each with
                # their body in brackets, the first line is the title of what they present
                # (see people_then_title): the talk's title; its speakers stay those read.
                talk.title = title_and_speakers(text)[0] or clean(text)
                talk.kind = talk.kind if talk.kind not in (None, "other") else "talk"
                return
        if self.block is not None and self.block.start is None and TIMES_IN_BRACKETS.match(text):
            # Forty-second round. Under an untimed moment, hours in brackets on a line of
            # their own are a note on it (see lines.TIMES_IN_BRACKETS), no part of it.
            b = self.block
            b.description = f"{b.description} · {text}".strip(" ·")
            return
        if line.no - self.signed <= 3 and (speaker_list(text) or name_line(text)):
            # Eleventh round. Names just after a letter's closing words (`nous vous adressons
            # nos salutations`, `Best regards,`) sign the page: nobody speaks in a block.
            return
        if _LETTER_CLOSING.search(fold(text)):
            self.signed = line.no
        if len(text) <= 40 and _NOT_KNOWN_YET.fullmatch(fold(text)):
            # Twenty-sixth round. A line saying only that its content is not known yet (`TBC`,
            # `TBA`, `À confirmer`, `To be announced`) stands where a title or a note will be:
            # no moment and no part of one. Listed as not read.
            self.prog.used.difference_update(line.nos)
            self.prog.skipped.append((line.no, text))
            return
        if self.block is not None and credits_line(text):
            # Thirty-fifth round. A page's credits or related resource under a block
            # (`Photo : Claire Roux`, `Related LibGuide: … by Maura Deedy`): a note on the
            # block, naming no one who speaks there (see title_people.credits_line).
            self.block.description = f"{self.block.description} · {text}".strip(" ·")
            return
        if text[:1].islower() and self._topic_of_the_one_named(text):
            return
        if (named_again := self._block_named_again(text)) is not None:
            # Twenty-sixth round. After a day's last time, a short heading opening with a
            # pictograph, whose words are all words of one of that day's timed titles (`🍕
            # Food` for `7:00 PM Food begins`, `🗽 Open Space` for `Open-Space format
            # discussion`, `📚 Ateliers` for `14h Ateliers du samedi`), opens the page's
            # section about that block: what follows says more about it. It is no new moment.
            # (Without the pictograph, such a line is as often a place: `Collège de France`.)
            self.block, self.item = named_again, None
            return
        if self.index in self.listed:
            # A list of words in capitals, one a line (see attendance.shouted_lists): no moment, no
            # part of one; listed as not read.
            self.prog.used.difference_update(line.nos)
            self.prog.skipped.append((line.no, text))
            return
        if self._place_of_a_parallel_block(text):
            self.place_pending = text  # "Auditorium Harry Payet" then its bullet
            return
        if self._night_moment(line, text):
            return
        if line.rule == UNTIMED_LENGTH:
            # A table's row saying only its length (see lines.UNTIMED_LENGTH): its time unsaid.
            title, speakers, minutes = title_and_speakers(text)
            moment = self._new_block(line, title, speakers, Rule.UNTIMED)
            moment.duration, moment.time_unsaid = minutes, True
            return
        if line.rule == HEADED_MOMENT and self.block is not None:
            # A heading like those of the timed blocks, without a time (see
            # `untimed_headings`): a moment of its own, after the block above.
            title, speakers, minutes = title_and_speakers(text)
            moment = self._new_block(line, title, speakers, Rule.UNTIMED)
            moment.duration, moment.time_unsaid = minutes, True
            return
        if self.block is not None and (then := _FOLLOWED_BY.match(text)):
            # Nineteenth round. What follows a block, said so first (`Followed by: Games and
            # hanging out`, `Suivi de : 22h30 Karaoké`, `Puis : apéritif`), is the next moment,
            # no part of it: a block at the time it gives, or with no time said.
            rest = text[then.end() :].strip()
            if re.match(r"after|apr[èe]s", then.group(0), re.IGNORECASE):
                rest = text  # `After the concert: …` says when, as a title would
            if BLOCK_LINE.match(rest):
                self.on_block(Line(line.no, rest, "block", nos=line.nos))
                return
            title, speakers, minutes = title_and_speakers(rest)
            moment = self._new_block(line, title, speakers, Rule.UNTIMED)
            moment.duration, moment.time_unsaid = minutes, True
            return
        if (about := self._said_about_then(text)) is not None:
            self.on_block(Line(line.no, about, "block", nos=line.nos))
            return
        if self.block is not None and ":" in text and (people := self._surnames_named(text)):
            # Forty-second round. Last names alone after a label (`Panel: Debevec, Gallien,
            # Kilian, Summers`), of people named in full above: they speak in the block.
            self._add_speakers(people)
            return
        if people := labelled_speakers(text):
            if self.block is None or self._chair_of_next_session(text):
                self.pending.extend(people)
            else:
                self._add_speakers(people)
            return
        if self._chair_of_next_session(text) and (people := title_and_speakers(text)[1]):
            self.pending.extend(people)
            return
        if (self.block is None or self.block.start is None) and (due := _DUE_BY.search(text)):
            # Twelfth round. A line whose only time is when it must be done by, in brackets
            # (`Arrival and registration (by 7:00 pm)`, `Installation des stands (avant
            # 9h)`), is a moment ending then; when it starts is not said.
            title, speakers, minutes = title_and_speakers(text[: due.start()] + text[due.end() :])
            moment = self._new_block(line, title, speakers, Rule.UNTIMED)
            moment.end, moment.duration = read_time(due, "a"), minutes
            return
        if self.block is None and self.day.label and _PART_OF_DAY_LABEL.match(text):
            # Twelfth round. First under a day, what lasts the day or a part of it, said so
            # where the time would be (`Journée : Informations à venir`, `Morning: book
            # fair`), is a moment of its own without a time, as a bullet saying so is.
            self._all_day_block(line, text)
            return
        if self.block is not None and self.block.start is not None and _WHOLE_DAY.match(text):
            # Forty-second round. Between timed lines, a line opening with the whole day
            # where the time would be (`ALL DAY: Open ideas/mentoring lounge …`, `Toute la
            # journée : librairie éphémère`) is a moment of its own lasting the day, as a
            # bullet saying so is: no note of the timed block above it.
            self._all_day_block(line, text)
            return
        if len(text) <= 120 and _REGISTER_ONLINE.match(fold(text)):
            # Fifteenth round. A call to register on a site (`Inscription sur le Site de la
            # SAF`, `Register online at …`, `Réservations sur www.…`) is about the event, not
            # a moment of it, wherever it stands: listed as not read.
            self.prog.used.difference_update(line.nos)
            self.prog.skipped.append((line.no, text))
            return
        if self.block is None and self._the_days_one_moment():
            # Twenty-sixth round. Under a day heading giving the day's hours (`Samedi 12
            # septembre, 9h - 13h`, `Saturday, May 4, 10am-4pm`), and no time on that day
            # after it, the line right below it, however long, names what happens in those
            # hours (`Deuxième rencontre inter-structures …`): the day's one block; the lines
            # under it describe it.
            title, speakers, minutes = title_and_speakers(text)
            moment = self._new_block(line, title, speakers, Rule.TITLE_FIRST)
            moment.start, moment.end, moment.duration = self.day.start, self.day.end, minutes
            return
        if self._announces_the_times_below(text):
            # Thirty-sixth round. A few words naming a moment and ending with a colon, right
            # above a timed line (`Accueil des initiatives invitées :`, `Accueil du public :`,
            # `Public welcome:`), announce what the times below are: a heading, not a moment
            # of its own (a name before its colon, `Lucie Liège :`, stays a speaker).
            self.prog.used.difference_update(line.nos)
            self.prog.skipped.append((line.no, text))
            return
        if self.block is None and self._untimed_day_between_days(text):
            # Thirty-sixth round. A dated day whose one moment is untimed (`VENDREDI 21
            # SEPTEMBRE :` then `Projection du film … suivi d'un débat …`), another dated day
            # after it with its times: the line right under its heading, naming what
            # happens, is that day's moment, without a time (the day was lost).
            title, speakers, minutes = title_and_speakers(_SENTENCE_INSIDE.split(text)[0])
            moment = self._new_block(line, title, speakers, Rule.UNTIMED)
            moment.duration, moment.time_unsaid = minutes, True
            return
        prose = len(text) > 60 or (text.endswith(".") and len(text.split()) >= 5)
        if (
            self.block is None
            and prose
            and (SENTENCE.search(text) or _SENTENCE_INSIDE.search(text))
        ):
            self.prog.used.difference_update(line.nos)  # prose before the schedule: unread
            self.prog.skipped.append((line.no, text))
            return
        if (
            self.block is None
            and kind_of(text, self.prog.language) not in STANDALONE_KINDS
            and (not self.day.blocks or _THEME_IN_CAPITALS.match(text))
        ) or self._question_over_prose(text):
            # Words before the first time of a day that name no kind of block ("Au Centre
            # Culturel …", a subtitle): not a block; listed as not read. Twenty-second round:
            # so are words in capitals under a heading of the afternoon or evening, before its
            # first time (`FRIDAY JUNE 3 AFTERNOON`, then `UNITING THE MOVEMENT: …`): the
            # half-day's theme, as the day's was under the day's heading.
            self.prog.used.difference_update(line.nos)
            self.prog.skipped.append((line.no, text))
            return
        if self._moment_at_a_place(text):
            # Eleventh round. After a block told in sentences, a place then a colon then what
            # happens there (`Mairie : distribution de bonbons aux enfants`, `Village hall:
            # refreshments`) is a moment of its own, there, after it; so is the next such line.
            at, _colon, what = text.partition(":")
            title, speakers, minutes = title_and_speakers(what.strip())
            moment = self._new_block(line, title, speakers, Rule.UNTIMED)
            moment.description, moment.duration = clean(at), minutes
            moment.time_unsaid = True
            self.moments_at_places = True
            return
        if (
            self._paragraph_of_its_own(line, text)
            or self._set_wider_apart(line, text)
            or self._given_in_the_gap_after_a_pause(text)
        ):
            title, speakers, minutes = title_and_speakers(text)
            moment = self._new_block(line, title, speakers, Rule.UNTIMED)
            moment.duration, moment.time_unsaid = minutes, True
            return
        if self._free_part_after(line, text):
            return
        if self.block is None or line.rule == GRID_SLOT or self._stands_alone(text):
            # A cell of a table with a column per room is a block of its own, timed or not.
            title, speakers, minutes = title_and_speakers(text)
            rule = Rule.TABLE_ROW if line.rule == GRID_SLOT else Rule.UNTIMED
            self._new_block(line, title, speakers, rule).duration = minutes
            return
        if people := names_joined_by_a_dash(text):
            # Forty-third round: two whole names joined by a hyphen (see name_lines).
            self._add_speakers(people)
            return
        if sp := subject_dash_person(
            text, self.last_speaker is not None or bool(self.block.speakers)
        ):
            self._add_speakers([sp])  # "Paysage … - Régis Ambroise – Agronome" (topic_people)
            return
        if self._speaker_described(text):
            return
        if people := topic_then_people(text):
            self._add_speakers(people)  # "Le Temps : Michel Brunet, Amélie Vialet"
        elif (
            "," in text
            and (" et " in text or " and " in text or " & " in text)
            and not re.search(r"[.!?;:]\s", text)
            and (people := names_sharing_description(text))
            and all(named_beyond_doubt(p["name"] or "", False) for p in people)
            and text.rstrip(" .").endswith(people[-1]["organisation"] or people[-1]["role"] or "\0")
        ):
            # Twenty-eighth round. Under a block, people each named beyond doubt, joined by
            # `et`/`and`, then after the last one's comma their body or function (`Julien
            # Vaubourg et Sébastien Jean, LDN`, `Ann Lee and Tom Reed, Leeds University`): each
            # one's, as in a title (see name_lines.names_sharing_description). A sentence (`…,
            # responsables de …, animeront cette conférence. À l’heure …`) stays the block's
            # description.
            self._add_speakers(people)
        elif (
            (people := speaker_list(text))
            and len(people) > 1
            and all(p["organisation"] or p["role"] for p in people)
        ):
            # "Marie Dupont (Ville de Lyon), Jean Martin (MAB 22), Paul Durand, producteur".
            self._add_speakers(people)
        elif people := people_joined_by_with(text):
            self._add_speakers(people)
        elif people := names_only(text):
            # Twentieth round. A line of names and nothing else (`Ann Lee, Bo Chen; Eva Roy`)
            # under a block or a talk: its authors or speakers, each a person.
            self._add_speakers(people)
        elif (sp := name_line(text)) or (sp := a_bare_name(text)):
            # Twentieth round: a bare name also after a civility without its dot (`Dr Ann
            # O'Neill`) or before its degrees (`Ann Lee, PhD.`).
            self._add_speakers([sp])
        elif sp := self._name_between_names(text):
            self._add_speakers([sp])
        elif (sp := name_of_body(text)) or (
            text.endswith(":") and (sp := a_bare_name(text.rstrip(" :")))
        ):
            # Twenty-fourth round. Under a block, a person named beyond doubt then the body
            # they come from or speak for (`Théo Froment pour le PAT du Nord de l’Yonne`, `Jane
            # Smith for the Leeds Food Bank`), or their name alone before a colon announcing a
            # function left unwritten (`Lucie Liège :`): a speaker, as in a list of them.
            self._add_speakers([sp])
        elif (sp := named_then_function(text)) and (sp["role"] or "").count("(") <= 1:
            # Twenty-first round. Under a block, a person named beyond doubt then their
            # function with no comma between (`Dr Macoumba DIOUF Directeur Général de
            # l'Institut … (ISRA)`, `Jane Miller Director of the Water Agency`) is that person,
            # as in a title: the capitalised words of the body are no one's name.
            self._add_speakers([sp])
        elif people := role_then_name(text):
            self._add_speakers(people)  # "Guide : Claire Fontaine", "Cinéaste : Margaux Chataux"
        elif self._role_of_last_speaker(text) or self._organisation_of_last_speaker(text):
            return
        elif (
            self.last_speaker is not None
            and self.item is None
            and len(text.split()) <= 3
            and kind_of(text, self.prog.language) in STANDALONE_KINDS
        ):
            # Twentieth round. A meal or a break named alone under a speaker (`Lunch` after
            # `Co-organiser of …`, a heading of the part of the day to come) is neither their
            # body nor a part of their talk: listed as not read.
            self.prog.used.difference_update(line.nos)
            self.prog.skipped.append((line.no, text))
        elif people := first_names_listed(text):
            self.block.speakers.extend(people)
            self.block.description = f"{self.block.description} {clean(text)}".strip()
        elif not self.block.items and SENTENCE.search(text) and not self.block.description:
            self.block.description = clean(text)
            self._leaders_in_prose(text)
        elif (
            text.isupper()
            and not self.block.items
            and not self.block.description
            and is_place(text)
        ):
            # A place shouted under a block is where it happens, not a part of it (a lettered
            # part at its room, `A. Housing (Room 101)`, stays a part).
            self.block.description = clean(text)
        elif _is_prose(text) and not _talk_given(text):
            # Sentences under a block say more about it; they are not parts of it.
            self.block.description = f"{self.block.description} {clean(text)}".strip()
            self._leaders_in_prose(text)
        else:
            title, speakers, _minutes = title_and_speakers(text)
            self.item = Item(title, line.no, speakers=speakers)
            self.block.items.append(self.item)
            self.block.item_bullet = self.block.item_bullet or ""

    # Helpers ---------------------------------------------------------------------------------
    def _next_track(self, line: Line) -> bool:
        """Twenty-eighth round. The cell after a cell naming people, on one line of a web table
        with a column per track (see lines.NEXT_CELL), is the next track's title: another block
        at the times of the block above, its speakers those named under it; never the body of
        the people before it."""
        b = self.block
        if b is None or b.start is None or line.kind != "text":
            self.last_speaker = None
            return False
        title, speakers, _minutes = title_and_speakers(line.text)
        parallel = self._new_block(line, title, speakers, b.rule)
        parallel.start, parallel.end = b.start, b.end
        return True

    def _new_block(self, line: Line, title: str, speakers: list[Speaker], rule: Rule) -> Block:
        self.block = Block(title, line.no, speakers=[*self.pending, *speakers], rule=rule)
        self.pending = []
        self.theme = ""
        self.block.kind_of_day = self.kind_of_day
        if self.section:
            self.block.section, self.block.section_start = self.section, self.section_start
            self.block.section_end = self.section_end
            self.section, self.section_start, self.section_end = "", None, None
        self.item = None
        self.last_speaker = None
        self.day.blocks.append(self.block)
        return self.block

    def _speaker_described(self, text: str) -> bool:
        """Thirteenth round. A sentence under a block naming one of its speakers by their
        last name, perhaps after initials, then what they are and where (`Ch.Deroubaix est
        grand reporter à l’Humanité.`, `R. Liogier, sociologue, est professeur à Sciences
        Po`, `Dr Smith is a senior lecturer at Leeds University.`) gives that speaker their
        function and body, when nothing gave them one yet; the sentence also describes."""
        b = self.block
        if b is None or not b.speakers or not (" est " in text or " is " in text):
            return False
        m = _DESCRIBED.match(text)
        if m is None:
            return False
        last = fold(m["last"])
        for sp in b.speakers:
            words = fold(sp["name"] or "").split()
            if not words or words[-1] != last or sp["role"] or sp["organisation"]:
                continue
            roles = [clean(r) for r in (m["aside"], m["role"]) if r and clean(r)]
            sp["role"] = ", ".join(roles) or None
            if m["org"]:
                sp["organisation"] = clean(m["org"])
            b.description = f"{b.description} {clean(text)}".strip()
            return True
        return False

    def _role_of_last_speaker(self, text: str) -> bool:
        """`Senior Advisor, Office of Integrative Activities` on the line under `Dr. Margaret
        Tolbert`: a line naming a function, under a speaker read without one, is their role."""
        sp = self.last_speaker
        if (
            sp is not None
            and sp["role"]
            and len(text.split()) <= 8
            and text.split()[0][:1].isupper()
            and is_role(text.split()[0])
            and not SENTENCE.search(text)
            and not kind_of(text)
            and person(text, strict=False) is None
        ):
            # Fifteenth round. A second function on the line under a speaker who has one
            # (`Michel DUBOIS, Directeur … - Institut …` then `Administrateur de la SAF`,
            # `Jane Smith, Professor - University of Leeds` then `Trustee of the Museum`), its
            # function word first: they hold that one too.
            sp["role"] = f"{sp['role']}, {clean(text)}"
            return True
        if (
            sp is None
            or sp["role"]
            or len(text.split()) > 12
            or SENTENCE.search(text)
            or kind_of(text)
            or not is_role(text)
            or re.match(rf"(?:{CIVILITY})", text)
        ):
            return False
        if not sp["organisation"] and (pair := function_then_acronym_body(text)):
            sp["role"], sp["organisation"] = pair  # "VP for Research … TU Dublin"
            return True
        sp["role"] = clean(text)
        return True

    def _organisation_of_last_speaker(self, text: str) -> bool:
        """`National Science Foundation` on the line under `Dr. Joseph Bordogna (Director)`."""
        sp = self.last_speaker
        if sp is None or sp["organisation"] or len(text.split()) > 10 or SENTENCE.search(text):
            return False
        if kind_of(text) or (
            is_place(text)
            and (not ORG_ANYWHERE.search(fold(text)) or _ROOM_FIRST.match(fold(text)))
        ):
            # Twentieth round. A line naming a kind of block (`Lunch`, `Pause`) or a place
            # that is no body (`Salle Esquive`, `Hall`; a university is both) under a speaker
            # is the next part or where the block is, never the body the speaker comes from.
            return False
        if _TOPIC_LEAD.match(text):
            # Thirty-third round. A line opening with what a talk is about (`On probabilistic
            # programming …`, `Towards safer cities`, `Sur les haies du bocage`, `À propos de …`)
            # under a speaker says what they speak on, never the body they come from.
            return False
        if a_brand(text):
            # Twentieth round. One word written as a body writes its name (`SpaceX`,
            # `SynBioBeta`, `CNRS`) under a speaker: where they come from.
            sp["organisation"] = clean(text)
            return True
        if not ORG_ANYWHERE.search(fold(text)) and not ORG_WORDS.match(fold(text)):
            return False
        if sp["role"] and not ORG_ANYWHERE.search(fold(text)) and _ARTICLE_LED.match(fold(text)):
            # Twentieth round. Under a speaker whose function is said, words opening with an
            # article and naming no body by its kind (`Le pacte parité-diversité des …`, `The
            # future of cities`) are what comes next, a title, not where they come from.
            return False
        if re.match(rf"(?:{CIVILITY})", text):
            return False  # "Monsieur le Président du Conseil …": a person, not a body
        sp["organisation"] = clean(text)
        return True

    def _moment_at_a_place(self, text: str) -> bool:
        b = self.block
        m = _PLACE_COLON_WHAT.match(text)
        return (
            b is not None
            and m is not None
            and not b.items
            and b.end is None
            and (self.moments_at_places or bool(re.search(r"[.!?]$", b.description)))
            and is_place(m["place"])
            and kind_of(m["place"], self.prog.language) is None
        )

    def _stands_alone(self, text: str) -> bool:
        """`REPAS`, `PAUSE`, `Déjeuner` between timed blocks are blocks of their own; under a
        block whose time holds them (`13h – 15h30 Cocktail` then `Déjeuner`), they are items."""
        if len(text) > 40 or person(text) or name_line(text):
            return False  # "Welcome Dr. Margaret Tolbert" under a block: who gives it
        if SENTENCE.search(text) and len(text.split()) >= 4:
            return False  # "Breakfast is served until nine.": a sentence about the block
        kind = kind_of(text, self.prog.language)
        shouted = text.isupper() and not re.search(r"\d", text)  # "REPAS", not a room "DCC 308"
        if not (shouted or kind in STANDALONE_KINDS):
            return False
        sp = self.last_speaker
        if kind is None and sp is not None and not sp["organisation"] and a_brand(text):
            return False  # Twentieth round: `CNRS` under `Marie Dupont`: where she comes from
        if kind is None and is_place(text):
            return False  # "LYCÉE AGRICOLE DE COUTANCES": where it happens, shouted
        if self.block is None:
            return True
        if (
            not shouted
            and kind in ("break", "meal", "welcome")
            and self.block.start is not None
            and self.block.end is None
            and kind_of(self.block.title, self.prog.language) == "welcome"
        ):
            # Tenth round. Under a welcome given by its start alone (`8:00 a.m. Hall Opens`,
            # `8h30 Accueil`), the coffee served and a second word of welcome are what the
            # welcome offers (`Coffee and Pastries`, `A Non-Musical Welcome from Peter`), until
            # the next time: its parts, not moments of their own.
            return False
        if kind not in ("break", "meal") and not shouted and self.block.items:
            return False
        return not self._inside_current_block()

    def _paragraph_of_its_own(self, line: Line, text: str) -> bool:
        """Twenty-first round. After a timed block, a paragraph of its own (a blank line above
        it) opening with a few words that name a moment standing alone, a welcome, a closing,
        a meal or a break (`Ouverture des travaux` then `« … », par Jean-Louis Sanchez, …`,
        `Opening remarks` then `"…", by Ann Lee, Mayor`), is that moment, its time not said:
        the blank line parts it from the block above, given its start alone, whose own lines
        follow its time without one."""
        b = self.block
        if b is None or b.start is None or b.end is not None or self.index == 0:
            return False  # a block given its end holds what is under it until then
        if line.no <= self.lines[self.index - 1].nos[-1] + 1:
            return False  # no blank line above: the block's own lines
        own = next((k for k in range(self.index - 1, -1, -1) if self.lines[k].no == b.line), None)
        if own is None:
            return False
        timed, below = self.lines[own], self.lines[own + 1]
        if len(timed.nos) == 1 and below.no != timed.nos[-1] + 1:
            return False  # a page that parts every line with a blank one
        head = _PARAGRAPH_HEAD.split(text, maxsplit=1)[0].strip()
        return (
            0 < len(head.split()) <= 6
            and head[:1].isupper()
            and not SENTENCE.search(head)
            and kind_of(head, self.prog.language) in STANDALONE_KINDS
        )

    def _set_wider_apart(self, line: Line, text: str) -> bool:
        """Twenty-third round. After a timed block (or a moment so read), a short line naming
        a moment (a meal, a tour, a meeting: `Global Leaders Circle VIP Reception`, `SCI Board Meeting`) set
        apart by two blank lines or more, wider than any inside the block's own lines (`10:00am
        – 12:00pm`, a blank line, its title), is a moment of its own, its time not said: the
        page parts its moments more widely than the lines of one. Not a sentence, nor a line
        naming no moment (`Sponsors`, `Contact us`). Only after the day's last timed block:
        between two, an untimed meal or break fills the time left between them."""
        b = self.block
        if b is None or self.index == 0 or len(text) > 90:
            return False
        if b.start is None and not b.time_unsaid:
            return False  # after a moment so read, the next one set apart is one too
        gap = line.no - self.lines[self.index - 1].nos[-1]
        if gap < 3 or not text[:1].isupper() or SENTENCE.search(text):
            return False
        own = next((x for x in self.lines[: self.index] if x.no == b.line), None)
        if gap <= max((y - x for x, y in pairwise(own.nos)), default=1) if own else False:
            return False
        for later in self.lines[self.index + 1 :]:
            if later.kind == "date":
                break
            if later.kind == "block":
                return False
        # Twenty-fourth round. A meeting names a moment whatever meets (`SCI Leadership
        # Meetings (For SCI leadership only)`, `Réunion des bénévoles`), though the word alone
        # names no kind of its own.
        return kind_of(text, self.prog.language) is not None or bool(_A_MEETING.search(fold(text)))

    def _given_in_the_gap_after_a_pause(self, text: str) -> bool:
        """Twenty-fourth round. Under a break or a meal given its end, a short line naming a
        moment someone gives or leads (`Concurrent Sessions`, `Ateliers en parallèle`), when
        the next timed block starts later than that end, is a moment of its own in the time
        left between them, its time not said: a pause holds no session, and its end says it
        is over. Under a pause whose end the next block starts at, the line happens during
        it (an item, as before)."""
        b = self.block
        if b is None or b.start is None or b.end is None or b.items or len(text) > 60:
            return False
        if not text[:1].isupper() or SENTENCE.search(text) or person(text):
            return False
        if kind_of(b.title, self.prog.language) not in ("break", "meal"):
            return False
        kind = kind_of(text, self.prog.language)
        if kind is None or kind in STANDALONE_KINDS or kind == "other":
            return False
        return self._next_timed_block_starts_later()

    def _block_named_again(self, text: str) -> Block | None:
        """The timed block of the day a heading after its last time names again (see
        on_text), or None."""
        if self.block is None or len(text) > 40 or self.block not in self.day.blocks:
            return None
        words = re.findall(r"[^\W_]+", fold(text))
        if not words or len(words) > 4 or unicodedata.category(text[0]) != "So":
            return None  # a pictograph opens the heading, as a page's sections do
        if any(line.kind in ("block", "date") for line in self.lines[self.index + 1 :]):
            return None  # times follow: still the schedule
        named = [
            b
            for b in self.day.blocks
            if b.start is not None and set(words) <= set(re.findall(r"[^\W_]+", fold(b.title)))
        ]
        return named[0] if len(named) == 1 else None

    def _the_days_one_moment(self) -> bool:
        """Whether the current line comes right under a day heading giving both ends of the
        day's hours, and no timed line follows on that day (see on_text)."""
        if (
            self.day.start is None
            or self.day.end is None
            or self.day.blocks
            or self.index == 0
            or self.lines[self.index - 1].kind != "date"
            or self.lines[self.index].kind != "text"  # a list there is the day's moments
        ):
            return False
        for line in self.lines[self.index + 1 :]:
            if line.kind == "date":
                return True
            if line.kind == "block":
                return False
        return True

    def _next_timed_block_starts_later(self) -> bool:
        """Whether a timed block follows on the current block's day and starts after its end."""
        b = self.block
        if b is None or b.end is None or b.start is None:
            return False
        for line in self.lines[self.index + 1 :]:
            if line.kind == "date":
                return False
            if line.kind == "block" and (m := BLOCK_LINE.match(line.text)):
                start = read_range(m)[0]
                if start is None:
                    return False
                return settle(start, b.start.minutes) > settle(b.end, b.start.minutes)
        return False

    def _announces_the_times_below(self, text: str) -> bool:
        if not text.endswith(":") or len(text) > 60 or self.index + 1 >= len(self.lines):
            return False
        below = self.lines[self.index + 1]
        return (
            below.kind == "block"
            and ":" not in text[:-1]
            and kind_of(text[:-1], self.prog.language) is not None
        )

    def _question_over_prose(self, text: str) -> bool:
        """Forty-sixth round. Before a day's first block, a line asking a question (`How does
        registration work?`, `Comment s’inscrire ?`) whose next line is a paragraph of prose is
        the heading of an explanation the page gives above its schedule, as a page of questions
        and answers does: no moment, whatever kind its words name. A moment titled by a
        question has a time, or stands among moments, not over sentences."""
        if self.block is not None or not text.endswith("?") or len(text.split()) < 3:
            return False
        after = self.lines[self.index + 1] if self.index + 1 < len(self.lines) else None
        return (
            after is not None
            and after.kind == "text"
            and len(after.text) > 60
            and SENTENCE.search(after.text) is not None
        )

    def _untimed_day_between_days(self, text: str) -> bool:
        """Whether the line is right under a dated day's heading, names a kind of moment, and
        no time comes before the next dated day, which has times (see on_text)."""
        if self.day.blocks or self.day.start is not None or self.index == 0:
            return False  # a day given its hours has its one moment in them (see above)
        heading = self.lines[self.index - 1]
        if heading.kind != "date":
            return False
        # Thirty-eighth round. A few words, no sentence (`Jeu chez les commerçants
        # participants`), name the day's moment by their place as well as a kind's words do.
        few_words = len(text.split()) <= 8 and not text.rstrip().endswith(".")
        if kind_of(text, self.prog.language) is None and not few_words:
            return False
        if not names_its_day(heading.text):
            return False
        for i, line in enumerate(self.lines[self.index + 1 :], self.index + 1):
            if line.kind == "block":
                return False
            if line.kind == "date":
                return names_its_day(line.text) and any(
                    x.kind == "block" for x in self.lines[i + 1 : i + 30]
                )
        return False

    def _inside_current_block(self) -> bool:
        """Whether the current block has an end and the next timed block starts at that end
        (or there is none): untimed lines under it then happen during it."""
        b = self.block
        if b is None or b.end is None or b.start is None:
            return False
        for line in self.lines[self.index + 1 :]:
            if line.kind == "date":
                return True
            if line.kind == "block" and (m := BLOCK_LINE.match(line.text)):
                start = read_range(m)[0]
                end = settle(b.end, b.start.minutes)
                return start is None or settle(start, b.start.minutes) <= end
        return True

    def _speakers_in(self, content: str, bullet: str) -> list[Speaker] | None:
        """The speakers a bullet names, or None when the bullet is an item."""
        if people := labelled_speakers(content):
            return people
        if (by := _BY_LEAD.match(content)) and (
            sp := person(content[by.end() :]) or _loose_person(content[by.end() :])
        ):
            # Nineteenth round. A bullet saying who gives the block (`- by Michael J. Smith,
            # President, Berkeley College`, `- par Anne Leroy, maire`): that person.
            return [sp]
        if sp := person(content) or _loose_person(content):
            # Eighteenth round. A bullet may name two people, each with their functions,
            # parted as a list parts them (`A, historienne, Université X - B, embryologiste,
            # CNRS`): the second is no part of the first one's role.
            parts = people_parts(content) if _PEOPLE_PARTED.search(content) else []
            listed = [person(p) or _loose_person(p) for p in parts] if len(parts) > 1 else []
            if listed and all(listed) and listed[0]["name"] == sp["name"]:  # type: ignore[index]
                people = [p for p in listed if p]
                if (said := people[-1]["topic"]) and not any(p["topic"] for p in people[:-1]):
                    # Twenty-third round. The title in quotes closing the bullet is the talk
                    # they give together, not the last one's alone.
                    people = [{**p, "topic": said} for p in people]
                return people
            return [sp]
        if (sp := function_then_name(content)) and not kind_of(
            (sp["role"] or "").split()[0] if sp["role"] else ""
        ):
            # Tenth round: a function opening with a kind of moment is no function (`–
            # Intervention du Député Pierre Ribeaud`): a part of the block, given by them.
            return [sp]
        name, colon, topic = content.partition(": ")
        if colon and (sp := _loose_person(name) or person(name)):
            return [{**sp, "topic": clean(topic).strip('«»“”" ') or None}]  # "Name (Org): Topic"
        level = self.block.item_bullet if self.block is not None else None
        same_level = level is not None and bullet == level
        if not same_level and (split := topic_and_person(content)):
            topic, sp = split
            return [{**sp, "topic": topic}]
        return None

    def _name_between_names(self, text: str) -> Speaker | None:
        """Thirtieth round. A line shaped as a name (two or three capitalised words, a
        hyphenated one allowed: `Finale Doshi-Velez`), between two lines each a bare name
        beyond doubt, is a name too though the list of given names lacks it: the lines
        around it say the list holds people, one a line. Words naming a place, a body, a
        function or a kind of moment are never one."""
        if not 0 < self.index < len(self.lines) - 1 or not _NAME_SHAPED.match(text):
            return None
        before, after = self.lines[self.index - 1], self.lines[self.index + 1]
        if before.kind != "text" or after.kind != "text":
            return None
        if not (a_bare_name(before.text) and a_bare_name(after.text)):
            return None
        if (
            is_role(text)
            or names_no_person(text)
            or looks_like_org(text)
            or is_place(text)
            or kind_of(text, self.prog.language) is not None
            or _NOT_NAMES.search(fold(text.split()[-1]))
        ):
            return None  # a title's common word may be a given name (`Finale`), not a last
        return make_speaker(clean(text))

    def _leaders_in_prose(self, text: str) -> None:
        """Eleventh round. The prose under a block naming who leads it (`Jody will lead us in
        a time of singing`, `Marie animera l’atelier`, `… guided by Ana Ruiz`) gives it that
        speaker, once, whether named in full or by a known given name alone."""
        if self.block is None or self.item is not None:
            return
        known = {fold(sp["name"] or "") for sp in self.block.speakers}
        for who in leaders_in_prose(text):
            if fold(who) not in known:
                known.add(fold(who))
                self.block.speakers.append(make_speaker(who))

    def _add_speakers(self, speakers: list[Speaker]) -> None:
        if self.item is not None:
            target = self.item.speakers
        elif self.block is not None:
            target = self.block.speakers
        else:
            target = self.pending  # named before any block: they speak in the next one
        if self.theme and self.item is None and self.block is not None:
            speakers = [{**sp, "topic": sp.get("topic") or self.theme} for sp in speakers]
        if (
            self.block is not None
            and target is not self.pending
            and any(not (sp["role"] or sp["organisation"]) for sp in speakers)
        ):
            # Twenty-first round. A person the block already names with their function or
            # body, named again bare (a round table's `avec Tristan Nitot, Pierre Beyssac …`
            # under the talks each gave, `Tristan Nitot, expert numérique …`), is the same
            # person: the bare naming adds no one.
            known = {
                fold(sp["name"] or "")
                for sp in [
                    *self.block.speakers,
                    *(s for it in self.block.items for s in it.speakers),
                ]
                if sp["role"] or sp["organisation"]
            }
            speakers = [
                sp
                for sp in speakers
                if sp["role"] or sp["organisation"] or fold(sp["name"] or "") not in known
            ]
        target.extend(speakers)
        self.last_speaker = speakers[-1] if speakers else None


_BY_LEAD = re.compile(r"(?:by|par|with|avec)\s+(?=[A-ZÀ-ÖØ-Þ])", re.IGNORECASE)

# Where a paragraph's opening words end: a quote, a bracket, a comma, a colon or a dash.
_PARAGRAPH_HEAD = re.compile(r"\s*[«“\"(,:;]|\s[–—-]\s")
# A part of the day named alone, the night among them (`Night`, `Friday Night` once its
# weekday is read, `Soirée :`, `Evening`).
_UNTIMED_PART = re.compile(
    r"\s*(?:night|nuit|evening|soir(?:ee)?|afternoon|apres[- ]midi|morning|matin(?:ee)?)\s*:?\s*"
)
# A part of the day left free, named alone (`Free Evening`, `Soirée libre`, `Free time`).
_FREE_PART = re.compile(
    r"\W*(?:free\s+(?:evening|afternoon|morning|night|time)"
    r"|(?:soiree|apres[- ]midi|matinee|temps)\s+libres?)\W*"
)
_SOME_TIME = re.compile(r"\d\s*(?:h|:\d|\.\d\d|[ap]\.?m)", re.IGNORECASE)
_FOLLOWED_BY = re.compile(
    r"^(?:followed by|and then|then|after that|afterwards?|suivie?s? (?:de|par|d['’])|puis|ensuite"
    # Twenty-first round. After the block named by its noun (`After the concert: a walk
    # around town`, `Après le repas : balade`), the moment that follows it.
    r"|after (?:the|this) [\w-]+(?: [\w-]+)?|apr[èe]s (?:le|la|les|l['’]) ?[\w-]+(?: [\w-]+)?)"
    r"\s*:\s*(?=\S)",
    re.IGNORECASE,
)
# A short title, then its time at the end of the line after a word saying when, perhaps only
# about then (see Reader._said_about_then).
_ABOUT_THEN = re.compile(
    r"^(?P<title>[A-ZÀ-ÖØ-Þ][^\d:;!?()]{2,50}?)\s+(?:vers|around|about|approximately|approx\.?"
    r"|environ|aux alentours de|[àa]|at)\s+(?P<time>" + T1 + r")\s*\.?$",
    re.IGNORECASE,
)
# A time in brackets saying what must be done by then (`(by 7:00 pm)`, `(avant 9h)`).
_DUE_BY = re.compile(
    r"\s*\((?:by|before|no later than|avant|au plus tard [àa])\s+" + T1 + r"\s*\)", re.IGNORECASE
)
# A numbered theme or axis of a block (`THEME 1 :`, `Thème 2 -`, `Theme 3:`, `Axe 1 :`).
_THEME = re.compile(
    r"^(?:th[eè]mes?|axes?)\s*(?:\d{1,2}|[IVX]{1,4})\s*[:–—-]\s*",
    re.IGNORECASE,
)
# A part's heading with its number (`SESSION 1: …`, `Séquence 2 : …`): its noun.
_NUMBERED_PART = re.compile(
    r"^(session|partie|part|track|s[ée]quence|module)\s+(?:[IVX]+|\d{1,2})\b", re.IGNORECASE
)
# Hours ending a title (`… de 10h00 à 16h00`, `… from 10 am to 4 pm.`).
_A_MEETING = re.compile(r"\b(?:meetings?|reunions?|gatherings?)\b")
# A bracket after a block's times, before a colon or a dash and its title (see on_block); not
# a duration (`(45 min)`, `[1h30]`), which says the block's end.
_ASIDE_BEFORE_TITLE = re.compile(
    r"^\((?P<aside>(?![\d\s/]+(?:h|min|mn)\b)[^()]{3,80})\)\s*[:–—-]\s*(?=\w)", re.IGNORECASE
)
_HOURS_ENDING = re.compile(HOURS_IN_TEXT.pattern + r"\s*[.)]?\s*$", re.IGNORECASE)
_UNTIL_ENDING = re.compile(
    r"[\s,(]+(?:jusqu['’]\s*(?:à|a)|until|till|til)\s+" + T2 + r"\s*[.)]?\s*$", re.IGNORECASE
)


def _later_on_the_clock(end: ClockTime, start: ClockTime) -> bool:
    """Whether an end read on its own comes after the start (on the 12-hour clock too: `2 pm
    … until 5`)."""
    return end.minutes > start.minutes or (
        not end.explicit and end.minutes < 13 * 60 and end.minutes + 720 > start.minutes
    )


# What lasts the day or a part of it, said in a bulleted line (`toute la journée`, `all day`,
# `Le matin : …`, `Afternoon: …`).
_ALL_DAY = re.compile(
    r"\b(?:toute la (?:journ[ée]e|matin[ée]e|soir[ée]e)|tout l['’]apr[èe]s-midi|all[- ]day(?: long)?"
    r"|all (?:morning|afternoon|evening)|throughout the day|en continu)\b"
    r"|^(?:le matin|l['’]apr[èe]s-midi|le soir|in the (?:morning|afternoon|evening)|morning"
    r"|afternoon|evening|all[- ]day)\s*:",
    re.IGNORECASE,
)
# The whole day said where a line's time would be, then a colon and what lasts it.
_WHOLE_DAY = re.compile(
    r"^(?:all[- ]day(?: long)?|toute la journ[ée]e|(?:en )?continu|throughout the day)\s*:\s*(?=\w)",
    re.IGNORECASE,
)
_PART_OF_DAY_LABEL = re.compile(
    r"^(?:le matin|l['’]apr[èe]s-midi|le soir|in the (?:morning|afternoon|evening)|morning"
    r"|afternoon|evening|all[- ]day|toute la journ[ée]e|journ[ée]e|matin(?:[ée]e)?"
    r"|apr[èe]s-midi|soir(?:[ée]e)?)\s*:\s*(?=\w)",
    re.IGNORECASE,
)


_NAMED = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+)?"
# A person leading what the block is: before a verb of leading (`Jody will lead us`, `Ana
# facilitates`, `Marie animera`, `Paul va présenter`), or after its participle and `by`/`par`.
_LEADS = re.compile(
    rf"(?:^|[.!?;:]\s+)(?P<who>{_NAMED})(?:\s+(?:and|et)\s+(?:I|moi|me))?\s+"
    r"(?:(?:will|shall|is going to|va|vont)\s+)?"
    r"(?:lead|leads|facilitate|facilitates|guide|guides|host|hosts|teach|teaches|present"
    r"|presents|animer|animera|animeront|anime|guidera|presentera|présentera|encadrera"
    # Thirty-sixth round. Who says or shows something, as who leads does (`Didier donnera
    # quelques infos sur …`, `Claude devrait présenter les SEL`, `Ann will talk about …`,
    # `Tom should present …`), the verb after `devrait`/`doit`/`pourra`/`should` too.
    r"|donnera|parlera|racontera|t[ée]moignera|expliquera"
    r"|(?:devrait|doit|pourra|should|will|va)\s+(?:pr[ée]senter|parler|animer|donner|intervenir"
    r"|expliquer|present|talk|speak|give|share|explain))\b"
    rf"|\b(?i:led|facilitated|hosted|guided|taught|anim[ée]e?s?|encadr[ée]e?s?|guid[ée]e?s?)"
    rf"\s+(?:by|par)\s+(?P<by>{_NAMED})"
    # A debate or a talk then `avec`/`with` and a known given name, ending the sentence
    # (`un débat sur l’appropriation collective d’un lieu avec Daniel.`, `a discussion of
    # the levy with Ann Lee.`): who the debate is held with.
    r"|\b(?i:d[ée]bats?|discussions?|[ée]changes?|conversations?|dialogues?|debates?)\b"
    rf"[^.!?;:]{{0,160}}?\s(?:avec|with)\s+(?P<with>{_NAMED})(?=\s*(?:[.!?;]|$))"
)


# A sentence saying what someone named by their last name is, and where: `Ch.Deroubaix est
# grand reporter à l’Humanité`, `R.Liogier ,sociologue et philosophe, est professeur à …`,
# `Dr. Smith is a lecturer at Leeds University` (a second place after `et à`/`and at` is
# where else, not the body).
_DESCRIBED = re.compile(
    r"^(?:(?:Dr|Pr|Prof|Mr|Mrs|Ms|Mme|M)\.?\s+|(?:[A-ZÀ-ÖØ-Þ][a-zß-ÿ]?\.\s*)+)?"
    r"(?P<last>[A-ZÀ-ÖØ-Þ][\w’'-]+)\s*(?:,\s*(?P<aside>[^,.;]{2,60}?)\s*,\s*)?"
    r"\s(?:est|is)\s+(?:(?:un|une|a|an|the|le|la|l['’])\s*)?"
    r"(?P<role>[^.,;()]{2,60}?)(?:\s+(?:[àa]|au|at|of|de la|du)\s+(?P<org>[^.,;()]{2,80}?))?"
    r"(?:\s+(?:et|and)\s+(?:[àa]|au|at)\b.*|\.\s.*)?[.;]?\s*$"
)
_CIVIL_TITLE = re.compile(rf"^(?:{CIVILITY})")
_ARTICLE_LED = re.compile(r"^(?:le|la|les|l'|un|une|des|the|a|an)\s*\w")
_LETTER_CLOSING = re.compile(
    r"\b(?:salutations|cordialement|bien a vous|amicalement|sinceres? salutations|a bientot"
    r"|best regards|kind regards|warm regards|sincerely|yours (?:truly|faithfully)|regards,?$"
    r"|see you (?:soon|there)|au plaisir de vous (?:voir|rencontrer|retrouver))\b"
)
_PLACE_THEN_COLON = re.compile(
    r"^(?P<place>(?:[àa] l['’]|[àa] la |au |aux |at the |at |in the |devant (?:la |le |l['’])?)"
    r"[^:]{2,60}?)\s*:\s+(?=\S)",
    re.IGNORECASE,
)
_WHERE_THEN_COLON = re.compile(
    r"^(?P<place>(?:dans (?:le|la|les|l['’])\s*|en (?:ext[ée]rieur|int[ée]rieur|plein air|salle)\b"
    r"|sous (?:les?|la|l['’]|des|un|une) ?|(?:inside|outside) (?:the|a|an) |outdoors\b|indoors\b"
    r"|(?:salle|room)\s+(?=\d|(?-i:[A-ZÀ-ÖØ-Þ])|d[eu]s?\s|de la\s|de l['’]))[^:]{0,80}?)\s*:\s+(?=\S)",
    re.IGNORECASE,
)
_PLACE_COLON_WHAT = re.compile(r"^(?P<place>[^:.!?]{2,60}?)\s*:\s+(?P<what>[^.!?]{3,60})$")
_SESSION_CHAIR = re.compile(
    r"\b(?:presidence|president|presidente|chair|chairs|chairperson|moderat\w*|animat\w*)\b"
    r".*\b(?:seances?|sessions?)\b"
)


def leaders_in_prose(text: str) -> list[str]:
    """The people prose names as leading something: a known given name, alone or with a
    last name, never a capitalised word that names no one (`Everyone will lead`)."""
    out = []
    for m in _LEADS.finditer(text.replace("*", "")):  # a page's emphasis is no word
        who = (m["who"] or m["by"] or m["with"]).strip()
        words = who.split()
        if is_given_name(words[0]) and (len(words) == 1 or named_beyond_doubt(who, False)):
            out.append(who)
    return out


def _talk_given(text: str) -> bool:
    """Twenty-first round. A long line under a block that is a title then the people giving
    it, each with their function or body (`Retour Mooc … - Aurélie Lagarrigue (Ingénieure
    pédagogique - Inria) et Thierry Viéville (Chercheur … - Inria)`, `Soil carbon in
    vineyards, a field study over ten years - Jane Smith (Lecturer, University of Leeds)`),
    is one of its talks, no prose about it, however long: a sentence names no one so. One of
    them at least is named beyond doubt; beside them a name the list of given names lacks
    (`Azim Roussanaly`) is one too: two to four capitalised words naming no function."""
    title, speakers, _minutes = title_and_speakers(text)
    names = [sp["name"] or "" for sp in speakers]
    if people_after_ordinal_labels(text):
        return True  # Twenty-seventh round: people after numbered labels (`1er témoin : …`)
    return (
        bool(speakers)
        and title != text
        and not _STATEMENT.search(title)
        and all(sp["role"] or sp["organisation"] for sp in speakers)
        and any(named_beyond_doubt(n, False) for n in names)
        and all(_NAME_WORDS.match(n) and not is_role(n) for n in names)
    )


# A title may ask a question (`L'IA est-elle compatible avec le climat ?`); a statement's full
# stop or an exclamation makes a sentence of it.
_STATEMENT = re.compile(r"[.!](?:\s|$)")
_NAME_WORDS = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}$")


def _is_prose(text: str) -> bool:
    """A line written as sentences: long, or ending a sentence after several words."""
    return len(text) > 120 or (bool(SENTENCE.search(text)) and len(text.split()) >= 8)


# How a bullet parts two people with functions. Twenty-third round: a comma then `et`/`and`
# before a capital, after the first one's functions (`A, LLL, Université X, et B, LIENSs`).
_PEOPLE_PARTED = re.compile(r"\s[–—-]\s|;|,\s+(?:et|and)\s+[A-ZÀ-Ö]")


_NAME_SHAPED = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
    r"(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?){1,2}$"
)


def _loose_person(text: str) -> Speaker | None:
    """`Jane Smith, CEO of Acme` (no capitals in the last name) only with a role or an
    organisation after it."""
    sp = person(text, strict=False)
    if sp and (sp["role"] or sp["organisation"]) and not _NOT_NAMES.search(fold(sp["name"])):
        if not sp["role"] and not _body_said(sp["organisation"] or "", sp["name"] or ""):
            return None
        return sp
    return None


def _body_said(org: str, name: str) -> bool:
    """Thirtieth round. Whether loose capitalised words then a body are a person and where
    they come from: after a name beyond doubt any capitalised words are (`Jane Smith – Green
    Streets`); otherwise the body names itself by its kind's word or an acronym (`Choukri
    Benayed, GRESCO`), since a theme and its subtitle are written alike (`Land Use – Quality
    Growth and Sustainable Development`, a topic of a panel, no one)."""
    return (
        named_beyond_doubt(name, False)
        or bool(ORG_INSIDE.search(fold(org)))
        or any(w.isupper() and len(w) >= 2 for w in org.split())
    )


_NOT_KNOWN_YET = re.compile(
    r"\W*(?:tb[acd]|a (?:confirmer|venir|preciser|definir|determiner)|to be (?:announced"
    r"|confirmed|determined|decided)|(?:details )?(?:coming soon|a suivre))\W*"
)
# Twenty-sixth round: or by mail (`Sur inscription : contact@…`, `Registration: info@…`), to
# an address that ends the line.
_REGISTER_ONLINE = re.compile(
    r"^(?:sur )?(?:inscriptions?|registrations?|register|sign[- ]?up|reservations?|tickets?"
    r"|billetterie)"
    r"\b[^.]{0,40}?\b(?:sur (?:le |notre )?site|en ligne|on (?:the |our )?(?:web)?site|online"
    r"|(?:at|on|sur) www\.|(?:at|on|sur) https?:|via (?:le site|the website|www\.)"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$)",
)


# Fifteenth round. A sentence ended inside a long line, whatever ends the line (`The meeting
# will start with a reception on Tuesday, December 7 and end on Saturday.  the tentative
# schedule is as follows:`): the line is prose, not a block, even when it names a kind.
_SENTENCE_INSIDE = re.compile(r"(?<=[a-zà-ÿ0-9]{2})\.\s+(?=[a-zà-ÿA-ZÀ-ÖØ-Þ]{2,}\s)")


def _words(title: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", fold(title)))


def said_again_with_its_range(day: Day) -> None:
    """Forty-sixth round. Two lines beside each other at the same start, one with no end and
    the other with its range, where the words of one are all among the other's (`8h30 :
    accueil des participants` then `Accueil de 8H30 à 9H00`, `9:00 Registration and coffee`
    then `Registration 9:00-9:30`), are one moment the page says twice, once with its end:
    one block, titled by the longer, ending where the range says; not a moment that ends at
    once beside another."""
    kept: list[Block] = []
    for b in day.blocks:
        a = kept[-1] if kept else None
        if (
            a is not None
            and a.start is not None
            and b.start is not None
            and a.start.minutes == b.start.minutes
            and (a.end is None) != (b.end is None)
        ):
            longer, shorter = (a, b) if len(a.title) >= len(b.title) else (b, a)
            few = _words(shorter.title)
            if few and few <= _words(longer.title) and not shorter.speakers and not shorter.items:
                longer.end = longer.end or shorter.end
                longer.description = " · ".join(
                    x for x in (longer.description, shorter.description) if x
                )
                kept[-1] = longer
                continue
        kept.append(b)
    day.blocks = kept


def moments_after_the_list(day: Day) -> None:
    """Fourteenth round. Lines of the same list as a day's timed lines, with the same bullet,
    after the last of them (`- 17 h 30 – Remise des prix` then `- Jeux géants`, `- Exposition
    …`), when no timed line above had parts of its own, are more moments of the list whose
    time is not said, not parts of the last block: a list whose timed lines have no parts
    does not give parts to its last one alone. Three timed lines at least make it a list."""
    timed = [b for b in day.blocks if b.start is not None]
    if len(timed) < 3 or day.blocks[-1] is not timed[-1]:
        return
    last = timed[-1]
    if not last.mark or last.item_bullet != last.mark:
        return
    if any(b.items or b.mark != last.mark for b in timed[:-1]):
        return
    items = last.items
    # A line in lower case, or after a comma, goes on with the one above (`• A découvrir,`
    # then `• dans l’Espace Galerie, …`); the first doing so goes on with the timed block.
    if any(it.bullet != last.mark for it in items) or not items[0].title[:1].isupper():
        return
    moments: list[Block] = []
    for it in items:
        if moments and (moments[-1].title.endswith(",") or it.title[:1].islower()):
            joint = " " if moments[-1].title[-1:] in ".,;:!?" else ", "
            moments[-1].title = f"{moments[-1].title}{joint}{it.title}"
            moments[-1].speakers += it.speakers
            continue
        moment = Block(it.title, it.line, speakers=it.speakers, rule=Rule.UNTIMED)
        moment.time_unsaid = True
        moments.append(moment)
    day.blocks += moments
    last.items = []


# Fourteenth round. Letters of a styled alphabet (mathematical bold or italic `𝐝𝐢𝐦𝐚𝐧𝐜𝐡𝐞 𝟐𝟏`,
# full-width `ｐｒｏｇｒａｍｍｅ`), as pages use them for emphasis where no bold is allowed, are
# the letters they style: such lines are read in their compatibility form (NFKC), which also
# puts their combining accents back on them (`𝐚̀` → `à`). Other lines are left as written.
_STYLED_LETTERS = re.compile("[\U0001d400-\U0001d7ff\uff01-\uff5e]")


def plain_letters(raw: list[str]) -> list[str]:
    """The lines with their styled letters read as plain ones (NFKC), the others as they are."""
    return [unicodedata.normalize("NFKC", r) if _STYLED_LETTERS.search(r) else r for r in raw]


# What a talk is about, opening a line (see _organisation_of_last_speaker): a preposition of
# subject then a word in small letters.
_TOPIC_LEAD = re.compile(
    r"^(?:On|About|Towards?|Sur|Autour\s+d(?:e|u|es|['’])|[ÀA]\s+propos\s+d(?:e|u|es|['’]))"
    r"\s*[a-zß-öø-ÿ]"
)


# Fifteenth round. Where to meet for an activity, on its own line under it: `Rendez-vous dans
# le petit jardin`, `RDV devant la mairie`, `Meet at the library`, `Meeting point: the gate`.
_MEETING_POINT = re.compile(
    r"^(?:rendez-vous|rdv|meet|meeting point|retrouvons-nous)\s*(?::\s*|\s+(?:dans|sur|au|aux"
    r"|à|a|devant|en|chez|at|in|on|by|outside|inside|near)\b)",
    re.IGNORECASE,
)


def activities_with_their_meeting_points(b: Block) -> list[Block]:
    """Fifteenth round. Under one time, activities each followed by where to meet for it
    (`9h30 / 12h30`, `Action de nettoyage`, `Rendez-vous dans le jardin`, `Atelier Jardinage`,
    `Rendez-vous dans le jardin`): each is a block of its own at that time, where to meet its
    description, not a part of the first. One meeting point alone stays the block's part."""
    if sum(bool(_MEETING_POINT.match(i.title)) for i in b.items) < 2:
        return [b]
    items, b.items = b.items, []
    out, current, met = [b], b, False
    for item in items:
        if _MEETING_POINT.match(item.title):
            current.description = clean(f"{current.description} {item.title}")
            met = True
        elif met:
            current = Block(item.title, item.line, start=b.start, end=b.end, rule=b.rule)
            current.speakers = item.speakers
            out.append(current)
            met = False
        else:
            current.items.append(item)
    return out


def read_text(text: str) -> Programme:
    """Read programme text into days of blocks; raise ProgrammeError when it has no schedule."""
    raw = text.splitlines()
    if _STYLED_LETTERS.search(text):
        raw = plain_letters(raw)
    raw = lengths_under_starts(times_from_closing_lengths(times_from_durations(raw, text)), text)
    prog = Programme(language=guess_language(text[:20000]))
    if "   " in text:
        raw = concurrent_rows(padded_columns(raw))
    raw = room_cells(raw)
    items, layout = entries(raw)
    prog.used.update(layout)
    start = body_start(items)
    first_day = read_header(items, start, prog)
    if start and fold(items[start - 1].text).strip(" :") in HEADINGS:
        prog.used.update(items[start - 1].nos)  # the "PROGRAMME" heading
    reader = Reader(prog, first_day, logical_lines(items[start:]))
    reader.place_first = place_column_first(raw)
    # A chair named just above the first block ("Président de séance : …") chairs it.
    for e in items[max(0, start - 2) : start]:
        if e.nos[0] not in prog.used and (chair := labelled_speakers(e.text)):
            reader.pending.extend(chair)
            prog.used.update(e.nos)
    reader.read_all()
    # The opening prose: what is written before the first block, the programme's heading or
    # not ("Schedule" then "The workshop will take place …").
    first_block = next((d.blocks[0].line for d in prog.days if d.blocks), None)
    opening = first_block or (items[start].nos[0] if start < len(items) else 0)
    before = [prog.title, *(t for no, t in prog.skipped if no < opening)]
    prog.event_kind = event_kind(" ".join(before)) or self_run_event(
        " ".join(b.description[:2000] for d in prog.days for b in d.blocks[:60])
    )
    # The title, or the line announcing the list (`Chacune des quatre réunions programmées
    # concerne un secteur différent :`), naming its entries as meetings.
    announcing = [t for no, t in prog.skipped if no < opening and t.rstrip().endswith(":")][-1:]
    for said in [prog.title, *announcing]:
        if prog.event_kind is None and (meetings := meetings_named(said)):
            prog.event_kind, prog.event_word = "plenary", meetings
    for d in prog.days:
        d.blocks = [a for b in d.blocks for a in activities_with_their_meeting_points(b)]
    # A day whose one moment is said in a sentence (times_in_sentences.py).
    moment_of_an_empty_day(items, prog)
    # The welcome's time said in the prose above the first block (times_in_sentences.py).
    welcome_said_before(items, prog)
    prog.days = [d for d in prog.days if d.blocks]
    only = [b for d in prog.days for b in d.blocks]
    if len(only) == 1 and prog.title and is_place(only[0].title) and not only[0].items:
        # One event whose time names only its place ("Jeudi 3 avril, 18h30, salle
        # polyvalente"): the event is the programme's title, the place its description.
        if only[0].description != only[0].title:
            only[0].description = clean(f"{only[0].title} · {only[0].description}".strip(" ·"))
        only[0].title = prog.title
    day = prog.days[0] if len(prog.days) == 1 else None
    if (
        day is not None
        and day.start is not None
        and day.end is not None
        and all(b.start is None and b.end is None for b in only)
        and kind_of(prog.title, prog.language)
    ):
        # Eleventh round. An event whose only times are its hours in a sentence (`Samedi 22
        # Mars de 15h à 18h`), its steps listed without times, is one block: the event the
        # title names (`Forum Ouvert Citoyen`), over those hours, the steps its parts.
        whole = Block(prog.title, only[0].line, start=day.start, end=day.end, rule=Rule.TITLE_FIRST)
        for b in only:
            whole.items += [Item(b.title, b.line, speakers=b.speakers), *b.items]
        whole.description = clean(" ".join(b.description for b in only))
        day.blocks = [whole]
    if sum(len(d.blocks) for d in prog.days) <= 1 and (lectures := one_time_for_all(items, prog)):
        # The one time read alone (`at 6 pm`), if at all, was the time of every lecture.
        prog.days = lectures
    untimed = [b for d in prog.days for b in d.blocks]
    if (
        len(prog.days) == 1
        and untimed
        and prog.days[0].start is None
        and all(b.start is None and b.end is None for b in untimed)
        and (block := one_event(items, prog))
    ):
        # Fifteenth round. A meeting whose points are listed without times (`1 Accueil`, `2
        # Présentation …`) and whose time is in the sentence calling it (`aura lieu mardi 28
        # Juin 2022 à 19h`, `will be held on Tuesday, June 28, 2022 at 7 pm`) is one block at
        # that time, the points its parts; the date that sentence gives is the meeting's,
        # over a date in the title (a post's date in brackets).
        block.items = [
            i for b in untimed for i in (Item(b.title, b.line, speakers=b.speakers), *b.items)
        ]
        block.description = clean(" ".join(b.description for b in untimed))
        said = next((e.text for e in items if e.nos[0] == block.line), "")
        if len(dates := set(dates_in_text(said))) == 1:
            prog.days[0].date, prog.days[0].label = dates.pop(), ""
        prog.days[0].blocks = [block]
        prog.skipped = [(no, t) for no, t in prog.skipped if no not in prog.used]
    if not prog.days and (block := one_event(items, prog)):
        event = " ".join([prog.title, *(e.text[:2000] for e in items[:60])])
        first_day.blocks.extend(moments_of_event(items[:60], block, event))
        if len(first_day.blocks) > 1:
            # The sentences the moments were read from are no prose left out.
            prog.used.update(b.line for b in first_day.blocks)
            prog.skipped = [(no, t) for no, t in prog.skipped if no not in prog.used]
        if len(first_day.blocks) == 1:
            agenda_points(items[:60], first_day.blocks[0], prog)
            # The lines the meeting was read from are no prose left out.
            prog.skipped = [(no, t) for no, t in prog.skipped if no not in prog.used]
            # Twenty-seventh round. The line giving the event's time gives its date too (a
            # post's title `Le conseil municipal … : 23/07/2020 à 18h30`, `Open day: 14 June
            # 2025, 6 pm`): that date is the day's, when it is the one date there.
            said = next((e.text for e in items if e.nos[0] == first_day.blocks[0].line), "")
            if first_day.date is None and len(dates := set(dates_in_text(said))) == 1:
                first_day.date = dates.pop()
        prog.days = [first_day]
    if (
        len(prog.days) == 1
        and len(prog.days[0].blocks) == 1
        and (points := numbered_moments(items[:60], prog.days[0].blocks[0], prog))
    ):
        # The one time read was the evening's start, its course the numbered points.
        prog.days[0].blocks = points
        prog.skipped = [(no, t) for no, t in prog.skipped if no not in prog.used]
    date_before_schedule(items, prog)
    people_before_schedule(items, prog)
    # Forty-third round: the one moment's people in a bulleted list above it.
    people_bulleted_before(items, prog)
    complete_from_above(items, prog)
    # Forty-third round: a talk's person, or a name alone, named as the programme names
    # its other speakers (named_alike).
    people_named_alike(prog, text)
    names_alone_alike(prog, text)
    people_after_a_dash_alike(prog, text)
    people_with_body_alike(prog, text)
    people_below_to_their_panel(prog, text.splitlines())
    timed = [b for d in prog.days for b in d.blocks]
    if twelve_hour_with_zeros([(b.start, b.end) for b in timed]):
        for b in timed:
            b.start, b.end = without_zero(b.start), without_zero(b.end)
    prog.days = [part for d in prog.days for part in days_by_the_clock(d) or split_going_back(d)]
    prog.days = [part for d in prog.days for part in days_named_together(d) or [d]]
    for d in prog.days:
        if hours := hours_of_the_day(d, lambda t: kind_of(t, prog.language) is not None):
            prog.skipped.append(hours)
        parts_by_their_hours(d)
    if not prog.days:
        raise ProgrammeError(
            1, "no schedule found: no line starts with a time such as 9h15 or 09:15"
        )
    return prog
