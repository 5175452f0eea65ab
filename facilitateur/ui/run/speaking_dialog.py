"""Speaking time: per person, per block, per category (with a bar chart of the shares)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.speaking_stats import (
    CategoryFigures,
    per_block,
    per_category,
    per_person,
    turns,
)
from facilitateur.ui import theme
from facilitateur.ui.qt_event import QtEvent


def clock_text(t: timedelta) -> str:
    s = int(t.total_seconds())
    return (
        f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


class ShareChart(QWidget):
    """Horizontal bars: each category's share of speaking time and of turns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("categoryChart")
        self.figures: list[CategoryFigures] = []
        self.setMinimumHeight(160)
        self.no_category = ""

    def show_figures(self, figures: list[CategoryFigures], no_category: str) -> None:
        self.figures, self.no_category = figures, no_category
        self.setMinimumHeight(40 + 56 * len(figures))
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        label_w = 180
        bar_w = max(self.width() - label_w - 90, 50)
        y = 10
        time_color, turn_color = theme.ACCENT, QColor("#94a3b8")
        p.setPen(text)
        x = label_w
        for legend, color in (
            (self.tr("share of speaking time"), time_color),
            (self.tr("share of turns"), turn_color),
        ):
            p.fillRect(QRectF(x, y + 3, 12, 12), color)
            p.drawText(int(x + 18), y + 14, legend)
            x += 18 + p.fontMetrics().horizontalAdvance(legend) + 24
        y += 28
        for f in self.figures:
            name = f.category or self.no_category
            p.setPen(text)
            p.drawText(
                QRectF(0, y, label_w - 10, 40),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            for i, (share, color) in enumerate(
                ((f.time_share, time_color), (f.turn_share, turn_color))
            ):
                top = y + 2 + i * 20
                p.fillRect(QRectF(label_w, top, bar_w * share, 16), color)
                p.drawText(
                    QRectF(label_w + bar_w * share + 6, top, 80, 16),
                    Qt.AlignmentFlag.AlignVCenter,
                    f"{share * 100:.0f} %",
                )
            y += 56
        p.end()


class SpeakingDialog(QDialog):
    def __init__(self, event: QtEvent, clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakingDialog")
        self.setWindowTitle(self.tr("Speaking time"))
        with event.file.session() as s:
            all_turns = turns(s, clock.now())
        self.people = self._table(
            "speakingPeople",
            [
                self.tr("Person"),
                self.tr("Category"),
                self.tr("Time"),
                self.tr("Turns"),
                self.tr("First spoke in"),
            ],
            [
                (f.name, f.category, clock_text(f.total), str(f.turns), f.first_block)
                for f in per_person(all_turns)
            ],
        )
        self.blocks = self._table(
            "speakingBlocks",
            [
                self.tr("Block"),
                self.tr("Total"),
                self.tr("Average"),
                self.tr("Longest"),
                self.tr("Turns"),
            ],
            [
                (
                    f.block,
                    clock_text(f.total),
                    clock_text(f.average),
                    clock_text(f.longest),
                    str(f.turns),
                )
                for f in per_block(all_turns)
            ],
        )
        categories = per_category(all_turns)
        self.chart = ShareChart()
        self.chart.show_figures(categories, self.tr("(no category)"))
        self.categories = self._table(
            "speakingCategories",
            [
                self.tr("Category"),
                self.tr("Time"),
                self.tr("Share of time"),
                self.tr("Turns"),
                self.tr("Share of turns"),
            ],
            [
                (
                    f.category or self.tr("(no category)"),
                    clock_text(f.total),
                    f"{f.time_share * 100:.0f} %",
                    str(f.turns),
                    f"{f.turn_share * 100:.0f} %",
                )
                for f in categories
            ],
        )
        by_category = QWidget()
        cl = QVBoxLayout(by_category)
        cl.addWidget(self.chart)
        cl.addWidget(self.categories, 1)
        tabs = QTabWidget(objectName="speakingTabs")
        tabs.addTab(self.people, self.tr("Per person"))
        tabs.addTab(self.blocks, self.tr("Per block"))
        tabs.addTab(by_category, self.tr("Per category"))
        total = sum((t.duration for t in all_turns), timedelta(0))
        summary = QLabel(
            self.tr("%1, %2 of speaking time, %3.")
            .replace("%1", self.tr("%n turns", "", len(all_turns)))
            .replace("%2", clock_text(total))
            .replace("%3", self.tr("%n people", "", len({t.person_id for t in all_turns})))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.resize(820, 600)

    def _table(self, name: str, headers: list[str], rows: list[tuple[str, ...]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers), objectName=name)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(False)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if c > 0 and value[:1].isdigit():
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table
