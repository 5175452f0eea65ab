"""Commit latency per command on a durable event file, against a bare sqlite3 insert+commit.

Both use the same durability: WAL journal, synchronous=FULL, one fsync'd commit per operation.
Target: median and p99 at most 2x the bare insert+commit.

    python benchmarks/commands.py [--count 400]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from facilitateur.models.storage.store import EventFile


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def bare(folder: Path, count: int) -> list[float]:
    con = sqlite3.connect(folder / "bare.db", isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE t (id TEXT PRIMARY KEY, title TEXT, at TEXT)")
    out = []
    for i in range(count):
        start = time.perf_counter()
        con.execute("BEGIN")
        con.execute("INSERT INTO t VALUES (?, ?, ?)", (f"id-{i}", f"Bloc {i}", "2016-01-19T09:00"))
        con.execute("COMMIT")
        out.append(time.perf_counter() - start)
    con.close()
    return out


def orm_floor(folder: Path, count: int) -> list[float]:
    """The least a change through the typed ORM costs: read one block by id, set its title,
    commit (no validation, no reference, no journal, no undo record). What is left above this
    in a command is ours to make cheaper; this much is the ORM's."""
    from sqlalchemy.orm import Session

    from facilitateur.models.agenda.model import AgendaBlock

    ef = EventFile.open(folder / "floor.facil")
    ef.execute("event.set", {"title": "Plancher", "date": "2016-01-19", "start": "08:00"})
    block_id = uuid.UUID(ef.execute("block.add", {"title": "Bloc"}).result["id"])
    out = []
    for i in range(count):
        start = time.perf_counter()
        with Session(ef.engine) as s, s.begin():
            s.get(AgendaBlock, block_id).title = f"Bloc {i}"
        out.append(time.perf_counter() - start)
    ef.close()
    return out


DAY_BLOCKS = 40  # a long day; positions are renumbered within a day, so its size matters


def ours(folder: Path, count: int) -> dict[str, list[float]]:
    """A day of 40 blocks edited as at the podium: add, rename, move one place, remove."""
    ef = EventFile.open(folder / "event.facil")
    ef.execute("event.set", {"title": "Banc d’essai", "date": "2016-01-19", "start": "08:00"})
    for i in range(DAY_BLOCKS):
        minute = 8 * 60 + 10 * i
        ef.execute(
            "block.add", {"title": f"Bloc {i}", "start": f"{minute // 60:02d}:{minute % 60:02d}"}
        )
    kinds: dict[str, list[float]] = {
        n: [] for n in ("block.add", "block.update", "block.move", "block.remove")
    }
    for i in range(count):
        k = i % (DAY_BLOCKS - 1) + 1
        for name, args in (
            ("block.add", {"title": f"Nouveau {i}", "kind": "talk", "position": k}),
            ("block.update", {"block": f"#{k}", "title": f"Bloc {i} (modifié)"}),
            ("block.move", {"block": f"#{k}", "position": k + 1}),
            ("block.remove", {"block": f"#{k + 1}"}),
        ):
            start = time.perf_counter()
            ef.execute(name, args)
            kinds[name].append(time.perf_counter() - start)
    ef.close()
    return kinds


def long_day(folder: Path, entries: int = 10_000, sample: int = 200) -> tuple[float, float]:
    """Median `note.add` with an empty journal, then after `entries` more commands (a day of
    notes saved as they are typed): the cost of a command must not grow with the journal."""
    ef = EventFile.open(folder / "long.facil")
    ef.execute("event.set", {"title": "Longue journée", "date": "2016-01-19", "start": "08:00"})
    ef.execute("block.add", {"title": "Bloc", "start": "09:00"})

    def timed(n: int) -> list[float]:
        out = []
        for i in range(n):
            start = time.perf_counter()
            ef.execute("note.add", {"block": "#1", "text": f"note {i}"})
            out.append(time.perf_counter() - start)
        return out

    early = statistics.median(timed(sample))
    timed(entries)
    late = statistics.median(timed(sample))
    ef.close()
    return early, late


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--count", type=int, default=400)
    args = p.parse_args()
    with tempfile.TemporaryDirectory(dir=Path.cwd()) as tmp:
        folder = Path(tmp)
        base = bare(folder, args.count)
        floor = orm_floor(folder, args.count)
        mine = ours(folder, args.count)
        early, late = long_day(folder)
    b_med, b_p99 = percentiles(base)
    print(f"{'operation':28s} {'median':>9s} {'p99':>9s}   ratio (median, p99)")
    print(f"{'bare insert+commit':28s} {b_med * 1e3:8.2f}ms {b_p99 * 1e3:8.2f}ms")
    f_med, f_p99 = percentiles(floor)
    print(
        f"{'ORM get+set+commit (floor)':28s} {f_med * 1e3:8.2f}ms {f_p99 * 1e3:8.2f}ms   "
        f"{f_med / b_med:4.2f}x  {f_p99 / b_p99:4.2f}x"
    )
    for name, samples in mine.items():
        med, p99 = percentiles(samples)
        print(
            f"{name:28s} {med * 1e3:8.2f}ms {p99 * 1e3:8.2f}ms   {med / b_med:4.2f}x  {p99 / b_p99:4.2f}x"
        )
    all_med, all_p99 = percentiles([s for v in mine.values() for s in v])
    print(
        f"{'all commands':28s} {all_med * 1e3:8.2f}ms {all_p99 * 1e3:8.2f}ms   "
        f"{all_med / b_med:4.2f}x  {all_p99 / b_p99:4.2f}x   (target <= 2x)"
    )
    print(
        f"note.add with an empty journal {early * 1e3:.2f} ms, after 10,000 more entries "
        f"{late * 1e3:.2f} ms ({late / early:.2f}x)"
    )


if __name__ == "__main__":
    main()
