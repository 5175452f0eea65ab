"""The preview of a read programme: days, blocks and their items, editable before applying."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
)

from facilitateur.models.agenda import BlockKind
from facilitateur.models.timeofday import parse_clock
from facilitateur.ui import theme
from facilitateur.ui.prepare.agenda_nodes import not_a_time
from facilitateur.ui.prepare.kinds import kind_label

START, END, TITLE, KIND, SPEAKERS = range(5)
PathRole = Qt.ItemDataRole.UserRole + 1


class _KindEditor(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        for kind in BlockKind:
            box.addItem(theme.kind_icon(kind), kind_label(kind), kind.value)
        return box

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.UserRole)), 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class ProgrammeTree(QTreeWidget):
    """Shows a programme (the JSON of `program parse`) and keeps the user's edits in it."""

    edited = Signal()
    refused = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("programmePreview")
        self.setColumnCount(5)
        self.setHeaderLabels(
            [
                self.tr("Start"),
                self.tr("End"),
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("Speakers"),
            ]
        )
        self.setTreePosition(TITLE)
        self.setAlternatingRowColors(True)
        self.setItemDelegateForColumn(KIND, _KindEditor(self))
        header = self.header()
        for col in (START, END, KIND):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.resizeSection(SPEAKERS, 160)
        self.programme: dict[str, Any] | None = None
        self._loading = False
        self.itemChanged.connect(self._changed)

    def show_programme(self, programme: dict[str, Any] | None) -> None:
        """Show a programme (a copy is kept and edited)."""
        self._loading = True
        self.clear()
        self.programme = copy.deepcopy(programme)
        for d, day in enumerate((programme or {}).get("days", [])):
            label = " · ".join(x for x in (day.get("label"), day.get("date")) if x) or self.tr(
                "Day %1"
            ).replace("%1", str(d + 1))
            top = QTreeWidgetItem([day.get("start") or "", day.get("end") or "", label, "", ""])
            top.setIcon(TITLE, theme.icon("calendar-days"))
            font = top.font(TITLE)
            font.setBold(True)
            top.setFont(TITLE, font)
            self.addTopLevelItem(top)
            for b, block in enumerate(day["blocks"]):
                node = self._node(block, (d, b))
                top.addChild(node)
                for i, item in enumerate(block.get("items", [])):
                    node.addChild(self._node(item, (d, b, i)))
        self.expandAll()
        self._loading = False

    def _node(self, data: dict[str, Any], path: tuple[int, ...]) -> QTreeWidgetItem:
        names = ", ".join(s["name"] for s in data.get("speakers", []))
        node = QTreeWidgetItem(
            [
                data.get("start") or "",
                data.get("end") or "",
                data["title"],
                kind_label(data.get("kind", "other")),
                names,
            ]
        )
        node.setData(TITLE, PathRole, path)
        node.setData(KIND, Qt.ItemDataRole.UserRole, data.get("kind", "other"))
        node.setIcon(TITLE, theme.kind_icon(data.get("kind", "other")))
        if data.get("end_inferred"):
            node.setForeground(END, Qt.GlobalColor.gray)
            node.setToolTip(END, self.tr("End inferred from the next block"))
        node.setToolTip(
            SPEAKERS,
            "\n".join(
                f"{s['name']} — {s['role']}" if s.get("role") else s["name"]
                for s in data.get("speakers", [])
            ),
        )
        node.setFlags(node.flags() | Qt.ItemFlag.ItemIsEditable)
        return node

    def _target(self, node: QTreeWidgetItem) -> dict[str, Any] | None:
        path = node.data(TITLE, PathRole)
        if not path or self.programme is None:
            return None
        block = self.programme["days"][path[0]]["blocks"][path[1]]
        return block["items"][path[2]] if len(path) == 3 else block

    def _changed(self, node: QTreeWidgetItem, column: int) -> None:
        if self._loading:
            return
        data = self._target(node)
        if data is None:
            return
        text = node.text(column).strip()
        try:
            if column == TITLE:
                if not text:
                    raise ValueError(self.tr("A block needs a title"))
                data["title"] = text
            elif column in (START, END) and "items" in data:
                key = "start" if column == START else "end"
                try:
                    data[key] = parse_clock(text).strftime("%H:%M") if text else None
                except ValueError:
                    raise ValueError(not_a_time(text)) from None
                data["end_inferred"] = False if key == "end" else data.get("end_inferred", False)
            elif column == KIND:
                data["kind"] = node.data(KIND, Qt.ItemDataRole.UserRole)
                node.setIcon(TITLE, theme.kind_icon(data["kind"]))
            else:
                return
        except ValueError as e:
            self.refused.emit(str(e))
            self._loading = True
            node.setText(
                column,
                {
                    TITLE: data["title"],
                    START: data.get("start") or "",
                    END: data.get("end") or "",
                }.get(column, ""),
            )
            self._loading = False
            return
        self.edited.emit()
