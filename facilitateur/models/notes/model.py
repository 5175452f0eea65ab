"""What was said and decided: notes, decisions, actions, ideas, quotes, questions."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from facilitateur.models.storage.base import Base, EnumText, Identified, UtcDateTime


class NoteKind(StrEnum):
    NOTE = "note"
    DECISION = "decision"
    ACTION = "action"
    IDEA = "idea"
    QUOTE = "quote"
    QUESTION = "question"


class ActionStatus(StrEnum):
    """An action (a note of kind `action`) to do, or done; other notes have no status ("")."""

    OPEN = "open"
    DONE = "done"


_KIND = EnumText(NoteKind, 12, NoteKind.NOTE)


class Note(Identified, Base):
    """A note linked to a block (or a segment) or to an Open Space topic."""

    __tablename__ = "note"

    block_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agenda_block.id"), index=True)
    topic_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("topic.id"), index=True)
    kind: Mapped[NoteKind] = mapped_column(_KIND, default=NoteKind.NOTE)
    text: Mapped[str] = mapped_column(Text, default="")
    speaker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)
    owner: Mapped[str] = mapped_column(String(300), default="")
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="")
    author: Mapped[str] = mapped_column(String(300), default="")
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
