"""The suggested Open Space board (see docs/open-space.md for the objective and the method).

score = Σ weight − ½ × slot imbalance + tie-breakers (< 0.2 in all), where
- a placed topic's weight is its satisfied interest, min(interest, room capacity), plus one: the
  workshop itself (so that a topic nobody has marked yet still counts, and every slot is
  offered);
- slot imbalance = Σ over slots of |load − mean load|, a slot's load being the weight of its
  topics: popular topics spread over different slots, and the workshops over every slot;
- tie-breakers: bigger rooms for more-wanted topics (0.1 × Σ interest·capacity, normalised), and
  more topics placed (0.01 × share placed).
With `spread` off (the facilitator's choice), a topic weighs its satisfied interest only and the
earliest slots are filled first.
Hard rules: one topic per cell, no convener twice in one slot, pinned topics stay.
Small boards are solved exactly (branch and bound); larger ones by a greedy start improved by
moves and swaps until no move helps or the time budget is spent.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from facilitateur.models.openspace.local_search import State, improve
from facilitateur.models.openspace.placement import Assignment, Problem

__all__ = ["EXACT_LIMIT", "Assignment", "Problem", "Suggestion", "feasible", "score", "suggest"]

EXACT_LIMIT = 400_000  # search-tree size below which the exact search runs


def score(p: Problem, a: Assignment) -> float:
    """The objective above (higher is better)."""
    loads = [0.0] * p.slots
    sat = fit = 0.0
    for t, (r, s) in a.items():
        v = p.weight(t, r)
        sat += v
        loads[s] += v
        fit += p.fit(t, r) + p.early(s)
    mean = sum(loads) / p.slots if p.slots else 0.0
    imbalance = sum(abs(x - mean) for x in loads)
    n = len(p.interest)
    return sat - 0.5 * imbalance + 0.1 * fit + 0.01 * len(a) / (n + 1)


def feasible(p: Problem, a: Assignment) -> bool:
    """One topic per cell, no convener twice in a slot (pinned topics included)."""
    cells = list(a.values())
    if len(set(cells)) != len(cells):
        return False
    seen: set[tuple[int, str]] = set()
    for t, (_r, s) in a.items():
        for name in p.conveners[t]:
            if (s, name) in seen:
                return False
            seen.add((s, name))
    return all(a.get(t) == cell for t, cell in p.pinned.items())


@dataclass
class Suggestion:
    assignment: Assignment
    score: float
    exact: bool
    seconds: float


def suggest(p: Problem, budget: float = 0.8, exact_limit: int = EXACT_LIMIT) -> Suggestion:
    """The best board found for `p` within `budget` seconds."""
    began = time.perf_counter()
    free = [t for t in range(len(p.interest)) if t not in p.pinned]
    open_cells = len(p.cells) - len(set(p.pinned.values()))
    size = 1
    for i in range(len(free)):
        size *= max(open_cells - i, 0) + 1
        if size > exact_limit:
            break
    if size <= exact_limit:
        a = _exact(p, free)
        exact = True
    else:
        a = improve(p, _greedy(p, free), began + budget)
        exact = False
    return Suggestion(a, score(p, a), exact, time.perf_counter() - began)


def _exact(p: Problem, free: list[int]) -> Assignment:
    """Depth-first over every placement of the free topics (or none), pruned by a bound."""
    order = sorted(free, key=lambda t: -p.interest[t])
    best_cap = max((p.weight(t, r) for t in free for r in range(len(p.capacity))), default=0)
    rest = [0.0] * (len(order) + 1)
    for i in range(len(order) - 1, -1, -1):
        t = order[i]
        top = max((p.weight(t, r) for r in range(len(p.capacity))), default=0)
        rest[i] = rest[i + 1] + min(top, best_cap)
    a: Assignment = dict(p.pinned)
    used = set(p.pinned.values())
    busy = {(s, n) for t, (_r, s) in p.pinned.items() for n in p.conveners[t]}
    best_value, best = score(p, a), dict(a)
    sat = sum(p.weight(t, r) for t, (r, _s) in a.items())

    def dfs(i: int, sat: float) -> None:
        nonlocal best_value, best
        if sat + rest[i] + 0.11 <= best_value:  # tie-breakers add at most 0.11
            return
        if i == len(order):
            value = score(p, a)
            if value > best_value:
                best_value, best = value, dict(a)
            return
        t = order[i]
        for cell in p.cells:
            r, s = cell
            if cell in used or any((s, n) in busy for n in p.conveners[t]):
                continue
            a[t] = cell
            used.add(cell)
            names = [(s, n) for n in p.conveners[t]]
            busy.update(names)
            dfs(i + 1, sat + p.weight(t, r))
            busy.difference_update(names)
            used.discard(cell)
            del a[t]
        dfs(i + 1, sat)

    dfs(0, sat)
    return best


def _greedy(p: Problem, free: list[int]) -> Assignment:
    """Most-wanted first, each into the free cell that raises the score most."""
    a: Assignment = dict(p.pinned)
    state = State(p, a)
    for t in sorted(free, key=lambda t: (-p.interest[t], t)):
        best, best_gain = None, None
        for cell in p.cells:
            if state.can_take(t, cell):
                gain = state.gain(t, None, cell)
                if best_gain is None or gain > best_gain:
                    best, best_gain = cell, gain
        if best is not None:
            state.move(t, best)
    return state.a


def greedy_baseline(p: Problem) -> Assignment:
    """What one does by hand: most-wanted topic to the largest room, slot after slot in turn,
    skipping a slot where the convener is already busy. The benchmark's yardstick."""
    rooms = sorted(range(len(p.capacity)), key=lambda r: -(p.capacity[r] or 0))
    a: Assignment = dict(p.pinned)
    used = set(a.values())
    busy = {(s, n) for t, (_r, s) in a.items() for n in p.conveners[t]}
    free = [t for t in range(len(p.interest)) if t not in p.pinned]
    turn = 0
    for t in sorted(free, key=lambda t: (-p.interest[t], t)):
        for k in range(p.slots * len(rooms)):
            s = (turn + k) % p.slots
            r = next((r for r in rooms if (r, s) not in used), None)
            if r is not None and not any((s, n) in busy for n in p.conveners[t]):
                a[t] = (r, s)
                used.add((r, s))
                busy.update((s, n) for n in p.conveners[t])
                turn = s + 1
                break
    return a
