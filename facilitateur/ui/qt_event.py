"""The open event file seen from Qt: commands run here, and views hear `changed`."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from facilitateur.models.commands import CommandError
from facilitateur.models.commands.core import Changes, ConnectionLost, StorageError, spec
from facilitateur.models.commands.front import Commands
from facilitateur.models.commands.podium_holder_cmds import PODIUM_COMMANDS
from facilitateur.models.refusal import Refusal
from facilitateur.models.storage.store import EventFile
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
    # A shared event: another laptop's change (from the journal feed's thread), and the
    # connection to the server lost (False) or back (True).
    remote_changed = Signal(object)
    connection_changed = Signal(bool)
    offline = Signal(bool)  # True: commands wait for the connection (a banner says so)
    RETRY_MS = 1000

    def __init__(
        self, event_file: EventFile, interaction: Interaction, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.file = event_file
        self.interaction = interaction
        self.failing = False  # the last write failed (storage_failed said why)
        # The last command's refusal because another laptop changed its rows, as said to the
        # user ("" when it was not refused so): where it was typed, the choice is offered.
        self.last_refusal = ""
        # Commands typed while a shared event's server could not be reached, in order, each
        # with its id: sent again when the connection returns, and applied once.
        self.pending: list[tuple[str, dict[str, Any], str]] = []
        self.connected = True
        self._retry = QTimer(self, interval=self.RETRY_MS)
        self._retry.timeout.connect(self.send_pending)
        event_file.subscribe_rescue(self.rescued.emit)
        self.remote_changed.connect(self._on_remote)
        self.connection_changed.connect(self._on_connection)
        self.feed = event_file.follow(self.remote_changed.emit, self.connection_changed.emit)
        # The commands as typed methods (`self.commands.block_update(block, start="09:05")`),
        # sent through `run` (the podium's keys have their own, quiet: RunScreen.commands).
        self.commands: Commands[Changes | None] = Commands(self.run)

    @property
    def shared(self) -> bool:
        return self.file.kind.is_shared

    def _on_remote(self, changes: Changes) -> None:
        """Another laptop's command: the screens refresh what it touched."""
        self.file.backup_clock.note_change()
        self.changed.emit(changes)
        self.undo_state_changed.emit()

    def _on_connection(self, connected: bool) -> None:
        if connected:
            self.send_pending()
        else:
            self._lost()

    def _lost(self) -> None:
        if self.connected:
            self.connected = False
            self.offline.emit(True)
        if not self._retry.isActive():
            self._retry.start()

    def send_pending(self) -> None:
        """Send again, in order and with their ids, the commands typed while the connection
        was lost; once all are saved, say that the connection is back."""
        while self.pending:
            cmd, args, command_id = self.pending[0]
            try:
                changes = self.file.execute(cmd, args, command_id=command_id)
            except ConnectionLost:
                self._lost()
                return
            except CommandError as e:  # refused now (another laptop changed the same thing)
                self.pending.pop(0)
                self.interaction.error(
                    QCoreApplication.translate("QtEvent", "Not done"), explain(e)
                )
                continue
            self.pending.pop(0)
            self.changed.emit(changes)
            self.undo_state_changed.emit()
        if self.feed is not None and not self.feed.connected:
            return  # the feed says the server is still out of reach: keep trying
        self._retry.stop()
        if not self.connected:
            self.connected = True
            self.offline.emit(False)

    def _keep_for_later(self, cmd: str, args: dict[str, Any], command_id: str) -> Changes | None:
        """A command that could not reach the server: kept, in order, to be sent when the
        connection returns. The caller is answered as if saved (what was typed stays where
        it is); a podium key is not kept (a timer started late would tell a wrong time)."""
        self._lost()
        if cmd in PODIUM_COMMANDS:
            return None
        self.pending.append((cmd, args, command_id))
        result = {"pending": True, **({"id": args["id"]} if "id" in args else {})}
        return Changes(cmd, frozenset(), frozenset(), None, result)

    def run(
        self, cmd: str, args: dict[str, Any] | None = None, *, quiet: bool = False
    ) -> Changes | None:
        """Apply a command; on refusal, tell the user and return None (nothing changed).

        A file that cannot be written (disk full) is told by `storage_failed`, for a banner
        that never takes the keyboard (a dialog popping up while a note is typed swallowed the
        next keystrokes), until a command is saved again (`storage_recovered`). With `quiet` (the
        podium's keys), a refusal that only means "nothing to do now" (no block under way, the
        first block already) goes to `notice`, for the status bar, instead of a dialog.

        On a shared event, each command carries an id (and the ids of the rows it makes are
        chosen here): sent again after a lost connection, it is applied once."""
        args = dict(args or {})
        self.last_refusal = ""  # only ever the refusal of this command
        command_id = None
        if self.shared:
            command_id = str(uuid.uuid4())
            with_ids(cmd, args)
            if self.pending:  # keep the order: behind what waits for the connection
                return self._keep_for_later(cmd, args, command_id)
        try:
            changes = self.file.execute(cmd, args, command_id=command_id)
        except ConnectionLost:
            assert command_id is not None  # only a shared event has a connection to lose
            return self._keep_for_later(cmd, args, command_id)
        except StorageError as e:
            self._not_saved(e)
            return None
        except CommandError as e:
            if e.reason == Refusal.CHANGED_ELSEWHERE:
                # Said in the banner (and where it is typed: the caller asks `last_refusal`),
                # never in a dialog that would take the next keystrokes.
                self.last_refusal = explain(e)
                self._not_saved(e)
                return None
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

    def _not_saved(self, e: StorageError | CommandError) -> None:
        self.failing = True
        self.storage_failed.emit(explain(e))

    def settled(self) -> None:
        """The person typing took another laptop's change instead of theirs: the banner that
        said their save was refused goes (nothing is left unsaved)."""
        self._saved()

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
        """Ctrl+Z; a file that cannot be written is told as for any command; on a shared
        event, an undo refused because someone else changed the same rows is said."""
        return self._step(self.file.undo)

    def redo(self) -> Changes | None:
        return self._step(self.file.redo)

    def _step(self, step) -> Changes | None:
        if self.pending:
            return None  # what waits for the connection goes first
        try:
            return self._emit(step())
        except ConnectionLost:
            self._lost()
            return None
        except StorageError as e:
            self._not_saved(e)
            return None
        except CommandError as e:
            self.interaction.error(QCoreApplication.translate("QtEvent", "Not done"), explain(e))
            return None

    def close(self) -> None:
        """Stop listening to the other laptops (the file is closed by its owner)."""
        self._retry.stop()
        if self.feed is not None:
            self.feed.stop()

    def _emit(self, changes: Changes | None) -> Changes | None:
        if changes is not None:
            self._saved()
            self.changed.emit(changes)
            self.undo_state_changed.emit()
        return changes


def with_ids(cmd: str, args: dict[str, Any]) -> None:
    """Choose here the ids a command would generate (its new row's `id`, the `seed` of the
    rows it makes along the way), so that sending it again makes the very same rows."""
    try:
        names = {p.name for p in spec(cmd).params}
    except CommandError:
        return  # an unknown command: `execute` says so
    for name in ("id", "seed"):
        if name in names and args.get(name) is None:
            args[name] = str(uuid.uuid4())


def note_saved(event: QtEvent | None) -> str:
    """What the status bar says once a note is written: saved, or kept until the shared
    event's server can be reached again."""
    if event is not None and event.pending:
        return QCoreApplication.translate(
            "QtEvent", "Note kept on this laptop: saved when the connection returns"
        )
    return QCoreApplication.translate("QtEvent", "Note saved")
