"""A day's agenda read into plain nodes (blocks, their segments, speakers and flags), and the
flags and the refusals of a typed time told in words. The tree model (agenda_model.py) shows
these nodes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from facilitateur.models.agenda.read import PlannedBlock, day_plan
from facilitateur.models.agenda.timeofday import format_duration
from facilitateur.models.queries import AgendaFlag, FlagKind
from facilitateur.models.storage.store import EventFile
from facilitateur.ui.noop import QT_TRANSLATE_NOOP


def tr(text: str) -> str:
    """Translate a text marked with QT_TRANSLATE_NOOP("AgendaModel", ...)."""
    return QCoreApplication.translate("AgendaModel", text)


@dataclass(eq=False)
class BlockNode:
    """A block of the plan as read (`block`) and its place in the tree the model shows."""

    block: PlannedBlock
    parent: BlockNode | None = None
    row: int = 0
    children: list[BlockNode] = field(default_factory=list)

    @property
    def id(self) -> uuid.UUID:
        return self.block.id


def load_day(ef: EventFile, day_id: uuid.UUID) -> list[BlockNode]:
    """Read a day's blocks, segments, speakers and flags into nodes."""

    def node(b: PlannedBlock, parent: BlockNode | None, row: int) -> BlockNode:
        n = BlockNode(b, parent, row)
        n.children = [node(seg, n, i) for i, seg in enumerate(b.segments)]
        return n

    return [node(b, None, i) for i, b in enumerate(day_plan(ef, day_id))]


def flag_text(f: AgendaFlag) -> str:
    match f.kind:
        case FlagKind.OVERLAP:
            return tr(
                QT_TRANSLATE_NOOP("AgendaModel", "Overlaps the previous block by %1")
            ).replace("%1", format_duration(f.seconds))
        case FlagKind.GAP:
            return tr(QT_TRANSLATE_NOOP("AgendaModel", "%1 free before this block")).replace(
                "%1", format_duration(f.seconds)
            )
        case FlagKind.NO_TIME:
            return tr(QT_TRANSLATE_NOOP("AgendaModel", "No start time"))
        case FlagKind.ENDS_BEFORE_START:
            return tr(QT_TRANSLATE_NOOP("AgendaModel", "Ends before it starts"))
        case FlagKind.OUTSIDE_DAY:
            return tr(QT_TRANSLATE_NOOP("AgendaModel", "Outside the day's hours"))


def not_a_time(text: str) -> str:
    return tr(
        QT_TRANSLATE_NOOP("AgendaModel", "“%1” is not a time of day (e.g. 9:15 or 14h30)")
    ).replace("%1", text)


def not_a_duration(text: str) -> str:
    return tr(
        QT_TRANSLATE_NOOP("AgendaModel", "“%1” is not a duration in minutes (e.g. 45 or 1h30)")
    ).replace("%1", text)
