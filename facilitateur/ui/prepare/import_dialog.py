"""Préparer → Import a programme: paste or open, see the agenda it gives, correct, apply."""

from __future__ import annotations

import copy
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.agenda.read import has_agenda
from facilitateur.models.commands.programme_cmds import ImportFormat, ImportMode
from facilitateur.models.programme import ProgrammeError, Reading, open_programme, read_programme
from facilitateur.models.programme.assemble import DayNote
from facilitateur.models.storage.connection import is_part_of
from facilitateur.ui import theme
from facilitateur.ui.naming import named
from facilitateur.ui.noop import QT_TRANSLATE_NOOP
from facilitateur.ui.prepare.parser_messages import translate
from facilitateur.ui.prepare.programme_tree import ProgrammeTree
from facilitateur.ui.qt_event import QtEvent

PROGRAMME_FILTER = QT_TRANSLATE_NOOP(
    "Interaction", "Programmes (*.txt *.csv *.tsv *.xlsx *.json);;All files (*)"
)
AUTOMATIC = "auto"  # the format box's first choice: guessed from the text
FORMATS = (AUTOMATIC, ImportFormat.TEXT, ImportFormat.CSV, ImportFormat.JSON)
READ_POLL_MS = 50
_READER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="programme")


class ImportArgs(TypedDict, total=False):
    """What `program.import` is sent: the text and its format, or the programme as edited."""

    text: str
    format: ImportFormat
    programme: dict[str, Any]
    mode: ImportMode


@dataclass
class ImportDraft:
    """What the dialog held when it closed, cancelled or imported, given back when it opens
    again (a paste is never lost to Escape, nor to the undoing of its import): the text, its
    format, the days' 12-hour choices, and the agenda as corrected in the preview with the
    lines still unread (None when nothing was corrected), or a workbook's agenda."""

    text: str
    format_index: int
    clocks: dict[int, bool]
    corrected: dict[str, Any] | None = None
    notes: list[DayNote] = field(default_factory=list)
    unread: list[dict[str, Any]] = field(default_factory=list)
    workbook: bool = False


