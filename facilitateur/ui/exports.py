"""File → Export: the synthesis (PDF, options and progress in `export_dialog`), the speaking
turns and the actions (CSV), the programme (iCalendar). Each asks where to write, writes
atomically and says what it wrote."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QStatusBar, QWidget

from facilitateur.clock import Clock
from facilitateur.export.event_exports import (
    has_run,
    write_actions_csv,
    write_board_and_signs,
    write_calendar,
    write_speakers_csv,
)
from facilitateur.models.storage.connection import refuse_own_file
from facilitateur.models.storage.integrity import refuse_damaged_file
from facilitateur.models.storage.schema import EventFileError
from facilitateur.models.storage.store import EventFile
from facilitateur.models.text.language import Language
from facilitateur.ui import dates
from facilitateur.ui.actions import ActionId, tr_action
from facilitateur.ui.interaction import Interaction
from facilitateur.ui.noop import TextContext
from facilitateur.ui.qt_event import QtEvent
from facilitateur.ui.refusals import explain
from facilitateur.ui.window_services import WindowServices

if TYPE_CHECKING:
    from facilitateur.ui.pdf_job import PdfJob

Writer = Callable[[EventFile, Path, datetime, Language], int]


class Exports(TextContext):
    """The context of this module's texts (`Exports.tr(text, "", n)` for a count)."""


def _speakers(ef: EventFile, out: Path, now: datetime, lang: Language) -> int:
    return write_speakers_csv(ef, out, now, lang)


def _actions(ef: EventFile, out: Path, now: datetime, lang: Language) -> int:
    return write_actions_csv(ef, out, lang)


def _calendar(ef: EventFile, out: Path, now: datetime, lang: Language) -> int:
    return write_calendar(ef, out, now)


def _board(ef: EventFile, out: Path, now: datetime, lang: Language) -> int:
    return write_board_and_signs(ef, out, lang, dates.region())


@dataclass(frozen=True)
class FileExport:
    title: str  # the action's text
    name: str  # appended to the event file's name (translated: `-prises-de-parole`)
    suffix: str
    file_filter: str
    write: Writer
    done: Callable[[int], str]  # the status message for the count the writer returns (%2: path)


