"""People written as bare names (twentieth round): a line holding nothing but names, a block
whose whole title is a person's name, a name followed by its degrees, and the one-word body a
speaker comes from on the line under them. Each reading asks for the shape of a person's name
(a known given name, then a last name; see people.named_beyond_doubt), never for words of one
programme. Twenty-second round: names each after their function (`from Provost Patrick
Phillips, VPRI David Conover`). Thirty-fourth round: a title's words then last names in
capitals (`Greeting Héloise GOUTTE, GANIL`), and people run on after a title with no comma
between them (`Title Ann Lee, Mayor Tom Reed, Chair, Board`). Forty-first round: a name
then `et al.`, the first of a talk's authors (`Moshe Sipper et al.`). Used by the title reader
(title_people) and the text reader (text_parser)."""

from __future__ import annotations

import re

from facilitateur.models.programme.given_names import is_given_name
from facilitateur.models.programme.people import (
    CIVILITY,
    COMMON_WORDS,
    SPEAKER_LABEL,
    Speaker,
    labelled_speakers,
    make_speaker,
    named_beyond_doubt,
    names_no_person,
    person,
    speaker_list,
)
from facilitateur.models.programme.roles_and_bodies import clean, is_role, looks_like_org
from facilitateur.models.programme.words import is_place, kind_of
from facilitateur.models.text.folding import fold

# Between names on a line of names: a comma, a semicolon, `et`, `and`, `&`.
_NAMES_MARK = re.compile(r"\s*[,;]\s*(?:(?:et|and|&)\s+)?|\s+(?:et|and|&)\s+")
_CIVIL_LEAD = re.compile(rf"^(?:{CIVILITY})(?=[A-ZÀ-ÖØ-Þ])")
# Degrees written after a name, after its comma (`Shannon Nangle, PhD.`, `Luis Campos, Ph.D.`,
# `Ann Lee, MD, MPH`): they say what the person holds, not who they are nor where from.
_DEGREES_AFTER = re.compile(
    r"(?:,\s*(?:Ph\.?\s?D|Ed\.?\s?D|M\.?D|MPH|MBA|MSc|M\.Sc|DrPH|JD|DPhil|Dr\.?\s?rer\.?\s?nat)"
    r"\.?)+\s*$"
)
# One word with a capital inside it after small letters (`SpaceX`, `SynBioBeta`, `GitHub`), or
# four to eight letters in capitals (`NASA`, `CNRS`; three are too often a note such as `TBD`):
# how bodies and brands write their name, and people never do theirs.
_BRAND = re.compile(r"^(?:[A-Z][a-z]+(?:[A-Z][a-z]*)+|[A-Z][A-Z0-9&]{3,7})$")


def a_bare_name(text: str) -> Speaker | None:
    """Text that is a person's name and nothing else, perhaps after a civility and before
    degrees: a known given name, then a last name (`Marc Wiltz`, `Dr Dympna O'Sullivan`,
    `Shannon Nangle, PhD.`). Nothing else gives a person from a few capitalised words."""
    if (cut := _CUT_HYPHEN.search(text)) and (sp := a_bare_name(_CUT_HYPHEN.sub("-", text))):
        # A compound given name cut after its hyphen (`Jean- Louis Lesbordes`, copied from a
        # page's line break): read whole, named as written.
        written = clean(text)
        return {**sp, "name": written} if written.replace(cut.group(), "-") == sp["name"] else None
    words = text.split()
    if not 2 <= len(words) <= 6 or not text[:1].isupper():
        return None
    civil = bool(_CIVIL_LEAD.match(text))
    if not civil and not is_given_name(words[0]):
        if (
            _DEGREES_AFTER.search(text)
            and (sp := _listed_name(text))
            and not is_role(sp["name"] or "")
        ):
            # Twenty-first round. A degree after the comma (`Kathyrn Bywaters, PhD.`) is held
            # by a person only: the capitalised words before it are their name, though the
            # list of given names lacks theirs (misspelt, or of another language).
            return sp
        return None  # asked first: most titles start with no given name
    sp = _listed_name(text)
    if sp is None:
        return None
    return sp if named_beyond_doubt(sp["name"] or "", civil) else None


