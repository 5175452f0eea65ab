"""Convergence: every proposal of every report, dot votes counted, ranked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.commands.front import Commands
from facilitateur.models.openspace.board import RankedProposal
from facilitateur.ui import theme
from facilitateur.ui.naming import named

RANK, VOTES, TEXT, WORKSHOP = range(4)


class Convergence(QWidget):
    def __init__(self, run: Callable[[str, dict], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("convergence")
        self.run = run
        self.commands = Commands(run)
        self.intro = named(QLabel(wordWrap=True), "convergenceIntro")
        self.table = named(QTableWidget(0, 4), "convergenceTable")
        self.table.setAccessibleName(self.tr("Proposals"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Rank"), self.tr("Dots"), self.tr("Proposal"), self.tr("Workshop")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WORKSHOP, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(RANK, 60)
        self.table.setColumnWidth(VOTES, 100)
        self.table.verticalHeader().setMinimumSectionSize(30)
        self.table.setColumnWidth(WORKSHOP, 300)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        plus = named(QPushButton(theme.icon("plus"), self.tr("One dot (+)")), "voteUp")
        minus = named(QPushButton(theme.icon("minus"), self.tr("Take one back (−)")), "voteDown")
        plus.clicked.connect(lambda: self.vote(1))
        minus.clicked.connect(lambda: self.vote(-1))
        for keys, delta in ((("+", "="), 1), (("-",), -1)):
            for key in keys:
                sc = QShortcut(QKeySequence(key), self.table)
                sc.setContext(Qt.ShortcutContext.WidgetShortcut)
                sc.activated.connect(lambda d=delta: self.vote(d))
        row = QHBoxLayout()
        row.addWidget(plus)
        row.addWidget(minus)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def set_rows(self, rows: list[RankedProposal]) -> None:
        current = self.current_id()
        self.table.setRowCount(len(rows))
        for i, p in enumerate(rows):
            pid = str(p.id)
            for col, value in (
                (RANK, str(p.rank)),
                (VOTES, str(p.votes)),
                (TEXT, p.text),
                (WORKSHOP, p.workshop),
            ):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, pid)
                if col in (RANK, VOTES):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(i, col, item)
            if pid == current:
                self.table.selectRow(i)
        self.table.resizeRowsToContents()
        total = sum(p.votes for p in rows)
        self.intro.setText(
            self.tr("%n proposals from the workshop reports", "", len(rows))
            + ", "
            + self.tr("%n dots so far.", "", total)
            + " "
            + self.tr(
                "Select a proposal and press + for each dot (− takes one back); the list stays ranked."
            )
            if rows
            else self.tr("No proposal yet: they come from the workshop reports (Reports tab).")
        )

    def current_id(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, RANK) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def vote(self, delta: int) -> None:
        if (pid := self.current_id()) is not None:
            self.commands.proposal_vote(pid, delta=delta)
