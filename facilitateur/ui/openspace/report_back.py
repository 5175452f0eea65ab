"""Report-back: each workshop in turn on the stage display, with a timer per group.

The clicker drives it here as at the podium: PageDown / → / N next group, PageUp / ← / P the
previous one, Space pauses and resumes the group's timer, F5 puts the report-back on the stage
display (and takes the display away again) — here it never shows the podium. Moving to a group
starts its timer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitateur.clock import Clock
from facilitateur.models.agenda.timing import Phase, RunState, format_clock
from facilitateur.models.openspace.board import Board
from facilitateur.ui import dates, theme
from facilitateur.ui.naming import named
from facilitateur.ui.run.stage_control import StageControl
from facilitateur.ui.run.texts import phase_color, phase_text

MINUTES_KEY = "openspace/report_back_minutes"


class Group:
    def __init__(self, title: str, convener: str, key_points: str, where: str) -> None:
        self.title, self.convener, self.key_points, self.where = title, convener, key_points, where

    def details(self, convener_word: str) -> str:
        points = [p.strip(" -•\t") for p in self.key_points.splitlines() if p.strip()]
        lines = [f"{convener_word} {self.convener}"] if self.convener else []
        lines += [f"• {p}" for p in points[:6]]
        if len(points) > 6:
            lines.append("…")
        return "\n".join(lines)


def group_timing(seconds_left: int, total: int) -> Phase:
    """Amber for the last third (at most a minute), red for the last sixth, then overtime."""
    if seconds_left < 0:
        return Phase.OVERTIME
    if seconds_left <= min(30, total // 6):
        return Phase.DANGER
    if seconds_left <= min(60, total // 3):
        return Phase.WARNING
    return Phase.NORMAL


class ReportBack(QWidget):
    status = Signal(str)

    def __init__(self, clock: Clock, stage: StageControl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportBack")
        self.setAccessibleName(self.tr("Report-back"))
        self.clock, self.control = clock, stage
        self.groups: list[Group] = []
        self.index = -1
        self.started: datetime | None = None
        self.elapsed = 0.0  # seconds counted before the last start (pauses)
        self.ticker = QTimer(self, interval=200)
        self.ticker.timeout.connect(self._tick)

        self.list = named(QListWidget(), "reportBackList")
        self.list.currentRowChanged.connect(self.go)
        self.list.setMaximumWidth(340)
        self.list.setSpacing(2)
        self.list.setWordWrap(True)  # a long title on two lines, never cut
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.where = named(QLabel(), "reportBackWhere")
        self.title = named(QLabel(wordWrap=True), "reportBackTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.details = named(QLabel(wordWrap=True), "reportBackDetails")
        details_font = self.details.font()
        details_font.setPointSizeF(details_font.pointSizeF() * 1.25)
        self.details.setFont(details_font)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.digits = named(QLabel(""), "reportBackDigits")
        self.digits.setFont(theme.timer_font(72))
        self.phase = named(QLabel(), "reportBackPhase")
        self.minutes = named(QSpinBox(minimum=1, maximum=30), "reportBackMinutes")
        self.minutes.setSuffix(" min")
        self.minutes.setValue(int(str(QSettings().value(MINUTES_KEY, 3))))
        self.minutes.valueChanged.connect(lambda v: QSettings().setValue(MINUTES_KEY, v))
        self.minutes.setToolTip(self.tr("Time per group"))
        self.minutes.setAccessibleName(self.tr("Time per group"))
        prev = QPushButton(theme.icon("skip-back"), self.tr("Previous (PgUp)"))
        prev.setToolTip(self.tr("The previous group (PgUp, ←, P)"))
        self.toggle_button = named(
            QPushButton(theme.icon("pause"), self.tr("Pause (Space)")), "reportBackToggle"
        )
        self.toggle_button.setToolTip(self.tr("Pause or resume the group's timer (Space)"))
        nxt = named(
            QPushButton(theme.icon("skip-forward"), self.tr("Next group (PgDown)")),
            "reportBackNext",
        )
        nxt.setToolTip(self.tr("The next group, its timer started (PgDown, →, N)"))
        self.on_stage = named(
            QPushButton(theme.icon("presentation"), self.tr("On the stage display (F5)")),
            "reportBackStage",
        )
        self.on_stage.setCheckable(True)
        self.on_stage.setToolTip(
            self.tr("The report-back on the stage display; F5 again takes the display away")
        )
        prev.clicked.connect(self.previous)
        nxt.clicked.connect(self.next)
        self.toggle_button.clicked.connect(self.toggle)
        self.on_stage.toggled.connect(self.set_on_stage)

        center = QVBoxLayout()
        center.addWidget(self.where)
        center.addWidget(self.title)
        center.addWidget(self.details, 1)
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.digits)
        clock_row.addWidget(self.phase, 1)
        center.addLayout(clock_row)
        buttons = QHBoxLayout()
        for w in (prev, self.toggle_button, nxt):
            buttons.addWidget(w)
        buttons.addStretch()
        buttons.addWidget(QLabel(self.tr("Time per group")))
        buttons.addWidget(self.minutes)
        buttons.addWidget(self.on_stage)
        center.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(center, 1)

        # The clicker's keys are the report-back's while it has the focus (the list and the
        # buttons leave it there), before any menu shortcut.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for widget in (self.list, prev, self.toggle_button, nxt, self.on_stage):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.minutes.installEventFilter(self)  # F5 there too: never the podium's display
        self.keys: dict[int, Callable[[], None]] = {
            Qt.Key.Key_F5: self.toggle_stage,
            Qt.Key.Key_PageDown: self.next,
            Qt.Key.Key_Right: self.next,
            Qt.Key.Key_N: self.next,
            Qt.Key.Key_PageUp: self.previous,
            Qt.Key.Key_Left: self.previous,
            Qt.Key.Key_P: self.previous,
            Qt.Key.Key_Space: self.toggle,
        }

    def event(self, event: QEvent) -> bool:
        shortcut = event.type() == QEvent.Type.ShortcutOverride
        if shortcut and isinstance(event, QKeyEvent) and self._ours(event):
            event.accept()
            return True
        return super().event(event)

    def _ours(self, event: QKeyEvent) -> bool:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        return plain and event.key() in self.keys

    def eventFilter(self, watched, event: QEvent) -> bool:
        # The clicker's keys reach the report-back from the time-per-group field (F5 only:
        # the field takes the others) and from the stage display while the report-back is on
        # it (shown full screen, it may have the keyboard).
        keyed = event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if keyed and isinstance(event, QKeyEvent) and self._ours(event):
            on_stage = watched is self.control.stage and self.control.stage.report_back
            if on_stage or event.key() == Qt.Key.Key_F5:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.keys[event.key()]()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._ours(event):
            self.keys[event.key()]()
            event.accept()
            return
        super().keyPressEvent(event)

    def set_board(self, board: Board, reports: dict) -> None:
        """The placed workshops in board order (slot, then room), with their reports' points."""
        groups = []
        for t, room, slot in board.sessions():
            convener, points = reports.get(t.id, (t.convener, ""))
            groups.append(
                Group(
                    t.title,
                    convener or t.convener,
                    points,
                    f"{dates.slot_label(slot)} · {room.name}",
                )
            )
        current = self.groups[self.index].title if 0 <= self.index < len(self.groups) else None
        self.groups = groups
        self.list.blockSignals(True)
        self.list.clear()
        for i, g in enumerate(groups, start=1):
            self.list.addItem(f"{i}. {g.title}")
            self.list.item(i - 1).setToolTip(f"{g.title}\n{g.where}")
        titles = [g.title for g in groups]
        self.index = titles.index(current) if current in titles else -1
        self.list.setCurrentRow(self.index)
        self.list.blockSignals(False)
        self.refresh()

    def go(self, index: int) -> None:
        """Show group `index` and start its timer."""
        if not 0 <= index < len(self.groups):
            return
        self.index = index
        self.started, self.elapsed = self.clock.now(), 0.0
        self.ticker.start()
        if self.list.currentRow() != index:
            self.list.setCurrentRow(index)
        self.refresh()

    def next(self) -> None:
        if self.index + 1 < len(self.groups):
            self.go(self.index + 1)
        else:
            self.status.emit(self.tr("That was the last group."))

    def previous(self) -> None:
        self.go(max(self.index - 1, 0))

    def toggle(self) -> None:
        if self.index < 0:
            self.go(0)
        elif self.started is not None:
            self.elapsed += (self.clock.now() - self.started).total_seconds()
            self.started = None
            self.ticker.stop()  # a paused timer shows the same figure: nothing to redraw
        else:
            self.started = self.clock.now()
            self.ticker.start()
        self.refresh()

    def _tick(self) -> None:
        # Redrawn only where someone looks: this panel or the stage display.
        if self.isVisible() or self.control.stage.report_back:
            self.refresh()

    def seconds_left(self) -> int:
        spent = self.elapsed
        if self.started is not None:
            spent += (self.clock.now() - self.started).total_seconds()
        return int(self.minutes.value() * 60 - spent)

    def set_on_stage(self, on: bool) -> None:
        stage = self.control.stage
        stage.set_report_back(on)
        if on:
            stage.installEventFilter(self)
        else:
            stage.removeEventFilter(self)
        if on and not stage.isVisible():
            self.control.show_stage()
            # The clicker's next key is for the next group: the keyboard stays here, not with
            # the display just shown.
            QTimer.singleShot(0, self._take_keyboard)
        self.refresh()

    def _take_keyboard(self) -> None:
        self.window().activateWindow()
        if self.isVisible():
            self.setFocus()

    def toggle_stage(self) -> None:
        """F5: the report-back on the stage display, or, when it is there, the display off."""
        if self.on_stage.isChecked() and self.control.stage.isVisible():
            self.on_stage.setChecked(False)
            self.control.stage.hide()
        elif self.on_stage.isChecked():
            self.set_on_stage(True)  # the display was put away meanwhile: back with the groups
        else:
            self.on_stage.setChecked(True)

    def stop(self) -> None:
        """Give the stage display back to the podium."""
        self.ticker.stop()
        if self.on_stage.isChecked():
            self.on_stage.setChecked(False)

    def refresh(self) -> None:
        if not 0 <= self.index < len(self.groups):
            self.where.setText(self.tr("%n workshops to report back", "", len(self.groups)))
            self.title.setText(self.tr("Press Next (PgDown) to call the first group"))
            self.details.setText("")
            self.digits.setText("")  # (a dash that size is a black bar)
            self.phase.setText("")
            return
        g = self.groups[self.index]
        total = self.minutes.value() * 60
        left = self.seconds_left()
        phase = group_timing(left, total)
        state = RunState.RUNNING if self.started is not None else RunState.PAUSED
        words = phase_text(phase, state, left)
        heading = (
            self.tr("Report-back %1/%2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.groups)))
            + f" · {g.where}"
        )
        details = g.details(self.tr("Convened by"))
        if not g.key_points.strip():
            details += ("\n\n" if details else "") + self.tr("(no key points in the report yet)")
        self.where.setText(heading)
        self.title.setText(g.title)
        self.details.setText(details)
        self.digits.setText(format_clock(left))
        pal = self.digits.palette()
        pal.setColor(self.digits.foregroundRole(), phase_color(phase, dark=theme.is_dark()))
        self.digits.setPalette(pal)
        self.phase.setText(words)
        running = self.started is not None
        self.toggle_button.setText(
            self.tr("Pause (Space)") if running else self.tr("Resume (Space)")
        )
        self.toggle_button.setIcon(theme.icon("pause" if running else "play"))
        stage = self.control.stage
        if stage.report_back:
            stage.show_group(heading, g.title, details, format_clock(left), phase, words)
