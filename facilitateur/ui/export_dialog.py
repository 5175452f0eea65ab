"""Export the synthesis: which sections, language, page size, internal notes, open when done;
the PDF is then written by a child process (pdf_job.py) behind a progress bar with Cancel, so
the timer keeps ticking during an export."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitateur.export.pdf import SECTIONS, PageSize, Section
from facilitateur.export.pdf.document import ONLY_ONCE_RUN
from facilitateur.models.text.language import Language
from facilitateur.ui.file_dialogs import ask_open
from facilitateur.ui.naming import named
from facilitateur.ui.noop import QT_TRANSLATE_NOOP

SECTION_NAMES: dict[Section, str] = {
    Section.COVER: QT_TRANSLATE_NOOP("ExportDialog", "Cover"),
    Section.CONTENTS: QT_TRANSLATE_NOOP("ExportDialog", "Contents"),
    Section.FIGURES: QT_TRANSLATE_NOOP("ExportDialog", "Key figures"),
    Section.PROGRAMME: QT_TRANSLATE_NOOP("ExportDialog", "The programme as run, with its timeline"),
    Section.BLOCKS: QT_TRANSLATE_NOOP("ExportDialog", "Block by block: speakers and notes"),
    Section.ACTIONS: QT_TRANSLATE_NOOP("ExportDialog", "Action table"),
    Section.SPEAKING: QT_TRANSLATE_NOOP("ExportDialog", "Speaking time statistics"),
    Section.OPENSPACE: QT_TRANSLATE_NOOP("ExportDialog", "Open Space: board, reports, convergence"),
    Section.CLOSING: QT_TRANSLATE_NOOP("ExportDialog", "Closing line"),
}


# The sections of the versions that did not remember which sections they knew.
KNOWN_BEFORE_OPEN_SPACE = [n for n in SECTIONS if n != Section.OPENSPACE]


@dataclass
class PdfChoice:
    """What the user chose for one export; remembered for the next one."""

    sections: list[Section] = field(default_factory=lambda: list(SECTIONS))
    lang: Language = Language.FR
    page: PageSize = PageSize.A4
    include_internal: bool = False
    open_after: bool = False
    logo: str = ""  # an image for the cover; empty: none

    def save(self) -> None:
        st = QSettings()
        st.setValue("pdf/sections", ",".join(self.sections))
        st.setValue("pdf/known", ",".join(SECTIONS))  # a later version's new sections start on
        st.setValue("pdf/lang", self.lang)
        st.setValue("pdf/page", self.page)
        st.setValue("pdf/open_after", self.open_after)
        st.setValue("pdf/logo", self.logo)

    @classmethod
    def remembered(cls, lang: Language) -> PdfChoice:
        """The last choices (internal notes are never kept on: each export asks again)."""
        st = QSettings()
        names = str(st.value("pdf/sections", ",".join(SECTIONS))).split(",")
        # Sections that did not exist when the choice was saved are on (the Open Space section
        # came after the first exports): "not ticked" must mean "unticked by the user".
        known = str(st.value("pdf/known", ",".join(KNOWN_BEFORE_OPEN_SPACE))).split(",")
        names += [n for n in SECTIONS if n not in known]
        saved_lang = st.value("pdf/lang")
        return cls(
            [n for n in SECTIONS if n in names] or list(SECTIONS),
            Language.of(saved_lang, lang),
            PageSize.LETTER if st.value("pdf/page") == PageSize.LETTER else PageSize.A4,
            False,
            str(st.value("pdf/open_after", "false")).lower() == "true",
            str(st.value("pdf/logo", "") or ""),
        )


class ExportDialog(QDialog):
    """What goes into the PDF; `not_run`: the event has not begun, which the dialog says (the
    PDF will be the programme, with its planned speakers)."""

    def __init__(
        self, choice: PdfChoice, parent: QWidget | None = None, not_run: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the synthesis"))
        self.notice = named(
            QLabel(
                self.tr(
                    "This day has not taken place yet: the PDF will be its programme, with the speakers planned. Speaking time and the closing line come once the day has run."
                ),
                wordWrap=True,
            ),
            "pdfNotRunNotice",
        )
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setMargin(6)
        self.notice.setVisible(not_run)
        box = QGroupBox(self.tr("Sections"))
        column = QVBoxLayout(box)
        self.sections: dict[Section, QCheckBox] = {}
        for name in SECTIONS:
            check = QCheckBox(self.tr(SECTION_NAMES[name]))
            check.setChecked(name in choice.sections)
            check.toggled.connect(self._allow)
            # Left out of a programme: shown, kept as chosen, but not to be changed now.
            check.setEnabled(not (not_run and name in ONLY_ONCE_RUN))
            column.addWidget(check)
            self.sections[name] = check
        form = QFormLayout()
        self.lang = QComboBox()
        self.lang.addItem("Français", Language.FR)
        self.lang.addItem("English", Language.EN)
        self.lang.setCurrentIndex(max(self.lang.findData(choice.lang), 0))
        self.page = QComboBox()
        self.page.addItem("A4", PageSize.A4)
        self.page.addItem("Letter (US)", PageSize.LETTER)
        self.page.setCurrentIndex(max(self.page.findData(choice.page), 0))
        form.addRow(self.tr("Language of the document"), self.lang)
        form.addRow(self.tr("Page size"), self.page)
        self.logo = named(QLineEdit(choice.logo, readOnly=True), "pdfLogo")
        self.logo.setPlaceholderText(self.tr("none"))
        self.logo.setAccessibleName(self.tr("Logo on the cover"))
        choose = named(QPushButton(self.tr("Choose…")), "pdfLogoChoose")
        choose.clicked.connect(self._choose_logo)
        clear = named(QPushButton(self.tr("None")), "pdfLogoClear")
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
        layout.addWidget(self.notice)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(self.internal)
        layout.addWidget(self.open_after)
        layout.addWidget(self.buttons)
        self._allow()

    def _choose_logo(self) -> None:
        start = Path(self.logo.text()).parent if self.logo.text() else Path.home()
        path = ask_open(
            self, self.tr("Logo on the cover"), start, self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path is not None:
            self.logo.setText(str(path))

    def _allow(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(any(c.isChecked() for c in self.sections.values()))

    def choice(self) -> PdfChoice:
        return PdfChoice(
            [n for n, c in self.sections.items() if c.isChecked()],
            Language(self.lang.currentData()),  # Qt gives the text back
            PageSize(self.page.currentData()),
            self.internal.isChecked(),
            self.open_after.isChecked(),
            self.logo.text(),
        )


def open_in_viewer(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
