"""Several laptops on one event held by a real PostgreSQL server: the same product as on a file,
live, with concurrent changes refused in words, each laptop's own undo, commands applied once,
and the event moved between a file and the server. Skipped without a server (see conftest)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest
from helpers import cli
from sqlalchemy import func, inspect, select

from facilitateur.models.commands import CommandError
from facilitateur.models.notes.model import Note
from facilitateur.models.storage.engines import EngineKind, Origin, SharedEvent, make_pg_engine
from facilitateur.models.storage.journal import JournalEntry
from facilitateur.models.storage.schema import HEAD, EventFileError, migrate
from facilitateur.models.storage.store import EventFile
from facilitateur.paths import sample_script

ROOT = Path(__file__).resolve().parent.parent


def laptop(address: str, name: str, clock=None) -> EventFile:
    return EventFile.open(address, clock, origin=Origin.fresh(name))


def note_texts(ef: EventFile) -> list[str]:
    with ef.session() as s:
        return sorted(s.scalars(select(Note.text)))


def normalised(document: dict) -> dict:
    """The document with each generated id replaced by the order in which the journal first
    names it (two replays of one script make different ids, and nothing else may differ); the
    lists the export orders by id are then put in that order."""
    seen: dict[str, str] = {}

    def walk(value):
        if isinstance(value, dict):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        if isinstance(value, str):
            try:
                uuid.UUID(value)
            except ValueError:
                return value
            return seen.setdefault(value, f"id-{len(seen):05}")
        return value

    walk(document["journal"])
    out = walk(document)
    out["event"].pop("created_at")  # when the file or database was made, before the replay
    for listed in ("placements", "reports"):
        out["open_space"][listed].sort(key=lambda row: row["id"])
    return out


DAY_RUN = [
    {"cmd": "timer.start"},
    {"cmd": "note.add", "args": {"text": "Ouverture par le préfet", "block": "#1"}},
    {"cmd": "note.add", "args": {"text": "D: on publie les actes", "kind": "decision"}},
    {"cmd": "timer.next"},
    {"cmd": "speaker.next"},
    {"cmd": "note.add", "args": {"text": "Relancer", "kind": "action", "owner": "Léa"}},
    {"cmd": "speaker.next"},
    {"cmd": "timer.adjust", "args": {"seconds": 60}},
    {"cmd": "undo"},
    {"cmd": "redo"},
    {"cmd": "timer.next"},
    {"cmd": "stage.message", "args": {"text": "Plus que 2 minutes"}},
]


def small_day(folder: Path) -> Path:
    """The sample day, its Open Space and a morning at the podium, a minute a line."""
    from datetime import datetime, timedelta, timezone

    lines = [
        json.loads(line)
        for source in (sample_script(), ROOT / "tests" / "fixtures" / "forum-ouvert.jsonl")
        for line in source.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    start = datetime(2016, 1, 19, 8, 0, tzinfo=timezone(timedelta(hours=1)))
    path = folder / "small-day.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i, item in enumerate([*lines, *DAY_RUN]):
            item = {**item, "at": (start + timedelta(minutes=i)).isoformat()}
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path


def test_the_small_day_replayed_into_postgresql_exports_the_same_json_as_into_a_file(
    pg_empty_address, tmp_path
):
    script = small_day(tmp_path)
    file = tmp_path / "jour.facil"
    for target in (file, pg_empty_address):
        done = cli("replay", script, "--db", target)
        assert done.returncode == 0, done.stderr
    documents = []
    for source, out in ((file, "file.json"), (pg_empty_address, "pg.json")):
        done = cli("export", "json", "--db", source, "-o", tmp_path / out)
        assert done.returncode == 0, done.stderr
        documents.append(json.loads((tmp_path / out).read_text(encoding="utf-8")))
    from_file, from_server = documents
    assert len(from_file["journal"]) > 80 and len(from_file["notes"]) >= 3
    assert normalised(from_server) == normalised(from_file)


def test_a_new_database_becomes_an_event_and_every_migration_runs_on_postgresql(
    pg_server, pg_empty_address
):
    ef = laptop(pg_empty_address, "A")
    assert ef.kind is EngineKind.POSTGRESQL and ef.attachment is None
    with ef.session() as s:
        created = {
            t: sorted(c["name"] for c in inspect(s.connection()).get_columns(t))
            for t in inspect(s.connection()).get_table_names()
        }
    ef.close()
    other = pg_server.new_database(empty=True)
    try:
        engine = make_pg_engine(SharedEvent.parse(pg_server.address(other)))
        migrate(engine)  # every Alembic migration, from the first schema, on PostgreSQL
        with engine.connect() as conn:
            migrated = {
                t: sorted(c["name"] for c in inspect(conn).get_columns(t))
                for t in inspect(conn).get_table_names()
            }
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
        engine.dispose()
    finally:
        pg_server.drop(other)
    assert migrated == created


def test_a_database_holding_something_else_or_missing_is_refused_in_words(pg_server):
    name = pg_server.new_database(empty=True)
    try:
        import psycopg

        with psycopg.connect(pg_server.address(name), autocommit=True) as con:
            con.execute("CREATE TABLE invoices (n int)")
        with pytest.raises(EventFileError) as refused:
            laptop(pg_server.address(name), "A")
        assert refused.value.reason == "not_event_database"
    finally:
        pg_server.drop(name)
    with pytest.raises(EventFileError) as missing:
        laptop(pg_server.address("no_such_event_db"), "A")
    assert missing.value.reason == "no_database"
    with pytest.raises(EventFileError) as clear:
        EventFile.open("postgresql://moi:secret@127.0.0.1/x")
    assert clear.value.reason == "bad_address"


def test_a_change_of_a_row_read_before_another_laptops_change_is_refused_naming_them(
    pg_address,
):
    a, b = laptop(pg_address, "Julie"), laptop(pg_address, "Marc")
    try:
        made = a.execute("note.add", {"text": "Première version"})
        note = made.result["id"]
        with a.session() as s:
            read = s.get(Note, uuid.UUID(note)).version
        b.execute("note.update", {"note": note, "text": "Version de Marc", "version": read})
        with pytest.raises(CommandError) as refused:
            a.execute("note.update", {"note": note, "text": "Version de Julie", "version": read})
        assert refused.value.reason == "changed_elsewhere"
        assert refused.value.values["who"] == "Marc"
        assert note_texts(a) == ["Version de Marc"]
        # Two saves of Julie's own based on what she read (sent after a lost connection):
        # her second is not a conflict with her first.
        with a.session() as s:
            now = s.get(Note, uuid.UUID(note)).version
        a.execute("note.update", {"note": note, "text": "Julie 1", "version": now})
        a.execute("note.update", {"note": note, "text": "Julie 2", "version": now})
        assert note_texts(b) == ["Julie 2"]
    finally:
        a.close()
        b.close()


def test_undo_undoes_this_laptops_own_command_and_says_when_another_changed_it(pg_address):
    a, b = laptop(pg_address, "Julie"), laptop(pg_address, "Marc")
    try:
        mine = a.execute("note.add", {"text": "De Julie"}).result["id"]
        b.execute("note.add", {"text": "De Marc"})
        assert a.undo_label() == "note.add" and b.undo_label() == "note.add"
        a.undo()  # Julie's note goes, not Marc's (the latest)
        assert note_texts(b) == ["De Marc"]
        a.redo()
        b.execute("note.update", {"note": mine, "text": "Corrigée par Marc"})
        with pytest.raises(CommandError) as refused:
            a.undo()
        assert refused.value.reason == "undo_conflict" and "Marc" in refused.value.values["who"]
        assert note_texts(a) == ["Corrigée par Marc", "De Marc"]
    finally:
        a.close()
        b.close()


def test_blocks_added_at_once_from_two_laptops_never_share_a_position(pg_address):
    a, b = laptop(pg_address, "A"), laptop(pg_address, "B")
    a.execute("event.set", {"date": "2016-01-19", "start": "09:00", "end": "18:00"})
    errors: list[BaseException] = []

    def add(ef: EventFile, name: str) -> None:
        try:
            for i in range(30):
                ef.execute("block.add", {"title": f"{name} {i}", "position": 1})
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=add, args=(ef, ef.origin.label)) for ef in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    try:
        assert errors == []
        from facilitateur.models.agenda.model import AgendaBlock

        with a.session() as s:
            positions = sorted(s.scalars(select(AgendaBlock.position)))
        assert positions == list(range(60))
    finally:
        a.close()
        b.close()


def test_the_podium_is_held_by_one_laptop_and_handed_over_explicitly(pg_address, clock):
    a, b = laptop(pg_address, "Podium", clock), laptop(pg_address, "Régie", clock)
    try:
        a.execute("event.set", {"date": "2016-01-19", "start": "09:00", "end": "18:00"})
        a.execute("block.add", {"title": "Accueil", "start": "09:00", "end": "09:30"})
        a.execute("timer.start")  # a podium nobody held: taken by the first key
        with pytest.raises(CommandError) as refused:
            b.execute("timer.pause")
        assert refused.value.reason == "podium_elsewhere"
        assert refused.value.values["who"] == "Podium"
        b.execute("podium.take")
        b.execute("timer.pause")
        with pytest.raises(CommandError):
            a.execute("timer.resume")
    finally:
        a.close()
        b.close()


def test_a_command_sent_again_with_its_id_is_applied_once(pg_address):
    a = laptop(pg_address, "A")
    try:
        command = str(uuid.uuid4())
        first = a.execute(
            "note.add", {"text": "Une fois", "id": str(uuid.uuid4())}, command_id=command
        )
        again = a.execute("note.add", {"text": "Une fois"}, command_id=command)
        assert again.result.get("recognised") and again.ids == first.ids
        assert note_texts(a) == ["Une fois"]
    finally:
        a.close()


def test_four_writer_processes_adding_500_notes_each_lose_and_duplicate_nothing(pg_address):
    writer = ROOT / "tests" / "concurrent_writer.py"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    procs = [
        subprocess.Popen(
            [sys.executable, str(writer), pg_address, f"writer-{n}", "500"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(4)
    ]
    for p in procs:
        _out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
    ef = laptop(pg_address, "check")
    try:
        with ef.session() as s:
            texts = list(s.scalars(select(Note.text)))
            entries = s.scalar(select(func.count()).select_from(JournalEntry))
        assert len(texts) == 2000 and len(set(texts)) == 2000
        assert set(texts) == {f"writer-{n} note {i}" for n in range(4) for i in range(500)}
        assert entries == 2000
    finally:
        ef.close()


@pytest.mark.sqlite_only  # the copy starts from a file
def test_an_event_goes_to_the_server_and_back_to_a_file_with_its_journal(
    sample_file, pg_empty_address, tmp_path
):
    sample_file.execute("note.add", {"block": "#1", "text": "Préparée hors ligne"})
    first = tmp_path / "first.json"
    assert cli("export", "json", "--db", sample_file.path, "-o", first).returncode == 0
    sample_file.close()
    done = cli("copy", sample_file.path, pg_empty_address)
    assert done.returncode == 0, done.stderr
    again = cli("copy", sample_file.path, pg_empty_address)
    assert again.returncode == 2 and "not empty" in again.stderr
    imported = cli("import", "json", first, "--db", pg_empty_address)
    assert imported.returncode == 2 and "facilitateur copy FILE" in imported.stderr
    home = tmp_path / "home.facil"
    done = cli("copy", pg_empty_address, home)
    assert done.returncode == 0, done.stderr
    back = tmp_path / "back.json"
    assert cli("export", "json", "--db", home, "-o", back).returncode == 0
    assert json.loads(back.read_text("utf-8")) == json.loads(first.read_text("utf-8"))
    # Shared, the event goes on from where the file was: its undo, its journal's numbers.
    shared = laptop(pg_empty_address, "A")
    try:
        before = shared.last_seq()
        assert shared.execute("note.add", {"text": "En ligne"}).seq == before + 1
    finally:
        shared.close()


def test_a_password_is_kept_in_postgresqls_own_file_readable_by_its_owner_only(tmp_path):
    from facilitateur.models.storage.passwords import forget_password, remember_password

    shared = SharedEvent.parse("postgresql://anim@salle:5433/rencontre?sslmode=require")
    target = tmp_path / "pgpass"
    target.write_text("autre:5432:*:*:x\n", encoding="utf-8")
    remember_password(shared, "s:e\\cret", target)
    remember_password(shared, "nouveau", target)
    assert target.read_text("utf-8").splitlines() == [
        "autre:5432:*:*:x",
        "salle:5433:rencontre:anim:nouveau",
    ]
    assert target.stat().st_mode & 0o777 == 0o600
    forget_password(shared, target)
    assert target.read_text("utf-8") == "autre:5432:*:*:x\n"
    assert "secret" not in shared.address and shared.address.endswith("?sslmode=require")


def test_the_live_journal_tells_another_laptop_what_changed(pg_address):
    a, b = laptop(pg_address, "A"), laptop(pg_address, "B")
    heard: list = []
    arrived = threading.Event()

    def hear(changes):
        heard.append(changes)
        arrived.set()

    feed = b.follow(hear)
    try:
        assert feed.listening.wait(10)
        note = a.execute("note.add", {"text": "Vue de loin"}).result["id"]
        assert arrived.wait(10)
        assert heard[0].cmd == "note.add" and uuid.UUID(note) in heard[0].ids
        assert heard[0].result["author"] == "A"
        arrived.clear()
        a.undo()
        assert arrived.wait(10)
        assert heard[-1].cmd == "undo note.add" and "note" in heard[-1].tables
        b.execute("note.add", {"text": "La mienne"})  # its own: not reported back
        arrived.clear()
        a.execute("note.add", {"text": "Encore"})
        assert arrived.wait(10)
        assert [c.cmd for c in heard].count("note.add") == 2
    finally:
        a.close()
        b.close()
