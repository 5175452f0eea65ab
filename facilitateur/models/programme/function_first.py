"""A function written before a name, with no comma between: `avec le professeur Jean Michel
Abbes sur le thème « … »`, `en présence de Monsieur le Préfet de l’Yonne Pascal Jan`, `Q&A with
the Mayor Laura Bennett`, a line `Ministre wallon de l’Energie Philippe Henry`: the person, the
function their role (unless a role follows the name), a rank or a title before a last name alone.
Used by the title reader (title_people)."""

from __future__ import annotations

import re

from facilitateur.models.programme.given_names import is_given_name
from facilitateur.models.programme.people import (
    CHAIR_LABELS,
    COMMON_WORDS,
    LOWER,
    UPPER,
    named_beyond_doubt,
    names_no_person,
)
from facilitateur.models.programme.roles_and_bodies import (
    ROLE_RX,
    clean,
    is_role,
    looks_like_org,
)
from facilitateur.models.programme.speaker_about import Speaker
from facilitateur.models.programme.words import is_place
from facilitateur.models.text.folding import fold

# Before a function then a name in a title: `avec le professeur …`, `en présence de Monsieur le
# Préfet …`, `with the Mayor …`, `du Maire …` (a civility and an article may come between).
_BEFORE_FUNCTION = re.compile(
    r"(?:^|\s)(?:avec|with|par|by|en pr[ée]sence d[eu]|in the presence of|d[eu]|de la|de l['’])"
    r"\s+(?:(?:Monsieur|Madame|M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s+)?(?:(?:le|la|l['’]|the)\s*)?",
    re.IGNORECASE,
)


_NAME_WORD = re.compile(rf"^[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?[,.]?$")


_THEN_TOPIC = re.compile(
    r"^(?:sur|on|about|autour de)\s+(?:(?:le|du|the)\s+th[èe]mes?\s+(?:de\s+|d['’]|of\s+)?)?",
    re.IGNORECASE,
)


def function_then_named(text: str) -> tuple[str, list[Speaker]] | None:
    """(the title, the people) when a title names people by their function then their name,
    each named beyond doubt (a known given name and a last name), with no comma between:
    `Causerie avec le professeur Jean Michel Abbes sur le thème « … »`, `Échanges avec Madame
    la Ministre Dominique Faure, Secrétaire d’État, en présence de Monsieur le Préfet de l’Yonne
    Pascal Jan`, `Q&A with the Mayor Laura Bennett`. A role written after the name (after a
    comma) is theirs; otherwise the function before it; `sur …`/`on …` after it, their topic."""
    people: list[Speaker] = []
    title, consumed = "", 0
    for lead in _BEFORE_FUNCTION.finditer(text):
        if lead.start() < consumed:
            continue  # inside the function or the role of the one found before
        found = _function_then_name(text[lead.end() :])
        if found is None:
            continue
        if not people:
            title = clean(text[: lead.start()])
        people.append(found[0])
        consumed = lead.end() + found[1]
    return (title, people) if people and title else None


def function_then_person(text: str) -> Speaker | None:
    """Sixteenth round. A line that is only a function of several words, then a name beyond
    doubt (`Ministre wallon de l’Energie Philippe Henry`, `Minister for Housing Jane Smith`):
    that person, the function their role. Anything after the name makes it something else
    (a title, a sentence)."""
    if ":" in text:
        return None  # `Témoin et promotrice : Catherine Allier`: the function as a label
    found = _function_then_name(text)
    return found[0] if found and found[1] == len(text) else None


# Where a role written after a name ends: the next person announced.
_NEXT_PERSON = re.compile(
    r"\s+(?:en pr[ée]sence d[eu]|in the presence of|avec|with|et|and)\s", re.IGNORECASE
)


def _function_then_name(text: str) -> tuple[Speaker, int] | None:
    """The person a function then a name announce at the start of `text`, and how many
    characters of it they take (up to the end of their name, or of their role after it)."""
    words = text.split()
    for at in range(1, min(len(words), 9)):
        function = " ".join(words[:at])
        rank = _RANK.match(fold(function))
        if not rank and (not ROLE_RX.match(fold(function)) or not is_given_name(words[at])):
            continue
        name = []
        for word in words[at : at + 3]:
            if not _NAME_WORD.match(word):
                break
            name.append(word.rstrip(",."))
            if word[-1] in ",.":
                break
        if rank and not is_given_name(name[0] if name else "") and name:
            # "avec le Lieutenant-Colonel Plourain", "by Professor Rieutort": a rank or a
            # title used as a civility names a person by their last name alone.
            name = name[:1]
            if not _a_last_name(name[0]):
                continue
        elif len(name) < 2 or not named_beyond_doubt(" ".join(name), False):
            continue
        head = " ".join(words[: at + len(name)])
        rest = " ".join(words[at + len(name) :])
        sp: Speaker = {"name": " ".join(name), "organisation": None, "role": None, "topic": None}
        if words[at + len(name) - 1].endswith(",") and ROLE_RX.match(fold(rest)):
            cut = _NEXT_PERSON.search(rest)
            sp["role"] = clean(rest[: cut.start() if cut else len(rest)]).rstrip(".")
            head = f"{head} {sp['role']}"
            if at == 1 and CHAIR_LABELS.match(function):
                # Forty-fifth round. A chair's noun alone before the name, with no colon
                # (`Animation Hugues Perinel, fondateur du Réseau service public`, `Moderator
                # Ann Lee, journalist`): the chair's word leads their role, as after a label.
                sp["role"] = f"{clean(function)}, {sp['role']}"
        elif topic := _THEN_TOPIC.match(rest):
            said = rest[topic.end() :].split("”")[0].split("»")[0]
            sp["topic"] = clean(said).strip('“«" ,.') or None
        if (
            sp["role"]
            and (place := _AT_PLACE.search(sp["role"]))
            and is_place(place["place"].split()[-1])
        ):
            # "…, Director of the IADT in the lecture hall": where they speak ends their role.
            sp["role"] = clean(sp["role"][: place.start()])
        if not sp["role"] and not (rank and rank["civility"] and len(name) == 1):
            # A title used as a civility is no role (`by Professor Rieutort`).
            sp["role"] = clean(function).rstrip(",.")
        return sp, len(head)
    return None


