"""What the keys of the podium do: start, pause or resume the block; the next step of the day
and its undoing; the stage message; the speaking-time, re-planning and take-up dialogs."""

from __future__ import annotations

from facilitateur.models.speakers import SpeakerStatus
from facilitateur.models.timing import RunState


class PodiumCommands:
    """Mixed into RunScreen, whose reading, speaker panel, open event and `_run` it uses."""

    def next(self) -> None:
        """N / → / PageDown: one step of the day (the next speaker while the block under way
        has someone speaking or waiting, else the next block); PageUp undoes it exactly."""
        self._run("podium.next")

    def _speaker(self, cmd: str) -> None:
        """A key of the list of speakers (with nothing for it to do, `_run` says so in the
        status bar: see QtEvent.run)."""
        if self.speaker_panel.block_id is not None:
            self._run(cmd, {"block": str(self.speaker_panel.block_id)})

    def toggle_speaker(self) -> None:
        e = self.speaker_panel.under_way()
        if e is not None:
            self._speaker("speaker.resume" if e.status == SpeakerStatus.PAUSED else "speaker.pause")

    def toggle(self) -> None:
        """Space: start, pause or resume."""
        state = self.reading.reading.state if self.reading and self.reading.reading else None
        cmd = {RunState.RUNNING: "timer.pause", RunState.PAUSED: "timer.resume"}.get(
            state, "timer.start"
        )
        self._run(cmd)

    def ask_message(self) -> None:
        if self.current is None or self.podium is None:
            return
        answer = self.current.interaction.ask_message(
            self.podium.stage_message, self.podium.stage_blink
        )
        if answer is not None:
            text, blink = answer
            self._run("stage.message", {"text": text, "blink": blink})

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
