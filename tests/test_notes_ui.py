"""Capture at the podium and the Notes screen, with real widgets."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from facilitateur.clock import FakeClock
from facilitateur.models.notes.model import Note
from facilitateur.ui.actions import ActionId
from facilitateur.ui.app import make_app
from facilitateur.ui.interaction import ScriptedInteraction
from facilitateur.ui.main_window import MainWindow
from facilitateur.ui.notes.notes_model import STATUS, TEXT

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def window(qtbot, tmp_path):
    make_app("en")
    clock = FakeClock(datetime(2016, 1, 19, 9, 15, tzinfo=PARIS))
    w = MainWindow(ScriptedInteraction(), clock)
    qtbot.addWidget(w)
    w.open_sample(tmp_path / "sample.facil")
    w.current.run("timer.start", {"block": "#2"})
    w.show()
    qtbot.waitExposed(w)
    w.show_screen(ActionId.SCREEN_RUN)
    QApplication.processEvents()
    yield w
    w.run.stage.close()
    w.current.file.close()


def capture(qtbot, w, text):
    line = w.run.capture.line
    line.setText(text)  # QTest types ASCII only
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()


def all_notes(w):
    with w.current.file.session() as s:
        return list(s.query(Note).order_by(Note.created_at))


def test_ctrl_k_captures_a_note_linked_to_the_block_and_the_speaker(qtbot, window):
    window.run.setFocus()
    qtbot.keyClick(window.run, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.run.capture.line
    window.run.capture.author.setText("Julie")
    window.run.capture.author.editingFinished.emit()
    qtbot.keyClick(window.run.capture.line, Qt.Key.Key_S)  # typed in the field, not a podium key
    assert window.run.capture.line.text() == "s"
    window.run.capture.line.clear()
    window.current.run("speaker.next", {"block": "#2"})  # Yannick BLANC has the floor
    QApplication.processEvents()
    capture(qtbot, window, "« Il faut oser la confiance »")
    capture(qtbot, window, "A: Envoyer le compte rendu @Marie avant le 15/03")
    quote, action = all_notes(window)
    assert (quote.kind, quote.text, quote.author) == ("quote", "Il faut oser la confiance", "Julie")
    assert quote.speaker_id is not None and quote.block_id is not None
    assert (action.kind, action.owner, action.status) == ("action", "Marie", "open")
    # Enter hands the keyboard back to the podium, and the podium says what the note became.
    assert QApplication.focusWidget() is window.run and window.run.capture.line.text() == ""
    echo = window.run.note_echo.text()
    assert echo.startswith("✓ Saved as: Action · for Marie · by Mar\u00a015,\u00a0")
    assert echo.endswith("— “Envoyer le compte rendu”")
    assert QSettings().value("notes/author") == "Julie"
    qtbot.keyClick(window.run, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.run.capture.line
    qtbot.keyClick(window.run.capture.line, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.run


def test_the_notes_screen_filters_without_regard_to_accents_kind_or_flag(qtbot, window):
    for args in (
        {"block": "#1", "text": "Résumé de la matinée"},
        {"block": "#2", "kind": "decision", "text": "On crée un comité"},
        {"block": "#2", "text": "Le micro grésille", "internal": True},
    ):
        window.current.run("note.add", args)
    window.show_screen(ActionId.SCREEN_NOTES)
    QApplication.processEvents()
    screen = window.notes
    assert screen.filter.rowCount() == 3
    screen.search.setText("resume")
    assert screen.filter.rowCount() == 1
    assert screen.filter.index(0, TEXT).data() == "Résumé de la matinée"
    screen.search.clear()
    screen.kind.setCurrentIndex(screen.kind.findData("decision"))
    assert screen.filter.rowCount() == 1
    screen.kind.setCurrentIndex(0)
    screen.internal.setCurrentIndex(screen.internal.findData(False))
    assert screen.filter.rowCount() == 2
    assert "3 notes" in screen.count.text()


def test_edit_in_place_the_action_list_and_delete_with_undo(qtbot, window):
    window.current.run(
        "note.add", {"block": "#2", "kind": "action", "text": "Appeler la mairie", "owner": "Léa"}
    )
    window.show_screen(ActionId.SCREEN_NOTES)
    QApplication.processEvents()
    screen = window.notes
    index = screen.filter.index(0, TEXT)
    assert screen.filter.setData(index, "Appeler la mairie de Lyon")
    QApplication.processEvents()
    screen.tabs.setCurrentIndex(1)
    actions = screen.actions_filter
    assert actions.rowCount() == 1
    assert actions.setData(
        actions.index(0, STATUS), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    QApplication.processEvents()
    (note,) = all_notes(window)
    assert (note.text, note.status) == ("Appeler la mairie de Lyon", "done")
    screen.action_table.setCurrentIndex(actions.index(0, TEXT))
    screen.delete_selected()
    QApplication.processEvents()
    assert all_notes(window) == []
    window.action_map[ActionId.UNDO].trigger()
    assert len(all_notes(window)) == 1


def test_a_notes_context_menu_moves_it_names_its_speaker_and_makes_it_internal(qtbot, window):
    from facilitateur.ui.notes.note_menu import NoteMenu

    window.current.run("note.add", {"block": "#2", "text": "À reprendre"})
    window.show_screen(ActionId.SCREEN_NOTES)
    QApplication.processEvents()
    screen = window.notes
    screen.table.setCurrentIndex(screen.filter.index(0, TEXT))

    def menu() -> dict:
        row = screen._selected(screen.table)
        m = NoteMenu(screen._run, window.current.file, row, screen.delete_action, screen)
        items = {a.text(): a for a in m.actions()}
        for sub in (a.menu() for a in m.actions() if a.menu()):
            items |= {f"{sub.title()}/{a.text().strip()}": a for a in sub.actions()}
        return items

    blocks = [k for k in menu() if k.startswith("Move to/")]
    assert len(blocks) >= 10  # every block and segment of the day
    menu()[blocks[0]].trigger()
    people = [k for k in menu() if k.startswith("Speaker/") and k != "Speaker/(nobody)"]
    menu()[people[0]].trigger()
    menu()["Make internal (moderator only)"].trigger()
    QApplication.processEvents()
    (note,) = all_notes(window)
    assert note.internal and note.speaker_id is not None
    with window.current.file.session() as s:
        from facilitateur.models import queries

        first = queries.top_blocks(s, queries.days(s)[0].id)[0]
    assert note.block_id == first.id
    assert "Make public" in menu()
    menu()["Delete the note"].trigger()
    assert all_notes(window) == []


def test_the_editor_saves_half_a_second_after_typing_and_on_focus_out(qtbot, window):
    window.show_screen(ActionId.SCREEN_NOTES)
    QApplication.processEvents()
    editor = window.notes.editor
    window.notes.capture.author.setText("Julie")
    window.notes.new_note()
    qtbot.keyClicks(editor.text, "Synthese de la table ronde")
    assert all_notes(window) == []  # not yet: the last keystroke was just now
    qtbot.wait(700)
    (note,) = all_notes(window)
    assert (note.text, note.author) == ("Synthese de la table ronde", "Julie")
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text, " ")
    editor._bold()
    qtbot.keyClicks(editor.text, "importante")
    window.notes.search.setFocus()  # leaving the editor saves at once
    QApplication.processEvents()
    (note,) = all_notes(window)
    assert note.text == "Synthese de la table ronde **importante**"  # simple markup for the PDF


def test_closing_the_window_saves_what_is_being_typed(qtbot, window):
    window.show_screen(ActionId.SCREEN_NOTES)
    window.notes.new_note()
    qtbot.keyClicks(window.notes.editor.text, "Derniers mots")
    path = window.current.file.path
    window.close()
    from facilitateur.models.storage.store import EventFile

    ef = EventFile.open(path)
    with ef.session() as s:
        assert [n.text for n in s.query(Note)] == ["Derniers mots"]
    ef.close()


def test_file_merge_brings_another_laptops_notes_and_asks_about_differences(
    qtbot, window, tmp_path
):

    from facilitateur.models.storage.store import EventFile

    window.current.run("note.add", {"block": "#1", "text": "Commune"})
    QApplication.processEvents()
    other_path = tmp_path / "atelier.facil"
    window.current.file.save_copy(other_path)
    (note,) = all_notes(window)
    other = EventFile.open(other_path, window.clock)
    window.clock.advance(60)
    other.execute("note.update", {"note": str(note.id), "text": "Commune (atelier)"})
    other.execute("note.add", {"block": "#2", "kind": "decision", "text": "Décision de l’atelier"})
    other.close()
    window.current.run("note.update", {"note": str(note.id), "text": "Commune (salle)"})
    window.interaction.paths.append(other_path)
    window.interaction.choices.append(set())  # keep ours
    window.action_map[ActionId.MERGE].trigger()
    (plan,) = window.interaction.seen_plans
    assert [d.label for d in plan.differences] == ["Commune (atelier)"]
    assert sorted(n.text for n in all_notes(window)) == ["Commune (salle)", "Décision de l’atelier"]
    window.interaction.paths.append(other_path)
    window.interaction.choices.append(
        {str(note.id)}
    )  # a second time: only the difference is asked again
    window.action_map[ActionId.MERGE].trigger()
    assert [d.label for d in window.interaction.seen_plans[1].differences] == ["Commune (atelier)"]
    assert window.interaction.seen_plans[1].count_new("note") == 0

    assert sorted(n.text for n in all_notes(window)) == [
        "Commune (atelier)",
        "Décision de l’atelier",
    ]


def test_the_capture_line_is_saved_as_it_is_typed(qtbot, window):
    line = window.run.capture.line
    line.setFocus()
    qtbot.keyClicks(line, "A: appeler la mairie @Lea")
    assert all_notes(window) == []
    qtbot.wait(700)  # half a second after the first keystroke, before any Enter
    (note,) = all_notes(window)
    assert (note.kind, note.text, note.owner) == ("action", "appeler la mairie", "Lea")
    qtbot.keyClicks(line, " avant le 15/03")
    qtbot.wait(700)
    (note,) = all_notes(window)
    assert note.due is not None and note.due.month == 3
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)  # erased: the draft goes too
    qtbot.wait(700)
    assert all_notes(window) == []


def test_a_hidden_notes_screen_reads_the_notes_only_when_shown(qtbot, window):
    screen = window.notes
    assert not screen.isVisible()
    window.current.run("note.add", {"block": "#1", "text": "Pendant l’animation"})
    QApplication.processEvents()
    assert screen._stale and all(r.text != "Pendant l’animation" for r in screen.model.rows)
    window.show_screen(ActionId.SCREEN_NOTES)
    QApplication.processEvents()
    assert [r.text for r in screen.model.rows] == ["Pendant l’animation"]


def test_a_note_still_being_typed_goes_into_the_synthesis_exported_at_once(qtbot, window, tmp_path):
    from pypdf import PdfReader

    line = window.run.capture.line
    line.setText("D: garder la salle Vauban")  # typed; its half-second autosave not yet due
    line.textEdited.emit(line.text())
    assert window.run.capture.timer.isActive()
    out = tmp_path / "synthese.pdf"
    window.interaction.paths.append(out)
    window.action_map[ActionId.EXPORT_PDF].trigger()
    qtbot.waitUntil(lambda: window.exports.job is None, timeout=60_000)
    text = "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert "garder la salle Vauban" in text


def test_the_notes_screen_follows_each_note_without_reading_them_all(qtbot, window):
    window.show_screen(ActionId.SCREEN_NOTES)
    QApplication.processEvents()
    screen, event = window.notes, window.current
    reloads = []
    original = screen.reload
    screen.reload = lambda: (reloads.append(1), original())

    def texts():
        return [r.text for r in screen.model.rows]

    added = event.run("note.add", {"block": "#2", "text": "Première idée"})
    QApplication.processEvents()
    note = added.result["id"]
    assert "Première idée" in texts()
    event.run("note.update", {"note": note, "text": "Première idée, précisée"})
    QApplication.processEvents()
    assert "Première idée, précisée" in texts() and "Première idée" not in texts()
    event.undo()
    event.undo()  # the note is gone again
    QApplication.processEvents()
    assert not [t for t in texts() if t.startswith("Première idée")]
    assert reloads == []  # row by row
    assert screen.count.text().startswith(f"Showing {len(texts())} of {len(texts())} notes")

    event.run("block.update", {"block": "#2", "title": "Table ronde élargie"})
    event.run("note.add", {"block": "#2", "text": "Après le changement de titre"})
    QApplication.processEvents()
    assert reloads == [1]  # a block renamed: every place is read again
    row = next(r for r in screen.model.rows if r.text == "Après le changement de titre")
    assert row.place.startswith("Table ronde élargie")


def test_the_notes_are_read_when_their_screen_is_first_shown(qtbot, tmp_path):
    from helpers import sample_window

    w = sample_window(qtbot, tmp_path)
    w.current.run("note.add", {"block": "#1", "text": "Déjà là"})
    w.show()
    qtbot.waitExposed(w)
    assert w.notes.model.rows == []  # opening the file did not wait for the notes
    w.show_screen(ActionId.SCREEN_NOTES)
    QApplication.processEvents()
    assert [r.text for r in w.notes.model.rows] == ["Déjà là"]
    w.current.file.close()


def test_a_note_with_a_list_reads_on_one_line_in_the_table(qtbot, window):
    text = "Jouer collectif :\n\n- les *clubs d’entreprises*\n- les **chambres** consulaires"
    window.current.run("note.add", {"block": "#1", "text": text})
    window.show_screen(ActionId.SCREEN_NOTES)
    QApplication.processEvents()
    shown = window.notes.filter.index(0, TEXT).data()
    assert shown == "Jouer collectif : · les clubs d’entreprises · les chambres consulaires"


def test_a_deadline_without_its_year_counts_from_the_meetings_day_on_every_screen(qtbot, window):
    """The sample day is 19 January 2016: `15/03` typed on the podium, in the Notes screen
    (whose clock is the machine's, years later) or in a workshop's next steps is 15 March 2016,
    never the next 15 March after the day it is typed up."""
    capture(qtbot, window, "A: Envoyer le compte rendu @Marie avant le 15/03")
    line = window.notes.capture.line
    line.setText("A: Relancer la mairie @Paul avant le 15/03")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()
    podium, notes = all_notes(window)[-2:]
    assert (podium.owner, podium.due) == ("Marie", date(2016, 3, 15))
    assert (notes.owner, notes.due) == ("Paul", date(2016, 3, 15))


def test_the_meetings_day_is_today_while_it_runs_its_first_day_before_its_last_after(
    event_file,
):
    from facilitateur.models.agenda.read import deadline_day, event_dates

    ef = event_file
    assert deadline_day(event_dates(ef), date(2030, 5, 5)) == date(2030, 5, 5)  # no date: today
    ef.execute("day.add", {"date": "2016-01-20", "start": "09:00", "end": "18:00"})
    ef.execute("day.add", {"date": "2016-01-19", "start": "09:00", "end": "18:00"})
    days = event_dates(ef)
    assert days == (date(2016, 1, 19), date(2016, 1, 20))
    assert deadline_day(days, date(2015, 12, 1)) == date(2016, 1, 19)
    assert deadline_day(days, date(2016, 1, 20)) == date(2016, 1, 20)
    assert deadline_day(days, date(2026, 11, 27)) == date(2016, 1, 20)


def test_a_deadline_is_typed_in_the_action_list_as_people_write_it(qtbot, window):
    """The deadline's cell takes what the podium takes (`Friday`, `15/03`, nothing for none),
    counted from the meeting's day; a text that is no date keeps the editor open in red on
    Return, and leaving it anyway says that the deadline did not change."""
    from PySide6.QtWidgets import QLineEdit

    from facilitateur.ui.notes.notes_model import DUE

    window.current.run(
        "note.add", {"block": "#2", "kind": "action", "text": "Appeler la mairie", "owner": "Léa"}
    )
    window.show_screen(ActionId.SCREEN_NOTES)
    screen = window.notes
    screen.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    table, said = screen.action_table, []
    screen.status.connect(said.append)

    def type_in_due(keys: str, end=Qt.Key.Key_Return) -> QLineEdit:
        table.setFocus()
        table.setCurrentIndex(screen.actions_filter.index(0, DUE))
        qtbot.keyClick(table, Qt.Key.Key_F2)
        (editor,) = (e for e in table.findChildren(QLineEdit, "dueEditor") if e.isVisible())
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
        qtbot.keyClicks(editor, keys)
        if end is not None:
            qtbot.keyClick(editor, end)
        QApplication.processEvents()
        return editor

    type_in_due("Friday")
    assert all_notes(window)[0].due == date(2016, 1, 22)  # the sample day is Tuesday 19/01/2016
    type_in_due("15/03")
    assert all_notes(window)[0].due == date(2016, 3, 15)
    editor = type_in_due("next moon")
    assert table.state() == table.State.EditingState  # Return did not take it
    assert "Not a date" in editor.toolTip()
    table.setCurrentIndex(screen.actions_filter.index(0, TEXT))  # leaving the cell anyway
    QApplication.processEvents()
    assert all_notes(window)[0].due == date(2016, 3, 15)
    assert said and said[-1].startswith("“next moon” is not a date: the deadline was not changed")
    type_in_due("")
    assert all_notes(window)[0].due is None


def test_the_time_of_a_save_is_the_podiums_in_the_events_zone(qtbot, window, monkeypatch):
    """The window's clock says 9:15 in Paris, 8:15 on this laptop set to UTC: a save is said
    at 9:15, as the podium's clock says the time, whatever the zone of the machine."""
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        window.current.run("event.set", {"venue": "Salle des fêtes"})
        QApplication.processEvents()
        assert window.statusBar().currentMessage() == "Saved at 9:15\u00a0AM"
    finally:
        monkeypatch.undo()
        time.tzset()
