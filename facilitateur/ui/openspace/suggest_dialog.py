"""The suggested board as a preview, with what it improves said in words; Apply (Enter) makes
it one undoable command."""

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

from facilitateur.models.openspace.board import Board
from facilitateur.models.openspace.board_problem import (
    Figures,
    current_assignment,
    figures,
    problem_of,
    suggestion_args,
)
from facilitateur.models.openspace.solver import suggest
from facilitateur.ui import dates, theme
from facilitateur.ui.naming import named

MOVED = QColor("#dbeafe")


class SuggestDialog(QDialog):
    def __init__(self, board: Board, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestDialog")
        self.setWindowTitle(self.tr("Suggested placement"))
        self.board = board
        unpinned = [t for t in board.placed if t not in board.pinned]
        self.keep = named(
            QCheckBox(self.tr("Keep the cards already on the board (place only the others)")),
            "keepPlaced",
        )
        self.keep.setChecked(bool(unpinned))  # arranged by hand: not to be shuffled
        self.keep.setEnabled(bool(unpinned))
        self.keep.setToolTip(
            self.tr(
                "Ticked, every card on the board stays exactly where it is, even one in conflict; untick it to let the suggestion move them"
            )
        )
        self.keep.toggled.connect(self._compute)
        self.spread = named(
            QCheckBox(self.tr("Offer workshops in every slot (spread evenly)")), "spreadSlots"
        )
        self.spread.setChecked(True)  # the method wants each slot offered
        self.spread.setToolTip(self.tr("Unticked: the earliest slots are filled first"))
        self.spread.toggled.connect(self._compute)
        self.summary = named(QLabel(wordWrap=True), "suggestSummary")
        self.grid = named(QTableWidget(len(board.slots), len(board.rooms)), "suggestGrid")
        grid = self.grid
        grid.setAccessibleName(self.tr("Suggested board"))
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setHorizontalHeaderLabels(
            [r.name if r.capacity is None else f"{r.name} ({r.capacity})" for r in board.rooms]
        )
        grid.setVerticalHeaderLabels([dates.slot_label(s) for s in board.slots])
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
        apply.setDefault(True)  # Enter applies (Esc cancels)
        apply.setToolTip(self.tr("Apply this board (Enter); Ctrl+Z undoes it"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        apply.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.keep)
        layout.addWidget(self.spread)
        layout.addWidget(grid, 1)
        layout.addWidget(buttons, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(1000, 620)
        self._compute()
        apply.setFocus()

    def _compute(self) -> None:
        """Solve again (keeping the placed cards or not, spread or not) and show the result."""
        board = self.board
        p, _ids, _cells = problem_of(
            board, keep_placed=self.keep.isChecked(), spread=self.spread.isChecked()
        )
        now = current_assignment(board, p)
        self.found = suggest(p)
        self.args = suggestion_args(board, self.found.assignment)
        moved = {t for t, cell in self.found.assignment.items() if now.get(t) != cell}
        before, after = figures(board, p, now), figures(board, p, self.found.assignment)
        lines = self._gains(before, after, len(moved), len(board.topics), sum(p.interest))
        intro = self.tr(
            "Most-wanted topics in the largest rooms, popular topics at different times, nobody convening two workshops at once; pinned cards stay."
        )
        self.summary.setText("\n".join([intro, *(f"• {line}" for line in lines)]))
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

    def _gains(
        self, before: Figures, after: Figures, moved: int, topics: int, interest: int
    ) -> list[str]:
        """What the suggestion changes, in words (nothing said of what stays the same)."""
        lines = []
        if after.placed != before.placed:
            lines.append(
                self.tr("%n topics placed", "", after.placed)
                + " "
                + self.tr("(now %1)").replace("%1", str(before.placed))
            )
        if interest and after.seated != before.seated:
            lines.append(
                self.tr("Interest seated: %1 of %n dots (now %2)", "", interest)
                .replace("%1", str(after.seated))
                .replace("%2", str(before.seated))
            )
        if after.conflicts < before.conflicts:
            lines.append(self.tr("%n conflicts removed", "", before.conflicts - after.conflicts))
        if after.conflicts:
            left = self.tr("%n conflicts left on the board", "", after.conflicts)
            if self.keep.isChecked():
                left += " " + self.tr(
                    "(untick “Keep the cards already on the board” to let the suggestion mend them)"
                )
            lines.append(left)
        if after.per_slot != before.per_slot:
            lines.append(
                self.tr("Workshops per slot: %1 (now %2)")
                .replace("%1", " · ".join(map(str, after.per_slot)))
                .replace("%2", " · ".join(map(str, before.per_slot)))
            )
        if moved:
            lines.append(self.tr("%n cards moved, shaded below", "", moved))
        if topics > after.placed:
            lines.append(
                self.tr(
                    "%n topics stay in the list: no cell free for them", "", topics - after.placed
                )
            )
        if not lines:
            lines.append(self.tr("The board as it is cannot be improved: Apply changes nothing."))
        return lines
