"""Export the synthesis: which sections, language, page size, internal notes, open when done;
then the PDF is laid out on a worker thread behind a progress bar with Cancel, so the timer
keeps ticking during an export."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitateur.export.pdf import SECTIONS, Synthesis, write_pdf

SECTION_NAMES = {
    "cover": QT_TRANSLATE_NOOP("ExportDialog", "Cover"),
    "contents": QT_TRANSLATE_NOOP("ExportDialog", "Contents"),
    "figures": QT_TRANSLATE_NOOP("ExportDialog", "Key figures"),
    "programme": QT_TRANSLATE_NOOP("ExportDialog", "The programme as run, with its timeline"),
    "blocks": QT_TRANSLATE_NOOP("ExportDialog", "Block by block: speakers and notes"),
    "actions": QT_TRANSLATE_NOOP("ExportDialog", "Action table"),
    "speaking": QT_TRANSLATE_NOOP("ExportDialog", "Speaking time statistics"),
    "openspace": QT_TRANSLATE_NOOP("ExportDialog", "Open Space: board, reports, convergence"),
    "closing": QT_TRANSLATE_NOOP("ExportDialog", "Closing line"),
}


@dataclass
class PdfChoice:
    """What the user chose for one export; remembered for the next one."""

    sections: list[str] = field(default_factory=lambda: list(SECTIONS))
    lang: str = "fr"
    page: str = "A4"
    include_internal: bool = False
    open_after: bool = False
    logo: str = ""  # an image for the cover; empty: none

    def save(self) -> None:
        st = QSettings()
        st.setValue("pdf/sections", ",".join(self.sections))
        st.setValue("pdf/lang", self.lang)
        st.setValue("pdf/page", self.page)
        st.setValue("pdf/open_after", self.open_after)
        st.setValue("pdf/logo", self.logo)

    @classmethod
    def remembered(cls, lang: str) -> PdfChoice:
        """The last choices (internal notes are never kept on: each export asks again)."""
        st = QSettings()
        names = str(st.value("pdf/sections", ",".join(SECTIONS))).split(",")
        saved_lang = st.value("pdf/lang")
        return cls(
            [n for n in SECTIONS if n in names] or list(SECTIONS),
            saved_lang if saved_lang in ("fr", "en") else lang,
            "Letter" if st.value("pdf/page") == "Letter" else "A4",
            False,
            str(st.value("pdf/open_after", "false")).lower() == "true",
            str(st.value("pdf/logo", "") or ""),
        )


class ExportDialog(QDialog):
    def __init__(self, choice: PdfChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the synthesis"))
        box = QGroupBox(self.tr("Sections"))
        column = QVBoxLayout(box)
        self.sections: dict[str, QCheckBox] = {}
        for name in SECTIONS:
            check = QCheckBox(self.tr(SECTION_NAMES[name]))
            check.setChecked(name in choice.sections)
            check.toggled.connect(self._allow)
            column.addWidget(check)
            self.sections[name] = check
        form = QFormLayout()
        self.lang = QComboBox()
        self.lang.addItem("Français", "fr")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(max(self.lang.findData(choice.lang), 0))
        self.page = QComboBox()
        self.page.addItem("A4", "A4")
        self.page.addItem("Letter (US)", "Letter")
        self.page.setCurrentIndex(max(self.page.findData(choice.page), 0))
        form.addRow(self.tr("Language of the document"), self.lang)
        form.addRow(self.tr("Page size"), self.page)
        self.logo = QLineEdit(choice.logo, objectName="pdfLogo", readOnly=True)
        self.logo.setPlaceholderText(self.tr("none"))
        choose = QPushButton(self.tr("Choose…"), objectName="pdfLogoChoose")
        choose.clicked.connect(self._choose_logo)
        clear = QPushButton(self.tr("None"), objectName="pdfLogoClear")
        clear.clicked.connect(self.logo.clear)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(clear)
        form.addRow(self.tr("Logo on the cover"), logo_row)
        self.internal = QCheckBox(self.tr("Include the notes marked internal"))
        self.internal.setChecked(choice.include_internal)
        self.open_after = QCheckBox(self.tr("Open the PDF when it is written"))
        self.open_after.setChecked(choice.open_after)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(self.internal)
        layout.addWidget(self.open_after)
        layout.addWidget(self.buttons)
        self._allow()

    def _choose_logo(self) -> None:
        start = str(Path(self.logo.text()).parent) if self.logo.text() else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo on the cover"), start, self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.logo.setText(name)

    def _allow(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(any(c.isChecked() for c in self.sections.values()))

    def choice(self) -> PdfChoice:
        return PdfChoice(
            [n for n, c in self.sections.items() if c.isChecked()],
            self.lang.currentData(),
            self.page.currentData(),
            self.internal.isChecked(),
            self.open_after.isChecked(),
            self.logo.text(),
        )


class Cancelled(Exception):
    """The user pressed Cancel during an export."""


class PdfJob:
    """Reads the event and lays out the synthesis on a worker thread; the progress dialog is polled from the UI
    thread. `finished(pages, error)` is called on the UI thread once, pages None if cancelled."""

    def __init__(
        self, read: Callable[[], Synthesis], out: Path, choice: PdfChoice, parent, finished
    ) -> None:
        self.out, self.finished = out, finished
        self.fraction = 0.0
        self.result: tuple[int | None, str | None] | None = None
        self._cancel = threading.Event()
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
        self.dialog.show()  # shown before the worker competes for the interpreter
        self.dialog.canceled.connect(self._cancel.set)
        self.timer = QTimer(interval=50)
        self.timer.timeout.connect(self._poll)
        self.thread = threading.Thread(
            target=self._work, args=(read, choice), name="pdf-export", daemon=True
        )
        # The worker holds the interpreter lock between its switch points: a shorter interval
        # lets the UI thread (timer, paint) take it back sooner during the export. The cyclic
        # garbage collector, triggered by the layout's millions of objects, would hold it for
        # 100-230 ms per full pass: it waits until the export ends (the layout's objects are
        # freed by reference counting as it goes).
        self._switch = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch, 0.0005))
        self._gc = gc.isenabled()
        gc.disable()
        gc.freeze()  # the app's objects: a later collection need not walk them again
        QTimer.singleShot(0, self.thread.start)
        self.timer.start()

    def cancel(self) -> None:
        self._cancel.set()

    def abort(self, wait: float = 10) -> None:
        """Cancel and wait for the worker (the app is closing): no file is left half-written."""
        self._cancel.set()
        if self.thread.is_alive():
            self.thread.join(wait)

    def _report(self, fraction: float) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.fraction = fraction

    def _work(self, read: Callable[[], Synthesis], choice: PdfChoice) -> None:
        try:
            data = read()  # its own session: SQLite in WAL mode reads beside the UI's writes
            pages = write_pdf(
                data,
                self.out,
                choice.lang,
                choice.sections,
                choice.page,
                self._report,
                Path(choice.logo) if choice.logo else None,
            )
            self.result = (pages, None)
        except Cancelled:
            self.result = (None, None)
        except OSError as e:
            self.result = (None, f"{self.out}: {e.strerror}")
        except ValueError as e:  # a logo that is not an image
            self.result = (None, str(e))
        except Exception as e:  # shown to the user as a message, never a traceback
            self.result = (None, f"{self.out}: {type(e).__name__}: {e}")

    def _poll(self) -> None:
        if self.result is None:
            self.dialog.setValue(int(self.fraction * 100))
            return
        self.timer.stop()
        sys.setswitchinterval(self._switch)
        gc.unfreeze()
        if self._gc:
            gc.enable()
        self.dialog.reset()
        self.dialog.hide()
        self.finished(*self.result)


def open_in_viewer(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
