"""The Prepare screen with real widgets: add, edit inline, reorder by keys and by drag, undo."""

from __future__ import annotations

import json

import pytest
from helpers import times, titles
from PySide6.QtCore import QDate, QModelIndex, Qt, QTime
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from sqlalchemy import select as select_

from facilitateur.models import JournalEntry, queries
from facilitateur.ui.actions import ActionId
from facilitateur.ui.app import make_app
from facilitateur.ui.interaction import ScriptedInteraction
from facilitateur.ui.main_window import MainWindow
from facilitateur.ui.prepare.agenda_model import DURATION, END, START, TITLE


@pytest.fixture
def window(qtbot, tmp_path):
    make_app("en")
    w = MainWindow(ScriptedInteraction())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    if w.current is not None:
        w.current.file.close()


@pytest.fixture
def sample_window(window, tmp_path):
    window.open_sample(tmp_path / "sample.facil")
    return window


def tree_of(w):
    return w.prepare.tree


def select(w, title):
    model = w.prepare.model
    for n in model.roots + [c for r in model.roots for c in r.children]:
        if n.block.title == title:
            tree_of(w).select_id(n.id)
            return n
    raise AssertionError(title)


def settle():
    """Let the screen refresh (it does so on the next turn of the event loop)."""
    QApplication.processEvents()


def key(qtbot, w, k, mod=Qt.KeyboardModifier.NoModifier):
    tree_of(w).setFocus()
    qtbot.keyClick(tree_of(w), k, mod)
    settle()


def test_welcome_page_opens_the_sample_day(qtbot, window):
    assert window.pages.currentWidget() is window.welcome
    qtbot.mouseClick(
        window.welcome.findChild(QPushButton, "welcomeSample"), Qt.MouseButton.LeftButton
    )
    assert window.pages.currentWidget() is window.prepare
    assert len(window.prepare.model.roots) == 8
    assert window.windowTitle().startswith("2ème Rencontre des pionniers")


def test_a_new_event_shows_the_empty_state_and_adds_the_first_block(qtbot, window, tmp_path):
    window.interaction.paths.append(tmp_path / "nouveau.facil")
    window.action_map[ActionId.NEW].trigger()
    empty = window.prepare.stack.currentWidget()
    assert empty.objectName() == "agendaEmpty"
    qtbot.mouseClick(empty.findChild(QPushButton, "addFirst"), Qt.MouseButton.LeftButton)
    settle()
    assert titles(window.current.file) == ["New block"]
    assert times(window.current.file)[0] == ("New block", "09:00", "09:30")


def test_a_new_event_after_the_sample_shows_nothing_of_the_sample(qtbot, sample_window, tmp_path):
    """The day box and the block's timer showed the sample's date, label, hours and speaking
    time, greyed, in the new event."""
    w = sample_window
    select(w, "Déjeuner convivial")
    settle()
    assert w.prepare.form.label.text() == "19 janvier 2016"
    w.interaction.paths.append(tmp_path / "nouveau.facil")
    w.action_map[ActionId.NEW].trigger()
    settle()
    form, timer = w.prepare.form, w.prepare.block_timer
    assert form.label.text() == "" and form.date.date() == QDate.currentDate()
    assert (form.opens.time(), form.closes.time()) == (QTime(9, 0), QTime(18, 0))
    minutes = form.speaking.value()  # the new event's own speaking time
    assert timer.speaking.specialValueText() == f"default ({minutes} min)"


def test_the_empty_state_opens_the_sample_day(qtbot, window, tmp_path):
    window.interaction.paths.append(tmp_path / "vide.facil")
    window.action_map[ActionId.NEW].trigger()
    empty = window.prepare.stack.currentWidget()
    qtbot.mouseClick(empty.findChild(QPushButton, "emptySample"), Qt.MouseButton.LeftButton)
    settle()
    assert window.current.file.path != tmp_path / "vide.facil"
    assert len(window.prepare.model.roots) == 8


