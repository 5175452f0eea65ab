"""The facilitator's keys and defaults on the Open Space screen, driven by real key events: the
report-back on the stage with F5, the suggestion, the rooms and slots, merging, the hint line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import open_space_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitateur.models.board import read_board
from facilitateur.ui.actions import ActionId


@pytest.fixture
def window(qtbot, tmp_path):
    w = open_space_window(qtbot, tmp_path)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    yield w
    w.run.stage.close()
    w.current.file.close()


def board(w):
    with w.current.file.session() as s:
        return read_board(s)


def test_f5_in_the_report_back_puts_the_report_back_on_the_stage_not_the_podium(window, qtbot):
    window.action_map[ActionId.OS_REPORT_BACK].trigger()
    rb = window.open_space.report_back
    stage = window.run.stage
    assert QApplication.focusWidget() is rb
    qtbot.keyClick(rb, Qt.Key.Key_PageDown)  # the clicker: the first group
    qtbot.keyClick(rb, Qt.Key.Key_F5)
    assert stage.isVisible() and stage.report_back and rb.on_stage.isChecked()
    assert stage.speaker.text() == rb.groups[0].title
    assert "Mot d’accueil" not in stage.title.text()
    qtbot.keyClick(rb, Qt.Key.Key_PageDown)
    assert stage.speaker.text() == rb.groups[1].title
    qtbot.keyClick(rb, Qt.Key.Key_PageUp)
    assert stage.speaker.text() == rb.groups[0].title
    qtbot.keyClick(rb, Qt.Key.Key_F5)  # F5 again: the display goes away
    assert not stage.isVisible() and not rb.on_stage.isChecked()
    rb.minutes.setFocus()  # from the time per group too, F5 is the report-back's
    qtbot.keyClick(rb.minutes, Qt.Key.Key_F5)
    assert stage.isVisible() and stage.report_back
    assert stage.speaker.text() == rb.groups[0].title


def test_the_suggestion_for_eleven_topics_says_what_it_improves_and_uses_every_slot(
    qtbot, sample_file
):
    from facilitateur.ui.app import make_app
    from facilitateur.ui.openspace.suggest_dialog import SuggestDialog

    make_app("en")
    ef = sample_file  # six rooms and three slots: the reference afternoon
    forum = (Path(__file__).parent / "fixtures" / "forum-ouvert.jsonl").read_text("utf-8")
    for line in forum.splitlines()[:11]:  # 11 topics announced, no dot counted yet
        args = json.loads(line)["args"]
        ef.execute("topic.add", {"title": args["title"], "convener": args["convener"]})
    with ef.session() as s:
        dialog = SuggestDialog(read_board(s))
    qtbot.addWidget(dialog)
    text = dialog.summary.text()
    assert "Score" not in text and "11 topics placed (now 0)" in text
    assert "Workshops per slot: 4 · 4 · 3 (now 0 · 0 · 0)" in text
    assert len({p["slot"] for p in dialog.args["placements"]}) == 3
    dialog.spread.setChecked(False)  # the facilitator's choice: the earliest slots first
    assert "Workshops per slot: 6 · 5 · 0" in dialog.summary.text()
