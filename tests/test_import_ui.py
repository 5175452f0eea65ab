"""Préparer → Import a programme, with real widgets: paste, preview, warnings, edit, apply, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import titles
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from facilitateur.models import JournalEntry
from facilitateur.ui.actions import ActionId
from facilitateur.ui.app import make_app
from facilitateur.ui.interaction import ScriptedInteraction
from facilitateur.ui.main_window import MainWindow
from facilitateur.ui.prepare.import_dialog import ImportDialog
from facilitateur.ui.prepare.programme_tree import TITLE

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "resources" / "sample" / "rencontre-pionniers-2016.txt").read_text(encoding="utf-8")
FIXTURES = ROOT / "tests" / "fixtures" / "programmes"


@pytest.fixture
def window(qtbot, tmp_path):
    make_app("en")
    w = MainWindow(ScriptedInteraction())
    qtbot.addWidget(w)
    w.open_path(tmp_path / "new.facil", create=True)
    yield w
    w.current.file.close()


@pytest.fixture
def dialog(qtbot, window):
    d = ImportDialog(window.current, window)
    qtbot.addWidget(d)
    return d


def journal_commands(window) -> list[str]:
    with window.current.file.session() as s:
        return [e.cmd for e in s.query(JournalEntry).order_by(JournalEntry.seq)]


def test_pasting_the_reference_programme_previews_its_agenda_and_imports_it(qtbot, window, dialog):
    dialog.text.setPlainText(SEED)
    qtbot.waitUntil(lambda: dialog.programme is not None)  # the live preview follows the typing
    day = dialog.tree.topLevelItem(0)
    assert day.childCount() == 8
    assert day.child(1).child(1).text(TITLE).startswith("Table ronde")
    assert "8 blocks on 1 day" in dialog.status.text()
    assert not dialog.warnings.isVisible()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert titles(window.current.file)[:2] == [
        "Mot d’accueil",
        "La diversité des enjeux des territoires",
    ]
    assert journal_commands(window) == ["program.import"]
    window.action_map[ActionId.UNDO].trigger()
    with window.current.file.session() as s:
        from facilitateur.models import queries

        assert queries.days(s) == []


def test_warnings_are_listed_and_highlighted_on_their_lines(qtbot, dialog):
    dialog.text.setPlainText("PROGRAMME\nAccueil café\n9h Plénière\n")
    dialog.reparse()
    assert dialog.warnings.count() == 1
    assert dialog.warnings.item(0).text().startswith("Line 2:")
    selections = dialog.text.extraSelections()
    assert [sel.cursor.blockNumber() for sel in selections] == [1]


def test_unreadable_text_says_where_and_cannot_be_applied(dialog):
    dialog.text.setPlainText("Bonjour,\nrien ici.")
    dialog.reparse()
    assert dialog.status.text().startswith("Line 1: no schedule found")
    assert not dialog.apply_button.isEnabled()


def test_the_preview_can_be_corrected_before_applying(qtbot, window, dialog):
    dialog.text.setPlainText("9h Accueil\n9h30-10h30 Table ronde\n")
    dialog.reparse()
    block = dialog.tree.topLevelItem(0).child(1)
    block.setText(TITLE, "Table ronde des maires")
    assert dialog.tree_edited
    block.setText(0, "9h45")
    assert dialog.command_args()["programme"]["days"][0]["blocks"][1]["start"] == "09:45"
    dialog.apply()
    assert titles(window.current.file) == ["Accueil", "Table ronde des maires"]


def test_a_bad_time_typed_in_the_preview_is_refused(dialog):
    dialog.text.setPlainText("9h Accueil\n")
    dialog.reparse()
    block = dialog.tree.topLevelItem(0).child(0)
    block.setText(0, "25h")
    assert block.text(0) == "9:00\u00a0AM"  # as every time shows in English
    assert dialog.status.text() == "“25h” is not a time of day (e.g. 9:15 or 14h30)"


def test_an_xlsx_file_opens_into_the_preview(qtbot, window, dialog):
    window.interaction.paths.append(FIXTURES / "partnership_days.xlsx")
    dialog.findChild(QPushButton, "programmeOpen").click()
    qtbot.waitUntil(dialog.isEnabled)  # read on a worker thread
    assert dialog.text.isReadOnly()
    assert dialog.tree.topLevelItemCount() == 2
    dialog.apply()
    assert titles(window.current.file, 1) == ["Workshops", "Plenary report back", "Close"]


def test_replacing_an_agenda_asks_first_and_add_days_does_not(window, dialog):
    window.current.run("block.add", {"title": "Existant", "start": "08:00"})
    dialog.text.setPlainText("9h Accueil\n")
    dialog.reparse()
    window.interaction.confirmations.append(False)
    dialog.apply()
    assert titles(window.current.file) == ["Existant"]
    dialog.add_days.setChecked(True)
    dialog.apply()
    assert titles(window.current.file, 0) == ["Existant"] and titles(window.current.file, 1) == [
        "Accueil"
    ]


def test_the_empty_state_and_the_action_open_the_dialog(qtbot, window):
    QApplication.processEvents()
    button = window.prepare.stack.currentWidget().findChild(QPushButton, "emptyImport")
    assert button is not None

    def close_it():
        dlg = window.prepare.import_dialog
        assert dlg is not None
        dlg.text.setPlainText("9h Accueil\n")
        dlg.reparse()
        dlg.apply()

    QTimer.singleShot(0, close_it)
    window.action_map[ActionId.IMPORT_PROGRAMME].trigger()
    assert titles(window.current.file) == ["Accueil"]


def test_reader_messages_are_shown_in_french(qtbot, window):
    make_app("fr")
    try:
        d = ImportDialog(window.current, window)
        qtbot.addWidget(d)
        d.text.setPlainText("PROGRAMME\nAccueil café\n9h Plénière\n")
        d.reparse()
        assert (
            d.warnings.item(0).text()
            == "Ligne 2 : pas d’heure pour « Accueil café » : indiquez son début à la main"
        )
        d.text.setPlainText("Bonjour")
        d.reparse()
        assert d.status.text().startswith("Ligne 1 : aucun horaire trouvé")
    finally:
        make_app("en")


UNREAD = (
    "Journée des associations\n"
    "Une journée pour se rencontrer et travailler ensemble.\n"
    "PROGRAMME\n"
    "9h Accueil\n"
    "10h-12h Table ronde\n"
    "14h30 Ateliers\n"
)


def _click_item(qtbot, view, item, column=None):
    """A real click on a list row, or on a tree row's cell."""
    if column is None:
        rect = view.visualItemRect(item)
    else:
        rect = view.visualRect(view.indexFromItem(item, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_lines_not_read_are_listed_and_one_becomes_a_block(qtbot, window, dialog):
    dialog.text.setPlainText(UNREAD)
    dialog.reparse()
    assert dialog.unread.isVisible() or not dialog.isVisible()
    assert [dialog.unread.item(i).text() for i in range(dialog.unread.count())] == [
        "Line 2: Une journée pour se rencontrer et travailler ensemble."
    ]
    assert dialog.unread_label.text() == "1 line not read:"
    assert [sel.cursor.blockNumber() for sel in dialog.text.extraSelections()] == [1]
    dialog.show()
    qtbot.waitExposed(dialog)
    _click_item(qtbot, dialog.tree, dialog.tree.topLevelItem(0).child(1), 2)
    _click_item(qtbot, dialog.unread, dialog.unread.item(0))
    assert dialog.as_block.isEnabled()
    qtbot.mouseClick(dialog.as_block, Qt.MouseButton.LeftButton)
    day = dialog.tree.topLevelItem(0)
    assert [day.child(i).text(2) for i in range(day.childCount())] == [
        "Accueil",
        "Table ronde",
        "Une journée pour se rencontrer et travailler ensemble.",
        "Ateliers",
    ]
    assert dialog.unread.count() == 0 and dialog.tree_edited
    assert "Added by hand" in day.child(2).toolTip(2)
    dialog.apply()
    assert (
        titles(window.current.file)[2] == "Une journée pour se rencontrer et travailler ensemble."
    )


def test_an_unread_line_becomes_a_speaker_of_the_selected_block(qtbot, window, dialog):
    dialog.text.setPlainText(
        "Forum\nMarc DUBOIS (ADEME), délégué régional\nPROGRAMME\n9h Accueil\n10h Table ronde\n"
    )
    dialog.reparse()
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.as_speaker, Qt.MouseButton.LeftButton)  # nothing chosen: nothing
    _click_item(qtbot, dialog.unread, dialog.unread.item(0))
    qtbot.mouseClick(dialog.as_speaker, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Select the block of this speaker in the agenda first"
    _click_item(qtbot, dialog.tree, dialog.tree.topLevelItem(0).child(1), 2)
    _click_item(qtbot, dialog.unread, dialog.unread.item(0))
    qtbot.mouseClick(dialog.as_speaker, Qt.MouseButton.LeftButton)
    block = dialog.tree.programme["days"][0]["blocks"][1]
    assert block["speakers"] == [
        {"name": "Marc DUBOIS", "organisation": "ADEME", "role": "délégué régional", "topic": None}
    ]
    dialog.apply()
    from facilitateur.models import queries  # noqa: F401
    from facilitateur.models.agenda.model import Person

    with window.current.file.session() as s:
        (person,) = s.query(Person).all()
        assert (person.name, person.organisation, person.role) == (
            "Marc DUBOIS",
            "ADEME",
            "délégué régional",
        )


def test_a_speaker_is_corrected_in_the_speakers_cell_with_the_keyboard(qtbot, dialog):
    from facilitateur.models.programme.people import speakers_from_text  # noqa: F401
    from facilitateur.ui.prepare.programme_tree import SPEAKERS

    dialog.text.setPlainText(
        "9h Table ronde\nIntervenants : Jane SMITH (Acme), Paul MARTIN, maire\n"
    )
    dialog.reparse()
    dialog.show()
    qtbot.waitExposed(dialog)
    node = dialog.tree.topLevelItem(0).child(0)
    assert node.text(SPEAKERS) == "Jane SMITH; Paul MARTIN"
    dialog.tree.setCurrentItem(node, SPEAKERS)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_F2)
    editor = dialog.tree.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Jane SMITH; Lea NGUYEN (CCI), presidente")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.tree_edited)  # the delegate commits on the next turn
    assert dialog.tree.programme["days"][0]["blocks"][0]["speakers"] == [
        {"name": "Jane SMITH", "organisation": "Acme", "role": None, "topic": None},
        {"name": "Lea NGUYEN", "organisation": "CCI", "role": "presidente", "topic": None},
    ]


def test_each_block_tells_the_rule_that_made_it_and_its_kind(dialog):
    dialog.text.setPlainText("| 9:00 - 10:00 | Coffee break |\n10:00\nKeynote\n")
    dialog.reparse()
    day = dialog.tree.topLevelItem(0)
    assert day.child(0).toolTip(2) == (
        "A row of a table (cells between tabs or “|”, or on their own lines)\n"
        "Kind from the words “Coffee”"
    )
    assert day.child(1).toolTip(2).startswith("Times alone on a line, the title on the next one")


def test_the_twelve_hour_reading_of_a_day_is_shown_and_switched_with_the_keyboard(qtbot, dialog):
    from facilitateur.ui.prepare.programme_tree import KIND, START

    dialog.text.setPlainText("Friday, May 17\n9:00 Welcome\n12:30-1:30 Lunch\n1:30-2:30 Groups\n")
    dialog.reparse()
    dialog.show()
    qtbot.waitExposed(dialog)
    day = dialog.tree.topLevelItem(0)
    assert day.text(KIND) == "12-hour clock"
    assert day.checkState(KIND) == Qt.CheckState.Checked
    assert [day.child(i).text(START) for i in range(3)] == [
        "9:00\u00a0AM",
        "12:30\u00a0PM",
        "1:30\u00a0PM",
    ]
    dialog.tree.setFocus()
    dialog.tree.setCurrentItem(day, KIND)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.clocks == {0: False})
    day = dialog.tree.topLevelItem(0)
    assert day.checkState(KIND) == Qt.CheckState.Unchecked
    assert [day.child(i).text(START) for i in range(3)] == [
        "9:00\u00a0AM",
        "12:30\u00a0PM",
        "1:30\u00a0AM",
    ]
    assert dialog.clocks == {0: False}


