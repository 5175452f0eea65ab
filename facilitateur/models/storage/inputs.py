"""What files and scripts give, read with limits: on size, and on the nesting of JSON.

A file's size is not known before it is read (`/dev/zero`, a pipe, a file still growing), so it
is read up to its limit and no further. Python's JSON parser recurses once per level: a document nested a few thousand levels deep raises
RecursionError (a traceback, not a message), and one nested a few hundred deep parses but
breaks whatever walks it next. No document Facilitateur writes or reads is nested more than a
dozen levels, so anything deeper than MAX_DEPTH is refused in words.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

MAX_DEPTH = 64


class TooDeep(ValueError):
    """A JSON value nested deeper than MAX_DEPTH."""

    def __init__(self) -> None:
        super().__init__(f"nested more than {MAX_DEPTH} levels deep")


def depth(value: Any) -> int:
    """How deeply lists and objects nest in `value` (a scalar: 0), without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        children: Iterable[Any]
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_DEPTH:
            break
        stack.extend((child, level + 1) for child in children)
    return deepest


def loads(text: str | bytes) -> Any:
    """`json.loads`, raising TooDeep (a ValueError) for a value nested more than MAX_DEPTH
    levels; json.JSONDecodeError as usual for text that is not JSON."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise TooDeep() from None
    if depth(value) > MAX_DEPTH:
        raise TooDeep()
    return value


class TooLarge(ValueError):
    """A file larger than the reader's limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"larger than {limit // 2**20} MB")


def read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of `path`, at most `limit` of them: TooLarge (a ValueError) beyond, without
    reading further; OSError when it cannot be read."""
    with Path(path).open("rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(limit)
    return data
