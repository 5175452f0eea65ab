"""Named commands: declared parameters, validation before anything is touched, a registry."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum
from typing import Any, assert_never

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, object_session
from sqlalchemy.orm.attributes import set_committed_value

from facilitateur.clock import Clock
from facilitateur.models.refusal import Refusal
from facilitateur.models.storage.base import MAX_TEXT, Base, TableName
from facilitateur.models.storage.rowcodec import table_of

# A note (or a report's key points) may hold a whole pasted document: 1 MB and more.
MAX_NOTE = MAX_TEXT
NUL_SHOWN = "\ufffd"
_TIME = re.compile(r"^(\d{1,2})[:h](\d{2})(?::(\d{2}))?$")


class CommandError(Exception):
    """A command refused; the message says what (in English, for the command line). Each also
    carries a `reason` and its `values` (times and dates as such, not written out), so that
    the interface says it in the user's language and forms (ui/refusals.py)."""

    def __init__(self, message: str, reason: Refusal | None = None, **values: object) -> None:
        super().__init__(message)
        self.reason, self.values = reason, values


class StorageError(CommandError):
    """The file could not be written (disk full, device gone, read-only): nothing of the
    command was kept, and the same command can be tried again once the cause is fixed."""


class ConnectionLost(StorageError):
    """A shared event's server could not be reached (restarting, network dropped). Whether
    the command was committed is not known: sent again with the same command id once the
    connection returns, it is applied once (`EventFile.execute`)."""


class ParamType(StrEnum):
    """What a command's argument is, as the caller writes it in JSON."""

    STR = "str"  # a line of text
    TEXT = "text"  # text of any length (up to `max_len`)
    INT = "int"
    BOOL = "bool"
    TIME = "time"  # `HH:MM`
    DATE = "date"  # `YYYY-MM-DD`
    REF = "ref"  # `#N`, a title, a name or an id, resolved by the command
    UUID = "uuid"
    OBJECT = "object"  # a JSON object
    LIST = "list"  # a JSON list
    CHOICE = "choice"  # one of `choices`


@dataclass(frozen=True)
class Param:
    """One argument of a command: its name, type, and whether it must be given."""

    name: str
    type: ParamType = ParamType.STR
    required: bool = False
    choices: tuple[str, ...] = ()
    nullable: bool = True
    max_len: int = 10_000
    doc: str = ""


def parse_time(value: str) -> time:
    """Parse `HH:MM` (or `HH:MM:SS`, or `9h15`) into a time; raise ValueError otherwise."""
    m = _TIME.match(value.strip())
    if not m:
        raise ValueError(f"not a time of day (HH:MM): {value!r}")
    h, mi, s = int(m[1]), int(m[2]), int(m[3] or 0)
    if h > 23 or mi > 59 or s > 59:
        raise ValueError(f"not a time of day (HH:MM): {value!r}")
    return time(h, mi, s)


def _coerce(p: Param, value: Any) -> Any:
    if value is None:
        if p.required or not p.nullable:
            raise ValueError("may not be null")
        return None
    match p.type:
        case ParamType.STR | ParamType.TEXT | ParamType.REF:
            if not isinstance(value, str):
                raise ValueError("must be a string")
            # NUL, which no keyboard types and PostgreSQL cannot store, is kept as a visible
            # replacement character on both engines (the same event whichever holds it).
            value = value.replace("\x00", NUL_SHOWN)
            if len(value) > p.max_len:
                raise ValueError(f"is longer than {p.max_len} characters")
            if p.type == ParamType.STR and p.required and not value.strip():
                raise ValueError("may not be empty")
            return value
        case ParamType.INT:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError("must be a whole number")
            if abs(value) > 10**9:
                raise ValueError("is out of range")
            return value
        case ParamType.BOOL:
            if not isinstance(value, bool):
                raise ValueError("must be true or false")
            return value
        case ParamType.TIME:
            if not isinstance(value, str):
                raise ValueError("must be a time written HH:MM")
            return parse_time(value)
        case ParamType.DATE:
            if not isinstance(value, str):
                raise ValueError("must be a date written YYYY-MM-DD")
            try:
                return date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"not a date (YYYY-MM-DD): {value!r}") from None
        case ParamType.UUID:
            if not isinstance(value, str):
                raise ValueError("must be a UUID string")
            try:
                return uuid.UUID(value)
            except ValueError:
                raise ValueError(f"not a UUID: {value!r}") from None
        case ParamType.CHOICE:
            if value not in p.choices:
                raise ValueError(f"must be one of {', '.join(p.choices)}")
            return value
        case ParamType.OBJECT:
            if not isinstance(value, dict):
                raise ValueError("must be a JSON object")
            return value
        case ParamType.LIST:
            if not isinstance(value, list):
                raise ValueError("must be a JSON list")
            if len(value) > p.max_len:
                raise ValueError(f"has more than {p.max_len} items")
            return value

    assert_never(p.type)


