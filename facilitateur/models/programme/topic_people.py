"""Themes under a block, each with the people who speak on it (`Le Temps : A, B`)."""

from __future__ import annotations

import re

from facilitateur.models.programme.people import (
    COMMON_WORDS,
    NAME_ONE,
    Speaker,
    make_speaker,
    named_beyond_doubt,
    names_no_person,
    person,
    speaker_list,
)
from facilitateur.models.programme.roles_and_bodies import (
    ORG_INSIDE,
    clean,
    function_by_ending,
    is_role,
    looks_like_org,
)
from facilitateur.models.programme.words import is_place, kind_of
from facilitateur.models.text.folding import fold

# Nineteenth round. Under a block or as its title, a topic, a colon, then people (`Le Temps :
# Michel Brunet, Amélie Vialet`, `Nature: Emma Price and Sarah Kirk`, a round table's themes,
# each with its speakers): the people speak in the block, on that topic. The topic is a few
# words starting with a capital, with no time, bracket nor function word (`Guide : Claire
# Fontaine` names a role, read elsewhere). After the colon: names alone, two or more, one of
# them named beyond doubt (one-word names only in a list of three closed by `et`, `Jean Gaumy,
# Lek et Sowat`); or people each named in full with a function or body; or one person named
# beyond doubt (a known given name and a last name). A practical note (`Contact : Marie
# Dupont`, `Inscriptions : …`) names who to call, not who speaks.
_LIST_MARK = re.compile(r"\s*,\s*|\s+(?:et|and|&)\s+")
_LAST_JOINED = re.compile(r"\s(?:et|and|&)\s+\S+$")
_TOPIC_HEAD = re.compile(r"^[A-ZÀ-ÖØ-Þ][^:;()\d]{1,60}$")
_PRACTICAL = re.compile(
    r"^(?:contacts?|inscriptions?|reservations?|renseignements?|infos?|informations?|tel"
    r"|telephone|e-?mail|courriel|register|registration|tickets?|billetterie|rsvp)\b"
)

# Twenty-sixth round. A part that introduces the speakers (`Introduce Guest Speakers: Sonia
# Theroux, Sonia Furstenau`, `Présentation des intervenants : …`, `Introduction of our
# panelists: …`) names who speaks later, in their own blocks, not in it: no one speaks there.
_INTRODUCING = re.compile(
    r"^(?:introduc(?:e|es|ing|tions?\s+of)|presentation\s+(?:of|des|de\s+nos)|presenter)\s+"
    r"(?:(?:the|our|les|nos|des)\s+)?(?:[a-z-]+\s+)?(?:speakers?|guests?|panel(?:l)?ists?"
    r"|intervenant(?:e|s|es)?|invite(?:e|s|es)?|orat(?:eur|rice)s?|conferenci(?:er|ere)s?)\b"
)


def introduces_speakers(head: str) -> bool:
    """Whether words before a colon say the people after it are introduced (see
    _INTRODUCING)."""
    return bool(_INTRODUCING.match(fold(head).strip()))


def _bare_names(text: str) -> list[Speaker] | None:
    """Names alone parted by commas or `et`/`and`/`&` (`Michel Brunet, Amélie Vialet`), one
    named beyond doubt at least: each is a person, none the organisation of the one before."""
    out: list[Speaker] = []
    pieces = _LIST_MARK.split(clean(text).rstrip("."))
    # A one-word name only in a list of three or more closed by `et`/`and`/`&` (`Jean Gaumy,
    # Lek et Sowat`); after a name and a comma alone it may be a body (`Jane Smith, Google`).
    one_word = len(pieces) >= 3 and bool(_LAST_JOINED.search(text))
    for piece in pieces:
        sp = person(piece, strict=False)
        if sp and not (sp["organisation"] or sp["role"] or sp["topic"]):
            out.append(sp)
        elif (
            one_word
            and (one := NAME_ONE.fullmatch(piece.strip()))
            and not looks_like_org(piece)
            and not names_no_person(piece)
        ):
            out.append(make_speaker(one["name"]))
        else:
            return None
    if len(out) == 2 and "," in text and not named_beyond_doubt(out[1]["name"] or "", False):
        # Twenty-ninth round. Two parts parted by a comma alone are a name and its body
        # (`Invited Talk: Dr. Benjamin Steenhoek, Microsoft Research`, `Conférence : Claire
        # Dubois, Météo France`) unless the second is named beyond doubt too (`Jane Smith,
        # Paul Martin`): a body read as a person is worse than a person's body missed.
        return None
    return out if any(named_beyond_doubt(sp["name"] or "", False) for sp in out) else None


