"""Declarative base, column types and the identity every user-created row carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy import Integer, MetaData, String, TypeDecorator, Uuid, event
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, Session, mapped_column

# Stable constraint names keep Alembic migrations deterministic on SQLite.
# The longest text a person can put in one field (a note, a report's key points: a whole pasted
# document), the same for the commands, the JSON documents and the files.
MAX_TEXT = 2_000_000

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)


def utc_text(value: datetime) -> str:
    """An aware datetime as stored: ISO 8601 text in UTC."""
    if value.tzinfo is None:
        raise ValueError("naive datetime refused: the journal and files use aware times")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


class TableName(StrEnum):
    """Every table of an event, by the name the journal's operations and the change
    notifications give it (a test checks that it lists the mapped tables, no more, no less)."""

    EVENT = "event"
    DAY = "day"
    AGENDA_BLOCK = "agenda_block"
    PERSON = "person"
    SPEAKER_ENTRY = "speaker_entry"
    TIMER_TRANSITION = "timer_transition"
    NOTE = "note"
    ROOM = "room"
    SLOT = "slot"
    TOPIC = "topic"
    PLACEMENT = "placement"
    WORKSHOP_REPORT = "workshop_report"
    PROPOSAL = "proposal"
    JOURNAL = "journal"


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as ISO 8601 text in UTC, read back aware (UTC).

    SQLite has no timezone-aware type; storing text keeps files readable and sortable.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        return None if value is None else utc_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value).astimezone(UTC)


class EnumText(TypeDecorator[E], Generic[E]):
    """A value of a StrEnum stored as its text (the column stays a VARCHAR, as the files have
    it), read back as the enumeration's member. A text no member has (a damaged row) reads as
    `fallback`: a block of an unknown kind shows as "other" instead of making the day
    unreadable."""

    impl = String
    cache_ok = True

    def __init__(self, enum: type[E], length: int, fallback: E) -> None:
        super().__init__(length)
        self.enum = enum
        self.fallback = fallback

    def process_bind_param(self, value: E | str | None, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> E | None:
        return None if value is None else self.member(value)

    def member(self, value: str) -> E:
        """The member whose text is `value`, else the fallback."""
        try:
            return self.enum(value)
        except ValueError:
            return self.fallback


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


@event.listens_for(Base, "mapper_configured", propagate=True)
def _hold_members(mapper: Mapper[Any], cls: type) -> None:
    """A value set on an EnumText column (a command's text, checked there against the
    choices) is held as its member, as it reads back from the file."""
    for key, column in mapper.columns.items():
        if isinstance(kind := column.type, EnumText):

            def member(
                _target: Any, value: Any, _old: Any, _init: Any, kind: EnumText[Any] = kind
            ) -> Any:
                return None if value is None else kind.member(value)

            event.listen(getattr(cls, key), "set", member, retval=True)


class Identified:
    """Rows a person creates carry a UUID, so copies of a file from two laptops merge cleanly,
    and a version, counted up at each change of their content (not of their place in a list),
    so that a command based on what a laptop read earlier can tell that another laptop changed
    the row since (`commands.core.check_version`)."""

    if TYPE_CHECKING:  # set by each model class (the mixin is not mapped itself)
        __tablename__: str

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


def existing(s: Session, model: type[T], row_id: uuid.UUID) -> T:
    """The row `row_id` of `model`, known to exist: named by a foreign key of a row read in
    the same transaction (the file's foreign keys are enforced), or read there just before."""
    row = s.get(model, row_id)
    assert row is not None, f"{model.__name__} {row_id} is referenced, so it exists"
    return row