def test_insert_adds_a_block_after_the_selected_one_and_edits_its_title(qtbot, sample_window):
    w = sample_window
    select(w, "Déjeuner convivial")
    key(qtbot, w, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("Café")  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    settle()
    assert times(w.current.file)[6] == ("Café", "14:00", "14:30")


def test_inline_edit_of_start_keeps_the_duration_and_flags_the_overlap(sample_window):
    w = sample_window
    model = w.prepare.model
    node = select(
        w, "Premiers résultats de l’étude auprès des pionniers sur la co-construction en territoire"
    )
    assert model.setData(model.index_of(node.id, START), "11h20")
    settle()
    assert times(w.current.file)[3][1:] == ("11:20", "11:50")
    assert "overlap" in w.prepare.summary.text()
    w.action_map[ActionId.UNDO].trigger()
    settle()
    assert times(w.current.file)[3][1:] == ("11:30", "12:00")
    assert "overlap" not in w.prepare.summary.text()


def test_a_typed_duration_is_sent_as_minutes_and_the_command_sets_the_end(qtbot, sample_window):
    """Typing a duration (F2, keys, Return) sends the minutes; the end is the command's rule
    (as through replay), one undo step; past midnight is refused with the command's reason."""
    w = sample_window
    model = w.prepare.model
    node = select(w, "Déjeuner convivial")  # 12:15–14:00

    def type_duration(text: str) -> None:
        tree_of(w).setCurrentIndex(model.index_of(node.id, DURATION))
        key(qtbot, w, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        settle()

    type_duration("1h30")
    assert times(w.current.file)[5] == ("Déjeuner convivial", "12:15", "13:45")
    with w.current.file.session() as s:  # sent as intent: the minutes, not an end
        entry = s.scalars(select_(JournalEntry).order_by(JournalEntry.seq.desc())).first()
        assert (entry.cmd, json.loads(entry.args)["minutes"]) == ("block.update", 90)
        assert "end" not in json.loads(entry.args)
    w.action_map[ActionId.UNDO].trigger()
    settle()
    assert times(w.current.file)[5] == ("Déjeuner convivial", "12:15", "14:00")
    type_duration("12h")
    assert w.interaction.errors[-1][1] == "This pushes “Déjeuner convivial” past midnight"
    assert times(w.current.file)[5] == ("Déjeuner convivial", "12:15", "14:00")


def test_a_new_block_starts_when_the_chosen_one_ends_and_is_one_undo_step(sample_window):
    w = sample_window
    before = times(w.current.file)
    select(w, "Déjeuner convivial")
    w.action_map[ActionId.ADD_BLOCK].trigger()
    settle()
    after = times(w.current.file)
    assert after[6] == ("New block", "14:00", "14:30")  # after lunch (12:15–14:00), 30 min
    assert after[:6] + after[7:] == before
    w.action_map[ActionId.UNDO].trigger()  # one action, one undo step
    settle()
    assert times(w.current.file) == before


def test_a_bad_time_is_refused_with_a_message(sample_window):
    w = sample_window
    model = w.prepare.model
    node = select(w, "Déjeuner convivial")
    assert not model.setData(model.index_of(node.id, END), "25h")
    assert w.interaction.errors[-1][1] == "“25h” is not a time of day (e.g. 9:15 or 14h30)"
    assert not model.setData(model.index_of(node.id, DURATION), "long")
    assert "“long” is not a duration" in w.interaction.errors[-1][1]
    assert not model.setData(model.index_of(node.id, START), "23:30")  # keeps its 1 h 45
    assert w.interaction.errors[-1][1] == "This pushes “Déjeuner convivial” past midnight"
    assert times(w.current.file)[5] == ("Déjeuner convivial", "12:15", "14:00")


def test_alt_arrows_reorder_and_undo_restores(qtbot, sample_window):
    w = sample_window
    before = titles(w.current.file)
    select(w, "L’animation de la co-construction en territoire")
    key(qtbot, w, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    after = titles(w.current.file)
    assert after[1] == "L’animation de la co-construction en territoire"
    assert times(w.current.file)[1][1:] == ("09:15", "10:15")
    assert tree_of(w).current_id() == w.prepare.model.roots[1].id  # selection follows
    key(qtbot, w, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(w.current.file) == before
    key(qtbot, w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(w.current.file) == after
    key(
        qtbot,
        w,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert titles(w.current.file) == before


def test_alt_right_makes_a_segment_and_alt_left_a_block_again(qtbot, sample_window):
    w = sample_window
    select(w, "Conclusion de la matinée")
    key(qtbot, w, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert "Conclusion de la matinée" not in titles(w.current.file)
    premiers = w.prepare.model.roots[3]
    assert tree_of(w).current_id() == premiers.children[0].id
    assert [c.block.title for c in premiers.children] == ["Conclusion de la matinée"]
    key(qtbot, w, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert titles(w.current.file)[4] == "Conclusion de la matinée"


def test_drag_and_drop_moves_a_block_through_a_command(qtbot, sample_window):
    w = sample_window
    model = w.prepare.model
    lunch = select(w, "Déjeuner convivial")
    data = model.mimeData([model.index_of(lunch.id, TITLE)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: titles(w.current.file)[0] == "Déjeuner convivial")
    settle()
    # Dropping a block onto another makes it a segment of that block.
    welcome = model.roots[1]
    data = model.mimeData([model.index_of(model.roots[0].id, TITLE)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index_of(welcome.id, 0))
    qtbot.waitUntil(lambda: titles(w.current.file)[0] == "Mot d’accueil")
    settle()
    assert [c.block.title for c in model.roots[0].children] == ["Déjeuner convivial"]


def test_a_block_with_segments_cannot_be_dropped_into_another(sample_window):
    model = sample_window.prepare.model
    panel, talk = model.roots[1], model.roots[3]
    data = model.mimeData([model.index_of(panel.id, TITLE)])
    assert not model.canDropMimeData(
        data, Qt.DropAction.MoveAction, -1, 0, model.index_of(talk.id, 0)
    )


def test_delete_asks_when_the_block_has_speakers_and_undo_brings_it_back(qtbot, sample_window):
    w = sample_window
    select(w, "Mot d’accueil")
    w.interaction.confirmations.append(False)
    key(qtbot, w, Qt.Key.Key_Delete)
    assert titles(w.current.file)[0] == "Mot d’accueil"
    w.interaction.confirmations.append(True)
    key(qtbot, w, Qt.Key.Key_Delete)
    assert titles(w.current.file)[0] == "La diversité des enjeux des territoires"
    w.action_map[ActionId.UNDO].trigger()
    assert titles(w.current.file)[0] == "Mot d’accueil"


def test_event_details_are_saved_as_commands(qtbot, sample_window):
    w = sample_window
    title = w.prepare.form.title
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Rencontre 2016")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    settle()
    with w.current.file.session() as s:
        assert queries.the_event(s).title == "Rencontre 2016"
    assert w.windowTitle() == "Rencontre 2016 — Facilitateur"


def test_a_second_day_gets_its_own_tab_and_agenda(qtbot, sample_window):
    w = sample_window
    w.action_map[ActionId.ADD_DAY].trigger()
    settle()
    assert w.prepare.day_tabs.count() == 2 and w.prepare.day_tabs.currentIndex() == 1
    assert w.prepare.stack.currentWidget().objectName() == "agendaEmpty"
    with w.current.file.session() as s:
        assert [d.date.isoformat() for d in queries.days(s)] == ["2016-01-19", "2016-01-20"]
    w.prepare.day_tabs.setCurrentIndex(0)
    assert len(w.prepare.model.roots) == 8


def test_opening_a_file_that_is_not_an_event_says_why(window, tmp_path):
    bad = tmp_path / "programme.facil"
    bad.write_text("9h Accueil")
    window.interaction.paths.append(bad)
    window.action_map[ActionId.OPEN].trigger()
    assert "not an SQLite database" in window.interaction.errors[-1][1]
    assert window.pages.currentWidget() is window.welcome


def test_save_a_copy_and_open_recent(sample_window, tmp_path):
    w = sample_window
    target = tmp_path / "copie.facil"
    w.interaction.paths.append(target)
    w.action_map[ActionId.SAVE_COPY].trigger()
    assert target.exists()
    w.open_path(target)
    assert w.recent_paths()[:2] == [target.resolve(), (tmp_path / "sample.facil").resolve()]
    w.recent_menu.aboutToShow.emit()
    assert [a.text() for a in w.recent_menu.actions()][:2] == ["copie.facil", "sample.facil"]


def test_a_block_gets_its_own_timer_mode_and_thresholds(qtbot, sample_window):
    from facilitateur.models.agenda.model import AgendaBlock

    w = sample_window
    node = select(w, "Déjeuner convivial")
    settings = w.prepare.block_timer
    assert settings.isEnabled() and settings.warning.text().startswith("default (2 min)")
    settings.mode.setCurrentIndex(settings.mode.findData("target"))
    settings.mode.activated.emit(settings.mode.currentIndex())
    settings.warning.setValue(10)
    settings.warning.editingFinished.emit()
    settle()
    with w.current.file.session() as s:
        block = s.get(AgendaBlock, node.id)
        assert (block.timer_mode, block.warning_seconds, block.danger_seconds) == (
            "target",
            600,
            None,
        )


def test_a_block_gets_its_own_speaking_time(qtbot, sample_window):
    from facilitateur.models.agenda.model import AgendaBlock

    w = sample_window
    node = select(w, "La diversité des enjeux des territoires")
    box = w.prepare.block_timer.speaking
    assert box.text().startswith("default (5 min)")
    box.setValue(4)
    box.editingFinished.emit()
    settle()
    with w.current.file.session() as s:
        assert s.get(AgendaBlock, node.id).speaker_seconds == 240


def test_a_day_without_a_date_says_so_and_keeps_none_when_its_label_changes(
    qtbot, window, tmp_path
):
    """A programme gave no date: the day's date reads "no date" (it showed today's), and
    changing the day's label does not give it today's date."""
    from facilitateur.models import queries

    window.open_path(tmp_path / "sans-date.facil", create=True)
    window.current.commands.program_import(text="9h Accueil\n10h Atelier\n")
    settle()
    form = window.prepare.form
    assert form.date.text() == "no date"
    form.label.setFocus()
    form.label.selectAll()
    qtbot.keyClicks(form.label, "Samedi")
    qtbot.keyClick(form.label, Qt.Key.Key_Return)
    settle()
    with window.current.file.session() as s:
        (day,) = queries.days(s)
        assert (day.label, day.date) == ("Samedi", None)
    form.date.setFocus()
    qtbot.keyClick(form.date, Qt.Key.Key_Up)  # from "no date", a step starts at today
    assert form.date.date() == QDate.currentDate()


def test_a_day_of_the_last_century_keeps_its_date(qtbot, window, tmp_path):
    window.open_path(tmp_path / "1998.facil", create=True)
    window.current.commands.program_import(
        programme={"days": [{"date": "1998-06-06", "blocks": [{"title": "Accueil"}]}]}
    )
    settle()
    assert window.prepare.form.date.date() == QDate(1998, 6, 6)
