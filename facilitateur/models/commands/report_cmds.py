"""Commands of the workshops: their reports, the votes on proposals, the suggested board."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from facilitateur.models.commands.core import (
    MAX_NOTE,
    SEED,
    VERSION,
    CommandError,
    Context,
    Param,
    ParamType,
    check_version,
    command,
    renumber,
)
from facilitateur.models.commands.openspace_refs import resolve_room, resolve_slot
from facilitateur.models.commands.topic_cmds import TOPIC_DOC, live_topic, report_of
from facilitateur.models.notes.model import ActionStatus, Note, NoteKind
from facilitateur.models.openspace.model import Placement, Proposal, ReportStatus, WorkshopReport
from facilitateur.models.refusal import Refusal

STATUSES = tuple(s.value for s in ReportStatus)
MAX_ITEMS = 200


def _proposals(c: Context, report: WorkshopReport, texts: list[Any]) -> None:
    """The report's proposals become `texts`; a proposal kept (same text) keeps its votes."""
    s = c.session
    for i, text in enumerate(texts):
        if not isinstance(text, str) or len(text) > 5000:
            raise CommandError(
                f"proposals: item {i + 1} is not a text of at most 5000 characters",
                Refusal.BAD_ARGUMENTS,
            )
    wanted = {text.casefold(): text for text in proposal_texts(texts)}
    existing = list(
        s.scalars(
            select(Proposal).where(Proposal.report_id == report.id).order_by(Proposal.position)
        )
    )
    by_text = {p.text.casefold(): p for p in existing}
    rows = []
    for key, text in wanted.items():
        row = by_text.pop(key, None)
        if row is None:
            pid = c.derived_id(f"proposal:{key}")
            row = Proposal(id=pid, report_id=report.id, text=text, votes=0, position=-1)
            s.add(row)
        row.text = text
        rows.append(row)
    for gone in by_text.values():
        s.delete(gone)
    renumber(rows)


def _step(i: int, item: object) -> tuple[str, str, date | None]:
    where = f"next_steps: item {i + 1}"
    if not isinstance(item, dict) or not isinstance(item.get("text", ""), str):
        raise CommandError(
            f"{where} must be an object with text, owner and due", Refusal.BAD_ARGUMENTS
        )
    if set(item) - {"text", "owner", "due"}:
        raise CommandError(
            f"{where} has unknown keys (expected text, owner, due)", Refusal.BAD_ARGUMENTS
        )
    owner, due = item.get("owner") or "", item.get("due") or None
    if not isinstance(owner, str) or len(owner) > 300 or len(item.get("text", "")) > 20_000:
        raise CommandError(f"{where}: text or owner too long", Refusal.BAD_ARGUMENTS)
    try:
        when = date.fromisoformat(due) if due else None
    except (TypeError, ValueError):
        raise CommandError(
            f"{where}: due is not a date (YYYY-MM-DD): {due!r}", Refusal.BAD_ARGUMENTS
        ) from None
    return item.get("text", "").strip(), " ".join(owner.split()), when


def proposal_texts(texts: list[str]) -> list[str]:
    """The proposals `report.set` keeps of these lines: spaces collapsed, blank lines and
    repeats (whatever their case) dropped, in order."""
    kept: dict[str, str] = {}
    for text in texts:
        if text := " ".join(text.split()):
            kept.setdefault(text.casefold(), text)
    return list(kept.values())


def stored_report(args: dict[str, Any]) -> dict[str, Any]:
    """What `report.set` stores for these arguments (text trimmed, proposals as kept, next
    steps without a text dropped): a form compares it with what is stored to tell whether the
    file holds what it shows — without ever rewriting what is being typed."""
    out = dict(args)
    for key in ("convener", "note_taker", "participant_names", "key_points"):
        if isinstance(out.get(key), str):
            out[key] = out[key].strip()
    if out.get("proposals") is not None:
        out["proposals"] = proposal_texts(out["proposals"])
    if out.get("next_steps") is not None:
        steps = [_step(i, item) for i, item in enumerate(out["next_steps"])]
        out["next_steps"] = [
            {"text": text, "owner": owner, "due": due.isoformat() if due else None}
            for text, owner, due in steps
            if text
        ]
    return out


def _next_steps(c: Context, topic_id: uuid.UUID, items: list[Any]) -> None:
    """The topic's actions (in the day's action list) become these next steps, in order."""
    s = c.session
    steps = [step for i, item in enumerate(items) if (step := _step(i, item))[0]]
    q = select(Note).where(Note.topic_id == topic_id, Note.kind == NoteKind.ACTION)
    existing = list(s.scalars(q.order_by(Note.created_at, Note.id)))
    now = c.clock.now()
    for i, (text, owner, due) in enumerate(steps):
        if i < len(existing):
            note = existing[i]
            if (note.text, note.owner, note.due) == (text, owner, due):
                continue
        else:
            note = Note(
                id=c.derived_id(f"step:{i}"),
                topic_id=topic_id,
                kind=NoteKind.ACTION,
                status=ActionStatus.OPEN,
                author="",
                internal=False,
                # Steps are read back in creation order: several made by one save must not
                # tie (they would come back in the order of their ids).
                created_at=now + timedelta(microseconds=i),
            )
            s.add(note)
        note.text, note.owner, note.due, note.updated_at = text, owner, due, now
    for gone in existing[len(steps) :]:
        s.delete(gone)


