"""The journal: every command applied to the event, in order, with what it changed, which
laptop sent it and the id it was sent with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Connection, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from facilitateur.models.storage.base import Base, UtcDateTime, utc_text


class EntryState(StrEnum):
    DONE = "done"  # in effect
    UNDONE = "undone"  # undone, can be redone
    DROPPED = "dropped"  # undone, then a new command made redo impossible


class JournalEntry(Base):
    __tablename__ = "journal"
    # Each command drops the entries left undone, and the Redo menu looks for the oldest one:
    # this index keeps both from reading the whole journal (tens of thousands of entries by
    # the evening of a day of notes typed and saved as they are typed).
    __table_args__ = (
        Index(
            "ix_journal_undone",
            "seq",
            sqlite_where=text("state = 'undone'"),
            postgresql_where=text("state = 'undone'"),
        ),
        # A command sent again after a lost connection is recognised by its id (`execute`).
        Index("ix_journal_command_id", "command_id", unique=True),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    cmd: Mapped[str] = mapped_column(String(64))
    args: Mapped[str] = mapped_column(Text)  # JSON, with generated ids filled in
    changes: Mapped[str] = mapped_column(Text, default="[]")  # JSON row operations
    state: Mapped[str] = mapped_column(String(8), default=EntryState.DONE)
    # The laptop that sent it (an id kept on that laptop) and who it is for people: Undo on a
    # shared event undoes this laptop's own commands; a refusal names who changed a row.
    origin: Mapped[str] = mapped_column(String(36), default="", server_default="")
    author: Mapped[str] = mapped_column(String(300), default="", server_default="")
    command_id: Mapped[str | None] = mapped_column(String(36))


@dataclass(frozen=True)
class Sender:
    """Who sends a command, and the id it is sent with (None: not to be recognised)."""

    origin: str = ""
    author: str = ""
    command_id: str | None = None


# A command's entry is written by these statements on the transaction's own connection:
# built through the ORM, they cost more than the rest of a small command together
# (benchmarks/commands.py). Plain SQL that SQLite (3.35 and later) and PostgreSQL both read.
_DROP_UNDONE = text(
    f"UPDATE journal SET state = '{EntryState.DROPPED}' "
    f"WHERE state = '{EntryState.UNDONE}' AND origin = :origin"
)
_DROP_UNDONE_ALL = text(
    f"UPDATE journal SET state = '{EntryState.DROPPED}' WHERE state = '{EntryState.UNDONE}'"
)
_APPEND = text(
    "INSERT INTO journal (at, cmd, args, changes, state, origin, author, command_id) "
    f"VALUES (:at, :cmd, :args, :changes, '{EntryState.DONE}', :origin, :author, :command_id) "
    "RETURNING seq"
)


def append(
    con: Connection,
    at: datetime,
    cmd: str,
    args: str,
    changes: str,
    sender: Sender = Sender(),
    *,
    per_origin: bool = False,
) -> int:
    """Journal one command (its arguments and row operations as JSON); return its number.

    A command that changed something makes the entries left undone impossible to redo: on a
    shared event (`per_origin`), only those of the same laptop, whose Redo it is."""
    if changes != "[]":
        if per_origin:
            con.execute(_DROP_UNDONE, {"origin": sender.origin})
        else:
            con.execute(_DROP_UNDONE_ALL)
    seq = con.execute(
        _APPEND,
        {
            "at": utc_text(at),
            "cmd": cmd,
            "args": args,
            "changes": changes,
            "origin": sender.origin,
            "author": sender.author,
            "command_id": sender.command_id,
        },
    ).scalar_one()
    return int(seq)
