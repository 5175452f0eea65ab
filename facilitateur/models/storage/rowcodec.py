"""Row values to JSON and back, checked column by column (files from others are data only)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from sqlalchemy import Boolean, Date, Integer, String, Table, Text, Time, Uuid

from facilitateur.models.storage.base import MAX_TEXT, Base, EnumText, UtcDateTime


def table_of(model: type[Base]) -> Table:
    """The table a model is mapped to (SQLAlchemy types `__table__` as any FromClause)."""
    table = model.__table__
    assert isinstance(table, Table), "every model of the event is declared on a table"
    return table


def encode(value: Any) -> Any:
    """A column value as JSON (ids as strings, dates and times in ISO 8601)."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return value


def decode_value(table: Table, key: str, value: Any, *, own: bool = False) -> Any:
    """The Python value for column `key` from its JSON form; ValueError says what is wrong.

    `own`: a value this file's journal recorded (undo, redo): an enumeration's text no member
    has (a damaged row, a later version's kind) reads as the column's fallback, as the column
    itself reads it, instead of refusing the undo; a file from elsewhere is checked."""
    if key not in table.c:
        raise ValueError(f"unknown field {key!r}")
    col = table.c[key]
    if value is None:
        if not col.nullable:
            raise ValueError(f"{key}: may not be null")
        return None
    t = col.type
    try:
        if isinstance(t, Uuid):
            return uuid.UUID(checked_text(value))
        if isinstance(t, UtcDateTime):
            parsed = datetime.fromisoformat(checked_text(value))
            if parsed.tzinfo is None:
                raise ValueError("a time zone is required")
            return parsed
        if isinstance(t, EnumText):
            if own:
                return t.member(checked_text(value))
            try:
                return t.enum(checked_text(value))
            except ValueError:
                raise ValueError(f"must be one of {', '.join(m.value for m in t.enum)}") from None
        if isinstance(t, Date):
            return date.fromisoformat(checked_text(value))
        if isinstance(t, Time):
            return time.fromisoformat(checked_text(value))
        if isinstance(t, Boolean):
            if not isinstance(value, bool):
                raise ValueError("must be true or false")
            return value
        if isinstance(t, Integer):
            if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 2**53:
                raise ValueError("must be a whole number")
            return value
        if isinstance(t, String | Text):
            text = checked_text(value)
            limit = getattr(t, "length", None) or MAX_TEXT
            if len(text) > limit:
                raise ValueError(f"is longer than {limit} characters")
            return text
    except ValueError as e:
        raise ValueError(f"{key}: {e}") from None
    raise AssertionError(f"no decoder for {t!r}")


def checked_text(value: Any) -> str:
    """A JSON string that SQLite can store (UTF-8 text); ValueError otherwise."""
    if not isinstance(value, str):
        raise ValueError("must be a string")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise ValueError(
            f"holds an unpaired surrogate at character {e.start + 1}, which is not text"
        ) from None
    return value


def decode_row(table: Table, values: dict[str, Any], *, own: bool = False) -> dict[str, Any]:
    """Decode every field of a row for `table` (`own`: as for decode_value)."""
    return {k: decode_value(table, k, v, own=own) for k, v in values.items()}
