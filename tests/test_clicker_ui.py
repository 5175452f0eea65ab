"""The clicker's keys with real widgets and real key events sent to whatever has the keyboard:
the podium, its fields (note capture, quick-add), a button of the window, the stage display's
window; Préparer's agenda, which no clicker key may change; PageUp undoing exactly what PageDown
did; the podium saying what both keys will do."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QToolButton

from facilitateur.clock import FakeClock
from facilitateur.export.json_export import event_document
from facilitateur.models import queries
from facilitateur.models.agenda.dayplan import day_timings
from facilitateur.models.agenda.timing import RunState
from facilitateur.ui.actions import ActionId
from facilitateur.ui.app import make_app
from facilitateur.ui.interaction import ScriptedInteraction
from facilitateur.ui.main_window import MainWindow
from facilitateur.ui.prepare.agenda_model import TITLE

PARIS = ZoneInfo("Europe/Paris")
NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def clock():
    return FakeClock(datetime(2016, 1, 19, 8, 58, tzinfo=PARIS))


@pytest.fixture
def window(qtbot, tmp_path, clock):
    make_app("en")
    w = MainWindow(ScriptedInteraction(), clock)
    qtbot.addWidget(w)
    w.open_sample(tmp_path / "sample.facil")
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    w.show_screen(ActionId.SCREEN_RUN)
    settle()
    yield w
    w.run.stage.close()
    w.current.file.close()


def settle():
    QApplication.processEvents()


def key(qtbot, k, mod=NO, to=None):
    """A real key event to whatever has the keyboard (or to `to`)."""
    target = to or QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, k, mod)
    settle()


def states(w):
    with w.current.file.session() as s:
        timings = day_timings(s, queries.days(s)[0], PARIS, w.clock.now())
    return [t.reading.state for t in timings[:3]]


def record(w) -> dict:
    """The event as `export json` writes it, without its journal."""
    with w.current.file.session() as s:
        doc = event_document(s, include_internal=True)
    del doc["journal"]
    return doc


def blackout(w) -> bool:
    with w.current.file.session() as s:
        return queries.the_event(s).stage_blackout


def test_after_enter_in_the_quick_add_space_pauses_and_b_blacks_out(qtbot, window, clock):
    run, quick = window.run, window.run.speaker_panel.quick
    key(qtbot, Qt.Key.Key_Space)
    clock.advance(30)
    key(qtbot, Qt.Key.Key_L, CTRL)
    assert QApplication.focusWidget() is quick
    qtbot.keyClicks(QApplication.focusWidget(), "Jean DUPONT")
    assert "Typing in the speaker to add" in run.hints.text()  # said unmistakably
    key(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is run and "Typing" not in run.hints.text()
    assert "Jean DUPONT" in [e.name for e in run.speaker_panel.entries]
    key(qtbot, Qt.Key.Key_Space)  # the block pauses: no space typed, no completion list
    assert states(window)[0] == RunState.PAUSED
    key(qtbot, Qt.Key.Key_B)
    assert blackout(window) and quick.text() == ""
    assert not quick.completer().popup().isVisible()


def test_one_enter_in_the_list_of_known_names_adds_and_gives_the_keys_back(qtbot, window):
    run, quick = window.run, window.run.speaker_panel.quick
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.keyClicks(quick, "Vanes")
    popup = quick.completer().popup()
    assert popup.isVisible() and QApplication.activePopupWidget() is popup
    key(qtbot, Qt.Key.Key_Down, to=popup)  # keys go to the list while it is open
    key(qtbot, Qt.Key.Key_Return, to=popup)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is run)
    names = [e.name for e in run.speaker_panel.entries]
    assert names == ["Florence RAINEIX", "Vanessa CORDOBA"] and quick.text() == ""
    key(qtbot, Qt.Key.Key_Space)
    assert states(window)[0] == RunState.PAUSED


def test_after_enter_in_the_note_field_space_pauses_and_b_blacks_out(qtbot, window, clock):
    run, line = window.run, window.run.capture.line
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_K, CTRL)
    assert QApplication.focusWidget() is line
    qtbot.keyClicks(line, "A: envoyer le compte rendu @Marie")
    assert "border: 3px solid" in line.styleSheet() and line.hasFocus()
    key(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is run
    assert run.note_echo.text().startswith("✓ Saved as: Action · for Marie · no deadline")
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Period)  # the other blank-screen key of clickers
    assert states(window)[0] == RunState.PAUSED and blackout(window)
    with window.current.file.session() as s:
        notes = event_document(s)["notes"]
    assert [(n["kind"], n["text"], n["owner"]) for n in notes] == [
        ("action", "envoyer le compte rendu", "Marie")
    ]


def test_a_note_shows_what_it_became_its_kind_owner_and_deadline(qtbot, window, clock):
    window.current.run("timer.start", {})
    key(qtbot, Qt.Key.Key_K, CTRL)
    window.run.capture.line.setText("A: Envoyer le compte rendu avant le 15/03")  # (no @owner)
    key(qtbot, Qt.Key.Key_Return)
    echo = window.run.note_echo.text()
    assert echo.startswith(
        "✓ Saved as: Action · by Mar\u00a015,\u00a0"
    )  # the day in words: no 3/15
    assert "nobody named (@who)" in echo and echo.endswith("“Envoyer le compte rendu”")
    window.run._echo_timer.timeout.emit()  # a few seconds later it goes, leaving its place
    assert window.run.note_echo.text() == "" and window.run.note_echo.isVisible()


def test_while_a_field_is_typed_in_letters_type_and_pagedown_still_drives_the_podium(qtbot, window):
    run, line = window.run, window.run.capture.line
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(line, "b. b")
    assert line.text() == "b. b" and not blackout(window)  # B, `.` and Space type here
    key(qtbot, Qt.Key.Key_PageDown)  # never typed: the floor goes to the next speaker
    assert run.speaker_panel.under_way().name == "Florence RAINEIX"
    assert QApplication.focusWidget() is line and line.text() == "b. b"  # typing goes on
    key(qtbot, Qt.Key.Key_PageUp)
    assert run.speaker_panel.under_way() is None
    key(qtbot, Qt.Key.Key_Escape)  # the keys go back to the podium
    assert QApplication.focusWidget() is run and "Typing" not in run.hints.text()
    key(qtbot, Qt.Key.Key_Tab)  # Tab never takes the keyboard into a field
    assert QApplication.focusWidget() is run


def test_keys_sent_to_the_stage_window_act_on_the_podium(qtbot, window):
    stage = window.run.stage
    key(qtbot, Qt.Key.Key_F5)
    assert stage.isVisible()
    assert stage.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus  # a click keeps none
    for k, mod in ((Qt.Key.Key_Space, NO), (Qt.Key.Key_PageDown, NO)):
        key(qtbot, k, mod, to=stage)
    assert states(window)[0] == RunState.RUNNING
    assert window.run.speaker_panel.under_way().name == "Florence RAINEIX"
    key(qtbot, Qt.Key.Key_B, to=stage)
    assert blackout(window)
    key(qtbot, Qt.Key.Key_Period, to=stage)
    assert not blackout(window)
    key(qtbot, Qt.Key.Key_PageUp, to=stage)
    assert window.run.speaker_panel.under_way() is None
    key(qtbot, Qt.Key.Key_Tab, to=stage)
    key(qtbot, Qt.Key.Key_Escape, to=stage)
    assert not stage.isVisible()
    window.show_screen(ActionId.SCREEN_NOTES)
    key(qtbot, Qt.Key.Key_F5, SHIFT, to=stage)  # from any view, even from the stage's window
    assert stage.isVisible() and window.pages.currentWidget() is window.run


def test_a_button_of_the_window_having_the_focus_does_not_lose_the_clicker(qtbot, window):
    button = window.navigation.widgetForAction(window.action_map[ActionId.SCREEN_NOTES])
    assert isinstance(button, QToolButton)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    button.setFocus()
    assert QApplication.focusWidget() is button
    key(qtbot, Qt.Key.Key_PageDown)
    assert states(window)[0] == RunState.RUNNING
    key(qtbot, Qt.Key.Key_PageDown)
    assert window.run.speaker_panel.under_way().name == "Florence RAINEIX"
    key(qtbot, Qt.Key.Key_B)
    assert blackout(window) and window.pages.currentWidget() is window.run


def test_pageup_leaves_the_record_exactly_as_before_the_pagedown(qtbot, window, clock):
    window.current.run("timer.start", {"block": "#2"})
    settle()
    key(qtbot, Qt.Key.Key_PageDown, to=window.run)  # Yannick BLANC has the floor
    clock.advance(150)
    before = record(window)
    key(qtbot, Qt.Key.Key_PageDown)  # by mistake
    clock.advance(4)
    key(qtbot, Qt.Key.Key_K, CTRL)  # a note typed meanwhile …
    qtbot.keyClicks(QApplication.focusWidget(), "Il faut oser")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_PageUp)
    after = record(window)
    assert [n["text"] for n in after.pop("notes")] == ["Il faut oser"]  # … stays
    before.pop("notes")
    assert after == before  # no block re-timed, nobody cut off, no second interval
    assert window.run.speaker_panel.under_way().name == "Yannick BLANC"


def test_the_podium_says_what_pagedown_and_pageup_will_do(qtbot, window):
    run = window.run
    assert run.next_step.text() == "PgDn → start “Mot d’accueil”"
    assert run.back_step.text() == "PgUp → nothing to undo"
    key(qtbot, Qt.Key.Key_PageDown)
    assert run.next_step.text() == "PgDn → give the floor to Florence RAINEIX"
    assert run.back_step.text() == "PgUp → undo: “Mot d’accueil” started"
    key(qtbot, Qt.Key.Key_PageDown)
    assert run.next_step.text() == "PgDn → end Florence RAINEIX’s turn (nobody waits)"
    assert run.back_step.text() == "PgUp → undo: Florence RAINEIX’s turn started"
    key(qtbot, Qt.Key.Key_PageDown)
    assert run.next_step.text() == "PgDn → next block: La diversité des enjeux des territoires"
    assert run.back_step.text() == "PgUp → undo: Florence RAINEIX’s turn ended"
    key(qtbot, Qt.Key.Key_Space)  # a pause is not a PageDown step: PageUp cannot undo exactly
    assert run.back_step.text().startswith("PgUp → cannot undo")
    key(qtbot, Qt.Key.Key_PageUp)
    assert "the timers were moved since" in window.statusBar().currentMessage()
    assert window.interaction.errors == []


def test_shift_pgup_takes_a_block_up_again_as_a_second_interval(qtbot, window, clock):
    key(qtbot, Qt.Key.Key_Space)
    clock.advance(300)
    window.current.run("timer.next", {})  # the welcome left for later
    settle()
    clock.advance(600)
    QTimer.singleShot(0, lambda: window.run.take_up_dialog.take_up())
    key(qtbot, Qt.Key.Key_PageUp, SHIFT)
    assert states(window)[:2] == [RunState.RUNNING, RunState.ENDED]
    assert "taken up again at 9:13" in window.run.detail.text().replace("\u202f", " ")
    assert "(before: 8:58" in window.run.detail.text().replace("\u202f", " ")
    with window.current.file.session() as s:
        intervals = event_document(s)["days"][0]["blocks"][0]["intervals"]
    assert len(intervals) == 2 and intervals[1]["end"] is None


def test_no_clicker_key_changes_the_agenda_in_prepare(qtbot, window):
    window.show_screen(ActionId.SCREEN_PREPARE)
    tree = window.prepare.tree
    tree.setFocus()
    tree.setCurrentIndex(tree.model().index(1, TITLE))
    settle()
    before = record(window)
    for k in (
        Qt.Key.Key_B,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_Period,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_X,
        Qt.Key.Key_Space,
        Qt.Key.Key_Tab,
        Qt.Key.Key_PageUp,
    ):
        tree.setFocus()
        key(qtbot, k)
    assert record(window) == before  # (B used to rename the block "b", PageUp to save it)
    assert window.interaction.errors == [] and tree.state() != tree.State.EditingState
    assert window.pages.currentWidget() is window.prepare
    key(qtbot, Qt.Key.Key_F5, to=tree)  # F5 from any view: the podium and the stage display
    assert window.pages.currentWidget() is window.run and window.run.stage.isVisible()


def test_in_prepare_f2_and_enter_still_edit_a_cell(qtbot, window):
    window.show_screen(ActionId.SCREEN_PREPARE)
    tree = window.prepare.tree
    tree.setFocus()
    tree.setCurrentIndex(tree.model().index(0, TITLE))
    for trigger in (Qt.Key.Key_F2, Qt.Key.Key_Return):
        key(qtbot, trigger, to=tree)
        assert tree.state() == tree.State.EditingState
        key(qtbot, Qt.Key.Key_Escape)
        assert tree.state() != tree.State.EditingState
