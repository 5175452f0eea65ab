"""Wakes the podium exactly when the shown time changes, and notices wall-clock jumps."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from facilitateur.clock import Clock

JUMP = timedelta(seconds=2)


class Ticker(QObject):
    """A single-shot precise timer re-armed for the next instant the display must change.

    One wake-up per second while a timer runs (none in between), so the display never skips or
    doubles a second and the idle CPU stays low. Comparing the wall clock with the monotonic
    clock at each wake-up reveals a sleep, a time-zone or a manual clock change.
    """

    tick = Signal()
    jumped = Signal(object)  # timedelta: how far the wall clock moved beyond real time

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._fire)
        self._last = (clock.now(), clock.monotonic())

    def schedule(self, when: datetime | None) -> None:
        """Wake at `when` (a wall time); without one, at the next whole second of the clock."""
        now = self.clock.now()
        if when is None:
            when = now.replace(microsecond=0) + timedelta(seconds=1)
        delay_ms = max(0, int((when - now) / timedelta(milliseconds=1)) + 1)
        self._timer.start(min(delay_ms, 60_000))

    def stop(self) -> None:
        self._timer.stop()

    def _fire(self) -> None:
        wall, mono = self.clock.now(), self.clock.monotonic()
        last_wall, last_mono = self._last
        drift = (wall - last_wall) - timedelta(seconds=mono - last_mono)
        self._last = (wall, mono)
        if abs(drift) > JUMP:
            self.jumped.emit(drift)
        self.tick.emit()
