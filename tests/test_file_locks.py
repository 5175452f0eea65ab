"""The application never loses what it acknowledged because its file locks were dropped.

SQLite's locks are POSIX advisory locks, per process: any `close()` of the event file in the
application's process (a file dialog sniffing types, a hash, a copy) drops them all. A second
connection that then believes itself the last one checkpoints and deletes the log the
application still writes into, and every later change goes into a deleted file. These tests
play that sequence with real processes and a real kill -9 (docs/reliability.md, the locking
rule)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys

import pytest
from helpers import cli, locks_held_by
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileSystemModel

from facilitateur.models.storage.connection import is_part_of, seen_from_outside
from facilitateur.models.storage.schema import EventFileError
from facilitateur.models.storage.store import EventFile

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks")
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

# The application's role, in a process of its own so that it can be killed: a note, a plain
# open()/close() of the file (as a file dialog does), something beside it, a second note.
APPLICATION = """
import subprocess, sys, time
from facilitateur.models.storage.store import EventFile
path, beside = sys.argv[1], sys.argv[2]
ef = EventFile.open(path)
ef.execute("note.add", {"text": "before"})
with open(path, "rb") as f:
    f.read(64)
if beside == "export":
    done = subprocess.run(
        [sys.executable, "-m", "facilitateur", "export", "json", "--db=" + path, "-o", path + ".json"]
    )
    assert done.returncode == 0
else:  # another program opening the file read-write, as any SQLite tool does
    reader = "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute('SELECT 1 FROM note')"
    assert subprocess.run([sys.executable, "-c", reader, path]).returncode == 0
ef.execute("note.add", {"text": "after"})
print("acknowledged", ef.rescues, flush=True)
time.sleep(120)
"""


def _run_application_then_kill(path, beside: str) -> int:
    child = subprocess.Popen(
        [sys.executable, "-c", APPLICATION, str(path), beside],
        stdout=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    try:
        said = child.stdout.readline().split()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert said[0] == "acknowledged", said
    return int(said[1])


def _notes_in(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return [r[0] for r in con.execute("SELECT text FROM note ORDER BY created_at")]
    finally:
        con.close()


def test_a_plain_close_of_the_file_drops_the_application_s_locks(tmp_path, clock):
    """The hazard itself: what the rest of this file guards against."""
    path = tmp_path / "jour.facil"
    ef = EventFile.open(path, clock)
    try:
        ef.execute("note.add", {"text": "x"})
        assert locks_held_by(path) == os.getpid()
        with open(path, "rb") as f:
            f.read(64)
        assert locks_held_by(path) is None
    finally:
        ef.close()


def test_an_export_beside_the_application_loses_nothing_after_a_kill(tmp_path):
    """The reported sequence: note, plain open()/close(), `facilitateur export` on the live
    file, note, kill -9. The export reads strictly read-only: it cannot delete the log, and the
    application never had to rewrite its file."""
    path = tmp_path / "jour.facil"
    rescues = _run_application_then_kill(path, "export")
    assert _notes_in(path) == ["before", "after"]
    assert rescues == 0


def test_a_log_deleted_by_another_program_is_noticed_and_nothing_is_lost(tmp_path):
    """Defence in depth: another program opens the file read-write once the locks are gone and
    deletes the log on closing; the application notices at its next commit, rewrites the file
    from its connection, and the note it acknowledged survives the kill."""
    path = tmp_path / "jour.facil"
    rescues = _run_application_then_kill(path, "sqlite")
    assert _notes_in(path) == ["before", "after"]
    assert rescues == 1


def test_the_check_from_outside_sees_the_last_entry_and_rewrites_a_detached_file(tmp_path, clock):
    path = tmp_path / "jour.facil"
    ef = EventFile.open(path, clock)
    told = []
    ef.subscribe_rescue(lambda: told.append(True))
    try:
        ef.execute("note.add", {"text": "one"})
        assert seen_from_outside(path) == ef.journal_mark()
        assert ef.check_on_disk()
        # The log deleted behind the application's back (as the last connection of another
        # process does): what is committed next is in no file another program can read.
        path.with_name(path.name + "-wal").unlink()
        path.with_name(path.name + "-shm").unlink()
        with ef._writer() as s, s.begin():  # a commit that skips the check after commands
            s.connection().exec_driver_sql("UPDATE event SET title = 'Journée'")
        assert seen_from_outside(path) != ef.journal_mark() or not ef.attachment.intact()
        assert not ef.check_on_disk()
        assert told == [True]
        assert ef.check_on_disk()
        ef.execute("note.add", {"text": "two"})
    finally:
        ef.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT title FROM event").fetchone() == ("Journée",)
    assert [r[0] for r in con.execute("SELECT text FROM note ORDER BY created_at")] == [
        "one",
        "two",
    ]
    con.close()


def test_nothing_writes_over_the_open_file_or_the_files_beside_it(tmp_path, clock):
    path = tmp_path / "jour.facil"
    ef = EventFile.open(path, clock)
    try:
        ef.execute("note.add", {"text": "gardée"})
        for target in (path, tmp_path / "." / "jour.facil", path.with_name("jour.facil-wal")):
            assert is_part_of(target, path)
            with pytest.raises(EventFileError) as refused:
                ef.save_copy(target)
            assert refused.value.reason == "own_file"
        os.link(path, tmp_path / "lien.facil")
        assert is_part_of(tmp_path / "lien.facil", path)
        assert not is_part_of(tmp_path / "copie.facil", path)
        # The command line refuses an export over its own event file, with a message.
        done = cli("export", "json", "--db", path, "-o", path)
        assert done.returncode == 2
        assert "this is the event file itself" in done.stderr
        assert "Traceback" not in done.stderr
        assert ef.check_on_disk()
    finally:
        ef.close()
    assert _notes_in(path) == ["gardée"]


def test_backups_are_copied_through_the_application_s_connection(tmp_path, clock):
    """A snapshot never opens the live file a second time: the application's locks are still
    held after one, and the file seen from outside is the application's."""
    from concurrent.futures import ThreadPoolExecutor

    path = tmp_path / "jour.facil"
    ef = EventFile.open(path, clock)
    try:
        ef.execute("note.add", {"text": "x"})
        with ThreadPoolExecutor(1) as pool:
            snapshot = ef.periodic_backup(pool).result()
        assert snapshot.exists()
        assert not ef.disk_doubt
        assert locks_held_by(path) == os.getpid()
        assert ef.check_on_disk()
        # The next snapshot finds the log gone: it says so, for the application's thread to
        # settle (the copy itself, made through the connection, holds everything).
        ef.execute("note.add", {"text": "y"})
        path.with_name(path.name + "-wal").unlink()
        ef.backup_clock.last = None
        with ThreadPoolExecutor(1) as pool:
            second = ef.periodic_backup(pool).result()
        assert ef.disk_doubt
        assert not ef.check_on_disk()
        assert not ef.disk_doubt and ef.rescues == 1
    finally:
        ef.close()
    assert _notes_in(path) == ["x", "y"]
    assert _notes_in(second) == ["x", "y"]


