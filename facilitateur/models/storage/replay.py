"""Apply a script of commands (JSON Lines) to an event file, as the journal would."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from facilitateur.clock import FakeClock, SystemClock
from facilitateur.models.commands.core import CommandError
from facilitateur.models.storage import inputs
from facilitateur.models.storage.store import EventFile

_KEYS = {"at", "cmd", "args"}
MAX_SCRIPT = 100 * 2**20  # bytes of a script: a long day of notes is a few megabytes


class ReplayError(Exception):
    """A script line that could not be applied; `line` is 1-based."""

    def __init__(self, line: int, message: str, applied: int = 0) -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.applied = applied  # lines applied (and committed) before this one


def parse_line(text: str) -> tuple[datetime | None, str, dict[str, Any]]:
    """Read one script line into (at, cmd, args); ValueError says what is wrong."""
    try:
        item = inputs.loads(text)
    except json.JSONDecodeError as e:
        raise ValueError(f"not valid JSON ({e.msg} at column {e.colno})") from None
    except inputs.TooDeep as e:
        raise ValueError(f"not a command: {e}") from None
    if not isinstance(item, dict):
        raise ValueError('a line must be an object such as {"cmd": ..., "args": {...}}')
    unknown = sorted(set(item) - _KEYS)
    if unknown:
        raise ValueError(f"unknown key {unknown[0]!r} (expected at, cmd, args)")
    cmd = item.get("cmd")
    if not isinstance(cmd, str) or not cmd:
        raise ValueError('"cmd" must be a command name')
    args = item.get("args", {})
    if not isinstance(args, dict):
        raise ValueError('"args" must be an object')
    at = item.get("at")
    if at is not None:
        if not isinstance(at, str):
            raise ValueError('"at" must be an ISO 8601 time')
        try:
            at = datetime.fromisoformat(at)
        except ValueError:
            raise ValueError(f'"at" is not an ISO 8601 time: {item["at"]!r}') from None
        if at.tzinfo is None:
            raise ValueError('"at" needs a UTC offset, e.g. 2016-01-19T09:15:00+01:00')
    return at, cmd, args


def replay(ef: EventFile, lines: Iterable[str], done: Callable[[int], None] | None = None) -> int:
    """Apply each line in its own transaction; stop at the first bad one with ReplayError.

    The clock is set to each line's `at` (or the system time when absent). `undo` and
    `redo` lines step the journal. `done(n)` is called once line n is committed (an
    acknowledgement). Returns the number of lines applied.
    """
    clock = FakeClock()
    system = SystemClock()
    previous_clock = ef.clock
    ef.clock = clock
    applied = 0
    try:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                at, cmd, args = parse_line(raw)
                clock.set(at or system.now())
                if cmd in ("undo", "redo"):
                    getattr(ef, cmd)()
                else:
                    ef.execute(cmd, args)
            except (ValueError, CommandError) as e:
                raise ReplayError(number, str(e), applied) from None
            applied += 1
            if done is not None:
                done(number)
    finally:
        ef.clock = previous_clock
    return applied
