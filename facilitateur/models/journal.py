"""The journal: every command applied to the event, in order, with what it changed."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from facilitateur.models.base import Base, UtcDateTime, utc_text


class EntryState(StrEnum):
    DONE = "done"  # in effect
    UNDONE = "undone"  # undone, can be redone
    DROPPED = "dropped"  # undone, then a new command made redo impossible


class JournalEntry(Base):
    __tablename__ = "journal"
    # Each command drops the entries left undone, and the Redo menu looks for the oldest one:
    # this index keeps both from reading the whole journal (tens of thousands of entries by
    # the evening of a day of notes typed and saved as they are typed).
    __table_args__ = (Index("ix_journal_undone", "seq", sqlite_where=text("state = 'undone'")),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    cmd: Mapped[str] = mapped_column(String(64))
    args: Mapped[str] = mapped_column(Text)  # JSON, with generated ids filled in
    changes: Mapped[str] = mapped_column(Text, default="[]")  # JSON row operations
    state: Mapped[str] = mapped_column(String(8), default=EntryState.DONE)


# A command's entry is written by these two statements on the transaction's own connection:
# built through the ORM, they cost more than the rest of a small command together
# (benchmarks/commands.py).
_DROP_UNDONE = (
    f"UPDATE journal SET state = '{EntryState.DROPPED}' WHERE state = '{EntryState.UNDONE}'"
)
_APPEND = (
    f"INSERT INTO journal (at, cmd, args, changes, state) VALUES (?, ?, ?, ?, '{EntryState.DONE}')"
)


def append(con: sqlite3.Connection, at: datetime, cmd: str, args: str, changes: str) -> int:
    """Journal one command (its arguments and row operations as JSON); return its number.

    A command that changed something makes the entries left undone impossible to redo."""
    if changes != "[]":
        con.execute(_DROP_UNDONE)
    seq = con.execute(_APPEND, (utc_text(at), cmd, args, changes)).lastrowid
    assert seq is not None
    return seq
