"""Schema versions of the event file, and how a file is checked, created and migrated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from facilitateur import __version__
from facilitateur.models.agenda.timeofday import known_zone
from facilitateur.models.refusal import Refusal
from facilitateur.models.storage.base import Base

# The Alembic revisions this version of the application knows, oldest first. A test checks this
# list against the migration scripts, so opening a file never needs to import Alembic.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
HEAD = REVISIONS[-1]
SQLITE_MAGIC = b"SQLite format 3\x00"


class EventFileError(Exception):
    """A file that cannot be opened as an event file. The message (English) is for the command
    line; `reason` and `values` let the interface say it in the user's language."""

    def __init__(self, message: str, reason: Refusal | None = None, **values: object) -> None:
        super().__init__(message)
        self.reason, self.values = reason, values


class FileInUse(EventFileError):
    """The file is open in another Facilitateur (another window, another session)."""


def unshowable(path: Path, error: BaseException) -> EventFileError:
    """A file that opened but whose content the application could not read to show it (a
    damaged page, a value no version writes): told as a damaged file."""
    why = getattr(error, "orig", None) or error
    return EventFileError(
        f"{path}: damaged, its content cannot be shown ({why})",
        Refusal.UNSHOWABLE,
        path=path,
        why=why,
    )


def file_revision(path: Path) -> str:
    """Return the schema revision of an existing event file, or raise EventFileError.

    The file is opened read-only, so a refused file is left exactly as it was, with nothing
    made beside it. An empty file is refused: it is where an event was (a copy cut short, a
    crash of the disk), not a new event.
    """
    try:
        with path.open("rb") as f:
            magic = f.read(len(SQLITE_MAGIC))
    except OSError as e:
        raise EventFileError(
            f"{path}: cannot be read ({e.strerror})", Refusal.UNREADABLE, path=path, why=e.strerror
        ) from e
    if not magic:
        raise EventFileError(f"{path}: empty (0 bytes), not an event", Refusal.EMPTY, path=path)
    if magic != SQLITE_MAGIC:
        raise EventFileError(
            f"{path}: not a Facilitateur event file (not an SQLite database)",
            Refusal.NOT_SQLITE,
            path=path,
        )
    try:
        con = sqlite3.connect(reading_uri(path), uri=True)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not {"alembic_version", "event", "journal"} <= names:
                raise EventFileError(
                    f"{path}: not a Facilitateur event file (no event tables)",
                    Refusal.NOT_EVENT,
                    path=path,
                )
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            check_data_only(con, path)
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise EventFileError(
            f"{path}: damaged or not an event file ({e})", Refusal.DAMAGED, path=path, why=e
        ) from e
    if row is None:
        raise EventFileError(
            f"{path}: not a Facilitateur event file (no schema version)",
            Refusal.NOT_EVENT,
            path=path,
        )
    revision = str(row[0])
    if revision not in REVISIONS:
        raise EventFileError(
            f"{path}: made by a newer version of Facilitateur (schema {revision}; this version, "
            f"{__version__}, reads up to schema {HEAD}); update the application to open it",
            Refusal.NEWER,
            path=path,
            revision=revision,
            version=__version__,
            head=HEAD,
        )
    return revision


def reading_uri(path: Path) -> str:
    """The URI to read `path` strictly read-only without making anything beside it: with no
    write-ahead log beside the file, it is complete and read as immutable (no -shm, no lock);
    with one, SQLite must read the log too (`mode=ro`, which can neither checkpoint nor delete
    it)."""
    log = path.with_name(path.name + "-wal")
    flags = "mode=ro" if log.exists() else "mode=ro&immutable=1"
    return f"{path.resolve().as_uri()}?{flags}"


MAX_FIELD = 5_000_000  # characters (or bytes) in one field: twice the longest note allowed


