"""The sample day (the reference programme) built into a fresh event file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from facilitateur.clock import Clock, SystemClock
from facilitateur.models.replay import parse_line
from facilitateur.models.store import EventFile
from facilitateur.paths import SUFFIX, data_dir, sample_script


def create_sample(path: Path, clock: Clock | None = None) -> EventFile:
    """Create `path` holding the sample day; its commands are applied in one transaction."""
    lines = sample_script().read_text(encoding="utf-8").splitlines()
    commands = [parse_line(line)[1:] for line in lines if line.strip()]
    ef = EventFile.open(path, clock or SystemClock())
    ef.execute_many(commands)
    return ef


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
