"""Help → Keyboard shortcuts, built from the action registry."""

from __future__ import annotations

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

from facilitateur.ui.actions import shortcut_rows


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows()
        table = QTableWidget(len(rows), 3, objectName="shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        notes = QLabel(
            self.tr(
                'Capturing notes (Ctrl+K at the podium): <b>D:</b> decision · <b>A:</b> action, with <b>@who</b> and a deadline (<i>avant le 15/03</i>, <i>by 2026-03-15</i>) · <b>?</b> question · <b>«</b> or <b>"</b> quote · <b>I:</b> idea · anything else is a note. Esc gives the keyboard back to the podium.'
            ),
            objectName="notePrefixes",
        )
        notes.setWordWrap(True)
        layout.addWidget(notes)
        layout.addWidget(buttons)
        self.resize(620, 520)
