"""The domain: ORM models, commands, queries. No Qt here (an import-linter contract checks it)."""

from facilitateur.models.agenda import (
    AgendaBlock,
    BlockKind,
    Day,
    Event,
    Person,
    SpeakerEntry,
    SpeechType,
    TimerMode,
    TimerTransition,
    Transition,
)
from facilitateur.models.base import Base
from facilitateur.models.journal import EntryState, JournalEntry
from facilitateur.models.notes import Note, NoteKind
from facilitateur.models.openspace import Placement, Proposal, Room, Slot, Topic, WorkshopReport

__all__ = [
    "AgendaBlock",
    "Base",
    "BlockKind",
    "Day",
    "EntryState",
    "Event",
    "JournalEntry",
    "Note",
    "NoteKind",
    "Person",
    "Placement",
    "Proposal",
    "Room",
    "Slot",
    "SpeakerEntry",
    "SpeechType",
    "TimerMode",
    "TimerTransition",
    "Topic",
    "Transition",
    "WorkshopReport",
]