def test_the_dialog_opens_with_the_paste_area_ready_and_ctrl_enter_imports(qtbot, window):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QApplication.clipboard().setText(SEED)
    errors = []

    def paste_and_import():
        dlg = window.prepare.import_dialog
        try:
            dlg.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
            assert QApplication.focusWidget() is dlg.text  # the paste area, ready
            qtbot.keyClick(dlg.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
            qtbot.waitUntil(lambda: dlg.programme is not None)
            qtbot.keyClick(dlg.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            assert dlg.result() == ImportDialog.DialogCode.Accepted
        except Exception as e:
            errors.append(e)
        finally:
            if dlg.isVisible():
                dlg.reject()

    QTimer.singleShot(0, paste_and_import)
    qtbot.keyClick(window.prepare, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert not errors, errors
    assert titles(window.current.file)[:2] == [
        "Mot d’accueil",
        "La diversité des enjeux des territoires",
    ]
    for modifier in (Qt.Key.Key_Control,):  # its release went to the dialog (see keys tests)
        qtbot.keyRelease(window, modifier)


def test_return_in_the_preview_edits_its_cell_and_never_imports(qtbot, window, dialog):
    """Return on a cell of the preview starts its edit (as F2), Return again confirms it; Return
    in the lists of lines never presses Import: only Ctrl+Return imports."""
    dialog.text.setPlainText("9h Accueil\n9h30-10h30 Table ronde\nUne ligne sans heure ?\n")
    dialog.reparse()
    dialog.show()
    qtbot.waitExposed(dialog)
    node = dialog.tree.topLevelItem(0).child(1)
    dialog.tree.setFocus()
    dialog.tree.setCurrentItem(node, TITLE)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    assert dialog.tree.state() == dialog.tree.State.EditingState
    editor = next(e for e in dialog.tree.viewport().findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, "Table ronde des maires")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.tree_edited)
    day = dialog.tree.topLevelItem(0)
    dialog.tree.setCurrentItem(day, TITLE)  # a day's title is not edited here: nothing
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)
    for lines in (dialog.unread, dialog.warnings):
        if lines.count():
            lines.setCurrentRow(0)
            qtbot.keyClick(lines, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != ImportDialog.DialogCode.Accepted
    assert journal_commands(window) == []
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert titles(window.current.file)[:2] == ["Accueil", "Table ronde des maires"]


def test_space_anywhere_on_a_day_switches_its_twelve_hour_reading(qtbot, dialog):
    from facilitateur.ui.prepare.programme_tree import KIND

    dialog.text.setPlainText("Friday, May 17\n9:00 Welcome\n12:30-1:30 Lunch\n1:30-2:30 Groups\n")
    dialog.reparse()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tree.setFocus()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0), TITLE)  # where the arrows go
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.clocks == {0: False})
    assert dialog.tree.topLevelItem(0).checkState(KIND) == Qt.CheckState.Unchecked


