"""What the keys of the podium do: start, pause or resume the block; the next speaker or the
next block; the stage message; the speaking-time and re-planning dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitateur.models.speakers import DONE, UNDER_WAY, WAITING
from facilitateur.models.timing import RunState


class PodiumCommands:
    """Mixed into RunScreen, whose reading, speaker panel, open event and `_run` it uses."""

    def _block_under_way(self) -> bool:
        r = self.reading
        return (
            r is not None
            and r.reading is not None
            and r.reading.state in (RunState.RUNNING, RunState.PAUSED)
        )

    def next(self) -> None:
        """N / → / PageDown: the next speaker while the block under way has a list, else the next block."""
        if self._block_under_way() and self.speaker_panel.has_list():
            self._speaker("speaker.next")
        else:
            self._run("timer.next")

    def _speaker(self, cmd: str) -> None:
        """A key of the list of speakers; with nothing for it to do, the status bar says so
        (a dialog at the podium for an empty list would be in the way)."""
        panel = self.speaker_panel
        if panel.block_id is None:
            return
        statuses = {e.status for e in panel.entries}
        idle = {
            "speaker.next": not statuses & {WAITING, *UNDER_WAY}
            and QCoreApplication.translate("RunScreen", "The list of speakers is empty"),
            "speaker.stop": not statuses & set(UNDER_WAY)
            and QCoreApplication.translate("RunScreen", "Nobody has the floor"),
            "speaker.readd": not statuses & {DONE, *UNDER_WAY}
            and QCoreApplication.translate("RunScreen", "Nobody has spoken yet in this block"),
        }.get(cmd)
        if idle:
            self.status.emit(idle)
            return
        self._run(cmd, {"block": str(panel.block_id)})

    def toggle_speaker(self) -> None:
        e = self.speaker_panel.under_way()
        if e is not None:
            self._speaker("speaker.resume" if e.status == "paused" else "speaker.pause")

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
        if self.current is None:
            return
        from facilitateur.ui.run.speaking_dialog import SpeakingDialog

        self.speaking_dialog = SpeakingDialog(self.current, self.clock, self)
        self.speaking_dialog.exec()
        self.speaking_dialog = None

    def open_replan(self) -> None:
        """The re-planning dialog; what it applies is one undoable command."""
        if self.current is None:
            return
        from facilitateur.ui.run.replan_dialog import ReplanDialog

        self.replan_dialog = ReplanDialog(self.current, self.clock, self)
        self.replan_dialog.exec()
        self.replan_dialog = None
