"""Words of programmes: kinds of blocks, kinds of events, places, the language (the words
naming each kind are in `kind_words`, days and dates in `days_and_dates`)."""

from __future__ import annotations

import re
from functools import lru_cache

from facilitateur.models.programme.kind_words import (
    FIELDS,
    KIND_WORDS,
)
from facilitateur.models.text.folding import fold


def _alternatives(words: str) -> list[str]:
    """The top-level alternatives of a pattern (`a|b(?:c|d)|e` → `a`, `b(?:c|d)`, `e`): each is
    matched on its own, so that the longest of those starting at one place wins, whatever
    their order."""
    out, depth, start = [], 0, 0
    for i, c in enumerate(words):
        if c == "(" and (i == 0 or words[i - 1] != "\\"):
            depth += 1
        elif c == ")" and words[i - 1] != "\\":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(words[start:i])
            start = i + 1
    out.append(words[start:])
    return out


_ALTERNATIVES = sorted(
    ((kind, alt) for kind, words in KIND_WORDS for alt in _alternatives(words)),
    key=lambda ka: -len(ka[1]),
)


# Every kind word in one pattern, the longer alternatives first so that of two starting
# together the longer wins; each alternative's group says its kind.
def _kind_pattern() -> str:
    """The alternatives grouped by their first letter, each group behind a look-ahead on that
    letter, so that a title is matched in time proportional to its length, not to the size of
    the lexicon; alternatives whose first letter is not written first are tried before them
    (they are among the longest). The order within a group is kept (the longer first)."""
    by_letter: dict[str, list[str]] = {}
    first: list[str] = []
    for i, (_kind, alt) in enumerate(_ALTERNATIVES):
        group = rf"(?P<k{i}>{alt})"
        if alt[0].isalnum() and alt[1:2] not in ("?", "*", "{"):
            by_letter.setdefault(alt[0], []).append(group)
        else:
            first.append(group)
    parts = first + [f"(?={c})(?:{'|'.join(groups)})" for c, groups in sorted(by_letter.items())]
    return r"\b(?:" + "|".join(parts) + r")\b"


_KIND_RX = re.compile(_kind_pattern())
_KIND_OF_GROUP = {f"k{i}": kind for i, (kind, _alt) in enumerate(_ALTERNATIVES)}
_MEAL = re.compile(rf"\b(?:{dict(KIND_WORDS)['meal']})\b")
# Words that say little alone and give way to a telling one (`Conference dinner`, `Plenary
# Session: Report Back`, `Discussion – Pause-café`).
_WEAK = re.compile(
    r"^(?:conferences?|plenary|plenieres?|presentations?|discussions?|posters?|affiches|awards?"
    r"|prix|remise des (?:prix|lots|trophees)|speakers?|communications?|rondes?|tour|labs?"
    r"|allocutions?|discours|interventions?|food"
    # Seventeenth round. The business meeting is everyone's, but a telling word names the
    # moment it is part of (`Opening Business Meeting` opens the day).
    r"|business (?:meetings?|sessions?)"
    # Forty-sixth round. So does a session of everyone, named as the frame of what it holds
    # (`General Session: Keynote Speaker`, `Séance générale : table ronde …`): the telling
    # word after it names the moment; alone, it stays a plenary.
    r"|general sessions?|sessions? generales?|seances? generales?|" + FIELDS + r")$"
)
# A word so general that it is a kind only when nothing else is named: `Session 4: First
# Prototypes`, `Concurrent Sessions`.
_GENERIC = re.compile(r"^(?:sessions?|seances?|seminar|lectures?|lecons?)$")
_LECTURE = re.compile(r"lectures?")
# Events whose sessions are work in groups: a workshop, an unconference, a hackathon, a training.
_WORKING_EVENT = re.compile(
    r"\b(?:workshops?|ateliers?|un-?conferences?|barcamps?|forums? ouverts?|open space"
    r"|hackathons?|hack weeks?|trainings?|formations?|journees? de travail|working days?"
    # A camp is an unconference, whatever it is a camp of (`BarCamp`, `in line with most
    # camps`, `Code camp`): its sessions are proposed and run by those there.
    r"|(?:bar|code|web|data|wiki|pod|edu|geo)?camps?)\b"
)