def check_data_only(con: sqlite3.Connection, path: Path) -> None:
    """An event file from someone else must be data only: no trigger or view (SQL that would
    run when we write), and no field larger than any the application writes."""
    code = con.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') LIMIT 1"
    ).fetchone()
    if code is not None:
        raise EventFileError(
            f"{path}: holds a {code[0]} ({code[1]!r}), which Facilitateur never makes; "
            "refused, as it would run code inside the file",
            Refusal.CODE,
            path=path,
            name=code[1],
        )
    present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            continue
        columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table.name}")')]
        sizes = ", ".join(f'max(length("{c}"))' for c in columns)
        row = con.execute(f'SELECT {sizes} FROM "{table.name}"').fetchone()
        for column, size in zip(columns, row, strict=True):
            if size is not None and size > MAX_FIELD:
                raise EventFileError(
                    f"{path}: the field {table.name}.{column} holds {size:,} characters, more "
                    f"than the {MAX_FIELD:,} Facilitateur ever writes; refused",
                    Refusal.OVERSIZED,
                    path=path,
                    field=f"{table.name}.{column}",
                    size=size,
                )
    if "event" in present:  # read at every tick of the podium: it must be a real zone
        for (zone,) in con.execute("SELECT timezone FROM event"):
            if not known_zone(zone):
                raise EventFileError(
                    f"{path}: the event's time zone {zone!r} is not one this computer knows; "
                    "refused",
                    Refusal.BAD_ZONE,
                    path=path,
                    zone=zone,
                )


def create_schema(bind: Engine | Connection) -> None:
    """Create the head schema in an empty file or database (equal to running every migration;
    tested on both engines)."""
    if isinstance(bind, Engine):
        with bind.begin() as conn:
            create_schema(conn)
        return
    Base.metadata.create_all(bind)
    bind.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)"))
    bind.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": HEAD})
    if bind.dialect.name == "postgresql":
        defer_foreign_keys(bind)


def defer_foreign_keys(conn: Connection) -> None:
    """PostgreSQL: let every foreign key be checked at commit when a transaction asks
    (`SET CONSTRAINTS ALL DEFERRED`, as undo does), still at each statement otherwise."""
    rows = conn.execute(
        text(
            "SELECT c.conname, t.relname FROM pg_constraint c "
            "JOIN pg_class t ON t.oid = c.conrelid "
            "WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace "
            "AND NOT c.condeferrable"
        )
    ).all()
    for name, table in rows:
        conn.execute(
            text(f'ALTER TABLE "{table}" ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE')
        )


def database_revision(conn: Connection, where: str) -> str | None:
    """The schema revision of a shared event's database; None when it is empty (a new
    event). EventFileError when it holds something else, or an event of a newer version."""
    names = set(inspect(conn).get_table_names())
    if not names:
        return None
    if not {"alembic_version", "event", "journal"} <= names:
        raise EventFileError(
            f"{where}: this database holds other tables, not a Facilitateur event; "
            "use a database of its own for each event",
            Refusal.NOT_EVENT_DATABASE,
            path=where,
        )
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    if row is None:
        raise EventFileError(
            f"{where}: not a Facilitateur event (no schema version)", Refusal.NOT_EVENT, path=where
        )
    revision = str(row[0])
    if revision not in REVISIONS:
        raise EventFileError(
            f"{where}: made by a newer version of Facilitateur (schema {revision}; this "
            f"version, {__version__}, reads up to schema {HEAD}); update the application",
            Refusal.NEWER,
            path=where,
            revision=revision,
            version=__version__,
            head=HEAD,
        )
    return revision


def sqlite_copy(source: Path, target: Path) -> Path:
    """A consistent copy of an SQLite file (online backup API), written to a temporary file
    beside `target` and renamed into place, so a failed copy never leaves a half file."""
    src = sqlite3.connect(source)
    try:
        return backup_into(src, target)
    finally:
        src.close()


def backup_into(src: sqlite3.Connection, target: Path) -> Path:
    """Copy the database of an open connection to `target`, through a temporary file."""
    tmp = target.with_name(target.name + ".part")
    dst = sqlite3.connect(tmp)
    try:
        src.backup(dst)
    except BaseException:
        dst.close()
        tmp.unlink(missing_ok=True)
        raise
    dst.close()
    tmp.replace(target)
    return target


def migrate(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations up to `revision` on the engine's file."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