# Ranks and titles written before a last name alone: military and police ranks are a function
# (the role), a professor's or doctor's title a civility (no role).
_RANK = re.compile(
    r"^(?:(?P<civility>professor|professeure?|docteure?|doctor|dr\.?|pr\.?|prof\.?)"
    r"|lieutenant-colonel|lieutenant|colonel|commandant|capitaine"
    r"|adjudant(?:-chef)?|sergent|sergeant|captain|commissaire|brigadier)$"
)


_AT_PLACE = re.compile(r"\s+(?:in|at|dans|à|au)\s+(?P<place>.+)$")


def _a_last_name(word: str) -> bool:
    folded = fold(word)
    return not (
        is_role(word)
        or names_no_person(word)
        or looks_like_org(word)
        or COMMON_WORDS.search(folded)
        or is_place(word)
    )


# Thirty-second round. A function in the plural opening a line, then the people it names and
# perhaps what they speak on: `Councillors Lila Cyr, Ken Kennedy and Vyrn Peterson on …`,
# `Conseillers Anne Roux, Paul Martin et Marie Leroy sur …`.
_PLURAL_LEAD = re.compile(rf"^(?P<function>[{UPPER}][{LOWER}]+(?:ies|s))\s+(?P<rest>[{UPPER}].*)$")
_TOPIC_AFTER = re.compile(r"\s+(?:on|about|sur|autour de)\s+(?P<topic>\S.*)$")
_LISTED = re.compile(r"\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|et|&)\s+")
_SHAPED = re.compile(rf"^[{UPPER}][{LOWER}'’-]+(?:\s+[{UPPER}][{LOWER}'’-]+){{1,3}}$")


def plural_function_names(text: str) -> list[Speaker]:
    """The people a function in the plural names right after it (`Councillors Lila Cyr, Ken
    Kennedy and Vyrn Peterson on Retaining Wall progress`): each their function in the
    singular as role, and what follows `on` / `sur` as topic. The plural says several people
    follow, so the list vouches for its members: two names at least, each shaped as a name (two
    to four capitalised words, no function, body nor place), half of them at least named
    beyond doubt. Anything else in the list (`Councillors Leeds City Council and …`) and no one
    is read: a wrong person is worse than a missed one."""
    m = _PLURAL_LEAD.match(text.strip())
    if m is None:
        return []
    function = m["function"]
    singular = function[:-3] + "y" if function.endswith("ies") else function[:-1]
    if not is_role(singular):
        return []
    rest, topic = m["rest"].strip(" .;"), None
    if about := _TOPIC_AFTER.search(rest):
        rest, topic = rest[: about.start()], clean(about["topic"]) or None
    parts = [p.strip() for p in _LISTED.split(rest) if p.strip()]
    if len(parts) < 2 or not all(
        _SHAPED.match(p)
        and not is_role(p)
        and not names_no_person(p)
        and not looks_like_org(p)
        and not is_place(p)
        for p in parts
    ):
        return []
    if 2 * sum(named_beyond_doubt(p, False) for p in parts) < len(parts):
        return []
    return [{"name": p, "role": singular, "topic": topic} for p in parts]


# Thirty-seventh round. A title, a spaced dash, then offices each before a spaced dash and
# who holds it, parted by commas (`Officer reports – President – Dan Conlon, Treasurer – Tom
# Graney, Membership – Eileen`, `Rapports – Présidente – Anne Roux, Trésorier – Paul Millet`):
# each holder speaks, their office their role. Two pairs at least; each office one to three
# words opening with a capital, no name; each holder a person named beyond doubt or a known
# given name alone (a business meeting names its members so). Any other piece reads nothing.
_DASH = re.compile(r"\s+[–—-]\s+")
_OFFICE = re.compile(rf"^[{UPPER}][\w’'-]*(?:\s+[\w’'-]+){{0,2}}$")


def offices_then_holders(text: str) -> tuple[str, list[Speaker]] | None:
    """The title and the holders of `Title – Office – Name, Office – Name` (see above)."""
    head, _, rest = text.partition(" – ") if " – " in text else text.partition(" — ")
    if not rest or rest.count(",") < 1:
        return None
    people: list[Speaker] = []
    for piece in re.split(r",\s*(?:(?:and|et)\s+)?", rest.strip().rstrip(".")):
        parts = _DASH.split(piece.strip())
        if len(parts) != 2:
            return None
        office, name = parts[0].strip(), parts[1].strip()
        words = name.split()
        if (
            not _OFFICE.match(office)
            or is_given_name(office.split()[0])
            or not (
                named_beyond_doubt(name, False)
                or (len(words) == 1 and is_given_name(name) and not names_no_person(name))
            )
        ):
            return None
        people.append({"name": name, "organisation": None, "role": office, "topic": None})
    if len(people) < 2 or not head.strip():
        return None
    return head.strip(), people
