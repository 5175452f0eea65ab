"""The connection to an event file: the SQLite engine (read-write or read-only), the lock that
keeps a second Facilitateur out, the checks that the application still writes into the file on
disk, and failed writes told in words.

The locking rule (docs/reliability.md): SQLite's locks on a file are POSIX advisory locks, held
per process, and any `close()` of that file in the process drops all of them, whoever opened it
(a file dialog sniffing types, a hash, a copy). With its locks gone, the application no longer
keeps a second connection from checkpointing and deleting the write-ahead log it still writes
into. So only the application's own engine opens the live file in its process; a child works on
a snapshot the application hands it, and a second process reads strictly read-only (`mode=ro`:
it can never checkpoint or delete the log). `Attachment` and `seen_from_outside` check, after the
fact, that what the application commits is what the file on disk holds.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from facilitateur.launch import PEEK_COMMAND, frozen
from facilitateur.models.commands import core
from facilitateur.models.refusal import Refusal
from facilitateur.models.storage.schema import EventFileError, FileInUse


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
            Refusal.IN_USE,
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
        reason, why = Refusal.FULL, "the disk is full"
    elif "disk i/o" in text:
        reason, why = Refusal.DEVICE, "the disk is full or the device failed"
    elif "readonly" in text or "read-only" in text:
        reason, why = Refusal.READ_ONLY, "the file is read-only"
    elif "malformed" in text or "not a database" in text or "corrupt" in text:
        return core.StorageError(
            f"{path}: not saved, the file is damaged ({detail}). Nothing of this change was "
            "written. Restore its latest good backup: File → Restore a backup.",
            Refusal.DAMAGED_FILE,
            path=path,
            why=detail,
        )
    else:
        reason, why = Refusal.UNWRITABLE, f"it cannot be written ({detail})"
    return core.StorageError(
        f"{path}: not saved, {why}. Nothing of this change was written and the file is as it "
        "was; what you typed stays on screen. Free some space (or fix the cause), then go on.",
        reason,
        path=path,
        why=detail,
    )


def _first_line(e: BaseException) -> str:
    detail = getattr(e, "orig", None) or e
    return (str(detail).strip().splitlines() or [type(detail).__name__])[0]


def lost_connection(e: BaseException) -> bool:
    """Whether a failure of a shared event's statement means the server could not be
    reached (restarting, network dropped) rather than a refusal of what was sent."""
    from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError

    if isinstance(e, DisconnectionError | InterfaceError):
        return True
    if isinstance(e, OperationalError):
        return True
    return bool(getattr(e, "connection_invalidated", False))


def shared_error(where: str, e: BaseException) -> core.StorageError:
    """A shared event's failed command told in words: the connection lost (what is typed is
    kept, and sent again when it returns), or the server refused to keep it."""
    why = _first_line(e)
    if lost_connection(e):
        return core.ConnectionLost(
            f"{where}: connection lost ({why}); what you type is kept and saved when the "
            "connection returns",
            Refusal.CONNECTION_LOST,
            path=where,
            why=why,
        )
    return core.StorageError(
        f"{where}: not saved, the server refused it ({why}). Nothing of this change was kept.",
        Refusal.SERVER_REFUSED,
        path=where,
        why=why,
    )


def unreachable(where: str, e: BaseException) -> EventFileError:
    """A shared event that cannot be opened: the server out of reach, a password asked for or
    refused, a database that does not exist."""
    why = _first_line(e)
    low = why.lower()
    if "password" in low:
        reason = Refusal.PASSWORD
    elif "does not exist" in low:
        reason = Refusal.NO_DATABASE
    else:
        reason = Refusal.UNREACHABLE
    return EventFileError(f"{where}: cannot connect ({why})", reason, path=where, why=why)


COMPANIONS = ("-wal", "-shm", "-journal", ".lock")


def companions(path: Path) -> tuple[Path, ...]:
    """The event file and the files SQLite and the lock keep beside it while it is open."""
    path = Path(path)
    return (path, *(path.with_name(path.name + suffix) for suffix in COMPANIONS))


def is_part_of(target: Path, event_path: Path) -> bool:
    """Whether writing `target` would write over the event file or one of its companions
    (compared as files where they exist, so a link or another spelling is caught too)."""
    target = Path(target)
    for own in companions(event_path):
        try:
            if os.path.samefile(target, own):
                return True
        except OSError:  # one of them does not exist: compare the names
            if target.resolve() == own.resolve():
                return True
    return False


def refuse_own_file(target: Path, event_path: Path) -> None:
    """Raise EventFileError ("own_file") when writing `target` would replace the open event
    file or a file beside it (an export, a copy or a backup given its name)."""
    if is_part_of(target, event_path):
        raise EventFileError(
            f"{target}: this is the event file itself (or a file kept beside it); writing "
            "there would replace it. Choose another name.",
            Refusal.OWN_FILE,
            path=target,
        )


@dataclass(frozen=True)
class Identity:
    """Which files the open connection writes into: the database's and the log's (device,
    inode). The log's is None before the first connection made it."""

    database: tuple[int, int]
    log: tuple[int, int] | None


