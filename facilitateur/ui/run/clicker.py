"""The clicker's keys reach the podium wherever the keyboard is.

A presenter clicker sends PageDown, PageUp, F5, Shift+F5, Esc, B or `.`, sometimes Tab, and the
person holding it cannot look at the laptop to see where the focus went. Qt's shortcuts act
while the focus is inside the run view; this filter, on the whole application, catches a key
that no shortcut took and would otherwise be lost or do something else:

- on the run view, a podium key pressed while the focus is anywhere else in the window (a
  button, the navigation bar) or in the stage display's window (which uses no key itself)
  triggers the podium's action;
- the keys a clicker sends that never type text (PageDown, PageUp, F5, Shift+F5) act on the
  podium even while a text field has the keyboard (the field keeps it and what it holds);
- letters, `.` and Space type in a text field that has the keyboard: Enter or Esc there hands
  the keyboard back to the podium at once;
- Tab never moves the keyboard from the podium into a field;
- F5 and Shift+F5 from the stage display's window act from any view.

Nothing is routed while a dialog of the application is open: its keys are its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# Keys that never type text: they drive the podium even from a text field.
NEVER_TYPED = {Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_F5}
TABS = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab}


def is_text_input(widget: QWidget | None) -> bool:
    """Whether keys typed into this widget are text (a line, a text box, an editable list)."""
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox)


def combinations(event: QKeyEvent) -> list[QKeySequence]:
    """The key sequences a key event may stand for: as pressed, and without the Shift that
    some keyboards need for `+` or `.` (AZERTY)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = Qt.Key(event.key())
    out = [QKeySequence(QKeyCombination(mods, key))]
    if mods & Qt.KeyboardModifier.ShiftModifier and not (
        Qt.Key.Key_A <= key <= Qt.Key.Key_Z or key in NEVER_TYPED or key == Qt.Key.Key_Space
    ):
        out.append(QKeySequence(QKeyCombination(mods & ~Qt.KeyboardModifier.ShiftModifier, key)))
    return out


class ClickerKeys(QObject):
    """The application's key filter of one main window, its run view and its stage display.

    `on_podium` says whether the run view is the window's current page; `podium_actions` are
    the actions a key may trigger there; `stage_actions` those that act from the stage
    display's window on any page (F5)."""

    def __init__(
        self,
        window: QWidget,
        stage: QWidget,
        on_podium: Callable[[], bool],
        podium_actions: Iterable[QAction],
        stage_actions: Iterable[QAction],
    ) -> None:
        super().__init__(window)
        self.window, self.stage, self.on_podium = window, stage, on_podium
        self.podium_actions = list(podium_actions)
        self.stage_actions = list(stage_actions)
        app = QApplication.instance()
        assert app is not None  # the interface runs in its application
        app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        assert isinstance(event, QKeyEvent)  # as every KeyPress
        focus = QApplication.focusWidget()
        # A key travels up from the widget it was sent to: judge it once, where it arrived.
        if focus is not None and obj is not focus and obj.isAncestorOf(focus):
            return False
        if QApplication.activeModalWidget() is not None:
            return False
        top = obj.window()
        if top is self.stage:
            return self._from_stage(event)
        if top is not self.window and QApplication.activePopupWidget() is not top:
            return False
        return self._in_window(obj, event)

    def _in_window(self, receiver: QWidget, event: QKeyEvent) -> bool:
        if not self.on_podium():
            return False
        key = event.key()
        typing = is_text_input(receiver) or QApplication.activePopupWidget() is not None
        if typing:
            return key in NEVER_TYPED and self._trigger(event, self.podium_actions)
        if key in TABS:
            return True  # the keyboard stays with the podium
        return self._trigger(event, self.podium_actions)

    def _from_stage(self, event: QKeyEvent) -> bool:
        """The stage display uses no key: the podium's keys act, others go to the window."""
        if self._trigger(event, self.stage_actions):
            return True
        if self.on_podium():
            self._trigger(event, self.podium_actions)
            return True
        target = self.window.focusWidget() or self.window
        if event.key() not in TABS:
            QApplication.sendEvent(
                target, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
            )
        return True

    def _trigger(self, event: QKeyEvent, actions: list[QAction]) -> bool:
        for sequence in combinations(event):
            for action in actions:
                if action.isEnabled() and sequence in action.shortcuts():
                    action.trigger()
                    return True
        return False