# A kind of place last (`Charlotte Street`, `Victoria Station`, `Jordan Valley`): a place
# named after someone, no person.
PLACE_KINDS = frozenset(
    {
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "lane",
        "drive",
        "way",
        "boulevard",
        "square",
        "station",
        "beach",
        "valley",
        "pond",
        "lake",
        "park",
        "garden",
        "gardens",
        "bridge",
        "hill",
        "hills",
        "place",
        "court",
        "center",
        "centre",
        "hall",
        "building",
        "tower",
        "rue",
        "gare",
        "plage",
        "vallee",
        "parc",
        "jardin",
        "jardins",
        "pont",
        "colline",
        "tour",
        "salle",
        "maison",
        "quai",
        "allee",
        "chemin",
        "impasse",
    }
)
_CUT_HYPHEN = re.compile(r"(?<=[a-zß-ÿ])- (?=[A-ZÀ-ÖØ-Þ])")
_PARTICLES = {"de", "du", "des", "van", "von", "der", "den", "da", "di", "del", "la", "le", "bin"}


def names_only(text: str) -> list[Speaker]:
    """A line holding two names or more and nothing else, parted by commas, semicolons or
    `and` (`Melanie Gruben, Michelle O'Keeffe, Hazel Murray`, `Haomiaomiao Wang; Lili Zhang;
    Tomás E Ward`): each is a person (an author list under a talk). Every part must be a
    bare name, or the line is something else (a name then its body, a list of places)."""
    if len(text) > 300:
        return []
    if "," not in text and ";" not in text and " and " not in text and " et " not in text:
        return []
    parts = [p for p in _NAMES_MARK.split(clean(text).rstrip(".")) if p.strip()]
    if len(parts) < 2 or not any(is_given_name(p.split()[0]) for p in parts):
        return []
    people = [_listed_name(p) for p in parts]
    if any(sp is None for sp in people):
        return []
    # Names from many languages are not all known given names (`Haomiaomiao Wang`): in a
    # list of three or more, the others named beyond doubt vouch for one shaped the same,
    # capitalised words only (`Universidad de Chile` after a name is where they come from).
    unsure = [p for p in parts if a_bare_name(p) is None]
    if unsure and (
        len(parts) < 3 or len(unsure) > 1 or any(not w[:1].isupper() for w in unsure[0].split())
    ):
        return []
    return [sp for sp in people if sp is not None]


# A hyphen or a dash, spaced or not, where two names may meet.
_DASH_BETWEEN = re.compile(r"\s*[–—-]\s*")


def names_joined_by_a_dash(text: str) -> list[Speaker]:
    """Forty-third round. Two names joined by a hyphen or a dash and nothing else (`Hocine
    Smaali-Dalila Aït-el-Djoudi`, `Jane Smith - Mary Jones`): two people, when the words on
    each side are a whole name beyond doubt (a known given name, then a last name, naming no
    body nor place). A compound given name (`Jean-Pierre Roux`) has one word before its
    hyphen, and a compound last name (`Anne Dupont-Martin`) one after it: no whole name on
    that side, so it stays one person's name. [] otherwise."""
    if len(text) > 100 or not is_given_name(text.split(maxsplit=1)[0] if text else ""):
        return []
    text = clean(text).rstrip(".")
    if not any(c in text for c in "-–—"):
        return []
    for m in _DASH_BETWEEN.finditer(text):
        left, right = text[: m.start()], text[m.end() :]
        if not (
            is_given_name(right.split(maxsplit=1)[0] if right else "")
            and 2 <= len(left.split()) <= 3
            and 2 <= len(right.split()) <= 3
            and named_beyond_doubt(left, False)
            and named_beyond_doubt(right, False)
        ):
            continue
        first, second = a_bare_name(left), a_bare_name(right)
        if first and second and first["name"] == left and second["name"] == right:
            return [first, second]
    return []


_BARE_INITIAL = re.compile(r"^[A-ZÀ-ÖØ-Þ]$")


def names_after_by(who: str) -> list[Speaker]:
    """Twenty-first round. After `from`/`by`/`par`, which say people follow, names joined by
    commas or `and`/`et` (`Opening Remarks from Chaitan Baru and Theresa Mayer`, `Mot
    d'accueil par Wanjiru Kamau et Claire Roux`): each part a name by its shape (two to four
    capitalised words naming no body, place nor kind), one at least named beyond doubt, who
    vouches for the others though their given names are not known. [] otherwise."""
    parts = [p for p in _NAMES_MARK.split(clean(who)) if p.strip()]
    if len(parts) < 2:
        return []
    people = [_listed_name(p) for p in parts]
    if any(sp is None for sp in people) or not any(a_bare_name(p) for p in parts):
        return []
    return [sp for sp in people if sp is not None]


