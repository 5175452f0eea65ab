"""The one-line note capture: saved as it is typed, linked to what is happening.

The note is created half a second after the first keystroke and updated as the line changes
(kind, owner and deadline read again from the prefixes), so a crash loses at most the last half
second; Enter finishes it and clears the line for the next one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from facilitateur.models.note_capture import parse_capture

AUTHOR_KEY = "notes/author"
SAVE_MS = 500


class CaptureLine(QLineEdit):
    """Esc gives the keyboard back to the podium (and its clicker keys)."""

    leave = Signal()
    left = Signal()

    def event(self, event: QEvent) -> bool:
        # Esc belongs to this field while it has the focus (not to "leave full screen").
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        self.left.emit()
        super().focusOutEvent(event)


class NoteCapture(QWidget):
    """`D: …` decision, `A: … @who avant le 15/03` action, `? …` question, `« …` quote.

    `run` carries out a command and returns its changes (None when refused); `links` gives the
    block and speaker a new note belongs to (None: nowhere to attach it).
    """

    saved = Signal()

    def __init__(
        self,
        run: Callable[[str, dict[str, Any]], Any],
        links: Callable[[], dict[str, Any] | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._run, self._links = run, links
        self.note_id: uuid.UUID | None = None
        self._saved_args: dict[str, Any] = {}
        self.line = CaptureLine(objectName="noteCapture")
        self.line.setPlaceholderText(
            self.tr(
                "Note — D: decision, A: action @who by 15/03, ? question, « quote (Ctrl+K, Esc)"
            )
        )
        self.author = QLineEdit(objectName="noteAuthor")
        self.author.setPlaceholderText(self.tr("Note-taker"))
        self.author.setToolTip(self.tr("Who writes the notes (remembered)"))
        self.author.setMaximumWidth(160)
        self.author.setText(str(QSettings().value(AUTHOR_KEY, "") or ""))
        self.author.editingFinished.connect(
            lambda: QSettings().setValue(AUTHOR_KEY, self.author.text().strip())
        )
        self.timer = QTimer(self, singleShot=True, interval=SAVE_MS)
        self.timer.timeout.connect(self.save)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.author)
        self.line.textEdited.connect(self._typed)
        self.line.returnPressed.connect(self.finish)
        self.line.left.connect(self.save)

    def _typed(self) -> None:
        if not self.timer.isActive():
            self.timer.start()

    def _args(self) -> dict[str, Any]:
        c = parse_capture(self.line.text(), date.today())
        return {
            "kind": c.kind,
            "text": c.text,
            "owner": c.owner,
            "due": c.due.isoformat() if c.due else None,
        }

    def save(self) -> None:
        """Write the line now (a new note, or the one being typed)."""
        self.timer.stop()
        args = self._args()
        if self.note_id is None:
            if not args["text"]:
                return
            links = self._links()
            if links is None:
                return
            changes = self._run("note.add", {**links, **args, "author": self.author.text().strip()})
            if changes is not None:
                self.note_id, self._saved_args = uuid.UUID(changes.result["id"]), args
                self.saved.emit()
        elif not args["text"]:
            if self._run("note.remove", {"note": str(self.note_id)}) is not None:
                self.note_id, self._saved_args = None, {}
        elif (
            args != self._saved_args
            and self._run("note.update", {"note": str(self.note_id), **args}) is not None
        ):
            self._saved_args = args

    def finish(self) -> None:
        """Enter: the note is complete; the line is ready for the next one (focus stays)."""
        self.save()
        self.note_id, self._saved_args = None, {}
        self.line.clear()
