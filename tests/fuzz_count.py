"""How many cases each fuzz test ran, and how long its slowest case took
(benchmarks/reliability.py reports both: a time is a figure, never an assertion of a test)."""

from __future__ import annotations

import sys
import time
from collections import Counter

CASES: Counter[str] = Counter()
SLOWEST: dict[str, float] = {}  # test name -> seconds of its slowest case


def seen(kind: str) -> None:
    CASES[kind] += 1


def took(start: float, name: str | None = None) -> None:
    """Note the time since `start` (time.perf_counter) under `name` (default: the caller's)."""
    name = name or sys._getframe(1).f_code.co_name
    SLOWEST[name] = max(SLOWEST.get(name, 0.0), time.perf_counter() - start)
