"""kill -9 while a note is being typed: at most the last half second is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from facilitateur.models.notes.model import Note
from facilitateur.models.storage.store import EventFile

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from typing_app import TEXT  # noqa: E402


def test_kill_9_while_typing_loses_at_most_half_a_second(tmp_path):
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "c"),
        "XDG_DATA_HOME": str(home / "d"),
    }
    db = tmp_path / "notes.facil"
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "typing_app.py"), str(db)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    typed: list[tuple[int, float]] = []
    while len(typed) < 80:
        line = proc.stdout.readline()
        assert line, "the typing application stopped"
        count, at = line.split()
        typed.append((int(count), float(at)))
    os.kill(proc.pid, signal.SIGKILL)
    killed_at = time.time()
    proc.wait(timeout=10)
    ef = EventFile.open(db)
    with ef.session() as s:
        texts = [n.text for n in s.query(Note)]
    ef.close()
    assert len(texts) == 1, texts
    saved = texts[0]
    assert TEXT.startswith(saved)  # what is saved is exactly what was typed, in order
    # Everything typed more than half a second (plus a commit's slack) before the kill is there.
    must_have = max(count for count, at in typed if at <= killed_at - 0.6)
    assert len(saved) >= must_have, (len(saved), must_have, len(typed))
