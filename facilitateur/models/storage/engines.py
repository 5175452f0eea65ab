"""Where an event is held: an SQLite file on this laptop, or a PostgreSQL database shared by
several laptops. What differs between the two is decided here, once, by `EngineKind`, rather
than by tests of the dialect scattered through the code."""

from __future__ import annotations

import contextlib
import os
import platform
import uuid
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
NOTIFY_CHANNEL = "facilitateur_journal"
# The key of the transaction-level advisory lock every command takes on a shared event: one
# command at a time, so that positions, undo and the journal's order never collide.
WRITE_LOCK = 0x46_41_43_49  # "FACI"


class EngineKind(Enum):
    """What holds the event. The file's own concerns (its lock file, the write-ahead log, the
    checks that the application stays attached to the file on disk, SQLite's page check) exist
    only for `SQLITE_FILE`; the live journal, the podium's holder and the per-laptop undo only
    for `POSTGRESQL`."""

    SQLITE_FILE = "sqlite"
    POSTGRESQL = "postgresql"

    @property
    def is_file(self) -> bool:
        """The event is a file on this laptop (locked, copied, checked on disk)."""
        return self is EngineKind.SQLITE_FILE

    @property
    def is_shared(self) -> bool:
        """Several laptops work on the event at once."""
        return self is EngineKind.POSTGRESQL


def is_url(value: str | Path) -> bool:
    """Whether a command-line argument or a remembered entry names a shared event."""
    return isinstance(value, str) and value.strip().lower().startswith(SCHEMES)


@dataclass(frozen=True)
class SharedEvent:
    """A PostgreSQL database holding one event: its address, without the password (which
    lives in PostgreSQL's password file or is typed when connecting, never in the settings)."""

    host: str
    database: str
    user: str = ""
    port: int | None = None
    sslmode: str = ""  # disable, prefer, require, verify-ca, verify-full ("" = the default)
    options: tuple[tuple[str, str], ...] = ()  # other query parameters, kept as given

    @classmethod
    def parse(cls, text: str) -> SharedEvent:
        """Read `postgresql://user@host:port/dbname?sslmode=…`; ValueError when it is not one.
        A password in the address is refused: it would end up in the recent list and in the
        shell's history."""
        if not is_url(text):
            raise ValueError(f"not a PostgreSQL address: {text!r}")
        parts = urlsplit(text.strip())
        if parts.password:
            raise ValueError(
                "a password in the address is refused (it would be kept in clear); "
                "put it in PostgreSQL's password file (~/.pgpass) or type it when connecting"
            )
        database = unquote(parts.path.lstrip("/"))
        if not database:
            raise ValueError(f"no database named in {text!r}")
        query = [tuple(p.split("=", 1)) for p in parts.query.split("&") if "=" in p]
        sslmode = next((unquote(v) for k, v in query if k == "sslmode"), "")
        options = tuple((k, unquote(v)) for k, v in query if k != "sslmode")
        return cls(
            host=parts.hostname or "",
            database=database,
            user=unquote(parts.username or ""),
            port=parts.port,
            sslmode=sslmode,
            options=options,
        )

    @property
    def address(self) -> str:
        """The address as the user writes it, without a password."""
        user = f"{quote(self.user, safe='')}@" if self.user else ""
        host = self.host if ":" not in self.host else f"[{self.host}]"
        port = f":{self.port}" if self.port else ""
        query = [("sslmode", self.sslmode)] if self.sslmode else []
        query += list(self.options)
        tail = "?" + "&".join(f"{k}={quote(v, safe='')}" for k, v in query) if query else ""
        return f"postgresql://{user}{host}{port}/{quote(self.database, safe='')}{tail}"

    @property
    def label(self) -> str:
        """A short name for titles and lists: `database on host`."""
        return f"{self.database} @ {self.host or 'localhost'}"

    def sqlalchemy_url(self, password: str | None = None) -> URL:
        """The SQLAlchemy URL (psycopg 3), with the password only when one was typed."""
        query: dict[str, Any] = dict(self.options)
        if self.sslmode:
            query["sslmode"] = self.sslmode
        return URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            password=password or None,
            host=self.host or None,
            port=self.port,
            database=self.database,
            query=query,
        )

    def libpq_params(self, password: str | None = None) -> dict[str, Any]:
        """The same, as psycopg's connection keywords (the live journal's listener)."""
        params: dict[str, Any] = {"dbname": self.database, **dict(self.options)}
        for key, value in (
            ("host", self.host),
            ("port", self.port),
            ("user", self.user),
            ("sslmode", self.sslmode),
            ("password", password),
        ):
            if value:
                params[key] = value
        return params


def make_pg_engine(shared: SharedEvent, password: str | None = None) -> Engine:
    """An engine on a shared event. Connections are checked before use (a server restarted
    under the application is met as a lost connection once, then reconnected), a connection
    attempt gives up after a few seconds (a dropped network must not freeze the window), and
    commits wait for the server's log to be on disk (`synchronous_commit`, the server's
    default, asked for explicitly)."""
    engine = create_engine(
        shared.sqlalchemy_url(password),
        pool_pre_ping=True,
        pool_size=3,
        max_overflow=6,
        connect_args={
            "connect_timeout": 5,
            "application_name": "facilitateur",
            # A dropped network is noticed within seconds, not after the system's two hours.
            "keepalives": 1,
            "keepalives_idle": 5,
            "keepalives_interval": 2,
            "keepalives_count": 3,
        },
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_con: Any, _record: Any) -> None:
        with dbapi_con.cursor() as cur:
            cur.execute("SET synchronous_commit = on")
            cur.execute("SET TIME ZONE 'UTC'")
            # A statement stuck behind a dead peer's lock gives up rather than hang the podium.
            cur.execute("SET lock_timeout = '10s'")
        dbapi_con.commit()

    return engine


@dataclass(frozen=True)
class Origin:
    """The laptop a command comes from: a stable id (kept in the user's data folder) and a
    label people recognise (the note-taker's name, or the computer's name)."""

    id: str
    label: str

    @classmethod
    def of_this_laptop(cls, label: str | None = None) -> Origin:
        """This laptop's origin: its id is made once and kept."""
        from facilitateur.paths import data_dir

        keep = data_dir() / "laptop-id"
        try:
            known = keep.read_text(encoding="ascii").strip()
            uuid.UUID(known)
        except (OSError, ValueError):
            known = str(uuid.uuid4())
            # Not kept: a new id at each start; undo still works within the session.
            with contextlib.suppress(OSError):
                keep.write_text(known, encoding="ascii")
        return cls(known, (label or computer_name())[:300])

    @classmethod
    def fresh(cls, label: str) -> Origin:
        """A new origin (a test's second laptop, a benchmark's writer process)."""
        return cls(str(uuid.uuid4()), label[:300])


def computer_name() -> str:
    """The computer's name as its owner knows it."""
    return platform.node() or os.environ.get("COMPUTERNAME", "") or "?"


def display_url(url: str | URL) -> str:
    """A URL with its password hidden."""
    return make_url(url).render_as_string(hide_password=True) if url else ""
