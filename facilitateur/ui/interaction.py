"""Questions and messages to the user go through one object, so tests can answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitateur.ui.file_dialogs import ask_open, ask_save
from facilitateur.ui.noop import QT_TRANSLATE_NOOP

FILE_FILTER = str(QT_TRANSLATE_NOOP("Interaction", "Event files (*.facil);;All files (*)"))


class Interaction:
    """Dialogs for the real application; tests substitute `ScriptedInteraction`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def _tr(self, text: str) -> str:
        return QCoreApplication.translate("Interaction", text)

    def open_path(self, title: str, folder: Path, file_filter: str = FILE_FILTER) -> Path | None:
        """Ask for an existing file (by default an event file)."""
        return ask_open(self.parent, title, folder, self._tr(file_filter))

    def save_path(self, title: str, suggested: Path, file_filter: str = FILE_FILTER) -> Path | None:
        """Ask where to write a new file (by default an event file); a name typed without
        a suffix gets the suggested one."""
        path = ask_save(self.parent, title, suggested, self._tr(file_filter))
        if path is None:
            return None
        return path if path.suffix else path.with_suffix(suggested.suffix)

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question; default no."""
        answer = QMessageBox.question(
            self.parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def error(self, title: str, text: str) -> None:
        """Tell the user something could not be done, and why."""
        QMessageBox.warning(self.parent, title, text)

    def choose_differences(self, plan) -> set[str] | None:
        """For a merge: the ids of the items where the other copy's version is kept (None: cancel)."""
        from facilitateur.ui.merge_dialog import MergeDialog

        dialog = MergeDialog(plan, self.parent)
        return dialog.take_theirs() if dialog.exec() else None

    def pdf_choice(self, choice, not_run: bool = False):
        """For the synthesis: sections, language, page size, options (None: cancel); a day
        `not_run` yet is exported as its programme, which the dialog says."""
        from facilitateur.ui.export_dialog import ExportDialog

        dialog = ExportDialog(choice, self.parent, not_run)
        return dialog.choice() if dialog.exec() else None

    def choose_backup(self, found: list):
        """File → Restore a backup: the snapshot to restore (None: cancel)."""
        from facilitateur.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(found, self.parent)
        return dialog.chosen() if dialog.exec() else None

    def ask_shared(self, known=None, why: str = ""):
        """File → Connect to a shared event: a `connect_dialog.ConnectAnswer` (None: cancel)."""
        from facilitateur.ui.connect_dialog import ConnectDialog

        dialog = ConnectDialog(known, why, self.parent)
        return dialog.answer() if dialog.exec() else None

    def ask_message(self, current: str, blink: bool) -> tuple[str, bool] | None:
        """Ask for the message to show the speaker (empty clears it), and whether it blinks."""
        from facilitateur.ui.run.message_dialog import MessageDialog

        dialog = MessageDialog(current, blink, self.parent)
        return dialog.values() if dialog.exec() else None


class ScriptedInteraction(Interaction):
    """Answers prepared in advance, and a record of what was said (for tests)."""

    def __init__(self) -> None:
        super().__init__(None)
        self.paths: list[Path | None] = []
        self.confirmations: list[bool] = []
        self.errors: list[tuple[str, str]] = []
        self.messages: list[tuple[str, bool] | None] = []
        self.choices: list[set[str] | None] = []
        self.seen_plans: list = []
        self.pdf_choices: list = []
        self.asked: list[str] = []  # the questions put to the user, in order
        self.shared_answers: list = []  # ConnectAnswer (or None) for ask_shared

    def open_path(self, title: str, folder: Path, file_filter: str = FILE_FILTER) -> Path | None:
        return self.paths.pop(0) if self.paths else None

    def save_path(self, title: str, suggested: Path, file_filter: str = FILE_FILTER) -> Path | None:
        return self.paths.pop(0) if self.paths else None

    def confirm(self, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.confirmations.pop(0) if self.confirmations else False

    def error(self, title: str, text: str) -> None:
        self.errors.append((title, text))

    def ask_message(self, current: str, blink: bool) -> tuple[str, bool] | None:
        return self.messages.pop(0) if self.messages else None

    def ask_shared(self, known=None, why: str = ""):
        self.asked.append(why)
        return self.shared_answers.pop(0) if self.shared_answers else None

    def pdf_choice(self, choice, not_run: bool = False):
        return self.pdf_choices.pop(0) if self.pdf_choices else choice

    def choose_backup(self, found: list):
        self.seen_backups = found
        return found[0] if found else None

    def choose_differences(self, plan) -> set[str] | None:
        self.seen_plans.append(plan)
        return (
            self.choices.pop(0)
            if self.choices
            else {d.id for d in plan.differences if d.theirs_is_newer}
        )
