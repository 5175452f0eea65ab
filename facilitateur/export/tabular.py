"""CSV that Excel opens correctly in France: UTF-8 with BOM, `;`, no cell read as a formula."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from facilitateur.export.atomic import atomic_text


def cell(value: object) -> object:
    """A text starting with = + - @ would be a formula in a spreadsheet: keep it text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def write_csv(out: Path, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write the table to `out` atomically (a failed export leaves no half-written file)."""
    with atomic_text(Path(out), encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(headers)
        for row in rows:
            w.writerow([cell(v) for v in row])
