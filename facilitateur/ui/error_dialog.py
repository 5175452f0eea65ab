"""An error nobody expected: written to the log with its traceback, and said in a dialog with
the details to copy — instead of a traceback on a console nobody sees."""

from __future__ import annotations

import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitateur import __version__
from facilitateur.logs import log, log_dir
from facilitateur.ui.naming import named


class ErrorDialog(QDialog):
    """What went wrong, that nothing typed is lost, and the details (copied in one click)."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(self.tr("Something went wrong"))
        self.details = details
        said = QLabel(
            self.tr(
                "Facilitateur met an error it did not expect. What you typed is kept: every change is saved as it is made. The details below are also in the log; copy them into a message to whoever looks after the application."
            ),
            wordWrap=True,
        )
        text = named(QPlainTextEdit(details, readOnly=True), "errorDetails")
        text.setMinimumSize(560, 220)
        text.setAccessibleName(self.tr("Details of the error"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy = named(QPushButton(self.tr("Copy the details")), "errorCopy")
        folder = QPushButton(self.tr("Open the log folder"))
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.clicked.connect(self._copy)
        folder.clicked.connect(open_log_folder)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy.setText(self.tr("Copied"))


def open_log_folder() -> None:
    """Help → Open the log folder."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))


class ErrorReporter:
    """Installed as `sys.excepthook` (errors in Qt's slots arrive there) and
    `threading.excepthook`: every uncaught error is logged; those of the interface's thread are
    also said in a dialog, one at a time (an error repeated by a timer is counted, not stacked)."""

    def __init__(self, parent: QWidget | None) -> None:
        self.parent = parent
        self.dialog: ErrorDialog | None = None
        self.unshown = 0

    def install(self) -> None:
        sys.excepthook = self.caught
        threading.excepthook = lambda a: log.error(
            "uncaught in thread %s",
            a.thread and a.thread.name,
            exc_info=a.exc_value,  # with its traceback, a.exc_traceback
        )

    def caught(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("uncaught error", exc_info=(kind, error, trace))
        if self.dialog is not None:
            self.unshown += 1
            return
        details = f"Facilitateur {__version__}\n" + "".join(
            traceback.format_exception(kind, error, trace)
        )
        self.dialog = ErrorDialog(details, self.parent)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()  # not exec(): the error may come from inside an event handler

    def _closed(self) -> None:
        if self.unshown:
            log.info("errors while the dialog was open: %d more", self.unshown)
        self.dialog, self.unshown = None, 0
