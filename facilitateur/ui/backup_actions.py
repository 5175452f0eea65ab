"""Backups from the window: the 5-minute snapshot, File → Restore a backup, and the latest
good backup offered when a file cannot be opened. The original file is never written over."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QStatusBar

from facilitateur.models.storage import backups
from facilitateur.models.storage.integrity import Damage, file_damage
from facilitateur.paths import SUFFIX, data_dir
from facilitateur.ui import dates
from facilitateur.ui.actions import tr_action
from facilitateur.ui.interaction import Interaction
from facilitateur.ui.refusals import explain
from facilitateur.ui.window_services import WindowServices

_COPIER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup")
CHECK_POLL_MS = 100
BACKUP_POLL_MS = 30_000  # a snapshot is taken 5 minutes after the last one: asked this often


class BackupController:
    """The backups of the open event: the 5-minute snapshot, File → Restore a backup, the
    latest good backup offered when a file cannot be opened, and the check of a file just
    opened. Copies and checks run on a worker thread, so the podium's timer is never held."""

    def __init__(
        self,
        window: WindowServices,
        interaction: Interaction,
        status: QStatusBar,
        show_damage: Callable[[str], None],
        parent: QObject,
    ) -> None:
        self.window = window
        self.interaction = interaction
        self.status = status
        self.show_damage = show_damage  # a damaged file, said without taking the keyboard
        self.parent = parent  # of the timers: they stop with it
        self.backup_job: Future[Any] | None = None  # the snapshot being copied, if any
        self.integrity_job: Future[Damage] | None = None  # the check of the file just opened
        self.timer = QTimer(parent)
        self.timer.setInterval(BACKUP_POLL_MS)
        self.timer.timeout.connect(self.periodic)

    def start(self) -> None:
        """Start asking for the periodic snapshot."""
        self.timer.start()

    def periodic(self) -> None:
        """Asked every 30 s: a snapshot 5 minutes after the last one, if something changed
        since, copied on a worker thread. A failure is told in the status bar, never in the
        way."""
        event = self.window.current
        if event is None:
            return
        ef = event.file
        if ef.backup_error:
            text = QCoreApplication.translate("Backups", "Automatic backup failed: %1")
            self.status.showMessage(text.replace("%1", ef.backup_error), 15000)
        if self.backup_job is not None and not self.backup_job.done():
            return
        if ef.disk_doubt:  # the last snapshot's check disagreed: settled here, on this thread
            event.verify_on_disk()
        job = ef.periodic_backup(_COPIER)
        self.backup_job = job if isinstance(job, Future) else None

    def wait(self, seconds: float = 30) -> None:
        """Before the file is closed (quit, another file): let a snapshot or a check under way
        finish."""
        for job in (self.backup_job, self.integrity_job):
            if job is not None:
                with contextlib.suppress(Exception):  # told in the status bar, or moot
                    job.result(timeout=seconds)
        self.backup_job = self.integrity_job = None

    def check_integrity(self) -> None:
        """After a file is opened: SQLite's check of every page and of every row's references,
        on the worker thread (it reads the whole file); a damaged file is said in the banner,
        with the restore of a backup offered."""
        event = self.window.current
        if event is None:
            return
        job = _COPIER.submit(file_damage, event.file)
        self.integrity_job = job

        def settle() -> None:
            if not job.done():
                QTimer.singleShot(CHECK_POLL_MS, self.parent, settle)
                return
            if self.integrity_job is job:
                self.integrity_job = None
            if self.window.current is not event or job.exception() is not None:
                return  # another file is open now, or this one was closed meanwhile
            found = job.result()
            if found:
                self.show_damage(explain(found.warning(event.file.path)))

        QTimer.singleShot(CHECK_POLL_MS, self.parent, settle)

    def restore(self) -> None:
        """File → Restore a backup: choose a snapshot, restore it into a new file, open it."""
        event = self.window.current
        if event is None:
            return
        found = backups.list_backups(event.file.path)
        if not found:
            self.interaction.error(
                QCoreApplication.translate("Backups", "Restore a backup"),
                QCoreApplication.translate(
                    "Backups",
                    "No backup of this file yet: one is taken every 5 minutes while it changes.",
                ),
            )
            return
        chosen = self.interaction.choose_backup(found)
        if chosen is not None:
            self.restore_into_new_file(chosen, event.file.path)

    def offer(self, path: Path, why: str) -> None:
        """A file that cannot be opened is left as it is; its latest good snapshot is offered."""
        title = QCoreApplication.translate("Backups", "Cannot open the file")
        good = backups.latest_good(path) if path.exists() else None
        if good is None:
            self.interaction.error(title, why)
            return
        question = QCoreApplication.translate(
            "Backups",
            "%1\n\nThe file is left as it is. Restore its latest good backup (%2) into a new file and open it?",
        )
        when = dates.stamp(good.taken)
        if self.interaction.confirm(title, question.replace("%1", why).replace("%2", when)):
            self.restore_into_new_file(good, path)

    def restore_into_new_file(self, backup: backups.Backup, original: Path) -> Path | None:
        """Restore `backup` into a new file beside `original` (asked where), and open it."""
        stamp = backup.taken.strftime("%Y%m%d-%H%M")
        suggested = original.with_name(f"{original.stem}-restaure-{stamp}{SUFFIX}")
        if not os.access(suggested.parent, os.W_OK):
            suggested = data_dir() / suggested.name
        path = self.interaction.save_path(tr_action("Restore a backup…"), suggested)
        if path is None:
            return None
        try:
            backups.restore(backup.path, path)
        except OSError as e:
            self.interaction.error(
                QCoreApplication.translate("Backups", "Cannot restore the backup"), str(e)
            )
            return None
        if self.window.open_path(path):
            text = QCoreApplication.translate("Backups", "Backup restored into %1")
            self.status.showMessage(text.replace("%1", str(path)), 10000)
        return path
