"""Row-level record of what a command changed, and its replay backwards (undo) or forwards (redo).

Commands change rows through the ORM only; an `after_flush` hook records each insert, update
and delete with before and after values. Undo and redo then need no per-command inverse code.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Table, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from facilitateur.models.storage.base import Base, Identified, TableName
from facilitateur.models.storage.rowcodec import decode_row, encode

Op = dict[str, Any]


_COLUMNS: dict[type, tuple[str, ...]] = {}


def _columns(obj: Any) -> tuple[str, ...]:
    cls = type(obj)
    if cls not in _COLUMNS:
        _COLUMNS[cls] = tuple(a.key for a in inspect(obj).mapper.column_attrs)
    return _COLUMNS[cls]


def record_changes(factory: sessionmaker[Session]) -> None:
    """Make every session of `factory` collect its row operations, in flush order, in
    `session.info["ops"]` (listening on the factory once costs nothing per command), and count
    up the version of each row whose content changes."""
    event.listen(factory, "before_flush", _count_versions)
    event.listen(factory, "after_flush", _after_flush)


UNVERSIONED = frozenset({"position", "version"})  # a row's place in a list is not its content


def _count_versions(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in session.dirty:
        if not isinstance(obj, Identified):
            continue
        changed = inspect(obj).committed_state.keys() - UNVERSIONED
        if changed and session.is_modified(obj):
            obj.version = (obj.version or 1) + 1


def _after_flush(session: Session, _ctx: Any) -> None:
    ops = session.info.setdefault("ops", [])
    for obj in session.new:
        if isinstance(obj, Identified):
            row = {k: encode(getattr(obj, k)) for k in _columns(obj)}
            ops.append({"op": "insert", "table": obj.__tablename__, "row": row})
    for obj in session.dirty:
        if not isinstance(obj, Identified):
            continue
        state = inspect(obj)
        old, new = {}, {}
        columns = _columns(obj)
        # Only the attributes set since the last flush can have changed (a renumbering sets
        # one column of twenty rows: reading every column's history cost a millisecond).
        for key in [k for k in columns if k in state.committed_state]:
            hist = state.attrs[key].history
            if hist.added or hist.deleted:
                old[key] = encode(hist.deleted[0]) if hist.deleted else None
                new[key] = encode(hist.added[0]) if hist.added else None
        if new:
            ops.append(
                {
                    "op": "update",
                    "table": obj.__tablename__,
                    "id": str(obj.id),
                    "old": old,
                    "new": new,
                }
            )
    for obj in session.deleted:
        if isinstance(obj, Identified):
            state = inspect(obj)
            row = {}
            for key in _columns(obj):
                hist = state.attrs[key].history
                value = hist.deleted[0] if hist.deleted else getattr(obj, key)
                row[key] = encode(value)
            ops.append({"op": "delete", "table": obj.__tablename__, "row": row})


def apply_ops(session: Session, ops: list[Op], *, backwards: bool) -> None:
    """Replay recorded operations inside the session's transaction (undo when `backwards`).

    Foreign keys are checked at commit rather than per statement, so the order within one
    command's operations does not matter for integrity.
    """
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SET CONSTRAINTS ALL DEFERRED"))
    else:
        conn.execute(text("PRAGMA defer_foreign_keys = ON"))
    tables = Base.metadata.tables
    for op in reversed(ops) if backwards else ops:
        table = tables[op["table"]]

        def decode(values: dict[str, Any], table: Table = table) -> dict[str, Any]:
            return decode_row(table, values, own=True)

        kind = op["op"]
        if kind == "update":
            values = decode(op["old"] if backwards else op["new"])
            row_id = uuid.UUID(op["id"])
            conn.execute(table.update().where(table.c.id == row_id).values(**values))
        elif (kind == "insert") != backwards:
            conn.execute(table.insert().values(**decode(op["row"])))
        else:
            row_id = uuid.UUID(op["row"]["id"])
            conn.execute(table.delete().where(table.c.id == row_id))
    session.expire_all()


def touched(ops: list[Op]) -> tuple[frozenset[TableName], frozenset[uuid.UUID]]:
    """The tables and row ids named by a list of operations."""
    tables = frozenset(TableName(op["table"]) for op in ops)
    ids = frozenset(uuid.UUID(op["id"] if "id" in op else op["row"]["id"]) for op in ops)
    return tables, ids


def conflicts(session: Session, ops: list[Op], *, backwards: bool) -> list[uuid.UUID]:
    """The rows that are no longer as the operations left them (undo) or found them (redo):
    someone else changed them since. Compared on the recorded columns, not the version."""
    # What each row should hold now: after the command (undo), or before it (redo).
    expected: dict[tuple[str, str], dict[str, Any] | None] = {}
    for op in ops if backwards else reversed(ops):
        kind = op["op"]
        key = (op["table"], op["id"] if kind == "update" else op["row"]["id"])
        if kind == "update":
            known = expected.get(key) or {}
            expected[key] = {**known, **(op["new"] if backwards else op["old"])}
        elif (kind == "insert") == backwards:  # there after an insert, before a delete
            expected[key] = dict(op["row"])
        else:
            expected[key] = None
    tables = Base.metadata.tables
    conn = session.connection()
    out: list[uuid.UUID] = []
    for (name, raw_id), wanted_raw in expected.items():
        table = tables[name]
        row_id = uuid.UUID(raw_id)
        current = conn.execute(table.select().where(table.c.id == row_id)).mappings().first()
        if wanted_raw is None or current is None:
            if (wanted_raw is None) != (current is None):
                out.append(row_id)
            continue
        wanted = decode_row(
            table, {k: v for k, v in wanted_raw.items() if k != "version"}, own=True
        )
        if any(current[k] != v for k, v in wanted.items()):
            out.append(row_id)
    return out