def dialog_agenda(window) -> bool:
    from facilitateur.models.agenda.read import has_agenda

    return has_agenda(window.current.file)


def test_a_programme_closed_with_escape_or_imported_then_undone_comes_back(qtbot, window):
    """Escape after a paste and a correction, or Ctrl+Z after the import: the next opening
    gives back the text, selected (a paste replaces it), and the corrections."""
    steps = []

    def in_dialog(step):
        def run():
            dlg = window.prepare.import_dialog
            try:
                step(dlg)
            except Exception as e:  # said after exec() returns
                steps.append(e)
            finally:
                if dlg.isVisible():
                    dlg.reject()

        QTimer.singleShot(0, run)
        window.action_map[ActionId.IMPORT_PROGRAMME].trigger()

    def paste_correct_escape(dlg):
        dlg.text.setPlainText("9h Accueil\n9h30-10h30 Table ronde\n")
        dlg.reparse()
        dlg.tree.topLevelItem(0).child(1).setText(TITLE, "Table ronde des maires")
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)
        steps.append("closed" if not dlg.isVisible() else "open")

    def corrections_back_then_import(dlg):
        assert dlg.text.toPlainText() == "9h Accueil\n9h30-10h30 Table ronde\n"
        # The keyboard on the corrected agenda: a key pressed at once loses nothing.
        assert not dlg.text.textCursor().selectedText() and dlg.focusWidget() is dlg.tree
        assert dlg.tree.topLevelItem(0).child(1).text(TITLE) == "Table ronde des maires"
        assert "with your corrections" in dlg.status.text()
        dlg.apply()
        steps.append("imported")

    def text_back(dlg):
        assert dlg.text.toPlainText() == "9h Accueil\n9h30-10h30 Table ronde\n"
        assert dlg.tree.topLevelItem(0).child(1).text(TITLE) == "Table ronde des maires"
        steps.append("back")

    in_dialog(paste_correct_escape)
    in_dialog(corrections_back_then_import)
    assert titles(window.current.file) == ["Accueil", "Table ronde des maires"]
    window.action_map[ActionId.UNDO].trigger()
    assert not dialog_agenda(window)
    in_dialog(text_back)
    assert steps == ["closed", "imported", "back"], steps


