"""The suggested Open Space board on a large gathering: 200 topics, 20 rooms, 8 slots.

Reports the time to suggest (target under 1 s) and the score of the suggestion against the
greedy baseline (most-wanted topic to the largest room, slot after slot), on the same instances.

    python benchmarks/openspace.py [--runs 5] [--topics 200] [--rooms 20] [--slots 8]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from facilitateur.models.openspace.solver import Problem, feasible, greedy_baseline, score, suggest

PEOPLE = [f"convener {i}" for i in range(140)]


def instance(seed: int, topics: int, rooms: int, slots: int) -> Problem:
    """Interest skewed like a real marketplace (a few very popular topics, many small ones);
    rooms from a 12-seat corner to a 120-seat hall; some conveners bring two or three topics."""
    rnd = random.Random(seed)
    interest = tuple(min(150, int(rnd.paretovariate(1.3) * 6)) for _ in range(topics))
    conveners = tuple(
        frozenset(rnd.sample(PEOPLE, 2 if rnd.random() < 0.15 else 1)) for _ in range(topics)
    )
    capacity = tuple(rnd.choice([12, 15, 20, 25, 30, 40, 60, 120]) for _ in range(rooms))
    return Problem(interest, conveners, capacity, slots)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--topics", type=int, default=200)
    ap.add_argument("--rooms", type=int, default=20)
    ap.add_argument("--slots", type=int, default=8)
    args = ap.parse_args()
    times, ours, greedy = [], [], []
    for seed in range(args.runs):
        p = instance(seed, args.topics, args.rooms, args.slots)
        began = time.perf_counter()
        found = suggest(p)
        times.append(time.perf_counter() - began)
        base = greedy_baseline(p)
        assert feasible(p, found.assignment) and feasible(p, base)
        ours.append(found.score)
        greedy.append(score(p, base))
        print(
            f"seed {seed}: suggest {times[-1] * 1000:6.0f} ms, score {found.score:9.2f}, "
            f"greedy {greedy[-1]:9.2f} ({found.score / greedy[-1]:.3f}×), "
            f"placed {len(found.assignment)}/{args.topics}"
        )
    ratio = statistics.median(o / g for o, g in zip(ours, greedy, strict=True))
    print(
        f"{args.topics} topics, {args.rooms} rooms, {args.slots} slots: "
        f"suggest median {statistics.median(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms "
        f"(target < 1000 ms); score vs greedy baseline median {ratio:.3f}×"
    )


if __name__ == "__main__":
    main()
