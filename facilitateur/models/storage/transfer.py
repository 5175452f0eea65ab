"""Moving a whole event, with its journal, between a file and a shared database: an event
prepared offline is shared, a shared event is taken home as a file; the snapshots of a shared
event are such files too."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.exc import DBAPIError

from facilitateur.models.refusal import Refusal
from facilitateur.models.storage.base import Base
from facilitateur.models.storage.connection import unreachable
from facilitateur.models.storage.engines import SharedEvent, make_pg_engine
from facilitateur.models.storage.schema import EventFileError, create_schema, database_revision
from facilitateur.models.storage.store import EventFile

BATCH = 500  # rows per INSERT: a day of notes is a few thousand rows


def copy_rows(source: Connection, target: Connection) -> int:
    """Copy every row of every table of the event (the journal with its numbers) from one
    connection to another whose schema is the same and empty; return the rows copied."""
    if target.dialect.name == "postgresql":
        target.execute(text("SET CONSTRAINTS ALL DEFERRED"))
    else:
        target.execute(text("PRAGMA defer_foreign_keys = ON"))
    copied = 0
    for table in Base.metadata.sorted_tables:
        result = source.execute(select(table))
        while rows := result.mappings().fetchmany(BATCH):
            target.execute(table.insert(), [dict(r) for r in rows])
            copied += len(rows)
    if target.dialect.name == "postgresql":
        # The journal's numbers were copied as they were: the next command follows them.
        last = target.scalar(select(func.max(Base.metadata.tables["journal"].c.seq)))
        target.execute(
            text("SELECT setval(pg_get_serial_sequence('journal', 'seq'), :n, :called)"),
            {"n": last or 1, "called": last is not None},
        )
    return copied


def copy_to_file(source: Engine, target: Path) -> Path:
    """Write the event of `source` into a new event file at `target` (through a temporary file
    beside it, renamed into place: a failed copy never leaves a half file)."""
    from facilitateur.models.storage.connection import make_engine

    target = Path(target)
    part = target.with_name(target.name + ".part")
    for stale in (part, *(part.with_name(part.name + s) for s in ("-wal", "-shm"))):
        stale.unlink(missing_ok=True)
    engine = make_engine(part)
    try:
        with engine.begin() as dst, source.connect() as src:
            create_schema(dst)
            copy_rows(src, dst)
    except BaseException:
        engine.dispose()
        part.unlink(missing_ok=True)
        raise
    engine.dispose()  # the last connection closed: the log is folded into the file
    with part.open("rb+") as f:
        os.fsync(f.fileno())
    part.replace(target)
    return target


def copy_to_database(source: Engine, target: Engine, where: str) -> None:
    """Write the event of `source` into the empty database of `target` (all or nothing).
    EventFileError (`not_empty`) when that database already holds an event or other tables."""
    with target.begin() as dst:
        try:
            revision = database_revision(dst, where)
        except EventFileError:
            revision = "other"
        if revision is not None:
            raise EventFileError(
                f"{where}: the database is not empty; copy into a new, empty database "
                "(one database per event)",
                Refusal.NOT_EMPTY,
                path=where,
            )
        create_schema(dst)
        with source.connect() as src:
            copy_rows(src, dst)


def share_event(ef: EventFile, shared: SharedEvent, password: str | None) -> None:
    """Copy the open event, with its journal, into the empty database `shared` (File → Share
    this event on a server). EventFileError when that database is not empty or cannot be
    reached (the server's words in `why`); the event file is left as it was."""
    engine = make_pg_engine(shared, password)
    try:
        copy_to_database(ef.engine, engine, shared.address)
    except DBAPIError as e:
        raise unreachable(shared.address, e) from e
    finally:
        engine.dispose()
