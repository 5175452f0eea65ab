"""A longer note, with bold, italic and lists, stored as simple markup (Markdown).

Nothing typed is lost: the text is saved at most half a second after a keystroke, when the
editor loses the focus, and when the application closes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextListFormat
from PySide6.QtWidgets import (
    QLabel,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.commands.front import UNSET, Commands
from facilitateur.ui import theme
from facilitateur.ui.conflict_bar import ConflictBar
from facilitateur.ui.naming import named

AUTOSAVE_MS = 500


class NoteText(QTextEdit):
    left = Signal()

    def focusOutEvent(self, event) -> None:
        self.left.emit()
        super().focusOutEvent(event)


class NoteEditor(QWidget):
    """Edits one note; `run` carries out commands and returns their changes (or None)."""

    saved = Signal(str)

    def __init__(
        self,
        run: Callable[[str, dict[str, Any]], Any],
        parent: QWidget | None = None,
        stored: Callable[[uuid.UUID], tuple[str, int] | None] | None = None,
        refusal: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self._run = run
        self.commands = Commands(run)
        # On a shared event: the note as stored now (text, version), and why the last save
        # was refused (who changed the note meanwhile).
        self._stored = stored or (lambda _note_id: None)
        self._refusal = refusal or (lambda: "")
        self.note_id: uuid.UUID | None = None
        # The version of the note the text on screen was written on: a save made on an older
        # version than another laptop's is refused, naming them, and the text stays here.
        self.version: int | None = None
        self.new_note_args: dict[str, Any] | None = None
        self._saved_text = ""
        self._loading = False
        # Where the note belongs (a block › its segment · a speaker · a time): it wraps, so
        # that a long title never widens the screen.
        self.title = named(QLabel(wordWrap=True), "noteEditorTitle")
        self.title.setMinimumWidth(1)
        self.text = named(NoteText(), "noteEditorText")
        self.text.setAcceptRichText(False)
        self.text.setAccessibleName(self.tr("Text of the note"))
        # (Qt draws a text field's hint on one line: short, the whole sentence in the tooltip)
        new_keys = QKeySequence("Ctrl+Shift+N").toString(QKeySequence.SequenceFormat.NativeText)
        self.text.setPlaceholderText(self.tr("Select a note, or %1").replace("%1", new_keys))
        self.text.setToolTip(
            self.tr(
                "Select a note in the list to edit it, or start a new one (%1). Bold, italic and lists are kept."
            ).replace("%1", new_keys)
        )
        bar = named(QToolBar(), "noteEditorBar")
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for name, icon_name, keys, handler in (
            (self.tr("Bold"), "bold", QKeySequence.StandardKey.Bold, self._bold),
            (self.tr("Italic"), "italic", QKeySequence.StandardKey.Italic, self._italic),
            (self.tr("List"), "list", QKeySequence("Ctrl+Shift+L"), self._list),
        ):
            action = QAction(theme.icon(icon_name), name, self)
            keys_text = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{name} ({keys_text})")
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(handler)
            bar.addAction(action)
            self.addAction(action)
        self.timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.timer.timeout.connect(self.save)
        self.text.textChanged.connect(self._typed)
        self.text.left.connect(self.save)
        self.conflict = ConflictBar("note")
        self.conflict.keep_mine.connect(self.apply_mine)
        self.conflict.take_theirs.connect(self.show_theirs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(bar)
        layout.addWidget(self.conflict)
        layout.addWidget(self.text, 1)
        self.setEnabled(False)

    def edit(self, note_id: uuid.UUID, text: str, title: str, version: int | None = None) -> None:
        """Show a note to edit (the one being edited is saved first)."""
        self.save(final=True)
        self._end_conflict()
        self._loading = True
        self.note_id, self.new_note_args, self.version = note_id, None, version
        self.text.setMarkdown(text)
        self._saved_text = self.markup()
        self.title.setText(title)
        self.setEnabled(True)
        self._loading = False

    def show_stored(self, text: str, version: int, chosen: bool = False) -> None:
        """Another laptop changed the note shown here: show its text and version, unless
        something typed here waits to be saved (that save then says who changed it) and
        their text was not `chosen` over it."""
        waiting = self.conflict.active or self.timer.isActive() or self.draft() is not None
        if self._loading or (waiting and not chosen):
            return
        self.timer.stop()
        self._loading = True
        self.text.setMarkdown(text)
        self._saved_text = self.markup()
        self.version = version
        self._loading = False

    def start_new(self, args: dict[str, Any], title: str) -> None:
        """A new note: it is created at the first save (with `args`: block, author…)."""
        self.save(final=True)
        self._end_conflict()
        self._loading = True
        self.note_id, self.new_note_args = None, args
        self.text.clear()
        self._saved_text = ""
        self.title.setText(title)
        self.setEnabled(True)
        self._loading = False
        self.text.setFocus()

    def draft(self) -> tuple | None:
        """What is being typed and not saved (the note, its new-note arguments, the text and
        the title), for `resume` in another file; None when everything is saved."""
        text = self.markup()
        if self._loading or not text or text == self._saved_text:
            return None
        if self.note_id is None and self.new_note_args is None:
            return None
        return self.note_id, self.new_note_args, self.text.toMarkdown(), self.title.text()

    def resume(self, draft: tuple) -> None:
        """Take up a draft in the file now open (a copy of the one it was typed in, which
        holds the same notes and blocks) and save it there."""
        note_id, args, markdown, title = draft
        self._loading = True
        self.note_id, self.new_note_args, self._saved_text = note_id, args, ""
        self.text.setMarkdown(markdown)
        self.title.setText(title)
        self.setEnabled(True)
        self._loading = False
        self.save()

    def reset(self) -> None:
        """Forget the note (another event file is opening)."""
        self._loading = True
        self.note_id, self.new_note_args, self._saved_text = None, None, ""
        self.version = None
        self._end_conflict()
        self.text.clear()
        self.title.clear()
        self.setEnabled(False)
        self._loading = False

    def markup(self) -> str:
        """The text as simple markup (plain lines stay plain)."""
        markdown = self.text.toMarkdown().strip()
        return markdown if self._has_formatting() else self.text.toPlainText().strip()

    def _has_formatting(self) -> bool:
        doc = self.text.document()
        block = doc.begin()
        while block.isValid():
            if block.textList() is not None:
                return True
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.fontWeight() >= QFont.Weight.Bold or fmt.fontItalic():
                    return True
                it += 1
            block = block.next()
        return False

    def _typed(self) -> None:
        # Started by the first unsaved keystroke and not restarted by the next ones: even
        # while someone types without a pause, nothing waits more than half a second.
        if not self._loading and not self.timer.isActive():
            self.timer.start()

    def save(self, final: bool = False) -> None:
        """Write the text now if it changed (called by the timer, on focus out and on quit).
        While another laptop's change waits for a choice, only a `final` save (quitting,
        another note, another event) writes, keeping what was typed here."""
        self.timer.stop()
        if self._loading or (self.note_id is None and self.new_note_args is None):
            return
        if self.conflict.active:
            if not final:
                return
            self.version = None  # leaving: what was typed here is kept
            self._end_conflict()
        text = self.markup()
        if text == self._saved_text or not text:
            return
        if self.note_id is None:
            assert self.new_note_args is not None  # no id and no place: returned above
            changes = self.commands.note_add(**{**self.new_note_args, "text": text})
            if changes is not None:
                self.note_id, self.new_note_args = uuid.UUID(changes.result["id"]), None
                self.version = 1
        else:
            version = UNSET if self.version is None else self.version
            changes = self.commands.note_update(str(self.note_id), text=text, version=version)
            if changes is None and self.version is not None:
                # Refused (another laptop changed it meanwhile, and was named): the text stays
                # here, and the person typing chooses between theirs and this.
                self.conflict.say(self._refusal())
                return
        if changes is not None:
            self.version = changes.result.get("version", self.version)
            self._saved_text = text
            self.saved.emit(text)

    def apply_mine(self) -> None:
        """Keep my text: saved over the other laptop's."""
        self.version = None
        self._end_conflict()
        self.save()
        self.text.setFocus()

    def show_theirs(self) -> None:
        """Take theirs: the note as stored now replaces what was typed here."""
        stored = self._stored(self.note_id) if self.note_id is not None else None
        self._end_conflict()
        if stored is not None:
            self.show_stored(*stored, chosen=True)
        self.text.setFocus()

    def _end_conflict(self) -> None:
        self.conflict.end()

    def _bold(self) -> None:
        fmt = self.text.currentCharFormat()
        fmt.setFontWeight(
            QFont.Weight.Normal if fmt.fontWeight() >= QFont.Weight.Bold else QFont.Weight.Bold
        )
        self.text.mergeCurrentCharFormat(fmt)

    def _italic(self) -> None:
        fmt = self.text.currentCharFormat()
        fmt.setFontItalic(not fmt.fontItalic())
        self.text.mergeCurrentCharFormat(fmt)

    def _list(self) -> None:
        cursor = self.text.textCursor()
        if cursor.currentList():
            cursor.currentList().remove(cursor.block())
            block_fmt = cursor.blockFormat()
            block_fmt.setIndent(0)
            cursor.setBlockFormat(block_fmt)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)
