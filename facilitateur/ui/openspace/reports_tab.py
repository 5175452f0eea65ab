"""Reports: the placed workshops with whether their report is in, and the form of the one chosen."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.commands.core import Changes
from facilitateur.models.openspace.board import Board
from facilitateur.models.openspace.model import ReportStatus
from facilitateur.models.storage.store import EventFile
from facilitateur.ui import dates
from facilitateur.ui.naming import named
from facilitateur.ui.openspace.report_form import ReportForm
from facilitateur.ui.openspace.texts import status_icon, status_text


class ReportsTab(QWidget):
    def __init__(
        self,
        run: Callable[[str, dict], Changes | None],
        confirm: Callable[[str, str], bool] | None = None,
        parent: QWidget | None = None,
        refusal: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsTab")
        self.summary = named(QLabel(), "reportsSummary")
        self.list = named(QListWidget(), "reportsList")
        self.list.setAccessibleName(self.tr("Workshops"))
        self.list.setSpacing(3)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form = ReportForm(run, confirm, refusal=refusal)
        self.form.take_stored.connect(self.show_topic)
        self.file: EventFile | None = None  # the event file whose reports are shown
        self.board: Board | None = None
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab from the list goes into the form
        scroll.setWidget(self.form)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.form.heading)
        rl.addWidget(scroll, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.summary)
        ll.addWidget(self.list, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([370, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.list.currentItemChanged.connect(self._chosen)
        # Return on a workshop: into its form, to type.
        self.list.itemActivated.connect(lambda _item: self.form.convener.setFocus())

    def set_board(self, board: Board) -> None:
        """Refresh the list (keeping the chosen workshop) and the form when its report changed
        elsewhere (see ReportForm.refresh: typing is never disturbed)."""
        self.board = board
        chosen = self.form.topic
        placed = [t for t, _room, _slot in board.sessions()]
        self.list.blockSignals(True)
        self.list.clear()
        for t, room, slot in board.sessions():
            text = f"{t.title}\n{dates.slot_label(slot)} · {room.name} — {status_text(t.report)}"
            item = QListWidgetItem(status_icon(t.report), text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, str(t.id))
            self.list.addItem(item)
            if t.id == chosen:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        counts = board.report_counts()
        self.summary.setText(
            self.tr("Reports in: %1").replace(
                "%1",
                ", ".join(
                    (
                        self.tr("%n done", "", counts[ReportStatus.DONE]),
                        self.tr("%n in draft", "", counts[ReportStatus.DRAFT]),
                        self.tr("%n missing", "", counts[ReportStatus.MISSING]),
                    )
                ),
            )
        )
        if chosen is not None and not any(t.id == chosen for t in placed):
            self.show_topic(None)
        elif chosen is not None:
            if self.file is not None:
                self.form.refresh(self.file)
            # (during a conflict, the status chosen here waits with the text)
            if not self.form.conflict.active and (topic := board.topic(chosen)) is not None:
                self.form.show_status(topic.report)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        self.show_topic(uuid.UUID(item.data(Qt.ItemDataRole.UserRole)) if item else None)

    def show_topic(self, topic_id: uuid.UUID | None) -> None:
        if self.file is None or self.board is None:
            return
        topic = self.board.topic(topic_id) if topic_id else None
        self.form.load(
            self.file, topic_id, topic.title if topic else "", topic.convener if topic else ""
        )
        if topic_id is not None:
            for i in range(self.list.count()):
                if self.list.item(i).data(Qt.ItemDataRole.UserRole) == str(topic_id):
                    self.list.blockSignals(True)
                    self.list.setCurrentRow(i)
                    self.list.blockSignals(False)
