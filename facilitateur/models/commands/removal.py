"""Removing a block removes what hangs from it, row by row, so undo can restore each row."""

from __future__ import annotations

import uuid

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from facilitateur.models import queries
from facilitateur.models.agenda.model import AgendaBlock, SpeakerEntry, TimerTransition
from facilitateur.models.notes.model import Note


def remove_block_tree(s: Session, block: AgendaBlock) -> None:
    """Delete a block, its segments, speakers, timer transitions and notes."""
    for seg in queries.segments(s, block.id):
        remove_block_tree(s, seg)
    entries = list(s.scalars(select(SpeakerEntry).where(SpeakerEntry.block_id == block.id)))
    entry_ids = [e.id for e in entries]
    q = select(TimerTransition).where(
        or_(TimerTransition.block_id == block.id, TimerTransition.speaker_entry_id.in_(entry_ids))
    )
    for row in [*s.scalars(q), *s.scalars(select(Note).where(Note.block_id == block.id))]:
        s.delete(row)
    s.flush()
    for e in entries:
        s.delete(e)
    s.flush()
    s.delete(block)
    s.flush()


def remove_day_slots(s: Session, day_id: uuid.UUID) -> None:
    """Delete the Open Space slots of a day and the placements in them (topics stay)."""
    from facilitateur.models.openspace.model import Placement, Slot

    slots = list(s.scalars(select(Slot).where(Slot.day_id == day_id)))
    for p in s.scalars(select(Placement).where(Placement.slot_id.in_([x.id for x in slots]))):
        s.delete(p)
    s.flush()
    for slot in slots:
        s.delete(slot)
    s.flush()
