"""Where the stage display goes: full screen on a second screen (the projector, chosen and
remembered), a window of its own when there is a single screen; a projector plugged in later
is offered, and a screen that goes away takes the stage display with it (the podium says so)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRect, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from facilitateur.ui import theme
from facilitateur.ui.naming import named
from facilitateur.ui.run.stage_window import StageWindow

SCREEN_KEY = "stage/screen"
PULSE_KEY = "stage/pulse"
WINDOW_KEY = "stage/window"  # where the stage's window was left, with a single screen


def describe(screen: QScreen, number: int) -> str:
    """`Écran 2 — DELL U2415 (1920×1080)`: numbered in the interface's language, with the
    make and model the screen gives (its system name, `HDMI-1` or `screen`, says nothing)."""
    size = screen.geometry()
    text = QCoreApplication.translate("StageControl", "Screen %1").replace("%1", str(number))
    model = " ".join(x for x in (screen.manufacturer(), screen.model()) if x.strip())
    size_text = f"{size.width()}×{size.height()}"
    return f"{text} — {model} ({size_text})" if model else f"{text} ({size_text})"


def _number(screen: QScreen) -> int:
    """A screen's number as the picker gives it (a screen gone keeps the one it had)."""
    screens = QGuiApplication.screens()
    return screens.index(screen) + 1 if screen in screens else len(screens) + 1


class StageControl(QWidget):
    """The screen picker and the show/hide button of the run view."""

    shown = Signal()  # the stage display has just been shown: refresh it, keep the keyboard
    notice = Signal(str)  # a screen came or went: the podium says it

    def __init__(self, stage: StageWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.home: Callable[[], QRect] | None = None  # where a stage window goes on one screen
        stage.pulse = bool(QSettings().value(PULSE_KEY, False, type=bool))
        self.screens = named(QComboBox(), "stageScreen")
        self.screens.setToolTip(self.tr("The screen the stage display goes to (F5)"))
        # The podium keeps the keyboard: a click here must not take it from the clicker.
        self.screens.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button = named(
            QPushButton(theme.icon("presentation"), self.tr("Stage display (F5)")), "stageButton"
        )
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(self.toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.screens)
        layout.addWidget(button)
        self._fill_screens()
        self.screens.currentIndexChanged.connect(self._screen_chosen)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)  # the interface runs in its application
        app.screenAdded.connect(self._screen_added)
        app.screenRemoved.connect(self._screen_removed)

    def _fill_screens(self, gone: QScreen | None = None, wanted: str | None = None) -> None:
        self.screens.blockSignals(True)
        self.screens.clear()
        wanted = wanted or str(QSettings().value(SCREEN_KEY, ""))
        for number, screen in enumerate(QGuiApplication.screens(), start=1):
            if screen is not gone:
                self.screens.addItem(describe(screen, number), screen.name())
        index = self.screens.findData(wanted)
        if index < 0 and self.screens.count() > 1:
            index = 1  # a second screen if there is one: the room's projector
        self.screens.setCurrentIndex(max(index, 0))
        self.screens.blockSignals(False)

    def _screen_chosen(self, _index: int) -> None:
        QSettings().setValue(SCREEN_KEY, self.screens.currentData())
        if self.stage.isVisible():
            self.show_stage()

    def target(self) -> tuple[QScreen, bool]:
        """The screen the stage display goes to, and whether full screen: only on a screen
        other than the podium's own; with a single screen it is a window there."""
        screens = QGuiApplication.screens()
        laptop = self.window().screen() if self.window() is not None else screens[0]
        chosen = next((s for s in screens if s.name() == self.screens.currentData()), None)
        if chosen is None or chosen is laptop or len(screens) < 2:
            return laptop, False
        return chosen, True

    def show_stage(self) -> None:
        """Show it: full screen on the projector, or a window of its own beside the podium."""
        screen, full = self.target()
        if full:
            self.stage.setScreen(screen)
            self.stage.setGeometry(screen.geometry())
            # (not showFullScreen(), which would ask to activate a window that takes no focus)
            self.stage.setWindowState(Qt.WindowState.WindowFullScreen)
            self.stage.show()
        else:
            if self.stage.isFullScreen() or not self.stage.isVisible():
                self.stage.showNormal()
                self._place_window(screen)
            self.stage.show()
        self.shown.emit()

    def _place_window(self, screen: QScreen) -> None:
        """Where the user last left the stage's window on this screen, else in 16:9 within
        `home` (the list of waiting speakers, which the podium's PgDn line sums up), so that
        the podium's own facts (its timer and phase, what PgDn and PgUp will do, the clock,
        the lateness) stay in sight."""
        area = screen.availableGeometry()
        saved = QSettings().value(WINDOW_KEY)
        restored = saved is not None and self.stage.restoreGeometry(saved)
        if restored and area.intersects(self.stage.geometry()):
            return
        home = self.home() if self.home is not None else QRect()
        if home.width() < 320 or home.height() < 180:  # (the podium not laid out yet)
            home = QRect(0, 0, area.width() * 2 // 5, area.height() * 2 // 5)
            home.moveCenter(area.center())
        width = min(home.width(), home.height() * 16 // 9)
        self.stage.resize(width, width * 9 // 16)
        frame = self.stage.frameGeometry()
        frame.moveCenter(home.center())
        left = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
        top = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
        self.stage.move(left, top)

    def remember_window(self) -> None:
        """The stage's window as the user moved and sized it (not its full screen)."""
        if self.stage.isVisible() and not self.stage.isFullScreen():
            QSettings().setValue(WINDOW_KEY, self.stage.saveGeometry())

    def hide_stage(self) -> None:
        self.remember_window()
        self.stage.hide()

    def toggle(self) -> None:
        if self.stage.isVisible():
            self.hide_stage()
        else:
            self.show_stage()

    def set_pulse(self, on: bool) -> None:
        """A pulsing border on the stage in overtime (remembered)."""
        QSettings().setValue(PULSE_KEY, on)
        self.stage.pulse = on
        self.stage.update()

    def _screen_added(self, screen: QScreen) -> None:
        self._fill_screens(wanted=screen.name())
        if self.screens.currentData() == screen.name():
            QSettings().setValue(SCREEN_KEY, screen.name())
        self.notice.emit(
            self.tr(
                "A second screen is connected: %1. F5 shows the stage display on it, full screen."
            ).replace("%1", describe(screen, _number(screen)))
        )

    def _screen_removed(self, screen: QScreen) -> None:
        on_it = self.stage.isVisible() and self.stage.screen() is screen
        self._fill_screens(gone=screen)
        if on_it:
            self.stage.hide()
            self.notice.emit(
                self.tr(
                    "The stage display's screen (%1) was disconnected: the stage display is closed. F5 opens it again."
                ).replace("%1", describe(screen, _number(screen)))
            )