# Tenth round. Events whose sessions their participants make are said so anywhere in the
# programme, not only above it (`Planning for the un part of the unconference will begin`
# under `We Make the Program Together`): a word as strong as that names the event's sessions
# wherever it is written; a workshop mentioned in passing does not.
_SELF_RUN_EVENT = re.compile(
    r"\b(?:un-?conferences?|barcamps?|forums? ouverts?|open space technology|non-?conferences?"
    r"|hackathons?)\b"
)


def self_run_event(text: str) -> str | None:
    """`workshop` when `text` names an event whose sessions its participants make (an
    unconference, a barcamp, a forum ouvert, a hackathon), None otherwise."""
    return "workshop" if _SELF_RUN_EVENT.search(fold(text)) else None


def event_kind(text: str) -> str | None:
    """The kind of the sessions of an event its title or opening prose describes: `workshop`
    for a workshop, an unconference, a hackathon, a training; None otherwise."""
    return "workshop" if _WORKING_EVENT.search(fold(text)) else None


# A programme titled as meetings, in the plural (`Réunions de quartier 2023`, `Public
# meetings`, `Town hall meetings`), lists meetings: each one all attend together. One meeting's
# programme (`Annual Meeting`, `Assemblée générale`) lists its moments, of any kind.
_MEETINGS = re.compile(
    r"\b(?:reunions(?: publiques| de quartiers?)?|assemblees(?: (?:generales|de quartiers?))?"
    r"|meetings|town halls|(?:public )?hearings|conseils (?:municipaux|de quartiers?))\b"
)


def meetings_named(title: str) -> str:
    """The words of a programme's title naming its events as meetings, as written; "" when
    none does. A moment that names no kind and nobody is then one of those meetings."""
    folded = fold(title)
    m = _MEETINGS.search(folded)
    if m is None:
        return ""
    return title[m.start() : m.end()] if len(folded) == len(title) else m.group()


def kind_of_a_day(rest: str, lang: str | None = None) -> str:
    """Twenty-eighth round. The words after a day's date naming, in the plural, what all its
    blocks are (`Dimanche 25 novembre, ateliers`, `Saturday 12 May: Workshops`, `Samedi,
    conférences`): those words when they are the kind word and at most two more, "" otherwise.
    A generic word (`Sessions`) or one in the singular (`Vendredi, atelier vélo`: one moment)
    names no kind for the day."""
    words = rest.strip(" :,–—-.").split()
    if not 1 <= len(words) <= 3 or not words[0].lower().endswith(("s", "x")):
        return ""
    kind, word = kind_and_word(" ".join(words), lang)
    if kind is None or not " ".join(words).lower().startswith(word.lower()) or is_generic(word):
        return ""
    return word


def is_generic(word: str) -> bool:
    """Whether a kind word is a generic one (`Session`, `séance`, `seminar`)."""
    return bool(_GENERIC.match(fold(word)))


# Function words, not counted when looking for a kind word among a title's first words.
_FUNCTION_WORDS = frozenset(
    [
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l'",
        "d'",
        "un",
        "une",
        "et",
        "ou",
        "a",
        "au",
        "aux",
        "en",
        "pour",
        "sur",
        "par",
        "avec",
        "dans",
        "sous",
        "entre",
        "vers",
        "chez",
        "sa",
        "son",
        "ses",
        "leur",
        "leurs",
        "ce",
        "cette",
        "the",
        "an",
        "of",
        "and",
        "or",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "into",
        "our",
        "your",
        "their",
        "its",
        "this",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "of",
        "and",
        "for",
        "with",
        "to",
        "in",
        "on",
        "at",
        "by",
        "from",
        "is",
        "are",
        "this",
        "our",
        "your",
    ]
)
_FRENCH = frozenset(
    [
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "et",
        "pour",
        "sur",
        "par",
        "avec",
        "dans",
        "au",
        "aux",
        "une",
        "est",
    ]
)
# A kind word counts when it starts among a title's first four content words.
_WINDOW = 4


_FRENCH_LETTER = re.compile(r"[àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ]")


