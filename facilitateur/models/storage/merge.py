"""Bringing two copies of an event together: notes, actions and workshop reports of another
copy come in, matched by id; people and topics too, with the names and descriptions given
there. Merging the same copy twice changes nothing; an item that differs on both sides is left
for the user to pick."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitateur.models.agenda.model import AgendaBlock, Person
from facilitateur.models.notes.model import Note
from facilitateur.models.openspace.model import Proposal, Topic, WorkshopReport
from facilitateur.models.storage.base import Base
from facilitateur.models.storage.rowcodec import encode
from facilitateur.models.storage.schema import sqlite_copy

M = TypeVar("M", bound=Base)

# What comes in, and what it needs to exist first (in this order).
Merged = Person | Topic | WorkshopReport | Proposal | Note
MERGED: tuple[type[Merged], ...] = (Person, Topic, WorkshopReport, Proposal, Note)
LABELS = {
    "note": "text",
    "workshop_report": "key_points",
    "proposal": "text",
    "person": "name",
    "topic": "title",
}
IGNORED = {"updated_at", "version"}  # a later save of the same content is not a difference
# People and topics are compared by what describes them; the rest (a topic's dots and place on
# the board, which each laptop keeps its own way) stays as it is here.
DESCRIBED = {
    "person": ("name", "role", "organisation", "category"),
    "topic": ("title", "convener", "description"),
}


def _all(session: Session, model: type[M]) -> Iterable[M]:
    return session.scalars(select(model))


def row_of(obj: Base) -> dict[str, Any]:
    """A row as JSON values."""
    return {c.key: encode(getattr(obj, c.key)) for c in obj.__mapper__.column_attrs}


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(a.get(k) == b.get(k) for k in a if k not in IGNORED)


@dataclass
class Difference:
    """An item present on both sides with different content."""

    table: str
    id: str
    mine: dict[str, Any]
    theirs: dict[str, Any]

    @property
    def label(self) -> str:
        return str(self.theirs.get(LABELS.get(self.table, "id")) or self.id)

    def shown(self, row: dict[str, Any]) -> str:
        """What the user compares: the text of a note, report or proposal; who a person is;
        a topic's title, convener and description."""
        if self.table in DESCRIBED:
            return " · ".join(str(row[k]) for k in DESCRIBED[self.table] if row.get(k))
        return str(row.get(LABELS.get(self.table, "id"), ""))

    @property
    def theirs_is_newer(self) -> bool:
        return str(self.theirs.get("updated_at") or "") > str(self.mine.get("updated_at") or "")


@dataclass
class MergePlan:
    source: str
    new: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    differences: list[Difference] = field(default_factory=list)
    same: int = 0

    def count_new(self, table: str) -> int:
        return len(self.new.get(table, []))

    def command_args(self, take_theirs: set[str]) -> dict[str, Any] | None:
        """`merge.apply` arguments: the new rows and the differences where theirs was chosen;
        None when there is nothing to bring in."""
        rows: dict[str, list[dict[str, Any]]] = {t: list(r) for t, r in self.new.items()}
        for d in self.differences:
            if d.id in take_theirs:
                rows.setdefault(d.table, []).append(d.theirs)
        if not any(rows.values()):
            return None
        return {"source": self.source, "rows": rows}


def plan_merge(target: Session, source_path: Path) -> MergePlan:
    """Compare another copy with this event (the other copy is read from a temporary copy)."""
    from facilitateur.models.storage.store import (
        EventFile,  # the store imports the commands, which import this
    )

    source_path = Path(source_path)
    plan = MergePlan(source=source_path.name)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "other.facil"
        sqlite_copy(source_path, copy)
        other = EventFile.open(copy, create=False)  # an older copy is migrated, the original not
        try:
            with other.session() as s:
                blocks = set(target.scalars(select(AgendaBlock.id)))
                for model in MERGED:
                    for obj in _all(s, model):
                        theirs = row_of(obj)
                        if (
                            isinstance(obj, Note)
                            and obj.block_id is not None
                            and obj.block_id not in blocks
                        ):
                            theirs["block_id"] = None  # its block was removed here: keep the note
                        mine_obj = target.get(model, obj.id)
                        table = model.__tablename__
                        if mine_obj is None:
                            plan.new.setdefault(table, []).append(theirs)
                            continue
                        mine = row_of(mine_obj)
                        if table in DESCRIBED:  # theirs: ours with their description
                            theirs = mine | {k: theirs[k] for k in DESCRIBED[table]}
                        if _same(mine, theirs):
                            plan.same += 1
                        else:
                            plan.differences.append(Difference(table, str(obj.id), mine, theirs))
        finally:
            other.close()
    return plan
