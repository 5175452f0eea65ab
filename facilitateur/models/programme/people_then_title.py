"""Forty-fourth round. A timed line naming only its people, each with their body in
brackets (`14h00 - 14h40: Ann Lee & Tom Reed (CNRS, Lille) - invited speaker`), then on the
line under it the title of what they present: a talk whose title is that line, its
speakers those the timed line names. Told by the shape of the timed line (names, each or
the last with a bracket, joined by `&`, `,`, `et`, `and`, perhaps a role after a dash),
never by a word of one programme."""

from __future__ import annotations

import re

from facilitateur.models.programme.name_lines import name_shaped

# A name: two to four capitalised words (`Rémi Cardon`, `Helen Mccombie`, `Sílvia Araújo`).
_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'.-]+){1,3}"
_BODY = r"\([^()]{2,160}\)"
_JOIN = r"\s*(?:&|,|\bet\b|\band\b)\s*"
_PEOPLE_LINE = re.compile(
    rf"^(?P<first>{_NAME})(?:\s*{_BODY})?(?:{_JOIN}{_NAME}(?:\s*{_BODY})?)*"
    rf"(?:\s+[-–—]\s+[^()\d]{{1,60}})?$"
)
_NAMES = re.compile(rf"(?:^|{_JOIN})({_NAME})(?=\s*\()")
# A line that may be a talk's title: a capital or a quote first, some words, no time.
_TITLE_LINE = re.compile(r"^[\"“«]?[A-ZÀ-ÖØ-Þ0-9]\S*(?:\s+\S+){2,}$")
# A label of one or two words then a colon (`Chair: Rita Mullins`, `Lieu : salle 2`): a field
# of the block, never its title.
_LABEL = re.compile(r"^[^\W\d_][\w’'-]*(?:\s+[\w’'-]+)?\s*:\s")
_TIME = re.compile(r"\b\d{1,2}\s*(?:[h:]\s*\d\d|h\b|[ap]\.?m\b)", re.IGNORECASE)


def people_alone(text: str) -> bool:
    """Whether a timed block's title names only people, each name (or the last of a list)
    with its body in brackets, perhaps their role after a dash (see above)."""
    if "(" not in text or _PEOPLE_LINE.match(text) is None:
        return False
    names = _NAMES.findall(text)
    return bool(names) and all(name_shaped(n) for n in names)


def a_talk_title(text: str) -> bool:
    """Whether a line under such a block can be its talk's title: words opening with a
    capital, no time, not itself a person's name nor a list of people."""
    return (
        _TITLE_LINE.match(text) is not None
        and _TIME.search(text) is None
        and _LABEL.match(text) is None
        and not name_shaped(text)
        and not people_alone(text)
    )
