"""Words compared as a reader compares them: without case, accents or ligatures.

One folding for every search and every reader of typed text (the notes' search, the
programme reader, similar topics, deadlines), so that `coeur` finds `cœur` wherever a word
is looked for.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters that carry no accent to strip but are written out as two in plain text: NFKD leaves
# them whole, so `cœur` would never meet `coeur` (nor `Straße` `strasse`).
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "’": "'"})


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without accents or ligatures, for matching words (`Déjeuner` → `dejeuner`,
    `Cœur` → `coeur`, `Straße` → `strasse`); the typographic apostrophe becomes `'`."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
