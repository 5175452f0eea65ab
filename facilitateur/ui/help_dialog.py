"""Help → Keyboard shortcuts, built from the action registry, with a search field."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.text.folding import fold
from facilitateur.ui import dates
from facilitateur.ui.actions import shortcut_rows
from facilitateur.ui.naming import named


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows()
        self.search = named(QLineEdit(), "shortcutsSearch")
        self.search.setPlaceholderText(
            self.tr("Search an action, a menu or a key (e.g. note, Ctrl+K)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search a shortcut"))
        self.table = table = named(QTableWidget(len(rows), 3), "shortcutsTable")
        table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self._folded = []
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value))
            self._folded.append(fold(" ".join(values)))
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.search.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(table, 1)
        # A deadline in this language's forms (`avant le 15/03`, `by Mar 15`), as it is read.
        deadline = dates.day_month(date(date.today().year, 3, 15))
        notes = named(
            QLabel(
                self.tr(
                    'Capturing notes (Ctrl+K at the podium): <b>D:</b> decision · <b>A:</b> action, with <b>@who</b> and a deadline (<i>by %1</i>, <i>by March 1</i>, <i>next Friday</i>, <i>in two weeks</i>) · <b>?</b> question · <b>«</b> or <b>"</b> quote · <b>I:</b> idea · anything else is a note. Esc gives the keyboard back to the podium.'
                ).replace("%1", deadline)
            ),
            "notePrefixes",
        )
        notes.setWordWrap(True)
        layout.addWidget(notes)
        layout.addWidget(buttons)
        # Most of the list at once on a laptop's screen.
        screen = (parent.screen() if parent else self.screen()).availableGeometry()
        self.resize(min(760, screen.width() - 40), min(700, screen.height() - 60))
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        """Rows whose menu, action or keys hold every word typed (accents do not matter)."""
        words = fold(text).split()
        for r, folded in enumerate(self._folded):
            self.table.setRowHidden(r, not all(w in folded for w in words))
