"""kill -9 of `facilitateur replay --ack` at random moments, and what the file holds after.

Used by tests/test_kill_replay.py (a few kills in CI, `FACILITATEUR_KILLS=100` for the full
count) and by benchmarks/reliability.py, which writes the figures to docs/reliability.md.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from facilitateur.paths import sample_script

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
NOTES = 1500


@dataclass
class Tally:
    tried: int = 0
    survived: int = 0
    lost: int = 0  # acknowledged commands missing from the file
    corrupt: int = 0  # files failing PRAGMA integrity_check or not opening
    half_applied: int = 0  # files whose content is not exactly their journal's commands
    acknowledged: int = 0
    landed: int = 0  # kills that found the replay still at work
    problems: list[str] = field(default_factory=list)


def write_script(folder: Path) -> tuple[Path, int]:
    """The sample day then NOTES notes: (script, number of the sample's last line)."""
    sample = [x for x in sample_script().read_text(encoding="utf-8").splitlines() if x.strip()]
    lines = list(sample)
    for i in range(len(sample) + 1, len(sample) + NOTES + 1):
        lines.append(f'{{"cmd": "note.add", "args": {{"block": "#1", "text": "note {i}"}}}}')
    path = folder / "long.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, len(sample)


def _reader(stream, acked: list[int], reached: threading.Event, target: int) -> None:
    for raw in stream:
        parts = raw.split()
        if len(parts) == 2 and parts[0] == b"ok":
            acked[0] = int(parts[1])
            if acked[0] >= target:
                reached.set()
    reached.set()  # the process ended


def kill_once(
    folder: Path, script: Path, sample_lines: int, total_lines: int, rnd: random.Random, i: int
) -> tuple:
    """One run killed at a random moment; (acknowledged, killed while working, problem)."""
    db = folder / f"kill-{i}.facil"
    proc = subprocess.Popen(
        [sys.executable, "-m", "facilitateur", "replay", str(script), "--db", str(db), "--ack"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=ENV,
    )
    # Kill once a random line is acknowledged, a random fraction of a command later (or, for
    # line 0, at a random moment of the start-up), so that kills fall everywhere in the work.
    target = rnd.randint(0, total_lines)
    acked, reached = [0], threading.Event()
    reader = threading.Thread(
        target=_reader, args=(proc.stdout, acked, reached, max(target, 1)), daemon=True
    )
    reader.start()
    if target == 0:
        time.sleep(rnd.uniform(0.0, 0.8))
    else:
        reached.wait(timeout=120)
        time.sleep(rnd.uniform(0.0, 0.004))
    landed = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(timeout=5)
    return acked[0], landed, check(db, acked[0], sample_lines)


def check(db: Path, acked: int, sample_lines: int) -> str | None:
    """What is wrong with the file after a kill, or None."""
    if not db.exists():
        return None if acked == 0 else f"{db.name}: missing after {acked} acknowledged"
    try:
        con = sqlite3.connect(db)
        try:
            if con.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                return f"corrupt: {db.name}"
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            if "journal" not in tables:  # killed while the schema was created: nothing yet
                return None if acked == 0 else f"lost: {db.name} has no journal"
            n = con.execute("SELECT count(*) FROM journal").fetchone()[0]
            notes = [r[0] for r in con.execute("SELECT text FROM note ORDER BY created_at, rowid")]
            blocks = con.execute("SELECT count(*) FROM agenda_block").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        return f"corrupt: {db.name}: {e}"
    if n < acked:
        return f"lost: {db.name} holds {n} commands, {acked} were acknowledged"
    if n > acked + 1:
        return f"{db.name}: {n} commands but only {acked} acknowledged (more than one in flight)"
    expected = [f"note {k}" for k in range(sample_lines + 1, n + 1)]
    if notes != expected or (n >= sample_lines and blocks == 0):
        return f"half-applied: {db.name}: {len(notes)} notes for {n} commands"
    return None


def run(folder: Path, kills: int, seed: int = 2016) -> Tally:
    script, sample_lines = write_script(folder)
    total = sample_lines + NOTES
    rnd = random.Random(seed)
    tally = Tally()
    for i in range(kills):
        acked, landed, problem = kill_once(folder, script, sample_lines, total, rnd, i)
        tally.tried += 1
        tally.landed += landed
        tally.acknowledged += acked
        if problem is None:
            tally.survived += 1
        else:
            tally.problems.append(problem)
            if problem.startswith("corrupt"):
                tally.corrupt += 1
            elif problem.startswith("lost"):
                tally.lost += 1
            else:
                tally.half_applied += 1
        (folder / f"kill-{i}.facil").unlink(missing_ok=True)
        for extra in ("-wal", "-shm"):
            (folder / f"kill-{i}.facil{extra}").unlink(missing_ok=True)
    return tally
