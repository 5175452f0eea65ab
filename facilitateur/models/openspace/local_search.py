"""The local search that improves a suggested Open Space board: moves and swaps, while one
helps and time remains (see solver.py for the score it raises)."""

from __future__ import annotations

import time

from facilitateur.models.openspace.placement import Assignment, Problem

Cell = tuple[int, int]  # (room, slot)


def improve(p: Problem, a: Assignment, deadline: float) -> Assignment:
    """Moves to a free cell or off the board, and swaps, while one helps and time remains."""
    state = State(p, a)
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


class State:
    """An assignment with what makes a move's effect quick to compute."""

    def __init__(self, p: Problem, a: Assignment) -> None:
        self.p, self.a = p, dict(a)
        self.by_cell = {cell: t for t, cell in self.a.items()}
        self.busy: dict[tuple[int, str], int] = {}
        self.loads = [0.0] * p.slots
        for t, (r, s) in self.a.items():
            self.loads[s] += p.weight(t, r)
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

    def _value(self, loads: list[float], sat: float, fit: float, placed: float) -> float:
        mean = sum(loads) / self.p.slots if self.p.slots else 0.0
        imbalance = sum(abs(x - mean) for x in loads)
        return sat - 0.5 * imbalance + 0.1 * fit + 0.01 * placed / (len(self.p.interest) + 1)

    def gain(self, t: int, old: tuple[int, int] | None, new: tuple[int, int] | None) -> float:
        """Score change when t goes from `old` to `new` (None: off the board)."""
        return self.gains([(t, old, new)])

    def gains(self, moves: list[tuple[int, Cell | None, Cell | None]]) -> float:
        p, loads = self.p, list(self.loads)
        before = self._value(loads, 0, 0, 0)
        sat = fit = placed = 0.0
        for t, old, new in moves:
            if old is not None:
                v = p.weight(t, old[0])
                loads[old[1]] -= v
                sat, placed = sat - v, placed - 1
                fit -= p.fit(t, old[0]) + p.early(old[1])
            if new is not None:
                v = p.weight(t, new[0])
                loads[new[1]] += v
                sat, placed = sat + v, placed + 1
                fit += p.fit(t, new[0]) + p.early(new[1])
        return self._value(loads, sat, fit, placed) - before

    def move(self, t: int, new: tuple[int, int] | None) -> None:
        p, old = self.p, self.a.get(t)
        if old is not None:
            del self.by_cell[old], self.a[t]
            self.loads[old[1]] -= p.weight(t, old[0])
            for n in p.conveners[t]:
                self.busy[(old[1], n)] -= 1
        if new is not None:
            self.a[t], self.by_cell[new] = new, t
            self.loads[new[1]] += p.weight(t, new[0])
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

    def _swappable(self, t: int, a: Cell | None, u: int, b: Cell | None) -> bool:
        if a is None:
            return b is not None and self.can_take(t, b, leaving=u)
        if b is None:
            return self.can_take(u, a, leaving=t)
        return self.can_take(t, b, leaving=u) and self.can_take(u, a, leaving=t)
