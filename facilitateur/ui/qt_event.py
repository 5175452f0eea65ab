"""The open event file seen from Qt: commands run here, and views hear `changed`."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from facilitateur.models.commands import CommandError
from facilitateur.models.commands.core import Changes, StorageError
from facilitateur.models.store import EventFile
from facilitateur.ui.interaction import Interaction
from facilitateur.ui.refusals import IDLE, explain

STORAGE_RETELL_SECONDS = 60


class QtEvent(QObject):
    """Wraps an EventFile: runs commands, reports refusals to the user, signals changes."""

    changed = Signal(object)  # Changes
    undo_state_changed = Signal()
    storage_failed = Signal(str)  # the file could not be written
    notice = Signal(str)  # a key at the podium with nothing to do (see `run`)
    rescued = Signal()  # the file on disk was rewritten from the application's connection

    def __init__(
        self, event_file: EventFile, interaction: Interaction, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.file = event_file
        self.interaction = interaction
        self._storage_told = float("-inf")
        event_file.subscribe_rescue(self.rescued.emit)

    def run(
        self, cmd: str, args: dict[str, Any] | None = None, *, quiet: bool = False
    ) -> Changes | None:
        """Apply a command; on refusal, tell the user and return None (nothing changed).

        A file that cannot be written (disk full) is told once a minute at most, not at every
        keystroke of a note being typed; the status bar says it each time. With `quiet` (the
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
        self._storage_told = float("-inf")
        self._emit(changes)
        return changes

    def _not_saved(self, e: StorageError) -> None:
        text = explain(e)
        self.storage_failed.emit(text)
        now = time.monotonic()
        if now - self._storage_told > STORAGE_RETELL_SECONDS:
            self._storage_told = now
            self.interaction.error(QCoreApplication.translate("QtEvent", "Not saved"), text)

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
            self.changed.emit(changes)
            self.undo_state_changed.emit()
        return changes
