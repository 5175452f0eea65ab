"""The podium's words for its keys: what the next PageDown and PageUp will do, what a captured
note became, and where the keyboard is. In the interface's language (context "StepTexts")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitateur.models.agenda.podium_steps import NextStep, PastStep, StepKind, UndoKind
from facilitateur.models.notes.capture import Capture
from facilitateur.models.notes.model import NoteKind
from facilitateur.ui import dates
from facilitateur.ui.noop import QT_TRANSLATE_NOOP
from facilitateur.ui.notes.notes_model import KIND_NAMES

NEXT_WORDS = {
    StepKind.GIVE_FLOOR: QT_TRANSLATE_NOOP("StepTexts", "PgDn → give the floor to %1"),
    StepKind.END_TURN: QT_TRANSLATE_NOOP("StepTexts", "PgDn → end %1’s turn (nobody waits)"),
    StepKind.NEXT_BLOCK: QT_TRANSLATE_NOOP("StepTexts", "PgDn → next block: %1"),
    StepKind.END_BLOCK: QT_TRANSLATE_NOOP("StepTexts", "PgDn → end “%1”, the last block"),
    StepKind.START_BLOCK: QT_TRANSLATE_NOOP("StepTexts", "PgDn → start “%1”"),
    StepKind.DAY_OVER: QT_TRANSLATE_NOOP("StepTexts", "PgDn → nothing: the day is over"),
}
BACK_WORDS = {
    UndoKind.TURN_STARTED: QT_TRANSLATE_NOOP("StepTexts", "PgUp → undo: %1’s turn started"),
    UndoKind.TURN_ENDED: QT_TRANSLATE_NOOP("StepTexts", "PgUp → undo: %1’s turn ended"),
    UndoKind.BLOCK_STARTED: QT_TRANSLATE_NOOP("StepTexts", "PgUp → undo: “%1” started"),
    UndoKind.BLOCK_ENDED: QT_TRANSLATE_NOOP("StepTexts", "PgUp → undo: “%1” ended"),
}
FIELD_NAMES = {
    "noteCapture": QT_TRANSLATE_NOOP("StepTexts", "the note"),
    "noteAuthor": QT_TRANSLATE_NOOP("StepTexts", "the note-taker’s name"),
    "speakerQuickAdd": QT_TRANSLATE_NOOP("StepTexts", "the speaker to add"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("StepTexts", text)


def next_words(step: NextStep | None) -> str:
    """`PgDn → give the floor to Florence RAINEIX`, `PgDn → next block: Table ronde` …"""
    if step is None:
        return ""
    return tr(NEXT_WORDS[step.kind]).replace("%1", step.speaker or step.block)


def back_words(past: PastStep | None) -> str:
    """`PgUp → undo: Florence RAINEIX’s turn started`, or why PageUp has nothing to undo."""
    if past is None:
        return tr(QT_TRANSLATE_NOOP("StepTexts", "PgUp → nothing to undo"))
    if past.overtaken:
        return tr(
            QT_TRANSLATE_NOOP(
                "StepTexts", "PgUp → cannot undo: the timers moved since (Ctrl+Z undoes)"
            )
        )
    return tr(BACK_WORDS[past.kind]).replace("%1", past.speaker or past.block)


def typing_words(field_name: str) -> str:
    """The line that says the keyboard is in a field, not with the podium."""
    where = tr(FIELD_NAMES.get(field_name, QT_TRANSLATE_NOOP("StepTexts", "a field")))
    return tr(
        QT_TRANSLATE_NOOP(
            "StepTexts",
            "⌨ Typing in %1: letters and Space type here, PgDn/PgUp still drive the podium. Enter or Esc gives the keys back.",
        )
    ).replace("%1", where)


def note_words(capture: Capture) -> str:
    """What a note captured at the podium became: `✓ Action · pour Marie · avant le 15/03/2026 —
    “Envoyer le compte rendu”`."""
    kind = QCoreApplication.translate("NotesModel", KIND_NAMES.get(capture.kind, "Note"))
    parts = [tr(QT_TRANSLATE_NOOP("StepTexts", "✓ Saved as: %1")).replace("%1", kind)]
    if capture.owner:
        parts.append(tr(QT_TRANSLATE_NOOP("StepTexts", "for %1")).replace("%1", capture.owner))
    if capture.due:
        day = dates.short_date(capture.due)
        parts.append(tr(QT_TRANSLATE_NOOP("StepTexts", "by %1")).replace("%1", day))
    elif capture.kind == NoteKind.ACTION:
        parts.append(tr(QT_TRANSLATE_NOOP("StepTexts", "no deadline")))
    if capture.kind == NoteKind.ACTION and not capture.owner:
        parts.append(tr(QT_TRANSLATE_NOOP("StepTexts", "nobody named (@who)")))
    return (
        tr(QT_TRANSLATE_NOOP("StepTexts", "%1 — “%2”"))
        .replace("%1", " · ".join(parts))
        .replace("%2", capture.text)
    )
