"""The suggested board: exact on small boards, conflict-free and honouring pins on all boards."""

from __future__ import annotations

import itertools
import random

from helpers import clear_board
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitateur.models.openspace.board import read_board
from facilitateur.models.openspace.board_problem import problem_of, suggestion_args
from facilitateur.models.openspace.solver import Problem, feasible, greedy_baseline, score, suggest

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
    return Problem(interest, conveners, capacity, slots, pinned, draw(st.booleans()))


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


def test_kept_cards_stay_where_they_are_even_in_conflict_and_the_others_are_placed(sample_file):
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
    assert p.pinned == {0: (2, 0), 1: (1, 0)}  # kept means kept, the conflict too
    found = suggest(p)
    ef.execute("openspace.apply_suggestion", suggestion_args(b, found.assignment))
    with ef.session() as s:
        after = read_board(s)
    assert after.placed[ids[0]] == b.placed[ids[0]] and after.placed[ids[1]] == b.placed[ids[1]]
    assert [c.kind for c in after.conflicts()] == ["convener"] and len(after.placed) == 5
    # Without keeping, the suggestion is free to move them: it mends the conflict.
    p_all, _i, _c = problem_of(b)
    assert p_all.pinned == {}
    found = suggest(p_all)
    ef.execute("openspace.apply_suggestion", suggestion_args(b, found.assignment))
    with ef.session() as s:
        assert read_board(s).conflicts() == []


@st.composite
def hand_placed(draw):
    """A board with some cards placed by hand anywhere (conflicts allowed)."""
    p = draw(small_problems())
    pinned = {
        t: (draw(st.integers(0, len(p.capacity) - 1)), draw(st.integers(0, p.slots - 1)))
        for t in range(len(p.interest))
        if draw(st.booleans())
    }
    return Problem(p.interest, p.conveners, p.capacity, p.slots, pinned)


@settings(max_examples=60)
@given(hand_placed())
def test_every_kept_card_is_where_it_was_in_the_suggestion(p):
    found = suggest(p)
    assert all(found.assignment[t] == cell for t, cell in p.pinned.items())
    free_cells = [c for c in found.assignment.values() if c not in p.pinned.values()]
    assert len(free_cells) == len(set(free_cells))  # the others: one per free cell


def test_eleven_topics_on_six_rooms_and_three_slots_fill_every_slot():
    # The reference afternoon: 11 workshops, 6 rooms, 3 slots — announced at the marketplace,
    # before any dot was counted (interest 0), and with the dots.
    conveners = tuple(frozenset({f"c{i % 9}"}) for i in range(11))
    rooms = (120, 40, 30, 25, 20, 15)
    for interest in ((0,) * 11, (34, 41, 22, 27, 18, 30, 25, 12, 19, 14, 16)):
        found = suggest(Problem(interest, conveners, rooms, 3))
        per_slot = sorted(sum(1 for _r, s in found.assignment.values() if s == i) for i in range(3))
        assert per_slot == [3, 4, 4] and len(found.assignment) == 11
    # The facilitator may choose otherwise: the earliest slots first.
    found = suggest(Problem((0,) * 11, conveners, rooms, 3, spread=False))
    assert {s for _r, s in found.assignment.values()} == {0, 1}
