"""Écran de scène: a second window for the speakers, full screen on a second screen (a window
of its own on a single screen).

Always dark, huge digits that scale with the window, the block, the speaker, a message that
may blink, and blackout. It shows what the run view computed for the same instant, and only
what the room may see: nothing meant for the operator. Nothing on it moves while a timer runs:
its labels keep their places (none is ever hidden but for blackout), the digits' size is fitted
to a fixed number of characters, and overtime is shown by colour (and, if chosen, a pulsing
border drawn in the margin), never by digits that come and go.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from facilitateur.models.agenda.podium import Podium, PodiumReading
from facilitateur.models.agenda.timing import Phase, RunState, format_clock
from facilitateur.ui.naming import named
from facilitateur.ui.run.speaker_panel import Floor
from facilitateur.ui.run.texts import phase_color, phase_text, time_of_day
from facilitateur.ui.theme import digits_em, timer_font

BACKGROUND = QColor("#000000")
WAITING_DIGITS = QColor("#9ca3af")  # the time of day before a block starts: not a countdown
MESSAGE = QColor("#facc15")
BORDER = 10  # px of the pulsing border, inside the margins (the labels never move for it)


class StageWindow(QWidget):
    def __init__(self) -> None:
        # It goes to the projector: a click on it must not take the keyboard from the podium
        # (and if it ever has it, the podium's key filter forwards what it is sent).
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("stageWindow")
        self.setWindowTitle(self.tr("Stage display — Facilitateur"))
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, BACKGROUND)
        pal.setColor(QPalette.ColorRole.WindowText, QColor("#f5f5f5"))
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.title = self._label("stageTitle", QColor("#d4d4d8"))
        self.digits = self._label("stageDigits", QColor("#f5f5f5"))
        self.digits.setFont(timer_font(100))
        self.phase = self._label("stagePhase", QColor("#f5f5f5"))
        self.speaker = self._label("stageSpeaker", QColor("#f5f5f5"))
        self.message = self._label("stageMessage", MESSAGE)
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
        self.pulse = False  # chosen: a pulsing border in overtime
        self.overtime = False  # the timer shown is in overtime
        self._message_blinks = False
        self.report_back = False  # the Open Space report-back has the display
        self._layout = layout
        self.resize(960, 540)

    def _label(self, name: str, color: QColor) -> QLabel:
        label = named(QLabel(), name)
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
        # The labels' width: the window's but its margins (a small window on one screen too).
        h, w = max(self.height(), 100), max(self.contentsRect().width() - 48, 100)
        if self.report_back:
            self._fit_report_back(h, w)
            return
        # Digits of the timers' font are 0.73 em high: 0.57 of the height in em gives digits
        # of 41 % of the window, narrowed only when the text would not fit across. The width
        # is that of `00:00` or `+0:00` at least (`9:59`, `15:00`, `+0:01` alike), so that the
        # digits keep their size when a countdown passes into overtime.
        size = int(h * 0.57)
        size = min(size, int(w * 0.98 / digits_em(self.digits.text())))
        _set_fonts(
            (self.digits, size, True),
            (self.title, int(h * 0.05), True),
            (self.phase, int(h * 0.05), True),
            (self.speaker, int(h * 0.065), True),
            (self.message, int(h * 0.06), True),
        )

    def _fit_report_back(self, h: int, w: int) -> None:
        size = min(int(h * 0.24), int(w * 0.5 / digits_em(self.digits.text())))
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
        pal.setColor(QPalette.ColorRole.WindowText, QColor("#f5f5f5") if on else MESSAGE)
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
        old = self.digits.text()
        self.digits.setText(digits)
        pal = self.digits.palette()
        pal.setColor(QPalette.ColorRole.WindowText, phase_color(phase, dark=True))
        self.digits.setPalette(pal)
        self.phase.setPalette(pal)
        self.phase.setText(phase_words)
        self.overtime = phase == Phase.OVERTIME
        self.update()
        if _shape(digits) != _shape(old):
            self._fit()

    def show_reading(
        self,
        podium: Podium | None,
        reading: PodiumReading | None,
        now: datetime,
        floor: Floor | None = None,
    ) -> None:
        """Show the same instant as the run view (called in the same refresh).

        While someone has the `floor`, the big digits are their own countdown, with their
        name, under the block's title; before a block starts, its title, when it is planned
        to begin and the time of day.
        """
        if self.report_back:
            return
        self.blackout = bool(podium and podium.stage_blackout)
        for wdg in (self.title, self.digits, self.phase, self.speaker, self.message):
            wdg.setVisible(not self.blackout)
        old = self.digits.text()
        self.overtime = False
        block = reading.block if reading is not None else None
        tz = podium.tz if podium is not None else None
        if self.blackout or podium is None or reading is None or block is None:
            self.digits.setText("")  # (a dash that size is a black bar on the screen)
            self.title.setText("" if self.blackout else (podium.event_title if podium else ""))
            self.phase.setText("")
            self.speaker.setText("")
        elif reading.reading is None or reading.reading.state == RunState.NOT_STARTED:
            self.title.setText(block.title)
            self.digits.setText(time_of_day(now, tz))
            self._color(WAITING_DIGITS)
            begins = self.tr("Begins at %1") if block.planned_start else ""
            self.phase.setText(begins.replace("%1", time_of_day(block.planned_start, tz)))
            self.speaker.setText(", ".join(block.speakers))
        else:
            if floor is not None:
                speaker, digits, phase, shown = floor.name, floor.digits, floor.phase, floor.seconds
                state = RunState.PAUSED if floor.paused else RunState.RUNNING
            else:
                speaker, digits = ", ".join(block.speakers), format_clock(reading.shown)
                phase, shown, state = reading.phase, reading.shown, reading.reading.state
            self.title.setText(block.title)
            self.digits.setText(digits)
            self._color(phase_color(phase, dark=True))
            self.phase.setText(phase_text(phase, state, shown))
            self.speaker.setText(speaker)
            self.overtime = phase == Phase.OVERTIME
        message = podium.stage_message if podium is not None and not self.blackout else ""
        self.message.setText(message)
        self._message_blinks = bool(message) and podium is not None and podium.stage_blink
        self._show_message()
        self.update()
        if _shape(self.digits.text()) != _shape(old):
            self._fit()

    def _color(self, color: QColor) -> None:
        pal = self.digits.palette()
        pal.setColor(QPalette.ColorRole.WindowText, color)
        self.digits.setPalette(pal)
        self.phase.setPalette(pal)

    def _show_message(self) -> None:
        # A blinking message turns the colour of the background: its place stays.
        shown = self._blink_on or not self._message_blinks
        pal = self.message.palette()
        pal.setColor(QPalette.ColorRole.WindowText, MESSAGE if shown else BACKGROUND)
        self.message.setPalette(pal)

    def blink(self, on: bool) -> None:
        """Half-second pulse of the border in overtime (if chosen) and of a blinking message.
        Nothing else changes: the digits stay, and so does every label's place."""
        if on == self._blink_on:
            return
        self._blink_on = on
        if not self.report_back:
            self._show_message()
        self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.pulse and self.overtime and self._blink_on and not self.blackout:
            painter = QPainter(self)
            pen = QPen(phase_color(Phase.OVERTIME, dark=True), BORDER)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            half = BORDER // 2
            painter.drawRect(self.rect().adjusted(half, half, -half, -half))
            painter.end()


def _shape(text: str) -> str:
    """The digits' text with every digit alike: the size is fitted again only when it
    changes (digits are tabular, so `9:58` and `9:59` take the same width)."""
    return "".join("0" if c.isdigit() else c for c in text)


def _set_fonts(*sizes: tuple) -> None:
    """(label, pixel size, bold) for each label; never below 10 px."""
    for label, px, bold in sizes:
        font = label.font()
        font.setPixelSize(max(px, 10))
        font.setBold(bold)
        label.setFont(font)
