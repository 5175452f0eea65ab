"""Run a command as a child process and read its wall time and peak memory."""

from __future__ import annotations

import os
import statistics
import subprocess
import time


def run_child(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(seconds, peak resident MiB) of one run of `argv`; raises if it fails."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {proc.stderr.read().decode()[-2000:]}")
    proc.stderr.close()
    return elapsed, usage.ru_maxrss / 1024  # Linux reports KiB


def median_runs(
    argv: list[str], runs: int, env: dict[str, str] | None = None
) -> tuple[float, float]:
    """Median time and median peak memory over `runs` runs (after one warm-up run)."""
    run_child(argv, env)
    samples = [run_child(argv, env) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)
