"""Counts in words, singular or plural, for what is written without Qt (the command line's
messages, the exports): never `(s)`."""

from __future__ import annotations

from facilitateur.models.text.language import Language


def singular(n: int, lang: Language = Language.EN) -> bool:
    """Whether `n` takes the singular: 1 in English, 0 and 1 in French."""
    return 0 <= n <= 1 if lang == Language.FR else n == 1


def count(n: int, one: str, many: str | None = None, lang: Language = Language.EN) -> str:
    """`1 block`, `0 blocks`, `2 blocks`; `0 bloc`, `1 bloc`, `2 blocs` (`many` defaults to
    `one` with an s)."""
    return f"{n} {one if singular(n, lang) else (many or one + 's')}"
