"""The open event: one SQLite file per event, or a PostgreSQL database shared by several
laptops; changed only through commands, on either engine the same way."""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, Future
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from facilitateur.clock import Clock, FakeClock, SystemClock
from facilitateur.models.agenda.model import Event
from facilitateur.models.commands import core
from facilitateur.models.commands.capture import apply_ops, conflicts, record_changes, touched
from facilitateur.models.commands.podium_holder_cmds import PODIUM_COMMANDS, claim
from facilitateur.models.refusal import Refusal
from facilitateur.models.storage import backups, journal
from facilitateur.models.storage.connection import (
    JOURNAL_MARK,
    Attachment,
    JournalMark,
    hold_lock,
    make_engine,
    not_writable,
    refuse_own_file,
    seen_from_outside,
    shared_error,
    storage_error,
    unreachable,
)
from facilitateur.models.storage.engines import (
    NOTIFY_CHANNEL,
    WRITE_LOCK,
    EngineKind,
    Origin,
    SharedEvent,
    is_url,
    make_pg_engine,
)
from facilitateur.models.storage.journal import EntryState, JournalEntry, Sender
from facilitateur.models.storage.merge import MergePlan, plan_merge
from facilitateur.models.storage.schema import (
    HEAD,
    EventFileError,
    FileInUse,
    backup_into,
    create_schema,
    database_revision,
    file_revision,
    migrate,
)

__all__ = ["EventFile", "make_engine"]

Listener = Callable[[core.Changes], None]
Rescued = Callable[[], None]


