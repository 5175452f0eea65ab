"""One laptop adding notes as fast as it can to a shared event (for the test of four at once and
benchmarks/shared.py): `concurrent_writer.py ADDRESS NAME COUNT`. Prints each command's
latency in milliseconds, one per line."""

from __future__ import annotations

import sys
import time

from facilitateur.models.storage.engines import Origin
from facilitateur.models.storage.store import EventFile


def main() -> int:
    address, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    ef = EventFile.open(address, origin=Origin.fresh(name))
    try:
        for i in range(count):
            start = time.perf_counter()
            ef.execute("note.add", {"text": f"{name} note {i}", "author": name})
            print(f"{(time.perf_counter() - start) * 1000:.3f}")
    finally:
        ef.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