def test_the_outside_check_alone_catches_a_log_it_cannot_see(tmp_path, clock):
    """Without the identities recorded (as if they could not be), the fresh read-only
    connection of another process still tells that the last entry is not on disk."""
    path = tmp_path / "jour.facil"
    ef = EventFile.open(path, clock)
    try:
        ef.execute("note.add", {"text": "one"})
        ef.attachment.recorded = None
        path.with_name(path.name + "-wal").unlink()
        path.with_name(path.name + "-shm").unlink()
        assert ef.attachment.intact()
        assert not ef.check_on_disk()
        assert ef.rescues == 1
    finally:
        ef.close()
    assert _notes_in(path) == ["one"]


READ_NOTES = (
    "import sqlite3, sys\n"
    "con = sqlite3.connect(sys.argv[1], uri=True)\n"
    "print('|'.join(r[0] for r in con.execute('SELECT text FROM note ORDER BY created_at')))\n"
)


def test_the_export_through_the_real_file_dialog_keeps_the_application_on_its_file(qtbot, tmp_path):
    """The real File → Export the synthesis: Qt's file dialog shown on the event's own folder
    (where Qt's stock icon provider would open the event file to guess its type), the export
    child, then a note: another process reads the note in the file, and the application still
    holds its locks."""
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    from facilitateur.ui.actions import ActionId
    from facilitateur.ui.app import make_app
    from facilitateur.ui.export_dialog import PdfChoice
    from facilitateur.ui.file_dialogs import NameOnlyIconProvider
    from facilitateur.ui.interaction import Interaction, ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    class RealFileDialogs(ScriptedInteraction):
        open_path = Interaction.open_path
        save_path = Interaction.save_path

    make_app("en")
    interaction = RealFileDialogs()
    w = MainWindow(interaction)
    interaction.parent = w
    qtbot.addWidget(w)
    w.remember_geometry = False
    path = tmp_path / "jour.facil"
    w.open_sample(path)
    w.current.run("note.add", {"text": "avant"})
    interaction.pdf_choices.append(PdfChoice(lang="fr", open_after=False))
    seen = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        model = dialog.findChild(QFileSystemModel)
        seen["provider"] = type(model.iconProvider())

        def listed() -> bool:  # the folder read and the types of its files asked for
            index = model.index(str(path))
            return index.isValid() and bool(model.type(index))

        qtbot.waitUntil(listed, timeout=10_000)
        qtbot.wait(300)
        seen["folder"] = dialog.directory().absolutePath()
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.selectAll()
        qtbot.keyClicks(name, "synthese.pdf")
        qtbot.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    w.action_map[ActionId.EXPORT_PDF].trigger()
    assert w.exports.job is not None
    child_db = next(a for a in w.exports.job.process.arguments() if a.startswith("--db="))
    qtbot.waitUntil(lambda: w.exports.job is None, timeout=120_000)
    assert seen == {"provider": NameOnlyIconProvider, "folder": str(tmp_path)}
    assert (tmp_path / "synthese.pdf").exists()
    assert not interaction.errors
    assert child_db != f"--db={path}"  # the child read a snapshot, never the live file
    assert not list(tmp_path.glob(".facilitateur-*"))  # the snapshot went with the folder

    w.current.run("note.add", {"text": "après"})
    assert locks_held_by(path) == os.getpid()
    uri = f"{path.resolve().as_uri()}?mode=ro"
    read = subprocess.run([sys.executable, "-c", READ_NOTES, uri], capture_output=True, text=True)
    assert read.stdout.strip().split("|")[-2:] == ["avant", "après"]
    assert w.current.file.rescues == 0
    assert w.rescue_banner.isHidden()


