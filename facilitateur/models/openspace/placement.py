"""The Open Space placement problem in indices: topics, rooms and slots, the interest and the
rules a board must keep (see solver.py for how it is solved, and docs/open-space.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Problem:
    """Indices only: topics 0..n-1, rooms 0..r-1, slots 0..s-1; cells are (room, slot)."""

    interest: tuple[int, ...]
    conveners: tuple[frozenset[str], ...]
    capacity: tuple[int | None, ...]
    slots: int
    pinned: dict[int, tuple[int, int]] = field(default_factory=dict)
    spread: bool = True  # every slot offered: each workshop counts one in its slot's load

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

    def weight(self, t: int, room: int) -> int:
        """What topic t adds to the score and to its slot's load in `room`."""
        return self.satisfied(t, room) + (1 if self.spread else 0)

    def early(self, slot: int) -> float:
        """Tie-breaker without `spread`: earlier slots filled first (under 0.001 a topic)."""
        return 0.0 if self.spread else -0.001 * slot / max(self.slots, 1)

    def fit(self, t: int, room: int) -> float:
        """Tie-breaker share of topic t in `room`: interest × capacity, normalised."""
        top, total = self._largest, self._total_interest
        cap = self.capacity[room]
        if cap is None:
            cap = top
        return self.interest[t] * cap / (top * total) if top else 0.0


Assignment = dict[int, tuple[int, int]]  # topic -> (room, slot); absent: not placed
