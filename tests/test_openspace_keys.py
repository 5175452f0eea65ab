"""The facilitator's keys and defaults on the Open Space screen, driven by real key events: the
report-back on the stage with F5, the suggestion, the rooms and slots, merging, the hint line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import open_space_window, type_keys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton

from facilitateur.models.openspace.board import read_board
from facilitateur.ui.actions import ActionId

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

NBSP = "\u00a0"  # between a time and its AM or PM: never parted by a line


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
    # Shown full screen, the display may have the keyboard: the clicker still drives the groups.
    qtbot.keyClick(stage, Qt.Key.Key_PageDown)
    assert stage.speaker.text() == rb.groups[1].title and rb.index == 1
    qtbot.keyClick(stage, Qt.Key.Key_P)
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


@pytest.fixture
def setup(window, qtbot):
    dialog = window.open_space.setup_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def in_modal(qtbot, work):
    """Run `work(dialog)` in the modal dialog about to open, as the person would: the dialog
    active and keyed; a failure closes it (a modal left open would hang) and is raised after."""
    errors = []

    def run():
        dialog = QApplication.activeModalWidget()
        try:
            dialog.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
            work(dialog)
        except Exception as e:
            errors.append(e)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    return errors


def test_a_room_typed_fast_keeps_its_seats_and_notes_and_no_room_appears(window, qtbot):
    before = [(r.name, r.capacity, r.notes) for r in board(window).rooms]

    def work(d):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Return: no new room
        assert d.rooms.rowCount() == 6
        add = d.findChild(QPushButton, "addRoom")
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)  # a new room, its name open to type
        type_keys(qtbot, None, "Bibliothèque\t40\tvidéoprojecteur, paperboard\n\n")
        qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        # Tab after the last room's notes: out of the table, never back to the first room.
        type_keys(qtbot, None, "Salle Jaurès\t25\tau 1er étage\tzut\n")

    errors = in_modal(qtbot, work)
    window.open_space.setup()
    assert not errors, errors
    rooms = [(r.name, r.capacity, r.notes) for r in board(window).rooms]
    assert rooms == [
        *before,
        ("Bibliothèque", 40, "vidéoprojecteur, paperboard"),
        ("Salle Jaurès", 25, "au 1er étage"),
    ]


def test_del_removes_a_room_without_workshops_and_says_why_not_for_one_with(setup, window, qtbot):
    d = setup
    b = board(window)
    used = {cell[0] for cell in b.placed.values()}
    d.refresh()
    d.rooms.setFocus()
    qtbot.keyClick(d.findChild(QPushButton, "addRoom"), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert len(board(window).rooms) == 7
    d.rooms.setCurrentCell(6, 0)
    qtbot.keyClick(d.rooms, Qt.Key.Key_Delete)
    assert len(board(window).rooms) == 6 and d.rooms.rowCount() == 6
    row = next(i for i, r in enumerate(b.rooms) if r.id in used)
    d.rooms.setCurrentCell(row, 0)
    qtbot.keyClick(d.rooms, Qt.Key.Key_Delete)
    assert len(board(window).rooms) == 6  # refused, and said
    assert "has workshops on the board" in window.interaction.errors[-1][1]


def test_slots_leave_time_for_the_opening_and_the_report_back_and_take_typed_times(
    setup, window, qtbot
):
    d = setup
    # The block is 14:00–17:50: 40 min for the opening circle and the marketplace, 45 for the
    # report-back, slots of 45 min 5 min apart — shown before anything is made.
    # (Times as the English interface writes them: a 12-hour clock.)
    assert "2:00–5:50 PM" in d.block.text().replace(NBSP, " ")
    assert (d.start.text(), d.end.text()) == (f"2:40{NBSP}PM", f"5:05{NBSP}PM")
    assert d.preview.text().replace(NBSP, " ") == (
        "3 slots: 2:40–3:25 PM, 3:30–4:15 PM, 4:20–5:05 PM · report-back from 5:05 PM to 5:50 PM"
    )
    d.start.setFocus()
    qtbot.keyClick(d.start, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, d.start, "1430")  # typed as everywhere: 1430, 14h30, 14:30
    qtbot.keyClick(d.start, Qt.Key.Key_Tab)  # to the end, not to the minutes' part
    assert QApplication.focusWidget() is d.end
    assert d.start.text() == f"2:30{NBSP}PM" and d.opening.value() == 30
    qtbot.keyClick(d.end, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(qtbot, d.end, "17h30")
    assert d.report_back.value() == 20
    d.minutes.setValue(50)
    d.gap.setValue(10)
    assert d.preview.text().replace(NBSP, " ") == (
        "3 slots: 2:30–3:20 PM, 3:30–4:20 PM, 4:30–5:20 PM · report-back from 5:20 PM to 5:50 PM"
    )
    type_keys(qtbot, d.end, "x")
    assert "not a time of day" in d.preview.text() and not d.generate.isEnabled()
    qtbot.keyClick(d.end, Qt.Key.Key_Backspace)
    d.replace.setChecked(True)
    d.generate.click()
    assert [s.hours for s in board(window).slots] == ["14:30–15:20", "15:30–16:20", "16:30–17:20"]
    d.reject()

    again = window.open_space.setup_dialog()  # the generator remembers its last values
    qtbot.addWidget(again)
    assert (again.opening.value(), again.report_back.value()) == (30, 20)
    assert (again.minutes.value(), again.gap.value()) == (50, 10)
    assert (again.start.text(), again.end.text()) == (f"2:30{NBSP}PM", f"5:30{NBSP}PM")


def test_merging_proposes_the_most_similar_title_first(window, qtbot):
    os = window.open_space
    market = os.market
    market.title.setFocus()
    type_keys(qtbot, market.title, "MOBILITÉS rurales et covoiturage")
    qtbot.keyClick(market.title, Qt.Key.Key_Return)  # announced at the marketplace
    row = next(i for i, t in enumerate(market.model.topics) if t.title.startswith("MOBILITÉS"))
    market.list.setFocus()
    market.list.setCurrentIndex(market.model.index(row))
    seen = []

    def work(d):
        seen.append(d.other.itemText(0))
        qtbot.keyClick(d.other, Qt.Key.Key_Return)  # Enter merges with the one proposed
        assert d.result() == d.DialogCode.Accepted

    errors = in_modal(qtbot, work)
    qtbot.keyClick(market.list, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert not errors, errors
    assert "Mobilité en zone rurale" in seen[0]  # not the next topic of the list
    merged = next(t for t in board(window).topics if t.title.startswith("MOBILITÉS"))
    assert "Mobilité en zone rurale" not in [t.title for t in board(window).topics]
    assert merged.convener == "Agnès Roux"


def test_similar_titles_share_words_whatever_their_accents_case_and_plurals():
    from facilitateur.models.openspace.similar import most_similar_first, title_words

    assert title_words("Les MOBILITÉS rurales") == title_words("mobilite rurale")
    others = [
        "Alimentation durable et circuits courts",
        "Financer l’innovation sociale sur les territoires",
        "Mesurer l’impact social : quels indicateurs ?",
        "Innovation sociale : comment la financer ?",
    ]
    order = most_similar_first("Le financement de l'INNOVATION sociale", others)
    assert order == [3, 1, 0, 2]  # two words shared (the larger share first); none: in order


def test_the_keys_are_said_in_the_hint_line_and_the_tooltips(window, qtbot):
    os = window.open_space
    hints = os.hints.text()
    for key in ("Shift+Enter", "Del", "F2", "+ −", "Ctrl+P", "Ctrl+M", "Ctrl+PgDown"):
        assert key in hints
    tips = {a.text(): a.toolTip() for a in os.topic_bar.actions()}
    assert "(F2)" in tips["Edit…"] and "(Ctrl+P)" in tips["Pin / unpin"]
    assert "(Ctrl+M)" in tips["Merge…"] and "(Del on the board)" in tips["Back to the list"]
    setup = window.action_map[ActionId.OS_SETUP]
    assert setup.shortcut().toString() == "Ctrl+Shift+O" and "Ctrl+Shift+O" in setup.toolTip()
    assert "Ctrl+Shift+G" in window.action_map[ActionId.OS_SUGGEST].toolTip()
    printing = window.action_map[ActionId.OS_PRINT]
    assert "room signs" in printing.text() and "one A4 sign per room" in printing.toolTip()
    qtbot.keyClick(os.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert os.tabs.currentWidget() is os.reports
    assert "Tab next field" in os.hints.text() and "Ctrl+Enter a next step" in os.hints.text()
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
    )
    assert (
        os.tabs.currentWidget() is os.report_back and "F5 on the stage display" in os.hints.text()
    )
    opened = []
    errors = in_modal(qtbot, lambda d: opened.append(d.objectName()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_O, CTRL_SHIFT)  # Rooms and slots…
    assert not errors and opened == ["openSpaceSetup"]
    # The modal dialog ran inside the key press: the modifiers' release went to it; let them
    # go, as the keyboard does (else the next drop in this process reads Shift as held).
    for modifier in (Qt.Key.Key_Shift, Qt.Key.Key_Control):
        qtbot.keyRelease(window, modifier)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


def test_the_topic_list_shows_a_whole_afternoon_of_topics_at_1366x768(window, qtbot):
    for t in list(board(window).placed):
        window.current.run("topic.unassign", {"topic": str(t)})
    QApplication.processEvents()
    view = window.open_space.market.list
    assert view.model().rowCount() == 24
    shown = view.viewport().height() // view.sizeHintForRow(0)
    assert shown >= 11
