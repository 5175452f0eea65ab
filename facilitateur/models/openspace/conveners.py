"""Conveners are written as one line ("Anne Martin, Paul Roux"); here is how it is read."""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"\s*(?:[,;/+&]|\bet\b|\band\b)\s*", re.IGNORECASE)


def convener_names(text: str) -> list[str]:
    """The people named in a convener line, each once, in order (`A, B & C` → A, B, C)."""
    seen: dict[str, str] = {}
    for part in _SEPARATORS.split(text or ""):
        name = " ".join(part.split())
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return list(seen.values())


def join_conveners(lines: list[str]) -> str:
    """One convener line holding everyone of `lines` once."""
    names: list[str] = []
    for line in lines:
        for name in convener_names(line):
            if name.casefold() not in {n.casefold() for n in names}:
                names.append(name)
    return ", ".join(names)
