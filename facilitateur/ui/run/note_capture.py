"""The one-line note capture: saved as it is typed, linked to what is happening.

The note is created half a second after the first keystroke and updated as the line changes
(kind, owner and deadline read again from the prefixes), so a crash loses at most the last half
second; Enter finishes it and clears the line for the next one.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from facilitateur.models.commands.front import Commands
from facilitateur.models.notes.capture import Capture, parse_capture
from facilitateur.ui import dates
from facilitateur.ui.run.podium_field import PodiumField

AUTHOR_KEY = "notes/author"
SAVE_MS = 500


class NoteCapture(QWidget):
    """`D: …` decision, `A: … @who avant le 15/03` action, `? …` question, `« …` quote.

    `run` carries out a command and returns its changes (None when refused); `links` gives the
    block and speaker a new note belongs to (None: nowhere to attach it).
    """

    saved = Signal()
    finished = Signal(object)  # Enter: the Capture just completed (None when the line was empty)

    def __init__(
        self,
        run: Callable[[str, dict[str, Any]], Any],
        links: Callable[[], dict[str, Any] | None],
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._run, self._links = run, links
        self.commands = Commands(run)
        # `demain`, `vendredi`, `in two weeks` count from the podium's day (its clock's).
        self._today = today
        self.note_id: uuid.UUID | None = None
        self._saved_args: dict[str, Any] = {}
        self.line = PodiumField("noteCapture")
        # The deadline in this language's form (`avant le 15/03`, `by Mar 15`), which the
        # note's reader reads back.
        example = dates.day_month(date(date.today().year, 3, 15))
        self.line.setPlaceholderText(
            self.tr(
                "Note — D: decision, A: action @who by %1, ? question, « quote (Ctrl+K, Esc)"
            ).replace("%1", example)
        )
        self.line.setAccessibleName(self.tr("Note"))
        self.author = PodiumField("noteAuthor")
        self.author.setAccessibleName(self.tr("Note-taker"))
        self.author.setPlaceholderText(self.tr("Note-taker"))
        self.author.setToolTip(self.tr("Who writes the notes (remembered)"))
        self.author.setMaximumWidth(160)
        self.author.setText(str(QSettings().value(AUTHOR_KEY, "") or ""))
        self.author.editingFinished.connect(
            lambda: QSettings().setValue(AUTHOR_KEY, self.author.text().strip())
        )
        self.timer = QTimer(self, singleShot=True, interval=SAVE_MS)
        self.timer.timeout.connect(self.save)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.author)
        self.line.textEdited.connect(self._typed)
        self.line.returnPressed.connect(self.finish)
        self.line.left.connect(self.save)

    def _typed(self) -> None:
        if not self.timer.isActive():
            self.timer.start()

    def _args(self) -> dict[str, Any]:
        c = self._capture()
        return {
            "kind": c.kind,
            "text": c.text,
            "owner": c.owner,
            "due": c.due.isoformat() if c.due else None,
        }

    def _capture(self) -> Capture:
        return parse_capture(self.line.text(), self._today(), dates.current_forms().month_first)

    def save(self) -> None:
        """Write the line now (a new note, or the one being typed)."""
        self.timer.stop()
        args = self._args()
        if self.note_id is None:
            if not args["text"]:
                return
            links = self._links()
            if links is None:
                return
            changes = self.commands.note_add(
                **{**links, **args, "author": self.author.text().strip()}
            )
            if changes is not None:
                self.note_id, self._saved_args = uuid.UUID(changes.result["id"]), args
                self.saved.emit()
        elif not args["text"]:
            if self.commands.note_remove(str(self.note_id)) is not None:
                self.note_id, self._saved_args = None, {}
        elif (
            args != self._saved_args
            and self.commands.note_update(str(self.note_id), **args) is not None
        ):
            self._saved_args = args

    def finish(self) -> None:
        """Enter: the note is complete; the line is ready for the next one. `finished` says
        what it became (the podium shows it, then takes the keyboard back)."""
        capture = self._capture()
        self.save()
        kept = self.note_id is not None
        self.note_id, self._saved_args = None, {}
        self.line.clear()
        self.finished.emit(capture if kept else None)
