"""Where the stage display goes: the screen chosen (remembered), shown full screen or hidden."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from facilitateur.ui import theme
from facilitateur.ui.run.stage_window import StageWindow

SCREEN_KEY = "stage/screen"


class StageControl(QWidget):
    """The screen picker and the show/hide button of the run view."""

    shown = Signal()  # the stage display has just been shown: refresh it, keep the keyboard

    def __init__(self, stage: StageWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.screens = QComboBox(objectName="stageScreen")
        self.screens.setToolTip(self.tr("The screen the stage display goes to (F5)"))
        button = QPushButton(
            theme.icon("presentation"), self.tr("Stage display (F5)"), objectName="stageButton"
        )
        button.clicked.connect(self.toggle)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.screens)
        layout.addWidget(button)
        self._fill_screens()
        self.screens.currentIndexChanged.connect(self._screen_chosen)
        stage.escape.connect(self.leave_full_screen)

    def _fill_screens(self) -> None:
        self.screens.clear()
        wanted = QSettings().value(SCREEN_KEY, "")
        for i, screen in enumerate(QGuiApplication.screens()):
            size = screen.geometry()
            self.screens.addItem(
                f"{screen.name() or i + 1} ({size.width()}×{size.height()})", screen.name()
            )
        index = self.screens.findData(wanted)
        if index < 0 and self.screens.count() > 1:
            index = 1  # a second screen if there is one: the room's projector
        self.screens.setCurrentIndex(max(index, 0))

    def _screen_chosen(self, _index: int) -> None:
        QSettings().setValue(SCREEN_KEY, self.screens.currentData())
        if self.stage.isVisible():
            self.show_stage()

    def show_stage(self) -> None:
        """Full screen on the chosen screen."""
        screens = QGuiApplication.screens()
        target = next((s for s in screens if s.name() == self.screens.currentData()), screens[0])
        self.stage.setScreen(target)
        self.stage.setGeometry(target.geometry())
        self.stage.showFullScreen()
        self.shown.emit()

    def toggle(self) -> None:
        if self.stage.isVisible():
            self.stage.hide()
        else:
            self.show_stage()

    def leave_full_screen(self) -> None:
        if self.stage.isFullScreen():
            self.stage.showNormal()
