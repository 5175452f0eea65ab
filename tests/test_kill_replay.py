"""kill -9 at random moments of a long `facilitateur replay`: every file passes
PRAGMA integrity_check and holds exactly the acknowledged commands (at most one more in flight).

CI runs a few kills; `FACILITATEUR_KILLS=100 pytest tests/test_kill_replay.py` the full count
(benchmarks/reliability.py writes the figures to docs/reliability.md)."""

from __future__ import annotations

import os

from kill_harness import run


def test_kill_9_during_replay_loses_nothing_acknowledged(tmp_path):
    kills = int(os.environ.get("FACILITATEUR_KILLS", "8"))
    tally = run(tmp_path, kills)
    assert tally.problems == []
    assert tally.survived == tally.tried == kills
    assert tally.landed == kills  # every kill found the replay at work