# Before a name in a list: `and`/`et`/`&` opening its part (`…, and Kate Nesse`) or between.
_CONJUNCTION = re.compile(r"^\s*(?:and|et|&)\s+|\s+(?:and|et|&)\s+")


def names_sharing_description(who: str) -> list[Speaker]:
    """Twenty-fifth round. Names listed and closed by `and`/`et`/`&`, then after the last one's
    comma what describes them all (`Wendy Griswold, Huston Gibson, and Kate Nesse, KSU`,
    `Marie Dupont et Claire Roux, responsables de la commission …`): the body or function is
    each one's, not the last name's alone (and the names after the first are no body). Each
    part a name by its shape, one at least named beyond doubt; the description no name. []
    otherwise."""
    segments = clean(who).rstrip(".").split(",")
    names: list[str] = []
    i = 0  # segments of names read
    while i < len(segments):
        parts = [p.strip() for p in _CONJUNCTION.split(segments[i]) if p.strip()]
        if not parts or any(_listed_name(p) is None for p in parts):
            break
        names += parts
        i += 1
    if i == len(segments):
        return []  # names alone, nothing said of them
    description = ",".join(segments[i:]).strip()
    if (
        len(names) < 2
        or i == 0
        or not _CONJUNCTION.search(segments[i - 1])
        or not any(a_bare_name(n) for n in names)
        or _listed_name(description) is not None
    ):
        return []
    last = person(f"{names[-1]}, {description}", strict=False)
    if last is None or last["name"] != names[-1] or not (last["role"] or last["organisation"]):
        return []
    return [
        {**make_speaker(n), "role": last["role"], "organisation": last["organisation"]}
        for n in names
    ]


def _listed_name(part: str) -> Speaker | None:
    """A part of a line of names: two to four capitalised words read as a name whole."""
    text = clean(_DEGREES_AFTER.sub("", clean(part)))
    alone = _CIVIL_LEAD.sub("", text).strip()
    words = alone.split()
    if not 2 <= len(words) <= 4 or any(not w[:1].isupper() and w not in _PARTICLES for w in words):
        return None
    if len(words) >= 3 and any(_BARE_INITIAL.match(w) for w in words[1:-1]):
        # Twenty-first round. A middle initial written without its dot (`Tomás E Ward`, `Ann
        # M Lee`), as lists of authors often write it, is read as with its dot; the name
        # stays as written.
        dotted = " ".join(f"{w}." if _BARE_INITIAL.match(w) else w for w in words)
        sp = _listed_name(dotted)
        return {**sp, "name": alone} if sp is not None else None
    sp = person(text, strict=False)
    if sp is None or sp["name"] != alone or sp["role"] or sp["organisation"]:
        return None
    if names_no_person(alone) or looks_like_org(alone) or fold(words[-1]) in PLACE_KINDS:
        return None
    return sp


def a_brand(text: str) -> bool:
    """One word written as a body writes its name (`SpaceX`, `SynBioBeta`, `NASA`), no
    function word: on the line under a speaker, where they come from."""
    word = clean(text)
    return bool(_BRAND.match(word)) and not is_role(fold(word))


# A part of a cell, a label of one to four words then a colon then who (`Session Lead: Joshua
# Schrier`, `Subject Matter Experts: A, B, and C`, `Référente : Anne Roux`).
_LABEL_THEN_WHO = re.compile(
    r"^(?P<label>[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[\w’'-]+){0,3})\s*:\s+(?P<who>[A-ZÀ-ÖØ-Þ].*)$"
)
_PARTS = re.compile(r"\s+·\s+")
_WHAT_BY_WHO = re.compile(r"^(?P<what>.+?)\s+(?:from|by|par|de)\s+(?P<who>[A-ZÀ-ÖØ-Þ].*)$")


