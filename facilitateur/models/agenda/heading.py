"""What the main window's title and status bar say of the open event: its name, and on a shared
event the laptop holding the podium. Each read opens a session of its own."""

from __future__ import annotations

from facilitateur.models import queries
from facilitateur.models.storage.store import EventFile


def event_title(ef: EventFile) -> str:
    """The event's title, or the file's name while the event has none."""
    with ef.session() as s:
        return queries.the_event(s).title or ef.name


def podium_holder_of(ef: EventFile) -> tuple[str, str]:
    """On a shared event, the laptop holding the podium: its origin id and label ("" when
    nobody holds it yet)."""
    with ef.session() as s:
        return queries.podium_holder(s)
