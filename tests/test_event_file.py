"""The event file: pragmas, creation, migration from the first schema, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from facilitateur.models.storage.schema import (
    HEAD,
    REVISIONS,
    EventFileError,
    create_schema,
    migrate,
)
from facilitateur.models.storage.store import EventFile, make_engine


@pytest.mark.sqlite_only
def test_file_is_wal_with_foreign_keys_and_full_sync(event_file):
    with event_file.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_known_revisions_match_the_migration_scripts():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    import facilitateur.models.storage.schema as schema

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(schema.__file__).parent / "migrations"))
    script = ScriptDirectory.from_config(cfg)
    ordered = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert tuple(ordered) == REVISIONS
    assert script.get_current_head() == HEAD


def _schema(path: Path) -> dict:
    eng = create_engine(f"sqlite:///{path}")
    insp = inspect(eng)
    out = {
        t: (
            sorted((c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(t)),
            sorted(
                (tuple(fk["constrained_columns"]), fk["referred_table"])
                for fk in insp.get_foreign_keys(t)
            ),
            sorted(tuple(i["column_names"]) for i in insp.get_indexes(t)),
        )
        for t in insp.get_table_names()
    }
    eng.dispose()
    return out


def test_migrations_build_the_same_schema_as_the_models(tmp_path):
    created, migrated = tmp_path / "created.facil", tmp_path / "migrated.facil"
    create_schema(make_engine(created))
    migrate(make_engine(migrated))
    assert _schema(created) == _schema(migrated)


def _first_schema_file(path: Path) -> None:
    eng = make_engine(path)
    migrate(eng, "0001")
    with eng.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO event (id, title, venue, organiser, timezone, warning_seconds,"
                " danger_seconds, created_at) VALUES ('0123456789abcdef0123456789abcdef',"
                " 'Ancien', '', '', 'Europe/Paris', 120, 60, '2016-01-19T08:00:00+00:00')"
            )
        )
    eng.dispose()


def test_a_file_of_the_first_schema_is_copied_aside_then_migrated(tmp_path, clock):
    path = tmp_path / "old.facil"
    _first_schema_file(path)
    ef = EventFile.open(path, clock)
    assert ef.migrated_from == "0001"
    assert ef.backup_path is not None and ef.backup_path.exists()
    with sqlite3.connect(ef.backup_path) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    ef.execute("event.set", {"speaker_seconds": 240})
    with ef.session() as s:
        row = s.execute(text("SELECT title, speaker_seconds, min_break_seconds FROM event")).one()
    assert tuple(row) == ("Ancien", 240, 600)
    ef.close()


def test_a_file_from_a_newer_version_is_refused_and_left_untouched(tmp_path, clock):
    path = tmp_path / "new.facil"
    EventFile.open(path, clock).close()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(EventFileError, match="newer version"):
        EventFile.open(path, clock)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Programme de la journee\n9h Accueil\n", "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\x00" * 80, "damaged or not an event file"),
    ],
)
def test_a_file_that_is_not_an_event_file_is_refused_untouched(tmp_path, clock, content, message):
    path = tmp_path / "x.facil"
    path.write_bytes(content)
    with pytest.raises(EventFileError, match=message):
        EventFile.open(path, clock)
    assert path.read_bytes() == content


def test_another_sqlite_database_is_refused(tmp_path, clock):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE t (x)")
    with pytest.raises(EventFileError, match="no event tables"):
        EventFile.open(path, clock)


def test_save_a_copy_writes_a_consistent_file(sample_file, tmp_path, clock):
    copy = sample_file.save_copy(tmp_path / "copie.facil")
    ef = EventFile.open(copy, clock)
    with ef.session() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert (
            s.execute(text("SELECT count(*) FROM agenda_block")).scalar() == 16
        )  # 8 blocks, 8 segments
    ef.close()


def _forge(path, clock, sql, *params):
    ef = EventFile.open(path, clock)
    ef.execute("event.set", {"title": "Jour"})
    ef.close()
    with sqlite3.connect(path) as con:
        con.execute(sql, params)
    return path.read_bytes()


def test_a_file_with_a_trigger_is_refused_and_left_untouched(tmp_path, clock):
    path = tmp_path / "piege.facil"
    before = _forge(
        path,
        clock,
        "CREATE TRIGGER wipe AFTER INSERT ON note BEGIN DELETE FROM agenda_block; END",
    )
    with pytest.raises(EventFileError, match=r"trigger .*'wipe'.*refused"):
        EventFile.open(path, clock)
    assert path.read_bytes() == before


def test_an_oversize_field_is_refused_with_its_place(tmp_path, clock):
    path = tmp_path / "enorme.facil"
    _forge(path, clock, "UPDATE event SET venue = ?", "x" * 6_000_000)
    with pytest.raises(EventFileError, match=r"event\.venue holds 6,000,000 characters"):
        EventFile.open(path, clock)


def test_every_refusal_has_a_reason_the_interface_tells_in_french(tmp_path, clock):
    """The command line keeps the English message; the window says it in its language."""
    from facilitateur import __version__
    from facilitateur.models.storage.schema import HEAD
    from facilitateur.ui.app import make_app
    from facilitateur.ui.refusals import TEXTS, explain

    newer = tmp_path / "new.facil"
    EventFile.open(newer, clock).close()
    with sqlite3.connect(newer) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    text = tmp_path / "x.facil"
    text.write_bytes(b"9h Accueil\n")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as con:
        con.execute("CREATE TABLE t (x)")
    damaged = tmp_path / "d.facil"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 80)
    errors = []
    for path, kwargs in (
        (newer, {}),
        (text, {}),
        (other, {}),
        (damaged, {}),
        (tmp_path / "none.facil", {"create": False}),
    ):
        with pytest.raises(EventFileError) as caught:
            EventFile.open(path, clock, **kwargs)
        errors.append(caught.value)
    assert [e.reason for e in errors] == ["newer", "not_sqlite", "not_event", "damaged", "missing"]
    assert all(e.reason in TEXTS and e.values["path"] for e in errors)
    make_app("fr")
    try:
        said = [explain(e) for e in errors]
    finally:
        make_app("en")
    assert said[0] == (
        f"{newer} : créé par une version plus récente de Facilitateur (schéma 9999 ; cette "
        f"version, {__version__}, lit jusqu’au schéma {HEAD}) ; mettez l’application à jour "
        "pour l’ouvrir"
    )
    assert said[1].endswith(
        "ce n’est pas un fichier d’événement Facilitateur (pas une base SQLite)"
    )
    assert said[4] == f"{tmp_path / 'none.facil'} : fichier introuvable"
    assert "newer version" in str(errors[0])  # the command line's message is unchanged
