"""Restore an event file from the JSON document of `export json` (round trip equal).

Every field is checked before the new file is written; a bad document names where it is wrong
(`FILE: days[0].blocks[2]: start: ...`) and leaves no file behind.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import delete, text
from sqlalchemy.exc import DBAPIError

from facilitateur.clock import Clock
from facilitateur.export.json_export import FORMAT, VERSION
from facilitateur.models.agenda.model import Event
from facilitateur.models.agenda.timeofday import known_zone
from facilitateur.models.storage import inputs
from facilitateur.models.storage.base import Base
from facilitateur.models.storage.connection import companions
from facilitateur.models.storage.rowcodec import checked_text, decode_row, decode_value
from facilitateur.models.storage.store import EventFile

MAX_BYTES = 200 * 1024 * 1024


class DocumentError(Exception):
    """A document that cannot be imported; the message says where and what."""


def read_document(path: Path) -> dict[str, Any]:
    """Read and parse a JSON file; DocumentError with `FILE:LINE:` on bad input."""
    try:
        raw = inputs.read_bounded(path, MAX_BYTES)
    except inputs.TooLarge as e:
        raise DocumentError(f"{path}: {e}, refused") from None
    except OSError as e:
        raise DocumentError(f"{path}: cannot be read ({e.strerror})") from None
    try:
        data = inputs.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        raise DocumentError(f"{path}: not UTF-8 text (byte {e.start})") from None
    except json.JSONDecodeError as e:
        raise DocumentError(f"{path}:{e.lineno}: not valid JSON ({e.msg})") from None
    except inputs.TooDeep as e:
        raise DocumentError(f"{path}: not an event document ({e})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DocumentError(f"{path}: not a Facilitateur event document (no format {FORMAT!r})")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise DocumentError(f"{path}: document version {data.get('version')!r} is not supported")
    return data


class _Rows:
    """Collects decoded rows, parents first, naming the place of any bad value."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, dict[str, Any]]] = []

    def add(
        self,
        table: str,
        data: Any,
        where: str,
        extra: dict[str, Any],
        skip: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise DocumentError(f"{where}: must be an object")
        values = {k: v for k, v in data.items() if k not in skip}
        if "id" not in values and "id" in Base.metadata.tables[table].c:
            raise DocumentError(f"{where}: id is missing")
        try:
            decoded = decode_row(Base.metadata.tables[table], values)
        except ValueError as e:
            raise DocumentError(f"{where}: {e}") from None
        decoded.update(extra)
        self.rows.append((table, decoded))
        return decoded


def _list(data: dict[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise DocumentError(f"{where}{key}: must be a list")
    return value


_BLOCK_EXTRAS = ("actual_start", "actual_end", "intervals", "transitions", "speakers", "segments")


def _block(rows: _Rows, b: Any, where: str, day_id: Any, parent_id: Any) -> None:
    blk = rows.add(
        "agenda_block", b, where, {"day_id": day_id, "parent_id": parent_id}, _BLOCK_EXTRAS
    )
    for k, t in enumerate(_list(b, "transitions", where + ".")):
        rows.add("timer_transition", t, f"{where}.transitions[{k}]", {"block_id": blk["id"]})
    for k, sp in enumerate(_list(b, "speakers", where + ".")):
        w = f"{where}.speakers[{k}]"
        entry = rows.add("speaker_entry", sp, w, {"block_id": blk["id"]}, ("turns",))
        for m, t in enumerate(_list(sp, "turns", w + ".")):
            rows.add("timer_transition", t, f"{w}.turns[{m}]", {"speaker_entry_id": entry["id"]})
    for k, seg in enumerate(_list(b, "segments", where + ".")):
        _block(rows, seg, f"{where}.segments[{k}]", day_id, blk["id"])


def document_rows(doc: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every row of the document, decoded and checked, in an order parents-first."""
    rows = _Rows()
    ev = rows.add("event", doc.get("event"), "event", {})
    if "timezone" in ev and not known_zone(ev["timezone"]):  # read at every podium tick
        raise DocumentError(f"event: timezone: unknown time zone {ev['timezone']!r}")
    for i, p in enumerate(_list(doc, "people", "")):
        rows.add("person", p, f"people[{i}]", {})
    for i, d in enumerate(_list(doc, "days", "")):
        day = rows.add("day", d, f"days[{i}]", {"event_id": ev["id"]}, ("blocks",))
        for j, b in enumerate(_list(d, "blocks", f"days[{i}].")):
            _block(rows, b, f"days[{i}].blocks[{j}]", day["id"], None)
    osp = doc.get("open_space", {})
    if not isinstance(osp, dict):
        raise DocumentError("open_space: must be an object")
    for key, table in (
        ("rooms", "room"),
        ("slots", "slot"),
        ("topics", "topic"),
        ("placements", "placement"),
    ):
        for i, item in enumerate(_list(osp, key, "open_space.")):
            rows.add(table, item, f"open_space.{key}[{i}]", {})
    for i, r in enumerate(_list(osp, "reports", "open_space.")):
        w = f"open_space.reports[{i}]"
        rep = rows.add("workshop_report", r, w, {}, ("proposals",))
        for k, p in enumerate(_list(r, "proposals", w + ".")):
            rows.add("proposal", p, f"{w}.proposals[{k}]", {"report_id": rep["id"]})
    for i, n in enumerate(_list(doc, "notes", "")):
        rows.add("note", n, f"notes[{i}]", {})
    journal = Base.metadata.tables["journal"]
    for i, e in enumerate(_list(doc, "journal", "")):
        w = f"journal[{i}]"
        if not isinstance(e, dict) or not isinstance(e.get("args"), dict):
            raise DocumentError(f"{w}: must be an object with args")
        if not isinstance(e.get("changes", []), list):
            raise DocumentError(f"{w}: changes must be a list")
        try:
            values = {k: decode_value(journal, k, e.get(k)) for k in ("seq", "at", "cmd", "state")}
        except ValueError as err:
            raise DocumentError(f"{w}: {err}") from None
        values["args"] = json.dumps(e["args"], ensure_ascii=False)
        values["changes"] = json.dumps(e.get("changes", []), ensure_ascii=False)
        for key in ("args", "changes"):
            try:
                checked_text(values[key])
            except ValueError as err:
                raise DocumentError(f"{w}: {key} {err}") from None
        rows.rows.append(("journal", values))
    return rows.rows


def import_json(source: Path, target: Path, clock: Clock | None = None) -> EventFile:
    """Create the event file `target` from the document at `source`; `target` must be new.

    The file is built under a temporary name beside `target` and renamed into place once
    whole: a refused document leaves no file (and a retry is not told "already exists")."""
    source, target = Path(source), Path(target)
    if target.exists():
        raise DocumentError(f"{target}: already exists; import into a new file")
    doc = read_document(source)
    try:
        rows = document_rows(doc)
    except DocumentError as e:
        raise DocumentError(f"{source}: {e}") from None
    part = target.with_name(f".{target.name}.import-{os.getpid()}")
    ef = EventFile.open(part, clock)
    tables = Base.metadata.tables
    try:
        with ef.engine.begin() as conn:
            conn.execute(text("PRAGMA defer_foreign_keys = ON"))
            conn.execute(delete(Event))
            for table, values in rows:
                conn.execute(tables[table].insert().values(**values))
    except (DBAPIError, ValueError) as e:
        ef.close()
        for stale in companions(part):
            stale.unlink(missing_ok=True)
        why = getattr(e, "orig", None) or e
        raise DocumentError(f"{source}: inconsistent document ({why})") from None
    ef.close()
    for stale in companions(part)[1:]:
        stale.unlink(missing_ok=True)
    if target.exists():  # made meanwhile by someone else: theirs stays
        part.unlink(missing_ok=True)
        raise DocumentError(f"{target}: already exists; import into a new file")
    os.replace(part, target)
    return EventFile.open(target, clock)
