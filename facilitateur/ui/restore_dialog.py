"""File → Restore a backup: the automatic snapshots of the open file, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.storage.backups import Backup
from facilitateur.ui import dates
from facilitateur.ui.naming import named


class RestoreDialog(QDialog):
    def __init__(self, found: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.found = found
        intro = QLabel(
            self.tr(
                "A snapshot of the file is kept every 5 minutes while it changes, and before an import, a merge, a re-plan or an applied suggestion (the last 20). The one you choose is restored into a new file; the open file is not touched."
            ),
            wordWrap=True,
        )
        self.table = named(QTableWidget(len(found), 4), "restoreTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken at"), self.tr("Why"), self.tr("Blocks run"), self.tr("Notes")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for row, b in enumerate(found):
            when = dates.stamp(b.taken)
            unreadable = self.tr("unreadable")
            cells = (
                when,
                _why(self, b.reason),
                unreadable if b.blocks_run is None else str(b.blocks_run),
                unreadable if b.notes is None else str(b.notes),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
        if found:
            self.table.selectRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Restore into a new file…")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(lambda _i: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def chosen(self) -> Backup | None:
        row = self.table.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None


def _why(dialog: RestoreDialog, reason: str) -> str:
    words = {
        "auto": dialog.tr("every 5 minutes"),
        "before-program.import": dialog.tr("before importing a programme"),
        "before-merge.apply": dialog.tr("before a merge"),
        "before-agenda.replan": dialog.tr("before re-planning"),
        "before-openspace.apply_suggestion": dialog.tr("before a suggested placement"),
    }
    if reason in words:
        return words[reason]
    if reason.startswith("before-0"):
        return dialog.tr("before updating the file's format")
    return reason
