"""The one-line note capture of the podium: Enter writes the note, linked to what is happening."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from facilitateur.models.note_capture import parse_capture

AUTHOR_KEY = "notes/author"


class CaptureLine(QLineEdit):
    """Esc gives the keyboard back to the podium (and its clicker keys)."""

    leave = Signal()

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


class NoteCapture(QWidget):
    """`D: …` decision, `A: … @who avant le 15/03` action, `? …` question, `« …` quote."""

    captured = Signal(dict)  # the `note.add` arguments but the links, which the podium adds

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.author)
        self.line.returnPressed.connect(self._enter)

    def _enter(self) -> None:
        text = self.line.text().strip()
        if not text:
            return
        c = parse_capture(text, date.today())
        args = {"kind": c.kind, "text": c.text, "author": self.author.text().strip()}
        if c.owner:
            args["owner"] = c.owner
        if c.due:
            args["due"] = c.due.isoformat()
        self.captured.emit(args)
        self.line.clear()  # focus stays: the next line can be typed at once
