"""The action table as CSV and the programme as iCalendar, through the real CLI."""

from __future__ import annotations

import csv
import stat
import sys
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from helpers import cli

PARIS = ZoneInfo("Europe/Paris")


def test_the_action_table_reads_back_as_a_french_spreadsheet(sample_file, tmp_path):
    ef = sample_file
    ef.execute(
        "note.add",
        {
            "block": "#2",
            "kind": "action",
            "text": "=Envoyer le compte rendu; à tous",
            "owner": "Marie",
            "due": "2016-03-15",
            "author": "Julie",
        },
    )
    ref = {"block": "#1", "kind": "action", "text": "Réserver", "owner": "Paul"}
    ef.execute("note.add", {**ref, "id": "00000000-0000-4000-8000-000000000001"})
    ef.execute(
        "action.set_status", {"note": "00000000-0000-4000-8000-000000000001", "status": "done"}
    )
    ef.execute("note.add", {"kind": "action", "text": "Secret", "internal": True})
    ef.execute("note.add", {"block": "#1", "text": "Pas une action"})
    ef.close()
    out = tmp_path / "actions.csv"
    res = cli("export", "csv-actions", "--db", ef.location, "-o", out)
    assert res.returncode == 0, res.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["Action", "Responsable", "Échéance", "Statut", "Origine", "Notée le", "Par"]
    assert [r[:4] for r in rows[1:]] == [
        ["'=Envoyer le compte rendu; à tous", "Marie", "15/03/2016", "à faire"],
        ["Réserver", "Paul", "", "faite"],
    ]
    assert rows[1][6] == "Julie" and rows[1][4]  # where it came from: the block
    res = cli(
        "export",
        "csv-actions",
        "--lang",
        "en",
        "--include-internal",
        "--db",
        ef.location,
        "-o",
        out,
    )
    assert res.returncode == 0, res.stderr
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Action", "Owner", "Due"]
    assert rows[1][2] == "2016-03-15" and rows[-1][0] == "Secret" and len(rows) == 4


def test_the_programme_as_calendar_events_on_the_days_date(sample_file, tmp_path):
    ef = sample_file
    with ef.session() as s:
        from facilitateur.models import queries

        day = queries.days(s)[0]
        expected = [(b.title, b.planned_start) for b in queries.top_blocks(s, day.id)]
        date = day.date
    ef.close()
    out = tmp_path / "programme.ics"
    res = cli("export", "ics", "--db", ef.location, "-o", out)
    assert res.returncode == 0, res.stderr
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(cal.walk("VTIMEZONE")) == 1
    timed = [(t, st) for t, st in expected if st is not None]
    assert [str(e["summary"]) for e in events] == [t for t, _ in timed]
    first = events[0]
    start = first.decoded("dtstart")
    assert start == datetime.combine(date, timed[0][1], tzinfo=PARIS)
    assert first.decoded("dtend") > start
    assert len({str(e["uid"]) for e in events}) == len(events)


def test_an_export_to_a_folder_that_does_not_exist_says_so(sample_file, tmp_path):
    sample_file.close()
    for fmt in ("csv-actions", "ics"):
        res = cli("export", fmt, "--db", sample_file.location, "-o", tmp_path / "nope" / "x")
        assert res.returncode == 2
        assert "cannot be written" in res.stderr and "Traceback" not in res.stderr


def test_file_menu_exports_the_actions_and_the_calendar(qtbot, tmp_path, clock):
    from facilitateur.ui.actions import ActionId
    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    make_app("en")
    w = MainWindow(ScriptedInteraction(), clock)
    qtbot.addWidget(w)
    w.open_sample(tmp_path / "s.facil")
    try:
        w.current.run(
            "note.add", {"block": "#1", "kind": "action", "text": "Appeler", "owner": "Ana"}
        )
        actions, calendar = tmp_path / "a", tmp_path / "p.ics"
        w.interaction.paths += [actions, calendar, tmp_path / "missing" / "x.csv"]
        w.action_map[ActionId.EXPORT_ACTIONS].trigger()
        assert "1 action written" in w.statusBar().currentMessage()
        rows = (tmp_path / "a.csv").read_text(encoding="utf-8-sig").splitlines()
        assert rows[0].startswith("Action;Owner;Due") and rows[1].startswith("Appeler;Ana;")
        w.action_map[ActionId.EXPORT_CALENDAR].trigger()
        assert len(icalendar.Calendar.from_ical(calendar.read_bytes()).walk("VEVENT")) > 5
        w.action_map[ActionId.EXPORT_ACTIONS].trigger()
        assert w.interaction.errors and "missing" in w.interaction.errors[-1][1]
    finally:
        w.current.file.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_exported_files_get_the_permissions_any_file_gets(sample_file, tmp_path):
    """Written through a private temporary file (0600), they must not stay private."""
    from facilitateur.export.atomic import FILE_MODE
    from facilitateur.export.json_export import export_json
    from facilitateur.export.pdf import export_pdf

    with sample_file.session() as s:
        export_json(s, tmp_path / "jour.json")
        export_pdf(s, tmp_path / "jour.pdf", datetime(2016, 1, 19, 18, tzinfo=UTC), "fr")
    for name in ("jour.json", "jour.pdf"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == FILE_MODE
    assert FILE_MODE & 0o044  # readable by others with the usual umask (022)
