"""A one-line field that wraps: a long title or address is read whole in a narrow panel."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextOption
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget

MAX_LINES = 3  # past this the field scrolls; the event's details rarely need two


class WrappedLine(QPlainTextEdit):
    """A line of text (Enter finishes it, a pasted line break becomes a space) shown on as
    many lines as it needs, up to MAX_LINES: the QLineEdit calls the form uses (text,
    setText, editingFinished, returnPressed) with nothing cut at the right edge."""

    editingFinished = Signal()
    returnPressed = Signal()

    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document().setDocumentMargin(2)
        self._edited = False
        self.textChanged.connect(self._changed)
        self._fit()

    # QLineEdit's calls -----------------------------------------------------------------------
    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._edited = False
        self._fit()

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText())))
        self.setTextCursor(cursor)

    # Behaviour of a line ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.returnPressed.emit()
            self._finish()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._edited:
            self._finish()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.textCursor().insertText(" ".join(source.text().split()))
        else:
            super().insertFromMimeData(source)

    def _changed(self) -> None:
        self._edited = True
        self._fit()

    def _finish(self) -> None:
        self.editingFinished.emit()
        self._edited = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as its lines (one to MAX_LINES), as a line edit is for one."""
        lines = 1
        layout = self.document().documentLayout()
        if self.viewport().width() > 0 and layout is not None:
            block = self.document().begin()
            lines = 0
            while block.isValid():
                lines += max(block.layout().lineCount(), 1)
                block = block.next()
        lines = min(max(lines, 1), MAX_LINES)
        margins = self.contentsMargins()
        height = (
            self.fontMetrics().lineSpacing() * lines
            + 2 * int(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 4
        )
        if self.height() != height:
            self.setFixedHeight(height)