def guess_language(text: str) -> str:
    """`fr` or `en`: the language whose common words a text holds more of; with as many of
    each, French for text holding a letter of French's accents and English otherwise (a
    place's name in another language, `Covilhã`, says nothing of French)."""
    words = fold(text).replace("'", " ").split()
    english = sum(w in _ENGLISH for w in words)
    french = sum(w in _FRENCH for w in words)
    if english == french:
        return "fr" if _FRENCH_LETTER.search(text) else "en"
    return "en" if english > french else "fr"


@lru_cache(maxsize=8192)
def _matches(head: str) -> tuple[tuple[int, int, int, str, str], ...]:
    """Every kind word of `head`: (strength, start, end, kind, words); strength 0 for a telling
    word, 1 for a weak one, 2 for a generic one. Of two words starting together, the longer;
    a word inside a longer one is not a word of its own ("cafe" in "pause cafe")."""
    out: list[tuple[int, int, int, str, str]] = []
    for m in _KIND_RX.finditer(head):
        word = m.group(0)
        strength = 2 if _GENERIC.match(word) else 1 if _WEAK.match(word) else 0
        out.append((strength, m.start(), m.end(), _KIND_OF_GROUP[m.lastgroup or ""], word))
    if "-" in head:
        out = [f for f in out if not _in_a_compound_naming_no_kind(head, f, out)]
    return tuple(out)


# Forty-first round. A word joined to its twin by `-to-` or `-à-` (`End-to-End`, `face-to-
# face`, `tête-à-tête`, `porte-à-porte`) qualifies what follows: it names no moment.
_TWINNED = re.compile(r"\w+-(?:to|a)-\w+")
# A part of the day joined by a hyphen to the word naming what happens in it (`soirée-débat`,
# `matinée-conférence`): it says when, the word after it says what.
_PART_OF_DAY_FIRST = re.compile(r"(?:soirees?|matinees?|journees?|evenings?|mornings?)$")


def _in_a_compound_naming_no_kind(
    head: str, f: tuple[int, int, int, str, str], found: list[tuple[int, int, int, str, str]]
) -> bool:
    """Whether the kind word `f` of `head` is part of a compound naming no moment by it."""
    start, end = f[1], f[2]
    for m in _TWINNED.finditer(head, max(0, start - 40), min(len(head), end + 40)):
        if m.start() <= start and end <= m.end():
            return True
    return (
        _PART_OF_DAY_FIRST.search(f[4]) is not None
        and head[end : end + 1] == "-"
        and any(g[1] == end + 1 for g in found)
    )


def word_matches(text: str) -> tuple[tuple[int, int, int, str, str], ...]:
    """Every kind word of a folded text: (strength, start, end, kind, words); strength 0 for a
    telling word, 1 for a weak one, 2 for a generic one."""
    return _matches(text[:4000])


def _content_index(head: str, at: int) -> int:
    return sum(w not in _FUNCTION_WORDS and w != "·" for w in head[:at].split())


def _matches_generic_only(text: str) -> bool:
    """Whether every kind word of a text is a generic one (`Session 2`, `Séance plénière`
    is not)."""
    return all(f[0] == 2 for f in _matches(fold(text)))


def _adjacent(
    head: str, a: tuple[int, int, int, str, str], b: tuple[int, int, int, str, str]
) -> bool:
    """Two kind words forming one compound: nothing but a space or a hyphen between them; or a
    slash between two words of one kind, offered as each other's synonym (`Welcome/Opening
    Reception`): a slash between two kinds lists them (`Morning Tea/Snacks`, `Lunch/free
    time`)."""
    between = head[a[2] : b[1]]
    return b[1] - a[2] <= 1 and (between in ("", " ", "-") or (between == "/" and a[3] == b[3]))


def _colon_between(
    title: str, a: tuple[int, int, int, str, str], b: tuple[int, int, int, str, str]
) -> bool:
    """Twenty-first round. Whether a colon parts two kind words the head of a title joins
    (`Practicals: intro to Jupyter`, `Workshop: Opening the data`): a colon ends what it
    follows, no compound runs across it, so the first word names the block."""
    return re.search(rf"\b{re.escape(a[4])}\s*:\s*{re.escape(b[4])}\b", fold(title)) is not None


