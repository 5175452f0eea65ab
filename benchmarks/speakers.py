"""Speaking-time statistics on a big day: 300 people, 2,000 turns. Time to recompute every
figure (per person, per block, per category) after one more turn.

    python benchmarks/speakers.py [--people 300] [--turns 2000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from facilitateur.clock import FakeClock
from facilitateur.models import AgendaBlock, Person, SpeakerEntry, TimerTransition
from facilitateur.models.speakers.stats import per_block, per_category, per_person, turns
from facilitateur.models.storage.store import EventFile


def build(ef: EventFile, people: int, n_turns: int) -> None:
    """A day of 20 blocks and `n_turns` finished turns, written directly (fixture data)."""
    ef.execute("event.set", {"title": "Grande journée", "date": "2016-01-19"})
    for i in range(20):
        ef.execute("block.add", {"title": f"Bloc {i + 1}"})
    rng = random.Random(7)
    categories = ["Associations", "Entreprises", "Collectivités", "Universités", ""]
    t = datetime(2016, 1, 19, 8, 0, tzinfo=UTC)
    with ef.session() as s, s.begin():
        blocks = list(s.query(AgendaBlock))
        persons = [
            Person(id=uuid.uuid4(), name=f"Personne {i:03d}", category=rng.choice(categories))
            for i in range(people)
        ]
        s.add_all(persons)
        s.flush()
        seq = 0
        for k in range(n_turns):
            e = SpeakerEntry(
                id=uuid.uuid4(),
                block_id=rng.choice(blocks).id,
                person_id=rng.choice(persons).id,
                position=k,
                status="done",
            )
            s.add(e)
            s.flush()
            for kind, step in (
                ("started", 0),
                ("paused", rng.randint(10, 200)),
                ("resumed", 30),
                ("ended", rng.randint(10, 200)),
            ):
                t += timedelta(seconds=step)
                seq += 1
                s.add(
                    TimerTransition(
                        id=uuid.uuid4(), speaker_entry_id=e.id, kind=kind, at=t, seq=seq
                    )
                )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--people", type=int, default=300)
    p.add_argument("--turns", type=int, default=2000)
    p.add_argument("--runs", type=int, default=7)
    args = p.parse_args()
    folder = Path(tempfile.mkdtemp())
    clock = FakeClock(datetime(2016, 1, 19, 18, 0, tzinfo=UTC))
    ef = EventFile.open(folder / "big.facil", clock)
    build(ef, args.people, args.turns)
    times = []
    for i in range(args.runs):
        ef.execute("speaker.add", {"block": "#1", "name": f"Personne {i:03d}"})
        ef.execute("speaker.next", {"block": "#1"})
        clock.advance(60)
        start = time.perf_counter()
        with ef.session() as s:
            all_turns = turns(s, clock.now())
        figures = (per_person(all_turns), per_block(all_turns), per_category(all_turns))
        times.append(time.perf_counter() - start)
    print(
        f"{args.people} people, {len(all_turns)} turns, {len(figures[1])} blocks, {len(figures[2])} categories"
    )
    print(
        f"recompute all statistics after one more turn: median {statistics.median(times) * 1000:.0f} ms, "
        f"best {min(times) * 1000:.0f} ms ({args.runs} runs)"
    )
    ef.close()


if __name__ == "__main__":
    main()
