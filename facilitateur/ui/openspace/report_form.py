"""A workshop's report (the classic Open Space form), saved as it is typed.

Every change is written by `report.set` at most 400 ms after the last keystroke, when the form
loses a topic, and when the window closes; next steps become actions in the day's action list.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy import select

from facilitateur.models.notes import Note, NoteKind
from facilitateur.models.openspace import Proposal, WorkshopReport
from facilitateur.ui import theme
from facilitateur.ui.openspace.texts import STATUS, tr

SAVE_DELAY_MS = 400
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$")


def _stored(session, topic_id: uuid.UUID | None) -> tuple:
    """(report or None, proposal texts, next-step notes) of a topic as stored."""
    if topic_id is None:
        return None, [], []
    report = session.scalars(
        select(WorkshopReport).where(WorkshopReport.topic_id == topic_id)
    ).first()
    proposals = []
    if report is not None:
        q = select(Proposal).where(Proposal.report_id == report.id)
        proposals = [p.text for p in session.scalars(q.order_by(Proposal.position))]
    q = select(Note).where(Note.topic_id == topic_id, Note.kind == NoteKind.ACTION)
    return report, proposals, list(session.scalars(q.order_by(Note.created_at, Note.id)))


def parse_due(text: str, year: int) -> date | None:
    """`2016-03-15`, `15/03/2016`, `15/03` (this year); None for anything else."""
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    if m := _DMY.match(text):
        y = int(m[3]) if m[3] else year
        y = y + 2000 if y < 100 else y
        try:
            return date(y, int(m[2]), int(m[1]))
        except ValueError:
            return None
    return None


class ReportForm(QWidget):
    saved = Signal()

    def __init__(self, run: Callable[[str, dict], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportForm")
        self.run = run
        self.version: int | None = None  # of the report as read (see `load`)
        self.session_factory = None
        self.topic: uuid.UUID | None = None
        self._title = self._convener = ""
        self.year = date.today().year
        self._last: dict = {}
        self.timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)

        self.heading = QLabel(objectName="reportHeading", wordWrap=True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.convener = QLineEdit(objectName="reportConvener")
        self.note_taker = QLineEdit(objectName="reportNoteTaker")
        self.count = QSpinBox(objectName="reportCount", maximum=100_000)
        self.count.setSpecialValueText("—")
        self.names = QLineEdit(objectName="reportNames")
        self.names.setPlaceholderText(
            self.tr("Optional: the participants' names, separated by commas")
        )
        self.key_points = QPlainTextEdit(objectName="reportKeyPoints")
        self.key_points.setPlaceholderText(self.tr("What was said, one point per line"))
        self.proposals = QPlainTextEdit(objectName="reportProposals")
        self.proposals.setPlaceholderText(
            self.tr("One proposal per line (voted on at the convergence)")
        )
        self.steps = QTableWidget(0, 3, objectName="reportSteps")
        self.steps.setHorizontalHeaderLabels(
            [self.tr("Next step"), self.tr("Who"), self.tr("By when")]
        )
        self.steps.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.steps.setColumnWidth(1, 150)
        self.steps.setColumnWidth(2, 110)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add_step = QPushButton(theme.icon("plus"), self.tr("Add a next step"), objectName="addStep")
        add_step.clicked.connect(self._add_step)
        remove_step = QPushButton(theme.icon("trash-2"), self.tr("Remove"), objectName="removeStep")
        remove_step.clicked.connect(self._remove_step)
        self.key_points.setMinimumHeight(90)
        self.proposals.setMinimumHeight(60)
        self.proposals.setMaximumHeight(120)
        self.steps.setMinimumHeight(80)
        self.steps.setMaximumHeight(140)
        self.status = QComboBox(objectName="reportStatus")
        for key, text in STATUS.items():
            self.status.addItem(tr(text), key)

        form = QFormLayout(self)
        form.addRow(self.heading)
        who = QHBoxLayout()
        who.addWidget(self.convener, 2)
        who.addWidget(QLabel(self.tr("Note-taker")))
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
        buttons.addWidget(add_step)
        buttons.addWidget(remove_step)
        buttons.addStretch()
        buttons.addWidget(QLabel(self.tr("Status")))
        buttons.addWidget(self.status)
        form.addRow("", buttons)

        for line in (self.convener, self.note_taker, self.names):
            line.textEdited.connect(self._changed)
        for text in (self.key_points, self.proposals):
            text.textChanged.connect(self._changed)
        self.count.valueChanged.connect(self._changed)
        self.steps.itemChanged.connect(self._changed)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.setEnabled(False)

    def _changed(self, *_args) -> None:
        self.timer.start()

    def _status_chosen(self, _i: int) -> None:
        self.save(explicit_status=True)

    def _add_step(self) -> None:
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        self.steps.setCurrentCell(row, 0)
        self.steps.editItem(self.steps.item(row, 0) or QTableWidgetItem())

    def _remove_step(self) -> None:
        if (row := self.steps.currentRow()) >= 0:
            self.steps.removeRow(row)
            self._changed()

    def load(
        self, session, topic_id: uuid.UUID | None, title: str = "", convener: str = ""
    ) -> None:
        """Show the report of `topic_id` (what was typed for the previous topic is saved first)."""
        self.save()
        self.topic, self._title, self._convener = topic_id, title, convener
        self.setEnabled(topic_id is not None)
        report, proposals, steps = _stored(session, topic_id)
        widgets = (
            self.convener,
            self.note_taker,
            self.count,
            self.names,
            self.key_points,
            self.proposals,
            self.steps,
            self.status,
        )
        blockers = [QSignalBlocker(w) for w in widgets]
        self.heading.setText(title or self.tr("Choose a workshop on the left"))
        self.convener.setText(report.convener if report else convener)
        self.note_taker.setText(report.note_taker if report else "")
        self.count.setValue(report.participants_count or 0 if report else 0)
        self.names.setText(report.participant_names if report else "")
        self.key_points.setPlainText(report.key_points if report else "")
        self.proposals.setPlainText("\n".join(proposals))
        self.steps.setRowCount(0)
        for note in steps:
            row = self.steps.rowCount()
            self.steps.insertRow(row)
            due = note.due.strftime("%d/%m/%Y") if note.due else ""
            for col, text in enumerate((note.text, note.owner, due)):
                self.steps.setItem(row, col, QTableWidgetItem(text))
        self.status.setCurrentIndex(
            max(self.status.findData(report.status if report else "missing"), 0)
        )
        del blockers
        self._last = self._args() if topic_id is not None else {}
        # The report's version as read: a save made on it after another laptop changed the
        # report is refused, naming them (shared events); what is typed stays here.
        self.version = report.version if report else None

    def refresh(self, session) -> None:
        """Show the report again when it changed elsewhere (an undo, a merge, another
        window) — unless something typed here is still waiting to be saved: typing is never
        disturbed, and what is typed is saved over it as usual."""
        if self.topic is None or self.timer.isActive():
            return
        report, proposals, steps = _stored(session, self.topic)
        stored = {
            "convener": report.convener if report else self._last.get("convener"),
            "note_taker": report.note_taker if report else "",
            "participants_count": (report.participants_count or None) if report else None,
            "participant_names": report.participant_names if report else "",
            "key_points": report.key_points if report else "",
            "proposals": [p for p in proposals if p.strip()],
            "next_steps": [
                {
                    "text": n.text,
                    "owner": n.owner,
                    "due": n.due.isoformat() if n.due else None,
                }
                for n in steps
                if n.text.strip()
            ],
        }
        if stored != self._last:
            self.load(session, self.topic, self._title, self._convener)

    def _steps(self) -> list[dict]:
        out = []
        for row in range(self.steps.rowCount()):
            cells = [self.steps.item(row, c) for c in range(3)]
            text, owner, due = (c.text().strip() if c else "" for c in cells)
            if not text:
                continue
            when = parse_due(due, self.year) if due else None
            if cells[2] is not None:
                cells[2].setToolTip(
                    "" if when or not due else self.tr("Not a date: write 15/03/2016")
                )
            out.append({"text": text, "owner": owner, "due": when.isoformat() if when else None})
        return out

    def _args(self) -> dict:
        count = self.count.value()
        return {
            "convener": self.convener.text(),
            "note_taker": self.note_taker.text(),
            "participants_count": count or None,
            "participant_names": self.names.text(),
            "key_points": self.key_points.toPlainText(),
            "proposals": [p for p in self.proposals.toPlainText().split("\n") if p.strip()],
            "next_steps": self._steps(),
        }

    def save(self, explicit_status: bool = False) -> None:
        """Write what changed since the last save (nothing when nothing changed)."""
        self.timer.stop()
        if self.topic is None:
            return
        args = self._args()
        changed = {k: v for k, v in args.items() if self._last.get(k) != v}
        if explicit_status:
            changed["status"] = self.status.currentData()
        if not changed:
            return
        version = self.version
        sent = {"topic": str(self.topic), **changed}
        if version is not None:
            sent["version"] = version
        done = self.run("report.set", sent)
        if done is None:
            self.version = None  # said, and applied on top of theirs at the next save
            return
        self.version = done.result.get("version", version)
        self._last = args
        self.saved.emit()
