"""The open event file: one SQLite file per event, changed only through commands."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from facilitateur.clock import Clock, SystemClock
from facilitateur.models import backups, journal
from facilitateur.models.agenda import Event
from facilitateur.models.commands import core
from facilitateur.models.commands.capture import apply_ops, record_changes, touched
from facilitateur.models.connection import (
    JOURNAL_MARK,
    Attachment,
    JournalMark,
    hold_lock,
    make_engine,
    not_writable,
    refuse_own_file,
    seen_from_outside,
    storage_error,
)
from facilitateur.models.journal import EntryState, JournalEntry
from facilitateur.models.schema import (
    HEAD,
    EventFileError,
    FileInUse,
    backup_into,
    create_schema,
    file_revision,
    migrate,
)

__all__ = ["EventFile", "make_engine"]

Listener = Callable[[core.Changes], None]
Rescued = Callable[[], None]


class EventFile:
    """An event file opened for work. Every change goes through `execute`, `undo` or `redo`."""

    def __init__(self, path: Path, engine: Engine, clock: Clock) -> None:
        self.path = path
        self.clock = clock
        self.migrated_from: str | None = None
        self.backup_path: Path | None = None
        self.backup_error: str | None = None  # why the last snapshot failed, if it did
        self.backup_clock = backups.BackupClock()
        self._lock: Any = None  # a filelock.FileLock while the file is open here
        self.read_only = False
        self._listeners: list[Listener] = []
        self._rescue_listeners: list[Rescued] = []
        self.rescues = 0  # times the file was rewritten from this connection (`reattach`)
        self.disk_doubt = False  # set by a backup's check, settled by `check_on_disk`
        self.attachment = Attachment(path)
        self._use(engine)

    def _use(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = sessionmaker(engine, expire_on_commit=False)  # sessions of commands
        record_changes(self._writer)
        self.attachment.watch(engine)

    @classmethod
    def open(
        cls,
        path: Path | str,
        clock: Clock | None = None,
        *,
        create: bool = True,
        exclusive: bool = True,
        read_only: bool = False,
    ) -> EventFile:
        """Open (or create) the event file at `path`, migrating an older schema after a backup.

        Raises EventFileError, with a message for the user, for a file that is not an event
        file or comes from a newer version; such a file is left untouched. With `exclusive`
        (the application, a replay), FileInUse when another Facilitateur has it open.
        `read_only` (or a file or folder that cannot be written) opens it for reading only:
        every command is then refused with a StorageError saying so.
        """
        path = Path(path)
        clock = clock or SystemClock()
        if read_only or not_writable(path):
            return cls._open_read_only(path, clock, shared=read_only)
        lock_path = path.with_name(path.name + ".lock")
        made_lock = not lock_path.exists()
        lock = hold_lock(path) if exclusive else None
        try:
            ef = cls._open(path, clock, create)
        except BaseException:
            if lock is not None:
                lock.release()
                if made_lock:  # a refused file is left with nothing made beside it
                    lock_path.unlink(missing_ok=True)
            raise
        ef._lock = lock
        return ef

    @classmethod
    def open_to_read(cls, path: Path | str, clock: Clock | None = None) -> EventFile:
        """Open an existing event file only to read it (an export from the command line).

        When no Facilitateur has it open, it is taken as for work (an older file is updated,
        after a backup), so that nobody opens it meanwhile. When the application has it open,
        it is opened strictly read-only (SQLite `mode=ro`): such a connection can never
        checkpoint the application's log or delete it, whatever happened to the application's
        locks (docs/reliability.md, the locking rule)."""
        try:
            return cls.open(path, clock, create=False)
        except FileInUse:
            return cls.open(path, clock, create=False, read_only=True)

    @classmethod
    def _open_read_only(cls, path: Path, clock: Clock, shared: bool) -> EventFile:
        if not path.exists():
            raise EventFileError(f"{path}: no such file", "missing", path=path)
        revision = file_revision(path)
        if revision != HEAD:
            raise EventFileError(
                f"{path}: read-only and of an older format; copy it to a folder you can write "
                "to, then open the copy (it will be updated)",
                "read_only_older",
                path=path,
            )
        # A file in use elsewhere, or with a log beside it, is read with its log (`mode=ro`);
        # a complete file nobody can write, as immutable (nothing is made beside it).
        log = path.with_name(path.name + "-wal").exists()
        ef = cls(path, make_engine(path, "shared" if shared or log else "immutable"), clock)
        ef.read_only = True
        try:
            with ef.session() as s:
                s.scalar(select(Event.id).limit(1))
        except DBAPIError as e:
            ef.close()
            raise EventFileError(
                f"{path}: cannot be read ({e.orig})", "unreadable", path=path, why=e.orig
            ) from e
        return ef

    @classmethod
    def _open(cls, path: Path, clock: Clock, create: bool) -> EventFile:
        exists = path.exists()
        if not exists and not create:
            raise EventFileError(f"{path}: no such file", "missing", path=path)
        revision = file_revision(path) if exists else None
        if not exists:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise EventFileError(
                    f"{path}: cannot create the folder ({e.strerror})",
                    "no_folder",
                    path=path,
                    why=e.strerror,
                ) from e
        ef = cls(path, make_engine(path), clock)
        try:
            if revision is None:
                create_schema(ef.engine)
            elif revision != HEAD:
                ef.backup_path = backups.snapshot(path, f"before-{HEAD}", clock.now(), ef.save_copy)
                try:
                    migrate(ef.engine)  # one transaction: a failure leaves the file as it was
                except (DBAPIError, OSError):
                    raise
                except Exception as e:  # Alembic's own errors are of many kinds
                    ef.close()
                    raise EventFileError(
                        f"{path}: cannot be updated to the new format ({e}); it is left as it "
                        f"was, and a copy was kept in {ef.backup_path}",
                        "migration_failed",
                        path=path,
                        why=e,
                        backup=ef.backup_path,
                    ) from e
                ef.migrated_from = revision
            ef._ensure_event()
        except (DBAPIError, OSError) as e:
            ef.close()
            raise EventFileError(
                f"{path}: cannot be opened ({e})", "unopenable", path=path, why=e
            ) from e
        return ef

    def _ensure_event(self) -> None:
        with Session(self.engine) as s, s.begin():
            if s.scalar(select(Event.id).limit(1)) is None:
                s.add(Event(created_at=self.clock.now()))

    def close(self) -> None:
        """Release the file (the WAL is checkpointed into it) and its lock."""
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def session(self) -> Session:
        """A session for reading; writes go through commands."""
        return Session(self.engine, expire_on_commit=False)

    def subscribe(self, listener: Listener) -> None:
        """Call `listener(changes)` after each committed command, undo or redo."""
        self._listeners.append(listener)

    def subscribe_rescue(self, listener: Rescued) -> None:
        """Call `listener()` each time the file had to be rewritten from this connection."""
        self._rescue_listeners.append(listener)

    def _notify(self, changes: core.Changes) -> None:
        self.backup_clock.note_change()
        for listener in list(self._listeners):
            listener(changes)

    def snapshot(self, reason: str) -> Path | None:
        """A snapshot in the backup folder now; None (and `backup_error` set) if it failed."""
        try:
            path = backups.snapshot(self.path, reason, self.clock.now(), self.save_copy)
        except (OSError, sqlite3.Error) as e:
            self.backup_error = str(e)
            return None
        self.backup_error = None
        self.backup_clock.taken(self.clock.now())
        return path

    def periodic_backup(self, executor: Executor | None = None) -> Path | Future | None:
        """The 5-minute snapshot, when it is due (something changed since the last one).

        With an `executor`, the copy runs there and a Future of its path is returned: the
        copy reads the file through a connection of this file's engine, so the caller (the
        podium's thread) is not held for the tens of milliseconds a large file takes; a failure
        lands in `backup_error` as with a snapshot taken here. There too, a fresh read-only
        connection of another process is asked whether it sees this connection's last journal
        entry; when it does not, `disk_doubt` is set, for the caller's thread to settle with
        `check_on_disk` (a command committed meanwhile can make the two differ harmlessly)."""
        now = self.clock.now()
        if not self.backup_clock.due(now):
            return None
        if executor is None:
            return self.snapshot("auto")
        self.backup_clock.taken(now)  # what changes during the copy makes the next one due

        def copy_and_look() -> Path:
            path = backups.snapshot(self.path, "auto", now, self.save_copy)
            outside = seen_from_outside(self.path)
            self.disk_doubt = outside is not None and outside != self.journal_mark()
            return path

        future = executor.submit(copy_and_look)

        def done(f: Future) -> None:
            error = f.exception()
            if error is not None:
                self.backup_clock.failed()  # tried again at the next tick, not in 5 minutes
            self.backup_error = None if error is None else str(error)

        future.add_done_callback(done)
        return future

    def execute(self, name: str, args: dict[str, Any] | None = None) -> core.Changes:
        """Validate and apply one command in one transaction, journal it, and return its changes.

        The command is committed (durably) before this returns. On any error nothing of it
        remains, and CommandError says why.
        """
        return self.execute_many([(name, args)])

    def execute_many(self, commands: Iterable[tuple[str, dict[str, Any] | None]]) -> core.Changes:
        """Apply several commands in one transaction (all or nothing), each journaled."""
        if self.read_only:
            raise core.StorageError(
                f"{self.path}: opened read-only, nothing can be saved in it. "
                "File → Save a copy as… makes a copy you can work on.",
                "opened_read_only",
                path=self.path,
            )
        prepared = [core.prepare(name, args) for name, args in commands]
        risky = [sp.name for sp, _c, _g in prepared if sp.name in backups.RISKY]
        if risky:
            self.snapshot(f"before-{risky[0]}")  # a failed snapshot does not stop the work
        all_ops: list[dict] = []
        last_seq = None
        result: dict[str, Any] = {}
        with self._writer() as s:
            try:
                with s.begin():
                    con = s.connection().connection.driver_connection
                    for sp, coerced, given in prepared:
                        ctx = core.Context(s, self.clock, coerced, given, dict(given))
                        sp.body(ctx)
                        s.flush()
                        ops = s.info.pop("ops", [])
                        last_seq = journal.append(
                            con,
                            self.clock.now(),
                            sp.name,
                            json.dumps(ctx.journal_args, ensure_ascii=False),
                            json.dumps(ops, ensure_ascii=False),
                        )
                        all_ops.extend(ops)
                        result = ctx.result
            except IntegrityError as e:
                raise core.CommandError(f"{prepared[-1][0].name}: refused ({e.orig})") from None
            except (DBAPIError, OSError, sqlite3.Error) as e:
                raise storage_error(self.path, e) from None
        self._keep_attached()
        tables, ids = touched(all_ops)
        name = prepared[-1][0].name if prepared else ""
        changes = core.Changes(name, tables, ids, last_seq, result)
        self._notify(changes)
        return changes

    def _last(self, s: Session, state: EntryState, newest: bool) -> JournalEntry | None:
        order = JournalEntry.seq.desc() if newest else JournalEntry.seq.asc()
        q = select(JournalEntry).where(JournalEntry.state == state, JournalEntry.changes != "[]")
        return s.scalars(q.order_by(order).limit(1)).first()

    def undo_label(self) -> str | None:
        """The name of the command that Undo would revert, or None."""
        with self.session() as s:
            entry = self._last(s, EntryState.DONE, newest=True)
            return entry.cmd if entry else None

    def redo_label(self) -> str | None:
        """The name of the command that Redo would re-apply, or None."""
        with self.session() as s:
            entry = self._last(s, EntryState.UNDONE, newest=False)
            return entry.cmd if entry else None

    def undo(self) -> core.Changes | None:
        """Revert the latest command still in effect; None when there is nothing to undo."""
        return self._step(EntryState.DONE, EntryState.UNDONE, backwards=True)

    def redo(self) -> core.Changes | None:
        """Re-apply the oldest undone command; None when there is nothing to redo."""
        return self._step(EntryState.UNDONE, EntryState.DONE, backwards=False)

    def _step(self, src: EntryState, dst: EntryState, *, backwards: bool) -> core.Changes | None:
        if self.read_only:
            return None
        try:
            with Session(self.engine, expire_on_commit=False) as s, s.begin():
                entry = self._last(s, src, newest=backwards)
                if entry is None:
                    return None
                ops = json.loads(entry.changes)
                apply_ops(s, ops, backwards=backwards)
                entry.state = dst
                name, seq = entry.cmd, entry.seq
        except (DBAPIError, OSError) as e:
            raise storage_error(self.path, e) from None
        self._keep_attached()
        tables, ids = touched(ops)
        changes = core.Changes(name, tables, ids, seq)
        self._notify(changes)
        return changes

    def save_copy(self, target: Path | str) -> Path:
        """Write a consistent copy of the whole file to `target` (SQLite online backup), through
        this file's own connection, so that a read-only file can be copied too. Refused
        (EventFileError "own_file") when `target` is the event file or a file beside it."""
        target = Path(target)
        refuse_own_file(target, self.path)
        raw = self.engine.raw_connection()
        try:
            return backup_into(raw.driver_connection, target)
        finally:
            raw.close()

    # Staying attached to the file on disk (docs/reliability.md, the locking rule) -----------
    def journal_mark(self) -> JournalMark:
        """The journal's last entry number and how many entries are in effect, as this
        connection sees them."""
        with self.session() as s:
            seq, in_effect = s.execute(text(JOURNAL_MARK)).one()
        return int(seq), int(in_effect)

    def _keep_attached(self) -> None:
        """After a commit: if the connection no longer writes into the file on disk, rewrite the
        file from it, so that what was acknowledged is on disk before anyone says so."""
        if not self.read_only and not self.attachment.intact():
            self.reattach()

    def check_on_disk(self) -> bool:
        """After an export, a backup or a merge: does a fresh read-only connection of another
        process see this connection's last journal entry? If not, the file is rewritten from
        this connection (`reattach`). True when the file was already right (or cannot be told
        from outside: no interpreter to ask); False when it had to be rewritten."""
        self.disk_doubt = False
        if self.read_only:
            return True
        if self.attachment.intact():
            outside = seen_from_outside(self.path)
            if outside is None or outside == self.journal_mark():
                return True
        self.reattach()
        return False

    def reattach(self) -> None:
        """The log this connection commits into is no longer the file's (another program
        deleted or replaced it): write what the connection holds, which is every acknowledged
        command, into a new file beside the event file, put it in the event file's place and
        reopen it. Listeners of `subscribe_rescue` are told. Raises StorageError when the copy
        cannot be written (the connection keeps everything; the next command tries again)."""
        rescue = self.path.with_name(self.path.name + ".rescue")
        try:
            self.save_copy(rescue)
        except (OSError, sqlite3.Error) as e:
            rescue.unlink(missing_ok=True)
            raise storage_error(self.path, e) from None
        self.engine.dispose()
        for stale in (self.path.with_name(self.path.name + s) for s in ("-wal", "-shm")):
            stale.unlink(missing_ok=True)
        os.replace(rescue, self.path)
        self._use(make_engine(self.path))
        with self.session() as s:  # the first connection: the new files are recorded
            s.execute(text("SELECT 1"))
        self.rescues += 1
        for listener in list(self._rescue_listeners):
            listener()
