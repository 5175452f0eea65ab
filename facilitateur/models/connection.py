"""The connection to an event file: the SQLite engine (read-write or read-only), the lock that
keeps a second Facilitateur out, and failed writes told in words."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from facilitateur.models.commands import core
from facilitateur.models.schema import FileInUse


def make_engine(path: Path, read_only: str = "") -> Engine:
    """An engine on `path` with WAL, foreign keys and full synchronous commits.

    `read_only`: "shared" reads a file another process writes (SQLite `mode=ro`), "immutable"
    a file nobody can write (no lock, no -shm needed)."""
    if read_only:
        flags = "mode=ro" + ("&immutable=1" if read_only == "immutable" else "")
        uri = f"{Path(path).resolve().as_uri()}?{flags}"
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
        )
    else:
        engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_con: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN, so transactions are explicit and whole.
        dbapi_con.isolation_level = None
        cur = dbapi_con.cursor()
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def not_writable(path: Path) -> bool:
    """An existing file that this user cannot write, or in a folder where SQLite cannot make
    its journal."""
    return path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def hold_lock(path: Path) -> Any:
    """Hold `NAME.facil.lock` while the file is open here; FileInUse if another process holds
    it. The operating system releases it when the process dies, even by kill -9. In a folder
    where no lock can be created (read-only), there is nothing to protect: no lock."""
    from filelock import FileLock, Timeout  # only when a file is opened for work

    lock = FileLock(path.with_name(path.name + ".lock"), timeout=0)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except Timeout:
        raise FileInUse(
            f"{path}: open in another Facilitateur window (on this computer or another session "
            "of it). Close it there first, or open a copy (File → Save a copy as, there).",
            "in_use",
            path=path,
        ) from None
    except OSError:
        return None
    return lock


def storage_error(path: Path, e: BaseException) -> core.StorageError:
    """A failed write told in words: what happened, that nothing was kept, what to do."""
    detail = getattr(e, "orig", None) or e
    text = str(detail).lower()
    if "full" in text or "no space" in text or "too large" in text:
        reason, why = "full", "the disk is full"
    elif "disk i/o" in text:
        reason, why = "device", "the disk is full or the device failed"
    elif "readonly" in text or "read-only" in text:
        reason, why = "read_only", "the file is read-only"
    else:
        reason, why = "unwritable", f"it cannot be written ({detail})"
    return core.StorageError(
        f"{path}: not saved, {why}. Nothing of this change was written and the file is as it "
        "was; what you typed stays on screen. Free some space (or fix the cause), then go on.",
        reason,
        path=path,
        why=detail,
    )
