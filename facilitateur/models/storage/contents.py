"""How much an open event holds, counted in one session (the smoke run's report, the crash
tests): notes, workshops placed on the board, their reports, dots given."""

from __future__ import annotations

from sqlalchemy import func, select

from facilitateur.models.notes.model import Note
from facilitateur.models.openspace.model import Placement, Proposal, WorkshopReport
from facilitateur.models.storage.store import EventFile


def event_contents(ef: EventFile) -> dict[str, int]:
    """`notes`, `workshops` (topics placed), `reports` and `dots` (votes) of the event."""
    with ef.session() as s:
        return {
            "notes": s.scalar(select(func.count()).select_from(Note)) or 0,
            "workshops": s.scalar(select(func.count(func.distinct(Placement.topic_id)))) or 0,
            "reports": s.scalar(select(func.count()).select_from(WorkshopReport)) or 0,
            "dots": s.scalar(select(func.coalesce(func.sum(Proposal.votes), 0))) or 0,
        }
