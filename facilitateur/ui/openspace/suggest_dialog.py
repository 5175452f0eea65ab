"""The suggested board as a preview beside the figures; Apply makes it one undoable command."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.board import Board
from facilitateur.models.board_problem import current_assignment, problem_of, suggestion_args
from facilitateur.models.solver import score, suggest
from facilitateur.ui import theme

MOVED = QColor("#dbeafe")


class SuggestDialog(QDialog):
    def __init__(self, board: Board, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestDialog")
        self.setWindowTitle(self.tr("Suggested placement"))
        self.board = board
        unpinned = [t for t in board.placed if t not in board.pinned]
        self.keep = QCheckBox(
            self.tr("Keep the cards already on the board (place only the others)"),
            objectName="keepPlaced",
        )
        self.keep.setChecked(bool(unpinned))  # arranged by hand: not to be shuffled
        self.keep.setEnabled(bool(unpinned))
        self.keep.toggled.connect(self._compute)
        self.summary = QLabel(objectName="suggestSummary", wordWrap=True)
        self.grid = QTableWidget(len(board.slots), len(board.rooms), objectName="suggestGrid")
        grid = self.grid
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setHorizontalHeaderLabels(
            [r.name if r.capacity is None else f"{r.name} ({r.capacity})" for r in board.rooms]
        )
        grid.setVerticalHeaderLabels([s.label for s in board.slots])
        grid.setWordWrap(True)
        for header in (grid.horizontalHeader(), grid.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid.horizontalHeader().setMinimumSectionSize(120)
        grid.verticalHeader().setMinimumSectionSize(48)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        apply = buttons.button(QDialogButtonBox.StandardButton.Apply)
        apply.setIcon(theme.icon("sparkles"))
        apply.setObjectName("applySuggestion")
        apply.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.keep)
        layout.addWidget(grid, 1)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(1000, 620)
        self._compute()

    def _compute(self) -> None:
        """Solve again (keeping the placed cards or not) and show the result."""
        board = self.board
        p, _ids, _cells = problem_of(board, keep_placed=self.keep.isChecked())
        now = current_assignment(board, p)
        self.found = suggest(p)
        self.args = suggestion_args(board, self.found.assignment)
        moved = {t for t, cell in self.found.assignment.items() if now.get(t) != cell}
        left_out = len(board.topics) - len(self.found.assignment)
        before = score(p, now) if now else 0.0
        text = self.tr(
            "Most-wanted topics in the largest rooms, popular topics spread over the slots, no convener in two places at once; pinned cards stay. Score %1 (now %2); %3 topic(s) placed, %4 moved (shaded), %5 left to place for lack of room."
        )
        for key, value in (
            ("%1", f"{self.found.score:.1f}"),
            ("%2", f"{before:.1f}"),
            ("%3", str(len(self.found.assignment))),
            ("%4", str(len(moved))),
            ("%5", str(left_out)),
        ):
            text = text.replace(key, value)
        self.summary.setText(text)
        self.grid.clearContents()
        for t, (r, s) in self.found.assignment.items():
            topic = board.topics[t]
            item = QTableWidgetItem(f"{topic.title}\n● {topic.interest}")
            if topic.id in board.pinned:
                item.setIcon(theme.icon("pin"))
            item.setToolTip(f"{topic.title}\n{topic.convener}")
            if t in moved:
                item.setBackground(MOVED)
                item.setForeground(QColor("#111827"))
            self.grid.setItem(s, r, item)
