"""Re-plan the day: pick a strategy, see the new times beside the current ones, apply (undoable)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.agenda.dayplan import (
    Move,
    Strategy,
    replan,
    run_on_another_day,
    waiting,
)
from facilitateur.models.agenda.read import event_settings, read_running_day
from facilitateur.ui import dates, theme
from facilitateur.ui.naming import named
from facilitateur.ui.qt_event import QtEvent
from facilitateur.ui.run.texts import offset_text


class ReplanDialog(QDialog):
    def __init__(self, event: QtEvent, clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replanDialog")
        self.setWindowTitle(self.tr("Re-plan the day"))
        self.current, self.clock = event, clock  # not `self.event`: QObject.event()
        ev = event_settings(event.file)
        self.tz = ev.tz
        minimum = ev.min_break_seconds // 60
        self.summary = named(QLabel(), "replanSummary")
        self.summary.setWordWrap(True)
        self.strategies = QButtonGroup(self)
        row = QHBoxLayout()
        for key, text in (
            (Strategy.SHIFT, self.tr("Shift the rest")),
            (Strategy.ABSORB, self.tr("Absorb into breaks and meals")),
            (Strategy.SHORTEN, self.tr("Fit the next blocks (shorter or longer)")),
        ):
            button = named(QRadioButton(text), f"replan_{key}")
            button.setProperty("strategy", key.value)
            self.strategies.addButton(button)
            row.addWidget(button)
        self.strategies.buttons()[1].setChecked(True)
        self.minimum = named(QSpinBox(suffix=" min", maximum=240, value=minimum), "replanMinimum")
        row.addStretch(1)
        shortest = QLabel(self.tr("Shortest break"))
        shortest.setBuddy(self.minimum)
        row.addWidget(shortest)
        row.addWidget(self.minimum)
        self.table = named(QTableWidget(0, 3), "replanTable")
        self.table.setAccessibleName(self.tr("The blocks, now and proposed"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Block"), self.tr("Now"), self.tr("Proposed")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("replanApply")
        buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.strategies.buttonToggled.connect(lambda *_: self.preview())
        self.minimum.valueChanged.connect(lambda *_: self.preview())
        self.resize(900, 560)
        self.preview()

    def strategy(self) -> Strategy:
        button = self.strategies.checkedButton()
        assert button is not None  # one strategy is always chosen
        return Strategy(button.property("strategy"))

    def moves(self) -> list[Move]:
        """The proposal for the chosen strategy, computed as the command will compute it."""
        now = self.clock.now()
        found = read_running_day(self.current.file, self.tz, now)
        if found is None:
            return []
        timings, status = list(found.timings), found.status
        if waiting(found.date, status.begun, now, self.tz):
            self.summary.setText(
                self.tr(
                    "The day of %1 has not begun and is not today: there is nothing to re-plan against today's clock. Once a block is started (a rehearsal), the day is timed as it runs."
                ).replace("%1", dates.long_date(found.date))
            )
            return []
        if ran := run_on_another_day(timings, status.begun, now, self.tz):
            self.summary.setText(
                self.tr(
                    "This day was run on %1, not today: there is nothing to re-plan against today's clock."
                ).replace("%1", dates.long_date(ran))
            )
            return []
        text, _color = offset_text(status.offset)

        self.summary.setText(
            self.tr("The day is at %1. Choose how to re-plan the blocks still to come:").replace(
                "%1", text
            )
        )
        return replan(timings, now, self.strategy(), timedelta(minutes=self.minimum.value()))

    def preview(self) -> None:
        moves = self.moves()
        self.table.setRowCount(len(moves))
        for r, m in enumerate(moves):
            old = dates.moments(m.old_start, m.old_end, self.tz)
            new = dates.moments(m.new_start, m.new_end, self.tz)
            for c, text in enumerate((m.title, old, new)):
                item = QTableWidgetItem(text)
                if c == 2 and m.changed:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setForeground(QBrush(theme.ACCENT))
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(1)
        self.table.resizeColumnToContents(2)
        self.apply_button.setEnabled(any(m.changed for m in moves))

    def apply(self) -> None:
        minimum = self.minimum.value() * 60
        if self.current.commands.agenda_replan(self.strategy(), min_break_seconds=minimum):
            self.accept()
