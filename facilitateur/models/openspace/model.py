"""The Open Space ("Forum ouvert"): rooms, slots, topics, the board, reports, votes."""

from __future__ import annotations

import uuid
from datetime import time
from enum import StrEnum

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from facilitateur.models.storage.base import Base, EnumText, Identified


class Room(Identified, Base):
    __tablename__ = "room"

    name: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Slot(Identified, Base):
    __tablename__ = "slot"

    day_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("day.id"), index=True)
    start: Mapped[time] = mapped_column(Time)
    end: Mapped[time] = mapped_column(Time)


class Topic(Identified, Base):
    """A subject proposed at the marketplace by its conveners."""

    __tablename__ = "topic"

    title: Mapped[str] = mapped_column(Text)
    convener: Mapped[str] = mapped_column(String(500), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    interest: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # A topic merged into another keeps its row (for the journal) and points at the survivor.
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("topic.id"))


class Placement(Identified, Base):
    """Where a topic sits on the rooms × slots board."""

    __tablename__ = "placement"

    topic_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("topic.id"), unique=True)
    room_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("room.id"), index=True)
    slot_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("slot.id"), index=True)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)


class ReportStatus(StrEnum):
    """Where a workshop's report stands: none yet, being written, or handed in."""

    MISSING = "missing"
    DRAFT = "draft"
    DONE = "done"


_STATUS = EnumText(ReportStatus, 10, ReportStatus.MISSING)


class WorkshopReport(Identified, Base):
    """The classic Open Space report form; next steps are action notes on the topic."""

    __tablename__ = "workshop_report"

    topic_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("topic.id"), unique=True)
    convener: Mapped[str] = mapped_column(String(500), default="")
    note_taker: Mapped[str] = mapped_column(String(300), default="")
    participants_count: Mapped[int | None] = mapped_column(Integer)
    participant_names: Mapped[str] = mapped_column(Text, default="")
    key_points: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ReportStatus] = mapped_column(_STATUS, default=ReportStatus.MISSING)


class Proposal(Identified, Base):
    """A proposal from a workshop report, with its dot votes at convergence."""

    __tablename__ = "proposal"

    report_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workshop_report.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    votes: Mapped[int] = mapped_column(Integer, default=0)