def test_a_block_corrected_outside_the_days_hours_widens_them(window):
    """A meeting read at 19:30 in a day of 19:30–19:30, corrected to 18:45 in the preview:
    the day opens at 18:45, it does not close before its block begins."""
    programme = {
        "days": [
            {
                "date": "2023-04-05",
                "start": "19:30",
                "end": "19:30",
                "blocks": [{"title": "Quartier 1", "start": "18:45", "kind": "plenary"}],
            }
        ]
    }
    window.current.commands.program_import(programme=programme)
    with window.current.file.session() as s:
        from facilitateur.models import queries

        (day,) = queries.days(s)
        assert (day.start.isoformat(), day.end.isoformat()) == ("18:45:00", "19:30:00")


@pytest.mark.parametrize(
    "hours, blocks, kept",
    [
        (("14:00", "00:00"), [("14:00", None), ("18:00", None), ("00:00", None)], "14:00–00:00"),
        (("20:00", "00:00"), [("20:00", "21:00"), ("00:00", None)], "20:00–00:00"),
        (("20:00", "01:00"), [("20:00", "23:00"), ("23:00", "01:00")], "20:00–01:00"),
    ],
    ids=["a concert then 00h00 Fin", "8pm to 12am", "a ball then an after past 1am"],
)
def test_a_day_running_past_midnight_keeps_its_hours(window, hours, blocks, kept):
    """On a clock face 00:00 is the earliest time: a day that runs past midnight is never
    'widened' to 00:00–18:00, nor cut at its last block's start."""
    programme = {
        "days": [
            {
                "start": hours[0],
                "end": hours[1],
                "blocks": [
                    {"title": f"Bloc {i}", "start": start, "end": end}
                    for i, (start, end) in enumerate(blocks)
                ],
            }
        ]
    }
    window.current.commands.program_import(programme=programme)
    with window.current.file.session() as s:
        from facilitateur.models import queries

        (day,) = queries.days(s)
        assert f"{day.start:%H:%M}–{day.end:%H:%M}" == kept
