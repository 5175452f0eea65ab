"""Kill -9 the application while a block runs, start it again: the day is where it was."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import pytest

from facilitateur.paths import sample_script

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _prepare(tmp_path, lines):
    script = tmp_path / "day.jsonl"
    script.write_text(
        sample_script().read_text(encoding="utf-8") + "\n".join(json.dumps(x) for x in lines) + "\n"
    )
    db = tmp_path / "day.facil"
    out = subprocess.run(
        [sys.executable, "-m", "facilitateur", "replay", str(script), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        env=ENV,
    )
    assert out.returncode == 0, out.stderr
    return db


def _kill_running_app(db, tmp_path):
    home = tmp_path / "home"
    env = {
        **ENV,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "c"),
        "XDG_DATA_HOME": str(home / "d"),
        "XDG_RUNTIME_DIR": str(tmp_path),  # the socket a killed application leaves goes with it
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "facilitateur", str(db)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(3)  # the window is up and ticking
    assert proc.poll() is None, "the application should still be running"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    report = tmp_path / "report.json"
    out = subprocess.run(
        [sys.executable, "-m", "facilitateur", "--smoke", str(db), "--smoke-report", str(report)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(report.read_text(encoding="utf-8"))


@pytest.mark.parametrize("paused", [False, True])
def test_after_kill_9_the_block_is_still_running_or_paused_with_the_right_time(tmp_path, paused):
    started = datetime.now(UTC) - timedelta(seconds=95)
    lines = [{"at": started.isoformat(), "cmd": "timer.start", "args": {}}]
    if paused:
        lines.append(
            {"at": (started + timedelta(seconds=40)).isoformat(), "cmd": "timer.pause", "args": {}}
        )
    db = _prepare(tmp_path, lines)
    report = _kill_running_app(db, tmp_path)
    assert report["screen"] == "runScreen" and report["block"] == "Mot d’accueil"
    if paused:
        assert report["state"] == "paused" and report["elapsed_seconds"] == 40.0
        assert report["digits"] == "14:20"
    else:
        assert report["state"] == "running"
        truth = (datetime.fromisoformat(report["now"]) - started).total_seconds()
        assert abs(report["elapsed_seconds"] - truth) <= 1.0
