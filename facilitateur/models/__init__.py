"""The domain: ORM models, commands, queries. No Qt here (an import-linter contract checks it)."""

from facilitateur.models.agenda.model import (
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
from facilitateur.models.notes.model import Note, NoteKind
from facilitateur.models.openspace.model import (
    Placement,
    Proposal,
    Room,
    Slot,
    Topic,
    WorkshopReport,
)
from facilitateur.models.storage.base import Base
from facilitateur.models.storage.journal import EntryState, JournalEntry

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
