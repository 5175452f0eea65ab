"""What the main window's controllers (files, exports, backups) ask of the window, and nothing
more: the open event, saving what is being typed, opening another event. The static parts (the
dialogs, the status bar, the clock, the settings) are given to each controller when it is made."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from facilitateur.ui.qt_event import QtEvent


class WindowServices(Protocol):
    @property
    def current(self) -> QtEvent | None:
        """The open event, if any (it changes when another is opened)."""
        ...

    def save_pending(self, final: bool = False) -> None:
        """Save what is being typed now (before the file is read or copied)."""
        ...

    def open_path(self, path: Path | str, create: bool = False, read_only: bool = False) -> bool:
        """Open an event file or a shared event's address in the window; False when refused
        (the user has been told why)."""
        ...

    def open_shared(self, address: str, password: str | None = None) -> bool:
        """Connect to a shared event; False when refused (the user has been told why)."""
        ...
