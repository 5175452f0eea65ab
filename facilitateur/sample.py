"""The sample day (the reference programme) built into a fresh event file."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from facilitateur import __version__
from facilitateur.clock import Clock, SystemClock
from facilitateur.models.replay import parse_line
from facilitateur.models.schema import HEAD, sqlite_copy
from facilitateur.models.store import EventFile
from facilitateur.paths import SUFFIX, data_dir, sample_script


def build_sample(path: Path, clock: Clock | None = None) -> EventFile:
    """Create `path` holding the sample day; its commands are applied in one transaction."""
    lines = sample_script().read_text(encoding="utf-8").splitlines()
    commands = [parse_line(line)[1:] for line in lines if line.strip()]
    ef = EventFile.open(path, clock or SystemClock())
    ef.execute_many(commands)
    return ef


def _template() -> Path:
    """The sample built once per version, schema and script, kept in the user data folder."""
    script = sample_script().read_bytes()
    key = hashlib.sha256(script + f"{__version__}/{HEAD}".encode()).hexdigest()[:16]
    folder = data_dir() / "cache"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"sample-{key}{SUFFIX}"
    if not path.exists():
        part = path.with_name(path.name + ".building")
        part.unlink(missing_ok=True)
        build_sample(part).close()
        part.replace(path)
    return path


def create_sample(path: Path, clock: Clock | None = None) -> EventFile:
    """A fresh copy of the sample day at `path` (copied from the cached template)."""
    clock = clock or SystemClock()
    if not isinstance(clock, SystemClock):
        return build_sample(path, clock)  # a test's clock: its times go in the journal
    try:
        sqlite_copy(_template(), Path(path))
    except OSError:
        return build_sample(path, clock)
    return EventFile.open(path, clock)


def fresh_sample_path(now: datetime | None = None) -> Path:
    """A new file name for a copy of the sample day in the user's data folder."""
    now = now or datetime.now()
    folder = data_dir() / "exemples"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"journee-exemple-{now:%Y%m%d-%H%M%S}{SUFFIX}"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"journee-exemple-{now:%Y%m%d-%H%M%S}-{n}{SUFFIX}"
    return path
