"""A workshop's report (the classic Open Space form), saved as it is typed.

Every change is written by `report.set` at most 400 ms after the last keystroke, when the form
loses a topic, and when the window closes; next steps become actions in the day's action list.
A save writes what is on screen and never writes back into it: the form is shown again only
when the file holds something else than what was typed (an undo, a merge), and never while
something typed is waiting to be saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from facilitateur.models.agenda.read import deadline_day, event_dates
from facilitateur.models.commands.core import Changes
from facilitateur.models.commands.front import Commands
from facilitateur.models.commands.report_cmds import stored_report
from facilitateur.models.openspace.model import ReportStatus
from facilitateur.models.openspace.read import read_report
from facilitateur.models.storage.store import EventFile
from facilitateur.ui import theme
from facilitateur.ui.conflict_bar import ConflictBar
from facilitateur.ui.naming import named
from facilitateur.ui.openspace.next_steps import NextStepsTable
from facilitateur.ui.openspace.texts import STATUS, tr

SAVE_DELAY_MS = 400
ADD_STEP_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class ReportForm(QWidget):
    saved = Signal()
    take_stored = Signal(object)  # the topic whose stored report is to be shown again

    def __init__(
        self,
        run: Callable[[str, dict], Changes | None],
        confirm: Callable[[str, str], bool] | None = None,
        parent: QWidget | None = None,
        refusal: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportForm")
        self.run = run
        self.commands = Commands(run)
        self.confirm = confirm or (lambda _title, _text: True)
        # On a shared event: why the last save was refused (who changed the report meanwhile).
        self.refusal = refusal or (lambda: "")
        self.version: int | None = None  # of the report as read (see `load`)
        # Another laptop changed the report while it was typed here: nothing more is saved over
        # theirs until the person typing chooses, and nothing typed is lost (a final save,
        # leaving the workshop or the event, keeps what was typed here).
        self.conflict = ConflictBar("report")
        self.conflict.keep_mine.connect(self.apply_mine)
        self.conflict.take_theirs.connect(self.take_theirs)
        self._status_waiting = False  # a status chosen during a conflict, saved with the text
        self.topic: uuid.UUID | None = None
        self._title = self._convener = ""
        self._last: dict = {}  # what was last saved (or shown): typing since is not yet saved
        self._status = ReportStatus.MISSING  # as stored: where a refused "done" goes back to
        self.timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)

        self.heading = named(QLabel(wordWrap=True), "reportHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.convener = named(QLineEdit(), "reportConvener")
        self.note_taker = named(QLineEdit(), "reportNoteTaker")
        self.count = named(QSpinBox(maximum=100_000), "reportCount")
        self.count.setSpecialValueText("—")
        self.count.setToolTip(self.tr("How many took part"))
        self.names = named(QLineEdit(), "reportNames")
        self.names.setPlaceholderText(
            self.tr("Optional: the participants' names, separated by commas")
        )
        # A list is typed one item per line; Tab goes to the next field, as everywhere.
        self.key_points = named(QPlainTextEdit(), "reportKeyPoints")
        self.key_points.setPlaceholderText(
            self.tr("What was said, one point per line (Tab: next field)")
        )
        self.proposals = named(QPlainTextEdit(), "reportProposals")
        self.proposals.setPlaceholderText(
            self.tr("One proposal per line (voted on at the convergence)")
        )
        for text in (self.key_points, self.proposals):
            text.setTabChangesFocus(True)
        self.steps = NextStepsTable()
        self.steps.setTabKeyNavigation(False)
        # Shown as the key is labelled (Ctrl+Entrée), the same key as Ctrl+Return.
        keys = QKeySequence(ADD_STEP_KEYS[1]).toString(QKeySequence.SequenceFormat.NativeText)
        self.add_step = named(
            QPushButton(theme.icon("plus"), self.tr("Add a next step")), "addStep"
        )
        self.add_step.setToolTip(
            self.tr("A new next step, typed at once: what, Tab, who, Tab, by when (%1)").replace(
                "%1", keys
            )
        )
        self.add_step.setAutoDefault(True)  # Return on the button adds a step, as Space does
        self.add_step.clicked.connect(self.new_step)
        for sequence in ADD_STEP_KEYS:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.new_step)
        remove_step = named(QPushButton(theme.icon("trash-2"), self.tr("Remove")), "removeStep")
        remove_step.setToolTip(self.tr("Remove the chosen next step (Del)"))
        remove_step.clicked.connect(self._remove_step)
        self.key_points.setMinimumHeight(90)
        self.proposals.setMinimumHeight(60)
        self.proposals.setMaximumHeight(120)
        self.steps.setMinimumHeight(80)
        self.steps.setMaximumHeight(140)
        self.status = named(QComboBox(), "reportStatus")
        for key, words in STATUS.items():
            self.status.addItem(tr(words), str(key))

        # The heading is shown by the tab above the form (see ReportsTab): a title that wraps
        # would make the whole form ask for its preferred heights and scroll for nothing.
        form = QFormLayout(self)
        form.addRow(self.conflict)
        who = QHBoxLayout()
        who.addWidget(self.convener, 2)
        note_taker = QLabel(self.tr("Note-taker"))
        note_taker.setBuddy(self.note_taker)
        who.addWidget(note_taker)
        self.convener.setAccessibleName(self.tr("Convener"))
        self.count.setAccessibleName(self.tr("Number of participants"))
        self.names.setAccessibleName(self.tr("Participants' names"))
        who.addWidget(self.note_taker, 2)
        form.addRow(self.tr("Convener"), who)
        people = QHBoxLayout()
        people.addWidget(self.count)
        people.addWidget(self.names, 1)
        form.addRow(self.tr("Participants"), people)
        form.addRow(self.tr("Key points"), self.key_points)
        form.addRow(self.tr("Proposals"), self.proposals)
        form.addRow(self.tr("Next steps"), self.steps)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_step)
        buttons.addWidget(remove_step)
        buttons.addStretch()
        status = QLabel(self.tr("Status"))
        status.setBuddy(self.status)
        buttons.addWidget(status)
        buttons.addWidget(self.status)
        form.addRow("", buttons)
        chain = (
            self.convener,
            self.note_taker,
            self.count,
            self.names,
            self.key_points,
            self.proposals,
            self.steps,
            self.add_step,
            remove_step,
            self.status,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        for line in (self.convener, self.note_taker, self.names):
            line.textEdited.connect(self._changed)
        for text in (self.key_points, self.proposals):
            text.textChanged.connect(self._changed)
        self.count.valueChanged.connect(self._changed)
        self.steps.changed.connect(self._changed)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.setEnabled(False)

    def _changed(self, *_args) -> None:
        self.timer.start()

    def _status_chosen(self, _i: int) -> None:
        if self.status.currentData() == ReportStatus.DONE and (problems := self.steps.problems()):
            question = self.tr("Mark the report as done anyway?")
            text = "\n".join(f"• {p}" for p in problems)
            if not self.confirm(self.tr("Next steps to finish"), f"{text}\n\n{question}"):
                self.show_status(self._status)
                self.steps.setFocus()
                return
        self._status = ReportStatus(self.status.currentData())
        self.save(explicit_status=True)

    def show_status(self, status: ReportStatus) -> None:
        """Show the report's status as stored (not a choice: nothing is saved)."""
        self._status = status
        with QSignalBlocker(self.status):
            self.status.setCurrentIndex(max(self.status.findData(status), 0))

    def new_step(self) -> None:
        if self.topic is not None:
            self.steps.add_step()

    def _remove_step(self) -> None:
        if (row := self.steps.currentRow()) >= 0:
            self.steps.removeRow(row)
            self._changed()

    def load(
        self, file: EventFile, topic_id: uuid.UUID | None, title: str = "", convener: str = ""
    ) -> None:
        """Show the report of `topic_id` (what was typed for the previous topic is saved first)."""
        self.save(final=True)
        self._end_conflict()
        self.topic, self._title, self._convener = topic_id, title, convener
        self.setEnabled(topic_id is not None)
        self.steps.today = deadline_day(event_dates(file), date.today())
        stored = read_report(file, topic_id)
        report = stored if stored.exists else None
        proposals, steps = stored.proposals, stored.next_steps
        widgets = (
            self.convener,
            self.note_taker,
            self.count,
            self.names,
            self.key_points,
            self.proposals,
        )
        blockers = [QSignalBlocker(w) for w in widgets]
        self.heading.setText(title or self.tr("Choose a workshop on the left"))
        self.convener.setText(report.convener if report else convener)
        self.note_taker.setText(report.note_taker if report else "")
        self.count.setValue(report.participants_count or 0 if report else 0)
        self.names.setText(report.participant_names if report else "")
        self.key_points.setPlainText(report.key_points if report else "")
        self.proposals.setPlainText("\n".join(proposals))
        self.steps.show_steps([(n.text, n.owner, n.due) for n in steps])
        del blockers
        self.show_status(report.status if report else ReportStatus.MISSING)
        self._last = self._args() if topic_id is not None else {}
        # The report's version as read: a save made on it after another laptop changed the
        # report is refused, naming them (shared events); what is typed stays here.
        self.version = report.version if report else None

    def refresh(self, file: EventFile) -> None:
        """Show the report again when the file holds something else than what is shown (an
        undo, a merge, another window) — never while something typed is waiting to be saved
        (or could not be saved): that is saved over it as usual. Saving what is typed never
        comes back here as a change, so the text being typed is never rewritten."""
        if self.topic is None or self.timer.isActive() or self.steps.editing():
            return
        shown = self._args()
        if shown != self._last:
            return
        if stored_report(shown) != self._stored_args(file):
            self.load(file, self.topic, self._title, self._convener)

    def _stored_args(self, file: EventFile) -> dict:
        """The stored report in the shape of `_args`, as `report.set` keeps it."""
        stored = read_report(file, self.topic)
        report = stored if stored.exists else None
        proposals, steps = list(stored.proposals), stored.next_steps
        return {
            "convener": report.convener if report else self._convener.strip(),
            "note_taker": report.note_taker if report else "",
            "participants_count": (report.participants_count or None) if report else None,
            "participant_names": report.participant_names if report else "",
            "key_points": report.key_points if report else "",
            "proposals": proposals,
            "next_steps": [
                {"text": n.text, "owner": n.owner, "due": n.due.isoformat() if n.due else None}
                for n in steps
                if n.text.strip()
            ],
        }

    def _args(self) -> dict:
        count = self.count.value()
        return {
            "convener": self.convener.text(),
            "note_taker": self.note_taker.text(),
            "participants_count": count or None,
            "participant_names": self.names.text(),
            "key_points": self.key_points.toPlainText(),
            "proposals": [p for p in self.proposals.toPlainText().split("\n") if p.strip()],
            "next_steps": self.steps.steps(),
        }

    def save(self, explicit_status: bool = False, final: bool = False) -> None:
        """Write what changed since the last save (nothing when nothing changed); what is on
        screen is left as it is. While another laptop's change waits for a choice, only a
        `final` save (leaving the workshop, the screen or the event) writes, keeping what was
        typed here."""
        self.timer.stop()
        if self.topic is None:
            return
        if self.conflict.active:
            self._status_waiting = self._status_waiting or explicit_status
            if not final:
                return
            self.version = None  # leaving: what was typed here is kept
            self._end_conflict()
        explicit_status, self._status_waiting = explicit_status or self._status_waiting, False
        args = self._args()
        changed = {k: v for k, v in args.items() if self._last.get(k) != v}
        if explicit_status:
            changed["status"] = ReportStatus(self.status.currentData())
        if not changed:
            return
        version = self.version
        sent = {"topic": str(self.topic), **changed}
        if version is not None:
            sent["version"] = version
        done = self.commands.report_set(**sent)
        if done is None:
            if version is not None and (refusal := self.refusal()):
                # Another laptop changed the report meanwhile (and was named): what was typed
                # stays here, and the person typing chooses between theirs and this.
                self._status_waiting = explicit_status
                self.conflict.say(refusal)
            return
        self.version = done.result.get("version", version)
        self._last = args
        self.saved.emit()

    def apply_mine(self) -> None:
        """Keep my text: what is on screen is saved over the other laptop's report."""
        self.version = None
        self._end_conflict()
        # What was typed here since the last save (not the fields only shown, which would put
        # back what the other laptop changed in them).
        self.save()
        self.key_points.setFocus()

    def take_theirs(self) -> None:
        """Take theirs: the report as stored now replaces what was typed here."""
        self._end_conflict()
        self._status_waiting = False
        self._last = self._args()  # nothing of what was typed is saved on the way out
        self.take_stored.emit(self.topic)
        self.key_points.setFocus()

    def _end_conflict(self) -> None:
        self.conflict.end()