def topic_then_people(text: str) -> list[Speaker]:
    """`Topic : Name, Name` under a block → its speakers with that topic; [] otherwise."""
    head, sep, tail = text.partition(" : ")
    if not sep:
        head, sep, tail = text.partition(": ")
    head = clean(head)
    if not sep or ":" in tail or not _TOPIC_HEAD.match(head) or len(head.split()) > 8:
        return []
    if is_role(head) or _PRACTICAL.match(fold(head)) or introduces_speakers(head):
        return []
    people = _bare_names(tail)
    if people is None:
        # People with their functions or bodies (`Name (Org), Name, role`), each named in full.
        people = speaker_list(tail)
        if not all(
            (p["organisation"] or p["role"]) and len((p["name"] or "").split()) >= 2 for p in people
        ):
            return []
    if len(people) < 2 and not (
        len(people) == 1 and named_beyond_doubt(people[0]["name"] or "", False)
    ):
        return []
    if len(people) == 1 and not people[0]["organisation"] and names_body(head, people[0]):
        # Twenty-third round. Words before the colon that the person's function names as
        # where they hold it (`Bondy Blog : Nassira El Moaddem, Journaliste et directrice du
        # Bondy Blog`, `Acme Foundation: Jane Smith, director of the Acme Foundation`) are
        # their body, not what they speak on.
        return [{**people[0], "organisation": head}]
    return [{**p, "topic": p["topic"] or head} for p in people]


def names_body(words: str, sp: Speaker) -> bool:
    """Whether the speaker's function names `words` (`… directrice du Bondy Blog`)."""
    role = fold(sp["role"] or "")
    return bool(role) and bool(re.search(rf"\b{re.escape(fold(words))}\b", role))


# Twenty-first round. A talk's title, then after a comma or a question mark the one who gives
# it, named beyond doubt, then a comma and their function (`L'IA générative est-elle
# compatible avec le climat ? Tristan Nitot, expert numérique à OCTO technology`, `Open
# licences for AI, Carlos Muñoz Ferrandis, Lawyer at Hugging Face`): the title is theirs. The
# title holds two words or more; a function must follow the name (a name alone after a comma
# may be a place or a work's subject, `Vienne, Ville de Mozart`).
_BEFORE_PERSON = re.compile(r"(?:,|\s?\?)\s+(?=[A-ZÀ-ÖØ-Þ])")
_NAME_THEN_BRACKET = re.compile(r"^[^(),]{3,60}\s\([^()]{2,120}\)\s*\.?$")


