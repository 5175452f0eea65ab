"""Préparer → Import a programme: paste or open, see the agenda it gives, correct, apply."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCursor, QTextFormat
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

from facilitateur.models import queries
from facilitateur.models.programme import ProgrammeError, parse_file, parse_programme
from facilitateur.ui import theme
from facilitateur.ui.prepare.parser_messages import translate
from facilitateur.ui.prepare.programme_tree import ProgrammeTree
from facilitateur.ui.qt_event import QtEvent

PROGRAMME_FILTER = QT_TRANSLATE_NOOP(
    "Interaction", "Programmes (*.txt *.csv *.tsv *.xlsx *.json);;All files (*)"
)
FORMATS = ("auto", "text", "csv", "json")


def guess_format(text: str) -> str:
    """`json`, `csv` or `text` for pasted content."""
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return "json"
    first = next((line for line in stripped.splitlines() if line.strip()), "")
    return "csv" if first.count(";") >= 2 and "\t" not in first else "text"


class ImportDialog(QDialog):
    def __init__(self, event: QtEvent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import a programme"))
        self.event = event
        self.programme: dict[str, Any] | None = None
        self.file_programme: dict[str, Any] | None = None  # from an xlsx file, not text
        self.tree_edited = False

        hint = QLabel(
            self.tr(
                "Paste the programme (from a PDF, a Word file, a web page, a spreadsheet) or open a file. Check the agenda on the right, correct the text or the agenda, then import (Ctrl+Enter)."
            )
        )
        hint.setWordWrap(True)
        self.text = QPlainTextEdit(objectName="programmeText")
        self.text.setPlaceholderText(self.tr("9h15-10h30 : Table ronde\n- Intervenants : …"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.format = QComboBox(objectName="programmeFormat")
        for key, label in zip(
            FORMATS,
            (self.tr("Automatic"), self.tr("Text"), self.tr("CSV"), self.tr("JSON")),
            strict=True,
        ):
            self.format.addItem(label, key)
        open_button = QPushButton(
            theme.icon("folder-open"), self.tr("Open a file…"), objectName="programmeOpen"
        )
        self.status = QLabel(objectName="programmeStatus")
        self.status.setWordWrap(True)
        self.warnings = QListWidget(objectName="programmeWarnings")
        self.warnings.setMaximumHeight(110)
        self.tree = ProgrammeTree()
        self.replace = QRadioButton(self.tr("Replace the agenda"), objectName="modeReplace")
        self.add_days = QRadioButton(self.tr("Add as new day(s)"), objectName="modeAddDays")
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
        self.reparse()
        self.text.setFocus()

    def _import_key(self) -> None:
        if self.apply_button.isEnabled():
            self.apply()

    # Reading ---------------------------------------------------------------------------------
    def _text_changed(self) -> None:
        if self.file_programme is None:
            self._timer.start()

    def chosen_format(self) -> str:
        fmt = self.format.currentData()
        return guess_format(self.text.toPlainText()) if fmt == "auto" else fmt

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
            programme = parse_programme(text, self.chosen_format())
        except ProgrammeError as e:
            self._show(None, [], e.line)
            self._set_status(
                self.tr("Line %1: %2")
                .replace("%1", str(e.line))
                .replace("%2", translate(e.message)),
                error=True,
            )
            return
        self._show(programme, programme.get("warnings", []), None)

    def open_file(self) -> None:
        path = self.event.interaction.open_path(
            self.tr("Open a programme"), Path.home(), PROGRAMME_FILTER
        )
        if path is None:
            return
        try:
            programme = parse_file(path)
        except ProgrammeError as e:
            self._set_status(f"{path.name}:{e.line}: {translate(e.message)}", error=True)
            return
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            self.file_programme = programme
            self.text.setReadOnly(True)
            self.text.setPlainText(
                self.tr("Workbook %1: correct the agenda on the right.").replace("%1", path.name)
            )
            self._show(programme, programme.get("warnings", []), None)
            return
        self.file_programme = None
        self.text.setReadOnly(False)
        self.text.setPlainText(path.read_bytes().decode("utf-8-sig", errors="replace"))
        self.reparse()

    def _show(
        self, programme: dict[str, Any] | None, warnings: list[dict], error_line: int | None
    ) -> None:
        self.programme = programme
        self.tree.show_programme(programme)
        self.warnings.clear()
        for w in warnings:
            item = QListWidgetItem(
                theme.icon("triangle-alert", theme.WARNING),
                self.tr("Line %1: %2")
                .replace("%1", str(w["line"]))
                .replace("%2", translate(w["message"])),
            )
            item.setData(Qt.ItemDataRole.UserRole, w["line"])
            self.warnings.addItem(item)
        self.warnings.setVisible(bool(warnings))
        marks = [(w["line"], theme.WARNING) for w in warnings]
        if error_line is not None:
            marks.append((error_line, theme.DANGER))
        self._highlight(marks)
        self.apply_button.setEnabled(programme is not None)
        if programme is not None:
            days = len(programme["days"])
            blocks = sum(len(d["blocks"]) for d in programme["days"])
            self._set_status(
                self.tr("%n block(s)", "", blocks) + " · " + self.tr("%n day(s)", "", days)
            )

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
    def command_args(self) -> dict[str, Any]:
        """`program.import` arguments: the text when it is the source, else the programme."""
        mode = "replace" if self.replace.isChecked() else "add_days"
        if self.file_programme is not None or self.tree_edited:
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
            if not self.event.interaction.confirm(self.tr("Import a programme"), question):
                return
        if self.event.run("program.import", self.command_args()) is not None:
            self.accept()

    def _has_agenda(self) -> bool:
        with self.event.file.session() as s:
            return any(queries.top_blocks(s, d.id) for d in queries.days(s))
