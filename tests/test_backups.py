"""Automatic snapshots: when they are taken, how many are kept, where, and restoring one."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import timedelta

import pytest

from facilitateur.models.storage import backups
from facilitateur.models.storage.store import EventFile


def names(ef):
    return [b.reason for b in backups.list_backups(ef.path)]


def test_a_snapshot_is_taken_before_a_replan_an_import_and_a_suggestion(sample_file, clock):
    ef = sample_file
    ef.execute("program.import", {"text": "9h Accueil\n9h30 - 10h Table ronde"})
    ef.execute("timer.start", {})
    clock.advance(30 * 60)
    ef.execute("agenda.replan", {"strategy": "shift"})
    ef.execute("openspace.apply_suggestion", {"placements": []})
    assert names(ef) == [
        "before-openspace.apply_suggestion",
        "before-agenda.replan",
        "before-program.import",
    ]
    latest = backups.list_backups(ef.path)[0]
    assert latest.blocks_run == 1 and latest.notes == 0


def test_every_five_minutes_while_something_changed(sample_file, clock):
    ef = sample_file
    assert ef.periodic_backup() is not None  # the sample was just written
    assert ef.periodic_backup() is None  # nothing changed since
    ef.execute("note.add", {"block": "#1", "text": "Un mot"})
    assert ef.periodic_backup() is None  # not five minutes yet
    clock.advance(5 * 60)
    taken = ef.periodic_backup()
    assert taken is not None and taken.parent.name == f"{ef.path.stem}.sauvegardes"
    assert backups.list_backups(ef.path)[0].notes == 1


def test_the_periodic_snapshot_can_be_copied_on_another_thread(sample_file, clock, tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    ef = sample_file
    with ThreadPoolExecutor(1) as pool:
        job = ef.periodic_backup(pool)
        taken = job.result(timeout=30)
        assert taken.exists() and ef.backup_error is None
        assert ef.periodic_backup(pool) is None  # marked taken when it started
        ef.execute("note.add", {"block": "#1", "text": "Pendant la copie"})
        clock.advance(5 * 60)
        folder = ef.path.with_name(f"{ef.path.stem}.sauvegardes")
        folder.rename(folder.with_name("aside"))
        folder.write_text("a file where the folder was")  # refuses the copy, even to root
        failed = ef.periodic_backup(pool)
        with pytest.raises(OSError):
            failed.result(timeout=30)
        deadline = time.monotonic() + 30  # the future's callback runs just after result()
        while not ef.backup_error and time.monotonic() < deadline:
            time.sleep(0.01)
        assert ef.backup_error  # told on the next tick …
        folder.unlink()
        folder.with_name("aside").rename(folder)
        retried = ef.periodic_backup(pool)  # … and tried again then, not five minutes later
        assert retried is not None and retried.result(timeout=30).exists()
    assert ef.backup_error is None


def test_only_the_last_twenty_are_kept(sample_file, clock):
    for _ in range(25):
        clock.advance(1)
        sample_file.snapshot("auto")
    kept = backups.list_backups(sample_file.path)
    assert len(kept) == 20
    assert kept[0].taken - kept[-1].taken == timedelta(seconds=19)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_sends_the_snapshots_to_the_user_data_folder(tmp_path, clock):
    folder = tmp_path / "cle-usb"
    folder.mkdir()
    ef = EventFile.open(folder / "jour.facil", clock)
    ef.execute("event.set", {"title": "Jour"})
    ef.close()
    folder.chmod(0o555)
    try:
        where = backups.backup_dir(folder / "jour.facil")
        assert folder not in where.parents and where.parent.name == "sauvegardes"
    finally:
        folder.chmod(0o755)


def test_restoring_makes_a_new_file_and_leaves_the_original(sample_file, clock, tmp_path):
    ef = sample_file
    ef.execute("note.add", {"block": "#1", "text": "Avant"})
    snap = ef.snapshot("auto")
    ef.execute("note.add", {"block": "#1", "text": "Après"})
    target = tmp_path / "restaure.facil"
    backups.restore(snap, target)
    with sqlite3.connect(target) as con:
        assert [r[0] for r in con.execute("SELECT text FROM note")] == ["Avant"]
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with pytest.raises(FileExistsError):
        backups.restore(snap, target)
    restored = EventFile.open(target, clock, create=False)
    restored.close()


def _window(qtbot, clock):
    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    make_app("en")
    w = MainWindow(ScriptedInteraction(), clock)
    qtbot.addWidget(w)
    return w


def test_file_restore_a_backup_opens_a_new_file(qtbot, tmp_path, clock):
    from facilitateur.ui.actions import ActionId

    w = _window(qtbot, clock)
    w.open_sample(tmp_path / "jour.facil")
    w.current.run("note.add", {"block": "#1", "text": "Avant"})
    w.current.file.snapshot("auto")
    w.current.run("note.add", {"block": "#1", "text": "Après"})
    w.interaction.paths.append(tmp_path / "restaure.facil")
    w.action_map[ActionId.RESTORE_BACKUP].trigger()
    assert w.current.file.path == tmp_path / "restaure.facil"
    with w.current.file.session() as s:
        from facilitateur.models.notes.model import Note

        assert [n.text for n in s.query(Note)] == ["Avant"]
    assert w.interaction.seen_backups[0].notes == 1
    w.current.file.close()


def test_the_window_takes_the_five_minute_snapshot_and_says_when_it_failed(qtbot, tmp_path, clock):
    """The window's backup timer asks every 30 s; the copy runs on the worker thread, and a
    copy that failed is said in the status bar at the next tick."""
    w = _window(qtbot, clock)
    w.open_sample(tmp_path / "jour.facil")
    ef = w.current.file
    assert w.backups.timer.isActive() and w.backups.timer.interval() == 30_000
    w.backups.timer.timeout.emit()  # the sample was just written: its first snapshot
    w.backups.wait()
    first = backups.list_backups(ef.path)
    assert len(first) == 1
    w.current.run("note.add", {"block": "#1", "text": "Un mot"})
    clock.advance(5 * 60)
    folder = first[0].path.parent
    folder.rename(folder.with_name("aside"))
    folder.write_text("a file where the folder was")  # refuses the copy, even to root
    w.backups.timer.timeout.emit()
    w.backups.wait()
    qtbot.waitUntil(lambda: ef.backup_error is not None, timeout=10_000)
    w.backups.timer.timeout.emit()  # the next tick says it (and tries again)
    assert "Automatic backup failed" in w.statusBar().currentMessage()
    w.backups.wait()
    w.current.file.close()


def test_a_damaged_file_is_left_alone_and_its_latest_good_backup_offered(qtbot, tmp_path, clock):
    ef = EventFile.open(tmp_path / "jour.facil", clock)
    ef.execute("event.set", {"title": "Jour", "date": "2016-01-19"})
    ef.snapshot("auto")
    ef.close()
    path = tmp_path / "jour.facil"
    for extra in ("-wal", "-shm"):
        (tmp_path / f"jour.facil{extra}").unlink(missing_ok=True)
    damaged = path.read_bytes()[:100] + b"\x00" * 4000  # truncated in the middle of a page
    path.write_bytes(damaged)
    w = _window(qtbot, clock)
    w.interaction.confirmations.append(True)
    w.interaction.paths.append(tmp_path / "jour-restaure.facil")
    assert not w.open_path(path)
    assert path.read_bytes() == damaged  # untouched
    assert w.current is not None and w.current.file.path.name == "jour-restaure.facil"
    w.current.file.close()


def test_a_file_that_is_not_a_database_has_no_backup_to_offer(qtbot, tmp_path, clock):
    path = tmp_path / "notes.facil"
    path.write_text("pas une base")
    w = _window(qtbot, clock)
    assert not w.open_path(path)
    assert "not a Facilitateur event file" in w.interaction.errors[0][1]
