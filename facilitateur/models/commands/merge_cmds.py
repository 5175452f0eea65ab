"""`merge.apply`: rows from another copy of the event, as one undoable command."""

from __future__ import annotations

from typing import Any

from facilitateur.models.commands.core import CommandError, Context, Param, ParamType, command
from facilitateur.models.refusal import Refusal
from facilitateur.models.storage.base import Base
from facilitateur.models.storage.merge import MERGED
from facilitateur.models.storage.rowcodec import decode_row, table_of

TABLES = {m.__tablename__: m for m in MERGED}


@command(
    "merge.apply",
    Param(
        "source",
        ParamType.STR,
        required=True,
        max_len=500,
        doc="the other copy's file name (for the journal)",
    ),
    Param(
        "rows",
        ParamType.OBJECT,
        required=True,
        doc="rows by table: person, topic, workshop_report, proposal, note",
    ),
)
def merge_apply(c: Context) -> None:
    """Bring rows from another copy in: new ones are added, chosen ones replace ours."""
    rows = c.args["rows"]
    unknown = sorted(set(rows) - set(TABLES))
    if unknown:
        raise CommandError(f"merge.apply: cannot merge {unknown[0]!r}", Refusal.BAD_ARGUMENTS)
    counts: dict[str, int] = {}
    for model in MERGED:  # people and topics first: notes and reports point at them
        table = model.__tablename__
        items = rows.get(table, [])
        if not isinstance(items, list):
            raise CommandError(f"merge.apply: {table} must be a list", Refusal.BAD_ARGUMENTS)
        for i, raw in enumerate(items):
            if not isinstance(raw, dict) or "id" not in raw:
                raise CommandError(
                    f"merge.apply: {table}[{i}] must be a row with an id", Refusal.BAD_ARGUMENTS
                )
            try:
                values: dict[str, Any] = decode_row(table_of(model), raw)
            except ValueError as e:
                raise CommandError(
                    f"merge.apply: {table}[{i}]: {e}", Refusal.BAD_ARGUMENTS
                ) from None
            _upsert(c, model, values)
            counts[table] = counts.get(table, 0) + 1
        c.session.flush()
    c.result.update(counts)


def _upsert(c: Context, model: type[Base], values: dict[str, Any]) -> None:
    obj = c.session.get(model, values["id"])
    if obj is None:
        c.session.add(model(**values))
        return
    for key, value in values.items():
        # The version counts this event's changes of the row (the merge is one more).
        if key != "version" and getattr(obj, key) != value:
            setattr(obj, key, value)
