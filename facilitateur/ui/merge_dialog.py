"""Merging another copy: for each item changed on both sides, keep ours or take theirs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.storage.merge import MergePlan
from facilitateur.ui.naming import named
from facilitateur.ui.noop import QT_TRANSLATE_NOOP

SHOWN = 400  # characters of a long note shown in its cell (all of it in the tooltip)
KINDS = {
    "note": QT_TRANSLATE_NOOP("MergeDialog", "Note"),
    "workshop_report": QT_TRANSLATE_NOOP("MergeDialog", "Workshop report"),
    "proposal": QT_TRANSLATE_NOOP("MergeDialog", "Proposal"),
    "person": QT_TRANSLATE_NOOP("MergeDialog", "Person"),
    "topic": QT_TRANSLATE_NOOP("MergeDialog", "Open Space topic"),
}


class MergeDialog(QDialog):
    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge from %1").replace("%1", plan.source))
        self.plan = plan
        intro = QLabel(
            self.tr(
                "%n new items will come in. These items were changed on both copies: tick those where the other copy's version should be kept (the more recent one is ticked).",
                "",
                sum(len(r) for r in plan.new.values()),
            )
        )
        intro.setWordWrap(True)
        self.table = named(QTableWidget(len(plan.differences), 4), "mergeTable")
        self.table.setAccessibleName(self.tr("Differences between the two files"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Take theirs"), self.tr("Item"), self.tr("Ours"), self.tr("Theirs")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)  # Space ticks a row
        for r, d in enumerate(plan.differences):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(
                Qt.CheckState.Checked if d.theirs_is_newer else Qt.CheckState.Unchecked
            )
            check.setData(Qt.ItemDataRole.UserRole, d.id)
            self.table.setItem(r, 0, check)
            kind = QCoreApplication.translate("MergeDialog", KINDS.get(d.table, d.table))
            for column, text in ((1, kind), (2, d.shown(d.mine)), (3, d.shown(d.theirs))):
                item = QTableWidgetItem(text if len(text) <= SHOWN else text[:SHOWN] + "…")
                item.setToolTip(text[:4000] if column > 1 else "")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(-1, -1)

    def take_theirs(self) -> set[str]:
        return {
            item.data(Qt.ItemDataRole.UserRole)
            for r in range(self.table.rowCount())
            if (item := self.table.item(r, 0)) is not None
            and item.checkState() == Qt.CheckState.Checked
        }
