"""The sample day (the reference programme) built into a fresh event file: as prepared, or as
run (the same day of 2016 with its speakers, notes, Open Space and synthesis)."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from datetime import datetime
from enum import Enum
from pathlib import Path

from facilitateur import __version__
from facilitateur.clock import Clock, FakeClock, SystemClock
from facilitateur.models.storage.connection import companions, hold_lock
from facilitateur.models.storage.replay import parse_line
from facilitateur.models.storage.schema import HEAD, FileInUse, reading_uri, sqlite_copy
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


def _template_path(sample: Sample) -> Path:
    """Where the sample's template for this version, schema and script is kept."""
    script = sample.script.read_bytes()
    key = hashlib.sha256(script + f"{__version__}/{HEAD}".encode()).hexdigest()[:16]
    return data_dir() / "cache" / f"sample-{sample.value}-{key}{SUFFIX}"


def _template(sample: Sample) -> Path:
    """The sample built once per version, schema and script, kept in the user data folder."""
    path = _template_path(sample)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        part = path.with_name(path.name + ".building")
        part.unlink(missing_ok=True)
        build_sample(part, sample=sample).close()
        part.replace(path)
        part.with_name(part.name + ".lock").unlink(missing_ok=True)
        _remove_older_templates(sample, keep=path)
    return path


def _remove_older_templates(sample: Sample, keep: Path) -> None:
    """Remove the templates that will never be used again: this sample's of earlier versions
    (another key) and those named before each sample had its own (`sample-KEY.facil`), with
    what their building left beside them. The other sample's current template stays."""
    kinds = tuple(f"sample-{s.value}-" for s in Sample)
    own = f"sample-{sample.value}-"
    for old in keep.parent.glob("sample-*"):
        if old.name.startswith(keep.name):
            continue
        if old.name.startswith(own) or not old.name.startswith(kinds):
            old.unlink(missing_ok=True)


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


def _copy_name(sample: Sample) -> re.Pattern[str]:
    """How `fresh_sample_path` names the copies of `sample`."""
    return re.compile(rf"{re.escape(sample.file_stem)}-\d{{8}}-\d{{6}}(?:-\d+)?{re.escape(SUFFIX)}")


def _journal(path: Path) -> list[tuple[object, ...]] | None:
    """Every command an event file holds, read without writing anything beside it; None when
    it cannot be told (an unreadable or foreign file)."""
    try:
        with closing(sqlite3.connect(reading_uri(path), uri=True)) as db:
            rows = db.execute("SELECT seq, at, cmd, args, state FROM journal ORDER BY seq")
            return list(rows)
    except sqlite3.Error:
        return None


def remove_unchanged_copies(keep: Iterable[Path] = ()) -> list[Path]:
    """Remove the earlier copies of the sample days in the user's data folder that nobody
    changed: each holds exactly what a fresh copy holds, so opening the sample day again gives
    the same. A copy that was changed, that a Facilitateur has open (its lock is held), that
    has backups beside it, that cannot be read, or that is in `keep` stays. Returns the copies
    removed; a copy that cannot be removed is left as it is."""
    folder = data_dir() / "exemples"
    kept = {Path(p).resolve() for p in keep}
    removed: list[Path] = []
    for sample in Sample:
        template = _template_path(sample)
        fresh = _journal(template) if template.exists() else None
        if not fresh:
            continue  # nothing to compare with: every copy stays
        name = _copy_name(sample)
        for copy in sorted(folder.glob(f"{sample.file_stem}-*{SUFFIX}")):
            if not name.fullmatch(copy.name) or copy.resolve() in kept:
                continue
            if copy.with_name(f"{copy.stem}.sauvegardes").exists():
                continue
            try:
                lock = hold_lock(copy)
            except FileInUse:
                continue  # open in a Facilitateur, here or in another window
            if lock is None:
                continue  # a folder where no lock can be made: nothing says it is free
            try:
                if _journal(copy) != fresh:
                    continue
                for part in companions(copy):
                    if part.suffix != ".lock":  # the lock goes last, once released
                        part.unlink(missing_ok=True)
                removed.append(copy)
            except OSError:
                continue
            finally:
                lock.release()
            copy.with_name(copy.name + ".lock").unlink(missing_ok=True)
    return removed