_NAMES_A_BODY = re.compile(
    r"(?:,?\s+(?:and\s+|&\s+)?(?!(?:with|the|of|for|by|to|from|at|in|on|an?|meets?)\b)"
    r"[a-z][\w'’-]*){0,4}?\s+(?:committee|council|board|commission"
    r"|task force|working party)s?\b(?! reports?\b)"
)


_TRAILING_NUMBER = re.compile(
    r"(?: (?:#?\d{1,3}[a-z]?|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten))+$"
)


_OFFICIAL_ARRIVES = re.compile(
    r"^(?:arrivee (?:de la |du |de l'|de madame la |de monsieur le )"
    r"|arrival of the )(?:ministre|minister|prefete?|prefect|maire|mayor|president\w*"
    r"|secretaire d'etat|secretary|depute\w*|senat\w*|governor|gouverneur|ambassad\w*)\b"
)
# Verbs of work done together, first in a title, in the imperative (English) or infinitive
# (French), then what is worked on.
_GROUP_WORK_VERB = re.compile(
    r"^(?:develop|discuss|identify|define|synthesi[sz]e|prioriti[sz]e|draft|co[- ]?create"
    r"|brainstorm|definir|elaborer|identifier|prioriser|co[- ]?construire|rediger|imaginer"
    r"|construire)\s+(?!(?:of|the end|de la fin)\b)\w",
)


_START_ALONE = re.compile(r"^\W*(?:start|beginning|debut|commencement|demarrage)\W*$")
# Thirteenth round. A count of talks in brackets says what the block holds, whatever it is
# called (`Workshop (slot 1: 4 presentations)`, `Session B (3 communications)`, `Atelier
# (5 exposés)`): those talks, one after another.
_COUNTED_TALKS = re.compile(
    r"\([^()]*\b\d+\s+(?:presentations?|talks?|papers?|communications?|exposes?"
    r"|interventions?|lectures?|conferences?)\b[^()]*\)"
    # Fifteenth round. A count times a length in brackets (`(3 x 20 minutes each)`, `(4 × 15
    # min)`) is that many talks of that length, one after the other.
    r"|\(\s*\d+\s*[x×]\s*\d+\s*(?:min|minutes|mn)\b[^()]*\)"
)


# Fourteenth round. A title that starts by naming the event and its day before a colon
# (`Unconference day 1: Sessions`, `Forum ouvert, jour 2 : Ouverture`, `Conference Day 3:
# Keynotes`) names the block after the colon; the event's name says which day, not what is done.
_EVENT_DAY_PREFIX = re.compile(
    r"^[^:]{0,40}?\b(?:day|jour|journee|journée)\s*(?:\d{1,2}|[ivx]{1,4})\s*:\s*(?=\w)",
    re.IGNORECASE,
)


def without_event_day(title: str) -> str:
    """A title without the event and day it starts by naming (`Unconference day 1: Sessions`
    → `Sessions`); the title itself when it names none."""
    prefix = _EVENT_DAY_PREFIX.match(title) if ":" in title else None
    return title[prefix.end() :] if prefix else title


