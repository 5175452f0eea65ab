"""Two Facilitateurs on one file: the second is told the file is in use; nothing is corrupted;
the lock goes with the process that held it, even killed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from facilitateur.models.storage.schema import FileInUse
from facilitateur.models.storage.store import EventFile

HOLD = """
import sys, time
from facilitateur.models.storage.store import EventFile
ef = EventFile.open(sys.argv[1])
ef.execute("note.add", {"text": "held"})
print("open", flush=True)
time.sleep(60)
"""


def test_a_second_open_is_refused_until_the_first_closes(tmp_path, clock):
    path = tmp_path / "jour.facil"
    first = EventFile.open(path, clock)
    with pytest.raises(FileInUse, match="open in another Facilitateur"):
        EventFile.open(path, clock)
    reader = EventFile.open(path, clock, exclusive=False)  # an export may read meanwhile
    reader.close()
    first.close()
    EventFile.open(path, clock).close()


def test_another_process_holds_the_file_until_it_is_killed(tmp_path, clock):
    path = tmp_path / "jour.facil"
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(FileInUse):
            EventFile.open(path, clock)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    deadline = time.monotonic() + 5
    while True:
        try:
            ef = EventFile.open(path, clock)
            break
        except FileInUse:
            assert time.monotonic() < deadline
            time.sleep(0.05)
    ef.execute("note.add", {"text": "after"})
    ef.close()
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert sorted(r[0] for r in con.execute("SELECT text FROM note")) == ["after", "held"]


def test_the_window_asks_before_opening_a_file_in_use_read_only(qtbot, tmp_path, clock):
    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    make_app("en")
    path = tmp_path / "jour.facil"
    held = EventFile.open(path, clock)
    w = MainWindow(ScriptedInteraction(), clock)
    qtbot.addWidget(w)
    assert not w.open_path(path)  # asked whether to open it read-only: no (the default)
    assert w.current is None
    held.close()


def test_a_file_in_use_opens_read_only_with_a_banner_and_a_copy_can_be_saved(
    qtbot, tmp_path, clock
):
    from facilitateur.ui.actions import ActionId
    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    make_app("en")
    path = tmp_path / "jour.facil"
    held = EventFile.open(path, clock)
    held.execute("event.set", {"title": "Rencontre", "date": "2016-01-19"})
    held.execute("block.add", {"title": "Accueil", "start": "09:00", "end": "09:30"})
    w = MainWindow(ScriptedInteraction(), clock)
    qtbot.addWidget(w)
    w.show()
    w.interaction.confirmations.append(True)
    assert w.open_path(path)
    assert w.current.file.read_only and w.banner.isVisible()
    assert "Read-only" in w.banner.text()
    assert w.current.run("note.add", {"block": "#1", "text": "x"}) is None
    assert "read-only" in w.storage_banner.text() and w.interaction.errors == []
    # Typed meanwhile, at the podium and in the notes editor: nothing of it can be saved here.
    w.show_screen(ActionId.SCREEN_RUN)
    w.current.run("timer.start", {})
    w.run.capture.line.setText("D: on garde la salle")
    w.run.capture.save()
    w.notes.editor.start_new({"block": "#1", "author": "Julie"}, "Accueil")
    w.notes.editor.text.setPlainText("Une note longue tapée en lecture seule")
    w.notes.editor.save()
    copy = tmp_path / "copie.facil"
    w.interaction.paths.append(copy)
    w.action_map[ActionId.SAVE_COPY].trigger()
    # The window goes on in the copy, and what was typed is in it.
    assert w.current.file.path == copy and not w.current.file.read_only
    assert not w.banner.isVisible() and not w.storage_banner.isVisible()
    w.current.file.close()
    held.close()
    again = EventFile.open(copy, clock)
    again.execute("note.add", {"block": "#1", "text": "dans la copie"})
    with again.session() as s:
        from facilitateur.models import queries
        from facilitateur.models.notes.model import Note

        assert queries.the_event(s).title == "Rencontre"
        assert sorted(n.text for n in s.query(Note)) == [
            "Une note longue tapée en lecture seule",
            "dans la copie",
            "on garde la salle",
        ]
    again.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_file_without_write_permission_opens_read_only(tmp_path, clock):
    path = tmp_path / "jour.facil"
    ef = EventFile.open(path, clock)
    ef.execute("event.set", {"title": "Rencontre"})
    ef.close()
    path.chmod(0o444)
    try:
        ro = EventFile.open(path, clock)
        assert ro.read_only
        with pytest.raises(Exception, match="read-only"):
            ro.execute("event.set", {"title": "Autre"})
        ro.save_copy(tmp_path / "copie.facil")
        ro.close()
    finally:
        path.chmod(0o644)
    copy = EventFile.open(tmp_path / "copie.facil", clock)
    assert not copy.read_only
    copy.close()
