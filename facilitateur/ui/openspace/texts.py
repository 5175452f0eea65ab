"""Words of the Open Space screen shared by several widgets (conflicts, report statuses)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon

from facilitateur.models.openspace.board import Board, Conflict, ConflictKind
from facilitateur.models.openspace.model import ReportStatus
from facilitateur.ui import dates, theme
from facilitateur.ui.noop import QT_TRANSLATE_NOOP

STATUS = {
    ReportStatus.MISSING: QT_TRANSLATE_NOOP("OpenSpace", "report missing"),
    ReportStatus.DRAFT: QT_TRANSLATE_NOOP("OpenSpace", "report in draft"),
    ReportStatus.DONE: QT_TRANSLATE_NOOP("OpenSpace", "report done"),
}
# On a card, on a line of its own: words a facilitator reads at a glance (not "CR ✓").
STATUS_SHORT = {
    ReportStatus.MISSING: QT_TRANSLATE_NOOP("OpenSpace", "no report yet"),
    ReportStatus.DRAFT: QT_TRANSLATE_NOOP("OpenSpace", "report in progress"),
    ReportStatus.DONE: QT_TRANSLATE_NOOP("OpenSpace", "report done"),
}
STATUS_COLOR = {
    ReportStatus.MISSING: QColor("#9ca3af"),
    ReportStatus.DRAFT: QColor("#d97706"),
    ReportStatus.DONE: QColor("#15803d"),
}
# Each status has its shape as well as its colour (colour is never the only signal).
STATUS_ICON = {
    ReportStatus.MISSING: "circle",
    ReportStatus.DRAFT: "circle-dashed",
    ReportStatus.DONE: "circle-check",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("OpenSpace", text)


def status_text(status: ReportStatus) -> str:
    return tr(STATUS[status])


def conflict_text(c: Conflict, board: Board) -> str:
    """One conflict as a sentence for the facilitator."""
    titles = [t.title for tid in c.topics if (t := board.topic(tid)) is not None]
    first = titles[0] if titles else ""
    slot = ""
    if c.cell is not None:
        slot = next((dates.slot_label(s) for s in board.slots if s.id == c.cell[1]), "")
    elif c.topics and (cell := board.placed.get(c.topics[0])):
        slot = next((dates.slot_label(s) for s in board.slots if s.id == cell[1]), "")
    if c.kind == ConflictKind.CONVENER:
        text = QCoreApplication.translate("OpenSpace", "%1 convenes two workshops at %2: %3")
        return text.replace("%1", c.detail).replace("%2", slot).replace("%3", " / ".join(titles))
    if c.kind == ConflictKind.CAPACITY:
        text = QCoreApplication.translate("OpenSpace", "“%1”: more interested than seats (%2)")
        return text.replace("%1", first).replace("%2", c.detail)
    if c.kind == ConflictKind.DOUBLE:
        text = QCoreApplication.translate("OpenSpace", "Two topics share one cell at %1: %2")
        return text.replace("%1", slot).replace("%2", " / ".join(titles))
    text = QCoreApplication.translate(
        "OpenSpace", "“%1” is in a slot outside the Open Space hours (%2)"
    )
    return text.replace("%1", first).replace("%2", slot)


def status_icon(status: ReportStatus) -> QIcon:
    """A report's status as an icon of the shipped set: its shape and its colour."""
    return theme.icon(STATUS_ICON[status], STATUS_COLOR[status])


def status_short(status: ReportStatus) -> str:
    return tr(STATUS_SHORT[status])
