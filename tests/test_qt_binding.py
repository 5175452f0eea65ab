"""The Qt binding the application runs on must not lose references to None.

PySide6 6.12.0 decrements None's reference count at every setData/setText of a list, table,
tree or standard item and at QTableWidget.setItem. On Python 3.11 (None is immortal only from
3.12) a few thousand such calls — a day of refreshing lists — end the process with "Fatal Python
error: deallocating None". pyproject.toml keeps that release out; this test keeps it out.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QListWidgetItem, QTableWidget, QTableWidgetItem, QTreeWidgetItem


def test_item_updates_keep_none_alive(qapp):
    table = QTableWidget(1, 1)
    items = (QTableWidgetItem("x"), QListWidgetItem("x"), QStandardItem("x"))
    tree = QTreeWidgetItem(["x"])
    before = sys.getrefcount(None)
    for _ in range(200):  # a fraction of None's references: a leak shows, nothing crashes
        for item in items:
            item.setText("y")
        items[0].setData(Qt.ItemDataRole.UserRole, "id")
        items[0].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        tree.setData(0, Qt.ItemDataRole.UserRole, "id")
        table.setItem(0, 0, QTableWidgetItem("z"))
    assert sys.getrefcount(None) >= before - 50
