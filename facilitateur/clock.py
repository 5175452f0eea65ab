"""Clocks. Every place that reads the time takes one of these, so tests can use a fake."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Wall time (timezone-aware, UTC) plus a monotonic counter in seconds."""

    def now(self) -> datetime: ...

    def monotonic(self) -> float: ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that only moves when told to; wall and monotonic time move together."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2016, 1, 19, 8, 0, tzinfo=UTC)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware datetime")
        self._mono = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def set(self, when: datetime) -> None:
        """Jump to `when`; the monotonic counter follows forward jumps only."""
        if when.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware datetime")
        delta = (when - self._now).total_seconds()
        self._now = when
        self._mono += max(delta, 0.0)

    def advance(self, seconds: float) -> None:
        """Move both clocks forward by `seconds`."""
        self._now += timedelta(seconds=seconds)
        self._mono += seconds

    def jump(self, seconds: float) -> None:
        """Move the wall clock only, as a manual clock change or a time-zone change does."""
        self._now += timedelta(seconds=seconds)
