"""The File menu's own dialogs: recent files, open, new event, save a copy, merge another copy."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from facilitateur.models.storage.connection import is_part_of
from facilitateur.models.storage.engines import SharedEvent, is_url
from facilitateur.models.storage.schema import EventFileError
from facilitateur.paths import SUFFIX, data_dir, default_event_path
from facilitateur.ui.actions import tr_action
from facilitateur.ui.refusals import explain

MAX_RECENT = 8


class FileMenu(QObject):
    """The context of texts with a count (`FileMenu.tr(text, "", n)`: only `tr` gives a
    text its plural forms in the .ts files)."""


def recent_paths(window) -> list[Path | str]:
    """The recent events: files that still exist, and shared events' addresses (text)."""
    values = window.settings.value("recent", []) or []
    if isinstance(values, str):
        values = [values]
    return [v if is_url(v) else Path(v) for v in values if is_url(v) or Path(v).exists()]


def _same(a: Path | str, b: Path | str) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return str(a) == str(b)
    return a.resolve() == b.resolve()


def remember(window, where: Path | str) -> None:
    """Put a file (or a shared event's address, never with a password) first in the list."""
    where = where if isinstance(where, str) else Path(where).resolve()
    known = [p for p in recent_paths(window) if not _same(p, where)]
    window.settings.setValue("recent", [str(p) for p in [where, *known][:MAX_RECENT]])


def recent_name(where: Path | str) -> str:
    """How a recent event is listed: a file's name, or `database @ host`."""
    if isinstance(where, str):
        try:
            return SharedEvent.parse(where).label
        except ValueError:
            return where
    return where.name


def fill_recent_menu(window) -> None:
    window.recent_menu.clear()
    for path in recent_paths(window):
        window.recent_menu.addAction(
            recent_name(path), lambda p=path: window.open_path(p)
        ).setToolTip(str(path))
    if window.recent_menu.isEmpty():
        window.recent_menu.addAction(QCoreApplication.translate("MainWindow", "(none)")).setEnabled(
            False
        )


def open_dialog(window) -> None:
    path = window.interaction.open_path(tr_action("Open…"), data_dir())
    if path is not None:
        window.open_path(path)


def new_event(window) -> None:
    suggested = data_dir() / f"evenement-{datetime.now():%Y-%m-%d}{SUFFIX}"
    path = window.interaction.save_path(tr_action("New event…"), suggested)
    if path is None:
        return
    if path.exists() and path.stat().st_size == 0:
        # An empty file chosen (and confirmed) in the dialog: the new event takes its place.
        try:
            path.unlink()
        except OSError as e:
            window.interaction.error(
                QCoreApplication.translate("MainWindow", "Cannot create the file"),
                f"{path}: {e.strerror}",
            )
            return
    elif path.exists():
        window.interaction.error(
            QCoreApplication.translate("MainWindow", "Cannot create the file"),
            QCoreApplication.translate(
                "MainWindow", "%1 already exists; open it with File → Open."
            ).replace("%1", str(path)),
        )
        return
    _create(window, path)


def new_default_event(window) -> None:
    """A new event in the user's data folder, with no question asked."""
    path = default_event_path()
    if path.exists():
        path = data_dir() / f"evenement-{datetime.now():%Y%m%d-%H%M%S}{SUFFIX}"
    _create(window, path)


def _create(window, path: Path) -> None:
    """Create and open a new event file, with the speaking time of the preferences."""
    from facilitateur.models.agenda.model import DEFAULT_SPEAKER_SECONDS
    from facilitateur.ui.preferences import new_event_speaking_seconds

    if window.open_path(path, create=True):
        seconds = new_event_speaking_seconds()
        if seconds != DEFAULT_SPEAKER_SECONDS:
            window.current.commands.event_set(speaker_seconds=seconds)


