"""A full disk while saving: a clear message, nothing half-written, and saving goes on once
space is back. The disk is "full" through a file-size limit (RLIMIT_FSIZE)."""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from facilitateur.ui.qt_event import QtEvent

HERE = Path(__file__).parent
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")


def test_disk_full_gives_a_clear_message_and_a_consistent_file(tmp_path):
    db = tmp_path / "jour.facil"
    env = {**os.environ, "PYTHONPATH": str(HERE)}
    out = subprocess.run(
        [sys.executable, str(HERE / "disk_full_child.py"), str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["written"] >= 1
    assert (
        "not saved" in result["error"] and "Nothing of this change was written" in result["error"]
    )
    assert "Traceback" not in out.stderr
    assert result["after"] == "ok"
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        notes = [r[0] for r in con.execute("SELECT text FROM note")]
        journal = con.execute("SELECT count(*) FROM journal").fetchone()[0]
    assert len(notes) == result["written"] + 1 and notes[-1] == "after"
    assert journal == result["written"] + 2  # the block, the notes; not the refused one


@contextmanager
def disk_full():
    """No file of this process may grow past its size now."""
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def test_a_write_failure_is_told_once_a_minute_not_at_each_keystroke(qtbot, sample_file):
    from facilitateur.ui.interaction import ScriptedInteraction

    interaction = ScriptedInteraction()
    event = QtEvent(sample_file, interaction)
    told = []
    event.storage_failed.connect(told.append)
    with disk_full():
        results = [
            event.run("note.add", {"block": "#1", "text": "x" * 50_000 * (i + 1)}) for i in range(5)
        ]
    assert results == [None] * 5
    assert len(told) == 5 and len(interaction.errors) == 1
    assert interaction.errors[0][0] == "Not saved"
    assert event.run("note.add", {"block": "#1", "text": "space is back"}) is not None


def test_a_full_disk_is_told_in_french_and_an_undo_then_is_told_not_raised(qtbot, sample_file):
    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction

    make_app("fr")
    try:
        interaction = ScriptedInteraction()
        event = QtEvent(sample_file, interaction)
        told = []
        event.storage_failed.connect(told.append)
        event.run("note.add", {"block": "#1", "text": "à défaire"})
        with disk_full():
            assert event.run("note.add", {"block": "#1", "text": "x" * 200_000}) is None
            assert event.undo() is None  # Ctrl+Z cannot be written either: said, not raised
        assert len(told) == 2 and all("non enregistré, le disque est plein" in t for t in told)
        assert "Rien de cette modification n’a été écrit" in told[0]
        assert interaction.errors[0][0] == "Non enregistré"
        assert event.undo() is not None  # space is back: the undo goes through
    finally:
        make_app("en")
