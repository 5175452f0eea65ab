"""Names of block kinds as the user reads them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitateur.models.agenda.model import BlockKind
from facilitateur.ui.noop import QT_TRANSLATE_NOOP

KIND_NAMES = {
    BlockKind.WELCOME: QT_TRANSLATE_NOOP("Kinds", "Welcome"),
    BlockKind.PLENARY: QT_TRANSLATE_NOOP("Kinds", "Plenary"),
    BlockKind.TALK: QT_TRANSLATE_NOOP("Kinds", "Talk"),
    BlockKind.PANEL: QT_TRANSLATE_NOOP("Kinds", "Round table"),
    BlockKind.FILM: QT_TRANSLATE_NOOP("Kinds", "Film"),
    BlockKind.BREAK: QT_TRANSLATE_NOOP("Kinds", "Break"),
    BlockKind.MEAL: QT_TRANSLATE_NOOP("Kinds", "Meal"),
    BlockKind.WORKSHOP: QT_TRANSLATE_NOOP("Kinds", "Workshop"),
    BlockKind.OPEN_SPACE: QT_TRANSLATE_NOOP("Kinds", "Open Space"),
    BlockKind.REPORT_BACK: QT_TRANSLATE_NOOP("Kinds", "Report-back"),
    BlockKind.Q_AND_A: QT_TRANSLATE_NOOP("Kinds", "Questions and answers"),
    BlockKind.CLOSING: QT_TRANSLATE_NOOP("Kinds", "Closing"),
    BlockKind.OTHER: QT_TRANSLATE_NOOP("Kinds", "Other"),
}


def kind_label(kind: str) -> str:
    """The translated name of a block kind."""
    try:
        return QCoreApplication.translate("Kinds", KIND_NAMES[BlockKind(kind)])
    except ValueError:
        return kind