@dataclass
class Context:
    """What a command's body works with: the open session, the clock, and validated arguments.

    `given` holds the arguments as the caller wrote them; ids generated here are added to
    `journal_args`, so replaying the journal creates the very same rows.
    """

    session: Session
    clock: Clock
    args: dict[str, Any]
    given: dict[str, Any]
    journal_args: dict[str, Any]
    result: dict[str, Any] = field(default_factory=dict)
    made: int = 0  # rows given a derived id so far (new_row_id)
    origin: str = ""  # the laptop sending the command (journal.Sender.origin)
    author: str = ""  # and who that is, for people
    shared: bool = False  # several laptops work on the event (a PostgreSQL server)

    def has(self, name: str) -> bool:
        """True when the caller gave this argument (even as null)."""
        return name in self.given

    def new_id(self, name: str = "id") -> uuid.UUID:
        """The id for a new row: the one given in the arguments, or a fresh one (journaled)."""
        value = self.args.get(name)
        if value is None:
            value = uuid.uuid4()
            self.journal_args[name] = str(value)
        return value

    def derived_id(self, key: str) -> uuid.UUID:
        """An id for a row made along the way (a proposal, a placement …): derived from a seed
        that is journaled, so replaying the journal makes the same ids. Needs a `seed` param."""
        seed = self.args.get("seed") or self.journal_args.get("seed")
        if seed is None:
            seed = uuid.uuid4()
            self.journal_args["seed"] = str(seed)
        return uuid.uuid5(uuid.UUID(str(seed)), key)

    def new_row_id(self) -> uuid.UUID:
        """A derived id (see derived_id) for the next row of many made along the way."""
        self.made += 1
        return self.derived_id(f"row{self.made}")


SEED = Param("seed", ParamType.UUID, doc="seed of the ids of rows made along the way (generated)")
VERSION = Param(
    "version",
    ParamType.INT,
    doc="the version of the row the change was made on; refused when another laptop changed "
    "the row since (absent: no check)",
)


def check_version(c: Context, row: Any, what: str) -> None:
    """Refuse (reason `changed_elsewhere`, naming who) a change made on an older version of
    `row` than the one stored, when someone else changed it since; this laptop's own changes
    since (saves sent while the connection was lost) are not a conflict."""
    expected = c.args.get("version")
    if not c.shared or expected is None or row.version == expected:
        return  # a file is worked on by one laptop at a time
    from facilitateur.models.storage.journal import (
        JournalEntry,  # the journal imports nothing of this
    )

    entries = c.session.execute(
        select(JournalEntry.origin, JournalEntry.author, JournalEntry.at, JournalEntry.changes)
        .where(JournalEntry.changes.contains(str(row.id)))
        .order_by(JournalEntry.seq.desc())
        .limit(200)
    )
    for origin, author, at, changes in entries:
        newer = any(
            op.get("id") == str(row.id) and (op.get("new") or {}).get("version", 0) > expected
            for op in json.loads(changes)
        )
        if newer and origin != c.origin:
            raise CommandError(
                f"{what}: changed by {author or 'another laptop'} since you read it; "
                "nothing was saved over their change",
                Refusal.CHANGED_ELSEWHERE,
                who=author,
                at=at,
                what=what,
            )


@dataclass(frozen=True)
class CommandSpec:
    name: str
    params: tuple[Param, ...]
    body: Callable[[Context], None]
    doc: str

    def validate(self, args: Any) -> dict[str, Any]:
        """Check and convert arguments; raise CommandError naming the faulty argument."""
        if args is None:
            args = {}
        if not isinstance(args, dict):
            raise CommandError(
                f"{self.name}: arguments must be a JSON object", Refusal.BAD_ARGUMENTS
            )
        known = {p.name for p in self.params}
        unknown = sorted(set(args) - known)
        if unknown:
            raise CommandError(
                f"{self.name}: unknown argument {unknown[0]!r} (expected: {', '.join(sorted(known))})",
                Refusal.BAD_ARGUMENTS,
            )
        out: dict[str, Any] = {}
        for p in self.params:
            if p.name not in args:
                if p.required:
                    raise CommandError(
                        f"{self.name}: argument {p.name!r} is required", Refusal.BAD_ARGUMENTS
                    )
                continue
            try:
                out[p.name] = _coerce(p, args[p.name])
            except ValueError as e:
                raise CommandError(
                    f"{self.name}: argument {p.name!r} {e}", Refusal.BAD_ARGUMENTS
                ) from None
        return out