def people_in_parts(text: str) -> tuple[str, list[Speaker]] | None:
    """A cell whose parts are parted by middle dots, as a web page's list lands in one cell
    (`Breakout Session 1 · Topic: … · Session Lead: Joshua Schrier · Subject Matter Experts:
    A, B, and C`): each part that is a label then names alone gives those people, the label
    the role of one person named alone under a label in the singular (`Session Lead`); the
    other parts stay the title. None when no part names people."""
    parts = _PARTS.split(text)
    if len(parts) < 2:
        return None
    title: list[str] = [parts[0]]
    found: list[Speaker] = []
    for part in parts[1:]:
        m = _LABEL_THEN_WHO.match(part)
        people: list[Speaker] = []
        if m and not any(ch.isdigit() for ch in m["label"]):
            who = m["who"].rstrip(" .")
            people = names_only(who) or [sp for sp in [a_bare_name(who)] if sp]
            if not people and _names_people(m["label"]):
                # After a label naming people (`Session Lead`, `Experts`), names shaped as
                # names are people though their given names are not known (`Milad …`).
                people = _names_shaped(who)
            if len(people) == 1 and not fold(m["label"]).endswith("s"):
                people = [{**people[0], "role": m["label"]}]
        if m and not people:
            people = labelled_speakers(part)
        if not m and (by := _WHAT_BY_WHO.match(part)):
            # `Opening Remarks from Chaitan Baru and Theresa Mayer`: what, then by whom; the
            # part stays in the title, as it says what they do.
            who = by["who"].rstrip(" .")
            if named := (
                names_only(who) or [sp for sp in [a_bare_name(who)] if sp] or names_after_by(who)
            ):
                found.extend(named)
                title.append(part)
                continue
        if people:
            found.extend(people)
        else:
            title.append(part)
    return (" · ".join(title), found) if found else None


def _names_people(label: str) -> bool:
    """Whether a label names people: a function (`Session Lead`, `Sponsor`), in the plural
    too (`Subject Matter Experts`), or a speakers' label (`Panelists`, `Intervenants`)."""
    last = label.split()[-1]
    return (
        is_role(label)
        or is_role(last)
        or (last.endswith("s") and is_role(last[:-1]))
        or bool(SPEAKER_LABEL.match(f"{label}: X"))
    )


def _names_shaped(text: str) -> list[Speaker]:
    """Every part of a list a name by its shape alone (two to four capitalised words), or []."""
    parts = [p for p in _NAMES_MARK.split(clean(text)) if p.strip()]
    people = [_listed_name(p) for p in parts]
    return [sp for sp in people if sp is not None] if all(people) else []


# Twenty-first round: in small letters too (`introduction Frédéric Delcor, secrétaire général
# et Yves Monin, chargé de mission …`), as programmes typed without capitals write their
# titles; the people after them, capitalised, are no less plain.
_KIND_WORDS = re.compile(r"^[^\W\d_]+(?:['’\s-][^\W\d_]+){0,2}$")


def kind_then_people(text: str) -> tuple[str, list[Speaker]] | None:
    """A line opening with one to three words naming a kind of moment, then people each with
    their function (`Introduction Mgr Yves Le Saux, évêque du Mans et Michel Serres,
    philosophe`, `Welcome Dr Ann Lee, Mayor, and Tom Reed, CEO`): those people, who give it.
    The people must start right after the kind's words (words alone, no mark nor figure),
    each named beyond doubt or after a civility and said with a function; the kind's words
    are the title."""
    words = text.split()
    for n in range(1, min(3, len(words) - 2) + 1):
        lead, rest = " ".join(words[:n]), " ".join(words[n:]).rstrip(" |")
        if not _KIND_WORDS.match(lead) or not rest[:1].isupper() or kind_of(lead) is None:
            continue
        people = speaker_list(rest) if kind_of(rest) is None and "(" not in text else []
        if (
            people
            and all(p["role"] for p in people)
            and all(named_beyond_doubt(p["name"] or "", False) for p in people[1:])
            and (_CIVIL_LEAD.match(rest) or named_beyond_doubt(people[0]["name"] or "", False))
            and not any(_runs_on(p["role"] or "") for p in people)
        ):
            return lead, people
    return None


def kind_comma_people(text: str) -> tuple[str, list[Speaker]] | None:
    """Thirty-seventh round. One to three words naming a kind of moment, a comma, then people
    and nothing else (`Keynote, Harrison Owen`, `Conférence, Marie Durand et Paul Roux`): those
    people give it, the kind's words are its title, as after a colon or a dash. Each must be
    named beyond doubt, with no function (a function after a comma reads as before)."""
    lead, sep, rest = text.partition(", ")
    if not sep or not _KIND_WORDS.match(lead) or kind_of(lead) is None:
        return None
    rest = rest.strip().rstrip(".")
    people = speaker_list(rest) if rest[:1].isupper() and kind_of(rest) is None else []
    if people and all(
        not p["role"] and not p["organisation"] and named_beyond_doubt(p["name"] or "", False)
        for p in people
    ):
        return lead, people
    return None


