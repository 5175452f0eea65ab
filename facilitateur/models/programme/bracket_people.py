"""Twenty-first round. The people named in brackets after a title (`Glacier dynamics
(Patrick, Fabien): Ice flow`, `Scientific presentation 1 (Adnan Siddique): Lakes of the
HKH`, `Atelier sol (Claire Roux et Paul Martin)`): who gives the block, read by the shape of
the names in the bracket, not by the title's words. Twenty-second round: a bracket listing
some who take part (`(including A, B and C)`), and one naming where a moment no one gives is
held (`Registration (Kings Playhouse)`), which names no one. Twenty-third round: what a
programme names as a place in brackets once is a place in its other brackets too. Forty-fourth
round: a title made only of names each with their body in brackets, a research workshop's line
of authors (`A & B (Lab, Town, Country) - invited speaker`)."""

from __future__ import annotations

import re

from facilitateur.models.programme.given_names import is_given_name
from facilitateur.models.programme.model import Block
from facilitateur.models.programme.people import (
    Speaker,
    make_speaker,
    named_beyond_doubt,
    names_no_person,
    person,
)
from facilitateur.models.programme.roles_and_bodies import clean, is_role, looks_like_org
from facilitateur.models.programme.words import is_place, kind_of
from facilitateur.models.text.folding import fold

# A title, then a bracket, then perhaps a colon and what is spoken on; nothing else.
_TITLE_BRACKET = re.compile(
    r"^(?P<title>[^()]{3,}?)\s*\((?P<who>[^()]{2,80})\)\s*(?::\s+(?P<subject>\S.*))?$"
)
_PARTS = re.compile(r"\s*,\s*|\s+(?:and|et|&)\s+|\s*&\s*")
# Thirty-second round: the word opening a bracket that says who gives the point before it.
_SAID_BY = re.compile(r"^(?:par|by|presented\s+by|pr[ée]sent[ée]e?s?\s+par)\s+", re.IGNORECASE)
_GIVEN = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?$")
# Kinds whose block no one gives: a bracket after them says what or where (`Lunch (Grace)`).
_NO_ONE_GIVES = {"break", "meal", "social", "other"}


_NAME_SHAPE = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){1,3}$")


def _name_shaped(part: str) -> bool:
    return (
        bool(_NAME_SHAPE.match(part))
        and not is_role(part)
        and not names_no_person(part)
        and not looks_like_org(part)
        and not is_place(part)
        and kind_of(part) is None
    )


