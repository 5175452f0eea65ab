"""The suggested Open Space board (see docs/open-space.md for the objective and the method).

score = satisfied interest − ½ × slot imbalance + tie-breakers (< 0.2 in all), where
- satisfied interest = Σ over placed topics of min(interest, room capacity);
- slot imbalance = Σ over slots of |load − mean load|, a slot's load being the satisfied interest
  of its topics: popular topics spread over different slots;
- tie-breakers: bigger rooms for more-wanted topics (0.1 × Σ interest·capacity, normalised), and
  more topics placed (0.01 × share placed).
Hard rules: one topic per cell, no convener twice in one slot, pinned topics stay.
Small boards are solved exactly (branch and bound); larger ones by a greedy start improved by
moves and swaps until no move helps or the time budget is spent.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from functools import cached_property

from facilitateur.models.board import Board, Cell

EXACT_LIMIT = 400_000  # search-tree size below which the exact search runs


@dataclass(frozen=True)
class Problem:
    """Indices only: topics 0..n-1, rooms 0..r-1, slots 0..s-1; cells are (room, slot)."""

    interest: tuple[int, ...]
    conveners: tuple[frozenset[str], ...]
    capacity: tuple[int | None, ...]
    slots: int
    pinned: dict[int, tuple[int, int]] = field(default_factory=dict)

    @cached_property
    def cells(self) -> list[tuple[int, int]]:
        return [(r, s) for s in range(self.slots) for r in range(len(self.capacity))]

    @cached_property
    def _total_interest(self) -> int:
        return sum(self.interest) or 1

    @cached_property
    def _largest(self) -> int:
        return max((c for c in self.capacity if c is not None), default=0)

    def satisfied(self, t: int, room: int) -> int:
        cap = self.capacity[room]
        return self.interest[t] if cap is None else min(self.interest[t], cap)

    def fit(self, t: int, room: int) -> float:
        """Tie-breaker share of topic t in `room`: interest × capacity, normalised."""
        top, total = self._largest, self._total_interest
        cap = self.capacity[room] if self.capacity[room] is not None else top
        return self.interest[t] * cap / (top * total) if top else 0.0


Assignment = dict[int, tuple[int, int]]  # topic -> (room, slot); absent: not placed


def score(p: Problem, a: Assignment) -> float:
    """The objective above (higher is better)."""
    loads = [0.0] * p.slots
    sat = fit = 0.0
    for t, (r, s) in a.items():
        v = p.satisfied(t, r)
        sat += v
        loads[s] += v
        fit += p.fit(t, r)
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
        a = _improve(p, _greedy(p, free), began + budget)
        exact = False
    return Suggestion(a, score(p, a), exact, time.perf_counter() - began)


def _exact(p: Problem, free: list[int]) -> Assignment:
    """Depth-first over every placement of the free topics (or none), pruned by a bound."""
    order = sorted(free, key=lambda t: -p.interest[t])
    best_cap = max((p.satisfied(t, r) for t in free for r in range(len(p.capacity))), default=0)
    rest = [0.0] * (len(order) + 1)
    for i in range(len(order) - 1, -1, -1):
        t = order[i]
        top = max((p.satisfied(t, r) for r in range(len(p.capacity))), default=0)
        rest[i] = rest[i + 1] + min(top, best_cap)
    a: Assignment = dict(p.pinned)
    used = set(p.pinned.values())
    busy = {(s, n) for t, (_r, s) in p.pinned.items() for n in p.conveners[t]}
    best: list = [score(p, a), dict(a)]
    sat = sum(p.satisfied(t, r) for t, (r, _s) in a.items())

    def dfs(i: int, sat: float) -> None:
        if sat + rest[i] + 0.11 <= best[0]:  # tie-breakers add at most 0.11
            return
        if i == len(order):
            value = score(p, a)
            if value > best[0]:
                best[0], best[1] = value, dict(a)
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
            dfs(i + 1, sat + p.satisfied(t, r))
            busy.difference_update(names)
            used.discard(cell)
            del a[t]
        dfs(i + 1, sat)

    dfs(0, sat)
    return best[1]


def _greedy(p: Problem, free: list[int]) -> Assignment:
    """Most-wanted first, each into the free cell that raises the score most."""
    a: Assignment = dict(p.pinned)
    state = _State(p, a)
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


def _improve(p: Problem, a: Assignment, deadline: float) -> Assignment:
    """Moves to a free cell or off the board, and swaps, while one helps and time remains."""
    state = _State(p, a)
    free = [t for t in range(len(p.interest)) if t not in p.pinned]
    improved = True
    while improved and time.perf_counter() < deadline:
        improved = False
        for t in free:
            if time.perf_counter() > deadline:
                break
            if state.best_move(t) or state.best_swap(t, free):
                improved = True
    return state.a


class _State:
    """An assignment with what makes a move's effect quick to compute."""

    def __init__(self, p: Problem, a: Assignment) -> None:
        self.p, self.a = p, dict(a)
        self.by_cell = {cell: t for t, cell in self.a.items()}
        self.busy: dict[tuple[int, str], int] = {}
        self.loads = [0.0] * p.slots
        for t, (r, s) in self.a.items():
            self.loads[s] += p.satisfied(t, r)
            for n in p.conveners[t]:
                self.busy[(s, n)] = self.busy.get((s, n), 0) + 1

    def can_take(self, t: int, cell: tuple[int, int], leaving: int | None = None) -> bool:
        """Whether t may go to `cell` (with topic `leaving` moving out of the way)."""
        if self.by_cell.get(cell, leaving) != leaving:
            return False
        s = cell[1]
        here = self.a.get(t)
        for n in self.p.conveners[t]:
            count = self.busy.get((s, n), 0)
            if here is not None and here[1] == s:
                count -= 1
            if leaving is not None and n in self.p.conveners[leaving] and self.a[leaving][1] == s:
                count -= 1
            if count > 0:
                return False
        return True

    def _value(self, loads: list[float], sat: float, fit: float, placed: int) -> float:
        mean = sum(loads) / self.p.slots if self.p.slots else 0.0
        imbalance = sum(abs(x - mean) for x in loads)
        return sat - 0.5 * imbalance + 0.1 * fit + 0.01 * placed / (len(self.p.interest) + 1)

    def gain(self, t: int, old: tuple[int, int] | None, new: tuple[int, int] | None) -> float:
        """Score change when t goes from `old` to `new` (None: off the board)."""
        return self.gains([(t, old, new)])

    def gains(self, moves: list) -> float:
        p, loads = self.p, list(self.loads)
        before = self._value(loads, 0, 0, 0)
        sat = fit = placed = 0.0
        for t, old, new in moves:
            if old is not None:
                v = p.satisfied(t, old[0])
                loads[old[1]] -= v
                sat, fit, placed = sat - v, fit - p.fit(t, old[0]), placed - 1
            if new is not None:
                v = p.satisfied(t, new[0])
                loads[new[1]] += v
                sat, fit, placed = sat + v, fit + p.fit(t, new[0]), placed + 1
        return self._value(loads, sat, fit, placed) - before

    def move(self, t: int, new: tuple[int, int] | None) -> None:
        p, old = self.p, self.a.get(t)
        if old is not None:
            del self.by_cell[old], self.a[t]
            self.loads[old[1]] -= p.satisfied(t, old[0])
            for n in p.conveners[t]:
                self.busy[(old[1], n)] -= 1
        if new is not None:
            self.a[t], self.by_cell[new] = new, t
            self.loads[new[1]] += p.satisfied(t, new[0])
            for n in p.conveners[t]:
                self.busy[(new[1], n)] = self.busy.get((new[1], n), 0) + 1

    def best_move(self, t: int) -> bool:
        old = self.a.get(t)
        best, best_gain = None, 1e-9
        for cell in [*self.p.cells, None]:
            if cell == old or (cell is not None and not self.can_take(t, cell)):
                continue
            g = self.gain(t, old, cell)
            if g > best_gain:
                best, best_gain = (cell,), g
        if best is None:
            return False
        self.move(t, best[0])
        return True

    def best_swap(self, t: int, free: list[int]) -> bool:
        a = self.a.get(t)
        best, best_gain = None, 1e-9
        for u in free:
            b = self.a.get(u)
            if u == t or a == b or not self._swappable(t, a, u, b):
                continue
            g = self.gains([(t, a, b), (u, b, a)])
            if g > best_gain:
                best, best_gain = u, g
        if best is None:
            return False
        b = self.a.get(best)
        self.move(t, None)
        self.move(best, a)
        self.move(t, b)
        return True

    def _swappable(self, t: int, a, u: int, b) -> bool:
        if a is None:
            return b is not None and self.can_take(t, b, leaving=u)
        if b is None:
            return self.can_take(u, a, leaving=t)
        return self.can_take(t, b, leaving=u) and self.can_take(u, a, leaving=t)


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


