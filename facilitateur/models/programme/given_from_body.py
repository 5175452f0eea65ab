"""Twenty-ninth round. A person named by their given name alone and where they come from, as a
forum post or a neighbourhood's agenda names them (`Invite Veronica from Parks to give an
update`, `Update by Sam from Public Works`, `Mot d’accueil par Julie de chez Emmaüs`): that
person, their service or firm their organisation. Only a known given name after a word that
says someone is brought in or gives the moment (`invite`, `welcome`, `by`, `with`, `par`,
`avec`), then `from` / `de chez` and capitalised words: `Songs from Paris` or `Letters from
Home` name no one."""

from __future__ import annotations

import re

from facilitateur.models.programme.given_names import is_given_name
from facilitateur.models.programme.people import Speaker, make_speaker, names_no_person
from facilitateur.models.programme.words import is_place

_UP = "A-ZÀ-ÖØ-Þ"
_GIVEN_FROM = re.compile(
    r"(?i:^(?:invite[sd]?|inviting|welcome|accueil(?:lir)?)|\b(?:by|with|par|avec))\s+"
    rf"(?P<first>[{_UP}][a-zß-öø-ÿ]+(?:-[{_UP}][a-zß-öø-ÿ]+)?)\s+(?:from|de\s+chez)\s+"
    rf"(?:the\s+)?(?P<body>[{_UP}][\w&'’-]*(?:\s+(?:and|&|et|de|of)?\s*[{_UP}][\w&'’-]*){{0,3}})"
    r"(?=\s+[a-zß-ÿ]|\s*[,.;:!?)]|\s*$)"
)


def given_name_from_body(text: str) -> list[Speaker]:
    """The people a title names by their given name and body (see above); [] otherwise."""
    if " from " not in text and " de chez " not in text:
        return []  # the question asked of every title left: the cheap test first
    people = []
    for m in _GIVEN_FROM.finditer(text):
        first, body = m["first"], m["body"].strip()
        if not is_given_name(first) or names_no_person(first) or is_place(body):
            continue
        people.append({**make_speaker(first), "organisation": body})
    return people