# A title counting its talk (`Lecture 1.a`, `Problem Session 2`, `Cours n° 3`, `Talk II`).
_COUNTED = re.compile(r"(?:\b(?:n[°o]\s*)?\d+(?:\.\d+)*(?:\.?[a-z])?|\b[IVX]{1,4})$")
_ONE_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]{2,}(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?$")
# Words that say how, where or in what language a talk is given, or its level: no one's.
_HOW_GIVEN = re.compile(
    r"^(?:online|en ligne|virtual|virtuel(?:le)?|hybrid[e]?|remote|distanciel|presentiel|live"
    r"|recorded|enregistre[e]?|replay|video|english|anglais|french|francais|bilingual|bilingue"
    r"|cancelled|canceled|annulee?|postponed|reporte[e]?|optional|facultatif|required"
    r"|obligatoire|advanced|avance|beginners?|debutants?|intermediate|intermediaire|basics?"
    r"|repeat|bis|continued|suite|part|partie|morning|afternoon|evening|matin|soir|tbd|tba"
    r"|plenary|pleniere|parallel|invited|invite[e]?|guest|zoom|visio|teams|webex|skype)$"
)


def _surname_alone(part: str) -> bool:
    return (
        bool(_ONE_WORD.match(part))
        and not _HOW_GIVEN.match(fold(part))
        and not is_role(part)
        and not names_no_person(part)
        and not looks_like_org(part)
        and not is_place(part)
        and kind_of(part) is None
    )


# A group named by its kind, then its name, ending a title (`par le collectif Yva`).
_GROUP_LAST = re.compile(
    r"\b(?:collectif|collective|ensemble|quatuor|quartet|quintette?|trio|duo|orchestre"
    r"|orchestra|chorale|choir|choeur|compagnie|company|troupe|groupe|band)"
    r"(?:\s+[^\s()]+){0,4}$|\b(?:trio|quartet|band|choir|ensemble|orchestra)$"
)


def bracketed_people(text: str) -> tuple[str, list[Speaker]] | None:
    """(the title, the people) when a title is followed by a bracket holding only people's
    names, perhaps then a colon and what they speak on (their topic), or None.

    The bracket names people when each of its parts (parted by commas, `and`, `et`, `&`) is
    a name beyond doubt (`Fabien Maussion`: a known given name and a last name), or when all
    of them are known given names alone (`Anouk, Fabien`) after a title naming a moment
    someone gives (a talk, a workshop: never a meal, a break or an outing, where `Lunch
    (Grace)` names a room). One part that is no name (`Room 12`, `Université de Lyon`,
    `Theater`) and the bracket says something else: nothing is read."""
    m = _TITLE_BRACKET.match(text)
    if m is None:
        return None
    who = m["who"].strip()
    said_by = _SAID_BY.match(who)
    if said_by:
        who = who[said_by.end() :]
    parts = [p for p in _PARTS.split(who) if p]
    if not parts:
        return None
    title = clean(m["title"])
    if not title or not title[:1].isalnum():
        return None
    kind = kind_of(title)
    given_alone = kind not in _NO_ONE_GIVES and not is_place(title)
    if given_alone and _GROUP_LAST.search(fold(title)):
        # Twenty-fourth round. Right after a group named by its kind (`par le collectif Yva
        # (Yvette, Véronique et Anne)`, `by the Leeds Trio (Ann, Tom and Eva)`), given names
        # alone are its members, who perform as the group: no one named, a given name alone
        # being no one's (precision); their full names are read as before.
        given_alone = False
    # A talk's bracket then its subject (`Scientific presentation 2 (Jawairia Ashfaq Ahmad):
    # Regional hydrology`): there the bracket can only say who gives it, and a name shaped as
    # names are (two to four capitalised words, no body, place nor function) is one, though
    # the list of given names lacks it.
    shaped = kind == "talk" and m["subject"] is not None and all(map(_name_shaped, parts))
    # Thirty-second round. A bracket opening with `par` / `by` (`Commission Voirie (par Félix
    # Le Goater)`, `Water quality (by Ann Lee)`) says who gives the point: a name shaped as
    # names are is theirs (`par les conseillers`, `by Leeds City Council` name no one).
    shaped = shaped or (said_by is not None and all(map(_name_shaped, parts)))
    # Forty-fifth round. A counted talk's or workshop's bracket holding one capitalised word,
    # then its subject (`Lecture 1.a (Blitvic): Positivity everywhere`, `Atelier 2 (Dupont) :
    # Les sols`, `Problem Session 2.b (Zhang): …`):
    # a course's teacher by their last name alone, when that word is no body, place,
    # function, kind, nor a word saying how or in what language the talk is given.
    shaped = shaped or (
        kind in ("talk", "workshop")
        and m["subject"] is not None
        and len(parts) == 1
        and bool(_COUNTED.search(title))
        and _surname_alone(parts[0])
    )
    if (
        not all(named_beyond_doubt(p, False) and len(p.split()) <= 4 for p in parts)
        and not (given_alone and all(_GIVEN.match(p) and is_given_name(p) for p in parts))
        and not shaped
    ):
        return None
    subject = clean(m["subject"] or "") or None
    people = []
    for p in parts:
        sp = make_speaker(p)
        sp["topic"] = subject
        people.append(sp)
    return title, people


_BRACKET = re.compile(r"\((?P<who>[^()]{5,120})\)")
# Words opening a bracket that lists some of those who take part: `(including A, B and C)`,
# `(notamment A et B)`, `(dont A, B)`, `(with A and B)`.
_LISTING = re.compile(
    r"^(?:including|incl\.|notably|such as|among them|with|featuring|notamment|dont|avec"
    r"|parmi (?:eux|elles|lesquels|lesquelles))\s+",
    re.IGNORECASE,
)


def said_in_bracket(text: str) -> list[Speaker]:
    """Thirty-second round. The people a bracket ending a point names after `par` / `by`
    (`Commission Voirie (par Félix Le Goater)`), read as bracketed_people reads them; a bracket
    not opening so gives no one here (`4 élus invités (Carine Petit, …)` lists who came)."""
    m = _TITLE_BRACKET.match(text)
    if m is None or not _SAID_BY.match(m["who"].strip()):
        return []
    found = bracketed_people(text)
    return found[1] if found else []


def _listed_people(who: str) -> list[Speaker]:
    """Twenty-second round. A bracket opening with words that list some of those who take
    part (`(including Jim Fishkin, Glenna Gerard, Hal Saunders and Bill Ury)`, `(notamment
    Claire Roux, Maëlle Guern et Paul Martin)`), then names each shaped as a
    person's (two to four capitalised words, no body, place, function nor kind), half of them
    at least named beyond doubt: all of them, since a list vouches for its members as much
    as its known names do. A list holding one thing that is no name (`(including Room 4,
    Leeds University)`) gives no one; one name alone must be named beyond doubt."""
    lead = _LISTING.match(who)
    if lead is None:
        return []
    parts = [p for p in _PARTS.split(who[lead.end() :].strip()) if p]
    sure = sum(named_beyond_doubt(p, False) and len(p.split()) <= 4 for p in parts)
    if not parts or not all(map(_name_shaped, parts)) or 2 * sure < len(parts) or sure == 0:
        return []
    return [make_speaker(p) for p in parts]


# Twenty-fourth round. `un`/`une`/`a`/`an`, a function in one word, then who holds it in
# brackets (`d’un historien (P. Cornu) et d’un agronome (J.M. Meynard)`, `a historian (Ann
# Lee) and a farmer (Tom Reed)`).
_ONE_WHO_IS = re.compile(
    r"\b(?:un|une|a|an)\s+(?P<role>[a-zß-öø-ÿ][a-zß-öø-ÿ-]{3,})\s+\((?P<who>[^()]{3,60})\)"
)
_AN_INITIAL = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ]\.(?:-?[A-ZÀ-ÖØ-Þ]\.)?\s?)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}")