_NAME_THEN_COMMA = re.compile(
    r"(?<=[a-zß-ÿ])\s+(?P<first>[A-ZÀ-ÖØ-Þ][a-zß-ÿ-]+)\s+[A-ZÀ-ÖØ-Þ][\w’'-]+\s*,"
)


def _runs_on(role: str) -> bool:
    """Whether a role holds another person run on into it (`maire de Deauville Paul Mentré,
    président …`): a known given name, a capitalised word and a comma after small letters.
    Such a line is left unread rather than read with one person's role holding the others."""
    return any(is_given_name(m["first"]) for m in _NAME_THEN_COMMA.finditer(role))


_LIST_MARK = re.compile(r",\s+|\s+(?:and|et|&)\s+")
_PLACE_AFTER = re.compile(r"\s*\([^()]*\)\s*$")
_ACRONYM = re.compile(r"^[A-ZÀ-ÖØ-Þ]{2,6}$")


def _function_then_name(part: str) -> Speaker | None:
    words = part.split()
    for n in (3, 2):
        lead, name = words[:-n], " ".join(words[-n:])
        if not 1 <= len(lead) <= 3 or not named_beyond_doubt(name, False):
            continue
        function = " ".join(lead)
        if all(w[:1].isupper() for w in lead) and (is_role(function) or _ACRONYM.match(function)):
            return {**make_speaker(name), "role": function}
    return None


def functions_then_names(who: str) -> list[Speaker]:
    """Twenty-second round. After `from`, people each named beyond doubt after their function
    written before the name (`Remarks from Provost Patrick Phillips, VPRI David Conover
    (Redwood Auditorium)`, `Welcome from Mayor Ann Lee and Dean John Smith`): each person,
    their function as role. A function is a known one or an acronym (`VPRI`), one at least a
    known one; a first part naming no one but ending with a function in the plural
    (`Symposium Co-Chairs, …`) says who they are together and is dropped; a bracket at the end says where. Any other part and nothing is read."""
    parts = [p for p in _LIST_MARK.split(_PLACE_AFTER.sub("", who).strip(" .")) if p]
    people = [_function_then_name(p) for p in parts]
    if (
        len(people) > 1
        and people[0] is None
        and all(w[:1].isupper() for w in parts[0].split())
        and is_role(parts[0].split()[-1].removesuffix("s"))
        and not any(named_beyond_doubt(" ".join(parts[0].split()[i:]), False) for i in range(2))
    ):
        people = people[1:]
    if (
        not people
        or any(sp is None for sp in people)
        or not any(is_role(sp["role"] or "") for sp in people if sp)
    ):
        return []
    return [sp for sp in people if sp is not None]


_ARTICLES = {"the", "le", "la", "les", "l’", "l'", "a", "an", "un", "une"}


def people_cell(cells: list[str]) -> bool:
    """Twenty-eighth round. Whether the first cell of a row without a time names people (`Alexis
    Kauffmann, Framasoft`, `Ann Lee and Tom Reed, ACME`) and the next one is another cell's
    text: in a web table with a column per track, copied cell by cell, a talk's speakers end
    one cell and the next track's title opens the next, on the same line between tabs. The
    cells are read one by one, so the next title is never taken for the speaker's body."""
    rest = [c for c in cells[1:] if c]
    if (
        not rest
        or not cells[0]
        or ("," not in cells[0] and not named_beyond_doubt(cells[0], False))
    ):
        return False
    # A next cell naming a function or a body, or a single word, is what the people are or
    # where they come from (`Jane Smith<tab>Mayor`, `Tom Reed<tab>University of Leeds`): a
    # table of people, not of tracks.
    first_word = rest[0].split()[0].casefold()
    if (
        len(rest[0].split()) < 2
        or is_role(rest[0])
        or (looks_like_org(rest[0]) and first_word not in _ARTICLES)
    ):
        return False
    people = speaker_list(cells[0], people_only=True)
    return bool(people) and all(named_beyond_doubt(p["name"] or "", False) for p in people)


