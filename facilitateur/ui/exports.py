"""File → Export: the synthesis (PDF, options and progress in `export_dialog`), the speaking
turns and the actions (CSV), the programme (iCalendar). Each asks where to write, writes
atomically and says what it wrote."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject
from sqlalchemy.orm import Session

from facilitateur.models.storage.connection import refuse_own_file
from facilitateur.models.storage.integrity import refuse_damaged
from facilitateur.models.storage.schema import EventFileError
from facilitateur.ui import dates
from facilitateur.ui.actions import ActionId, tr_action
from facilitateur.ui.refusals import explain

Writer = Callable[[Session, Path, datetime, str], int]


class Exports(QObject):
    """The context of this module's texts. A text with a count is translated by
    `Exports.tr(text, "", n)`: only `tr` gives it its plural forms in the .ts files."""


def _speakers(s: Session, out: Path, now: datetime, lang: str) -> int:
    from facilitateur.export.speakers_csv import export_speakers_csv

    return export_speakers_csv(s, out, now, lang)


def _actions(s: Session, out: Path, now: datetime, lang: str) -> int:
    from facilitateur.export.actions_csv import export_actions_csv

    return export_actions_csv(s, out, lang)


def _calendar(s: Session, out: Path, now: datetime, lang: str) -> int:
    from facilitateur.export.ics import export_ics

    return export_ics(s, out, now)


def _board(s: Session, out: Path, now: datetime, lang: str) -> int:
    from facilitateur.export.board_pdf import export_board

    return export_board(s, out, lang, dates.region())


@dataclass(frozen=True)
class FileExport:
    title: str  # the action's text
    name: str  # appended to the event file's name (translated: `-prises-de-parole`)
    suffix: str
    file_filter: str
    write: Writer
    done: Callable[[int], str]  # the status message for the count the writer returns (%2: path)


CSV = QT_TRANSLATE_NOOP("Exports", "CSV for a spreadsheet (*.csv)")
PDF = QT_TRANSLATE_NOOP("Exports", "PDF documents (*.pdf)")
EXPORTS = {
    ActionId.EXPORT_SPEAKERS: FileExport(
        "Export the speaking turns (CSV)…",
        QT_TRANSLATE_NOOP("Exports", "-speaking-turns"),
        ".csv",
        CSV,
        _speakers,
        lambda n: Exports.tr("%n turns written to %2", "", n),
    ),
    ActionId.EXPORT_ACTIONS: FileExport(
        "Export the actions (CSV)…",
        QT_TRANSLATE_NOOP("Exports", "-actions"),
        ".csv",
        CSV,
        _actions,
        lambda n: Exports.tr("%n actions written to %2", "", n),
    ),
    ActionId.EXPORT_CALENDAR: FileExport(
        "Export the programme (iCalendar)…",
        QT_TRANSLATE_NOOP("Exports", "-programme"),
        ".ics",
        QT_TRANSLATE_NOOP("Exports", "Calendars (*.ics)"),
        _calendar,
        lambda n: (
            Exports.tr("Programme written to %2 (%n blocks without a start time)", "", n)
            if n
            else QCoreApplication.translate("Exports", "Programme written to %2")
        ),
    ),
    ActionId.OS_PRINT: FileExport(
        "Print the board and the room signs (PDF)…",
        QT_TRANSLATE_NOOP("Exports", "-board"),
        ".pdf",
        PDF,
        _board,
        lambda n: Exports.tr("Board (A3) written to %2, with %n room signs (A4) beside it", "", n),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exports", text)


def _lang() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def _ask(window, title: str, name: str, suffix: str, file_filter: str) -> Path | None:
    """Where to write; None when cancelled, or refused because it is the event file itself (a
    rename over it would cut the application off from its file)."""
    current = window.current.file.path
    path = window.interaction.save_path(
        tr_action(title), current.with_name(f"{current.stem}{_tr(name)}{suffix}"), _tr(file_filter)
    )
    if path is None:
        return None
    path = path.with_suffix(suffix)
    try:
        refuse_own_file(path, current)
    except EventFileError as e:
        window.interaction.error(QCoreApplication.translate("Exports", "Cannot export"), explain(e))
        return None
    return path


def _whole(window) -> bool:
    """Whether the open file may be exported: a damaged one would lose rows without a word,
    so it is refused, said in the interface's language."""
    try:
        with window.current.file.session() as s:
            refuse_damaged(s, window.current.file.path)
    except EventFileError as e:
        window.interaction.error(QCoreApplication.translate("Exports", "Cannot export"), explain(e))
        return False
    return True


def export_synthesis(window) -> None:
    """File → Export the synthesis: choose, then write it in a child process behind a progress
    bar; the window (and the timer) stay live, Cancel leaves no file."""
    if window.current is None:
        return
    if window.pdf_job is not None:  # one at a time: say so rather than ignore the keys
        window.pdf_job.dialog.raise_()
        window.statusBar().showMessage(
            QCoreApplication.translate("Exports", "A synthesis is already being written"), 5000
        )
        return
    from facilitateur.ui.export_dialog import PdfChoice, open_in_viewer
    from facilitateur.ui.pdf_job import PdfJob

    choice = window.interaction.pdf_choice(PdfChoice.remembered(_lang()))
    if choice is None:
        return
    choice.save()
    name = QT_TRANSLATE_NOOP("Exports", "-summary")
    path = _ask(window, "Export the synthesis (PDF)…", name, ".pdf", PDF)
    if path is None:
        return

    def finished(pages: int | None, error: str | None) -> None:
        window.pdf_job = None
        if window.current is not None:
            window.current.verify_on_disk()
        if error:
            window.interaction.error(QCoreApplication.translate("Exports", "Cannot export"), error)
        elif pages is None:
            window.statusBar().showMessage(
                QCoreApplication.translate("Exports", "Export cancelled: no file written"), 8000
            )
        else:
            text = Exports.tr("Synthesis written: %2 (%n pages)", "", pages)
            window.statusBar().showMessage(text.replace("%2", str(path)), 10000)
            if choice.open_after:
                open_in_viewer(path)

    window.save_pending()  # the last words typed go into the synthesis too
    if not _whole(window):
        return
    try:
        window.pdf_job = PdfJob(
            window.current.file, path, window.clock.now(), choice, window, finished
        )
    except (OSError, sqlite3.Error) as e:  # no private folder or snapshot beside the destination
        why = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        window.interaction.error(
            QCoreApplication.translate("Exports", "Cannot export"), f"{path}: {why}"
        )


def run_export(window, action: ActionId) -> Path | None:
    """Ask where, write, and show the outcome in the status bar; the path written, or None."""
    if window.current is None:
        return None
    spec = EXPORTS[action]
    path = _ask(window, spec.title, spec.name, spec.suffix, spec.file_filter)
    if path is None:
        return None
    window.save_pending()
    if not _whole(window):
        return None
    try:
        with window.current.file.session() as s:
            count = spec.write(s, path, window.clock.now(), _lang())
    except OSError as e:
        window.interaction.error(
            QCoreApplication.translate("Exports", "Cannot export"), f"{path}: {e.strerror}"
        )
        return None
    finally:
        window.current.verify_on_disk()
    message = spec.done(count).replace("%2", str(path))
    window.statusBar().showMessage(message, 10000)
    return path
