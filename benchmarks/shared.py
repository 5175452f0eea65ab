"""Shared events on a local PostgreSQL server: command latency against a bare psycopg
insert+commit of the same durability, four writer processes adding 500 notes each at once
(throughput, p99, none lost), and the time for a change to show on another laptop.

The server is a throw-away one started here (tools/test-postgresql.sh, with fsync on): each
commit waits for the server's log to be on disk, as at a real venue.

    python benchmarks/shared.py [--count 400] [--writers 4] [--notes 500] [--changes 200]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SERVER = ROOT / "tools" / "test-postgresql.sh"


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def start_server() -> tuple[str, str]:
    env = {**os.environ, "FACILITATEUR_PG_DURABLE": "1"}
    said = subprocess.run(
        ["bash", str(SERVER), "start"], capture_output=True, text=True, check=True, env=env
    ).stdout
    values = dict(line.removeprefix("export ").split("=", 1) for line in said.splitlines())
    return values["FACILITATEUR_TEST_PG"], values["FACILITATEUR_TEST_PG_DATA"]


def new_database(admin_url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    return admin_url.rsplit("/", 1)[0] + "/" + name


def bare(address: str, count: int) -> list[float]:
    """One INSERT and one COMMIT per operation, psycopg alone, synchronous_commit on."""
    import psycopg

    out = []
    with psycopg.connect(address) as con:
        con.execute("SET synchronous_commit = on")
        con.execute("CREATE TABLE t (id uuid PRIMARY KEY, text text, at text)")
        con.commit()
        for i in range(count):
            start = time.perf_counter()
            con.execute(
                "INSERT INTO t VALUES (%s, %s, %s)",
                (uuid.uuid4(), f"note {i}", "2016-01-19T09:00:00+00:00"),
            )
            con.commit()
            out.append(time.perf_counter() - start)
    return out


def commands(address: str, count: int) -> dict[str, list[float]]:
    """note.add and note.update through EventFile.execute (validation, the server's write lock,
    the journal, NOTIFY, one commit)."""
    from facilitateur.models.storage.engines import Origin
    from facilitateur.models.storage.store import EventFile

    ef = EventFile.open(address, origin=Origin.fresh("bench"))
    out: dict[str, list[float]] = {"note.add": [], "note.update": []}
    try:
        for _ in range(20):  # warm-up: compiled statements, pool
            ef.execute("note.add", {"text": "échauffement"})
        for i in range(count):
            start = time.perf_counter()
            note = ef.execute("note.add", {"text": f"note {i}"}).result["id"]
            out["note.add"].append(time.perf_counter() - start)
            start = time.perf_counter()
            ef.execute("note.update", {"note": note, "text": f"note {i} revue"})
            out["note.update"].append(time.perf_counter() - start)
    finally:
        ef.close()
    return out


def writers(address: str, count: int, notes: int) -> tuple[float, list[float], int]:
    """`count` processes adding `notes` notes each at once: (seconds, latencies, notes found)."""
    from sqlalchemy import func, select

    from facilitateur.models.notes.model import Note
    from facilitateur.models.storage.store import EventFile

    EventFile.open(address).close()  # the schema, before the writers race for it
    writer = ROOT / "tests" / "concurrent_writer.py"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    procs = [
        subprocess.Popen(
            [sys.executable, str(writer), address, f"w{n}", str(notes)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(count)
    ]
    latencies: list[float] = []
    for p in procs:
        out, _ = p.communicate()
        if p.returncode != 0:
            raise SystemExit("a writer failed")
        latencies += [float(x) / 1000 for x in out.split()]
    elapsed = time.perf_counter() - start
    ef = EventFile.open(address)
    try:
        with ef.session() as s:
            found = s.scalar(select(func.count(func.distinct(Note.text))))
    finally:
        ef.close()
    return elapsed, latencies, found


def propagation(address: str, changes: int) -> list[float]:
    """From one laptop's execute() call to another laptop's feed handing on the change."""
    from facilitateur.models.storage.engines import Origin
    from facilitateur.models.storage.store import EventFile

    a = EventFile.open(address, origin=Origin.fresh("A"))
    b = EventFile.open(address, origin=Origin.fresh("B"))
    heard = threading.Event()
    delays: list[float] = []
    sent = [0.0]

    def hear(_changes) -> None:
        delays.append(time.perf_counter() - sent[0])
        heard.set()

    feed = b.follow(hear)
    try:
        feed.listening.wait(10)
        for i in range(changes):
            heard.clear()
            sent[0] = time.perf_counter()
            a.execute("note.add", {"text": f"vue de loin {i}"})
            if not heard.wait(10):
                raise SystemExit("a change never arrived")
            time.sleep(0.01)
    finally:
        a.close()
        b.close()
    return delays


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--count", type=int, default=400)
    p.add_argument("--writers", type=int, default=4)
    p.add_argument("--notes", type=int, default=500)
    p.add_argument("--changes", type=int, default=200)
    args = p.parse_args()
    admin, data = start_server()
    ms = 1000
    try:
        base = percentiles(bare(new_database(admin, "bench_bare"), args.count))
        print(
            f"bare psycopg insert+commit: median {base[0] * ms:.2f} ms, p99 {base[1] * ms:.2f} ms"
        )
        for name, samples in commands(new_database(admin, "bench_cmd"), args.count).items():
            med, p99 = percentiles(samples)
            print(
                f"{name}: median {med * ms:.2f} ms ({med / base[0]:.1f}x), "
                f"p99 {p99 * ms:.2f} ms ({p99 / base[1]:.1f}x)"
            )
        elapsed, latencies, found = writers(
            new_database(admin, "bench_writers"), args.writers, args.notes
        )
        total = args.writers * args.notes
        med, p99 = percentiles(latencies)
        print(
            f"{args.writers} writers x {args.notes} notes: {total / elapsed:.0f} notes/s "
            f"({elapsed:.1f} s), median {med * ms:.2f} ms, p99 {p99 * ms:.2f} ms, "
            f"{found} of {total} found, {total - found} lost"
        )
        med, p99 = percentiles(propagation(new_database(admin, "bench_live"), args.changes))
        print(f"change shown on another laptop: median {med * ms:.1f} ms, p99 {p99 * ms:.1f} ms")
    finally:
        subprocess.run(["bash", str(SERVER), "remove", data], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