def save_copy(window) -> None:
    if window.current is None:
        return
    current = window.current.file.path
    suggested = current.with_name(f"{current.stem}-copie{current.suffix}")
    path = window.interaction.save_path(tr_action("Save a copy as…"), suggested)
    if path is None:
        return
    try:
        window.current.file.save_copy(path)
    except EventFileError as e:  # the open file itself
        window.interaction.error(
            QCoreApplication.translate("MainWindow", "Cannot save the copy"), explain(e)
        )
        return
    except (OSError, sqlite3.Error) as e:
        why = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        window.interaction.error(
            QCoreApplication.translate("MainWindow", "Cannot save the copy"), f"{path}: {why}"
        )
        return
    finally:
        window.current.verify_on_disk()
    if window.current.file.read_only:
        # Work goes on in the copy, with what was typed in the file that could not keep it.
        draft = window.notes.editor.draft()
        if window.open_path(path):
            if draft is not None:
                window.notes.editor.resume(draft)
            window.save_pending()
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Copy saved and opened: %1 (what you typed is in it)"
                ).replace("%1", str(path)),
                10000,
            )
        return
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Copy saved: %1").replace("%1", str(path)), 8000
    )


def merge_dialog(window) -> None:
    """File → Merge from another copy: notes, actions and reports of another laptop's copy."""
    if window.current is None:
        return
    path = window.interaction.open_path(
        tr_action("Merge from another copy…"), window.current.file.path.parent
    )
    if path is None:
        return
    if is_part_of(path, window.current.file.path):
        window.interaction.error(
            QCoreApplication.translate("MainWindow", "Cannot merge"),
            QCoreApplication.translate("MainWindow", "This is the open file itself."),
        )
        return
    from facilitateur.models.storage.merge import plan_merge

    try:
        with window.current.file.session() as s:
            plan = plan_merge(s, path)
    except (EventFileError, OSError) as e:
        window.interaction.error(
            QCoreApplication.translate("MainWindow", "Cannot merge"), explain(e)
        )
        return
    take = window.interaction.choose_differences(plan) if plan.differences else set()
    if take is None:
        return
    args = plan.command_args(take)
    if args is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Nothing new in %1").replace("%1", path.name),
            8000,
        )
        return
    merged = window.current.commands.merge_apply(**args)
    window.current.verify_on_disk()
    if merged is not None:
        count = sum(len(rows) for rows in args["rows"].values())
        text = FileMenu.tr("%n items merged from %2 — Ctrl+Z undoes the merge", "", count)
        window.statusBar().showMessage(text.replace("%2", path.name), 10000)


def connect_dialog(window, address: str | None = None, why: str = "") -> bool:
    """File → Connect to a shared event (or a password asked for by the server): ask for the
    details, keep the password in PostgreSQL's password file if asked, and connect."""
    known = None
    if address:
        try:
            known = SharedEvent.parse(address)
        except ValueError:
            known = None
    answer = window.interaction.ask_shared(known, why)
    if answer is None:
        return False
    password = answer.password or None
    if answer.remember and password:
        from facilitateur.models.storage.passwords import remember_password

        try:
            remember_password(answer.shared, password)
        except OSError as e:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "The password could not be kept on this computer: %1"
                ).replace("%1", e.strerror or str(e)),
                10000,
            )
    return window.open_shared(answer.shared.address, password)


def copy_to_shared(window) -> None:
    """File → Share this event on a server: the whole event, with its journal, copied into an
    empty database; then the shared event is opened here (the file stays as it was)."""
    if window.current is None or window.current.shared:
        return
    answer = window.interaction.ask_shared(
        None,
        QCoreApplication.translate(
            "MainWindow", "The event is copied into this database, which must be empty."
        ),
    )
    if answer is None:
        return
    from sqlalchemy.exc import DBAPIError

    from facilitateur.models.storage.connection import unreachable
    from facilitateur.models.storage.engines import make_pg_engine
    from facilitateur.models.storage.transfer import copy_to_database

    window.save_pending()
    engine = make_pg_engine(answer.shared, answer.password or None)
    try:
        copy_to_database(window.current.file.engine, engine, answer.shared.address)
    except EventFileError as e:
        window.interaction.error(
            QCoreApplication.translate("MainWindow", "Cannot share the event"), explain(e)
        )
        return
    except DBAPIError as e:
        window.interaction.error(
            QCoreApplication.translate("MainWindow", "Cannot share the event"),
            explain(unreachable(answer.shared.address, e)),
        )
        return
    finally:
        engine.dispose()
    if answer.remember and answer.password:
        from facilitateur.models.storage.passwords import remember_password

        remember_password(answer.shared, answer.password)
    window.open_shared(answer.shared.address, answer.password or None)
