"""A one-line field of the podium (the note capture, the quick-add of a speaker, the note-taker's
name): while it has the keyboard it says so unmistakably, and Esc hands the keyboard back to the
podium (its owner connects `leave`; Enter does the same once the field's own work is done)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from facilitateur.ui import theme

# A thick accent frame and a pale background while the field has the keyboard: seen from a
# metre away, and never confused with the podium's own keys.
TYPING_STYLE = (
    "QLineEdit:focus {{ border: 3px solid {accent}; border-radius: 4px; background: #fff7d6;"
    " color: #111827; padding: 2px 4px; }}"
)


class PodiumField(QLineEdit):
    """Esc gives the keyboard back to the podium (and its clicker keys)."""

    leave = Signal()  # Esc: hand the keyboard back
    left = Signal()  # the field lost the keyboard (its owner saves what it holds)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        # Reached by a click or its own key (Ctrl+K, Ctrl+L), never by Tab from the podium.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setStyleSheet(TYPING_STYLE.format(accent=theme.ACCENT.name()))

    def _completing(self) -> bool:
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        return popup is not None and popup.isVisible()

    def event(self, event: QEvent) -> bool:
        # Esc belongs to this field while it has the focus (not to "close the stage display").
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)  # as every ShortcutOverride
            and event.key() == Qt.Key.Key_Escape
            and not self._completing()
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self._completing():
            self.leave.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        self.left.emit()
        super().focusOutEvent(event)
