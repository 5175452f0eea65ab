"""The Open Space screen with real widgets: marketplace, drag and drop, keyboard, reports,
report-back, convergence, the suggestion and the printed board."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers import cell_of
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableWidgetItem
from sqlalchemy import select

from facilitateur.clock import FakeClock
from facilitateur.models.notes.model import Note
from facilitateur.models.openspace.board import read_board
from facilitateur.models.storage.replay import replay
from facilitateur.ui.actions import ActionId
from facilitateur.ui.app import make_app
from facilitateur.ui.interaction import ScriptedInteraction
from facilitateur.ui.main_window import MainWindow

PARIS = ZoneInfo("Europe/Paris")
FORUM = Path(__file__).parent / "fixtures" / "forum-ouvert.jsonl"


@pytest.fixture
def window(qtbot, tmp_path):
    make_app("en")
    clock = FakeClock(datetime(2016, 1, 19, 14, 40, tzinfo=PARIS))
    w = MainWindow(ScriptedInteraction(), clock)
    qtbot.addWidget(w)
    w.open_sample(tmp_path / "sample.facil")
    replay(w.current.file, FORUM.read_text(encoding="utf-8").splitlines())
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.show_screen(ActionId.SCREEN_OPEN_SPACE)
    w.open_space.refresh()
    QApplication.processEvents()
    yield w
    w.run.stage.close()
    w.current.file.close()


def board(w):
    with w.current.file.session() as s:
        return read_board(s)


def cell(w, title):
    return cell_of(board(w), title)


def drop(view, data: QMimeData, index=None) -> None:
    """Deliver a drag's enter, move and drop to a view, as the mouse would."""
    target = view.viewport()
    pos = view.visualRect(index).center() if index is not None else QPoint(10, 10)
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(pos, actions, data, buttons, mods),
        QDragMoveEvent(pos, actions, data, buttons, mods),
        QDropEvent(pos.toPointF(), actions, data, buttons, mods),
    ):
        QApplication.sendEvent(target, event)
    QApplication.processEvents()


def test_the_board_shows_rooms_slots_cards_and_conflicts(window):
    os = window.open_space
    assert os.model.columnCount() == 6 and os.model.rowCount() == 3
    assert os.market.model.rowCount() == 8
    kinds = {c.kind for c in os.model.conflicts}
    assert {"convener", "double", "capacity"} <= kinds
    texts = [os.conflicts.item(i).text() for i in range(os.conflicts.count())]
    assert any("Claire Dubois convenes two workshops at 2:40–3:25\u00a0PM" in t for t in texts)
    assert "24 topics · 16 placed · 7 conflicts" in os.summary.text()


def test_drag_from_the_list_to_a_cell_between_cells_and_back(window, qtbot):
    os = window.open_space
    list_model = os.market.model
    row = next(i for i, t in enumerate(list_model.topics) if t.title == "Habitat inclusif")
    data = list_model.mimeData([list_model.index(row)])
    free = os.model.index(1, 0)  # Grand auditorium, 15:30 is free
    drop(os.view, data, free)
    assert cell(window, "Habitat inclusif") == ("Grand auditorium", "15:30–16:15")
    # Between cells: onto an occupied cell, the two swap.
    data = os.model.mimeData([os.model.index_of(board(window).topics[15].id)])
    target = os.model.index_of(
        next(t.id for t in board(window).topics if t.title.startswith("Santé"))
    )
    drop(os.view, data, target)
    assert cell(window, "Habitat inclusif") == ("Salle Colbert", "16:20–17:05")
    assert cell(window, "Santé et territoires fragiles") == ("Grand auditorium", "15:30–16:15")
    # Back to the list.
    data = os.model.mimeData([os.model.index_of(board(window).topics[15].id)])
    drop(os.market.list, data)
    assert cell(window, "Habitat inclusif") is None
    window.current.undo()
    assert cell(window, "Habitat inclusif") == ("Salle Colbert", "16:20–17:05")


