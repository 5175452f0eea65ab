"""The words and figures of the podium view: what runs, the time left in large digits, how
late the day is, when it will end, what comes next, the message on stage. RunScreen lays them
out (with the speakers and the note line) and drives them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.agenda.podium import Podium, PodiumReading
from facilitateur.models.agenda.timing import Phase, format_clock
from facilitateur.ui import dates, theme
from facilitateur.ui.naming import named
from facilitateur.ui.run.texts import offset_text, phase_color, phase_text, time_of_day


def label(name: str, px: int, bold: bool = False, digits: bool = False) -> QLabel:
    """A label of the podium at `px` pixels; `digits`: in the timers' font."""
    widget = named(QLabel(), name)
    if digits:
        font = theme.timer_font(px, bold)
    else:
        font = widget.font()
        font.setPixelSize(px)
        font.setBold(bold)
    widget.setFont(font)
    widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return widget


class PodiumLabels:
    def __init__(self) -> None:
        self.title = label("runTitle", 30, bold=True)
        self.title.setWordWrap(True)
        self.detail = label("runDetail", 18)
        self.detail.setWordWrap(True)
        self.speakers = label("runSpeakers", 18)
        self.speakers.setWordWrap(True)
        self.clock_label = label("runClock", 40, bold=True, digits=True)
        self.offset = label("runOffset", 26, bold=True)
        self.projected = label("runProjected", 18)
        self.projected.setTextFormat(Qt.TextFormat.RichText)
        for w in (self.clock_label, self.offset, self.projected):
            w.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.digits = label("runDigits", 190, bold=True, digits=True)
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase = label("runPhase", 26, bold=True)
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = named(QProgressBar(textVisible=False, maximum=1000), "runProgress")
        self.progress.setFixedHeight(14)
        self.next_label = label("runNext", 22)
        self.message_label = label("runMessage", 16)
        # What the clicker's two keys will do, in words, under the timer.
        self.next_step = label("runNextStep", 18, bold=True)
        self.back_step = label("runBackStep", 16)
        for w in (self.next_step, self.back_step):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._digits_color: QColor | None = None

    def head(self) -> QHBoxLayout:
        """What runs on the left; the time of day, the day's offset and its end on the right."""
        head = QHBoxLayout()
        left = QVBoxLayout()
        for w in (self.title, self.detail, self.speakers):
            left.addWidget(w)
        right = QVBoxLayout()
        for w in (self.clock_label, self.offset, self.projected):
            right.addWidget(w)
        head.addLayout(left, 3)
        head.addLayout(right, 1)
        return head

    def timer_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addStretch(1)
        for w in (self.digits, self.phase, self.progress):
            column.addWidget(w)
        column.addSpacing(10)
        column.addWidget(self.next_step)
        column.addWidget(self.back_step)
        column.addStretch(1)
        column.addWidget(self.message_label)
        return column

    def show(self, podium: Podium, r: PodiumReading, now, blink_on: bool, palette: QPalette) -> str:
        """Show a reading of the podium at `now`; return who speaks (for the stage display)."""
        tz = podium.tz
        self.clock_label.setText(time_of_day(now, tz))
        if r.planned_for is not None:  # not today, not begun: no lateness against this clock
            day = dates.short_date(r.planned_for)
            words = QCoreApplication.translate("RunScreen", "Day of %1").split("%1")
            small = "<span style='font-size:18px; font-weight:normal'>{}</span>"
            self.offset.setText(
                small.format(escape(words[0])) + escape(day) + small.format(escape(words[-1]))
            )
            _color(self.offset, None, palette)
            ends = QCoreApplication.translate("RunScreen", "Planned end %1")
        else:
            text, color = offset_text(r.offset)
            self.offset.setText(
                QCoreApplication.translate("RunScreen", "Day: %1").replace("%1", text)
            )
            _color(self.offset, color, palette)
            ends = QCoreApplication.translate("RunScreen", "Ends ≈ %1")
        end_said = time_of_day(r.projected_end, tz)
        plan_said = time_of_day(r.plan_end, tz)
        plan = ""
        if r.planned_for is None and not r.day_over and r.plan_end and plan_said != end_said:
            # The estimate beside the plan's own end: late, ahead, or a plan whose blocks
            # overlap (on time, and yet ending after the programme says).
            plan = QCoreApplication.translate("RunScreen", "planned %1").replace("%1", plan_said)
        # The second line keeps its height when empty: nothing below moves as it comes and goes.
        second = escape(plan) or "&nbsp;"
        self.projected.setText(
            f"{escape(ends.replace('%1', end_said))}<br><span style='font-size:16px'>{second}</span>"
        )
        speaker = ""
        if r.block is None:
            self.title.setText(
                QCoreApplication.translate("RunScreen", "The day is over") if r.day_over else ""
            )
            self.detail.setText(podium.day_label or dates.long_date(podium.planned_date))
            self.speakers.setText("")
            # No big digits (a dash that size is a black bar): when the day ended, and what is
            # left to do with it.
            self.digits.setText("")
            self._digits_color = None
            self.phase.setText(
                QCoreApplication.translate(
                    "RunScreen", "Ended at %1 — Ctrl+E writes the synthesis"
                ).replace("%1", time_of_day(r.projected_end, tz))
                if r.day_over and r.projected_end
                else ""
            )
            _color(self.phase, None, palette)
            self.progress.setValue(0)
            self.progress.setVisible(False)
        else:
            b = r.block
            self.title.setText(b.title)
            when = dates.moments(b.planned_start, b.planned_end, tz) if b.planned_start else ""
            segs = " · ".join(t if len(t) <= 48 else t[:46].rstrip() + "…" for t in b.segments)
            again = _taken_up_again(r, tz)
            self.detail.setText("  ·  ".join(x for x in (when, again, segs) if x))
            speaker = ", ".join(b.speakers)
            self.speakers.setText(speaker)
            self.digits.setText(format_clock(r.shown))
            self._fit_digits()
            dark = theme.is_dark()
            # Overtime blinks by colour: the digits never leave, so nothing below them moves.
            self._digits_color = phase_color(r.phase, dark)
            self.blink(blink_on or r.phase != Phase.OVERTIME)
            _color(self.phase, phase_color(r.phase, dark), palette)
            self.phase.setText(phase_text(r.phase, r.reading.state if r.reading else None, r.shown))
            self.progress.setValue(int(min(r.progress or 0.0, 1.0) * 1000))
            self.progress.setVisible(True)
            chunk = (
                phase_color(r.phase, False).name()
                if r.phase != Phase.NORMAL
                else theme.ACCENT.name()
            )
            self.progress.setStyleSheet(f"QProgressBar::chunk {{ background: {chunk}; }}")
        nb = r.next_block
        self.next_label.setText(
            QCoreApplication.translate("RunScreen", "Next: %1  %2")
            .replace("%1", time_of_day(nb.planned_start, tz))
            .replace("%2", nb.title)
            if nb
            else ""
        )
        message = podium.stage_message
        self.message_label.setText(
            QCoreApplication.translate("RunScreen", "On stage: “%1”").replace("%1", message)
            if message
            else ""
        )
        if podium.stage_blackout:
            self.message_label.setText(
                self.message_label.text()
                + "  "
                + QCoreApplication.translate("RunScreen", "[stage blacked out — B]")
            )
        return speaker

    def blink(self, on: bool) -> None:
        """The half-second blink of overtime digits: full colour, then paler."""
        if self._digits_color is None:
            return
        color = self._digits_color if on else self._digits_color.lighter(140)
        pal = self.digits.palette()
        pal.setColor(QPalette.ColorRole.WindowText, color)
        self.digits.setPalette(pal)

    def _fit_digits(self) -> None:
        """190 px digits, smaller only when `1:05:20` would not fit across its column."""
        width = self.digits.width()
        em = theme.digits_em(self.digits.text())
        size = min(190, int(width * 0.95 / em)) if width > 100 else 190
        font = self.digits.font()
        if font.pixelSize() != max(size, 60):
            font.setPixelSize(max(size, 60))
            self.digits.setFont(font)


