"""The Open Space board as a solver's problem (indices) and a suggestion back as a command."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from facilitateur.models.openspace.board import Board, Cell
from facilitateur.models.openspace.placement import Assignment, Problem


def problem_of(
    board: Board, keep_placed: bool = False, spread: bool = True
) -> tuple[Problem, list[uuid.UUID], list[Cell]]:
    """The board as a Problem; also the topic ids and cells (room id, slot id) by index.

    Pinned cards stay where they are; with `keep_placed`, so does every card already on the
    board — a card in conflict with another too: kept means kept, and the conflict is left for
    the facilitator to see (without `keep_placed`, the suggestion is free to mend it). With
    `spread`, the workshops go over every slot (see solver.py)."""
    room_ix = {r.id: i for i, r in enumerate(board.rooms)}
    slot_ix = {s.id: i for i, s in enumerate(board.slots)}
    pinned: dict[int, tuple[int, int]] = {}
    for i, t in enumerate(board.topics):
        if t.id in board.placed and (keep_placed or t.id in board.pinned):
            rid, sid = board.placed[t.id]
            pinned[i] = (room_ix[rid], slot_ix[sid])
    p = Problem(
        interest=tuple(t.interest for t in board.topics),
        conveners=tuple(frozenset(n.casefold() for n in t.conveners) for t in board.topics),
        capacity=tuple(r.capacity for r in board.rooms),
        slots=len(board.slots),
        pinned=pinned,
        spread=spread,
    )
    cells = [(board.rooms[r].id, board.slots[s].id) for r, s in p.cells]
    return p, [t.id for t in board.topics], cells


@dataclass(frozen=True)
class Figures:
    """What a facilitator reads of a board: topics placed, interest seated (people who want a
    topic and fit in its room), conflicts, workshops in each slot."""

    placed: int
    seated: int
    conflicts: int
    per_slot: tuple[int, ...]


def figures(board: Board, p: Problem, a: Assignment) -> Figures:
    """The figures of `board` with its topics placed as in `a` (conflicts as the board shows
    them: a convener in two places, two topics in a cell, a slot outside the hours, interest
    above the seats)."""
    placed = {board.topics[t].id: (board.rooms[r].id, board.slots[s].id) for t, (r, s) in a.items()}
    view = Board(board.rooms, board.slots, board.topics, placed, set(board.pinned))
    return Figures(
        placed=len(a),
        seated=sum(p.satisfied(t, r) for t, (r, _s) in a.items()),
        conflicts=len(view.conflicts()),
        per_slot=tuple(sum(1 for _r, s in a.values() if s == i) for i in range(p.slots)),
    )


def suggestion_args(board: Board, a: Assignment) -> dict[str, Any]:
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
