"""The facilitator's keys and defaults on the Open Space screen, driven by real key events: the
report-back on the stage with F5, the suggestion, the rooms and slots, merging, the hint line."""

from __future__ import annotations

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