# Twenty-first round. Snacks or cookies served with the tea or the coffee (`Morning
# Tea/Snacks`, `Coffee & snacks`, `Café / collation`) are what the break offers, not a meal: a
# meal wins over a break only when it is one (`Lunch Break`, `Pause déjeuner`).
_BREAK_FARE = re.compile(
    r"\b(?:tea|coffee|cafe)s?\s*(?:·|/|&|and|et|with|avec|\+)?\s*(?:small |light )?"
    r"(?:snacks?|cookies|biscuits|collations?|petits fours|viennoiseries)\b"
)
_ACTIVITY_ENDS = re.compile(
    r"^\W*(?P<what>(?:[\w'-]+ ){1,3}?)(?:ends|finishes|is over|stops|closes|se termine(?:nt)?"
    r"|s'acheve(?:nt)?|prend fin|prennent fin)(?:\W*$|\s*[:–—])"
)
# Thirty-fifth round. Its talks too, the programme itself (`Talks ends`, `Presentations end`,
# `Les exposés se terminent`), as its sessions: an activity beside them ending (`Hacking
# ends`, `Voting closes`) stays the moment it stops.
_THE_GATHERING = re.compile(
    r"\b(?:symposium|conference|workshop|day|meeting|event|forum|retreat|summit|congress"
    r"|colloque|seminaire|journee|rencontre|congres|session|programme|program|reunion|seance"
    r"|talk|presentation|expose|intervention"
    # Thirty-eighth round. A camp or a BoF is the gathering too (`Camp closed!`, `BoF
    # concludes`), as is a feast or an assembly (`La fête se termine`).
    r"|camp|barcamp|unconference|bof|fete|assemblee|assembly)s?\b"
)
_GATHERING_ENDS = re.compile(
    r"^\W*(?P<what>(?:[\w'-]+ ){1,3}?)(?:ends?|finish(?:es)?|closes?|is over|are over"
    r"|se termine(?:nt)?|s'acheve(?:nt)?|prend fin|prennent fin"
    # Thirty-eighth round. Said to conclude or to be closed, in either language (`BoF
    # concludes`, `Camp closed!`, `Meeting adjourned`, `Le forum se clôture`, `La séance est
    # levée`), it ends all the same.
    r"|conclude[sd]?|(?:is |are )?closed|adjourn(?:s|ed)?|se cloturent|se cloture"
    r"|(?:est|sont) (?:close?s?|levee|terminee?s?))\W*$"
)
_JOINS = re.compile(r"\b(?:and|et|puis|then|followed|suivie?s?)\b|&|\+|;")
_FOODS = (
    r"(?:cocktail|cafe|coffee|drinks?|verre|aperitif|apero|buffet|repas|dejeuner|lunch|dinner"
    r"|diner|breakfast|petit[- ]dejeuner|pot|tea|brunch|gouter)"
)
_PRESENTATION_OF = re.compile(
    r"^(?:(?:short|brief|quick|petite|courte|breve) )?presentations? (?:of|de|du|des|d')\s?"
)


def _presents_it(head: str, at: int, kind: str) -> bool:
    """Twenty-first round. Whether the kind word found at `at` is what a presentation presents
    (`Presentation of the workshop, introduction to OGGM`, `Présentation du film Océans`,
    `Présentation du cycle, des ateliers et du règlement`): no kind of the block, which is
    someone presenting it, a talk. Not a second moment joined to the first (`Présentation des
    candidats et vote`)."""
    shown = _PRESENTATION_OF.match(head) if kind != "talk" else None
    return shown is not None and at >= shown.end() and not _JOINS.search(head[shown.end() : at])


_OVER_A_MEAL = re.compile(
    r"\b(?:autour d'(?:un|une)|over(?: a| some)?|avec (?:un|une))\s+(?P<food>"
    + _FOODS
    + r")(?=$|[\s·])"
)
# Twenty-first round. A discussion joined after a talk, a presentation or a session (`Talk and
# Discussion`, `First Session and Discussion`, `Presentation (Jakob Steiner) and open
# discussion`, `Exposé et discussion`) is that talk and the questions after it: the talk names
# the block, not everyone's discussion.
_TALK_THEN_DISCUSSION = re.compile(
    r"\b(?:talks?|presentations?|sessions?|exposes?|conferences?|lectures?|keynotes?"
    r"|interventions?)\s*(?:\([^()]*\)\s*)?(?:and|et|&|\+|suivie? d'une?|followed by)\s+"
    r"(?:(?:an? |une? )?(?:open|general|short|joint|libre|ouverte|courte) )?(?:discussions?|debats?)\b"
)
# Twenty-first round. An introduction to a subject (`Introduction to OGGM`, `Brief introduction
# about glacier modelling`, `Introduction à la permaculture`, `Initiation au compostage`) is a
# talk on it; one to the gathering itself or its day (`Introduction to the symposium`,
# `Introduction à la Convention`, `introduction of the participants`) stays its opening.
_INTRO_TO_SUBJECT = re.compile(
    r"^(?:(?:a |an |une |)(?:brief|short|quick|general|breve|courte|petite) )?"
    r"(?:introductions?|initiation) (?:to|about|into|on|a|au|aux|sur)\b"
    r"(?! (?:the |this |our |la |le |l'|les )?(?:[\w-]+ )?(?:workshop|symposium|convention"
    r"|conference|colloque|seminaire|seminar|forum|day|journee|week|semaine|session|event"
    r"|evenement|rencontre|programme|program|meeting|participants?|topic|theme|sujet"
    r"|morning|afternoon|evening|night|week-?end|matin|matinee|apres-midi|soiree)s?\b)"
)
# Fourteenth round. A block held in plenary (`Atelier 3 en séance plénière`, `Workshop
# reports in plenary`, `Group work in plenary session`) gathers everyone: a workshop said to
# be so is a plenary, since work in groups is what a plenary is not.
_IN_PLENARY = re.compile(r"\b(?:en (?:seance )?plenieres?|in plenary(?: sessions?)?)\b")
# Fourteenth round. A moment of no session kind joined to the opening or the closing (`Award
# Ceremony & Closing`, `Vote et clôture`, `Photo de groupe et mot d'accueil`) is part of it:
# the block opens or closes the day.
# Thirty-eighth round. So is one joined to a meal (`Group photo & Lunch`, `Photo de groupe et
# déjeuner`, `Yoga & Breakfast`): the block is the meal, the other moment held at it.
_JOINED = re.compile(r"^\s*(?:·|and|et|&|\+)\s*$")


