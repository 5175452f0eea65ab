"""How podium figures are written: phase, offset, times of day, in the interface language."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from facilitateur.models.agenda.timing import Phase, RunState
from facilitateur.ui import dates, theme
from facilitateur.ui.noop import QT_TRANSLATE_NOOP, TextContext


class RunTexts(TextContext):
    """The context of the podium's texts (`RunTexts.tr(text, "", n)` for a count)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("RunTexts", text)


def phase_color(phase: Phase, dark: bool) -> QColor:
    """The colour of the digits in a phase (never the only signal: see `phase_text`)."""
    if phase in (Phase.DANGER, Phase.OVERTIME):
        return QColor("#ef4444") if dark else theme.DANGER
    if phase == Phase.WARNING:
        return QColor("#f59e0b") if dark else theme.WARNING
    return QColor("#f5f5f5") if dark else QColor("#111827")


def phase_text(phase: Phase, state: RunState | None, shown: int) -> str:
    """The phase in words: `2 min`, `DÉPASSEMENT`, `En pause` …"""
    if state is None:
        return ""
    if state == RunState.NOT_STARTED:
        return tr(QT_TRANSLATE_NOOP("RunTexts", "Not started — Space starts"))
    if state == RunState.PAUSED:
        return tr(QT_TRANSLATE_NOOP("RunTexts", "PAUSED"))
    if phase == Phase.OVERTIME:
        return tr(QT_TRANSLATE_NOOP("RunTexts", "OVERTIME"))
    if phase in (Phase.WARNING, Phase.DANGER):
        return tr(QT_TRANSLATE_NOOP("RunTexts", "%1 min left")).replace(
            "%1", str(max(1, math.ceil(shown / 60)))
        )
    return ""


DAY_MINUTES = 24 * 60
NBSP = "\u00a0"  # between a number and its unit: `+6 h 45` never breaks


def lateness(minutes: int, french: bool) -> str:
    """How late (`+`) or early (`−`, a true minus sign) the day is, as the synthesis writes
    durations: `+7 min`, `+6 h 45`, `+1 h 02`, `+2 h` in French; `+6 h 45 min`, `+1 h 2 min`
    in English."""
    sign = "+" if minutes > 0 else "−" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    if not hours:
        words = f"{rest}{NBSP}min"
    elif not rest:
        words = f"{hours}{NBSP}h"
    elif french:
        words = f"{hours}{NBSP}h{NBSP}{rest:02d}"
    else:
        words = f"{hours}{NBSP}h{NBSP}{rest}{NBSP}min"
    return sign + words


def offset_text(offset: timedelta) -> tuple[str, QColor | None]:
    """`+7 min`, `+6 h 45` (late, red), `−3 min` (ahead, green), `on time`."""
    minutes = round(offset.total_seconds() / 60)
    if minutes == 0:
        return tr(QT_TRANSLATE_NOOP("RunTexts", "on time")), None
    if abs(minutes) >= DAY_MINUTES:
        # A day taken up again on another date: in days (`+95175 h 52 min` did not fit the
        # podium's corner, and says nothing an hour count would not say better in days).
        days = round(abs(minutes) / DAY_MINUTES)
        late = RunTexts.tr("+%n days", "", days)
        early = RunTexts.tr("−%n days", "", days)
        return (late, theme.DANGER) if minutes > 0 else (early, theme.OK)
    text = lateness(minutes, dates.current_forms().french)
    return text, theme.DANGER if minutes > 0 else theme.OK


def time_of_day(when: datetime | None, tz) -> str:
    """A time of day in the interface's one form (`9 h 15` in French, `9:15 AM` in English)."""
    return dates.time_of_day(when, tz)
