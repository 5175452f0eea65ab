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


@pytest.mark.sqlite_only
def test_a_write_failure_is_told_by_a_banner_never_a_dialog(qtbot, sample_file):
    from facilitateur.ui.interaction import ScriptedInteraction

    interaction = ScriptedInteraction()
    event = QtEvent(sample_file, interaction)
    told, recovered = [], []
    event.storage_failed.connect(told.append)
    event.storage_recovered.connect(lambda: recovered.append(True))
    with disk_full():
        results = [
            event.run("note.add", {"block": "#1", "text": "x" * 50_000 * (i + 1)}) for i in range(5)
        ]
    assert results == [None] * 5
    assert len(told) == 5 and interaction.errors == []
    assert recovered == []
    assert event.run("note.add", {"block": "#1", "text": "space is back"}) is not None
    assert recovered == [True]


def test_typing_while_the_disk_is_full_loses_no_keystroke(qtbot, tmp_path):
    """A note typed at the podium while nothing can be saved: every key lands in the field,
    no dialog takes the keyboard, a red banner says what happens; once space is back the whole
    note is saved and the banner goes."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from facilitateur.ui.actions import ActionId
    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    make_app("fr")
    try:
        w = MainWindow(ScriptedInteraction())
        qtbot.addWidget(w)
        w.remember_geometry = False
        w.open_sample(tmp_path / "jour.facil")
        w.show()
        with qtbot.waitActive(w):
            w.activateWindow()
        w.show_screen(ActionId.SCREEN_RUN)
        w.action_map[ActionId.NOTE_CAPTURE].trigger()
        line = w.run.capture.line
        assert QApplication.focusWidget() is line
        words = "Pendant que la salle parle on note tout"
        with disk_full():
            for i, word in enumerate(words.split()):
                qtbot.keyClicks(line, ("" if i == 0 else " ") + word)
                qtbot.wait(650)  # the half-second save fires between words, and fails
                assert QApplication.activeModalWidget() is None
                assert QApplication.focusWidget() is line
            assert line.text() == words
            assert w.storage_banner.isVisible()
            assert w.storage_banner.text().startswith("Non enregistré — ")
            assert "le disque est plein" in w.storage_banner.text()
        qtbot.wait(650)  # nothing typed since: the next keystroke saves
        qtbot.keyClick(line, Qt.Key.Key_Return)
        QApplication.processEvents()
        assert not w.storage_banner.isVisible()
        assert w.interaction.errors == []
        from sqlalchemy import select

        from facilitateur.models.notes.model import Note

        with w.current.file.session() as s:
            assert list(s.scalars(select(Note.text))) == [words]
        w.current.file.close()
    finally:
        make_app("en")


@pytest.mark.sqlite_only
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
        assert interaction.errors == []  # the banner says it, no dialog
        assert event.undo() is not None  # space is back: the undo goes through
    finally:
        make_app("en")


@pytest.fixture
def small_disk(tmp_path):
    """A real 2 MB file system (tmpfs), where the machine lets the suite mount one (root on
    Linux); skipped elsewhere, the file-size limit above standing in for it."""
    folder = tmp_path / "cle"
    folder.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root on Linux")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here ({done.stderr.decode().strip()})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_real_full_disk_keeps_the_file_consistent_and_saving_resumes(small_disk, clock):
    from facilitateur.models.commands.core import StorageError
    from facilitateur.models.storage.store import EventFile

    path = small_disk / "jour.facil"
    ef = EventFile.open(path, clock)
    ef.execute("block.add", {"title": "Accueil", "start": "09:00", "end": "09:30"})
    filler = small_disk / "autre-chose.bin"
    with filler.open("wb") as f:  # someone else's file takes the space that is left
        try:
            while True:
                f.write(b"x" * 65536)
                f.flush()
        except OSError:
            pass
    written, refused = 0, None
    for i in range(500):
        try:
            ef.execute("note.add", {"block": "#1", "text": f"note {i} " + "y" * 4000})
            written += 1
        except StorageError as e:
            refused = e
            break
    assert refused is not None and refused.reason in ("full", "device"), refused
    assert "Nothing of this change was written" in str(refused)
    filler.unlink()  # space is back
    ef.execute("note.add", {"block": "#1", "text": "after"})
    ef.close()
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        notes = [r[0] for r in con.execute("SELECT text FROM note ORDER BY created_at")]
    assert len(notes) == written + 1 and notes[-1] == "after"
