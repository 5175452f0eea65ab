"""Run as a child process: write notes into an event file until a file-size limit (a full disk,
for this process) stops a write; then lift the limit and write once more. Prints JSON."""

from __future__ import annotations

import json
import resource
import signal
import sys
from pathlib import Path

from facilitateur.models.commands.core import StorageError
from facilitateur.models.storage.store import EventFile


def main() -> None:
    path = Path(sys.argv[1])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead
    ef = EventFile.open(path)
    ef.execute("block.add", {"title": "Accueil", "start": "09:00", "end": "09:30"})
    wal = path.with_name(path.name + "-wal")
    limit = max(path.stat().st_size, wal.stat().st_size if wal.exists() else 0) + 400_000
    _soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    written, error = 0, None
    for i in range(2000):
        try:
            ef.execute("note.add", {"block": "#1", "text": f"note {i} " + "x" * 20_000})
        except StorageError as e:
            error = str(e)
            break
        written += 1
    # The refused note can be typed on: once space is back, it is saved.
    resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
    after = None
    try:
        ef.execute("note.add", {"block": "#1", "text": "after"})
        after = "ok"
    except StorageError as e:
        after = str(e)
    ef.close()
    print(json.dumps({"written": written, "error": error, "after": after}))


if __name__ == "__main__":
    main()
