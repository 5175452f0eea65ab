"""Words compared as a reader compares them: without case, accents or ligatures.

One folding for every search and every reader of typed text (the notes' search, the
programme reader, similar topics, deadlines), so that `coeur` finds `cœur` wherever a word
is looked for.
"""

from __future__ import annotations

import re
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


def fold_text(text: str) -> str:
    """`fold()` of a long text at once (a list of words, one a line), line breaks kept: the
    same folding, done on the whole text rather than word by word, and not kept."""
    folded = text.lower()
    for letter, written in _LIGATURES.items():
        folded = folded.replace(chr(letter), str(written))
    folded = unicodedata.normalize("NFKD", folded)
    if marks := "".join(c for c in set(folded) if unicodedata.combining(c)):
        folded = re.sub(f"[{re.escape(marks)}]", "", folded)
    return folded