_TITLE_DASH = re.compile(r"^(?P<title>\S.*?\S)\s+[–—-]\s+(?P<who>[A-ZÀ-ÖØ-Þ][^–—:;,()]+?)\s*\.?$")


def function_then_name_after_dash(text: str) -> tuple[str, Speaker] | None:
    """Twenty-eighth round. A title, a spaced dash, then a function and a person named beyond
    doubt ending the line (`Welcome Remarks — Executive Vice President for Academic Affairs
    and Provost Jeffrey E. Hecker`, `Ouverture – Présidente Marie Dupont`): the block is that
    person's, the function their role. The function's last word, right before the name, is a
    function (`Provost`, `Director`, `Présidente`), so that words naming a body or a subject
    before a name (`Opening – University of Leeds Jane Smith`) are never read as one."""
    m = _TITLE_DASH.match(text)
    if m is None:
        return None
    words = m["who"].split()
    for n in (3, 2):
        lead, name = words[:-n], " ".join(words[-n:])
        if not 1 <= len(lead) <= 10 or not lead[0][:1].isupper():
            continue
        if is_role(lead[-1]) and named_beyond_doubt(name, False) and not _runs_on(" ".join(lead)):
            return clean(m["title"]), {**make_speaker(name), "role": " ".join(lead)}
    return None


# Thirty-fourth round. A last name written in capitals after a known given name (`Héloise
# GOUTTE`, `Jane SMITH`, `Jean-Marc LE ROUX`): how a programme marks a person's name, which a
# body or a place does not mix with small letters.
_GIVEN_THEN_CAPITALS = (
    r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
    r"\s+[A-ZÀ-ÖØ-Þ]{2,}(?:[-'’ ][A-ZÀ-ÖØ-Þ]{2,})*"
)
_TITLE_THEN_CAPITALS = re.compile(
    rf"^(?P<title>[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[\w’'-]+){{0,3}}?)\s+"
    rf"(?P<who>{_GIVEN_THEN_CAPITALS}(?:\s*(?:,|\s(?:and|et|&))\s+{_GIVEN_THEN_CAPITALS})*)"
    r",\s+(?P<rest>[^,\s][^,]*)$"
)


def title_then_capital_names(text: str) -> tuple[str, list[Speaker]] | None:
    """A timetable line: one to four words of a title, then people each named by a known
    given name and a last name in capitals, then after a comma their body or function, no
    mark between the title and the first name (`Greeting Héloise GOUTTE, GANIL`, `Housekeeping
    Cécile MERLIN and Valentin ROCTON, GANIL`, `Accueil Marie DUPONT, Mairie de Lyon`): those
    people give it, all from that body; the words before are the title. The title must not
    name a place (`Lycée Victor HUGO, Lyon` is a school), and the words after the comma must
    read as a body or a function."""
    m = _TITLE_THEN_CAPITALS.match(text)
    if m is None or is_place(m["title"]) or m["title"].isupper():
        return None
    if fold(m["title"].split()[0]) in PLACE_KINDS:
        return None
    names = [n.strip() for n in _NAMES_MARK.split(m["who"]) if n.strip()]
    if not all(is_given_name(n.split()[0]) for n in names):
        return None
    last = person(f"{names[-1]}, {m['rest']}", strict=False)
    if last is None or last["name"] != names[-1] or not (last["organisation"] or last["role"]):
        return None
    people = [{**last, "name": n} for n in names]
    return clean(m["title"]), people


# Thirty-fourth round. Where a person starts with nothing written before them: a known given
# name, perhaps an initial, a last name (perhaps after `d’`), then a comma (`… Regional
# Collaboration Anthony Williams, Mayor, …`, `… D.C. Douglas Duncan, …`).
_RUN_ON_PERSON = re.compile(
    r"(?<=\S)\s+(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:\s+[A-ZÀ-ÖØ-Þ]\.)?"
    r"\s+(?:d['’])?[A-ZÀ-ÖØ-Þ][\w’'-]+),\s+(?=\S)"
)


# A title's last words that lead to who follows (`Discours inauguraux par`, `Table ronde avec`,
# `… en présence de`): a list of people, read by the readers of those words.
_LEADS_TO_PEOPLE = re.compile(
    r"(?:\b(?:par|by|avec|with|de|du|des|d|l|of|et|and|from|pour|for|a|au|aux|le|la|les|the"
    r"|chez|at|sur|on)|[:;,(–—-])$"
)