def test_the_keyboard_path_picks_moves_and_puts_down(window, qtbot):
    os = window.open_space
    lst = os.market.list
    lst.setFocus()
    row = next(
        i for i, t in enumerate(os.market.model.topics) if t.title == "Culture et lien social"
    )
    lst.setCurrentIndex(os.market.model.index(row))
    qtbot.keyClick(lst, Qt.Key.Key_Return)
    assert os.view.carrying is not None and os.view.hasFocus()
    os.view.setCurrentIndex(os.model.index(2, 5))  # Terrasse, 16:20 (free)
    qtbot.keyClick(os.view, Qt.Key.Key_Left)
    qtbot.keyClick(os.view, Qt.Key.Key_Right)
    qtbot.keyClick(os.view, Qt.Key.Key_Return)
    assert cell(window, "Culture et lien social") == ("Terrasse", "16:20–17:05")
    assert os.view.carrying is None
    # Pick it up again, move up one slot onto a card: they swap.
    qtbot.keyClick(os.view, Qt.Key.Key_Return)
    qtbot.keyClick(os.view, Qt.Key.Key_Up)
    qtbot.keyClick(os.view, Qt.Key.Key_Return)
    assert cell(window, "Culture et lien social") == ("Terrasse", "15:30–16:15")
    assert cell(window, "Jeunes et engagement citoyen") == ("Terrasse", "16:20–17:05")
    # Esc cancels a move; Del sends the card back to the list.
    qtbot.keyClick(os.view, Qt.Key.Key_Return)
    qtbot.keyClick(os.view, Qt.Key.Key_Down)
    qtbot.keyClick(os.view, Qt.Key.Key_Escape)
    assert cell(window, "Culture et lien social") == ("Terrasse", "15:30–16:15")
    os.view.select_topic(next(t.id for t in board(window).topics if t.title.startswith("Culture")))
    qtbot.keyClick(os.view, Qt.Key.Key_Delete)
    assert cell(window, "Culture et lien social") is None


def test_fast_entry_adds_and_clears_and_keeps_the_focus(window, qtbot):
    m = window.open_space.market
    m.title.setFocus()
    for title, who in (("Tiers-lieux ruraux", "Marie Noël"), ("Épargne solidaire", "")):
        m.title.setText(title)
        m.convener.setText(who)
        qtbot.keyClick(m.title, Qt.Key.Key_Return)
        assert m.title.text() == "" and m.convener.text() == ""
        assert QApplication.focusWidget() is m.title
    titles = [t.title for t in board(window).topics]
    assert titles[-2:] == ["Tiers-lieux ruraux", "Épargne solidaire"]
    assert "To place: 10 of 26" in m.count.text()


def test_the_report_is_saved_as_typed_and_next_steps_become_actions(window, qtbot):
    os = window.open_space
    os.tabs.setCurrentWidget(os.reports)
    tab = os.reports
    row = next(
        i for i in range(tab.list.count()) if tab.list.item(i).text().startswith("Bénévolat")
    )
    tab.list.setCurrentRow(row)
    form = tab.form
    assert form.isEnabled() and "Bénévolat" in form.heading.text()
    form.key_points.setPlainText("Des compétences rares\nDes associations demandeuses")
    form.proposals.setPlainText("Une bourse aux compétences")
    form.steps.insertRow(0)
    form.steps.setItem(0, 0, QTableWidgetItem("Lancer la bourse"))
    form.steps.setItem(0, 1, QTableWidgetItem("Sophie Martin"))
    form.steps.setItem(0, 2, QTableWidgetItem("15/03/2016"))
    qtbot.waitUntil(lambda: not form.timer.isActive(), timeout=2000)
    t = next(t for t in board(window).topics if t.title.startswith("Bénévolat"))
    assert t.report == "draft"
    with window.current.file.session() as s:
        action = s.scalars(select(Note).where(Note.topic_id == t.id)).one()
    assert (action.kind, action.text, action.owner, action.due.isoformat()) == (
        "action",
        "Lancer la bourse",
        "Sophie Martin",
        "2016-03-15",
    )
    form.status.setCurrentIndex(form.status.findData("done"))
    assert next(x for x in board(window).topics if x.id == t.id).report == "done"
    assert "1 done" not in tab.summary.text() and "2 done" in tab.summary.text()


