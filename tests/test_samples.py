"""The two sample days and the welcome page that offers them: the day as prepared, and the same
day as it was run in 2016 (speakers, speaking times, notes of every kind, an Open Space board
with its reports and dots), whose every screen is filled in and whose times stay those of its
day when it is opened years later."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers import times, titles
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QPushButton, QTableWidget
from sqlalchemy import select

from facilitateur.clock import FakeClock
from facilitateur.models import queries
from facilitateur.models.notes.query import note_rows
from facilitateur.models.openspace.board import ranked_proposals, read_board
from facilitateur.models.storage.journal import JournalEntry
from facilitateur.models.storage.replay import parse_line, replay
from facilitateur.models.storage.store import EventFile
from facilitateur.paths import data_dir, run_sample_script, sample_script
from facilitateur.sample import Sample, build_sample, create_sample
from facilitateur.ui.actions import ActionId
from facilitateur.ui.app import make_app
from facilitateur.ui.interaction import ScriptedInteraction
from facilitateur.ui.main_window import MainWindow

PARIS = ZoneInfo("Europe/Paris")
YEARS_LATER = datetime(2026, 3, 2, 10, 30, tzinfo=PARIS)  # a Monday morning, another year


def _window(qtbot, lang: str = "en") -> MainWindow:
    make_app(lang)
    w = MainWindow(ScriptedInteraction(), FakeClock(YEARS_LATER))
    qtbot.addWidget(w)
    w.remember_geometry = False
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot):
    yield _window(qtbot)
    make_app("en")


def ctrl(qtbot, w, key) -> None:
    """A real Ctrl+key where the keyboard is (the window's shortcuts take it)."""
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    qtbot.keyClick(QApplication.focusWidget() or w, key, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()


# The welcome page ---------------------------------------------------------------------------


def test_the_welcome_page_offers_both_sample_days_and_opens_each(qtbot, window):
    welcome = window.welcome
    assert window.pages.currentWidget() is welcome
    qtbot.mouseClick(welcome.findChild(QPushButton, "welcomeRunSample"), Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    ran = window.current.file.path
    assert ran.parent.name == "exemples" and ran.name.startswith("journee-exemple-animee-")
    # The day as run opens on its podium: the day is over, and Ctrl+E writes its synthesis.
    assert window.pages.currentWidget() is window.run
    assert window.run.reading.day_over
    assert "Ctrl+E" in window.run.phase.text()
    with window.current.file.session() as s:
        assert len(note_rows(s)) > 40

    window._set_event(None)  # back to the welcome page, as when no event is open
    assert window.pages.currentWidget() is welcome
    assert welcome.recent.count() == 1  # the sample just opened is a recent event
    qtbot.mouseClick(welcome.findChild(QPushButton, "welcomeSample"), Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    prepared = window.current.file.path
    assert prepared != ran and prepared.name.startswith("journee-exemple-2")
    assert window.pages.currentWidget() is window.prepare
    assert len(window.prepare.model.roots) == 8
    with window.current.file.session() as s:
        assert note_rows(s) == []  # the programme only: nothing has run

    # And from the File menu, whatever is open.
    window.action_map[ActionId.OPEN_RUN_SAMPLE].trigger()
    assert window.current.file.path.name.startswith("journee-exemple-animee-")
    assert window.pages.currentWidget() is window.run


def test_opening_the_sample_again_removes_the_earlier_copies_nobody_changed(qtbot, window):
    """Each opening of the sample day makes a copy in the data folder; the copies nobody
    changed go at the next opening (the new copy is the same), with their companions. A copy
    that was changed, or that another Facilitateur holds open, stays; so does the current
    template, while the templates of an earlier version go."""
    cache = data_dir() / "cache"
    cache.mkdir(parents=True)
    stale = [cache / "sample-run-0123456789abcdef.facil", cache / "sample-0123456789abcdef.facil"]
    for old in stale:
        old.write_bytes(b"an earlier version's template")
    other = cache / "sample-prepared-0123456789abcdef.facil"  # another sample's: not this one's
    other.write_bytes(b"kept")

    def open_copy() -> Path:
        window.action_map[ActionId.OPEN_RUN_SAMPLE].trigger()
        return window.current.file.path

    changed = open_copy()
    window.current.file.execute("note.add", {"text": "Une note prise pendant l’essai"})
    untouched = open_copy()
    assert changed.exists()  # changed: it stays
    held = open_copy()
    folder = held.parent
    assert changed.exists() and not [p for p in folder.iterdir() if untouched.name in p.name]
    assert not any(old.exists() for old in stale) and other.exists()

    # Another Facilitateur holds `held` (its lock) when the sample is opened once more.
    window._set_event(None)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(held) + ".lock"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        last = open_copy()
    finally:
        holder.kill()
        holder.wait()
    assert changed.exists() and held.exists() and last.exists()
    with window.current.file.session() as s:  # the copy opened is whole
        assert len(note_rows(s)) > 40


HOLD_LOCK = """
import sys
from filelock import FileLock
lock = FileLock(sys.argv[1], timeout=0)
lock.acquire()
print("held", flush=True)
import time
time.sleep(60)
"""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_welcome_page_says_what_the_app_does_with_its_main_keys_readable_at_1366x768(
    qtbot, lang
):
    w = _window(qtbot, lang)
    try:
        keys = [k.text() for k in w.welcome.findChildren(QLabel, "welcomeKey")]
        space, down, up = (
            ("Espace", "Page suiv", "Page préc")
            if lang == "fr"
            else (
                "Space",
                "PgDown",
                "PgUp",
            )
        )
        for key in ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", space, down, up, "F5", "Ctrl+K"):
            assert key in keys
        assert "Ctrl+E" in keys
        box = w.welcome.findChild(QFrame, "welcomeKeys")
        words = [lab.text() for lab in box.findChildren(QLabel) if lab.objectName() != "welcomeKey"]
        assert len(words) == 7
        if lang == "fr":
            assert words[0] == "Préparer : le programme, ses intervenants, les salles"
        # Everything on the page shows whole in the window: no text cut, nothing off screen.
        page = w.welcome.rect()
        for widget in (*w.welcome.findChildren(QLabel), *w.welcome.findChildren(QPushButton)):
            if not widget.isVisible():
                continue
            where = QRect(widget.mapTo(w.welcome, QPoint(0, 0)), widget.size())
            assert page.contains(where), widget.text()
            if isinstance(widget, QLabel) and widget.wordWrap():
                assert widget.height() >= widget.heightForWidth(widget.width()), widget.text()
            else:
                assert widget.width() >= widget.sizeHint().width(), widget.text()
    finally:
        make_app("en")


# The day as run -----------------------------------------------------------------------------


def test_the_run_sample_is_the_prepared_day_run_on_19_january_2016(tmp_path):
    lines = [parse_line(x) for x in run_sample_script().read_text("utf-8").splitlines() if x]
    moments = [at for at, _cmd, _args in lines]
    assert None not in moments and moments == sorted(moments)  # a journal, in its order
    day = [at for at in moments if at.date().isoformat() == "2016-01-19"]
    assert day[0].astimezone(PARIS).strftime("%H:%M") == "09:04"
    assert lines[-2][1] == "timer.end" and lines[-2][0].astimezone(PARIS).hour == 18
    prepared = build_sample(tmp_path / "prepared.facil", FakeClock(YEARS_LATER))
    ran = build_sample(tmp_path / "ran.facil", FakeClock(YEARS_LATER), Sample.RUN)
    assert titles(ran) == titles(prepared) and times(ran) == times(prepared)
    with ran.session() as s:
        # Prepared the week before, in 2016: not on the day it is opened.
        assert queries.the_event(s).created_at.date().isoformat() == "2016-01-11"
    # Built at once, it holds what replaying its script line by line makes.
    replayed = EventFile.open(tmp_path / "replayed.facil", FakeClock(YEARS_LATER))
    replay(replayed, run_sample_script().read_text("utf-8").splitlines())
    summaries = []
    for ef in (ran, replayed):
        with ef.session() as s:
            kinds = Counter(r.kind for r in note_rows(s))
            summaries.append((kinds, [(p.text, p.votes) for p in ranked_proposals(s)]))
    assert summaries[0] == summaries[1]
    for ef in (prepared, ran, replayed):
        ef.close()
    assert sample_script().read_text("utf-8").count("\n") == 36  # the prepared one, as it was


def test_the_run_sample_fills_every_screen(qtbot, window, tmp_path):
    window.open_sample(tmp_path / "animee.facil", Sample.RUN)
    QApplication.processEvents()
    with window.current.file.session() as s:
        kinds = Counter(r.kind for r in note_rows(s))
    assert kinds == {
        "note": 11,
        "decision": 4,
        "action": 16,  # 4 typed at the podium, 12 next steps of the workshops' reports
        "idea": 5,
        "question": 4,
        "quote": 3,
    }

    # Run: the day is over, when it ended, and what to do with it.
    assert window.pages.currentWidget() is window.run
    reading = window.run.reading
    assert reading.day_over and reading.block is None
    assert reading.projected_end.astimezone(PARIS).strftime("%H:%M") == "18:04"
    assert window.run.offset.text() == "Day: +4\u00a0min"  # it ended 4 minutes late, in 2016

    # Speaking time (Ctrl+T): who spoke, how long, in which "monde".
    seen = {}

    def read_dialog():
        dialog = window.run.speaking_dialog
        people = dialog.findChild(QTableWidget, "speakingPeople")
        seen["people"] = {
            people.item(r, 0).text(): int(people.item(r, 3).text())
            for r in range(people.rowCount())
        }
        seen["categories"] = {f.category for f in dialog.chart.figures}
        dialog.reject()

    QTimer.singleShot(0, read_dialog)
    ctrl(qtbot, window, Qt.Key.Key_T)
    assert len(seen["people"]) == 16 and seen["people"]["Yannick BLANC"] == 2
    assert seen["categories"] == {
        "Associations",
        "Entreprises",
        "Collectivités",
        "Institutions",
        "Recherche",
    }

    # Notes (Ctrl+3): every note of the day, its actions with owners and deadlines.
    ctrl(qtbot, window, Qt.Key.Key_3)
    assert window.pages.currentWidget() is window.notes
    assert window.notes.table.model().rowCount() == sum(kinds.values())
    actions = [r for r in window.notes.model.rows if r.kind == "action"]
    assert all(r.owner and r.due for r in actions)
    assert window.notes.action_table.model().rowCount() == 16

    # Open Space (Ctrl+4): the afternoon's 11 workshops in 6 rooms × 3 slots, their reports,
    # the report-back's groups and the dots of the convergence.
    ctrl(qtbot, window, Qt.Key.Key_4)
    screen = window.open_space
    assert window.pages.currentWidget() is screen
    board = screen.board
    assert (len(board.rooms), len(board.slots)) == (6, 3)
    assert len(board.placed) == len(board.topics) == 11
    assert screen.model.conflicts == []
    assert board.report_counts() == {"missing": 0, "draft": 1, "done": 10}
    assert len(screen.report_back.groups) == 11
    table = screen.convergence.table
    assert table.rowCount() == 20
    votes = [int(table.item(r, 1).text()) for r in range(table.rowCount())]
    assert votes == sorted(votes, reverse=True) and min(votes) > 0 and votes[0] == 31


def test_the_run_sample_keeps_its_day_when_opened_years_later(tmp_path):
    later = FakeClock(YEARS_LATER)
    ef = create_sample(tmp_path / "animee.facil", later, Sample.RUN)
    with ef.session() as s:
        board = read_board(s)
        rows = note_rows(s)
        journal = {
            at.astimezone(PARIS).date().isoformat() for at in s.scalars(select(JournalEntry.at))
        }
    assert {r.created_at.astimezone(PARIS).date().isoformat() for r in rows} == {"2016-01-19"}
    assert journal == {"2016-01-11", "2016-01-18", "2016-01-19"}  # prepared, then run
    assert len(board.placed) == 11
    ef.close()


def test_the_run_sample_opens_from_the_command_line(tmp_path):
    report = tmp_path / "report.json"
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "facilitateur",
            "--smoke",
            "--demo",
            "run",
            "--lang",
            "fr",
            "--smoke-report",
            str(report),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    shown = json.loads(report.read_text(encoding="utf-8"))
    assert shown["screen"] == "runScreen" and shown["day_over"] is True
    assert shown["title"].startswith("2ème Rencontre des pionniers")
    assert (shown["notes"], shown["workshops"], shown["reports"]) == (43, 11, 11)
    assert shown["dots"] == 323
