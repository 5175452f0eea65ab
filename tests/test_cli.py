"""The real command line, run as a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from helpers import cli as run
from helpers import times, titles

from facilitateur.models.storage.store import EventFile
from facilitateur.paths import sample_script


def test_version():
    out = run("--version")
    assert out.returncode == 0 and out.stdout.startswith("facilitateur ")


def test_replay_of_the_sample_then_json_round_trip_is_equal(tmp_path):
    db, first, second = tmp_path / "a.facil", tmp_path / "a.json", tmp_path / "b.json"
    assert run("replay", str(sample_script()), "--db", str(db)).returncode == 0
    assert run("export", "json", "--db", str(db), "-o", str(first)).returncode == 0
    copy = tmp_path / "b.facil"
    assert run("import", "json", str(first), "--db", str(copy)).returncode == 0
    assert run("export", "json", "--db", str(copy), "-o", str(second)).returncode == 0
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")
    doc = json.loads(first.read_text(encoding="utf-8"))
    blocks = doc["days"][0]["blocks"]
    assert [b["title"] for b in blocks][:2] == [
        "Mot d’accueil",
        "La diversité des enjeux des territoires",
    ]
    panel = blocks[1]["segments"][1]
    assert [sp["person_id"] for sp in panel["speakers"]]
    assert {p["name"] for p in doc["people"]} >= {"Yannick BLANC", "Akim OURAL"}
    assert len(doc["journal"]) == 36  # the programme (29) and the Open Space set-up (7)


def test_a_bad_line_stops_the_replay_with_its_place_and_keeps_the_lines_before(tmp_path):
    script = tmp_path / "script.jsonl"
    lines = [
        {
            "at": "2016-01-19T08:00:00+01:00",
            "cmd": "event.set",
            "args": {"title": "Jour", "date": "2016-01-19"},
        },
        {
            "at": "2016-01-19T08:01:00+01:00",
            "cmd": "block.add",
            "args": {"title": "Accueil", "start": "09:00"},
        },
        {"cmd": "block.add", "args": {"title": "Table ronde", "start": "09:15"}},
        {"cmd": "block.add", "args": {"title": "Cassé", "start": "09:99"}},
        {"cmd": "block.add", "args": {"title": "Jamais"}},
    ]
    script.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    db = tmp_path / "e.facil"
    out = run("replay", str(script), "--db", str(db))
    assert out.returncode == 2
    assert (
        out.stderr.strip()
        == f"{script}:4: block.add: argument 'start' not a time of day (HH:MM): '09:99'"
    )
    assert "Traceback" not in out.stderr
    ef = EventFile.open(db)
    assert titles(ef) == ["Accueil", "Table ronde"]
    ef.close()


def test_a_new_start_keeps_the_duration_when_asked_through_replay_as_in_the_agenda(tmp_path):
    """The rule of the agenda screen ("a new start moves the block") is the command's: the
    command line and a replayed journal behave alike, and the end stays when not asked."""
    script = tmp_path / "s.jsonl"
    lines = [
        {"cmd": "block.add", "args": {"title": "Accueil", "start": "09:00", "end": "09:15"}},
        {"cmd": "block.add", "args": {"title": "Plénière", "start": "09:15", "end": "10:30"}},
        {"cmd": "block.update", "args": {"block": "#1", "start": "09:05", "keep": "duration"}},
        {"cmd": "block.update", "args": {"block": "#2", "start": "09:30"}},
        {"cmd": "block.add", "args": {"title": "Pause", "position": 2, "minutes": 20}},
        {"cmd": "block.update", "args": {"block": "#3", "start": "23:00", "keep": "duration"}},
    ]
    script.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    db = tmp_path / "e.facil"
    out = run("replay", str(script), "--db", str(db))
    assert out.returncode == 2
    assert out.stderr.strip() == f"{script}:6: block 'Plénière' would end after midnight"
    ef = EventFile.open(db)
    try:
        assert times(ef) == [
            ("Accueil", "09:05", "09:20"),
            ("Pause", "09:20", "09:40"),  # after the block before it, 20 min
            ("Plénière", "09:30", "10:30"),
        ]
    finally:
        ef.close()


def test_a_new_segment_of_minutes_starts_with_its_block_or_after_the_one_before(tmp_path):
    from facilitateur.models import queries

    script = tmp_path / "s.jsonl"
    lines = [
        {"cmd": "block.add", "args": {"title": "Atelier", "start": "14:00", "end": "16:00"}},
        {"cmd": "block.add", "args": {"title": "Tour de table", "parent": "#1", "minutes": 15}},
        {"cmd": "block.add", "args": {"title": "Travail", "parent": "#1", "minutes": 60}},
        {"cmd": "block.add", "args": {"title": "Clôture", "minutes": 15, "end": "17:00"}},
    ]
    script.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    db = tmp_path / "e.facil"
    out = run("replay", str(script), "--db", str(db))
    # `minutes` is for a block placed without times: with an end and no start, it is refused
    # as any block with an end and no start is.
    assert out.returncode == 2
    assert out.stderr.strip() == f"{script}:4: block 'Clôture' has an end but no start"
    ef = EventFile.open(db)
    try:
        with ef.session() as s:
            atelier = queries.top_blocks(s, queries.days(s)[0].id)[0]
            segments = [
                (b.title, b.planned_start.strftime("%H:%M"), b.planned_end.strftime("%H:%M"))
                for b in queries.segments(s, atelier.id)
            ]
        assert segments == [("Tour de table", "14:00", "14:15"), ("Travail", "14:15", "15:15")]
    finally:
        ef.close()


def test_replay_sets_the_clock_from_at(tmp_path):
    script = tmp_path / "s.jsonl"
    script.write_text(
        '{"at": "2016-01-19T09:15:00+01:00", "cmd": "event.set", "args": {"title": "T"}}\n'
    )
    db, out_json = tmp_path / "e.facil", tmp_path / "e.json"
    assert run("replay", str(script), "--db", str(db)).returncode == 0
    assert run("export", "json", "--db", str(db), "-o", str(out_json)).returncode == 0
    journal = json.loads(out_json.read_text())["journal"]
    assert journal[0]["at"] == "2016-01-19T08:15:00+00:00"


def test_user_errors_are_one_clear_line_without_traceback(tmp_path):
    notdb = tmp_path / "notes.txt"
    notdb.write_text("bonjour")
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"format": "facilitateur-event",\n "version": 1,\n "event": }')
    cases = [
        (
            ("export", "json", "--db", str(notdb), "-o", str(tmp_path / "o.json")),
            "not an SQLite database",
        ),
        (
            ("export", "json", "--db", str(tmp_path / "missing.facil"), "-o", "o.json"),
            "no such file",
        ),
        (
            ("import", "json", str(bad_json), "--db", str(tmp_path / "n.facil")),
            f"{bad_json}:3: not valid JSON",
        ),
        (
            ("replay", str(tmp_path / "absent.jsonl"), "--db", str(tmp_path / "r.facil")),
            "cannot be read",
        ),
    ]
    for args, message in cases:
        out = run(*args)
        assert out.returncode == 2, args
        assert message in out.stderr and "Traceback" not in out.stderr, out.stderr
    assert not (tmp_path / "n.facil").exists()


def test_import_refuses_a_document_with_a_bad_field_and_names_it(tmp_path):
    db = tmp_path / "a.facil"
    run("replay", str(sample_script()), "--db", str(db))
    doc_path = tmp_path / "a.json"
    run("export", "json", "--db", str(db), "-o", str(doc_path))
    doc = json.loads(doc_path.read_text(encoding="utf-8"))
    doc["days"][0]["blocks"][2]["planned_start"] = "10h30"
    doc_path.write_text(json.dumps(doc), encoding="utf-8")
    out = run("import", "json", str(doc_path), "--db", str(tmp_path / "b.facil"))
    assert out.returncode == 2
    assert "days[0].blocks[2]: planned_start:" in out.stderr
    assert not (tmp_path / "b.facil").exists()


def test_python_dash_m_and_the_console_script_agree():
    script = Path(sys.executable).with_name("facilitateur")
    out = subprocess.run([str(script), "--version"], capture_output=True, text=True)
    assert out.stdout == run("--version").stdout


def test_a_typo_is_not_made_into_an_event_file(tmp_path):
    done = run("jouenee", cwd=tmp_path)
    assert done.returncode == 2
    assert "jouenee: no such event file" in done.stderr and "--new" in done.stderr
    assert not list(tmp_path.iterdir())
    env_smoke = subprocess.run(
        [sys.executable, "-m", "facilitateur", "--smoke", "--new", "jouenee"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert env_smoke.returncode == 0, env_smoke.stderr
    assert (tmp_path / "jouenee").exists()
