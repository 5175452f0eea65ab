"""A note's context menu in the notes' tables: move it, name its speaker, make it internal or
public, delete it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget
from sqlalchemy import select

from facilitateur.models import queries
from facilitateur.models.agenda.model import Person
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
        move = self.addMenu(self.tr("Move to"))
        with file.session() as s:
            for day in queries.days(s):
                for b in queries.top_blocks(s, day.id):
                    move.addAction(
                        b.title,
                        partial(run, "note.move", {"note": note, "block": str(b.id)}),
                    )
                    for seg in queries.segments(s, b.id):
                        move.addAction(
                            f"    {seg.title}",
                            partial(run, "note.move", {"note": note, "block": str(seg.id)}),
                        )
            names = list(s.scalars(select(Person.name).order_by(Person.name)))
        who = self.addMenu(self.tr("Speaker"))
        who.addAction(
            self.tr("(nobody)"), lambda: run("note.update", {"note": note, "speaker": ""})
        )
        for name in names:
            who.addAction(name, partial(run, "note.update", {"note": note, "speaker": name}))
        flag = self.tr("Make public") if row.internal else self.tr("Make internal (moderator only)")
        self.addAction(
            flag, lambda: run("note.update", {"note": note, "internal": not row.internal})
        )
        self.addAction(delete)