def people_by_their_function(text: str) -> list[Speaker]:
    """Twenty-fourth round. People each named in brackets after `un`/`a` and their function
    (`Intervention à deux voix d’un historien (P. Cornu) et d’un agronome (J.M. Meynard)`):
    each a speaker, the function their role; the sentence stays the title. Each bracket must
    hold a name alone, named beyond doubt or an initial then a last name, after a function
    word (`un atelier (salle 2)` names no one). [] when any bracket of that shape does not."""
    people = []
    for m in _ONE_WHO_IS.finditer(text):
        who = m["who"].strip()
        if not is_role(m["role"]):
            return []
        sp = person(who, strict=False) if not _AN_INITIAL.match(who) else make_speaker(who)
        if (
            sp is None
            or sp["name"] != who
            or not (_AN_INITIAL.match(who) or named_beyond_doubt(who, False))
        ):
            return []
        people.append({**sp, "role": m["role"]})
    return people


def listed_in_brackets(text: str) -> list[Speaker]:
    """Twenty-second round. The people a bracket lists after words saying so (`… key leaders
    in our field (including Jim Fishkin, Glenna Gerard, Hal Saunders and Bill Ury) …`): see
    _listed_people. Other brackets give no one here."""
    for m in _BRACKET.finditer(text):
        if people := _listed_people(m["who"].strip()):
            return people
    return []


def names_in_brackets(sentence: str) -> list[Speaker]:
    """Twenty-first round. In a sentence after a block's title, a bracket holding names only,
    each named beyond doubt (`Presentation (Jakob Steiner, Fabien Maussion) and open
    discussion with participants.`, `Débat (Claire Roux et Paul Martin) puis questions.`):
    those people, who speak in the block; the sentence stays its description. A bracket
    holding anything else (a room, a body, a note) gives no one."""
    for m in _BRACKET.finditer(sentence):
        parts = [p for p in _PARTS.split(m["who"].strip()) if p]
        if parts and all(named_beyond_doubt(p, False) and len(p.split()) <= 4 for p in parts):
            return [make_speaker(p) for p in parts]
        if people := _listed_people(m["who"].strip()):
            return people
    return []


# Moments no one gives: a bracket after their title names where they are held more often than
# who holds them.
_HELD_NOT_GIVEN = {"welcome", "meal", "break", "social"}