@command(
    "report.set",
    Param("topic", ParamType.REF, required=True, doc=TOPIC_DOC),
    Param("convener", ParamType.STR, max_len=500, nullable=False, doc="who convened the workshop"),
    Param("note_taker", ParamType.STR, max_len=300, nullable=False, doc="who wrote the report"),
    Param("participants_count", ParamType.INT, doc="how many took part"),
    Param(
        "participant_names", ParamType.TEXT, max_len=20_000, nullable=False, doc="optional names"
    ),
    Param(
        "key_points",
        ParamType.TEXT,
        max_len=MAX_NOTE,
        nullable=False,
        doc="what was said, one per line",
    ),
    Param(
        "proposals", ParamType.LIST, max_len=MAX_ITEMS, doc="texts; a kept proposal keeps its votes"
    ),
    Param(
        "next_steps", ParamType.LIST, max_len=MAX_ITEMS, doc="`{text, owner, due}`: become actions"
    ),
    Param(
        "status",
        ParamType.CHOICE,
        choices=STATUSES,
        nullable=False,
        doc="default `draft` once written",
    ),
    SEED,
    VERSION,
)
def report_set(c: Context) -> None:
    """Write (part of) a workshop's report; fields not given are left as they are."""
    s = c.session
    topic = live_topic(c, c.args["topic"])
    report = report_of(c, topic.id)
    if report is None:
        report = WorkshopReport(
            id=c.derived_id("report"),
            topic_id=topic.id,
            convener=topic.convener,
            note_taker="",
            participant_names="",
            key_points="",
            status=ReportStatus.MISSING,
        )
        s.add(report)
        s.flush()
    else:
        check_version(c, report, "the report")
    for key in ("convener", "note_taker", "participant_names", "key_points"):
        if key in c.args:
            setattr(report, key, c.args[key].strip())
    if "participants_count" in c.args:
        count = c.args["participants_count"]
        if count is not None and count < 0:
            raise CommandError("participants_count may not be negative", Refusal.NOT_NEGATIVE)
        report.participants_count = count
    if c.args.get("proposals") is not None:
        _proposals(c, report, c.args["proposals"])
    if c.args.get("next_steps") is not None:
        _next_steps(c, topic.id, c.args["next_steps"])
    if "status" in c.args:
        report.status = c.args["status"]
    elif report.status == ReportStatus.MISSING:
        report.status = ReportStatus.DRAFT
    c.result["id"] = str(report.id)
    s.flush()
    c.result["version"] = report.version


@command(
    "proposal.vote",
    Param("proposal", ParamType.UUID, required=True, doc="the proposal's id"),
    Param("delta", ParamType.INT, doc="dots added (negative: removed); default 1"),
    Param("votes", ParamType.INT, doc="or the count itself"),
)
def proposal_vote(c: Context) -> None:
    """Count dot votes on a proposal at the convergence (never below zero)."""
    proposal = c.session.get(Proposal, c.args["proposal"])
    if proposal is None:
        raise CommandError(f"no proposal {c.args['proposal']}", Refusal.GONE)
    if c.args.get("votes") is not None:
        proposal.votes = max(0, c.args["votes"])
    else:
        delta = c.args.get("delta")
        proposal.votes = max(0, proposal.votes + (1 if delta is None else delta))
    c.result["votes"] = proposal.votes


@command(
    "openspace.apply_suggestion",
    Param(
        "placements",
        ParamType.LIST,
        required=True,
        max_len=100_000,
        doc="`{topic, room, slot}` for every topic the suggestion places",
    ),
    SEED,
)
def apply_suggestion(c: Context) -> None:
    """Apply a suggested board: topics not pinned move to the cells given (or off the board)."""
    s = c.session
    wanted: dict[uuid.UUID, tuple[uuid.UUID, uuid.UUID]] = {}
    for i, item in enumerate(c.args["placements"]):
        if not isinstance(item, dict) or set(item) != {"topic", "room", "slot"}:
            raise CommandError(
                f"placements: item {i + 1} must be {{topic, room, slot}}", Refusal.BAD_ARGUMENTS
            )
        if not all(isinstance(v, str) for v in item.values()):
            raise CommandError(
                f"placements: item {i + 1} must name topic, room and slot as text",
                Refusal.BAD_ARGUMENTS,
            )
        topic = live_topic(c, item["topic"])
        wanted[topic.id] = (resolve_room(s, item["room"]).id, resolve_slot(s, item["slot"]).id)
    placed = {p.topic_id: p for p in s.scalars(select(Placement)).all()}
    for topic_id, p in placed.items():
        if p.pinned:
            if topic_id in wanted and wanted[topic_id] != (p.room_id, p.slot_id):
                raise CommandError("the suggestion moves a pinned topic", Refusal.PINNED_MOVED)
            wanted.pop(topic_id, None)
        elif topic_id not in wanted:
            s.delete(p)
    s.flush()
    for topic_id, (room_id, slot_id) in wanted.items():
        current = placed.get(topic_id)
        if current is None:
            topic = live_topic(c, str(topic_id))
            s.add(
                Placement(
                    id=c.derived_id(f"placement:{topic.id}"),
                    topic_id=topic.id,
                    room_id=room_id,
                    slot_id=slot_id,
                    pinned=False,
                )
            )
        else:
            current.room_id, current.slot_id = room_id, slot_id
    c.result["placed"] = len(wanted)