def renumber(rows: Iterable[Any]) -> None:
    """Positions 0, 1, 2 … in the given order (only rows whose position changes are touched,
    so the journal records just those).

    Rows that shift by the same amount (all those after an inserted or removed block) are
    moved by one UPDATE statement rather than one per row through the unit of work (a block
    added in a day of 40 took a millisecond more); each row's change is recorded as usual."""
    moved = [(row, i) for i, row in enumerate(rows) if row.position != i]
    stored = [(row, i) for row, i in moved if inspect(row).persistent]
    if len(stored) < 3:
        stored = []  # a few rows: through the unit of work, as any change
    for row, i in moved:
        if (row, i) not in stored:
            row.position = i  # (and a row not yet written, which the flush below inserts)
    if not stored:
        return
    session = object_session(stored[0][0])
    assert session is not None, "persistent rows belong to a session"
    session.flush()  # pending changes first, so the recorded order stays the applied order
    moved = stored
    shifts: dict[tuple[type[Base], int], list[tuple[Any, int]]] = {}
    for row, i in moved:
        shifts.setdefault((type(row), i - row.position), []).append((row, i))
    ops = session.info.setdefault("ops", [])
    conn = session.connection()
    for (model, delta), group in shifts.items():
        table = table_of(model)
        ids = [row.id for row, _ in group]
        conn.execute(
            table.update().where(table.c.id.in_(ids)).values(position=table.c.position + delta)
        )
        for row, i in group:
            ops.append(
                {
                    "op": "update",
                    "table": model.__tablename__,
                    "id": str(row.id),
                    "old": {"position": row.position},
                    "new": {"position": i},
                }
            )
            set_committed_value(row, "position", i)


REGISTRY: dict[str, CommandSpec] = {}
# Each command's name, found from its body (a body is registered under one name).
NAMES: dict[Callable[[Context], None], str] = {}


def command(
    name: str, *params: Param
) -> Callable[[Callable[[Context], None]], Callable[[Context], None]]:
    """Register a command body under `name` with its parameters; its docstring documents it."""

    def register(body: Callable[[Context], None]) -> Callable[[Context], None]:
        if name in REGISTRY:
            raise AssertionError(f"command {name} registered twice")
        REGISTRY[name] = CommandSpec(name, tuple(params), body, (body.__doc__ or "").strip())
        NAMES[body] = name
        return body

    return register


def spec(name: str) -> CommandSpec:
    """The registered command `name`, or CommandError listing close names."""
    try:
        return REGISTRY[name]
    except KeyError:
        family = name.split(".")[0]
        near = [n for n in sorted(REGISTRY) if n.startswith(family + ".")]
        hint = f" (known: {', '.join(near)})" if near else ""
        raise CommandError(
            f"unknown command {name!r}{hint}", Refusal.UNKNOWN_COMMAND, name=name
        ) from None


def prepare(name: str, args: Any) -> tuple[CommandSpec, dict[str, Any], dict[str, Any]]:
    """The command `name`, its arguments checked and converted, and as given (to journal);
    CommandError when the command is unknown or an argument wrong, before anything is touched."""
    sp = spec(name)
    coerced = sp.validate(args)
    try:
        json.dumps(args, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        # An unpaired surrogate (`"\ud800"` in JSON) is no character: the file cannot hold it.
        raise CommandError(
            f"{name}: an argument holds an unpaired surrogate, which is not text",
            Refusal.NOT_TEXT,
        ) from None
    except (TypeError, ValueError, RecursionError) as e:
        raise CommandError(f"{name}: arguments are not JSON ({e})", Refusal.BAD_ARGUMENTS) from None
    return sp, coerced, dict(args or {})


@dataclass(frozen=True)
class Changes:
    """What a command changed, so that views refresh only what they show."""

    cmd: str
    tables: frozenset[TableName]
    ids: frozenset[uuid.UUID]
    seq: int | None = None
    result: dict[str, Any] = field(default_factory=dict)

    def touches(self, *tables: TableName) -> bool:
        """True when any of the given tables changed."""
        return any(t in self.tables for t in tables)
