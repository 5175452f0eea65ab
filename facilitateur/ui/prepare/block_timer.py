"""The selected block's timer: display mode and its own warning / danger thresholds."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QSpinBox, QWidget

from facilitateur.models.agenda.model import TimerMode
from facilitateur.models.agenda.read import block_timer, event_settings
from facilitateur.models.commands.front import Commands
from facilitateur.models.storage.store import EventFile
from facilitateur.ui.naming import named

DEFAULT = -1  # the spin box's special value: use the event's default


class BlockTimerSettings(QWidget):
    def __init__(
        self, run: Callable[[str, dict[str, Any]], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("blockTimer")
        self._run = run
        self.commands = Commands(run)
        self._loading = False
        self.block_id: uuid.UUID | None = None
        self.mode = named(QComboBox(), "timerMode")
        for mode, text in (
            (TimerMode.COUNTDOWN, self.tr("Countdown")),
            (TimerMode.ELAPSED, self.tr("Elapsed time")),
            (TimerMode.TARGET, self.tr("Time to the planned end")),
        ):
            self.mode.addItem(text, mode.value)
        self.warning = self._spin("timerWarning")
        self.danger = self._spin("timerDanger")
        self.speaking = self._spin("blockSpeaking")
        # Two rows, so the agenda keeps its width on a 1366-pixel screen.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for row, col, label, widget in (
            (0, 0, self.tr("Timer"), self.mode),
            (0, 2, self.tr("Speaking time"), self.speaking),
            (1, 0, self.tr("Warning"), self.warning),
            (1, 2, self.tr("Danger"), self.danger),
        ):
            name = QLabel(label)
            name.setBuddy(widget)  # what a screen reader says for the field
            layout.addWidget(name, row, col)
            layout.addWidget(widget, row, col + 1)
        layout.setColumnStretch(4, 1)

        self.mode.activated.connect(lambda _i: self._save("timer_mode", self.mode.currentData()))
        self.warning.editingFinished.connect(
            lambda: self._save_minutes("warning_seconds", self.warning)
        )
        self.danger.editingFinished.connect(
            lambda: self._save_minutes("danger_seconds", self.danger)
        )
        self.speaking.editingFinished.connect(
            lambda: self._save_minutes("speaker_seconds", self.speaking)
        )

    def _spin(self, name: str) -> QSpinBox:
        box = named(QSpinBox(minimum=DEFAULT, maximum=120, suffix=" min"), name)
        return box

    def load(self, ef: EventFile | None, block_id: uuid.UUID | None) -> None:
        """Show the block's settings (disabled when no block is selected)."""
        self._loading = True
        self.block_id = block_id
        block = None
        if ef is not None and block_id is not None:
            block = block_timer(ef, block_id)
        self.setEnabled(block is not None)
        if block is not None:
            self.mode.setCurrentIndex(max(self.mode.findData(block.mode), 0))
            values = (block.warning_seconds, block.danger_seconds, block.speaker_seconds)
            defaults = (block.default_warning, block.default_danger, block.default_speaker)
        elif ef is not None:
            # No block selected (or none yet): the event's own defaults, never the last
            # block's, nor another event's.
            ev = event_settings(ef)
            self.mode.setCurrentIndex(0)
            values = (None, None, None)
            defaults = (ev.warning_seconds, ev.danger_seconds, ev.speaker_seconds)
        else:
            self._loading = False
            return
        for box, value, default in zip(
            (self.warning, self.danger, self.speaking), values, defaults, strict=True
        ):
            text = self.tr("default (%1 min)").replace("%1", str(default // 60))
            box.setSpecialValueText(text)
            box.setMinimumWidth(box.fontMetrics().horizontalAdvance(text) + 48)
            box.setValue(DEFAULT if value is None else value // 60)
        self._loading = False

    def _save(self, key: str, value: Any) -> None:
        if not self._loading and self.block_id is not None:
            self.commands.block_update(str(self.block_id), **{key: value})

    def _save_minutes(self, key: str, box: QSpinBox) -> None:
        self._save(key, None if box.value() == DEFAULT else box.value() * 60)
