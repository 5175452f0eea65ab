"""Given names the reader knows, to tell a person's name from other capitalised words.

The list (resources/names/first_names.txt, built by tools/make_first_names.py from the person
providers of the Faker library, MIT licence) holds given names of French, English and forty
other locales in Latin script. A given name alone is no person (`May`, `Grace`, `Pierre` are
words and places too): the reader asks for a last name beside it.
"""

from __future__ import annotations

from functools import cache

from facilitateur.models.text.folding import fold, fold_text
from facilitateur.paths import resources_dir


@cache
def _known() -> frozenset[str]:
    path = resources_dir() / "names" / "first_names.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return frozenset()  # without the list, the reader keeps its other rules
    # Folded at once, not name by name: a loop over twelve thousand names cost more than the
    # folding itself.
    folded = fold_text(text)
    return frozenset(filter(None, map(str.strip, folded.splitlines())))


def is_given_name(word: str) -> bool:
    """Whether `word` (capitalised, as written) is a known given name; a compound given name
    (`Jean-Michel`) is one when its first part is."""
    if not word[:1].isupper() or not word[1:2].islower():
        return False
    folded = fold(word)
    return folded in _known() or fold(word.split("-")[0]) in _known()
