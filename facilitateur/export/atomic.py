"""Files written whole or not at all: a temporary file beside the target, then a rename."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


def _umask() -> int:
    """The process's umask (reading it means setting it: done once, at import)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# A temporary file is private (0600); the file it becomes gets the permissions any file the user
# makes gets (0644 with the usual umask), so that an exported PDF can be shared or served.
FILE_MODE = 0o666 & ~_umask()


@contextmanager
def atomic_path(out: Path) -> Iterator[Path]:
    """A temporary path beside `out` for a writer that wants a file name (reportlab, SQLite);
    renamed to `out` when the block ends normally, deleted otherwise."""
    out = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=out.name + ".", suffix=".part", dir=out.parent or ".")
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, FILE_MODE)
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