class ImportDialog(QDialog):
    def __init__(
        self, event: QtEvent, parent: QWidget | None = None, draft: ImportDraft | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import a programme"))
        self.current = event  # not `self.event`: that is QObject.event(), which Qt calls
        self.programme: dict[str, Any] | None = None
        self.file_programme: dict[str, Any] | None = None  # from an xlsx file, not text
        self.tree_edited = False
        self.clocks: dict[int, bool] = {}  # days whose 12-hour reading the user switched

        hint = QLabel(
            self.tr(
                "Paste the programme (from a PDF, a Word file, a web page, a spreadsheet) or open a file. Check the agenda on the right, correct the text or the agenda, then import (Ctrl+Enter)."
            )
        )
        hint.setWordWrap(True)
        self.text = named(QPlainTextEdit(), "programmeText")
        self.text.setAccessibleName(self.tr("Text of the programme"))
        self.text.setPlaceholderText(self.tr("9:15-10:30 Round table\n- Speakers: …"))
        # Long lines wrap: read whole at 1366 px, with no scrolling sideways (a line not read
        # is tinted from its start).
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.format = named(QComboBox(), "programmeFormat")
        for key, label in zip(
            FORMATS,
            (self.tr("Automatic"), self.tr("Text"), self.tr("CSV"), self.tr("JSON")),
            strict=True,
        ):
            self.format.addItem(label, str(key))
        open_button = named(
            QPushButton(theme.icon("folder-open"), self.tr("Open a file…")), "programmeOpen"
        )
        self.status = named(QLabel(), "programmeStatus")
        self.status.setWordWrap(True)
        self.warnings = named(QListWidget(), "programmeWarnings")
        self.warnings.setMaximumHeight(110)
        self.warnings.setAccessibleName(self.tr("What the reader warns about"))
        # Every line the reader took nothing from, to fix from here: nothing is dropped unsaid.
        self.unread_label = named(QLabel(), "programmeUnreadLabel")
        self.unread = named(QListWidget(), "programmeUnread")
        self.unread.setMaximumHeight(110)
        # A long line is cut at the list's edge (whole in its tooltip and in the text beside):
        # nothing to scroll sideways.
        for lines in (self.warnings, self.unread):
            lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lines.setUniformItemSizes(True)
        self.unread.setAccessibleName(self.tr("Lines not read"))
        self.unread.setToolTip(
            self.tr(
                "Lines the reader did not understand. Select one, then add it to the agenda as a block, or as a speaker of the block selected on the right."
            )
        )
        self.as_block = named(
            QPushButton(theme.icon("plus"), self.tr("Add as a block")), "unreadAsBlock"
        )
        self.as_speaker = named(
            QPushButton(theme.icon("mic"), self.tr("Add as a speaker")), "unreadAsSpeaker"
        )
        self.tree = ProgrammeTree()
        self.replace = named(QRadioButton(self.tr("Replace the agenda")), "modeReplace")
        self.add_days = named(QRadioButton(self.tr("Add as new days")), "modeAddDays")
        self.replace.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("programmeApply")
        self.apply_button.setIcon(theme.icon("plus"))

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(open_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Format")))
        row.addWidget(self.format)
        ll.addLayout(row)
        ll.addWidget(self.text, 1)
        ll.addWidget(self.status)
        ll.addWidget(self.warnings)
        ll.addWidget(self.unread_label)
        ll.addWidget(self.unread)
        fix = QHBoxLayout()
        fix.addWidget(self.as_block)
        fix.addWidget(self.as_speaker)
        fix.addStretch(1)
        self.unread_buttons = QWidget()
        self.unread_buttons.setLayout(fix)
        fix.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.unread_buttons)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.tree)
        split.setSizes([480, 620])
        bottom = QHBoxLayout()
        bottom.addWidget(self.replace)
        bottom.addWidget(self.add_days)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.reparse)
        self.text.textChanged.connect(self._text_changed)
        self.format.currentIndexChanged.connect(lambda _i: self.reparse())
        open_button.clicked.connect(self.open_file)
        self.warnings.itemActivated.connect(self._go_to_warning)
        self.unread.itemActivated.connect(self._go_to_warning)
        self.unread.currentRowChanged.connect(lambda _row: self._enable_fixes())
        self.as_block.clicked.connect(self._unread_as_block)
        self.as_speaker.clicked.connect(self._unread_as_speaker)
        self.tree.clock_changed.connect(self._clock_changed)
        self.tree.edited.connect(self._tree_edited)
        self.tree.refused.connect(lambda message: self._set_status(message, error=True))
        buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        # The programme is pasted at once (Ctrl+V), and imported without leaving the keyboard.
        keys = QKeySequence("Ctrl+Enter").toString(QKeySequence.SequenceFormat.NativeText)
        self.apply_button.setToolTip(self.tr("Import this programme (%1)").replace("%1", keys))
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.activated.connect(self._import_key)
        self.resize(1180, 680)
        self.text.setFocus()
        if draft is None:
            self.reparse()
        else:
            self._restore(draft)

    def _import_key(self) -> None:
        if self.apply_button.isEnabled():
            self.apply()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return alone never imports (Qt's dialogs press their default button with it): a
        Return meant for a line of the lists or a cell of the preview would import an agenda
        not yet corrected. Ctrl+Return imports."""
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # What is kept between two openings -------------------------------------------------------
    def draft(self) -> ImportDraft | None:
        """What to give back at the next opening (None: nothing was pasted or opened)."""
        workbook = self.file_programme is not None
        if not workbook and not self.text.toPlainText().strip():
            return None
        corrected = self.tree.programme if (self.tree_edited or workbook) else None
        unread = [
            {
                "line": item.data(Qt.ItemDataRole.UserRole),
                "text": item.data(Qt.ItemDataRole.UserRole + 1),
            }
            for item in (self.unread.item(i) for i in range(self.unread.count()))
        ]
        return ImportDraft(
            text=self.text.toPlainText(),
            format_index=self.format.currentIndex(),
            clocks=dict(self.clocks),
            corrected=copy.deepcopy(corrected),
            notes=copy.deepcopy(self.tree.notes),
            unread=unread,
            workbook=workbook,
        )

    def _restore(self, draft: ImportDraft) -> None:
        self.clocks = dict(draft.clocks)
        for quiet in (self.format, self.text):
            quiet.blockSignals(True)
        self.format.setCurrentIndex(draft.format_index)
        self.text.setPlainText(draft.text)
        for quiet in (self.format, self.text):
            quiet.blockSignals(False)
        if draft.workbook:
            self.file_programme = draft.corrected
            self.text.setReadOnly(True)
        else:
            self.reparse()  # the warnings and the tinted lines of the text
        if draft.corrected is not None:
            self.tree.show_programme(draft.corrected, draft.notes)
            self.programme = self.tree.programme
            self.tree_edited = not draft.workbook
            self._show_unread(draft.unread)
            self.apply_button.setEnabled(True)
            self._set_status(
                self.tr(
                    "The programme of last time is back, with your corrections. Changing the text reads it again."
                )
            )
            # The keyboard on the corrected agenda, the text's cursor at its end: a key
            # pressed at once cannot replace the text and, reading it again, the corrections.
            cursor = self.text.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            self.text.setTextCursor(cursor)
            self.tree.setFocus()
            return
        self._set_status(
            self.tr("The programme of last time is back, selected: paste to replace it.")
        )
        self.text.selectAll()

    # Reading ---------------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if self.file_programme is None:
            self._timer.start()

    def chosen_format(self) -> ImportFormat:
        fmt = self.format.currentData()
        return (
            ImportFormat.guess(self.text.toPlainText()) if fmt == AUTOMATIC else ImportFormat(fmt)
        )

    def reparse(self) -> None:
        """Read the text again and show what it gives (the user's edits in the tree are replaced)."""
        if self.file_programme is not None:
            return
        text = self.text.toPlainText()
        self.tree_edited = False
        if not text.strip():
            self._show(None, [], None)
            self._set_status(self.tr("Nothing to import yet."))
            return
        try:
            reading = read_programme(text, self.chosen_format(), self.clocks)
        except ProgrammeError as e:
            self._show(None, [], e.line)
            self._set_status(
                self.tr("Line %1: %2")
                .replace("%1", str(e.line))
                .replace("%2", translate(e.message)),
                error=True,
            )
            return
        self._show_reading(reading)

    def _show_reading(self, reading: Reading) -> None:
        self._show(reading.programme, reading.programme.get("warnings", []), None, reading)

    def _clock_changed(self, day: int, twelve_hour: bool) -> None:
        """The user switched a day's 12-hour reading: read the text again that way."""
        self.clocks[day] = twelve_hour
        self.reparse()

    def open_file(self) -> None:
        path = self.current.interaction.open_path(
            self.tr("Open a programme"), Path.home(), PROGRAMME_FILTER
        )
        if path is None:
            return
        if is_part_of(path, self.current.file.path):  # reading it here would drop its locks
            self._set_status(
                self.tr(
                    "%1 is the open event file, not a programme: choose a text, CSV, xlsx or JSON file."
                ).replace("%1", path.name),
                error=True,
            )
            return
        # Read on a worker thread: a spreadsheet takes up to a second or two, and the dialog
        # stays responsive meanwhile (the reader's limits keep it from taking more).
        self._set_status(self.tr("Reading %1…").replace("%1", path.name))
        self.setEnabled(False)
        job = _READER.submit(open_programme, path)

        def settle() -> None:
            if not job.done():
                QTimer.singleShot(READ_POLL_MS, self, settle)
                return
            self.setEnabled(True)
            try:
                reading, text = job.result()
            except ProgrammeError as e:
                self._set_status(f"{path.name}:{e.line}: {translate(e.message)}", error=True)
                return
            self._opened(path, reading, text)

        QTimer.singleShot(READ_POLL_MS, self, settle)

    def _opened(self, path: Path, reading: Reading, text: str | None) -> None:
        self.clocks = {}
        if text is None:  # a workbook: its reading, not its text
            self.file_programme = reading.programme
            self.text.setReadOnly(True)
            self.text.setPlainText(
                self.tr("Workbook %1: correct the agenda on the right.").replace("%1", path.name)
            )
            self._show_reading(reading)
            return
        self.file_programme = None
        self.text.setReadOnly(False)
        self.text.setPlainText(text)
        self.reparse()

    def _show(
        self,
        programme: dict[str, Any] | None,
        warnings: list[dict],
        error_line: int | None,
        reading: Reading | None = None,
    ) -> None:
        self.programme = programme
        self.tree.show_programme(programme, reading.days if reading else None)
        self._show_unread(reading.unread if reading else [])
        self.warnings.clear()
        for w in warnings:
            item = QListWidgetItem(
                theme.icon("triangle-alert", theme.WARNING),
                self.tr("Line %1: %2")
                .replace("%1", str(w["line"]))
                .replace("%2", translate(w["message"])),
            )
            item.setData(Qt.ItemDataRole.UserRole, w["line"])
            item.setToolTip(item.text())
            self.warnings.addItem(item)
        self.warnings.setVisible(bool(warnings))
        marks = [(u["line"], theme.ACCENT) for u in (reading.unread if reading else [])]
        marks += [(w["line"], theme.WARNING) for w in warnings]
        if error_line is not None:
            marks.append((error_line, theme.DANGER))
        self._highlight(marks)
        self.apply_button.setEnabled(programme is not None)
        if programme is not None:
            days = len(programme["days"])
            blocks = sum(len(d["blocks"]) for d in programme["days"])
            self._set_status(
                self.tr("%1 on %2")
                .replace("%1", self.tr("%n blocks", "", blocks))
                .replace("%2", self.tr("%n days", "", days))
            )

    def _show_unread(self, unread: list[dict[str, Any]]) -> None:
        self.unread.clear()
        for u in unread:
            item = QListWidgetItem(
                theme.icon("message-square-text", theme.ACCENT),
                self.tr("Line %1: %2").replace("%1", str(u["line"])).replace("%2", u["text"]),
            )
            item.setData(Qt.ItemDataRole.UserRole, u["line"])
            item.setData(Qt.ItemDataRole.UserRole + 1, u["text"])
            item.setToolTip(u["text"])
            self.unread.addItem(item)
        self.unread_label.setText(self.tr("%n lines not read:", "", len(unread)))
        for w in (self.unread_label, self.unread, self.unread_buttons):
            w.setVisible(bool(unread))
        self._enable_fixes()

    def _enable_fixes(self) -> None:
        chosen = self.unread.currentItem() is not None and self.programme is not None
        self.as_block.setEnabled(chosen)
        self.as_speaker.setEnabled(chosen)

    def _take_unread(self) -> str | None:
        item = self.unread.currentItem()
        return item.data(Qt.ItemDataRole.UserRole + 1) if item is not None else None

    def _unread_as_block(self) -> None:
        text = self._take_unread()
        if text is not None and self.tree.add_block(text):
            self.unread.takeItem(self.unread.currentRow())

    def _unread_as_speaker(self) -> None:
        text = self._take_unread()
        if text is not None and self.tree.add_speaker(text):
            self.unread.takeItem(self.unread.currentRow())

    def _highlight(self, marks: list[tuple[int, QColor]]) -> None:
        selections = []
        doc = self.text.document()
        for line, color in marks:
            block = doc.findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            sel = QTextEdit.ExtraSelection()
            tint = QColor(color)
            tint.setAlpha(60)
            sel.format.setBackground(tint)
            sel.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            sel.cursor = QTextCursor(block)
            selections.append(sel)
        self.text.setExtraSelections(selections)

    def _go_to_warning(self, item: QListWidgetItem) -> None:
        block = self.text.document().findBlockByNumber(item.data(Qt.ItemDataRole.UserRole) - 1)
        if block.isValid():
            self.text.setTextCursor(QTextCursor(block))
            self.text.setFocus()

    def _tree_edited(self) -> None:
        self.tree_edited = True
        self.programme = self.tree.programme

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(f"color: {theme.DANGER.name()}" if error else "")
        self.status.setText(text)

    # Applying --------------------------------------------------------------------------------
    def command_args(self) -> ImportArgs:
        """`program.import` arguments: the text when it is the source, else the programme."""
        mode = ImportMode.REPLACE if self.replace.isChecked() else ImportMode.ADD_DAYS
        if self.file_programme is not None or self.tree_edited:
            assert self.tree.programme is not None  # the tree shows what was read, or edited
            programme = {k: v for k, v in self.tree.programme.items() if k != "warnings"}
            return {"programme": programme, "mode": mode}
        return {"text": self.text.toPlainText(), "format": self.chosen_format(), "mode": mode}

    def apply(self) -> None:
        if self.programme is None:
            return
        if self.replace.isChecked() and self._has_agenda():
            question = self.tr(
                "Replace the current agenda with this programme? (Ctrl+Z brings it back)"
            )
            if not self.current.interaction.confirm(self.tr("Import a programme"), question):
                return
        if self.current.commands.program_import(**self.command_args()) is not None:
            self.accept()

    def _has_agenda(self) -> bool:
        return has_agenda(self.current.file)
