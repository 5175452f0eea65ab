"""Whether an event file is whole: SQLite's own check of its pages, and every row's references.

A damaged page can hide rows from a query without any error, and a row whose reference was
damaged drops out of every join: an export of such a file would leave things out silently.
So an export first asks `damage`, and refuses a damaged file in words; the application asks
it in the background after opening a file, and says what it found with the backup offered.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from facilitateur.models.refusal import Refusal
from facilitateur.models.storage.engines import EngineKind
from facilitateur.models.storage.schema import EventFileError
from facilitateur.models.storage.store import EventFile

MAX_SHOWN = 3  # problems named in a message; the rest are counted


@dataclass(frozen=True)
class Damage:
    """What is wrong in a file: SQLite's findings and the rows whose references lead nowhere."""

    pages: tuple[str, ...]  # PRAGMA quick_check's findings
    orphans: dict[str, int]  # table → rows referring to a row that is not in the file

    def __bool__(self) -> bool:
        return bool(self.pages or self.orphans)

    def summary(self) -> str:
        """In English, for the command line (the interface builds its own from the fields)."""
        said = list(self.pages[:MAX_SHOWN])
        for table, n in sorted(self.orphans.items()):
            rows = "1 row" if n == 1 else f"{n} rows"
            said.append(f"{rows} of {table} {'refers' if n == 1 else 'refer'} to what is gone")
        return "; ".join(said)

    def error(self, path: Path) -> EventFileError:
        """The refusal of an export of this file."""
        return EventFileError(
            f"{path}: damaged ({self.summary()}); nothing was exported, so that nothing is "
            "left out without a word. Restore its latest good backup (File → Restore a backup) "
            "and export that.",
            Refusal.DAMAGED_EXPORT,
            path=path,
            why=self.summary(),
            pages=self.pages[:MAX_SHOWN],
            orphans=dict(self.orphans),
        )

    def warning(self, path: Path) -> EventFileError:
        """What to tell of a file found damaged after it was opened."""
        return EventFileError(
            f"{path}: damaged ({self.summary()}); some of what it holds may be missing from "
            "the screens and the exports. Restore its latest good backup (File → Restore a "
            "backup).",
            Refusal.DAMAGED_FOUND,
            path=path,
            why=self.summary(),
            pages=self.pages[:MAX_SHOWN],
            orphans=dict(self.orphans),
        )


def damage(s: Session, kind: EngineKind = EngineKind.SQLITE_FILE) -> Damage:
    """Check the whole file (it reads every page: tens of milliseconds for a day of notes).
    A shared event's server checks its own pages and every reference as it writes: nothing to
    look for there."""
    if not kind.is_file:
        return Damage((), {})
    try:
        found = [r[0] for r in s.execute(text("PRAGMA quick_check(10)"))]
    except DBAPIError as e:  # the check itself cannot read the file
        return Damage((str(getattr(e, "orig", e)),), {})
    pages = tuple(f for f in found if f != "ok")
    orphans: dict[str, int] = {}
    try:
        for table, *_rest in s.execute(text("PRAGMA foreign_key_check")):
            orphans[table] = orphans.get(table, 0) + 1
    except DBAPIError as e:
        pages += (str(getattr(e, "orig", e)),)
    return Damage(pages, orphans)


def refuse_damaged(s: Session, path: Path, kind: EngineKind = EngineKind.SQLITE_FILE) -> None:
    """Raise EventFileError ("damaged_export") when the file is damaged."""
    found = damage(s, kind)
    if found:
        raise found.error(path)


def file_damage(ef: EventFile) -> Damage:
    """`damage` of an open event, in a session of its own (so it may run on a worker thread)."""
    with ef.session() as s:
        return damage(s, ef.kind)


def refuse_damaged_file(ef: EventFile) -> None:
    """Raise EventFileError ("damaged_export") when the open event is damaged: what an
    export asks first, so that nothing is left out of it without a word."""
    with ef.session() as s:
        refuse_damaged(s, ef.path, ef.kind)
