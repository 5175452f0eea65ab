"""Every screen and dialog of the application, shown with the content of a day that was run.

The tests that must see them all (accessible names, icons, column widths) walk `VIEWS`; each
view opens one screen or dialog of a main window on the sample day as it ran (its Open Space
board and reports, timers, speakers and notes), and returns the window it shows. A dialog is
shown without `exec()` (the caller closes it), so that a test can look at it and go on.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from facilitateur.clock import FakeClock
from facilitateur.models.storage.replay import replay
from facilitateur.sample import create_sample

FIXTURES = Path(__file__).parent / "fixtures"
PARIS = ZoneInfo("Europe/Paris")
DAY_OVER = datetime(2016, 1, 19, 18, 10, tzinfo=PARIS)
# In the round table, Brigitte GIRAUD speaking, two people from the floor waiting.
MIDDAY = datetime(2016, 1, 19, 10, 14, tzinfo=PARIS)
MIDDAY_LINES = 15  # the lines of journee-animee.jsonl replayed by then


def _timed(lines: list[str], start: datetime) -> list[str]:
    """The Open Space's commands given times before the day starts (they carry none, and the
    notes of the day must not come after them)."""
    out = []
    for n, line in enumerate(x for x in lines if x.strip()):
        command = json.loads(line)
        command.setdefault("at", (start + timedelta(seconds=20 * n)).isoformat())
        out.append(json.dumps(command, ensure_ascii=False))
    return out


def run_day_file(path: Path, midday: bool = False) -> Path:
    """An event file holding the sample day as it ran (up to the middle of the morning's round
    table when `midday`)."""
    ef = create_sample(path, FakeClock(datetime(2016, 1, 10, 9, 0, tzinfo=PARIS)))
    forum = (FIXTURES / "forum-ouvert.jsonl").read_text(encoding="utf-8").splitlines()
    replay(ef, _timed(forum, datetime(2016, 1, 19, 8, 0, tzinfo=PARIS)))
    day = (FIXTURES / "journee-animee.jsonl").read_text(encoding="utf-8").splitlines()
    replay(ef, day[:MIDDAY_LINES] if midday else day)
    ef.close()
    return path


def gallery_window(folder: Path, lang: str = "en", midday: bool = False, size=(1366, 768)):
    """The main window on the day as it ran (or at `MIDDAY`), at `size`, shown."""
    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    make_app(lang)
    path = folder / ("midday.facil" if midday else "day.facil")
    if not path.exists():
        run_day_file(path, midday)
    window = MainWindow(ScriptedInteraction(), FakeClock(MIDDAY if midday else DAY_OVER))
    window.remember_geometry = window.remember_files = False
    window.open_path(path)
    window.resize(*size)
    window.show()
    QApplication.processEvents()
    return window


@dataclass(frozen=True)
class View:
    name: str
    open: Callable[[QWidget], QWidget]  # the main window → the window shown (closed after)
    midday: bool = False  # needs a day under way


def _screen(action: str, then: Callable | None = None) -> Callable[[QWidget], QWidget]:
    def show(window):
        from facilitateur.ui.actions import ActionId

        window.show_screen(ActionId(action))
        QApplication.processEvents()
        if then is not None:
            then(window)
            QApplication.processEvents()
        return window

    return show


def _dialog(make: Callable[[QWidget], QDialog]) -> Callable[[QWidget], QWidget]:
    def show(window):
        dialog = make(window)
        dialog.show()
        QApplication.processEvents()
        return dialog

    return show


# Screens --------------------------------------------------------------------------------------
def _select_round_table(window) -> None:
    from facilitateur.ui.prepare.agenda_model import TITLE

    model = window.prepare.model
    for root in model.roots:
        for child in root.children:
            if child.block.title.startswith("Table ronde"):
                window.prepare.tree.select_id(child.id, TITLE)
                return


def _notes_tab(index: int, select: bool = False) -> Callable:
    def go(window) -> None:
        window.notes.tabs.setCurrentIndex(index)
        if select:
            table = window.notes.table
            table.setCurrentIndex(table.model().index(2, 2))

    return go


def _open_space_tab(index: int) -> Callable:
    def go(window) -> None:
        screen = window.open_space
        screen.tabs.setCurrentIndex(index)
        if index == 1:  # a workshop's report, its form filled
            screen.reports.list.setCurrentRow(0)
        if index == 2:  # the first group called
            screen.report_back.next()

    return go


# Dialogs --------------------------------------------------------------------------------------
def _import(window) -> QDialog:
    from facilitateur.paths import resources_dir
    from facilitateur.ui.prepare.import_dialog import ImportDialog

    dialog = ImportDialog(window.current, window.prepare)
    text = (resources_dir() / "sample" / "rencontre-pionniers-2016.txt").read_text("utf-8")
    dialog.text.setPlainText(text)
    dialog.reparse()
    return dialog


def _speaking(tab: int) -> Callable[[QWidget], QDialog]:
    def make(window) -> QDialog:
        from PySide6.QtWidgets import QTabWidget

        from facilitateur.ui.run.speaking_dialog import SpeakingDialog

        dialog = SpeakingDialog(window.current, window.clock, window.run)
        dialog.findChild(QTabWidget, "speakingTabs").setCurrentIndex(tab)
        return dialog

    return make


def _run_dialog(name: str) -> Callable[[QWidget], QDialog]:
    def make(window) -> QDialog:
        from facilitateur.ui.run.replan_dialog import ReplanDialog
        from facilitateur.ui.run.take_up_dialog import TakeUpDialog

        kind = {"replan": ReplanDialog, "take_up": TakeUpDialog}[name]
        return kind(window.current, window.clock, window.run)

    return make


def _message(window) -> QDialog:
    from facilitateur.ui.run.message_dialog import MessageDialog

    return MessageDialog("Deux minutes", True, window)


def _export(window) -> QDialog:
    from facilitateur.ui.export_dialog import ExportDialog, PdfChoice

    return ExportDialog(PdfChoice(), window)


def _preferences(window) -> QDialog:
    from facilitateur.ui.preferences import Preferences, PreferencesDialog

    return PreferencesDialog(Preferences.saved(), window)


def _shortcuts(window) -> QDialog:
    from facilitateur.ui.help_dialog import ShortcutsDialog

    return ShortcutsDialog(window)


def _setup(window) -> QDialog:
    return window.open_space.setup_dialog()


def _suggest(window) -> QDialog:
    from facilitateur.ui.openspace.suggest_dialog import SuggestDialog

    window.open_space.refresh()
    return SuggestDialog(window.open_space.board, window.open_space)


def _topic(window) -> QDialog:
    from facilitateur.ui.openspace.topic_dialogs import TopicDialog

    board = window.open_space.board
    return TopicDialog(board.topics[0], window.open_space)


def _merge_topics(window) -> QDialog:
    from facilitateur.ui.openspace.topic_dialogs import MergeDialog

    board = window.open_space.board
    return MergeDialog(board.topics[0], board, window.open_space)


def _merge_copy(window) -> QDialog:
    from facilitateur.models.notes.model import Note
    from facilitateur.models.storage.merge import plan_merge
    from facilitateur.models.storage.store import EventFile
    from facilitateur.ui.merge_dialog import MergeDialog

    ef = window.current.file
    copy = ef.path.with_name("autre-portable.facil")
    if not copy.exists():
        ef.save_copy(copy)
        other = EventFile.open(copy, FakeClock(DAY_OVER + timedelta(minutes=5)))
        with other.session() as s:
            note = s.query(Note).order_by(Note.created_at).first()
        other.execute("note.update", {"note": str(note.id), "text": note.text + " (relu)"})
        other.close()
        window.current.run("note.update", {"note": str(note.id), "text": note.text + " !"})
    with ef.session() as s:
        plan = plan_merge(s, copy)
    return MergeDialog(plan, window)


def _restore(window) -> QDialog:
    from facilitateur.models.storage.backups import Backup
    from facilitateur.ui.restore_dialog import RestoreDialog

    path = window.current.file.path
    found = [
        Backup(path, datetime(2016, 1, 19, 17, 55), "auto", 9, 17, 335_872),
        Backup(path, datetime(2016, 1, 19, 14, 2), "suggestion", 6, 14, 331_776),
        Backup(path, datetime(2016, 1, 19, 8, 40), "import", 0, 0, 212_992),
    ]
    return RestoreDialog(found, window)


def _connect(window) -> QDialog:
    from facilitateur.ui.connect_dialog import ConnectDialog

    return ConnectDialog(None, "", window)


def _error(window) -> QDialog:
    from facilitateur.ui.error_dialog import ErrorDialog

    details = 'Traceback (most recent call last):\n  File "x.py", line 1\nValueError: example'
    return ErrorDialog(details, window)


def _about(window) -> QDialog:
    """Help → About, as `QMessageBox.about` shows it (a box of Qt's own, our text)."""
    from facilitateur.ui.about import about_box

    return about_box(window)


def _confirm(window) -> QDialog:
    """A question (Interaction.confirm): Qt's message box with our words."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Facilitateur",
        "Replace the agenda?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        window,
    )
    return box


VIEWS: tuple[View, ...] = (
    View("prepare", _screen("screen.prepare", _select_round_table)),
    View("import", _dialog(_import)),
    View("run-midday", _screen("screen.run"), midday=True),
    View("run-day-over", _screen("screen.run")),
    View("speaking-person", _dialog(_speaking(0))),
    View("speaking-block", _dialog(_speaking(1))),
    View("speaking-category", _dialog(_speaking(2))),
    View("replan", _dialog(_run_dialog("replan")), midday=True),
    View("take-up", _dialog(_run_dialog("take_up")), midday=True),
    View("message", _dialog(_message), midday=True),
    View("notes", _screen("screen.notes", _notes_tab(0, select=True))),
    View("notes-actions", _screen("screen.notes", _notes_tab(1))),
    View("open-space-board", _screen("screen.open_space", _open_space_tab(0))),
    View("open-space-reports", _screen("screen.open_space", _open_space_tab(1))),
    View("open-space-report-back", _screen("screen.open_space", _open_space_tab(2))),
    View("open-space-convergence", _screen("screen.open_space", _open_space_tab(3))),
    View("open-space-setup", _dialog(_setup)),
    View("open-space-suggest", _dialog(_suggest)),
    View("open-space-topic", _dialog(_topic)),
    View("open-space-merge", _dialog(_merge_topics)),
    View("export", _dialog(_export)),
    View("preferences", _dialog(_preferences)),
    View("shortcuts", _dialog(_shortcuts)),
    View("merge-copy", _dialog(_merge_copy)),
    View("restore", _dialog(_restore)),
    View("connect", _dialog(_connect)),
    View("error", _dialog(_error)),
    View("about", _dialog(_about)),
    View("confirm", _dialog(_confirm)),
)


def close(window: QWidget, shown: QWidget) -> None:
    """Close what a view opened (a dialog), leaving the main window as it was."""
    if shown is not window:
        shown.close()
        shown.deleteLater()
        QApplication.processEvents()
