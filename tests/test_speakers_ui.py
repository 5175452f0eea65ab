"""The list of speakers at the podium with real widgets: quick-add, reorder, keys, stage, figures."""

from __future__ import annotations

import csv
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QTableWidget

from facilitateur.clock import FakeClock
from facilitateur.ui.actions import ActionId
from facilitateur.ui.app import make_app
from facilitateur.ui.interaction import ScriptedInteraction
from facilitateur.ui.main_window import MainWindow
from facilitateur.ui.run.speaker_panel import parse_quick_add

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def clock():
    return FakeClock(datetime(2016, 1, 19, 9, 15, tzinfo=PARIS))


@pytest.fixture
def window(qtbot, tmp_path, clock):
    make_app("en")
    w = MainWindow(ScriptedInteraction(), clock)
    qtbot.addWidget(w)
    w.open_sample(tmp_path / "sample.facil")
    w.current.run("timer.start", {"block": "#2"})  # the round table's block, with 5 + 5 speakers
    w.show()
    qtbot.waitExposed(w)
    w.show_screen(ActionId.SCREEN_RUN)
    settle()
    yield w
    w.run.stage.close()
    w.current.file.close()


def settle():
    QApplication.processEvents()


def press(qtbot, w, key, mod=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(w.run, key, mod)
    settle()


def queue_names(w):
    panel = w.run.speaker_panel
    return [
        panel.queue.item(i).text().split("\n")[0].lstrip("★ ").split(" — ")[0]
        for i in range(panel.queue.count())
    ]


def test_quick_add_syntax():
    assert parse_quick_add("! Jean DUPONT, maire") == ("Jean DUPONT", "maire", "", "point_of_order")
    assert parse_quick_add("? Léa") == ("Léa", "", "", "question")
    assert parse_quick_add("> Marc DUBOIS") == ("Marc DUBOIS", "", "", "reply")
    assert parse_quick_add("   ") is None


def test_the_queue_shows_the_planned_speakers_and_first_timers_are_starred(window):
    panel = window.run.speaker_panel
    assert queue_names(window)[:2] == ["Yannick BLANC", "Vanessa CORDOBA"]
    assert panel.queue.item(0).text().startswith("★ ")
    assert panel.current_name.text() == "Nobody has the floor"


def test_quick_add_from_the_floor_gives_the_keys_back_and_autocompletes_known_people(qtbot, window):
    panel = window.run.speaker_panel
    press(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is panel.quick
    assert "Yannick BLANC" in panel.people.stringList()
    panel.quick.setText("Jean DUPONT, maire de Lyon")
    panel.category.setCurrentText("Collectivités")
    qtbot.keyClick(panel.quick, Qt.Key.Key_Return)
    settle()
    assert panel.quick.text() == "" and QApplication.focusWidget() is window.run
    assert queue_names(window)[-1] == "Jean DUPONT"
    press(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    panel.quick.setText("! Anne ROUX")
    qtbot.keyClick(panel.quick, Qt.Key.Key_Return)
    settle()
    assert queue_names(window)[0] == "Anne ROUX"


def test_keys_give_the_floor_pause_stop_and_readd(qtbot, window, clock):
    panel = window.run.speaker_panel
    press(qtbot, window, Qt.Key.Key_S)
    assert panel.under_way().name == "Yannick BLANC"
    assert panel.countdown.text() == "5:00"
    clock.advance(61)
    window.run.refresh()
    assert panel.countdown.text() == "3:59"
    assert window.run.stage.digits.text() == "3:59"  # the stage shows the speaker's own countdown
    assert window.run.stage.speaker.text() == "Yannick BLANC"
    press(qtbot, window, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert panel.under_way().status == "paused"
    press(qtbot, window, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert panel.under_way().status == "speaking"
    press(qtbot, window, Qt.Key.Key_X)
    assert panel.under_way() is None
    press(qtbot, window, Qt.Key.Key_R)
    assert queue_names(window)[0] == "Yannick BLANC"


def test_alt_arrows_and_drag_and_drop_reorder(qtbot, window):
    panel = window.run.speaker_panel
    panel.queue.setCurrentRow(1)
    press(qtbot, window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert queue_names(window)[:2] == ["Vanessa CORDOBA", "Yannick BLANC"]
    # Drag the third speaker to the top of the list.
    queue = panel.queue
    queue.setCurrentRow(2)
    data = queue.model().mimeData([queue.model().index(2, 0)])
    target = queue.visualItemRect(queue.item(0)).topLeft() + QPoint(5, 1)
    drop = QDropEvent(
        target,
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    queue.dropEvent(drop)
    settle()
    assert queue_names(window)[0] == "Pierre FONLUPT"


def test_speaking_time_dialog_and_csv_export(qtbot, window, clock, tmp_path):
    from facilitateur.ui.run.speaking_dialog import SpeakingDialog

    for seconds in (90, 45, 30):
        press(qtbot, window, Qt.Key.Key_S)
        clock.advance(seconds)
    press(qtbot, window, Qt.Key.Key_X)
    dialog = SpeakingDialog(window.current, clock, window)
    qtbot.addWidget(dialog)
    people = dialog.findChild(QTableWidget, "speakingPeople")
    assert [people.item(r, 0).text() for r in range(people.rowCount())] == [
        "Yannick BLANC",
        "Vanessa CORDOBA",
        "Pierre FONLUPT",
    ]
    assert people.item(0, 2).text() == "1\u00a0min\u00a030\u00a0s"  # not 1:30, a time of day
    assert len(dialog.chart.figures) == 1 and dialog.chart.figures[0].time_share == 1.0
    dialog.chart.resize(600, 200)
    assert not dialog.chart.grab().isNull()
    out = tmp_path / "tours.csv"
    window.interaction.paths.append(out)
    window.action_map[ActionId.EXPORT_SPEAKERS].trigger()
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert [r[1] for r in rows[1:]] == ["Yannick BLANC", "Vanessa CORDOBA", "Pierre FONLUPT"]


def test_organisation_in_quick_add_and_removing_from_the_list(qtbot, window):
    from facilitateur.models import Person

    assert parse_quick_add("Jean DUPONT (Ville de Lyon), maire") == (
        "Jean DUPONT",
        "maire",
        "Ville de Lyon",
        "intervention",
    )
    panel = window.run.speaker_panel
    panel.quick.setText("Jean DUPONT (Ville de Lyon), maire")
    qtbot.keyClick(panel.quick, Qt.Key.Key_Return)
    settle()
    with window.current.file.session() as s:
        person = s.query(Person).filter_by(name="Jean DUPONT").one()
        assert (person.organisation, person.role) == ("Ville de Lyon", "maire")
    panel.queue.setCurrentRow(panel.queue.count() - 1)
    window.run.setFocus()
    press(qtbot, window, Qt.Key.Key_Delete)
    assert "Jean DUPONT" not in queue_names(window)


def test_a_known_person_typed_with_another_organisation_is_kept_as_on_file_and_told(qtbot, window):
    """Yannick BLANC is on file with his role and no organisation: asking the floor as
    `Yannick Blanc (CCI), trésorier` fills his organisation, keeps his role as on file, and the
    status bar says what was typed and not kept, instead of dropping it unseen."""
    from facilitateur.models import Person

    with window.current.file.session() as s:
        known = s.query(Person).filter_by(name="Yannick BLANC").one()
        assert known.organisation == "" and known.role
        role = known.role
    said = []
    window.run.status.connect(said.append)
    panel = window.run.speaker_panel
    panel.quick.setText("Yannick Blanc (CCI), trésorier")
    qtbot.keyClick(panel.quick, Qt.Key.Key_Return)
    settle()
    with window.current.file.session() as s:
        person = s.query(Person).filter_by(name="Yannick BLANC").one()
        assert (person.organisation, person.role) == ("CCI", role)
    # What was typed and not kept comes first: the status bar cuts a long message at its end.
    assert said[-1] == f"“trésorier” not kept: Yannick BLANC stays as on file ({role})"
    said.clear()
    panel.quick.setText("Jeanne NOUVELLE (CCI), trésorière")  # someone new: nothing to say
    qtbot.keyClick(panel.quick, Qt.Key.Key_Return)
    settle()
    assert said == []


def test_the_speaker_options_are_set_in_prepare_and_the_turn_limit_warns(qtbot, window, clock):
    form = window.prepare.form
    form.first_timers.setChecked(True)
    form.turn_limit.setValue(1)
    form.turn_limit.editingFinished.emit()
    form.speaking.setValue(3)
    form.speaking.editingFinished.emit()
    settle()
    press(qtbot, window, Qt.Key.Key_S)  # Yannick BLANC speaks, 3 minutes now
    assert window.run.speaker_panel.countdown.text() == "3:00"
    messages = []
    window.run.status.connect(messages.append)
    panel = window.run.speaker_panel
    panel.quick.setText("Yannick BLANC")
    qtbot.keyClick(panel.quick, Qt.Key.Key_Return)
    settle()
    assert messages == ["Yannick BLANC has already spoken 1 time (limit 1)"]
    from facilitateur.ui.app import make_app

    make_app("fr")  # said in the interface's language
    try:
        window.current.run("speaker.remove", {"block": "#1", "name": "Yannick BLANC"})
        panel.quick.setText("Yannick BLANC")
        qtbot.keyClick(panel.quick, Qt.Key.Key_Return)
        settle()
    finally:
        make_app("en")
    assert messages[-1] == "Yannick BLANC a déjà parlé 1 fois (limite 1)"


def test_a_speaker_key_with_nothing_to_do_says_so_in_the_status_bar_not_in_a_dialog(qtbot, window):
    messages = []
    window.run.status.connect(messages.append)
    press(qtbot, window, Qt.Key.Key_X)  # nobody speaks yet
    press(qtbot, window, Qt.Key.Key_R)  # nobody has spoken yet
    assert messages == ["Nobody has the floor", "Nobody has spoken yet in this block"]
    for _ in range(len(queue_names(window)) + 1):  # each in turn, then the last one finishes
        press(qtbot, window, Qt.Key.Key_S)
    press(qtbot, window, Qt.Key.Key_S)  # the list is empty now
    assert messages[-1] == "The list of speakers is empty"
    assert window.interaction.errors == []  # never a dialog for it
