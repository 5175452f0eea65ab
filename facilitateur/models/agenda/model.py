"""The event, its days, the agenda blocks and their speakers, and timer transitions."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from facilitateur.models.storage.base import Base, EnumText, Identified, UtcDateTime


class BlockKind(StrEnum):
    """What a block is; drives its icon and, later, the parser and the re-planning rules."""

    WELCOME = "welcome"
    PLENARY = "plenary"
    TALK = "talk"
    PANEL = "panel"
    FILM = "film"
    BREAK = "break"
    MEAL = "meal"
    WORKSHOP = "workshop"
    OPEN_SPACE = "open_space"
    REPORT_BACK = "report_back"
    Q_AND_A = "q_and_a"
    CLOSING = "closing"
    OTHER = "other"


class TimerMode(StrEnum):
    """How the podium shows a block's time."""

    COUNTDOWN = "countdown"
    ELAPSED = "elapsed"
    TARGET = "target"


class KeepOnMove(StrEnum):
    """What a block keeps when its start is changed and its end is not given."""

    END = "end"  # the end stays: the block grows or shrinks
    DURATION = "duration"  # the block moves, as on a paper programme


class SpeechType(StrEnum):
    """Why a person has the floor."""

    INTERVENTION = "intervention"
    QUESTION = "question"
    REPLY = "reply"
    POINT_OF_ORDER = "point_of_order"


class SpeakerStatus(StrEnum):
    """Where a person stands on a block's list of speakers."""

    WAITING = "waiting"
    SPEAKING = "speaking"
    PAUSED = "paused"
    DONE = "done"


class Transition(StrEnum):
    """A timer's recorded changes; every displayed figure is computed from these."""

    STARTED = "started"
    PAUSED = "paused"
    RESUMED = "resumed"
    ENDED = "ended"
    ADJUSTED = "adjusted"  # the planned time changed by `seconds` (timer.adjust)
    # A mark this version does not know (a later version's, or a damaged row): the timing
    # engine passes over it, so the timer reads as the marks it knows make it.
    UNKNOWN = "unknown"


DEFAULT_SPEAKER_SECONDS = 300  # a speaker's time when the event sets none other


class Event(Identified, Base):
    __tablename__ = "event"

    title: Mapped[str] = mapped_column(String(500), default="")
    venue: Mapped[str] = mapped_column(String(1000), default="")
    organiser: Mapped[str] = mapped_column(String(500), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Paris")
    warning_seconds: Mapped[int] = mapped_column(Integer, default=120)
    danger_seconds: Mapped[int] = mapped_column(Integer, default=60)
    speaker_seconds: Mapped[int] = mapped_column(
        Integer, default=DEFAULT_SPEAKER_SECONDS, server_default=str(DEFAULT_SPEAKER_SECONDS)
    )
    min_break_seconds: Mapped[int] = mapped_column(Integer, default=600, server_default="600")
    stage_message: Mapped[str] = mapped_column(Text, default="", server_default="")
    stage_blink: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    stage_blackout: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Lists of speakers: those who have not spoken yet go first; warn past this many turns.
    first_timers_first: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    turn_limit: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # On a shared event, the laptop whose podium drives the timers (its origin id and label);
    # empty: nobody yet, the first timer command takes it (commands `podium.take`).
    podium_holder: Mapped[str] = mapped_column(String(36), default="", server_default="")
    podium_label: Mapped[str] = mapped_column(String(300), default="", server_default="")

    days: Mapped[list[Day]] = relationship(back_populates="event", order_by="Day.position")


class Day(Identified, Base):
    __tablename__ = "day"

    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    date: Mapped[date | None] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(200), default="")
    start: Mapped[time | None] = mapped_column(Time)
    end: Mapped[time | None] = mapped_column(Time)

    event: Mapped[Event] = relationship(back_populates="days")


_KIND = EnumText(BlockKind, 20, BlockKind.OTHER)
_MODE = EnumText(TimerMode, 12, TimerMode.COUNTDOWN)
_STATUS = EnumText(SpeakerStatus, 12, SpeakerStatus.WAITING)
_SPEECH = EnumText(SpeechType, 20, SpeechType.INTERVENTION)
_MARK = EnumText(Transition, 10, Transition.UNKNOWN)


class AgendaBlock(Identified, Base):
    """A block of the programme; a block with a parent is a segment of that block."""

    __tablename__ = "agenda_block"

    day_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("day.id"), index=True)
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agenda_block.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[BlockKind] = mapped_column(_KIND, default=BlockKind.OTHER)
    section: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    planned_start: Mapped[time | None] = mapped_column(Time)
    planned_end: Mapped[time | None] = mapped_column(Time)
    end_inferred: Mapped[bool] = mapped_column(Boolean, default=False)
    fixed_start: Mapped[bool] = mapped_column(Boolean, default=False)
    timer_mode: Mapped[TimerMode] = mapped_column(_MODE, default=TimerMode.COUNTDOWN)
    warning_seconds: Mapped[int | None] = mapped_column(Integer)
    danger_seconds: Mapped[int | None] = mapped_column(Integer)
    speaker_seconds: Mapped[int | None] = mapped_column(Integer)

    day: Mapped[Day] = relationship()
    parent: Mapped[AgendaBlock | None] = relationship(
        remote_side="AgendaBlock.id", back_populates="segments"
    )
    segments: Mapped[list[AgendaBlock]] = relationship(
        back_populates="parent", order_by="AgendaBlock.position"
    )
    speakers: Mapped[list[SpeakerEntry]] = relationship(
        back_populates="block", order_by="SpeakerEntry.position"
    )


class Person(Identified, Base):
    __tablename__ = "person"

    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(Text, default="")
    organisation: Mapped[str] = mapped_column(String(500), default="")
    category: Mapped[str] = mapped_column(String(200), default="")


class SpeakerEntry(Identified, Base):
    """A person on a block's list of speakers (planned or from the floor)."""

    __tablename__ = "speaker_entry"

    block_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agenda_block.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    speech_type: Mapped[SpeechType] = mapped_column(_SPEECH, default=SpeechType.INTERVENTION)
    allotted_seconds: Mapped[int | None] = mapped_column(Integer)
    topic: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[SpeakerStatus] = mapped_column(_STATUS, default=SpeakerStatus.WAITING)

    block: Mapped[AgendaBlock] = relationship(back_populates="speakers")
    person: Mapped[Person] = relationship()


class TimerTransition(Identified, Base):
    """One recorded change of a block's or a speaker's timer."""

    __tablename__ = "timer_transition"

    block_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agenda_block.id"), index=True)
    speaker_entry_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("speaker_entry.id"), index=True
    )
    kind: Mapped[Transition] = mapped_column(_MARK)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    # Order of recording: two transitions may share an instant (a replay, a quick double key).
    seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    # Seconds added to (or taken from) planned time, for `timer.adjust`.
    adjust_seconds: Mapped[int] = mapped_column(Integer, default=0)
