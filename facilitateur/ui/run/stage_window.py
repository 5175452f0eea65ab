"""Écran de scène: a second window for the speakers, full screen on a chosen screen.

Always dark, huge digits that scale with the window, the block, the speaker, a message that
may blink, and blackout. It shows what the run view computed for the same instant.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from facilitateur.models.podium import Podium, PodiumReading
from facilitateur.models.timing import Phase, format_clock
from facilitateur.ui.run.texts import phase_color, phase_text
from facilitateur.ui.theme import MONO

BACKGROUND = QColor("#000000")


class StageWindow(QWidget):
    escape = Signal()

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("stageWindow")
        self.setWindowTitle(self.tr("Stage display — Facilitateur"))
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, BACKGROUND)
        pal.setColor(QPalette.ColorRole.WindowText, QColor("#f5f5f5"))
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        # It goes to the projector: the moderator's keys stay with the laptop's window.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)

        self.title = self._label("stageTitle", QColor("#d4d4d8"))
        self.digits = self._label("stageDigits", QColor("#f5f5f5"))
        self.digits.setFont(QFont(MONO))
        self.phase = self._label("stagePhase", QColor("#f5f5f5"))
        self.speaker = self._label("stageSpeaker", QColor("#f5f5f5"))
        self.message = self._label("stageMessage", QColor("#facc15"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        for label, stretch in (
            (self.title, 7),
            (self.digits, 66),
            (self.phase, 7),
            (self.speaker, 9),
            (self.message, 8),
        ):
            layout.addWidget(label, stretch)
        self.blackout = False
        self._blink_on = True
        self.report_back = False  # the Open Space report-back has the display
        self._layout = layout
        self.resize(960, 540)

    def _label(self, name: str, color: QColor) -> QLabel:
        label = QLabel(objectName=name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(name != "stageDigits")
        # Sizes follow the window, never the other way round (big fonts must not grow it).
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        pal = label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, color)
        label.setPalette(pal)
        return label

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        h, w = max(self.height(), 100), max(self.width(), 100)
        if self.report_back:
            self._fit_report_back(h, w)
            return
        # Digits of DejaVu Sans Mono are 0.73 em high: 0.57 of the height in em gives digits
        # of 41 % of the window, narrowed only when the text would not fit across.
        size = int(h * 0.57)
        chars = max(len(self.digits.text()), 4)
        size = min(size, int(w * 0.95 / (0.61 * chars)))
        _set_fonts(
            (self.digits, size, True),
            (self.title, int(h * 0.05), True),
            (self.phase, int(h * 0.05), True),
            (self.speaker, int(h * 0.065), True),
            (self.message, int(h * 0.06), True),
        )

    def _fit_report_back(self, h: int, w: int) -> None:
        chars = max(len(self.digits.text()), 4)
        size = min(int(h * 0.24), int(w * 0.5 / (0.61 * chars)))
        _set_fonts(
            (self.digits, size, True),
            (self.title, int(h * 0.04), True),
            (self.phase, int(h * 0.04), True),
            (self.speaker, int(h * 0.07), True),
            (self.message, int(h * 0.042), False),
        )

    def set_report_back(self, on: bool) -> None:
        """Give the display to the report-back (group, convener, key points, group timer), or
        back to the podium's timer."""
        self.report_back = on
        order = (self.title, self.speaker, self.message, self.digits, self.phase)
        if not on:
            order = (self.title, self.digits, self.phase, self.speaker, self.message)
        stretch = {True: (6, 14, 44, 28, 8), False: (7, 66, 7, 9, 8)}[on]
        for label in order:
            self._layout.removeWidget(label)
        for label, factor in zip(order, stretch, strict=True):
            self._layout.addWidget(label, factor)
            label.setVisible(True)
        self.message.setAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            if on
            else Qt.AlignmentFlag.AlignCenter
        )
        pal = self.message.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor("#f5f5f5" if on else "#facc15"))
        self.message.setPalette(pal)
        self._fit()

    def show_group(
        self, heading: str, title: str, details: str, digits: str, phase: Phase, phase_words: str
    ) -> None:
        """One group of the report-back: where it is in the list, its title, convener and key
        points, and its own timer."""
        self.title.setText(heading)
        self.speaker.setText(title)
        self.message.setText(details)
        old = len(self.digits.text())
        self.digits.setText(digits)
        pal = self.digits.palette()
        pal.setColor(QPalette.ColorRole.WindowText, phase_color(phase, dark=True))
        self.digits.setPalette(pal)
        self.phase.setPalette(pal)
        self.phase.setText(phase_words)
        self.digits.setVisible(self._blink_on or phase != Phase.OVERTIME)
        if len(digits) != old:
            self._fit()

    def show_reading(
        self,
        podium: Podium | None,
        reading: PodiumReading | None,
        speaker: str = "",
        spoken: tuple[str, str, Phase] | None = None,
    ) -> None:
        """Show the same instant as the run view (called in the same refresh).

        `spoken` is (name, digits, phase) of the person who has the floor: the big digits are
        then their own countdown, under the block's title.
        """
        if self.report_back:
            return
        self.blackout = bool(podium and podium.stage_blackout)
        for wdg in (self.title, self.digits, self.phase, self.speaker, self.message):
            wdg.setVisible(not self.blackout)
        if self.blackout or podium is None or reading is None or reading.block is None:
            self.digits.setText("")  # (a dash that size is a black bar on the screen)
            self.title.setText("" if self.blackout else (podium.event_title if podium else ""))
            self.phase.setText("")
            self.speaker.setText("")
            self.message.setText("" if self.blackout or podium is None else podium.stage_message)
            return
        old = len(self.digits.text())
        state = reading.reading.state if reading.reading else None
        if spoken is not None:
            speaker, digits, phase = spoken
            shown = _seconds(digits)
        else:
            digits, phase, shown = format_clock(reading.shown), reading.phase, reading.shown
        self.title.setText(reading.block.title)
        self.digits.setText(digits)
        pal = self.digits.palette()
        pal.setColor(QPalette.ColorRole.WindowText, phase_color(phase, dark=True))
        self.digits.setPalette(pal)
        self.phase.setPalette(pal)
        self.phase.setText(phase_text(phase, state, shown))
        self.speaker.setText(speaker)
        self.message.setText(podium.stage_message)
        self.digits.setVisible(self._blink_on or phase != Phase.OVERTIME)
        self.message.setVisible(
            bool(podium.stage_message) and (self._blink_on or not podium.stage_blink)
        )
        if len(self.digits.text()) != old:
            self._fit()

    def blink(self, on: bool) -> None:
        """Half-second blink of overtime digits and of a blinking message."""
        self._blink_on = on

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escape.emit()
            return
        super().keyPressEvent(event)


def _seconds(text: str) -> int:
    """Seconds from `m:ss` (or `+m:ss` in overtime, negative)."""
    sign = -1 if text.startswith("+") else 1
    parts = [int(p) for p in text.lstrip("+-").split(":") if p.isdigit()]
    total = 0
    for p in parts:
        total = total * 60 + p
    return sign * total


def _set_fonts(*sizes: tuple) -> None:
    """(label, pixel size, bold) for each label; never below 10 px."""
    for label, px, bold in sizes:
        font = label.font()
        font.setPixelSize(max(px, 10))
        font.setBold(bold)
        label.setFont(font)
