"""Damaged and foreign event files: a window always, a message that says what, a backup offered,
nothing made beside a refused file, and no export that leaves rows out without a word. The
damaged files are built here."""

from __future__ import annotations

import sqlite3
import struct
import subprocess
import sys
import uuid

import pytest
from helpers import cli
from PySide6.QtWidgets import QApplication

from facilitateur.models.commands.core import StorageError
from facilitateur.models.storage.schema import EventFileError
from facilitateur.models.storage.store import EventFile
from facilitateur.sample import create_sample


def _window(qtbot, lang="en"):
    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    make_app(lang)
    w = MainWindow(ScriptedInteraction())
    qtbot.addWidget(w)
    w.remember_geometry = False
    return w


def _sample(path, clock, backup=True):
    ef = create_sample(path, clock)
    ef.execute("note.add", {"block": "#1", "text": "Une note"})
    if backup:
        ef.snapshot("auto")
    ef.close()
    return path


def _beside(path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


def _sql(path, *statements):
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


# 1. Whatever the file holds, the application opens a window --------------------------------


def test_a_time_zone_no_computer_knows_is_refused_at_opening(tmp_path, clock):
    path = _sample(tmp_path / "jour.facil", clock, backup=False)
    _sql(path, "UPDATE event SET timezone = 'Mars/Olympus'")
    before = _beside(path)
    with pytest.raises(EventFileError) as refused:
        EventFile.open(path, clock)
    assert refused.value.reason == "bad_zone" and refused.value.values["zone"] == "Mars/Olympus"
    assert _beside(path) == before  # no -wal, -shm or .lock left beside a refused file
    done = subprocess.run(
        [sys.executable, "-m", "facilitateur", "--smoke", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr


@pytest.mark.parametrize("seed", range(4))
def test_bytes_flipped_in_the_speaker_lists_give_a_window_and_the_backup(
    qtbot, tmp_path, clock, seed
):
    import os
    import random

    path = _sample(tmp_path / "jour.facil", clock)
    _sql(path)  # everything in the main file
    con = sqlite3.connect(path)
    (root,) = con.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'speaker_entry'"
    ).fetchone()
    size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = bytearray(path.read_bytes())
    rnd = random.Random(seed)
    for _ in range(20):
        data[(root - 1) * size + 100 + rnd.randrange(size - 100)] ^= 0xFF
    path.write_bytes(bytes(data))
    done = subprocess.run(
        [sys.executable, "-m", "facilitateur", "--smoke", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "Traceback" not in done.stderr
    w = _window(qtbot)
    w.interaction.confirmations.append(False)
    if done.returncode == 2:  # refused: the window stays, the backup is offered
        assert not w.open_path(path)
        assert w.current is None and "backup" in w.interaction.asked[0]
    else:  # it opened: the check after opening finds the damage and says so
        assert done.returncode == 0
        assert w.open_path(path)
        w.show()
        qtbot.waitUntil(w.storage_banner.isVisible, timeout=10_000)
        w.current.file.close()


def test_import_json_refuses_a_time_zone_replay_would_refuse(tmp_path, clock):
    path = _sample(tmp_path / "jour.facil", clock, backup=False)
    assert cli("export", "json", "--db", path, "-o", tmp_path / "jour.json").returncode == 0
    text = (tmp_path / "jour.json").read_text(encoding="utf-8")
    (tmp_path / "bad.json").write_text(
        text.replace('"Europe/Paris"', '"Mars/Olympus"'), encoding="utf-8"
    )
    done = cli("import", "json", tmp_path / "bad.json", "--db", tmp_path / "new.facil")
    assert done.returncode == 2
    assert "event: timezone" in done.stderr and "Mars/Olympus" in done.stderr
    assert not (tmp_path / "new.facil").exists()


def test_import_json_refuses_a_kind_no_block_has(tmp_path, clock):
    """A block's kind, a note's kind and a report's status are read from a file as members of
    their lists: a kind the application does not know is said with the list, nothing made."""
    path = _sample(tmp_path / "jour.facil", clock, backup=False)
    assert cli("export", "json", "--db", path, "-o", tmp_path / "jour.json").returncode == 0
    text = (tmp_path / "jour.json").read_text(encoding="utf-8")
    assert '"kind": "welcome"' in text
    (tmp_path / "bad.json").write_text(
        text.replace('"kind": "welcome"', '"kind": "cérémonie"', 1), encoding="utf-8"
    )
    done = cli("import", "json", tmp_path / "bad.json", "--db", tmp_path / "new.facil")
    assert done.returncode == 2
    assert "kind: must be one of welcome, plenary" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "new.facil").exists()


def test_a_file_whose_content_cannot_be_shown_leaves_the_window_and_offers_the_backup(
    qtbot, tmp_path, clock
):
    path = _sample(tmp_path / "jour.facil", clock)
    _sql(path, "UPDATE agenda_block SET planned_start = 'n''importe quoi' WHERE rowid = 1")
    w = _window(qtbot, "fr")
    try:
        w.interaction.confirmations.append(False)  # the backup is offered: not now
        assert not w.open_path(path)
        assert w.current is None and w.pages.currentWidget() is w.welcome
        (question,) = w.interaction.asked
        assert "endommagé, son contenu ne peut pas être affiché" in question
        assert "sauvegarde" in question
        assert path not in w.recent_paths()
    finally:
        from facilitateur.ui.app import make_app

        make_app("en")


def test_a_file_that_made_the_application_fail_at_start_is_not_reopened(qtbot, tmp_path, clock):
    from facilitateur.ui.main_window import OPENING_KEY

    path = _sample(tmp_path / "jour.facil", clock)
    w = _window(qtbot)
    w.files.remember(path)
    w.settings.setValue(OPENING_KEY, str(path.resolve()))  # the last start died opening it
    w.open_last()
    assert w.current is None
    assert "stopped while opening jour.facil" in w.welcome.notice.text()
    w.open_last()  # told once: the next start reopens it
    assert w.current is not None and w.current.file.path == path
    w.current.file.close()


# 4. An empty file is a damaged event ---------------------------------------------------------


def test_an_empty_file_where_an_event_was_is_refused_with_its_backup_offered(
    qtbot, tmp_path, clock
):
    path = _sample(tmp_path / "jour.facil", clock)
    path.write_bytes(b"")
    with pytest.raises(EventFileError) as refused:
        EventFile.open(path, clock)
    assert refused.value.reason == "empty"
    done = cli("export", "json", "--db", path, "-o", tmp_path / "x.json")
    assert done.returncode == 2 and "empty (0 bytes)" in done.stderr
    w = _window(qtbot)
    w.interaction.confirmations.append(True)
    w.interaction.paths.append(tmp_path / "jour-restaure.facil")
    assert not w.open_path(path, create=True)
    assert path.read_bytes() == b""
    assert w.current.file.path.name == "jour-restaure.facil"
    with w.current.file.session() as s:
        assert s.execute(sqlite_text("SELECT text FROM note")).scalars().all() == ["Une note"]
    w.current.file.close()


def sqlite_text(sql):
    from sqlalchemy import text

    return text(sql)


def test_file_new_over_an_empty_file_chosen_in_the_dialog_makes_the_event(qtbot, tmp_path):
    from facilitateur.ui.actions import ActionId

    path = tmp_path / "vide.facil"
    path.write_bytes(b"")
    w = _window(qtbot)
    w.interaction.paths.append(path)
    w.action_map[ActionId.NEW].trigger()
    assert w.current is not None and w.current.file.path == path
    w.current.file.close()


# 6. Damaged data that opens --------------------------------------------------------------


def _damaged_freelist(path, clock):
    """A file that opens and reads well, whose free pages are damaged: the next write that
    needs a page meets the damage."""
    ef = EventFile.open(path, clock)
    for _ in range(120):
        ef.execute("note.add", {"text": "x" * 3000})
    ef.snapshot("auto")
    ef.close()
    _sql(path, "DELETE FROM note")
    data = bytearray(path.read_bytes())
    trunk = struct.unpack(">I", data[32:36])[0]
    page = struct.unpack(">H", data[16:18])[0]
    assert trunk > 0
    offset = (trunk - 1) * page
    data[offset : offset + 8] = struct.pack(">II", 0x7FFFFFF0, 5000)
    path.write_bytes(bytes(data))


def test_a_damaged_page_met_while_saving_is_said_as_damage_not_as_a_full_disk(
    qtbot, tmp_path, clock
):
    path = tmp_path / "jour.facil"
    _damaged_freelist(path, clock)
    w = _window(qtbot, "fr")
    try:
        assert w.open_path(path)
        w.show()
        for _ in range(40):
            if w.current.run("note.add", {"text": "y" * 3000}) is None:
                break
        assert w.storage_banner.isVisible()
        said = w.storage_banner.text()
        assert "le fichier est endommagé" in said and "Restaurer une sauvegarde" in said
        assert "libérez" not in said.lower()  # not blamed on the disk
        assert w.interaction.errors == []
        w.current.file.close()
    finally:
        from facilitateur.ui.app import make_app

        make_app("en")
    ef = EventFile.open(path, clock)
    try:
        with pytest.raises(StorageError) as refused:
            for _ in range(40):
                ef.execute("note.add", {"text": "y" * 3000})
        assert refused.value.reason == "damaged_file"
    finally:
        ef.close()


def test_a_broken_reference_is_found_after_opening_and_no_export_leaves_a_row_out(
    qtbot, tmp_path, clock
):
    from facilitateur.ui.actions import ActionId

    path = _sample(tmp_path / "jour.facil", clock)
    ghost = uuid.uuid4().hex
    _sql(path, f"UPDATE speaker_entry SET person_id = '{ghost}' WHERE rowid = 1")
    done = cli("export", "json", "--db", path, "-o", tmp_path / "jour.json")
    assert done.returncode == 2
    assert "damaged (1 row of speaker_entry refers to what is gone)" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "jour.json").exists()
    w = _window(qtbot)
    assert w.open_path(path)
    w.show()
    qtbot.waitUntil(w.storage_banner.isVisible, timeout=10_000)
    assert "damaged" in w.storage_banner.text() and 'href="restore"' in w.storage_banner.text()
    w.interaction.paths.append(tmp_path / "actions.csv")
    w.action_map[ActionId.EXPORT_ACTIONS].trigger()
    assert "nothing was exported" in w.interaction.errors[-1][1]
    assert not (tmp_path / "actions.csv").exists()
    # The link in the banner offers the backups (the restore dialog lists them).
    w.storage_banner.linkActivated.emit("restore")
    assert w.interaction.seen_backups
    QApplication.processEvents()
    w.current.file.close()


# 5. Hostile input to the command line: one line, exit 2, no file left ------------------------


def _deep(levels: int) -> str:
    return "[" * levels + "]" * levels


@pytest.mark.parametrize("levels", [100, 3_000, 100_000])
def test_deeply_nested_json_is_refused_in_one_line(tmp_path, levels):
    script = tmp_path / "deep.jsonl"
    script.write_text(f'{{"cmd": "note.add", "args": {{"text": {_deep(levels)}}}}}\n')
    done = cli("replay", script, "--db", tmp_path / "new.facil")
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "deep.jsonl:1: not a command: nested more than 64 levels deep" in done.stderr
    assert not list(tmp_path.glob("new.facil*"))
    document = tmp_path / "deep.json"
    document.write_text(f'{{"format": "facilitateur-event", "version": 1, "x": {_deep(levels)}}}')
    done = cli("import", "json", document, "--db", tmp_path / "new.facil")
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "nested more than 64 levels deep" in done.stderr
    assert not list(tmp_path.glob("*new.facil*"))


def test_an_unpaired_surrogate_is_refused_and_no_file_is_left(tmp_path, clock):
    path = _sample(tmp_path / "jour.facil", clock, backup=False)
    assert cli("export", "json", "--db", path, "-o", tmp_path / "jour.json").returncode == 0
    text = (tmp_path / "jour.json").read_text(encoding="utf-8")
    (tmp_path / "bad.json").write_text(text.replace("Une note", "Une \\ud800 note"))
    for attempt in range(2):  # a retry is not told "already exists"
        done = cli("import", "json", tmp_path / "bad.json", "--db", tmp_path / "new.facil")
        assert done.returncode == 2, attempt
        assert "unpaired surrogate" in done.stderr and "Traceback" not in done.stderr
        assert not list(tmp_path.glob("*new.facil*"))
    script = tmp_path / "s.jsonl"
    script.write_text('{"cmd": "note.add", "args": {"text": "a\\ud800b"}}\n')
    done = cli("replay", script, "--db", path)
    assert done.returncode == 2
    assert "s.jsonl:1: note.add: an argument holds an unpaired surrogate" in done.stderr


@pytest.mark.skipif(not __import__("os").path.exists("/dev/zero"), reason="no /dev/zero")
def test_an_endless_file_is_refused_without_reading_it_all(tmp_path):
    for args in (
        ("replay", "/dev/zero", "--db", tmp_path / "a.facil"),
        ("import", "json", "/dev/zero", "--db", tmp_path / "b.facil"),
    ):
        done = cli(*args)
        assert done.returncode == 2 and "/dev/zero: larger than" in done.stderr, args
    assert not list(tmp_path.iterdir())


# 8. One limit for a text, the same everywhere -----------------------------------------------


def test_a_note_of_a_million_and_a_half_characters_goes_out_and_back_in(tmp_path, clock):
    path = tmp_path / "jour.facil"
    ef = EventFile.open(path, clock)
    long = "é" * 1_500_000
    ef.execute("note.add", {"text": long})
    ef.close()
    assert cli("export", "json", "--db", path, "-o", tmp_path / "jour.json").returncode == 0
    done = cli("import", "json", tmp_path / "jour.json", "--db", tmp_path / "back.facil")
    assert done.returncode == 0, done.stderr
    back = sqlite3.connect(tmp_path / "back.facil")
    assert back.execute("SELECT length(text) FROM note").fetchone() == (1_500_000,)
    back.close()


# 9. A newer version's file: the version needed, not an older backup --------------------------


def test_a_file_of_a_newer_version_says_which_and_offers_no_backup(qtbot, tmp_path, clock):
    from facilitateur import __version__
    from facilitateur.models.storage.schema import HEAD

    path = _sample(tmp_path / "jour.facil", clock)
    _sql(path, "UPDATE alembic_version SET version_num = '0099'")
    w = _window(qtbot)
    assert not w.open_path(path)
    assert w.interaction.asked == []  # no backup offered: an older one is no answer
    ((_title, said),) = w.interaction.errors
    assert f"schema 0099; this version, {__version__}, reads up to schema {HEAD}" in said
    assert "update the application" in said


# 5 and 7. Spreadsheets: damaged, sheet-less or huge, refused in words, off the window's thread


def _workbook(path, rows=(("Début", "Titre"), ("09:00", "Accueil"))):
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(list(row))
    book.save(path)
    return path


def _rewrite(path, change):
    """The workbook with each member's bytes passed through `change(name, data)`."""
    import io
    import zipfile

    members = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            members[name] = change(name, z.read(name))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    path.write_bytes(out.getvalue())
    return path


def _hostile_workbooks(folder):
    import re

    good = _workbook(folder / "bon.xlsx")
    cut = folder / "coupe.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    sheetless = _rewrite(
        _workbook(folder / "sans-feuille.xlsx"),
        lambda name, data: (
            re.sub(rb"<sheets>.*</sheets>", b"<sheets/>", data)
            if name == "xl/workbook.xml"
            else data
        ),
    )
    damaged = _rewrite(
        _workbook(folder / "abime.xlsx"),
        lambda name, data: data[: len(data) // 2] if name.startswith("xl/worksheets/") else data,
    )
    huge = _workbook(folder / "enorme.xlsx", [[f"{r}-{c}" for c in range(60)] for r in range(600)])
    return {
        cut: "not a readable xlsx workbook",
        sheetless: "the workbook has no sheet",
        damaged: "not a readable xlsx workbook",
        huge: "the first sheet has more than 20,000 cells",
    }


def test_hostile_workbooks_are_refused_in_one_line_by_program_parse(tmp_path):
    for path, said in _hostile_workbooks(tmp_path).items():
        done = cli("program", "parse", path)
        assert done.returncode == 2, (path.name, done.stderr)
        assert done.stderr.count("\n") == 1 and said in done.stderr, (path.name, done.stderr)


def test_hostile_workbooks_are_said_in_the_import_dialog_in_french(qtbot, tmp_path):
    from PySide6.QtWidgets import QPushButton

    from facilitateur.ui.app import make_app
    from facilitateur.ui.prepare.import_dialog import ImportDialog

    w = _window(qtbot, "fr")
    try:
        assert w.open_path(tmp_path / "jour.facil", create=True)
        dialog = ImportDialog(w.current, w)
        qtbot.addWidget(dialog)
        french = {
            "coupe.xlsx": "pas un classeur xlsx lisible",
            "sans-feuille.xlsx": "le classeur n’a aucune feuille",
            "abime.xlsx": "pas un classeur xlsx lisible",
            "enorme.xlsx": "la première feuille a plus de 20\u202f000 cellules",
        }
        for path in _hostile_workbooks(tmp_path):
            w.interaction.paths.append(path)
            dialog.findChild(QPushButton, "programmeOpen").click()
            assert not dialog.isEnabled()  # reading on its worker thread
            qtbot.waitUntil(dialog.isEnabled, timeout=20_000)
            assert french[path.name] in dialog.status.text(), dialog.status.text()
            assert dialog.status.text().startswith(path.name + ":")
        w.current.file.close()
    finally:
        make_app("en")


def test_a_workbook_that_unpacks_to_gigabytes_is_refused_before_it_is_read(tmp_path):
    import zipfile

    bomb = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/sharedStrings.xml", b"<sst>" + b" " * 40 * 2**20 + b"</sst>")
    assert bomb.stat().st_size < 200_000
    done = cli("program", "parse", bomb)
    assert done.returncode == 2 and "unpacks to 40 MB" in done.stderr


def test_a_migration_that_fails_leaves_the_file_as_it_was_and_says_so(tmp_path, clock, monkeypatch):
    from facilitateur.models.storage import store

    path = tmp_path / "ancien.facil"
    from test_event_file import _first_schema_file

    _first_schema_file(path)
    before = path.read_bytes()

    def broken(engine, revision="head"):
        raise KeyError("a script of the migrations is missing")

    monkeypatch.setattr(store, "migrate", broken)  # as a build without its scripts did
    with pytest.raises(EventFileError) as refused:
        EventFile.open(path, clock)
    assert refused.value.reason == "migration_failed"
    assert "left as it was" in str(refused.value) and refused.value.values["backup"].exists()
    assert path.read_bytes() == before
