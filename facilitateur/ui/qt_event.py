"""The open event file seen from Qt: commands run here, and views hear `changed`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from facilitateur.models.commands import CommandError
from facilitateur.models.commands.core import Changes, StorageError
from facilitateur.models.store import EventFile
from facilitateur.ui.interaction import Interaction
from facilitateur.ui.refusals import IDLE, explain


class QtEvent(QObject):
    """Wraps an EventFile: runs commands, reports refusals to the user, signals changes."""

    changed = Signal(object)  # Changes
    undo_state_changed = Signal()
    storage_failed = Signal(str)  # the file could not be written: why, and what to do
    storage_recovered = Signal()  # it can be written again (after storage_failed)
    notice = Signal(str)  # a key at the podium with nothing to do (see `run`)
    rescued = Signal()  # the file on disk was rewritten from the application's connection

    def __init__(
        self, event_file: EventFile, interaction: Interaction, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.file = event_file
        self.interaction = interaction
        self.failing = False  # the last write failed (storage_failed said why)
        event_file.subscribe_rescue(self.rescued.emit)

    def run(
        self, cmd: str, args: dict[str, Any] | None = None, *, quiet: bool = False
    ) -> Changes | None:
        """Apply a command; on refusal, tell the user and return None (nothing changed).

        A file that cannot be written (disk full) is told by `storage_failed`, for a banner
        that never takes the keyboard (a dialog popping up while a note is typed swallowed the
        next keystrokes), until a command is saved again (`storage_recovered`). With `quiet` (the
        podium's keys), a refusal that only means "nothing to do now" (no block under way, the
        first block already) goes to `notice`, for the status bar, instead of a dialog."""
        try:
            changes = self.file.execute(cmd, args or {})
        except StorageError as e:
            self._not_saved(e)
            return None
        except CommandError as e:
            if quiet and e.reason in IDLE:
                self.notice.emit(explain(e))
            else:
                self.interaction.error(
                    QCoreApplication.translate("QtEvent", "Not done"), explain(e)
                )
            return None
        self._saved()
        self._emit(changes)
        return changes

    def _not_saved(self, e: StorageError) -> None:
        self.failing = True
        self.storage_failed.emit(explain(e))

    def _saved(self) -> None:
        if self.failing:
            self.failing = False
            self.storage_recovered.emit()

    def verify_on_disk(self) -> bool:
        """After an export, a backup or a merge: check that another program opening the file
        sees the last change; if not, the file is rewritten from this connection (`rescued`
        is emitted). False when the file had to be rewritten or could not be."""
        try:
            return self.file.check_on_disk()
        except StorageError as e:
            self._not_saved(e)
            return False

    def undo(self) -> Changes | None:
        """Ctrl+Z; a file that cannot be written is told as for any command."""
        try:
            return self._emit(self.file.undo())
        except StorageError as e:
            self._not_saved(e)
            return None

    def redo(self) -> Changes | None:
        try:
            return self._emit(self.file.redo())
        except StorageError as e:
            self._not_saved(e)
            return None

    def _emit(self, changes: Changes | None) -> Changes | None:
        if changes is not None:
            self._saved()
            self.changed.emit(changes)
            self.undo_state_changed.emit()
        return changes
