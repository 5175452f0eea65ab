"""Files written whole or not at all: a temporary file beside the target, then a rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def atomic_path(out: Path) -> Iterator[Path]:
    """A temporary path beside `out` for a writer that wants a file name (reportlab, SQLite);
    renamed to `out` when the block ends normally, deleted otherwise."""
    out = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=out.name + ".", suffix=".part", dir=out.parent or ".")
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_text(
    out: Path, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[IO[str]]:
    """Open a text file for writing that appears at `out` only once complete and on disk.

    A failure or a cancellation inside the block leaves no file (and any older `out` intact).
    """
    with atomic_path(out) as tmp, tmp.open("w", encoding=encoding, newline=newline) as f:
        yield f
        f.flush()
        os.fsync(f.fileno())
