"""Writing the synthesis in a child process, behind a progress bar with Cancel.

The layout of a long synthesis holds the Python interpreter for seconds; on a thread of the
application it took the interpreter from the timer and the painting for up to 50 ms at a time.
In a child process (`facilitateur export pdf … --progress`, the same code as on the command
line) it takes nothing from them: the window only reads progress lines. The child never opens
the live event file: the application hands it a snapshot written through its own connection
(SQLite's backup API; every command is committed before it is acknowledged, so the snapshot is
the day as it is) into a private folder next to the destination, where the child also writes
the PDF. A second connection on the live file could, once the application's locks are gone,
checkpoint and delete the log the application still writes into (docs/reliability.md). The PDF
is moved into place only when complete, so Cancel, a failure or closing the application leaves
no file behind.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, QProcessEnvironment
from PySide6.QtWidgets import QProgressDialog

from facilitateur.launch import own_command
from facilitateur.models.storage.store import EventFile
from facilitateur.paths import SUFFIX
from facilitateur.ui import dates

Finished = Callable[[int | None, str | None], None]  # (pages, error); pages None: cancelled
PREFIX = ".facilitateur-"
STALE_SECONDS = 6 * 3600


def _alive(pid: int) -> bool:
    """Whether process `pid` still runs (on Windows, where asking would end it: assumed so)."""
    if sys.platform == "win32" or pid <= 0:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process: alive
        return True
    return True


def _sweep(folder: Path) -> None:
    """Remove the private folders of exports that never ended (the app was killed during one):
    at once when the application that made it is gone (its number is in the folder's name),
    else once hours old (no export under way is that old)."""
    now = time.time()
    for stale in folder.glob(f"{PREFIX}*"):
        owner = stale.name[len(PREFIX) :].split("-")[0]
        try:
            gone = owner.isdigit() and not _alive(int(owner))
            if stale.is_dir() and (gone or now - stale.stat().st_mtime > STALE_SECONDS):
                shutil.rmtree(stale, ignore_errors=True)
        except OSError:
            pass


def export_arguments(db: Path, out: Path, now: datetime, choice) -> list[str]:
    """The child's arguments after `facilitateur` (launch.own_command) for a PdfChoice."""
    # name=value: a path that starts with "-" is not taken for an option
    args = ["export", "pdf", f"--db={db}", f"--output={out}"]
    args += ["--lang", choice.lang, "--page", choice.page, "--sections", ",".join(choice.sections)]
    args += ["--at", now.isoformat(), "--progress"]
    args.append(f"--region={dates.region()}")  # times and dates as on the screens
    if choice.include_internal:
        args.append("--include-internal")
    if choice.logo:
        args.append(f"--logo={choice.logo}")
    return args


class _ChildRefusal(Exception):
    def __init__(self, reason: str, values: dict) -> None:
        super().__init__(reason)
        self.reason, self.values = reason, values


def _explain_refusal(line: str) -> str:
    """`refusal REASON {values}` from the child, said as refusals.py says it (the section
    named as the export dialog names it)."""
    import json

    from facilitateur.ui.export_dialog import SECTION_NAMES
    from facilitateur.ui.refusals import explain

    _word, reason, said = [*line.split(" ", 2), "{}"][:3]
    try:
        values = json.loads(said)
    except ValueError:
        values = {}
    section = values.get("section")
    if section in SECTION_NAMES:
        values["section"] = QCoreApplication.translate("ExportDialog", SECTION_NAMES[section])
    return explain(_ChildRefusal(reason, values))


class PdfJob:
    """One export under way; `finished(pages, error)` is called once, on the UI thread.

    Raises OSError when the private folder or the snapshot cannot be written (nothing is left
    behind)."""

    def __init__(
        self, event_file: EventFile, out: Path, now: datetime, choice, parent, finished: Finished
    ) -> None:
        self.out, self.finished = Path(out), finished
        self.fraction = 0.0
        self.pages: int | None = None
        self.refusal: str | None = None  # the child's `refusal REASON {values}` line
        self._cancelled, self._done = False, False
        _sweep(self.out.parent)
        self._folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=self.out.parent))
        self._part = self._folder / self.out.name
        db = self._folder / f"snapshot{SUFFIX}"
        try:
            event_file.save_copy(db)
        except (OSError, sqlite3.Error):
            shutil.rmtree(self._folder, ignore_errors=True)
            raise
        self.dialog = QProgressDialog(
            QCoreApplication.translate("ExportDialog", "Writing the synthesis…"),
            QCoreApplication.translate("ExportDialog", "Cancel"),
            0,
            100,
            parent,
        )
        self.dialog.setWindowTitle(
            QCoreApplication.translate("ExportDialog", "Export the synthesis")
        )
        self.dialog.setMinimumDuration(0)
        self.dialog.canceled.connect(self.cancel)
        self.process = QProcess(parent)
        program, *prefix = own_command()  # the standalone build runs itself, not Python
        self.process.setProgram(program)
        self.process.setArguments(prefix + export_arguments(db, self._part, now, choice))
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONIOENCODING", "utf-8")  # messages with accents, whatever the locale
        self.process.setProcessEnvironment(env)
        if sys.platform == "win32" and hasattr(self.process, "setCreateProcessArgumentsModifier"):
            # No console window flashing up beside the application.
            def no_window(args) -> None:
                args.flags |= 0x08000000  # CREATE_NO_WINDOW

            self.process.setCreateProcessArgumentsModifier(no_window)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._ended)
        self.process.errorOccurred.connect(self._failed_to_start)
        self.dialog.show()
        self.process.start()

    def cancel(self) -> None:
        if not self._done:
            self._cancelled = True
            self.process.kill()

    def abort(self, wait: float = 10) -> None:
        """The application is closing: stop the child and leave no file behind."""
        if not self._done:
            self._cancelled = True
            self.process.kill()
            self.process.waitForFinished(int(wait * 1000))
            if not self._done:  # `finished` may already have been handled while waiting
                self._end(None, None)

    def _read(self) -> None:
        while self.process.canReadLine():
            raw = bytes(self.process.readLine().data()).decode("utf-8", "replace")
            if raw.startswith("refusal "):
                self.refusal = raw.strip()
                continue
            line = raw.split()
            if len(line) == 2 and line[0] == "progress":
                self.fraction = min(float(line[1]), 1.0)
                self.dialog.setValue(int(self.fraction * 99))
            elif len(line) == 2 and line[0] == "pages":
                self.pages = int(line[1])

    def _failed_to_start(self, error) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self._done:
            self._end(None, f"{self.out}: {self.process.errorString()}")

    def _ended(self, code: int, status) -> None:
        if self._done:
            return
        self._read()
        if self._cancelled:
            self._end(None, None)
            return
        if code == 0 and status == QProcess.ExitStatus.NormalExit and self.pages is not None:
            try:
                os.replace(self._part, self.out)
            except OSError as e:
                self._end(None, f"{self.out}: {e.strerror}")
                return
            self._end(self.pages, None)
            return
        said = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace").strip()
        if self.refusal is not None:  # the child said why: in the interface's language
            said = _explain_refusal(self.refusal)
        elif "Traceback (most recent call last)" in said:  # a bug: its last line, not its trace
            said = said.splitlines()[-1]
        if not said:
            said = QCoreApplication.translate("ExportDialog", "the export stopped (code %1)")
            said = said.replace("%1", str(code))
        self._end(None, said)

    def _end(self, pages: int | None, error: str | None) -> None:
        self._done = True
        shutil.rmtree(self._folder, ignore_errors=True)
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()  # both belong to the window: not kept export after export
        self.process.deleteLater()
        self.finished(pages, error)
