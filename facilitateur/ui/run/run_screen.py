"""Animer / Run: the podium view. The most important facts are top and large: time left, what
runs, how late the day is, what comes next. Driven from the keyboard or a presenter clicker."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from facilitateur.clock import Clock, SystemClock
from facilitateur.models.agenda import AgendaBlock, Person
from facilitateur.models.commands.core import Changes
from facilitateur.models.podium import Podium, PodiumReading, load_podium
from facilitateur.models.speakers import block_queue
from facilitateur.models.timing import Phase, next_change
from facilitateur.ui import theme
from facilitateur.ui.actions import ActionId
from facilitateur.ui.qt_event import QtEvent, note_saved
from facilitateur.ui.run.note_capture import NoteCapture
from facilitateur.ui.run.podium_commands import PodiumCommands
from facilitateur.ui.run.podium_labels import PodiumLabels, empty_page, key_hints, label
from facilitateur.ui.run.speaker_panel import SpeakerPanel
from facilitateur.ui.run.stage_control import StageControl
from facilitateur.ui.run.stage_window import StageWindow
from facilitateur.ui.run.ticker import Ticker

RUN_ACTIONS = (
    ActionId.RUN_TOGGLE,
    ActionId.RUN_NEXT,
    ActionId.RUN_PREVIOUS,
    ActionId.RUN_END,
    ActionId.RUN_PLUS,
    ActionId.RUN_MINUS,
    ActionId.RUN_BLACKOUT,
    ActionId.RUN_MESSAGE,
)
SPEAKER_ACTIONS = (
    ActionId.SPEAKER_NEXT,
    ActionId.SPEAKER_STOP,
    ActionId.SPEAKER_PAUSE,
    ActionId.SPEAKER_READD,
    ActionId.SPEAKER_ADD,
    ActionId.SPEAKER_UP,
    ActionId.SPEAKER_DOWN,
    ActionId.SPEAKER_REMOVE,
)
WATCHED = ("timer_transition", "agenda_block", "day", "event", "speaker_entry", "person")


class RunScreen(PodiumCommands, QWidget):
    status = Signal(str)
    prepare_requested = Signal()

    def __init__(
        self, actions: dict[ActionId, QAction], clock: Clock | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clock = clock or SystemClock()
        self.current: QtEvent | None = None
        self.podium: Podium | None = None
        self.reading: PodiumReading | None = None
        self.action_map = actions
        self.stage = StageWindow()
        self.ticker = Ticker(self.clock, self)
        self.ticker.tick.connect(self.render)
        self.ticker.jumped.connect(self._clock_jumped)
        self._blink = QTimer(self, interval=500)
        self._blink.timeout.connect(self._toggle_blink)
        self._blink_on = True
        self._reload_pending = False

        self.banner = QLabel(objectName="clockBanner")
        self.banner.setStyleSheet(f"background:{theme.WARNING.name()}; color:white; padding:6px;")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.labels = PodiumLabels()
        lab = self.labels
        self.title, self.detail, self.speakers = lab.title, lab.detail, lab.speakers
        self.clock_label, self.offset, self.projected = lab.clock_label, lab.offset, lab.projected
        self.digits, self.phase, self.progress = lab.digits, lab.phase, lab.progress
        self.next_label, self.message_label = lab.next_label, lab.message_label
        self.hints = label("runHints", 13)
        self.hints.setWordWrap(True)
        self.hints.setStyleSheet("color: gray")
        self.stage_control = StageControl(self.stage)
        self.stage_control.shown.connect(self._stage_shown)
        self.speaker_panel = SpeakerPanel(actions)
        self.capture = NoteCapture(self._run, self._note_links)
        self.capture.saved.connect(lambda: self.status.emit(note_saved(self.current)))
        self.capture.line.leave.connect(self.setFocus)
        self.speaker_panel.command.connect(self._run)
        self.empty = empty_page(self.prepare_requested)

        line = QFrame(frameShape=QFrame.Shape.HLine)
        foot = QHBoxLayout()
        foot.addWidget(self.next_label, 1)
        foot.addWidget(self.stage_control)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(lab.head())
        middle = QHBoxLayout()
        middle.addLayout(lab.timer_column(), 5)
        middle.addWidget(self.speaker_panel, 3)
        body.addLayout(middle, 1)
        body.addWidget(self.capture)
        body.addWidget(line)
        body.addLayout(foot)
        body.addWidget(self.hints)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.banner)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.empty, 1)

        handlers = {
            ActionId.RUN_TOGGLE: self.toggle,
            ActionId.RUN_NEXT: self.next,
            ActionId.SPEAKER_NEXT: lambda: self._speaker("speaker.next"),
            ActionId.SPEAKER_STOP: lambda: self._speaker("speaker.stop"),
            ActionId.SPEAKER_PAUSE: self.toggle_speaker,
            ActionId.SPEAKER_READD: lambda: self._speaker("speaker.readd"),
            ActionId.RUN_PREVIOUS: lambda: self._run("timer.previous"),
            ActionId.RUN_END: lambda: self._run("timer.end"),
            ActionId.RUN_PLUS: lambda: self._run("timer.adjust", {"seconds": 60}),
            ActionId.RUN_MINUS: lambda: self._run("timer.adjust", {"seconds": -60}),
            ActionId.RUN_BLACKOUT: lambda: self._run("stage.blackout"),
            ActionId.RUN_MESSAGE: self.ask_message,
            ActionId.RUN_STAGE: self.stage_control.toggle,
            ActionId.RUN_REPLAN: self.open_replan,
            ActionId.NOTE_CAPTURE: self.capture.line.setFocus,
            ActionId.SPEAKING_TIME: self.open_speaking_time,
        }
        for action_id, slot in handlers.items():
            actions[action_id].triggered.connect(slot)
        for action_id in (*RUN_ACTIONS, *SPEAKER_ACTIONS):
            self.addAction(actions[action_id])
            self.stage.addAction(actions[action_id])
        self.stage.addAction(actions[ActionId.RUN_STAGE])
        self.hints.setText(key_hints())

    # The event -------------------------------------------------------------------------------
    def set_event(self, event: QtEvent | None) -> None:
        self.current = event
        if event is not None:
            event.changed.connect(self._on_changed)
            event.notice.connect(self.status)  # its keys' "nothing to do now" (quiet runs)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*WATCHED) and not self._reload_pending:
            self._reload_pending = True
            QTimer.singleShot(0, self.reload)

    def reload(self) -> None:
        """Read the day again (after a command), then show it."""
        self._reload_pending = False
        self.podium = None
        entries, people, categories, block_id = [], [], [], None
        if self.current is not None:
            with self.current.file.session() as s:
                now = self.clock.now()
                self.podium = load_podium(s, now)
                cursor = self.podium.at(now).block
                if cursor is not None:
                    block_id = cursor.id
                    entries = block_queue(s, s.get(AgendaBlock, cursor.id))
                people = list(s.scalars(select(Person.name).order_by(Person.name)))
                categories = [c for c in s.scalars(select(Person.category).distinct()) if c]
        self.speaker_panel.show_queue(block_id, entries, people, categories)

        has_blocks = bool(self.podium and self.podium.blocks)
        self.body.setVisible(has_blocks)
        self.empty.setVisible(not has_blocks)
        self.render()

    def _run(self, cmd: str, args: dict | None = None) -> Changes | None:
        if self.current is None:
            return None
        changes = self.current.run(cmd, args or {}, quiet=True)
        if changes is not None and (over := changes.result.get("turn_limit")):
            text = self.tr("%1 has already spoken %n time(s) (limit %2)", "", over["turns"])
            self.status.emit(text.replace("%1", over["name"]).replace("%2", str(over["limit"])))
        return changes

    def _note_links(self) -> dict | None:
        """A captured note goes to the block under way (or next), to the segment and person
        who has the floor; a quote is theirs."""
        if self.reading is None or self.reading.block is None:
            self.status.emit(self.tr("No block to attach the note to"))
            return None
        speaking = self.speaker_panel.under_way()
        links = {"block": str(speaking.block_id if speaking else self.reading.block.id)}
        if speaking is not None:
            links["speaker"] = speaking.name
        return links

    # Showing ---------------------------------------------------------------------------------

    def active(self) -> bool:
        return self.isVisible() or self.stage.isVisible()

    def render(self) -> None:
        """Show the podium at this instant and arm the tick for the next change."""
        if self.podium is None:
            self.ticker.stop()
            return
        now = self.clock.now()
        r = self.reading = self.podium.at(now)
        speaker = self.labels.show(self.podium, r, now, self._blink_on, self.palette())
        warning, danger = (r.block.warning, r.block.danger) if r.block else (120, 60)
        spoken = self.speaker_panel.show_time(now, warning, danger)
        self.stage.show_reading(self.podium, r, speaker, spoken)
        blinking = r.phase == Phase.OVERTIME or (
            self.podium.stage_message and self.podium.stage_blink
        )
        if blinking and not self._blink.isActive():
            self._blink.start()
        elif not blinking and self._blink.isActive():
            self._blink.stop()
            self._blink_on = True
            self.stage.blink(True)
        if self.active():
            # A speaker's countdown may change between the block's seconds: wake for both.
            changes = [c for c in (r.next_change, self._speaker_change(now)) if c is not None]
            self.ticker.schedule(min(changes) if changes else None)

    def _speaker_change(self, now):
        e = self.speaker_panel.under_way()
        return next_change(e.reading(now), now) if e is not None else None

    def _toggle_blink(self) -> None:
        self._blink_on = not self._blink_on
        self.stage.blink(self._blink_on)
        if self.reading is not None and self.podium is not None:
            overtime = self.reading.phase == Phase.OVERTIME
            self.digits.setVisible(self._blink_on or not overtime)
            self.stage.show_reading(self.podium, self.reading, self.speakers.text())

    def _clock_jumped(self, drift) -> None:
        minutes = round(drift.total_seconds() / 60)
        text = self.tr(
            "The computer's clock jumped by %1 min (sleep or clock change). Times are counted from the clock: check the timer."
        ).replace("%1", f"{minutes:+d}")
        self.banner.setText(text)
        self.banner.show()
        self.status.emit(text)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.setFocus()
        self.render()

    def _stage_shown(self) -> None:
        self.window().activateWindow()  # the keyboard stays with the laptop
        self.setFocus()
        self.render()

    def closeEvent(self, event) -> None:
        self.stage.close()
        super().closeEvent(event)
