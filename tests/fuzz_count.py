"""How many cases each fuzz test ran (benchmarks/reliability.py reports them)."""

from __future__ import annotations

from collections import Counter

CASES: Counter[str] = Counter()


def seen(kind: str) -> None:
    CASES[kind] += 1
