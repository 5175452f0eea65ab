"""The File menu's own dialogs: recent files, open, new event, save a copy, merge another copy."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMenu, QStatusBar

from facilitateur.models.storage.connection import is_part_of
from facilitateur.models.storage.engines import SharedEvent, is_url
from facilitateur.models.storage.schema import EventFileError
from facilitateur.paths import SUFFIX, data_dir, default_event_path
from facilitateur.ui.actions import tr_action
from facilitateur.ui.interaction import Interaction
from facilitateur.ui.noop import TextContext
from facilitateur.ui.notes.note_editor import NoteEditor
from facilitateur.ui.refusals import explain
from facilitateur.ui.window_services import WindowServices

MAX_RECENT = 8


class FileMenu(TextContext):
    """The context of the File menu's texts (`FileMenu.tr(text, "", n)` for a count)."""


def _same(a: Path | str, b: Path | str) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return str(a) == str(b)
    return a.resolve() == b.resolve()


def recent_name(where: Path | str) -> str:
    """How a recent event is listed: a file's name, or `database @ host`."""
    if isinstance(where, str):
        try:
            return SharedEvent.parse(where).label
        except ValueError:
            return where
    return where.name


class FileController:
    """The File menu's own dialogs: open, new event, recent events, save a copy, merge another
    copy, connect to a shared event or share this one. What it opens, the window shows."""

    def __init__(
        self,
        window: WindowServices,
        interaction: Interaction,
        status: QStatusBar,
        settings: QSettings,
        recent_menu: QMenu,
        note_editor: NoteEditor,
    ) -> None:
        self.window = window
        self.interaction = interaction
        self.status = status
        self.settings = settings
        self.recent_menu = recent_menu
        self.note_editor = note_editor  # what was typed follows into a copy of a read-only file
        recent_menu.aboutToShow.connect(self.fill_recent_menu)

    # Recent events ---------------------------------------------------------------------------
    def recent_paths(self) -> list[Path | str]:
        """The recent events: files that still exist, and shared events' addresses (text)."""
        kept = self.settings.value("recent", []) or []
        # One value comes back as text, several as a list.
        values = [kept] if isinstance(kept, str) else list(kept) if isinstance(kept, list) else []
        return [v if is_url(v) else Path(v) for v in values if is_url(v) or Path(v).exists()]

    def remember(self, where: Path | str) -> None:
        """Put a file (or a shared event's address, never with a password) first in the list."""
        where = where if isinstance(where, str) else Path(where).resolve()
        known = [p for p in self.recent_paths() if not _same(p, where)]
        self.settings.setValue("recent", [str(p) for p in [where, *known][:MAX_RECENT]])

    def fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        for path in self.recent_paths():
            menu.addAction(recent_name(path), partial(self.window.open_path, path)).setToolTip(
                str(path)
            )
        if menu.isEmpty():
            menu.addAction(QCoreApplication.translate("MainWindow", "(none)")).setEnabled(False)

    # Open and create -------------------------------------------------------------------------
    def open_dialog(self) -> None:
        path = self.interaction.open_path(tr_action("Open…"), data_dir())
        if path is not None:
            self.window.open_path(path)

    def new_event(self) -> None:
        suggested = data_dir() / f"evenement-{datetime.now():%Y-%m-%d}{SUFFIX}"
        path = self.interaction.save_path(tr_action("New event…"), suggested)
        if path is None:
            return
        if path.exists() and path.stat().st_size == 0:
            # An empty file chosen (and confirmed) in the dialog: the new event takes its place.
            try:
                path.unlink()
            except OSError as e:
                self.interaction.error(
                    QCoreApplication.translate("MainWindow", "Cannot create the file"),
                    f"{path}: {e.strerror}",
                )
                return
        elif path.exists():
            self.interaction.error(
                QCoreApplication.translate("MainWindow", "Cannot create the file"),
                QCoreApplication.translate(
                    "MainWindow", "%1 already exists; open it with File → Open."
                ).replace("%1", str(path)),
            )
            return
        self._create(path)

    def new_default_event(self) -> None:
        """A new event in the user's data folder, with no question asked."""
        path = default_event_path()
        if path.exists():
            path = data_dir() / f"evenement-{datetime.now():%Y%m%d-%H%M%S}{SUFFIX}"
        self._create(path)

    def _create(self, path: Path) -> None:
        """Create and open a new event file, with the speaking time of the preferences."""
        from facilitateur.models.agenda.model import DEFAULT_SPEAKER_SECONDS
        from facilitateur.ui.preferences import new_event_speaking_seconds

        if self.window.open_path(path, create=True):
            seconds = new_event_speaking_seconds()
            event = self.window.current
            if seconds != DEFAULT_SPEAKER_SECONDS and event is not None:
                event.commands.event_set(speaker_seconds=seconds)

    # Copies ----------------------------------------------------------------------------------
    def save_copy(self) -> None:
        event = self.window.current
        if event is None:
            return
        current = event.file.path
        suggested = current.with_name(f"{current.stem}-copie{current.suffix}")
        path = self.interaction.save_path(tr_action("Save a copy as…"), suggested)
        if path is None:
            return
        try:
            event.file.save_copy(path)
        except EventFileError as e:  # the open file itself
            self.interaction.error(
                QCoreApplication.translate("MainWindow", "Cannot save the copy"), explain(e)
            )
            return
        except (OSError, sqlite3.Error) as e:
            why = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            self.interaction.error(
                QCoreApplication.translate("MainWindow", "Cannot save the copy"), f"{path}: {why}"
            )
            return
        finally:
            event.verify_on_disk()
        if event.file.read_only:
            # Work goes on in the copy, with what was typed in the file that could not keep it.
            draft = self.note_editor.draft()
            if self.window.open_path(path):
                if draft is not None:
                    self.note_editor.resume(draft)
                self.window.save_pending()
                self.status.showMessage(
                    QCoreApplication.translate(
                        "MainWindow", "Copy saved and opened: %1 (what you typed is in it)"
                    ).replace("%1", str(path)),
                    10000,
                )
            return
        self.status.showMessage(
            QCoreApplication.translate("MainWindow", "Copy saved: %1").replace("%1", str(path)),
            8000,
        )

    def merge(self) -> None:
        """File → Merge from another copy: notes, actions and reports of another laptop's copy."""
        event = self.window.current
        if event is None:
            return
        path = self.interaction.open_path(
            tr_action("Merge from another copy…"), event.file.path.parent
        )
        if path is None:
            return
        if is_part_of(path, event.file.path):
            self.interaction.error(
                QCoreApplication.translate("MainWindow", "Cannot merge"),
                QCoreApplication.translate("MainWindow", "This is the open file itself."),
            )
            return
        try:
            plan = event.file.merge_plan(path)
        except (EventFileError, OSError) as e:
            self.interaction.error(
                QCoreApplication.translate("MainWindow", "Cannot merge"), explain(e)
            )
            return
        take = self.interaction.choose_differences(plan) if plan.differences else set()
        if take is None:
            return
        args = plan.command_args(take)
        if args is None:
            self.status.showMessage(
                QCoreApplication.translate("MainWindow", "Nothing new in %1").replace(
                    "%1", path.name
                ),
                8000,
            )
            return
        merged = event.commands.merge_apply(**args)
        event.verify_on_disk()
        if merged is not None:
            count = sum(len(rows) for rows in args["rows"].values())
            text = FileMenu.tr("%n items merged from %2 — Ctrl+Z undoes the merge", "", count)
            self.status.showMessage(text.replace("%2", path.name), 10000)

    # Shared events ---------------------------------------------------------------------------
    def connect_dialog(self, address: str | None = None, why: str = "") -> bool:
        """File → Connect to a shared event (or a password asked for by the server): ask for
        the details, keep the password in PostgreSQL's password file if asked, and connect."""
        known = None
        if address:
            try:
                known = SharedEvent.parse(address)
            except ValueError:
                known = None
        answer = self.interaction.ask_shared(known, why)
        if answer is None:
            return False
        password = answer.password or None
        if answer.remember and password:
            from facilitateur.models.storage.passwords import remember_password

            try:
                remember_password(answer.shared, password)
            except OSError as e:
                self.status.showMessage(
                    QCoreApplication.translate(
                        "MainWindow", "The password could not be kept on this computer: %1"
                    ).replace("%1", e.strerror or str(e)),
                    10000,
                )
        return self.window.open_shared(answer.shared.address, password)

    def copy_to_shared(self) -> None:
        """File → Share this event on a server: the whole event, with its journal, copied into
        an empty database; then the shared event is opened here (the file stays as it was)."""
        event = self.window.current
        if event is None or event.shared:
            return
        answer = self.interaction.ask_shared(
            None,
            QCoreApplication.translate(
                "MainWindow", "The event is copied into this database, which must be empty."
            ),
        )
        if answer is None:
            return
        from facilitateur.models.storage.transfer import share_event

        self.window.save_pending()
        try:
            share_event(event.file, answer.shared, answer.password or None)
        except EventFileError as e:  # not empty, or out of reach
            self.interaction.error(
                QCoreApplication.translate("MainWindow", "Cannot share the event"), explain(e)
            )
            return
        if answer.remember and answer.password:
            from facilitateur.models.storage.passwords import remember_password

            remember_password(answer.shared, answer.password)
        self.window.open_shared(answer.shared.address, answer.password or None)