def _french_window(qtbot, path):
    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    make_app("fr")
    w = MainWindow(ScriptedInteraction())
    qtbot.addWidget(w)
    w.remember_geometry = False
    w.open_sample(path)
    return w


def test_the_window_says_plainly_that_it_rewrote_a_detached_file(qtbot, tmp_path):
    from facilitateur.ui.app import make_app

    path = tmp_path / "jour.facil"
    w = _french_window(qtbot, path)
    try:
        w.show()
        w.current.run("note.add", {"text": "avant"})
        with open(path, "rb") as f:  # the locks dropped, as by a file dialog
            f.read(64)
        other = "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute('SELECT 1 FROM note')"
        subprocess.run([sys.executable, "-c", other, str(path)], check=True)
        assert not path.with_name(path.name + "-wal").exists()  # deleted by the other program
        assert w.current.run("note.add", {"text": "après"}) is not None
        assert w.rescue_banner.isVisible()
        assert "rien n’est perdu" in w.rescue_banner.text()
        assert locks_held_by(path) == os.getpid()  # the reopened file is held again
        uri = f"{path.resolve().as_uri()}?mode=ro"
        read = subprocess.run(
            [sys.executable, "-c", READ_NOTES, uri], capture_output=True, text=True
        )
        assert read.stdout.strip().split("|")[-2:] == ["avant", "après"]
    finally:
        make_app("en")


def test_the_window_never_writes_over_nor_reads_beside_its_own_file(qtbot, tmp_path):
    """An export or a copy given the event file's name is refused in words; the event file
    picked in File → Open, or as a programme to import, is not read a second time."""
    from facilitateur.ui.actions import ActionId
    from facilitateur.ui.app import make_app
    from facilitateur.ui.prepare.import_dialog import ImportDialog

    path = tmp_path / "jour.facil"
    w = _french_window(qtbot, path)
    try:
        w.current.run("note.add", {"text": "gardée"})
        before = path.stat().st_ino
        w.interaction.paths = [path]
        w.action_map[ActionId.SAVE_COPY].trigger()
        assert len(w.interaction.errors) == 1
        assert "c’est le fichier de l’événement ouvert" in w.interaction.errors[0][1]
        assert path.stat().st_ino == before

        w.interaction.paths = [path]
        w.action_map[ActionId.OPEN].trigger()
        assert "déjà ouvert" in w.statusBar().currentMessage()
        assert len(w.interaction.errors) == 1

        # An event file may have any name (`facilitateur jour.csv`): an export given that name
        # is refused too.
        odd = tmp_path / "jour.csv"
        assert w.open_path(odd, create=True)
        w.current.run("note.add", {"text": "gardée aussi"})
        w.interaction.paths = [odd]
        w.action_map[ActionId.EXPORT_ACTIONS].trigger()
        assert len(w.interaction.errors) == 2
        assert "c’est le fichier de l’événement ouvert" in w.interaction.errors[1][1]
        assert w.current.file.check_on_disk()
        assert w.open_path(path)

        dialog = ImportDialog(w.current, w)
        qtbot.addWidget(dialog)
        w.interaction.paths = [path]
        dialog.open_file()
        assert "fichier de l’événement ouvert" in dialog.status.text()
        assert locks_held_by(path) == os.getpid()
        assert w.current.file.check_on_disk()
    finally:
        make_app("en")