def people_run_on(text: str) -> tuple[str, list[Speaker]] | None:
    """A title, then two people or more each with their function, written one after the
    other with no comma nor `and` between them, as a web page's cell loses its line
    breaks (`Revitalizing the Core Anthony Williams, Mayor, Washington, D.C. Douglas Duncan,
    Montgomery County Executive Katherine Hanley, Chair, Fairfax County Board`, `Table ronde
    Anne Leroy, maire de Lyon Paul Martin, directeur de l’Agence de l’eau`): each person
    starts at a known given name and a last name followed by a comma (after the first,
    right after a capitalised word or a dot), and runs to the next; the words before the
    first are the title, unless they lead to a list (`… par`, `Table ronde avec`). Every one
    must be named beyond doubt and said with a function (a body alone may be a place named
    after someone: `Parc Victor Hugo, Paris`), else the line is left as it is."""
    starts = [m for m in _RUN_ON_PERSON.finditer(text) if is_given_name(m["name"].split()[0])]
    # After the first, a person starts only after a capitalised word or a dot: a word in
    # small letters before a name (`directrice de l’école Marie Curie, …`) belongs to it.
    starts = starts[:1] + [
        m
        for m in starts[1:]
        if (last := text[: m.start()].split()[-1])[:1].isupper() or last.endswith(".")
    ]
    if len(starts) < 2 or any(
        re.fullmatch(CIVILITY, f"{text[: m.start()].split()[-1]} ") for m in starts
    ):
        # A civility before a name (`par M. Jacques Glowinski, … et M. Bertrand Collomb`) is
        # the person's, read by the readers of civilities.
        return None
    title = clean(text[: starts[0].start()])
    if len(title.split()) < 2 or _LEADS_TO_PEOPLE.search(fold(title)):
        return None
    people: list[Speaker] = []
    for m, after in zip(starts, [*starts[1:], None], strict=True):
        part = text[m.start("name") : after.start() if after else len(text)].strip()
        listed = speaker_list(part)
        if len(listed) > 1 and listed[0]["name"] == m["name"] and all(p["role"] for p in listed):
            # People the list's own reading parts (`… de communes Anne d’Ornano, présidente`).
            people += listed
            continue
        sp = person(part, strict=False)
        if (
            sp is None
            or sp["name"] != m["name"]
            or not sp["role"]
            or _runs_on(sp["role"])
            or not named_beyond_doubt(m["name"], False)
        ):
            return None
        people.append(sp)
    return title, people


# Small words a body's name holds in lower case (`Université de Lyon`, `Bank of Ireland`).
_BODY_LINKS = {"de", "du", "des", "la", "le", "les", "l", "d", "of", "the", "for", "and", "et"}
_BODY_LINKS |= {"&", "à", "a", "en", "in", "at", "y", "van", "von", "der"}


def a_body_cell(cell: str) -> bool:
    """Thirty-fifth round. Whether the cell after a person's name in a table's row names the
    body they come from (`McGill`, `Lécuyer, IRCM`, `IRCM (Institut de …)`, `Université de
    Lyon`): a few words, each capitalised or a small linking word (a bracket ending them left
    aside), no number, no room, no kind of moment, no sentence. A talk's subject (`Why cities
    matter`, `RNA localization`) has words in lower case; a room (`Room 12`, `Salle B`, `Main
    Hall`) says where, not who."""
    head = re.sub(r"\s*\([^()]*\)$", "", cell.strip()).strip()
    if "(" in head or ")" in head:
        return False  # a bracket with more after it: more than a body's name
    words = [w for w in re.split(r"[\s,/]+", head) if w]
    if not 1 <= len(words) <= 6 or head.endswith((".", "!", "?", ":")) or re.search(r"\d", head):
        return False
    if not all(w[:1].isupper() or fold(w).strip("'’") in _BODY_LINKS for w in words):
        return False
    if is_role(head) or fold(head) in _HOW_HELD:
        return False  # `Chair`, `Présidente`: their function; `Online`, `Zoom`: how it is held
    kinds = {kind_of(cell, "en"), kind_of(cell, "fr")}
    if kinds & {"break", "meal", "social", "welcome", "closing"}:
        return False  # `Lunch`, `Coffee Break`: a moment, which bodies' word lists share
    if looks_like_org(cell):
        return fold(words[0]) not in _ROOM_WORDS
    if len(words) >= 2 and fold(words[-1]) in _BODY_LAST and fold(words[0]) not in _ROOM_WORDS:
        return True  # `Princeton University`, `London Business School`: where they come from
    return not is_place(cell) and not kind_of(cell, "en") and not kind_of(cell, "fr")