# Twenty-sixth round. An English name in title case whose last word is a telling kind word
# (`Board of Directors & Past Chairs Dinner`, `Volunteer and Sponsor Appreciation Luncheon`):
# that word is the head of the whole name, however many words (the guests, the body giving it)
# stand before it and whatever `of` or `&` joins them. Only a name counts: every word of four
# letters or more is capitalised, so a sentence (`Meet the board of directors at dinner`) is
# not read so.
def _title_case_head(
    title: str, head: str, found: tuple[tuple[int, int, int, str, str], ...]
) -> tuple[int, int, int, str, str] | None:
    words = re.findall(r"[^\W\d_][\w’'-]*", title)
    if len(words) < 3 or any(w[0].islower() for w in words if len(w) >= 4):
        return None
    end = len(head.rstrip(" ·"))
    if number := _TRAILING_NUMBER.search(head[:end]):
        end = number.start()
    # A moment of another kind ending a name (`… Green Party`, `… Walking Tour`) is as often a
    # body or a thing named: only the kinds of a programme's sessions and meals are read so.
    last = [f for f in found if f[0] == 0 and f[2] == end and f[3] != "other"]
    return last[0] if last else None


@lru_cache(maxsize=8192)
def kind_and_word(title: str, lang: str | None = None) -> tuple[str | None, str]:
    """The kind named by a title's first words (`Table ronde : …` → panel), and the words that
    say it; (None, "") when no word does.

    A kind word counts when it starts among the first four content words (articles and
    prepositions are not counted). A telling word wins over a weak one (`Conference dinner`,
    `Plenary Session: Report Back`), the earliest telling word wins, the longer one when two
    start together (`Break out session`), and a meal wins over a break (`Pause déjeuner`,
    `Lunch Break`). In English the last word of a compound is its head (`Welcome Reception`
    is a meal, `Opening Address` a talk, `Plenary conference` a talk); French puts it first.
    A generic word (`Session`) is a talk only when nothing else is named.
    """
    if (own := without_event_day(title)) is not title:
        return kind_and_word(own, lang)
    if (ends := _ACTIVITY_ENDS.match(fold(title))) and not _THE_GATHERING.search(ends["what"]):
        # Twenty-first round. An activity said to end (`Hacking ends`, `Hackathon ends`, `Les
        # votes se terminent`) is the moment it stops, no part of it; the gathering or its day
        # ending (`Symposium Ends`, `Day ends`) closes it (below).
        return "other", ends.group(0).strip(" :–—")
    if (ends := _GATHERING_ENDS.match(fold(title))) and _THE_GATHERING.search(ends["what"]):
        # Twenty-fifth round. The gathering, or its session, said to end, and nothing else
        # (`Zoom session ends`, `Meeting is over`, `La réunion se termine`): its close, as
        # `Symposium Ends` is. Said to begin, it stays what it names (`Workshop Begins` is the
        # workshop), unless it opens the day (see assemble's `_opening_said_to_start`).
        return "closing", ends.group(0)
    if (intro := _INTRO_TO_SUBJECT.match(fold(title))) and not _matches(fold(title)[intro.end() :]):
        # Another kind named after it (`Introduction to Python and lunch`) is read as before.
        return "talk", title.split()[0]
    if _START_ALONE.match(fold(title)):
        # Thirteenth round. The start alone (`Start`, `Début`, `Beginning`; its place cut
        # off before, as in `6:30 Start - at Centre Stage`) is the gathering's opening.
        return "welcome", title.split()[0]
    if counted := _COUNTED_TALKS.search(folded := fold(title)):
        same = len(folded) == len(title)
        return "talk", title[counted.start() : counted.end()] if same else counted.group()
    label, colon, named = title.partition(":")
    if colon and named.strip() and _matches(fold(label)) and _matches_generic_only(label):
        # Twenty-third round. A label naming only a generic kind, then a colon (`Mobile
        # Session: Rochester Development Tour`, `Séance : visite du chantier`): what follows the
        # colon names the block, however far its kind word stands.
        after, word = kind_and_word(named.strip(), lang)
        if after is not None and word and not _matches_generic_only(named.strip()):
            return after, word
    # Punctuation between words is kept as "·": not a word, but it parts a compound.
    head = " ".join(
        w if re.search(r"\w", w) else "·" for w in fold(title).replace(":", " ").split()
    )
    head = " ".join(head.split()[:12])
    if lang is None:
        lang = guess_language(title)
    found = _matches(head)
    if lang == "en":
        # Twenty-first round. An English lecture is a talk, whatever it is part of (`Course
        # lecture`, `Guest lecture`): the compound's head names it. The French `lecture` is a
        # reading (`Lecture de conte`), as general as a session.
        found = tuple((0, *f[1:]) if _LECTURE.fullmatch(f[4]) else f for f in found)
        # A committee named by its business (`Bylaws and Resolutions Committee`, `Awards
        # Committee`): its words name the body, not the block's kind.
        found = tuple(f for f in found if not _NAMES_A_BODY.match(head, f[2]))
    near = [f for f in found if _content_index(head, f[1]) < _WINDOW]
    if lang == "en" and not any(f[0] == 0 for f in near):
        # The head of an English phrase ends it: "Past President and New Member Reception".
        phrase = re.match(r"[^·;(]*?(?= (?:for|of|on|at|in|with|by|to|from) |\s*[·;(]|$)", head)
        end = phrase.end() if phrase else 0
        # Its number is not its head: "Concurrent Oral and Creative Works Session 1" is a
        # session, generic or not.
        if number := _TRAILING_NUMBER.search(head[:end]):
            end = number.start()
        near += [f for f in found if f[0] in (0, 2) and f[2] == end and f not in near]
    best = None
    for strength in (0, 1):
        pool = [f for f in near if f[0] == strength]
        if strength == 1 and not pool:
            continue
        if strength == 1:
            # A weak word gives way to a telling one further on ("Remise des prix et mot de
            # clôture", "Conference ... dinner").
            clause = head.find(";")
            strong_far = [f for f in found if f[0] == 0 and (clause < 0 or f[1] < clause)]
            if strong_far:
                pool = strong_far[:1]
        if pool:
            best = last = pool[0]
            if lang == "en":
                for f in pool[1:]:
                    if _adjacent(head, last, f) and not _colon_between(title, last, f):
                        # Twenty-third round. The compound runs on through words of one
                        # kind, and through a slash between two of them (`Welcome/Opening
                        # Reception` is a welcome or opening reception: a meal).
                        last = f
                        if f[3] != best[3]:
                            best = f  # the head of an English compound comes last
            break
    if best is None:
        generic = [f for f in near if f[0] == 2]
        if not generic:
            if lang == "en" and (head_word := _title_case_head(title, head, found)):
                return head_word[3], head_word[4]
            if _GROUP_WORK_VERB.match(head):
                # Twelfth round. A title telling the participants what to do together, its
                # verb first (`Develop Board Vision and Priorities`, `Discuss Operating
                # Guidelines`, `Définir nos priorités`), is their work: a workshop.
                return "workshop", title.split()[0] if title.split() else ""
            if over := _OVER_A_MEAL.search(head):
                # Twenty-first round. A moment around a drink or a meal (`Échange convivial
                # autour d’un cocktail`, `Networking over drinks`) is that meal or break.
                return kind_of(over["food"], lang), over["food"]
            return None, ""
        best = generic[0]
    kind = best[3]
    if kind == "other":
        joined = [
            f
            for f in found
            if f[0] == 0
            and f[3] in ("welcome", "closing", "meal")
            and _JOINED.match(head[best[2] : f[1]])
        ]
        if joined:
            best, kind = joined[0], joined[0][3]
    elif kind == "workshop" and _IN_PLENARY.search(head):
        kind = "plenary"
    if _presents_it(head, best[1], kind):
        return "talk", title.split()[0]
    if kind in ("plenary", "panel") and _TALK_THEN_DISCUSSION.search(fold(title)):
        kind = "talk"
    if kind == "break" and _MEAL.search(head) and not _BREAK_FARE.search(head):
        kind = "meal"
    if kind == "welcome" and _OFFICIAL_ARRIVES.match(head):
        # Twelfth round. An official's arrival (`Arrivée de la ministre …`, `Arrival of the
        # Mayor`), as a press notice gives it, is when they come, not the participants'
        # welcome: another moment.
        kind = "other"
    start, words = best[1], best[4]
    original = " ".join(w if re.search(r"\w", w) else "·" for w in title.replace(":", " ").split())
    original = " ".join(original.split()[:12])
    return kind, original[start : start + len(words)] if len(original) == len(head) else words


