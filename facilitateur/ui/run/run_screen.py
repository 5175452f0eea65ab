"""Animer / Run: the podium view. The most important facts are top and large: time left, what
runs, how late the day is, what comes next. Driven from the keyboard or a presenter clicker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from facilitateur.clock import Clock, SystemClock
from facilitateur.models.agenda.podium import Podium, PodiumReading
from facilitateur.models.agenda.podium_page import read_podium_page
from facilitateur.models.agenda.podium_steps import NextStep, PastStep
from facilitateur.models.agenda.read import deadline_day
from facilitateur.models.agenda.timing import Phase, RunState, next_change
from facilitateur.models.commands.core import Changes
from facilitateur.models.commands.front import Commands
from facilitateur.models.speakers.queue import SpeakerStatus
from facilitateur.models.storage.base import TableName
from facilitateur.ui import theme
from facilitateur.ui.actions import ActionId
from facilitateur.ui.naming import named
from facilitateur.ui.qt_event import QtEvent, note_saved
from facilitateur.ui.run.clicker import is_text_input
from facilitateur.ui.run.note_capture import NoteCapture
from facilitateur.ui.run.podium_labels import PodiumLabels, empty_page, key_hints, label
from facilitateur.ui.run.speaker_panel import Floor, SpeakerPanel
from facilitateur.ui.run.stage_control import StageControl
from facilitateur.ui.run.stage_window import StageWindow
from facilitateur.ui.run.step_texts import back_words, next_words, note_words, typing_words
from facilitateur.ui.run.ticker import Ticker

NOTE_ECHO_MS = 6000  # how long the podium shows what a captured note became

RUN_ACTIONS = (
    ActionId.RUN_TOGGLE,
    ActionId.RUN_NEXT,
    ActionId.RUN_BACK,
    ActionId.RUN_TAKE_UP,
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
WATCHED = (
    TableName.TIMER_TRANSITION,
    TableName.AGENDA_BLOCK,
    TableName.DAY,
    TableName.EVENT,
    TableName.SPEAKER_ENTRY,
    TableName.PERSON,
)


class RunScreen(QWidget):
    status = Signal(str)
    prepare_requested = Signal()
    podium_requested = Signal()  # F5 from another view: show the podium with the stage display

    def __init__(
        self, actions: dict[ActionId, QAction], clock: Clock | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Podium"))
        self.clock = clock or SystemClock()
        self.current: QtEvent | None = None
        self.podium: Podium | None = None
        self.reading: PodiumReading | None = None
        self.action_map = actions
        self.stage = StageWindow()
        self.ticker = Ticker(self.clock, self)
        self.ticker.tick.connect(self.refresh)
        self.ticker.jumped.connect(self._clock_jumped)
        self._blink = QTimer(self, interval=500)
        self._blink.timeout.connect(self._toggle_blink)
        self._blink_on = True
        self._reload_pending = False
        self._event_dates: tuple[date, ...] = ()  # read with the podium (see _deadline_day)

        self.banner = named(QLabel(), "clockBanner")
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
        self.hints.setMinimumHeight(36)  # the typing banner takes its place without a jump
        self.next_step, self.back_step = lab.next_step, lab.back_step
        self.screen_notice = named(QLabel(wordWrap=True), "screenNotice")
        self.screen_notice.setStyleSheet(
            f"background:{theme.ACCENT.name()}; color:white; padding:6px; font-weight:bold;"
        )
        self.screen_notice.hide()
        self.stage_control = StageControl(self.stage)
        self.stage_control.shown.connect(self._stage_shown)
        self.stage_control.notice.connect(self._screen_notice)
        self.speaker_panel = SpeakerPanel(actions)
        self.capture = NoteCapture(self._run, self._note_links, today=self._deadline_day)
        self.capture.saved.connect(lambda: self.status.emit(note_saved(self.current)))
        self.note_echo = label("noteEcho", 15, bold=True)
        self.note_echo.setFixedHeight(26)  # always there, empty when silent: nothing moves
        self._echo_timer = QTimer(self, singleShot=True, interval=NOTE_ECHO_MS)
        self._echo_timer.timeout.connect(lambda: self._echo(""))
        # Enter or Esc in a field of the podium hands the keyboard back at once, so that the
        # next Space pauses and the next B blacks out.
        self.capture.finished.connect(self._note_finished)
        for field in (self.capture.line, self.capture.author, self.speaker_panel.quick):
            field.leave.connect(self.take_keyboard)
        self.capture.author.returnPressed.connect(self.take_keyboard)
        self.speaker_panel.done.connect(self.take_keyboard)
        self.speaker_panel.command.connect(self._run)
        queue = self.speaker_panel.queue  # a stage window on one screen goes over it
        self.stage_control.home = lambda: QRect(queue.mapToGlobal(QPoint(0, 0)), queue.size())
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
        body.addWidget(self.note_echo)
        body.addWidget(line)
        body.addLayout(foot)
        body.addWidget(self.hints)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.banner)
        layout.addWidget(self.screen_notice)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.empty, 1)

        handlers = {
            ActionId.RUN_TOGGLE: self.toggle,
            ActionId.RUN_NEXT: self.next,
            ActionId.SPEAKER_NEXT: lambda: self._speaker(self.commands.speaker_next),
            ActionId.SPEAKER_STOP: lambda: self._speaker(self.commands.speaker_stop),
            ActionId.SPEAKER_PAUSE: self.toggle_speaker,
            ActionId.SPEAKER_READD: lambda: self._speaker(self.commands.speaker_readd),
            ActionId.RUN_BACK: lambda: self.commands.podium_back(),
            ActionId.RUN_TAKE_UP: self.open_take_up,
            ActionId.RUN_END: lambda: self.commands.timer_end(),
            ActionId.RUN_PLUS: lambda: self.commands.timer_adjust(60),
            ActionId.RUN_MINUS: lambda: self.commands.timer_adjust(-60),
            ActionId.RUN_BLACKOUT: lambda: self.commands.stage_blackout(),
            ActionId.RUN_MESSAGE: self.ask_message,
            ActionId.RUN_STAGE: self.show_stage,
            ActionId.RUN_REPLAN: self.open_replan,
            ActionId.NOTE_CAPTURE: self.capture.line.setFocus,
            ActionId.SPEAKING_TIME: self.open_speaking_time,
        }
        for action_id, slot in handlers.items():
            actions[action_id].triggered.connect(slot)
        for action_id in (*RUN_ACTIONS, *SPEAKER_ACTIONS):
            self.addAction(actions[action_id])
        pulse = actions[ActionId.STAGE_PULSE]
        pulse.setCheckable(True)
        pulse.setChecked(self.stage.pulse)
        pulse.toggled.connect(self.stage_control.set_pulse)
        self._typing: str | None = None
        self._show_hints()
        app = QApplication.instance()
        assert isinstance(app, QApplication)  # the interface runs in its application
        app.focusChanged.connect(self._focus_changed)

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
        steps: tuple[NextStep | None, PastStep | None] = (None, None)
        if self.current is not None:
            page = read_podium_page(self.current.file, self.clock.now())
            self._event_dates = page.dates
            self.podium, block_id, entries = page.podium, page.block_id, list(page.queue)
            people, categories = list(page.people), list(page.categories)
            steps = (page.next_step, page.last_step)
        self.speaker_panel.show_queue(block_id, entries, people, categories)
        # What the clicker's keys will do, said before they are pressed.
        self.next_step.setText(next_words(steps[0]))
        self.back_step.setText(back_words(steps[1]) if steps[0] is not None else "")

        has_blocks = bool(self.podium and self.podium.blocks)
        self.body.setVisible(has_blocks)
        self.empty.setVisible(not has_blocks)
        self.refresh()

    @property
    def commands(self) -> Commands[Changes | None]:
        """The commands as methods, sent as the podium's keys are (`_run`: quiet, see
        QtEvent.run); nothing is sent when no event is open."""
        return Commands(self._run)

    def _run(self, cmd: str, args: dict | None = None) -> Changes | None:
        if self.current is None:
            return None
        changes = self.current.run(cmd, args or {}, quiet=True)
        if changes is not None and (over := changes.result.get("turn_limit")):
            text = self.tr("%1 has already spoken %n times (limit %2)", "", over["turns"])
            self.status.emit(text.replace("%1", over["name"]).replace("%2", str(over["limit"])))
        if changes is not None and (kept := changes.result.get("kept")):
            # What was typed and not kept first: the status bar cuts a long message at its end.
            text = self.tr("%1 not kept: %2 stays as on file (%3)")
            typed = ", ".join(self.tr("“%1”").replace("%1", t) for t in kept["typed"])
            on_file = " · ".join(kept["on_file"])
            self.status.emit(
                text.replace("%1", typed).replace("%2", kept["name"]).replace("%3", on_file)
            )
        return changes

    def _deadline_day(self) -> date:
        """The day a note's deadline counts from (`vendredi`, `15/03`): the meeting's, from the
        days read with the podium (a note is typed even while a shared server is away)."""
        return deadline_day(self._event_dates, self.clock.now().astimezone().date())

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

    def refresh(self) -> None:
        """Show the podium at this instant and arm the tick for the next change."""
        if self.podium is None:
            self.ticker.stop()
            return
        now = self.clock.now()
        r = self.reading = self.podium.at(now)
        self.labels.show(self.podium, r, now, self._blink_on, self.palette())
        warning, danger = (r.block.warning, r.block.danger) if r.block else (120, 60)
        floor = self.speaker_panel.show_time(now, warning, danger)
        self.stage.show_reading(self.podium, r, now, floor)
        blinking = self._overtime(r, floor) or (
            self.podium.stage_message and self.podium.stage_blink
        )
        if blinking and not self._blink.isActive():
            self._blink.start()
        elif not blinking and self._blink.isActive():
            self._blink.stop()
            self._set_blink(True)
        if self.active():
            # A speaker's countdown may change between the block's seconds: wake for both.
            changes = [c for c in (r.next_change, self._speaker_change(now)) if c is not None]
            self.ticker.schedule(min(changes) if changes else None)

    @staticmethod
    def _overtime(r: PodiumReading, floor: Floor | None) -> bool:
        return r.phase == Phase.OVERTIME or (floor is not None and floor.phase == Phase.OVERTIME)

    def _speaker_change(self, now):
        e = self.speaker_panel.under_way()
        return next_change(e.reading(now), now) if e is not None else None

    def _toggle_blink(self) -> None:
        # Only the blink itself changes: what the stage shows (whose countdown, which name)
        # was set by the last render and stays.
        self._set_blink(not self._blink_on)

    def _set_blink(self, on: bool) -> None:
        self._blink_on = on
        self.stage.blink(on)
        self.labels.blink(on or self.reading is None or self.reading.phase != Phase.OVERTIME)

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
        self.refresh()

    def show_stage(self) -> None:
        """F5 (or Shift+F5), from any view: the podium, and the stage display."""
        self.podium_requested.emit()
        self.screen_notice.hide()
        layout = self.layout()
        if layout is not None:  # just brought to the front: laid out before the stage is placed
            layout.activate()
        self.stage_control.show_stage()

    def close_stage(self) -> bool:
        """Esc: close the stage display if it is shown (True), wherever it is."""
        if not self.stage.isVisible():
            return False
        self.stage_control.hide_stage()
        return True

    def _stage_shown(self) -> None:
        self.window().activateWindow()  # the keyboard stays with the laptop
        self.take_keyboard()
        self.refresh()

    def _screen_notice(self, text: str) -> None:
        self.screen_notice.setText(text)
        self.screen_notice.show()
        self.status.emit(text)

    # The keyboard ------------------------------------------------------------------------------

    def take_keyboard(self) -> None:
        """The podium has the keyboard again (its keys, and the clicker's)."""
        if self.isVisible():
            self.window().activateWindow()
        self.setFocus()

    def _focus_changed(self, _old, new) -> None:
        typing = new.objectName() if new is not None and self.isAncestorOf(new) else None
        if typing is not None and not is_text_input(new):
            typing = None
        if typing != self._typing:
            self._typing = typing
            self._show_hints()

    def _show_hints(self) -> None:
        """The keys of the podium; while a field has the keyboard, a banner that says so."""
        if self._typing is None:
            self.hints.setText(key_hints())
            self.hints.setStyleSheet("color: gray")
            return
        self.hints.setText(typing_words(self._typing))
        self.hints.setStyleSheet(
            f"background:{theme.WARNING.name()}; color:white; font-weight:bold; padding:4px;"
        )

    def _note_finished(self, capture) -> None:
        """Enter in the note line: the note is shown as understood, the keyboard goes back."""
        if capture is not None:
            self._echo(note_words(capture))
            self._echo_timer.start()
        self.take_keyboard()

    def _echo(self, text: str) -> None:
        self.note_echo.setText(text)
        self.note_echo.setStyleSheet(f"color: {theme.OK.name()}" if text else "")

    def closeEvent(self, event) -> None:
        self.stage.close()
        super().closeEvent(event)

    # What the podium's keys do: start, pause or resume the block; the next step of the day and
    # its undoing; the stage message; the speaking-time, re-planning and take-up dialogs -------
    def next(self) -> None:
        """N / → / PageDown: one step of the day (the next speaker while the block under way
        has someone speaking or waiting, else the next block); PageUp undoes it exactly."""
        self.commands.podium_next()

    def _speaker(self, command: Callable[..., object]) -> None:
        """A key of the list of speakers (with nothing for it to do, `_run` says so in the
        status bar: see QtEvent.run)."""
        if self.speaker_panel.block_id is not None:
            command(block=str(self.speaker_panel.block_id))

    def toggle_speaker(self) -> None:
        e = self.speaker_panel.under_way()
        if e is not None:
            commands = self.commands
            self._speaker(
                commands.speaker_resume
                if e.status == SpeakerStatus.PAUSED
                else commands.speaker_pause
            )

    def toggle(self) -> None:
        """Space: start, pause or resume."""
        reading = self.reading.reading if self.reading else None
        state = reading.state if reading else RunState.NOT_STARTED
        commands = self.commands
        send = {RunState.RUNNING: commands.timer_pause, RunState.PAUSED: commands.timer_resume}
        send.get(state, commands.timer_start)()

    def ask_message(self) -> None:
        if self.current is None or self.podium is None:
            return
        answer = self.current.interaction.ask_message(
            self.podium.stage_message, self.podium.stage_blink
        )
        if answer is not None:
            text, blink = answer
            self.commands.stage_message(text, blink=blink)

    def open_speaking_time(self) -> None:
        from facilitateur.ui.run.speaking_dialog import SpeakingDialog

        self._open("speaking_dialog", SpeakingDialog)

    def open_take_up(self) -> None:
        """Shift+PgUp: take a block up again on purpose (a second interval)."""
        from facilitateur.ui.run.take_up_dialog import TakeUpDialog

        self._open("take_up_dialog", TakeUpDialog)

    def open_replan(self) -> None:
        """The re-planning dialog; what it applies is one undoable command."""
        from facilitateur.ui.run.replan_dialog import ReplanDialog

        self._open("replan_dialog", ReplanDialog)

    def _open(self, name: str, dialog_class) -> None:
        """A dialog on the open event, reachable as `self.<name>` while it is open (tests)."""
        if self.current is None:
            return
        dialog = dialog_class(self.current, self.clock, self)
        setattr(self, name, dialog)
        dialog.exec()
        setattr(self, name, None)
