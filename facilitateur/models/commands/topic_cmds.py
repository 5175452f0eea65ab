"""Commands of the marketplace and the board: topics, their interest, merging and placing them."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from facilitateur.models.commands.core import CommandError, Context, Param, ParamType, command
from facilitateur.models.commands.openspace_refs import (
    next_topic_position,
    resolve_room,
    resolve_slot,
    resolve_topic,
)
from facilitateur.models.notes.model import Note
from facilitateur.models.openspace.conveners import join_conveners
from facilitateur.models.openspace.model import Placement, Proposal, Topic, WorkshopReport
from facilitateur.models.refusal import Refusal

TOPIC_DOC = "`#N` (order of the marketplace), its exact title or id"
_FIELDS = (
    Param(
        "convener",
        ParamType.STR,
        max_len=500,
        nullable=False,
        doc="who proposes it; several: `A, B`",
    ),
    Param(
        "description",
        ParamType.TEXT,
        max_len=20_000,
        nullable=False,
        doc="a few words on the subject",
    ),
    Param(
        "interest", ParamType.INT, nullable=False, doc="interest count (dots on the marketplace)"
    ),
)


def live_topic(c: Context, ref: str) -> Topic:
    topic = resolve_topic(c.session, ref)
    if topic.merged_into_id is not None:
        raise CommandError(
            f"the topic {topic.title!r} was merged into another",
            Refusal.MERGED_TOPIC,
            title=topic.title,
        )
    return topic


def placement_of(c: Context, topic: Topic) -> Placement | None:
    return c.session.scalars(select(Placement).where(Placement.topic_id == topic.id)).first()


def _apply(c: Context, topic: Topic) -> None:
    if "title" in c.args:
        topic.title = " ".join(c.args["title"].split())
    if not topic.title:
        raise CommandError("a topic needs a title", Refusal.TOPIC_TITLE)
    if "convener" in c.args:
        topic.convener = join_conveners([c.args["convener"]])
    if "description" in c.args:
        topic.description = c.args["description"].strip()
    if "interest" in c.args:
        if c.args["interest"] < 0:
            raise CommandError("interest may not be negative", Refusal.NOT_NEGATIVE)
        topic.interest = c.args["interest"]


@command(
    "topic.add",
    Param("title", ParamType.STR, required=True, max_len=500, doc="the subject, as announced"),
    *_FIELDS,
    Param("id", ParamType.UUID, doc="id of the new topic (generated when absent)"),
)
def topic_add(c: Context) -> None:
    """Put a topic on the marketplace (announced by its convener)."""
    topic = Topic(
        id=c.new_id(),
        title="",
        convener="",
        description="",
        interest=0,
        position=next_topic_position(c.session),
    )
    _apply(c, topic)
    c.session.add(topic)
    c.result["id"] = str(topic.id)


@command(
    "topic.update",
    Param("topic", ParamType.REF, required=True, doc=TOPIC_DOC),
    Param("title", ParamType.STR, max_len=500, nullable=False, doc="new title"),
    *_FIELDS,
)
def topic_update(c: Context) -> None:
    """Change a topic's title, conveners, description or interest."""
    _apply(c, live_topic(c, c.args["topic"]))


@command(
    "topic.vote",
    Param("topic", ParamType.REF, required=True, doc=TOPIC_DOC),
    Param("delta", ParamType.INT, doc="dots added (negative: removed); default 1"),
)
def topic_vote(c: Context) -> None:
    """Add interest dots to a topic (never below zero)."""
    topic = live_topic(c, c.args["topic"])
    delta = c.args.get("delta")
    topic.interest = max(0, topic.interest + (1 if delta is None else delta))
    c.result["interest"] = topic.interest


def report_of(c: Context, topic_id: uuid.UUID) -> WorkshopReport | None:
    q = select(WorkshopReport).where(WorkshopReport.topic_id == topic_id)
    return c.session.scalars(q).first()


def _place(
    c: Context, topic_id: uuid.UUID, room_id: uuid.UUID, slot_id: uuid.UUID, pinned: bool
) -> None:
    c.session.add(
        Placement(
            id=c.new_id("placement_id"),
            topic_id=topic_id,
            room_id=room_id,
            slot_id=slot_id,
            pinned=pinned,
        )
    )