def room_in_bracket(title: str, people: list[Speaker]) -> bool:
    """Twenty-second round. One bracket after the title of a moment no one gives (a welcome, a
    meal, a break, a social moment) holding capitalised words alone, with no function nor
    body, whose first word is no known given name and which are not named beyond doubt
    (`Registration (Kings Playhouse)`, `Dîner (Grange Fleurie)`), says where the moment is
    held: a venue's name is shaped as a person's, and a wrong person is worse than a missed
    one. A known given name (`Dinner (Jane Smith)`) or a name beyond doubt (`(Jean DUPONT)`)
    is still read, and so is any name after a talk's or a workshop's title."""
    if len(people) != 1 or kind_of(clean(title)) not in _HELD_NOT_GIVEN:
        return False
    sp = people[0]
    words = (sp["name"] or "").split()
    return (
        bool(words)
        and not sp["role"]
        and not sp["organisation"]
        and not is_given_name(words[0])
        and not named_beyond_doubt(" ".join(words), False)
    )


# Twenty-third round. A bracket closing a title, kept in it as the place of the moment.
_PLACE_BRACKET = re.compile(r"\((?P<place>[^()]{2,80})\)\s*$")


def places_named_alike(blocks: list[Block]) -> None:
    """Twenty-third round. What a programme writes in brackets after a title and reads as the
    place of that moment (`Registration (Kings Playhouse)`, `Dîner (Grange Fleurie)`) is a
    place in its other brackets too: a speaker read from the same words in brackets alone,
    with no function nor body (`20 x 20 Presentations: … from across the region. (Kings
    Playhouse)`), is that place; the bracket goes back to the title. Whoever is named with a
    function or a body in a bracket stays a person."""
    places = {
        m["place"].strip()
        for b in blocks
        if (m := _PLACE_BRACKET.search(b.title))
        and not any(sp["name"] == m["place"].strip() for sp in b.speakers)
    }
    if not places:
        return
    for b in blocks:
        for sp in [*b.speakers]:
            name = sp["name"] or ""
            if name in places and not (sp["organisation"] or sp["role"] or sp["topic"]):
                b.speakers.remove(sp)
                if not b.title.rstrip().endswith(f"({name})"):
                    b.title = f"{b.title} ({name})"


# Forty-fourth round. A title made only of people, each group of names with their body in
# brackets, groups joined by `&`/`and`/`et`, perhaps then their role after a dash (`Rémi
# Cardon & Natalia Grabar (UMR 8163 STL – CNRS / Université de Lille, F-59000 Lille, France) -
# invited speaker présentation`, `Ann Lee (Acme, Leeds, UK) & Tom Reed (MIT, Boston, USA)`):
# a research workshop's line of authors, the talk's title on the line under it. Every name in a
# group shares its bracket; the bracket, written as an address (the body, then its town and
# country after commas), is one body, its places kept: a body the reader knows by its words, or
# an address of three parts at least. Each name has the shape of a person's
# (two to four capitalised words) and one at least is named beyond doubt; a bracket naming no
# body (`(salle 2)`, `(Lyon)`) gives no one.
# Each group is atomic and the spaces around a joint possessive: a line of a dozen groups that
# fails at its end is refused at once, never tried at every split of its spaces.
_GROUP = r"(?>[^()]{4,80}?\s*\([^()]{2,160}\))"
_AUTHORS = re.compile(
    rf"^(?P<groups>{_GROUP}(?:\s*+(?:&|\band\b|\bet\b|,)\s*+{_GROUP})*+)"
    r"(?:\s+[–—-]\s+(?P<role>[^()–—]{2,60}))?$"
)
_ONE_GROUP = re.compile(r"\s*(?:&|\band\b|\bet\b|,)?\s*(?P<names>[^()]+?)\s*\((?P<body>[^()]+)\)")
# What names a body in an address's first part: two words or more, or two capitals in one
# word (`TechScribe`, `CEHUM`); one capitalised word alone may be a town.
_BODY_SHAPE = re.compile(r"\S\s+\S|[A-ZÀ-ÖØ-Þ]\w*[A-ZÀ-ÖØ-Þ]")
_NAMES_JOINED = re.compile(r"\s*(?:&|\band\b|\bet\b|,)\s*")
_AUTHOR_NAME_SHAPE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+(?:de|van|von|da|del|di|le|la)?\s*[A-ZÀ-ÖØ-Þ][\w’'-]*){1,3}$"
)
# The role after the dash names the speaker (`invited speaker`, `conférencière invitée`); the
# kind of their talk after it (`présentation`, `talk`) is none of the role, and a dash followed
# by the kind of talk alone (`industrial talk`) gives no role.
_SPEAKER_ROLE = re.compile(
    r"^(?P<role>.*?\b(?:speakers?|keynote|panell?ists?|intervenante?s?|conf[ée]renci(?:er|[èe]re)s?"
    r"|invit[ée]e?s?|orat(?:eur|rice)s?))(?:\s+(?:pr[ée]sentation|talk|communication))?\s*$",
    re.IGNORECASE,
)


