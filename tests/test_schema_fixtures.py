"""Real old files: a day written by each schema version's own code (tests/fixtures/schemas, and
its README for how each was made) opens, is migrated after a backup, and exports what that
version exported, and what is expected now."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitateur.clock import FakeClock
from facilitateur.export.json_export import event_document
from facilitateur.models.storage.schema import HEAD, REVISIONS, file_revision
from facilitateur.models.storage.store import EventFile

FIXTURES = Path(__file__).parent / "fixtures" / "schemas"


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as con:
        return list(con.iterdump())


def _differences(then, now, where: str = "") -> list[str]:
    """Where `now` does not hold what `then` held (keys added since are not differences)."""
    if isinstance(then, dict):
        if not isinstance(now, dict):
            return [where]
        out = []
        for key, value in then.items():
            inner = f"{where}.{key}"
            out += [inner] if key not in now else _differences(value, now[key], inner)
        return out
    if isinstance(then, list):
        if not isinstance(now, list) or len(then) != len(now):
            return [where]
        return [d for a, b in zip(then, now, strict=True) for d in _differences(a, b, where)]
    return [] if then == now else [f"{where}: {then!r} → {now!r}"]


def test_every_schema_version_has_its_file():
    """A new migration comes with the day written by its code (tools/schema_fixtures.py)."""
    assert sorted(p.stem for p in FIXTURES.glob("*.facil")) == list(REVISIONS)
    for revision in REVISIONS:
        assert (FIXTURES / f"{revision}.json").is_file()
        assert (FIXTURES / f"{revision}.then.json").is_file()


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_day_of_each_schema_opens_migrated_after_a_backup_and_exports_the_same(
    tmp_path, revision
):
    fixture = FIXTURES / f"{revision}.facil"
    path = tmp_path / "journee.facil"
    shutil.copyfile(fixture, path)
    assert file_revision(path) == revision
    ef = EventFile.open(path, FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC)), create=False)
    try:
        if revision == HEAD:
            assert ef.migrated_from is None and ef.backup_path is None
        else:
            assert ef.migrated_from == revision
            # The copy taken before holds the file exactly as that version left it.
            assert ef.backup_path.parent == tmp_path / "journee.sauvegardes"
            assert _dump(ef.backup_path) == _dump(fixture)
        with ef.session() as s:
            document = json.loads(json.dumps(event_document(s, include_internal=True)))
        # And the day goes on in the migrated file, undo included.
        ef.execute("note.add", {"block": "#1", "text": "Relu en 2026"})
        ef.undo()
    finally:
        ef.close()
    assert file_revision(path) == HEAD
    with sqlite3.connect(path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    expected = json.loads((FIXTURES / f"{revision}.json").read_text(encoding="utf-8"))
    then = json.loads((FIXTURES / f"{revision}.then.json").read_text(encoding="utf-8"))
    assert _differences(then, document) == []
    assert document == expected


def test_the_window_opens_a_day_of_the_first_schema_and_says_it_was_updated(qtbot, tmp_path):
    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    make_app("en")
    path = tmp_path / "rencontre-2016.facil"
    shutil.copyfile(FIXTURES / f"{REVISIONS[0]}.facil", path)
    w = MainWindow(ScriptedInteraction())
    qtbot.addWidget(w)
    assert w.open_path(path)
    try:
        assert w.interaction.errors == []
        assert w.windowTitle().startswith("2ème Rencontre des pionniers")
        assert "File updated to the new format" in w.statusBar().currentMessage()
    finally:
        w.current.file.close()
