"""Backups from the window: the 5-minute snapshot, File → Restore a backup, and the latest
good backup offered when a file cannot be opened. The original file is never written over."""

from __future__ import annotations

import contextlib
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from facilitateur.models.storage import backups
from facilitateur.models.storage.integrity import damage
from facilitateur.paths import SUFFIX, data_dir
from facilitateur.ui import dates
from facilitateur.ui.actions import tr_action
from facilitateur.ui.refusals import explain

_COPIER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup")
CHECK_POLL_MS = 100


def periodic_backup(window) -> None:
    """Asked every 30 s: a snapshot 5 minutes after the last one, if something changed since,
    copied on a worker thread (the podium's timer is not held). A failure is told in the status
    bar, never in the way."""
    if window.current is None:
        return
    ef = window.current.file
    if ef.backup_error:
        text = QCoreApplication.translate("Backups", "Automatic backup failed: %1")
        window.statusBar().showMessage(text.replace("%1", ef.backup_error), 15000)
    job = getattr(window, "backup_job", None)
    if job is not None and not job.done():
        return
    if ef.disk_doubt:  # the last snapshot's check disagreed: settled here, on this thread
        window.current.verify_on_disk()
    window.backup_job = ef.periodic_backup(_COPIER)


def wait_for_backup(window, seconds: float = 30) -> None:
    """Before the file is closed (quit, another file): let a snapshot or a check under way
    finish."""
    for name in ("backup_job", "integrity_job"):
        job = getattr(window, name, None)
        if job is not None:
            with contextlib.suppress(Exception):  # told in the status bar, or moot when quitting
                job.result(timeout=seconds)
            setattr(window, name, None)


def check_integrity(window) -> None:
    """After a file is opened: SQLite's check of every page and of every row's references, on
    the worker thread (it reads the whole file); a damaged file is said in the banner, with
    the restore of a backup offered."""
    event = window.current
    if event is None:
        return

    def look():
        with event.file.session() as s:
            return damage(s, event.file.kind)

    job = _COPIER.submit(look)
    window.integrity_job = job

    def settle() -> None:
        if not job.done():
            QTimer.singleShot(CHECK_POLL_MS, window, settle)
            return
        if window.integrity_job is job:
            window.integrity_job = None
        if window.current is not event or job.exception() is not None:
            return  # another file is open now, or this one was closed meanwhile
        found = job.result()
        if found:
            window.show_damage(explain(found.warning(event.file.path)))

    QTimer.singleShot(CHECK_POLL_MS, window, settle)


def restore_backup(window) -> None:
    """File → Restore a backup: choose a snapshot, restore it into a new file, open it."""
    if window.current is None:
        return
    found = backups.list_backups(window.current.file.path)
    if not found:
        window.interaction.error(
            QCoreApplication.translate("Backups", "Restore a backup"),
            QCoreApplication.translate(
                "Backups",
                "No backup of this file yet: one is taken every 5 minutes while it changes.",
            ),
        )
        return
    chosen = window.interaction.choose_backup(found)
    if chosen is not None:
        restore_into_new_file(window, chosen, window.current.file.path)


def offer_backup(window, path: Path, why: str) -> None:
    """A file that cannot be opened is left as it is; its latest good snapshot is offered."""
    title = QCoreApplication.translate("Backups", "Cannot open the file")
    good = backups.latest_good(path) if path.exists() else None
    if good is None:
        window.interaction.error(title, why)
        return
    question = QCoreApplication.translate(
        "Backups",
        "%1\n\nThe file is left as it is. Restore its latest good backup (%2) into a new file and open it?",
    )
    when = dates.stamp(good.taken)
    if window.interaction.confirm(title, question.replace("%1", why).replace("%2", when)):
        restore_into_new_file(window, good, path)


def restore_into_new_file(window, backup: backups.Backup, original: Path) -> Path | None:
    stamp = backup.taken.strftime("%Y%m%d-%H%M")
    suggested = original.with_name(f"{original.stem}-restaure-{stamp}{SUFFIX}")
    if not os.access(suggested.parent, os.W_OK):
        suggested = data_dir() / suggested.name
    path = window.interaction.save_path(tr_action("Restore a backup…"), suggested)
    if path is None:
        return None
    try:
        backups.restore(backup.path, path)
    except OSError as e:
        window.interaction.error(
            QCoreApplication.translate("Backups", "Cannot restore the backup"), str(e)
        )
        return None
    if window.open_path(path):
        text = QCoreApplication.translate("Backups", "Backup restored into %1")
        window.statusBar().showMessage(text.replace("%1", str(path)), 10000)
    return path
