"""The suggested board: exact on small boards, conflict-free and honouring pins on all boards."""

from __future__ import annotations

import itertools
import random

from helpers import clear_board
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitateur.models.board import read_board
from facilitateur.models.board_problem import problem_of, suggestion_args
from facilitateur.models.solver import Problem, feasible, greedy_baseline, score, suggest

PEOPLE = ("anne", "paul", "léa", "omar")


def exhaustive(p: Problem) -> float:
    """The best score over every board (each topic in a cell or not placed)."""
    best = None
    for combo in itertools.product([*p.cells, None], repeat=len(p.interest)):
        a = {t: c for t, c in enumerate(combo) if c is not None}
        if feasible(p, a) and (best is None or score(p, a) > best):
            best = score(p, a)
    return best


@st.composite
def small_problems(draw):
    n = draw(st.integers(1, 6))
    rooms = draw(st.integers(1, 3))
    slots = draw(st.integers(1, 3))
    interest = tuple(draw(st.lists(st.integers(0, 40), min_size=n, max_size=n)))
    conveners = tuple(
        frozenset(draw(st.sets(st.sampled_from(PEOPLE), max_size=2))) for _ in range(n)
    )
    capacity = tuple(draw(st.lists(st.none() | st.integers(1, 50), min_size=rooms, max_size=rooms)))
    pinned = {}
    if draw(st.booleans()):
        pinned[0] = (draw(st.integers(0, rooms - 1)), draw(st.integers(0, slots - 1)))
    return Problem(interest, conveners, capacity, slots, pinned)


@settings(max_examples=60)
@given(small_problems())
def test_on_small_boards_the_suggestion_scores_the_best_of_an_exhaustive_search(p):
    found = suggest(p)
    assert feasible(p, found.assignment)
    assert abs(found.score - exhaustive(p)) < 1e-9


def large(seed: int, topics=120, rooms=12, slots=6) -> Problem:
    rnd = random.Random(seed)
    people = [f"p{i}" for i in range(60)]
    return Problem(
        tuple(rnd.randint(0, 60) for _ in range(topics)),
        tuple(frozenset(rnd.sample(people, rnd.choice([1, 1, 1, 2]))) for _ in range(topics)),
        tuple(rnd.choice([10, 20, 30, 60, None]) for _ in range(rooms)),
        slots,
        {0: (3, 2), 1: (0, 0)},
    )


def test_on_large_boards_no_convener_conflict_pins_kept_and_better_than_greedy():
    for seed in range(3):
        p = large(seed)
        found = suggest(p, budget=0.5)
        assert not found.exact
        assert feasible(p, found.assignment)  # includes: pinned topics where they were
        assert found.assignment[0] == (3, 2) and found.assignment[1] == (0, 0)
        assert found.score >= score(p, greedy_baseline(p))


def test_most_wanted_topics_get_the_largest_rooms_and_spread_over_slots():
    p = Problem((50, 48, 5, 4), tuple(frozenset({n}) for n in "abcd"), (60, 10), 2)
    a = suggest(p).assignment
    assert a[0][0] == 0 and a[1][0] == 0  # both popular topics in the big room …
    assert a[0][1] != a[1][1]  # … at different times


def test_the_suggestion_for_the_file_applies_as_one_command(sample_file):
    ef = sample_file
    clear_board(ef)
    ef.execute("room.add", {"name": "A", "capacity": 30})
    ef.execute("room.add", {"name": "B", "capacity": 10})
    ef.execute("slot.generate", {"minutes": 80})
    for i in range(7):
        ef.execute("topic.add", {"title": f"Sujet {i}", "convener": "Anne", "interest": i * 3})
    with ef.session() as s:
        b = read_board(s)
    p, _ids, _cells = problem_of(b)
    found = suggest(p)
    ef.execute("openspace.apply_suggestion", suggestion_args(b, found.assignment))
    with ef.session() as s:
        after = read_board(s)
    # Anne convenes everything: one topic per slot, the most-wanted ones.
    assert len(after.placed) == len(after.slots) == 2
    assert after.conflicts() == []
    assert {t.title for t in after.topics if t.id in after.placed} == {"Sujet 6", "Sujet 5"}


def test_keeping_the_cards_placed_places_only_the_others_and_frees_a_conflict(sample_file):
    ef = sample_file
    clear_board(ef)
    for name, capacity in (("A", 30), ("B", 20), ("C", 10)):
        ef.execute("room.add", {"name": name, "capacity": capacity})
    ef.execute("slot.generate", {"minutes": 80})
    for i, convener in enumerate(("Anne", "Anne", "Bruno", "Chloé", "Denis")):
        ef.execute("topic.add", {"title": f"Sujet {i}", "convener": convener, "interest": 5 + i})
    # Placed by hand: Sujet 0 in C at slot 1 (small room for it), and Sujet 1 — same convener,
    # same slot — in B: a conflict.
    ef.execute("topic.assign", {"topic": "#1", "room": "C", "slot": "#1"})
    ef.execute("topic.assign", {"topic": "#2", "room": "B", "slot": "#1"})
    with ef.session() as s:
        b = read_board(s)
    ids = [t.id for t in b.topics]
    p, _ids, _cells = problem_of(b, keep_placed=True)
    assert list(p.pinned) == [0]  # the first is kept, the one in conflict with it is free
    found = suggest(p)
    ef.execute("openspace.apply_suggestion", suggestion_args(b, found.assignment))
    with ef.session() as s:
        after = read_board(s)
    assert after.placed[ids[0]] == b.placed[ids[0]]  # kept where it was put by hand
    assert after.conflicts() == [] and len(after.placed) == 5
    # Without keeping, the suggestion is free to move it (to a larger room).
    p_all, _i, _c = problem_of(b)
    assert p_all.pinned == {}
