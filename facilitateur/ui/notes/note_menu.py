"""A note's context menu in the notes' tables: move it, name its speaker, make it internal or
public, delete it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from facilitateur.models.agenda.read import outline, person_names
from facilitateur.models.commands.front import Commands
from facilitateur.models.notes.query import NoteRow
from facilitateur.models.storage.store import EventFile


class NoteMenu(QMenu):
    def __init__(
        self,
        run: Callable[[str, dict], object],
        file: EventFile,
        row: NoteRow,
        delete: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        note = str(row.id)
        commands = Commands(run)
        move = self.addMenu(self.tr("Move to"))
        for b in outline(file):
            move.addAction(
                f"    {b.title}" if b.segment else b.title,
                partial(commands.note_move, note, block=str(b.id)),
            )
        names = person_names(file)
        who = self.addMenu(self.tr("Speaker"))
        who.addAction(self.tr("(nobody)"), lambda: commands.note_update(note, speaker=""))
        for name in names:
            who.addAction(name, partial(commands.note_update, note, speaker=name))
        flag = self.tr("Make public") if row.internal else self.tr("Make internal (moderator only)")
        self.addAction(flag, lambda: commands.note_update(note, internal=not row.internal))
        self.addAction(delete)