CSV = str(QT_TRANSLATE_NOOP("Exports", "CSV for a spreadsheet (*.csv)"))
PDF = str(QT_TRANSLATE_NOOP("Exports", "PDF documents (*.pdf)"))
EXPORTS = {
    ActionId.EXPORT_SPEAKERS: FileExport(
        "Export the speaking turns (CSV)…",
        str(QT_TRANSLATE_NOOP("Exports", "-speaking-turns")),
        ".csv",
        CSV,
        _speakers,
        lambda n: Exports.tr("%n turns written to %2", "", n),
    ),
    ActionId.EXPORT_ACTIONS: FileExport(
        "Export the actions (CSV)…",
        str(QT_TRANSLATE_NOOP("Exports", "-actions")),
        ".csv",
        CSV,
        _actions,
        lambda n: Exports.tr("%n actions written to %2", "", n),
    ),
    ActionId.EXPORT_CALENDAR: FileExport(
        "Export the programme (iCalendar)…",
        str(QT_TRANSLATE_NOOP("Exports", "-programme")),
        ".ics",
        str(QT_TRANSLATE_NOOP("Exports", "Calendars (*.ics)")),
        _calendar,
        lambda n: (
            Exports.tr("Programme written to %2 (%n blocks without a start time)", "", n)
            if n
            else QCoreApplication.translate("Exports", "Programme written to %2")
        ),
    ),
    ActionId.OS_PRINT: FileExport(
        "Print the board and the room signs (PDF)…",
        str(QT_TRANSLATE_NOOP("Exports", "-board")),
        ".pdf",
        PDF,
        _board,
        lambda n: Exports.tr("Board (A3) written to %2, with %n room signs (A4) beside it", "", n),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exports", text)


def _lang() -> Language:
    return Language.FR if QLocale().language() == QLocale.Language.French else Language.EN


class ExportController:
    """File → Export: the synthesis (PDF, written by a child process behind a progress bar,
    one at a time), and the files written here (CSV, iCalendar, the board). Each asks where to
    write, refuses a damaged file, and says what it wrote in the status bar."""

    def __init__(
        self,
        window: WindowServices,
        interaction: Interaction,
        status: QStatusBar,
        clock: Clock,
        parent: QWidget,
    ) -> None:
        self.window = window
        self.interaction = interaction
        self.status = status
        self.clock = clock
        self.parent = parent  # of the progress dialog and the child process
        self.job: PdfJob | None = None  # the synthesis being written, if any

    def _ask(
        self, event: QtEvent, title: str, name: str, suffix: str, file_filter: str
    ) -> Path | None:
        """Where to write; None when cancelled, or refused because it is the event file itself
        (a rename over it would cut the application off from its file)."""
        current = event.file.path
        path = self.interaction.save_path(
            tr_action(title),
            current.with_name(f"{current.stem}{_tr(name)}{suffix}"),
            _tr(file_filter),
        )
        if path is None:
            return None
        path = path.with_suffix(suffix)
        try:
            refuse_own_file(path, current)
        except EventFileError as e:
            self.interaction.error(
                QCoreApplication.translate("Exports", "Cannot export"), explain(e)
            )
            return None
        return path

    def _whole(self, event: QtEvent) -> bool:
        """Whether the open file may be exported: a damaged one would lose rows without a word,
        so it is refused, said in the interface's language."""
        try:
            refuse_damaged_file(event.file)
        except EventFileError as e:
            self.interaction.error(
                QCoreApplication.translate("Exports", "Cannot export"), explain(e)
            )
            return False
        return True

    def synthesis(self) -> None:
        """File → Export the synthesis: choose, then write it in a child process behind a
        progress bar; the window (and the timer) stay live, Cancel leaves no file."""
        event = self.window.current
        if event is None:
            return
        if self.job is not None:  # one at a time: say so rather than ignore the keys
            self.job.dialog.raise_()
            self.status.showMessage(
                QCoreApplication.translate("Exports", "A synthesis is already being written"), 5000
            )
            return
        from facilitateur.ui.export_dialog import PdfChoice, open_in_viewer
        from facilitateur.ui.pdf_job import PdfJob

        # A day not yet run is exported as its programme: the dialog says so.
        choice = self.interaction.pdf_choice(PdfChoice.remembered(_lang()), not has_run(event.file))
        if choice is None:
            return
        choice.save()
        name = str(QT_TRANSLATE_NOOP("Exports", "-summary"))
        path = self._ask(event, "Export the synthesis (PDF)…", name, ".pdf", PDF)
        if path is None:
            return

        def finished(pages: int | None, error: str | None) -> None:
            self.job = None
            current = self.window.current
            if current is not None:
                current.verify_on_disk()
            if error:
                self.interaction.error(
                    QCoreApplication.translate("Exports", "Cannot export"), error
                )
            elif pages is None:
                self.status.showMessage(
                    QCoreApplication.translate("Exports", "Export cancelled: no file written"), 8000
                )
            else:
                text = Exports.tr("Synthesis written: %2 (%n pages)", "", pages)
                self.status.showMessage(text.replace("%2", str(path)), 10000)
                if choice.open_after:
                    open_in_viewer(path)

        self.window.save_pending()  # the last words typed go into the synthesis too
        if not self._whole(event):
            return
        try:
            self.job = PdfJob(event.file, path, self.clock.now(), choice, self.parent, finished)
        except (OSError, sqlite3.Error) as e:  # no private folder or snapshot beside it
            why = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
            self.interaction.error(
                QCoreApplication.translate("Exports", "Cannot export"), f"{path}: {why}"
            )

    def abort(self) -> None:
        """The window is closing: a synthesis under way stops and leaves no file behind."""
        if self.job is not None:
            self.job.abort()

    def write(self, action: ActionId) -> Path | None:
        """Ask where, write, and show the outcome in the status bar; the path written, or None."""
        event = self.window.current
        if event is None:
            return None
        spec = EXPORTS[action]
        path = self._ask(event, spec.title, spec.name, spec.suffix, spec.file_filter)
        if path is None:
            return None
        self.window.save_pending()
        if not self._whole(event):
            return None
        try:
            count = spec.write(event.file, path, self.clock.now(), _lang())
        except OSError as e:
            self.interaction.error(
                QCoreApplication.translate("Exports", "Cannot export"), f"{path}: {e.strerror}"
            )
            return None
        finally:
            event.verify_on_disk()
        message = spec.done(count).replace("%2", str(path))
        self.status.showMessage(message, 10000)
        return path
