"""Automatic snapshots of an event file (SQLite's online backup API), kept beside it.

A snapshot is taken every 5 minutes while something changed (the application asks), and before
a migration, an import, a merge, a re-plan or an applied suggestion (the store does it). The
last 20 are kept in `NAME.sauvegardes/` beside the file, or in the user data folder when the
file's folder cannot be written. A backup is restored into a new file, never over the original.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitateur.models.storage.schema import sqlite_copy

KEEP = 20
INTERVAL_SECONDS = 300
# Commands that change much at once: a snapshot is taken just before them.
RISKY = frozenset({"program.import", "merge.apply", "agenda.replan", "openspace.apply_suggestion"})
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[\w.-]+)\.facil$"
)


def backup_dir(path: Path, create: bool = True) -> Path:
    """Where the snapshots of `path` go: created on demand when `create`; without it (only
    looking for snapshots) nothing is made beside a file that may not even be an event."""
    path = Path(path).resolve()
    beside = path.parent / f"{path.stem}.sauvegardes"
    if os.access(path.parent, os.W_OK):
        if beside.is_dir() and os.access(beside, os.W_OK):
            return beside
        if create:
            beside.mkdir(exist_ok=True)
            if os.access(beside, os.W_OK):
                return beside
        elif not beside.exists():
            return beside
    from facilitateur.paths import data_dir

    key = hashlib.sha256(str(path).encode()).hexdigest()[:10]
    folder = data_dir() / "sauvegardes" / f"{path.stem}-{key}"
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def snapshot(
    path: Path, reason: str, now: datetime, copy: Callable[[Path], Path], keep: int = KEEP
) -> Path:
    """Copy the event file `path` into its backup folder as `NAME-DATE-REASON.facil`; keep the
    last `keep`.

    `copy(target)` writes the copy: the open event file's own `save_copy`, so that nothing but
    the application's connection opens the live file (docs/reliability.md, the locking rule)."""
    path = Path(path)
    folder = backup_dir(path)
    reason = re.sub(r"[^\w.-]+", "-", reason)[:40] or "auto"
    stamp = f"{now.astimezone():%Y%m%d-%H%M%S}"
    target = folder / f"{path.stem}-{stamp}-{reason}.facil"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{path.stem}-{stamp}-{n}-{reason}.facil"
    copy(target)
    prune(folder, keep)
    return target


def prune(folder: Path, keep: int = KEEP) -> None:
    """Delete all but the `keep` newest snapshots of the folder."""
    for old in _snapshots(folder)[keep:]:
        old.unlink(missing_ok=True)


def _snapshots(folder: Path) -> list[Path]:
    found = [(m["stamp"], p) for p in folder.glob("*.facil") if (m := _NAME.match(p.name))]
    found.sort(key=lambda sp: (sp[0], sp[1].stat().st_mtime), reverse=True)
    return [p for _stamp, p in found]


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    reason: str
    blocks_run: int | None  # None: the snapshot cannot be read
    notes: int | None
    size: int


def _summary(path: Path) -> tuple[int | None, int | None]:
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            blocks = con.execute(
                "SELECT count(DISTINCT block_id) FROM timer_transition WHERE block_id IS NOT NULL"
            ).fetchone()[0]
            notes = con.execute("SELECT count(*) FROM note").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None, None
    return blocks, notes


def list_backups(path: Path) -> list[Backup]:
    """The snapshots of `path`, newest first, each with what it holds."""
    out: list[Backup] = []
    folder = backup_dir(path, create=False)
    if not folder.is_dir():
        return out
    for p in _snapshots(folder):
        m = _NAME.match(p.name)
        assert m is not None, "_snapshots keeps the snapshots' names only"
        taken = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S")
        blocks, notes = _summary(p)
        out.append(Backup(p, taken, m["reason"], blocks, notes, p.stat().st_size))
    return out


def latest_good(path: Path) -> Backup | None:
    """The newest snapshot that reads as an event file, if any."""
    return next((b for b in list_backups(path) if b.notes is not None), None)


def restore(backup: Path, target: Path) -> Path:
    """A new event file at `target` holding the snapshot (the original is not touched)."""
    if Path(target).exists():
        raise FileExistsError(f"{target} already exists")
    return sqlite_copy(Path(backup), Path(target))


class BackupClock:
    """Decides when a periodic snapshot is due: 5 minutes after the last one, if something
    changed since."""

    def __init__(self, interval: float = INTERVAL_SECONDS) -> None:
        self.interval = interval
        self.last: datetime | None = None
        self.changed = False

    def note_change(self) -> None:
        self.changed = True

    def due(self, now: datetime) -> bool:
        if not self.changed:
            return False
        return self.last is None or (now - self.last).total_seconds() >= self.interval

    def taken(self, now: datetime) -> None:
        self.last, self.changed = now, False

    def failed(self) -> None:
        """The snapshot started at the last `taken` failed: due again at once."""
        self.last, self.changed = None, True