def _taken_up_again(r: PodiumReading, tz) -> str:
    """A block taken up again says when it ran before."""
    intervals = r.reading.intervals if r.reading else ()
    if len(intervals) < 2:
        return ""
    before = ", ".join(dates.moments(a, b, tz) for a, b in intervals[:-1])
    return (
        QCoreApplication.translate("RunScreen", "taken up again at %1 (before: %2)")
        .replace("%1", time_of_day(intervals[-1][0], tz))
        .replace("%2", before)
    )


def empty_page(prepare_requested) -> QWidget:
    """What the podium shows before there is an agenda: a way to go and make one."""
    page = named(QWidget(), "runEmpty")
    column = QVBoxLayout(page)
    text = QLabel(
        QCoreApplication.translate("RunScreen", "Nothing to run yet: the agenda is empty.")
    )
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    go = QPushButton(
        theme.icon("list-tree"), QCoreApplication.translate("RunScreen", "Prepare the agenda")
    )
    go.clicked.connect(prepare_requested)
    column.addStretch(1)
    column.addWidget(text)
    column.addWidget(go, 0, Qt.AlignmentFlag.AlignCenter)
    column.addStretch(1)
    return page


def key_hints() -> str:
    """The keys of the podium, in one line under it."""
    keys = (
        (
            QCoreApplication.translate("RunScreen", "Space"),
            QCoreApplication.translate("RunScreen", "start / pause"),
        ),
        (
            QCoreApplication.translate("RunScreen", "PgDn") + " N →",
            QCoreApplication.translate("RunScreen", "next"),
        ),
        (
            QCoreApplication.translate("RunScreen", "PgUp") + " P ←",
            QCoreApplication.translate("RunScreen", "undo the last next"),
        ),
        ("E", QCoreApplication.translate("RunScreen", "end")),
        ("+ −", QCoreApplication.translate("RunScreen", "one minute")),
        ("B .", QCoreApplication.translate("RunScreen", "blackout")),
        ("M", QCoreApplication.translate("RunScreen", "message")),
        ("F5", QCoreApplication.translate("RunScreen", "stage display")),
        (
            QCoreApplication.translate("RunScreen", "Esc"),
            QCoreApplication.translate("RunScreen", "close it"),
        ),
        ("Ctrl+Z", QCoreApplication.translate("RunScreen", "undo")),
    )
    return "   ·   ".join(f"{k} {v}" for k, v in keys)


def _color(widget: QLabel, color, palette: QPalette) -> None:
    pal = widget.palette()
    pal.setColor(
        QPalette.ColorRole.WindowText, color or palette.color(QPalette.ColorRole.WindowText)
    )
    widget.setPalette(pal)