def test_report_back_shows_each_group_on_the_stage_with_its_timer(window, qtbot):
    window.action_map[ActionId.OS_REPORT_BACK].trigger()
    rb = window.open_space.report_back
    assert window.open_space.tabs.currentWidget() is rb
    assert rb.digits.text() == ""  # nothing called yet: no timer (a giant dash drew a bar)
    rb.on_stage.setChecked(True)
    stage = window.run.stage
    assert stage.isVisible() and stage.report_back
    qtbot.keyClick(rb, Qt.Key.Key_PageDown)
    assert stage.speaker.text() == rb.groups[0].title
    assert stage.digits.text() == "3:00"
    window.clock.advance(200)
    rb.refresh()
    assert stage.digits.text() == "+0:20" and "OVERTIME" in stage.phase.text()
    qtbot.keyClick(rb, Qt.Key.Key_PageDown)
    assert stage.title.text().startswith("Report-back 2/16")
    assert stage.digits.text() == "3:00"
    qtbot.keyClick(rb, Qt.Key.Key_Space)
    window.clock.advance(30)
    rb.refresh()
    assert stage.digits.text() == "3:00"  # paused
    rb.stop()
    assert not stage.report_back


def test_convergence_ranks_proposals_by_dots(window, qtbot):
    os = window.open_space
    os.tabs.setCurrentWidget(os.convergence)
    table = os.convergence.table
    assert table.rowCount() == 3
    last = table.item(2, 2).text()
    table.setFocus()
    table.selectRow(2)
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_Plus)
    assert table.item(0, 2).text() == last and table.item(0, 1).text() == "3"
    assert os.convergence.current_id() is not None and table.currentRow() == 0


def test_suggest_previews_and_applies_as_one_undoable_command(window, qtbot):
    os = window.open_space
    before = board(window)
    kept = dict(before.placed)  # placed by hand, conflicts included

    errors = []

    def apply():
        dialog = QApplication.activeModalWidget()
        try:
            check(dialog)
        except Exception as e:  # said after the dialog is closed (a modal left open hangs)
            errors.append(e)
            dialog.reject()

    def check(dialog):
        assert dialog.objectName() == "suggestDialog"
        summary = dialog.findChild(QLabel, "suggestSummary")
        assert "Score" not in summary.text()
        assert dialog.keep.isChecked()  # cards arranged by hand are kept by default
        assert "conflicts left on the board" in summary.text()
        kept_text = summary.text()
        dialog.keep.setFocus()
        qtbot.keyClick(dialog.keep, Qt.Key.Key_Space)  # everything may move: solved again
        assert summary.text() != kept_text and "conflicts removed" in summary.text()
        qtbot.keyClick(dialog.keep, Qt.Key.Key_Space)
        assert dialog.keep.isChecked()
        qtbot.keyClick(dialog.keep, Qt.Key.Key_Return)  # Enter applies, wherever the focus is
        assert dialog.result() == dialog.DialogCode.Accepted

    QTimer.singleShot(0, apply)
    os.suggest()
    assert not errors, errors
    after = board(window)
    assert {t: after.placed[t] for t in kept} == kept  # kept means kept
    assert len(after.placed) == 19  # 16 kept (two share a cell) and the 3 free cells filled
    window.current.undo()
    assert len(board(window).placed) == 16


def test_setup_dialog_adds_a_room_and_generates_slots(window, qtbot):
    def work():
        d = QApplication.activeModalWidget()
        d._add_room()
        d.rooms.item(d.rooms.rowCount() - 1, 0).setText("Bibliothèque")
        for s in list(d.board.slots):
            d.run("slot.remove", {"slot": str(s.id)})
        d.refresh()
        d.start.setText("14:30")
        d.end.setText("17:30")
        d.minutes.setValue(50)
        d.gap.setValue(10)
        d._generate()
        d.reject()

    QTimer.singleShot(0, work)
    window.open_space.setup()
    b = board(window)
    assert b.rooms[-1].name == "Bibliothèque"
    assert [s.hours for s in b.slots] == ["14:30–15:20", "15:30–16:20", "16:30–17:20"]


def test_print_the_board_writes_the_a3_grid_and_a4_signs(window, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "tableau.pdf"
    window.interaction.paths.append(out)
    window.action_map[ActionId.OS_PRINT].trigger()
    grid = PdfReader(out)
    assert len(grid.pages) == 1
    box = grid.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)  # A3 landscape
    text = " ".join(grid.pages[0].extract_text().split())
    assert "Grand auditorium" in text and "Financer" in text
    signs = PdfReader(tmp_path / "tableau-rooms.pdf")  # beside it, named in English
    assert len(signs.pages) == 6
    assert "Terrasse" in signs.pages[5].extract_text()
    assert "Gouvernance partagée" in signs.pages[5].extract_text()