# Forty-second round. A short label, a colon, then one-word names between commas, `and`, `et`
# or `&` (`Panel: Debevec, Gallien, Kilian, Summers`, `Jury : Martin, Roux et Petit`).
_ONE_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'-]+"
_SURNAMES_AFTER_LABEL = re.compile(
    rf"^[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[\w’'-]+){{0,2}}\s*:\s*(?P<names>{_ONE_WORD}"
    rf"(?:\s*(?:,|\band\b|\bet\b|&)\s*{_ONE_WORD})+)\s*\.?$"
)


def surnames_of_the_named(text: str, known: set[str]) -> list[Speaker]:
    """Forty-second round. Last names alone after a label (`Panel: Debevec, Gallien, Kilian,
    Summers`, `Judges: …`), two of them at least and half or more being the last names of
    people the programme named in full above (`known`, folded): a panel of those people, each
    a speaker by the name as written; []. A list of places or words (`Rooms: Lincoln,
    Jefferson`) names no one the programme named."""
    said = _SURNAMES_AFTER_LABEL.match(text)
    if said is None:
        return []
    names = [n for n in re.split(r"\s*(?:,|\band\b|\bet\b|&)\s*", said["names"]) if n]
    found = sum(fold(n) in known for n in names)
    if found < 2 or 2 * found < len(names) or any(COMMON_WORDS.search(n) for n in names):
        return []
    return [make_speaker(n) for n in names]


# Forty-second round. A school's word last after capitalised words (`Princeton University`,
# `London Business School`, `Boston College`) names a body as a place may be named: after a
# person's name and a comma, it is where that person comes from (a room's word first, `Hall
# School`, still says where).
_BODY_LAST = {"university", "universite", "college", "school", "institute", "institut"}
_BODY_LAST |= {"academy", "academie", "polytechnic", "polytechnique"}


# How a talk is held, said in a row's cell where a body may stand (`Online`, `En ligne`).
_HOW_HELD = {"online", "virtual", "remote", "zoom", "teams", "visio", "en ligne", "hybrid"}
_HOW_HELD |= {"hybride", "in person", "en presentiel", "presentiel", "tbc", "tba", "tbd"}


# The first word of a room's name, which bodies' names share no word with.
_ROOM_WORDS = {"salle", "room", "hall", "amphi", "amphitheatre", "auditorium", "espace", "foyer"}
_ROOM_WORDS |= {"lobby", "atrium", "gallery", "galerie", "studio", "theatre", "theater"}


def name_shaped(text: str) -> bool:
    """Thirty-fifth round. Whether a title has the shape of a person's name though its given
    name is not a known one (`Mansha Imtiyaz`, `Jiaying Luo`, `Xiang Chen Zhu`): two to four
    words of letters, each a capital then small letters, none a word of titles, no kind of
    moment. Alone this names no one; a table whose other rows are people's does."""
    words = text.split()
    if not 2 <= len(words) <= 4 or COMMON_WORDS.search(text) or kind_of(text, "en"):
        return False
    if kind_of(text, "fr") or is_place(text) or is_role(text):
        return False
    return all(
        re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?", w) for w in words
    )


# Forty-first round. `et al.` (`and others`, `et coll.`) after a few capitalised words: a list
# of authors cut after its first, who is the one who speaks (`Moshe Sipper et al.`).
_ET_AL = re.compile(r"\s+(?:et\s+al|et\s+coll|and\s+others)\.?\s*$")


def first_author(text: str) -> Speaker | None:
    """Forty-first round. A name then `et al.` (`Moshe Sipper et al.`, `Ting Hu et al.`,
    `Marie Dupont et coll.`): only people have co-authors, so the two to four capitalised words
    before it are a person's name though the list of given names lacks theirs; never a body, a
    place nor a kind of session (`Session 2 et al.` is no one). The first author is the
    speaker, named without the others."""
    cut = _ET_AL.search(text)
    if cut is None:
        return None
    name = clean(text[: cut.start()])
    words = name.split()
    if any(ch.isdigit() for ch in name) or kind_of(name) is not None or is_place(name):
        return None
    if any(_BRAND.match(w) for w in words):
        return None
    return _listed_name(name)