def problem_of(
    board: Board, keep_placed: bool = False
) -> tuple[Problem, list[uuid.UUID], list[Cell]]:
    """The board as a Problem; also the topic ids and cells (room id, slot id) by index.

    Pinned cards stay where they are; with `keep_placed`, so does every card already on the
    board (only the others are placed) — except a card that breaks a hard rule with one kept
    before it (a second topic in a cell, a convener already in that slot), which is free to
    move so that the suggestion can mend the conflict."""
    rooms = [r.id for r in board.rooms]
    slots = [s.id for s in board.slots]
    room_ix = {rid: i for i, rid in enumerate(rooms)}
    slot_ix = {sid: i for i, sid in enumerate(slots)}
    pinned: dict[int, tuple[int, int]] = {}
    used: set[tuple[int, int]] = set()
    busy: set[tuple[int, str]] = set()
    order = sorted(
        range(len(board.topics)), key=lambda i: board.topics[i].id not in board.pinned
    )  # pinned cards first: they win a conflict
    for i in order:
        t = board.topics[i]
        if t.id not in board.placed or not (keep_placed or t.id in board.pinned):
            continue
        rid, sid = board.placed[t.id]
        cell = (room_ix[rid], slot_ix[sid])
        names = {(cell[1], n.casefold()) for n in t.conveners}
        if t.id in board.pinned or (cell not in used and not names & busy):
            pinned[i] = cell
            used.add(cell)
            busy |= names
    p = Problem(
        interest=tuple(t.interest for t in board.topics),
        conveners=tuple(frozenset(n.casefold() for n in t.conveners) for t in board.topics),
        capacity=tuple(r.capacity for r in board.rooms),
        slots=len(slots),
        pinned=pinned,
    )
    cells = [(rooms[r], slots[s]) for r, s in p.cells]
    return p, [t.id for t in board.topics], cells


def suggestion_args(board: Board, a: Assignment) -> dict:
    """The `openspace.apply_suggestion` arguments for an assignment of `board`."""
    placements = [
        {
            "topic": str(board.topics[t].id),
            "room": str(board.rooms[r].id),
            "slot": str(board.slots[s].id),
        }
        for t, (r, s) in sorted(a.items())
    ]
    return {"placements": placements}


def current_assignment(board: Board, p: Problem) -> Assignment:
    """The board as it is, in the Problem's indices."""
    room_ix = {r.id: i for i, r in enumerate(board.rooms)}
    slot_ix = {s.id: i for i, s in enumerate(board.slots)}
    return {
        i: (room_ix[board.placed[t.id][0]], slot_ix[board.placed[t.id][1]])
        for i, t in enumerate(board.topics)
        if t.id in board.placed
    }