def test_the_report_form_shows_a_change_made_elsewhere_but_never_disturbs_typing(window, qtbot):
    os = window.open_space
    os.tabs.setCurrentWidget(os.reports)
    tab, event = os.reports, window.current
    row = next(
        i for i in range(tab.list.count()) if tab.list.item(i).text().startswith("Bénévolat")
    )
    tab.list.setCurrentRow(row)
    form = tab.form
    form.key_points.setPlainText("Des compétences rares")
    form.proposals.setPlainText("Une bourse aux compétences")
    form.steps.insertRow(0)
    form.steps.setItem(0, 0, QTableWidgetItem("Lancer la bourse"))
    form.steps.setItem(0, 2, QTableWidgetItem("15/03/2016"))
    qtbot.waitUntil(lambda: not form.timer.isActive(), timeout=2000)
    loads = []
    original = form.load
    form.load = lambda *a, **k: (loads.append(1), original(*a, **k))
    event.run("note.add", {"block": "#1", "text": "Une note à la tribune"})
    QApplication.processEvents()
    assert loads == []  # what is shown is what is stored: nothing reloaded

    event.undo()  # the report goes back to what it was before the last save
    QApplication.processEvents()
    event.undo()
    QApplication.processEvents()
    assert form.key_points.toPlainText() == "" and form.proposals.toPlainText() == ""
    assert loads

    form.names.setText("Anne, Paul")  # typing under way (not yet saved) …
    form._changed()
    event.run("report.set", {"topic": str(form.topic), "key_points": "D’ailleurs"})
    QApplication.processEvents()
    assert form.names.text() == "Anne, Paul"  # … is left alone


def test_the_topic_bar_votes_pins_sends_back_and_withdraws_the_card_in_hand(window, qtbot):
    os = window.open_space
    b = board(window)
    card = next(t for t in b.topics if t.id in b.placed and t.id not in b.pinned)
    os.view.select_topic(card.id)
    os.view.setFocus()
    qtbot.keyClick(os.view, Qt.Key.Key_Plus)
    qtbot.keyClick(os.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    after = board(window)
    assert after.topic(card.id).interest == card.interest + 1 and card.id in after.pinned
    actions = {a.text(): a for a in os.topic_bar.actions()}
    actions["Back to the list"].trigger()
    assert card.id not in board(window).placed
    os.market.list.setFocus()  # the card in hand is now the one chosen in the marketplace
    model = os.market.list.model()
    row = next(r for r in range(model.rowCount()) if card.title in str(model.index(r, 0).data()))
    os.market.list.setCurrentIndex(model.index(row, 0))
    assert os.topic() == card.id
    actions["Pin / unpin"].trigger()
    assert "Only a card on the board can be pinned." in window.statusBar().currentMessage()
    actions["Withdraw"].trigger()
    assert card.id not in {t.id for t in board(window).topics}
    window.action_map[ActionId.UNDO].trigger()
    assert card.id in {t.id for t in board(window).topics}


def test_a_board_without_rooms_says_what_it_needs_and_opens_the_setup(qtbot, tmp_path):
    from helpers import sample_window

    w = sample_window(qtbot, tmp_path)
    w.interaction.paths.append(tmp_path / "vide.facil")
    w.action_map[ActionId.NEW].trigger()  # a new event: no rooms, no slots
    w.show()
    w.show_screen(ActionId.SCREEN_OPEN_SPACE)
    QApplication.processEvents()
    empty = w.open_space.board_stack.currentWidget()
    assert empty.objectName() == "openSpaceEmpty"
    assert "needs rooms" in empty.findChild(QLabel).text()
    opened: list[str] = []

    def close_setup() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, close_setup)
            return
        opened.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, close_setup)
    button = empty.findChild(QPushButton, "emptySetup")
    assert button.text() == w.action_map[ActionId.OS_SETUP].text().replace("&", "")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == ["SetupDialog"]
    w.run.stage.close()
    w.current.file.close()