class EventFile:
    """An event file opened for work. Every change goes through `execute`, `undo` or `redo`."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        clock: Clock,
        *,
        shared: SharedEvent | None = None,
        origin: Origin | None = None,
    ) -> None:
        # A shared event's `path` is where this laptop keeps what belongs to it locally (its
        # snapshots, the name suggested for a copy); nothing is ever written at that path.
        self.path = path
        self.shared = shared
        self.kind = EngineKind.POSTGRESQL if shared is not None else EngineKind.SQLITE_FILE
        self.origin = origin or Origin.of_this_laptop()
        self.clock = clock
        self.migrated_from: str | None = None
        self.backup_path: Path | None = None
        self.backup_error: str | None = None  # why the last snapshot failed, if it did
        self.backup_clock = backups.BackupClock()
        self._lock: Any = None  # a filelock.FileLock while the file is open here
        self.read_only = False
        self._listeners: list[Listener] = []
        self._rescue_listeners: list[Rescued] = []
        self._password: str | None = None
        self._feeds: list[Any] = []
        self.rescues = 0  # times the file was rewritten from this connection (`reattach`)
        self.disk_doubt = False  # set by a backup's check, settled by `check_on_disk`
        # Only a file can be cut off from its copy on disk (docs/reliability.md).
        self.attachment = Attachment(path) if self.kind.is_file else None
        self._use(engine)

    def _use(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = sessionmaker(engine, expire_on_commit=False)  # sessions of commands
        record_changes(self._writer)
        if self.attachment is not None:
            self.attachment.watch(engine)

    @property
    def location(self) -> str:
        """Where the event is, as the user names it: the file's path or the server's address."""
        return self.shared.address if self.shared is not None else str(self.path)

    @property
    def name(self) -> str:
        """A short name: the file's, or `database @ host`."""
        return self.shared.label if self.shared is not None else self.path.stem

    @classmethod
    def open(
        cls,
        path: Path | str,
        clock: Clock | None = None,
        *,
        create: bool = True,
        exclusive: bool = True,
        read_only: bool = False,
        origin: Origin | None = None,
    ) -> EventFile:
        """Open (or create) the event file at `path`, migrating an older schema after a backup.
        A PostgreSQL address (`postgresql://user@host/db`) connects to that shared event.

        Raises EventFileError, with a message for the user, for a file that is not an event
        file or comes from a newer version; such a file is left untouched. With `exclusive`
        (the application, a replay), FileInUse when another Facilitateur has it open.
        `read_only` (or a file or folder that cannot be written) opens it for reading only:
        every command is then refused with a StorageError saying so.
        """
        if is_url(path):
            return cls.connect(str(path), clock, create=create, origin=origin)
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
        ef.origin = origin or ef.origin
        return ef

    @classmethod
    def connect(
        cls,
        address: str | SharedEvent,
        clock: Clock | None = None,
        *,
        password: str | None = None,
        create: bool = True,
        origin: Origin | None = None,
    ) -> EventFile:
        """Connect to the event held by a PostgreSQL database; an empty database becomes a new
        event (with `create`), an older one is updated after a snapshot. The password, when
        not given, comes from PostgreSQL's password file (~/.pgpass) or the environment.

        EventFileError, with a reason, when the server cannot be reached (`unreachable`), asks
        for a password (`password`), or the database holds something else."""
        try:
            shared = address if isinstance(address, SharedEvent) else SharedEvent.parse(address)
        except ValueError as e:
            raise EventFileError(
                str(e), Refusal.BAD_ADDRESS, path=str(address), why=str(e)
            ) from None
        from facilitateur.paths import shared_event_path

        ef = cls(
            shared_event_path(shared),
            make_pg_engine(shared, password),
            clock or SystemClock(),
            shared=shared,
            origin=origin,
        )
        ef._password = password  # in memory only: the live journal's connection needs it
        where = shared.address
        try:
            with ef.engine.begin() as conn:
                # Two laptops connecting to a new database at once: one creates the schema.
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})
                revision = database_revision(conn, where)
                if revision is None and not create:
                    raise EventFileError(f"{where}: no event in it", Refusal.MISSING, path=where)
            if revision is None:
                with ef.engine.begin() as conn:
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})
                    if database_revision(conn, where) is None:
                        create_schema(conn)
            elif revision != HEAD:
                ef.backup_path = backups.snapshot(
                    ef.path, f"before-{HEAD}", ef.clock.now(), ef.save_copy
                )
                migrate(ef.engine)
                ef.migrated_from = revision
            ef._ensure_event()
        except EventFileError:
            ef.close()
            raise
        except (DBAPIError, OSError) as e:
            ef.close()
            raise unreachable(where, e) from None
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
            raise EventFileError(f"{path}: no such file", Refusal.MISSING, path=path)
        revision = file_revision(path)
        if revision != HEAD:
            raise EventFileError(
                f"{path}: read-only and of an older format; copy it to a folder you can write "
                "to, then open the copy (it will be updated)",
                Refusal.READ_ONLY_OLDER,
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
                f"{path}: cannot be read ({e.orig})", Refusal.UNREADABLE, path=path, why=e.orig
            ) from e
        return ef

    @classmethod
    def _open(cls, path: Path, clock: Clock, create: bool) -> EventFile:
        exists = path.exists()
        if not exists and not create:
            raise EventFileError(f"{path}: no such file", Refusal.MISSING, path=path)
        revision = file_revision(path) if exists else None
        if not exists:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise EventFileError(
                    f"{path}: cannot create the folder ({e.strerror})",
                    Refusal.NO_FOLDER,
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
                        Refusal.MIGRATION_FAILED,
                        path=path,
                        why=e,
                        backup=ef.backup_path,
                    ) from e
                ef.migrated_from = revision
            ef._ensure_event()
        except (DBAPIError, OSError) as e:
            ef.close()
            raise EventFileError(
                f"{path}: cannot be opened ({e})", Refusal.UNOPENABLE, path=path, why=e
            ) from e
        return ef

    def _ensure_event(self) -> None:
        with Session(self.engine) as s, s.begin():
            self._serialise(s)
            if s.scalar(select(Event.id).limit(1)) is None:
                s.add(Event(created_at=self.clock.now()))

    def _serialise(self, s: Session) -> None:
        """On a shared event, one command at a time across every laptop, held until commit:
        reads within the command then see every command committed before it, so positions,
        timer sequence numbers and the journal's order never collide."""
        if self.kind.is_shared:
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})

    def follow(self, on_changes: Listener, on_state: Callable[[bool], None] | None = None) -> Any:
        """On a shared event, start listening to the other laptops' commands (a
        `live.JournalFeed`, on a thread of its own: `on_changes` and `on_state` are called
        there); None for a file, which only this laptop changes."""
        if not self.kind.is_shared:
            return None
        from facilitateur.models.storage.live import JournalFeed

        assert self.shared is not None, "a shared event is opened with its server's address"
        feed = JournalFeed(
            self.shared, self.origin.id, self.last_seq(), on_changes, on_state, self._password
        )
        self._feeds.append(feed)
        return feed.start()

    def last_seq(self) -> int:
        """The number of the journal's last entry (0 when empty)."""
        with self.session() as s:
            last = s.scalar(select(func.coalesce(func.max(JournalEntry.seq), 0)))
            assert last is not None, "coalesce() makes an empty journal's 0"
            return int(last)

    def close(self) -> None:
        """Release the file (the WAL is checkpointed into it) and its lock."""
        for feed in self._feeds:
            feed.stop()
        self._feeds.clear()
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
        except (OSError, sqlite3.Error, DBAPIError) as e:
            self.backup_error = str(e)
            return None
        self.backup_error = None
        self.backup_clock.taken(self.clock.now())
        return path

    def periodic_backup(self, executor: Executor | None = None) -> Path | Future[Path] | None:
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
            if self.kind.is_file:
                outside = seen_from_outside(self.path)
                self.disk_doubt = outside is not None and outside != self.journal_mark()
            return path

        future = executor.submit(copy_and_look)

        def done(f: Future[Path]) -> None:
            error = f.exception()
            if error is not None:
                self.backup_clock.failed()  # tried again at the next tick, not in 5 minutes
            self.backup_error = None if error is None else str(error)

        future.add_done_callback(done)
        return future

    def execute(
        self, name: str, args: dict[str, Any] | None = None, *, command_id: str | None = None
    ) -> core.Changes:
        """Validate and apply one command in one transaction, journal it, and return its changes.

        The command is committed (durably) before this returns. On any error nothing of it
        remains, and CommandError says why. A `command_id` already in the journal (a command
        sent again after a lost connection, which had in fact been committed) is not applied
        twice: its recorded changes are returned.
        """
        return self.execute_many([(name, args)], command_id=command_id)

    def execute_many(
        self,
        commands: Iterable[tuple[str, dict[str, Any] | None]],
        *,
        command_id: str | None = None,
        times: Sequence[datetime | None] | None = None,
    ) -> core.Changes:
        """Apply several commands in one transaction (all or nothing), each journaled. `times`,
        one per command, applies a script's commands at the moments it gives (a day already
        run, built at once); a command without one is applied at the clock's time."""
        if self.read_only:
            raise core.StorageError(
                f"{self.path}: opened read-only, nothing can be saved in it. "
                "File → Save a copy as… makes a copy you can work on.",
                Refusal.OPENED_READ_ONLY,
                path=self.path,
            )
        prepared = [core.prepare(name, args) for name, args in commands]
        risky = [sp.name for sp, _c, _g in prepared if sp.name in backups.RISKY]
        if risky:
            self.snapshot(f"before-{risky[0]}")  # a failed snapshot does not stop the work
        shared = self.kind.is_shared
        all_ops: list[dict[str, Any]] = []
        last_seq = None
        result: dict[str, Any] = {}
        with self._writer() as s:
            try:
                with s.begin():
                    self._serialise(s)
                    con = s.connection()
                    if command_id is not None:
                        known = self._recognised(s, command_id)
                        if known is not None:
                            return known
                    for i, (sp, coerced, given) in enumerate(prepared):
                        when = times[i] if times is not None else None
                        clock = self.clock if when is None else FakeClock(when)
                        ctx = core.Context(
                            s,
                            clock,
                            coerced,
                            given,
                            dict(given),
                            origin=self.origin.id,
                            author=self.origin.label,
                            shared=shared,
                        )
                        if sp.name in PODIUM_COMMANDS:
                            claim(ctx, shared)
                        sp.body(ctx)
                        s.flush()
                        ops = s.info.pop("ops", [])
                        sender = Sender(
                            self.origin.id, self.origin.label, command_id if i == 0 else None
                        )
                        last_seq = journal.append(
                            con,
                            clock.now(),
                            sp.name,
                            json.dumps(ctx.journal_args, ensure_ascii=False),
                            json.dumps(ops, ensure_ascii=False),
                            sender,
                            per_origin=shared,
                        )
                        all_ops.extend(ops)
                        result = ctx.result
                    self._announce(s, last_seq, "do")
            except IntegrityError as e:
                if command_id is not None and "command_id" in str(e.orig):
                    known = self._recognised_now(command_id)
                    if known is not None:
                        return known
                raise core.CommandError(
                    f"{prepared[-1][0].name}: refused ({e.orig})", Refusal.FILE_REFUSED
                ) from None
            except (DBAPIError, OSError, sqlite3.Error) as e:
                raise self._storage_error(e) from None
        self._keep_attached()
        tables, ids = touched(all_ops)
        name = prepared[-1][0].name if prepared else ""
        changes = core.Changes(name, tables, ids, last_seq, result)
        self._notify(changes)
        return changes

    def _storage_error(self, e: BaseException) -> core.StorageError:
        if self.kind.is_shared:
            return shared_error(self.location, e)
        return storage_error(self.path, e)

    def _announce(self, s: Session, seq: int | None, what: str) -> None:
        """Tell the other laptops (at commit) that the journal moved: `SEQ ORIGIN WHAT`."""
        if self.kind.is_shared and seq is not None:
            s.execute(
                text("SELECT pg_notify(:channel, :payload)"),
                {"channel": NOTIFY_CHANNEL, "payload": f"{seq} {self.origin.id} {what}"},
            )

    def _recognised(self, s: Session, command_id: str) -> core.Changes | None:
        """The changes of the command already journaled under `command_id`, if any."""
        entry = s.scalars(select(JournalEntry).where(JournalEntry.command_id == command_id)).first()
        if entry is None:
            return None
        last = s.scalar(
            select(JournalEntry.seq)
            .where(JournalEntry.seq >= entry.seq, JournalEntry.origin == entry.origin)
            .order_by(JournalEntry.seq.desc())
            .limit(1)
        )
        tables, ids = touched(json.loads(entry.changes))
        args = json.loads(entry.args)
        result = {"recognised": True, **({"id": args["id"]} if "id" in args else {})}
        return core.Changes(entry.cmd, tables, ids, last or entry.seq, result)

    def _recognised_now(self, command_id: str) -> core.Changes | None:
        with self.session() as s:
            return self._recognised(s, command_id)

    def _mine(self, q: Any) -> Any:
        """On a shared event, Undo and Redo step this laptop's own commands only."""
        return q.where(JournalEntry.origin == self.origin.id) if self.kind.is_shared else q

    def _last(self, s: Session, state: EntryState, newest: bool) -> JournalEntry | None:
        order = JournalEntry.seq.desc() if newest else JournalEntry.seq.asc()
        q = select(JournalEntry).where(JournalEntry.state == state, JournalEntry.changes != "[]")
        return s.scalars(self._mine(q).order_by(order).limit(1)).first()

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
        """Revert the latest command still in effect (on a shared event, this laptop's);
        None when there is nothing to undo. CommandError (`undo_conflict`, naming who) when
        someone else has changed the same rows since."""
        return self._step(EntryState.DONE, EntryState.UNDONE, backwards=True)

    def redo(self) -> core.Changes | None:
        """Re-apply the oldest undone command; None when there is nothing to redo."""
        return self._step(EntryState.UNDONE, EntryState.DONE, backwards=False)

    def _step(self, src: EntryState, dst: EntryState, *, backwards: bool) -> core.Changes | None:
        if self.read_only:
            return None
        try:
            with Session(self.engine, expire_on_commit=False) as s, s.begin():
                self._serialise(s)
                entry = self._last(s, src, newest=backwards)
                if entry is None:
                    return None
                ops = json.loads(entry.changes)
                if self.kind.is_shared:
                    clash = conflicts(s, ops, backwards=backwards)
                    if clash:
                        raise self._conflict(s, entry, clash, backwards)
                apply_ops(s, ops, backwards=backwards)
                entry.state = dst
                name, seq = entry.cmd, entry.seq
                self._announce(s, seq, "undo" if backwards else "redo")
        except (DBAPIError, OSError) as e:
            raise self._storage_error(e) from None
        self._keep_attached()
        tables, ids = touched(ops)
        changes = core.Changes(name, tables, ids, seq)
        self._notify(changes)
        return changes

    def _conflict(
        self, s: Session, entry: JournalEntry, rows: list[uuid.UUID], backwards: bool
    ) -> core.CommandError:
        """Undo (or redo) refused: who changed the same rows since this laptop's command."""
        who: list[str] = []
        later = select(JournalEntry.author, JournalEntry.changes).where(
            JournalEntry.seq > entry.seq, JournalEntry.origin != self.origin.id
        )
        for author, changes in s.execute(later.order_by(JournalEntry.seq)):
            if any(str(r) in changes for r in rows) and author not in who:
                who.append(author or "?")
        names = ", ".join(who) or "another laptop"
        step = "undo" if backwards else "redo"
        return core.CommandError(
            f"{step} {entry.cmd}: {names} changed the same items since; nothing was changed",
            Refusal.UNDO_CONFLICT if backwards else Refusal.REDO_CONFLICT,
            who=names,
            cmd=entry.cmd,
        )

    def save_copy(self, target: Path | str) -> Path:
        """Write a consistent copy of the whole file to `target` (SQLite online backup), through
        this file's own connection, so that a read-only file can be copied too. Refused
        (EventFileError "own_file") when `target` is the event file or a file beside it."""
        target = Path(target)
        refuse_own_file(target, self.path)
        if self.kind.is_shared:
            from facilitateur.models.storage.transfer import copy_to_file

            return copy_to_file(self.engine, target)
        raw = self.engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert driver is not None, "a connection just taken from the pool is open"
            return backup_into(driver, target)
        finally:
            raw.close()

    def merge_plan(self, other: Path | str) -> MergePlan:
        """What another copy of this event (`other`, a file) holds that this one does not, and
        where the two differ; neither is written. EventFileError or OSError when `other`
        cannot be read as an event file."""
        with self.session() as s:
            return plan_merge(s, Path(other))

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
        if self.attachment is not None and not self.read_only and not self.attachment.intact():
            self.reattach()

    def check_on_disk(self) -> bool:
        """After an export, a backup or a merge: does a fresh read-only connection of another
        process see this connection's last journal entry? If not, the file is rewritten from
        this connection (`reattach`). True when the file was already right (or cannot be told
        from outside: no interpreter to ask); False when it had to be rewritten."""
        self.disk_doubt = False
        if self.read_only or self.attachment is None:  # a server keeps its own files
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