@command(
    "topic.merge",
    Param("topic", ParamType.REF, required=True, doc="the topic that stays"),
    Param("other", ParamType.REF, required=True, doc="the topic merged into it"),
    Param(
        "placement_id",
        ParamType.UUID,
        doc="id of the survivor's new placement (generated if needed)",
    ),
)
def topic_merge(c: Context) -> None:
    """Merge two similar topics: conveners of both, interest added up, descriptions joined.

    The merged topic leaves the board; its notes and (if the other has none) its report follow.
    """
    s = c.session
    keep, other = live_topic(c, c.args["topic"]), live_topic(c, c.args["other"])
    if keep.id == other.id:
        raise CommandError("a topic cannot be merged with itself", Refusal.MERGE_ITSELF)
    keep.convener = join_conveners([keep.convener, other.convener])
    keep.interest += other.interest
    if other.description and other.description not in keep.description:
        keep.description = "\n\n".join(d for d in (keep.description, other.description) if d)
    other_report, keep_report = report_of(c, other.id), report_of(c, keep.id)
    if other_report is not None:
        if keep_report is not None:
            raise CommandError(
                "both topics already have a report; merge them before the workshops",
                Refusal.BOTH_REPORTED,
            )
        other_report.topic_id = keep.id
    for note in s.scalars(select(Note).where(Note.topic_id == other.id)).all():
        note.topic_id = keep.id
    if (placed := placement_of(c, other)) is not None:
        s.delete(placed)
        if placement_of(c, keep) is None:  # the survivor takes the merged topic's place
            s.flush()
            _place(c, keep.id, placed.room_id, placed.slot_id, placed.pinned)
    other.merged_into_id = keep.id


@command("topic.remove", Param("topic", ParamType.REF, required=True, doc=TOPIC_DOC))
def topic_remove(c: Context) -> None:
    """Withdraw a topic (its report and proposals go with it; not when it has notes)."""
    s = c.session
    topic = live_topic(c, c.args["topic"])
    if s.scalars(select(Note.id).where(Note.topic_id == topic.id)).first() is not None:
        raise CommandError(
            f"{topic.title!r} has notes; delete them first",
            Refusal.TOPIC_HAS_NOTES,
            title=topic.title,
        )
    if (report := report_of(c, topic.id)) is not None:
        for p in s.scalars(select(Proposal).where(Proposal.report_id == report.id)).all():
            s.delete(p)
        s.flush()
        s.delete(report)
    if (placed := placement_of(c, topic)) is not None:
        s.delete(placed)
    s.flush()
    s.delete(topic)


@command(
    "topic.assign",
    Param("topic", ParamType.REF, required=True, doc=TOPIC_DOC),
    Param("room", ParamType.REF, required=True, doc="`#N`, the room's name or id"),
    Param("slot", ParamType.REF, required=True, doc="`#N`, its start time or its id"),
    Param(
        "force",
        ParamType.BOOL,
        nullable=False,
        doc="share the cell instead of moving its topic away",
    ),
    Param("placement_id", ParamType.UUID, doc="id of the placement (generated when absent)"),
)
def topic_assign(c: Context) -> None:
    """Put a topic in a room at a slot. A topic already there swaps places with it (or goes back
    to the list when the moved topic came from the list), unless `force` makes them share."""
    s = c.session
    topic = live_topic(c, c.args["topic"])
    room, slot = resolve_room(s, c.args["room"]), resolve_slot(s, c.args["slot"])
    mine = placement_of(c, topic)
    if mine is not None and (mine.room_id, mine.slot_id) == (room.id, slot.id):
        return
    if not c.args.get("force"):
        q = select(Placement).where(
            Placement.room_id == room.id,
            Placement.slot_id == slot.id,
            Placement.topic_id != topic.id,
        )
        for there in s.scalars(q).all():
            if mine is not None:
                there.room_id, there.slot_id = mine.room_id, mine.slot_id
            else:
                s.delete(there)
        s.flush()
    if mine is None:
        _place(c, topic.id, room.id, slot.id, False)
    else:
        mine.room_id, mine.slot_id = room.id, slot.id


@command("topic.unassign", Param("topic", ParamType.REF, required=True, doc=TOPIC_DOC))
def topic_unassign(c: Context) -> None:
    """Take a topic off the board, back to the list of topics to place."""
    placed = placement_of(c, live_topic(c, c.args["topic"]))
    if placed is not None:
        c.session.delete(placed)


@command(
    "topic.pin",
    Param("topic", ParamType.REF, required=True, doc=TOPIC_DOC),
    Param("pinned", ParamType.BOOL, nullable=False, doc="default true; false unpins"),
)
def topic_pin(c: Context) -> None:
    """Pin a placed topic where it is: the suggested placement leaves it there."""
    topic = live_topic(c, c.args["topic"])
    placed = placement_of(c, topic)
    if placed is None:
        raise CommandError(
            f"{topic.title!r} is not on the board; place it before pinning it",
            Refusal.NOT_PLACED,
            title=topic.title,
        )
    placed.pinned = c.args.get("pinned", True)