def _identity_of(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)  # a stat opens nothing: it cannot drop a lock
    except OSError:
        return None
    return st.st_dev, st.st_ino


class Attachment:
    """Whether the application's connection still writes into the event file on disk.

    When the first connection of the engine opens the file, the database's and the log's
    identities are recorded; after each commit `intact()` compares them with the files now at
    those paths. A log deleted (by another process that checkpointed it, believing itself the
    last user) or a database renamed over means the commits since went into files nobody else
    can see: the store then rewrites the file from its connection (`EventFile.reattach`)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.log_path = self.path.with_name(self.path.name + "-wal")
        self.recorded: Identity | None = None
        self.connections = 0

    def watch(self, engine: Engine) -> None:
        """Record the identities when the engine's first connection opens the file."""

        @event.listens_for(engine, "connect")
        def _opened(_dbapi_con: Any, _record: Any) -> None:
            if self.connections == 0:
                self.record()
            self.connections += 1

        @event.listens_for(engine, "close")
        def _closed(_dbapi_con: Any, _record: Any) -> None:
            self.connections = max(0, self.connections - 1)

        @event.listens_for(engine, "close_detached")
        def _closed_detached(_dbapi_con: Any) -> None:
            self.connections = max(0, self.connections - 1)

    def record(self) -> None:
        """Take the files now at the paths as the ones the connection writes into."""
        database = _identity_of(self.path)
        if database is not None:
            self.recorded = Identity(database, _identity_of(self.log_path))

    def intact(self) -> bool:
        """True while the files at the paths are those the connection opened."""
        if self.recorded is None:
            return True
        if _identity_of(self.path) != self.recorded.database:
            return False
        log = _identity_of(self.log_path)
        if self.recorded.log is None:  # made after the first connection: by this one
            self.recorded = Identity(self.recorded.database, log)
            return True
        return log == self.recorded.log


JournalMark = tuple[int, int]  # (the last entry's number, how many entries are in effect)
JOURNAL_MARK = (
    "SELECT coalesce(max(seq), 0), "
    "coalesce(sum(CASE WHEN state = 'done' THEN 1 ELSE 0 END), 0) FROM journal"
)
# Run by a child interpreter: a fresh read-only connection, as any other program would open the
# file. It must be another process: in this one SQLite shares one view of the file between all
# its connections (and would see the very log that may have been deleted on disk).
_PEEK = (
    "import sqlite3, sys\n"
    "con = sqlite3.connect(sys.argv[1], uri=True)\n"
    "try:\n"
    "    print(*con.execute(sys.argv[2]).fetchone())\n"
    "finally:\n"
    "    con.close()\n"
)


UNREADABLE: JournalMark = (-1, -1)  # what another process sees of a file it cannot read


def _peek_command(uri: str) -> list[str]:
    if frozen():  # the standalone build's program runs no `-c`: it has _PEEK as a subcommand
        return [sys.executable, PEEK_COMMAND, uri, JOURNAL_MARK]
    return [sys.executable, "-I", "-S", "-c", _PEEK, uri, JOURNAL_MARK]


def seen_from_outside(path: Path, timeout: float = 20) -> JournalMark | None:
    """The journal's mark as a fresh read-only connection of another process sees it:
    UNREADABLE when that process cannot read the journal (the file, or its log, is not what the
    application wrote); None when no such process could be run to tell."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    try:
        done = subprocess.run(
            _peek_command(uri),
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    try:
        seq, in_effect = (int(x) for x in done.stdout.split())
    except ValueError:
        return UNREADABLE
    return seq, in_effect
