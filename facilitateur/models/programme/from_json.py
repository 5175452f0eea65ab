"""JSON programmes: the document of `facilitateur export json`, or the contract itself."""

from __future__ import annotations

import json
import re
from typing import Any

from facilitateur.models.programme.model import ProgrammeError
from facilitateur.models.storage import inputs

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
KINDS = (
    "welcome",
    "plenary",
    "talk",
    "panel",
    "film",
    "break",
    "meal",
    "workshop",
    "open_space",
    "report_back",
    "q_and_a",
    "closing",
    "other",
)


def read_json(text: str) -> dict[str, Any]:
    """Parse a JSON programme; ProgrammeError with the line of a syntax error."""
    try:
        doc = inputs.loads(text)
    except json.JSONDecodeError as e:
        raise ProgrammeError(e.lineno, f"not valid JSON ({e.msg})") from None
    except inputs.TooDeep as e:
        raise ProgrammeError(1, f"not a programme: {e}") from None
    if isinstance(doc, dict) and doc.get("format") == "facilitateur-event":
        doc = from_event_document(doc)
    return check_contract(doc)


def _hhmm(value: Any) -> str | None:
    return value[:5] if isinstance(value, str) else None


def from_event_document(doc: dict[str, Any]) -> dict[str, Any]:
    """The agenda part of an exported event, in the contract's shape."""
    people = {p.get("id"): p for p in doc.get("people", []) if isinstance(p, dict)}

    def speakers(block: dict[str, Any]) -> list[dict[str, Any]]:
        out = []
        for entry in block.get("speakers", []):
            p = people.get(entry.get("person_id"), {})
            speaker = {
                "name": p.get("name", ""),
                "role": p.get("role") or None,
                "topic": entry.get("topic") or None,
            }
            if p.get("organisation"):
                speaker["organisation"] = p["organisation"]
            out.append(speaker)
        return out

    days = []
    for d in doc.get("days", []):
        blocks = []
        for b in d.get("blocks", []):
            block = {
                "start": _hhmm(b.get("planned_start")),
                "end": _hhmm(b.get("planned_end")),
                "end_inferred": bool(b.get("end_inferred")),
                "title": b.get("title", ""),
                "kind": b.get("kind", "other"),
            }
            for key in ("section", "description"):
                if b.get(key):
                    block[key] = b[key]
            block["speakers"] = speakers(b)
            block["items"] = [
                {
                    "title": s.get("title", ""),
                    "kind": s.get("kind", "other"),
                    "speakers": speakers(s),
                }
                for s in b.get("segments", [])
            ]
            blocks.append(block)
        days.append(
            {
                "date": d.get("date"),
                "label": d.get("label", ""),
                "start": _hhmm(d.get("start")),
                "end": _hhmm(d.get("end")),
                "blocks": blocks,
            }
        )
    event = doc.get("event", {})
    return {"title": event.get("title", ""), "venue": event.get("venue", ""), "days": days}


def _fail(where: str, message: str) -> None:
    raise ProgrammeError(1, f"{where}: {message}")


def _check_speakers(value: Any, where: str) -> None:
    if not isinstance(value, list):
        _fail(where, "must be a list")
    for i, sp in enumerate(value):
        w = f"{where}[{i}]"
        if (
            not isinstance(sp, dict)
            or not isinstance(sp.get("name"), str)
            or not sp["name"].strip()
        ):
            _fail(w, "a speaker needs a name")
        for key in ("role", "topic", "organisation"):
            if sp.get(key) is not None and not isinstance(sp[key], str):
                _fail(w, f"{key} must be text")


def check_contract(doc: Any) -> dict[str, Any]:
    """Check a programme in the contract's shape (as the preview and `program.import` use it)."""
    if not isinstance(doc, dict) or not isinstance(doc.get("days"), list):
        _fail("programme", 'must be an object with "days"')
    for key in ("title", "venue"):
        if not isinstance(doc.get(key, ""), str):
            _fail(key, "must be text")
    for i, day in enumerate(doc["days"]):
        w = f"days[{i}]"
        if not isinstance(day, dict) or not isinstance(day.get("blocks"), list):
            _fail(w, 'must be an object with "blocks"')
        for key in ("start", "end"):
            if day.get(key) is not None and not (
                isinstance(day[key], str) and _HHMM.match(day[key])
            ):
                _fail(f"{w}.{key}", "must be HH:MM")
        for j, b in enumerate(day["blocks"]):
            wb = f"{w}.blocks[{j}]"
            if (
                not isinstance(b, dict)
                or not isinstance(b.get("title"), str)
                or not b["title"].strip()
            ):
                _fail(wb, "a block needs a title")
            for key in ("start", "end"):
                if b.get(key) is not None and not (isinstance(b[key], str) and _HHMM.match(b[key])):
                    _fail(f"{wb}.{key}", "must be HH:MM")
            if b.get("kind", "other") not in KINDS:
                _fail(f"{wb}.kind", f"must be one of {', '.join(KINDS)}")
            _check_speakers(b.get("speakers", []), f"{wb}.speakers")
            for k, it in enumerate(b.get("items", [])):
                wi = f"{wb}.items[{k}]"
                if (
                    not isinstance(it, dict)
                    or not isinstance(it.get("title"), str)
                    or not it["title"].strip()
                ):
                    _fail(wi, "an item needs a title")
                if it.get("kind", "other") not in KINDS:
                    _fail(f"{wi}.kind", f"must be one of {', '.join(KINDS)}")
                _check_speakers(it.get("speakers", []), f"{wi}.speakers")
    checked: dict[str, Any] = doc
    return checked
