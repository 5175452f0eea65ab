"""Which topic titles say the same thing: words shared, without regard to accents, case, plurals
or small words (to propose the right topic when two are merged)."""

from __future__ import annotations

import re

from facilitateur.models.text.folding import fold

# Words that say nothing of what a topic is about (French and English).
SMALL_WORDS = frozenset(
    [
        "les",
        "des",
        "une",
        "aux",
        "par",
        "sur",
        "dans",
        "avec",
        "sans",
        "pour",
        "entre",
        "vers",
        "chez",
        "plus",
        "moins",
        "tres",
        "bien",
        "ces",
        "cet",
        "cette",
        "son",
        "ses",
        "leur",
        "leurs",
        "notre",
        "nos",
        "votre",
        "vos",
        "qui",
        "que",
        "quoi",
        "quel",
        "quels",
        "quelle",
        "quelles",
        "comment",
        "pourquoi",
        "est",
        "sont",
        "etre",
        "faire",
        "comme",
        "mais",
        "donc",
        "car",
        "tout",
        "tous",
        "toute",
        "toutes",
        "the",
        "and",
        "for",
        "with",
        "from",
        "into",
        "about",
        "how",
        "why",
        "what",
        "who",
        "are",
        "our",
        "your",
        "their",
        "this",
        "that",
    ]
)
_WORD = re.compile(r"[^\W_]+")


def title_words(title: str) -> frozenset[str]:
    """The words of a title that say what it is about: folded (no accents, no case), a plural
    read as its singular, words of one or two letters and small words left out."""
    words = set()
    for word in _WORD.findall(fold(title)):
        if len(word) <= 2 or word in SMALL_WORDS:
            continue
        if len(word) > 3 and word[-1] in "sx":
            word = word[:-1]
        words.add(word)
    return frozenset(words)


def most_similar_first(title: str, others: list[str]) -> list[int]:
    """The indices of `others`, the title sharing the most words with `title` first (then the
    larger share of their words in common); equal ones keep their order."""
    mine = title_words(title)

    def closeness(i: int) -> tuple[int, float]:
        theirs = title_words(others[i])
        shared = len(mine & theirs)
        return -shared, -(shared / len(mine | theirs)) if mine | theirs else 0.0

    return sorted(range(len(others)), key=closeness)
