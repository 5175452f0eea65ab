"""The sample day (the reference programme) built into a fresh event file: as prepared, or as
run (the same day of 2016 with its speakers, notes, Open Space and synthesis)."""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import Enum
from pathlib import Path

from facilitateur import __version__
from facilitateur.clock import Clock, FakeClock, SystemClock
from facilitateur.models.storage.replay import parse_line
from facilitateur.models.storage.schema import HEAD, sqlite_copy
from facilitateur.models.storage.store import EventFile
from facilitateur.paths import SUFFIX, data_dir, run_sample_script, sample_script


class Sample(Enum):
    """Which sample day: the programme ready to run, or the day as it was run."""

    PREPARED = "prepared"
    RUN = "run"

    @property
    def script(self) -> Path:
        """The script of commands that makes it."""
        return sample_script() if self is Sample.PREPARED else run_sample_script()

    @property
    def file_stem(self) -> str:
        """How a fresh copy of it is named in the user's data folder."""
        return "journee-exemple" if self is Sample.PREPARED else "journee-exemple-animee"


def build_sample(
    path: Path | str, clock: Clock | None = None, sample: Sample = Sample.PREPARED
) -> EventFile:
    """Create `path` holding the sample day; its commands are applied in one transaction.

    The prepared day is made at the clock's time. The day as run is made at the moments its
    script gives (each command at its `at`, in 2016), whatever the clock; the file is then
    opened with the clock."""
    lines = sample.script.read_text(encoding="utf-8").splitlines()
    parsed = [parse_line(line) for line in lines if line.strip()]
    commands = [(cmd, args) for _at, cmd, args in parsed]
    if sample is Sample.PREPARED:
        ef = EventFile.open(path, clock or SystemClock())
        ef.execute_many(commands)
        return ef
    times = [at for at, _cmd, _args in parsed]
    ef = EventFile.open(path, FakeClock(times[0]))
    ef.execute_many(commands, times=times)
    ef.clock = clock or SystemClock()
    return ef


def _template(sample: Sample) -> Path:
    """The sample built once per version, schema and script, kept in the user data folder."""
    script = sample.script.read_bytes()
    key = hashlib.sha256(script + f"{__version__}/{HEAD}".encode()).hexdigest()[:16]
    folder = data_dir() / "cache"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"sample-{sample.value}-{key}{SUFFIX}"
    if not path.exists():
        part = path.with_name(path.name + ".building")
        part.unlink(missing_ok=True)
        build_sample(part, sample=sample).close()
        part.replace(path)
    return path


def create_sample(
    path: Path, clock: Clock | None = None, sample: Sample = Sample.PREPARED
) -> EventFile:
    """A fresh copy of the sample day at `path` (copied from the cached template)."""
    clock = clock or SystemClock()
    if sample is Sample.PREPARED and not isinstance(clock, SystemClock):
        return build_sample(path, clock)  # a test's clock: its times go in the journal
    try:
        sqlite_copy(_template(sample), Path(path))
    except OSError:
        return build_sample(path, clock, sample)
    return EventFile.open(path, clock)


def fresh_sample_path(now: datetime | None = None, sample: Sample = Sample.PREPARED) -> Path:
    """A new file name for a copy of the sample day in the user's data folder."""
    now = now or datetime.now()
    folder = data_dir() / "exemples"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{sample.file_stem}-{now:%Y%m%d-%H%M%S}{SUFFIX}"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{sample.file_stem}-{now:%Y%m%d-%H%M%S}-{n}{SUFFIX}"
    return path
