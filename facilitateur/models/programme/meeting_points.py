"""Thirty-second round. Who presents the points of a meeting read as one block: an association's
general meeting or a neighbourhood council, timed once (`La réunion a été ouverte à 19h35`,
`Meeting Start : 10:00 a.m.`), then its order of the day untimed, each point naming who presents
it (`• Commission Voirie (par Félix Le Goater)`, `• Councillors Lila Cyr, Ken Kennedy and Vyrn
Peterson on …`). Those lines are left unread (their points are no blocks), but the people they
name are the one block's speakers: the meeting is theirs to run. Only the shapes saying beyond
doubt that someone presents a point are read here; a list of who came (`4 élus invités (Carine
Petit, …)`, `Secrétaire de séance : …`) names no speaker."""

from __future__ import annotations

import re
from typing import Any

from facilitateur.models.programme.bracket_people import said_in_bracket
from facilitateur.models.programme.function_first import plural_function_names
from facilitateur.models.programme.people import named_beyond_doubt
from facilitateur.models.programme.roles_and_bodies import clean, is_role
from facilitateur.models.programme.speaker_about import Speaker

# A point's bullet or number (`•`, `-`, `3.`, `B)`), no word of it.
_MARK = re.compile(r"^(?:[•·▪●◦○*‣–—-]|\d{1,2}[.)]|[A-Z][.)])\s+")


# What a presenter does with a point, said in a sentence after them (`will discuss`, `will also
# present`, `addresses the membership`, `présentera`, `fera le point sur`).
_PRESENTS = (
    r"(?:will\s+(?:also\s+)?(?:discuss|present|report|speak|talk|introduce|lead|give)"
    r"|(?:addresses|presents|reports|introduces|discusses)"
    r"|(?:pr[ée]sentera|interviendra|animera|fera\s+le\s+point|pr[ée]sente|intervient))\b"
)
_UP = "A-ZÀ-ÖØ-Þ"
# `Bob Ryan, Director of Public Services and other staff will discuss …`, `Mark Shroder, a
# member of the City’s Noise Board, will also discuss …`, `Anne Roux, directrice du centre
# social, présentera …`.
_NAME_FUNCTION_PRESENTS = re.compile(
    rf"^(?P<name>[{_UP}][^,;:()]{{2,40}}?),\s+(?:(?:a|an|the|le|la|l['’]|un|une)\s+)?"
    rf"(?P<role>[^,;:()]{{3,80}}?),?\s+{_PRESENTS}"
)
# `Neighborhood President Malcolm St. Romain addresses the membership`: one to three capitalised
# words of a function, the name, then what they do (each cut of the words is tried).
_CAPITALISED_THEN_PRESENTS = re.compile(rf"^(?P<words>(?:[{_UP}][\w’'.-]*\s+){{2,7}}?){_PRESENTS}")
# Others joining the presenter, no part of their function (`and other staff`, `et son équipe`).
_OTHERS = re.compile(
    r"\s+(?:and|et)\s+(?:other|others|his|her|their|colleagues|ses|son|leurs?|d['’]autres)\b.*$",
    re.IGNORECASE,
)
# A sentence ends after a word of two small letters at least (`St. Romain` goes on).
_SENTENCES = re.compile(r"(?:(?<=[a-zà-ÿ]{2}[.!?])|(?<=\)[.!?]))\s+(?:\.\s+)*")


def _presenter(sentence: str) -> Speaker | None:
    """The person a sentence opens with when it says they present something: named beyond
    doubt, with a function (their role) before or after the name."""
    cuts: list[tuple[str, str]] = []
    if m := _NAME_FUNCTION_PRESENTS.match(sentence):
        cuts.append((m["name"], _OTHERS.sub("", m["role"])))
    if m := _CAPITALISED_THEN_PRESENTS.match(sentence):
        words = m["words"].split()
        cuts += [(" ".join(words[k:]), " ".join(words[:k])) for k in (1, 2, 3) if k < len(words)]
    for name, role in cuts:
        name, role = clean(name), clean(role)
        if named_beyond_doubt(name, False) and is_role(role) and not is_role(name):
            return {"name": name, "role": role, "topic": None}
    return None


def point_people(line: str) -> list[Speaker]:
    """The people a point of an order of the day names as presenting it, or []: in a bracket
    after `par` / `by`, after a function in the plural, or opening a sentence saying they
    present it (`Chantal Cotton, Assistant to the City Manager will present …`)."""
    point = _MARK.sub("", line.strip()).strip()
    if people := said_in_bracket(point) or plural_function_names(point):
        return people
    return [sp for s in _SENTENCES.split(point) if (sp := _presenter(s.strip(" .")))]


def meeting_speakers(programme: dict[str, Any], unread: list[dict[str, Any]]) -> None:
    """When the programme is one block with no speaker, the people the unread points after its
    first line name as presenting them become its speakers, each once, in their order."""
    blocks = [b for day in programme["days"] for b in day["blocks"]]
    if len(blocks) != 1 or blocks[0]["speakers"] or blocks[0].get("items"):
        return
    seen: set[str] = set()
    for line in unread:
        for sp in point_people(line["text"]):
            if (name := sp.get("name")) and name not in seen:
                seen.add(name)
                said = {"name": name, "role": sp.get("role"), "topic": sp.get("topic")}
                if sp.get("organisation"):
                    said["organisation"] = sp["organisation"]
                blocks[0]["speakers"].append(said)