def title_then_person(text: str) -> tuple[str, list[Speaker]] | None:
    """(the title, its speaker) when a title ends with a person and their function after a
    comma or a question mark, or None."""
    for m in _BEFORE_PERSON.finditer(text):
        title, rest = clean(text[: m.start() + len(m.group().rstrip())]), text[m.end() :]
        if len(title.split()) < 2:
            continue
        sp = person(rest, strict=False)
        if (
            m.group().strip() == "?"
            and sp
            and sp["name"] == rest.strip(" .")
            and not (sp["role"] or sp["organisation"])
            and 2 <= len(rest.split()) <= 3
            and named_beyond_doubt(sp["name"] or "", False)
            and not COMMON_WORDS.search(fold(sp["name"] or ""))
        ):
            # Twenty-third round. A question, then a name alone ending the line, named beyond
            # doubt (`Why should we be concerned about education? Vic Jose`, `Faut-il planter
            # des haies ? Anne Leroy`): who puts the question; after a comma a name alone may
            # be a place or a work's subject (`Vienne, Ville de Mozart`), and is not read.
            return title, [sp]
        if (
            sp
            and sp["role"]
            and rest.startswith(f"{sp['name']},")
            and named_beyond_doubt(sp["name"] or "", False)
            and (is_role(sp["role"].split(",")[0]) or function_by_ending(sp["role"]))
        ):
            return title.rstrip(","), [sp]
        if (
            m.group().strip() == ","
            and sp
            and sp["role"]
            and _NAME_THEN_BRACKET.match(rest)
            and rest.startswith(f"{sp['name']} (")
            and named_beyond_doubt(sp["name"] or "", False)
            and (is_role(sp["role"]) or function_by_ending(sp["role"]))
        ):
            # Twenty-sixth round. A title, a comma, then a name beyond doubt with their
            # function, perhaps their body, in brackets closing the line (`Retour Mooc Machine
            # learning in Python, David Arturo Amor Quiroz (Machine Learning Engineer - Inria)`,
            # `Building apps with Python, Ann Lee (Engineer, Acme)`): who gives it, as after a
            # comma without brackets. The function must be one, since a bracket after a name
            # may hold a place or a date (`…, Jean Moulin (Lyon)`).
            return title.rstrip(","), [sp]
        if (
            sp
            and sp["organisation"]
            and not sp["role"]
            and rest.startswith(f"{sp['name']},")
            and named_beyond_doubt(sp["name"] or "", False)
            and kind_of(title.rstrip(",")) in _GIVEN_TALKS
            and (looks_like_org(sp["organisation"]) or ORG_INSIDE.search(fold(sp["organisation"])))
        ):
            # Twenty-third round. A talk's kind, a comma, a name beyond doubt, a comma and a
            # body by its words (`Conférence inaugurale, Jean-Marc Levy-Leblond, Université
            # de Nice`, `Keynote lecture, Ann Lee, University of Leeds`): theirs.
            return title.rstrip(","), [sp]
    return None


_GIVEN_TALKS = {"talk", "keynote", "plenary", "panel", "workshop"}


# Forty-sixth round. Under a block, a talk's subject, a spaced dash, then a person named in
# full, a spaced dash and their body or function (`Paysage et gestion des bioagresseurs -
# Régis Ambroise – Agronome et urbaniste`, `Soil and water - Ann Lee – University of Leeds`):
# the person speaks on that subject. The subject holds two words or more and names no person
# nor function; the name holds two or three words; what follows it must read as a body or a
# function. A name not known beyond doubt is trusted only among people already read on the
# block (a list of speakers written alike). A place after the name (`Jean Moulin – Lyon`) makes
# a street's or a building's name, not a person's body: a body is told by its words or by an
# acronym opening it (`INRAe Ecodév`, `CNRS Lyon`).
_ACRONYM_FIRST = re.compile(r"^[A-ZÀ-ÖØ-Þ]{2,}")


def _a_body(words: str) -> bool:
    """Whether words after a person's name are a body's, by their words or an acronym."""
    if looks_like_org(words) or ORG_INSIDE.search(fold(words)):
        return True  # `University of Leeds`, a place too, is a body here
    return bool(_ACRONYM_FIRST.match(words)) and not is_place(words)


_SPACED_DASH = re.compile(r"\s[-–—]\s")


def subject_dash_person(text: str, among_people: bool) -> Speaker | None:
    """The speaker of a `Subject - Name – body or function` line with that subject as their
    topic, or None."""
    if len(text) > 200 or ":" in text:
        return None
    for m in _SPACED_DASH.finditer(text):
        head, rest = clean(text[: m.start()]), text[m.end() :].strip()
        if len(head.split()) < 2 or not _TOPIC_HEAD.match(head) or not _SPACED_DASH.search(rest):
            continue
        if is_role(head) or person(head, strict=False) is not None:
            return None
        sp = person(rest, strict=False)
        name = (sp or {}).get("name") or ""
        if (
            sp is None
            or not rest.startswith(name)
            or not 2 <= len(name.split()) <= 3
            or not (sp["role"] or _a_body(sp["organisation"] or ""))
            or names_no_person(name)
            or not (among_people or named_beyond_doubt(name, False))
        ):
            return None
        return {**sp, "topic": sp["topic"] or head}
    return None