def authors_with_bodies(text: str) -> list[Speaker] | None:
    """The people a title made only of names with their body in brackets names (see above)."""
    m = _AUTHORS.match(text) if text.endswith(")") or ") " in text else None
    if m is None:
        return None
    people: list[Speaker] = []
    beyond_doubt = False
    role_m = _SPEAKER_ROLE.match(m["role"].strip()) if m["role"] else None
    role = clean(role_m["role"]) if role_m else None
    for group in _ONE_GROUP.finditer(m["groups"]):
        body = clean(group["body"])
        first = body.split(",")[0].strip()
        if not first or fold(first.split()[0]) in {"salle", "room", "amphi"}:
            return None
        if not (looks_like_org(first) or (body.count(",") >= 2 and _BODY_SHAPE.search(first))):
            return None  # a town (`(Lyon)`, `(Paris, Lyon, Lille)`) names no body; an address does
        if is_role(first) and not looks_like_org(first):
            return None  # a function in brackets (`(Mayor)`) is read as before
        for name in _NAMES_JOINED.split(group["names"].strip()):
            if not _AUTHOR_NAME_SHAPE.match(name) or names_no_person(name) or kind_of(name):
                return None
            beyond_doubt = beyond_doubt or named_beyond_doubt(name, False)
            people.append({"name": name, "organisation": body, "role": role, "topic": None})
    return people if people and beyond_doubt else None


# Forty-fifth round. A grid's cell: a title, then who convenes it in brackets (a bracket
# doubled by a slip, `(Patrycja & Marcus))`, still closes it).
_CELL = re.compile(r"^(?P<title>.*\S)\s*\((?P<who>[^()]*)\)\)?\s*$")
_CONVENER = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]{2,}(?:\s+(?:[A-ZÀ-ÖØ-Þ]\.|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+))?$"
)


def _convener(part: str) -> bool:
    return (
        bool(_CONVENER.match(part))
        and all(_surname_alone(w) for w in part.split() if not w.endswith("."))
        and not looks_like_org(part)
        and not names_no_person(part)
    )


def conveners_of_a_grid(blocks: list[Block]) -> None:
    """Forty-fifth round. In a day's grid of sessions held at once (an unconference's rooms, each row
    its times, each cell `Paving the Java Onramp (Cay Horstmann)`), a cell's bracket at its
    end names its convener, even by a given name alone the reader does not know (`Kafka and
    Streaming (Vik)`, `Selling your skills (Viktor D.)`, `(Heinz & Kirk)`): when the sessions
    sharing their times are six or more, nine in ten of them are written so (their bracket
    read already, or still at their end, empty `()` too) and half at least were read as
    someone's. A word that is a body, a place, a function, a kind or how a session is given
    (`(Chair Yoga)`, `(Online)`, `(Library)`) names no one, nor does a bracket after a meal
    or a break (`Lunch (Grace)`)."""
    by_time: dict[object, list[Block]] = {}
    for b in blocks:
        if b.start is not None:
            by_time.setdefault(b.start, []).append(b)
    cells = [b for group in by_time.values() if len(group) > 1 for b in group]
    if len(cells) < 6:
        return
    read = [b for b in cells if b.speakers and all(_bare(sp) for sp in b.speakers)]
    unread = [b for b in cells if not b.speakers and _CELL.match(b.title)]
    if 10 * (len(read) + len(unread)) < 9 * len(cells) or 2 * len(read) < len(cells):
        return
    for b in unread:
        m = _CELL.match(b.title)
        if m is None or kind_of(m["title"]) in _NO_ONE_GIVES:
            continue
        parts = [p.strip() for p in _PARTS.split(m["who"].strip()) if p.strip()]
        if parts and all(map(_convener, parts)):
            b.title = clean(m["title"])
            b.speakers = [make_speaker(p) for p in parts]


def _bare(sp: Speaker) -> bool:
    return not (sp["organisation"] or sp["role"])