# Nouns that name a place: a line made of a place and no kind word is where a block happens.
_PLACE = re.compile(
    r"\b(?:maison|auditorium|salles?|rooms?|hall|amphi\w*|lobby|cafeteria|foyer|campus|ecole"
    r"|school|nursery|building|batiment|espace|theat(?:re|er)|theatre|gymnase|gym|parc|park"
    r"|hotel|mairie|mediatheque|library|bibliotheque|chapelle|chapel|eglise|church|musee"
    r"|museum|galerie|gallery|atrium|terrasse|terrace|patio|jardin|garden|cour|courtyard"
    r"|aula|amphitheat\w*|centre|center|ballroom|suite|pavillon|pavilion|tent|chapiteau"
    r"|lycees?|colleges?|universites?|university|faculte)\b"
)


def is_place(text: str) -> bool:
    """Whether a line names only a place (`Maison de la Ruralité : Rural Action Centre`,
    `Auditorium Harry Payet`): a place noun, no kind word, not a sentence."""
    folded = fold(text)
    return (
        len(text) <= 80
        and bool(_PLACE.search(folded))
        and not _matches(folded)
        and not re.search(r"[.!?]\s*$", text)
    )


def place_before_title(text: str) -> int | None:
    """Where the title starts in `Theater Room Invited Speech I`, a row starting with its
    place: after the last place noun (and its brackets) before the first kind word."""
    folded = fold(text)
    found = _matches(folded) if len(folded) == len(text) else []
    if not found:
        return None
    first = min(f[1] for f in found)
    places = list(_PLACE.finditer(folded[:first]))
    if not places:
        return None
    end = places[-1].end()
    while end < first and folded[end] in ") ]":
        end += 1
    return end if folded[:end].count("(") <= folded[:end].count(")") else None


_SENTENCE_END = re.compile(r"[.!?:;](?:\s|$)")


def kind_in_sentence(title: str) -> tuple[str | None, str]:
    """The kind a title written as a sentence names further than its first words: `Sur les
    sites des installations, divers ateliers sont proposés autour de …` offers workshops.

    Only a title of ten words or more (a sentence, not a name) is read so, only its first
    sentence, and only a telling word counts (not `session`, `discussion`)."""
    if len(title.split()) < 10:
        return None, ""
    head = fold(title)
    if end := _SENTENCE_END.search(head):
        head = head[: end.start()]
    found = [f for f in _matches(head) if f[0] == 0]
    return (found[0][3], found[0][4]) if found else (None, "")


def kind_of(title: str, lang: str | None = None) -> str | None:
    """The kind named by a title's first words (`Table ronde : …` → panel), or None."""
    return kind_and_word(title, lang)[0]
