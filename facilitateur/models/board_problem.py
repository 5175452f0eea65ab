"""The Open Space board as a solver's problem (indices) and a suggestion back as a command."""

from __future__ import annotations

import uuid

from facilitateur.models.board import Board, Cell
from facilitateur.models.solver import Assignment, Problem


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
