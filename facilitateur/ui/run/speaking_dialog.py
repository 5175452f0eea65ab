"""Speaking time: per person, per block, per category (with a bar chart of the shares)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.speakers.stats import (
    CategoryFigures,
    per_block,
    per_category,
    per_person,
    read_turns,
)
from facilitateur.ui import theme
from facilitateur.ui.naming import named
from facilitateur.ui.noop import QT_TRANSLATE_NOOP
from facilitateur.ui.qt_event import QtEvent
from facilitateur.ui.tables import ElidingDelegate, share_width, text_width

NBSP = "\u00a0"
MAIN_LEAST = 200  # the column that takes the width: at least this
ROW_HEIGHT = 26


# The forms of a speaking time; a translation may write %3 for the minutes on two digits
# (French: "2 h 04").
SECONDS = QT_TRANSLATE_NOOP("SpeakingDialog", "%1 s")
MINUTES = QT_TRANSLATE_NOOP("SpeakingDialog", "%1 min")
MINUTES_SECONDS = QT_TRANSLATE_NOOP("SpeakingDialog", "%1 min %2 s")
HOURS = QT_TRANSLATE_NOOP("SpeakingDialog", "%1 h")
HOURS_MINUTES = QT_TRANSLATE_NOOP("SpeakingDialog", "%1 h %2 min")


def spoken(t: timedelta) -> str:
    """A speaking time in words, hours and minutes said: `45 s`, `13 min 50 s`, `2 h 04` in
    French and `2 h 4 min` in English (never `2:03:50` or `48:51`, which read as a time of
    day or leave hours and minutes to guess)."""
    s = round(t.total_seconds())
    if s < 60:
        form, first, second = SECONDS, s, 0
    elif s < 3600:
        first, second = divmod(s, 60)
        form = MINUTES_SECONDS if second else MINUTES
    else:
        first, second = divmod(round(s / 60), 60)
        form = HOURS_MINUTES if second else HOURS
    text = (
        QCoreApplication.translate("SpeakingDialog", form)
        .replace("%1", str(first))
        .replace("%2", str(second) if form == HOURS_MINUTES else f"{second:02d}")
        .replace("%3", f"{second:02d}")
    )
    return text.replace(" ", NBSP)


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
        all_turns = read_turns(event.file, clock.now())
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
                (f.name, f.category, spoken(f.total), str(f.turns), f.first_block)
                for f in per_person(all_turns)
            ],
            main=4,
            whole=0,
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
                    spoken(f.total),
                    spoken(f.average),
                    spoken(f.longest),
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
                    spoken(f.total),
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
        tabs = named(QTabWidget(), "speakingTabs")
        tabs.addTab(self.people, self.tr("Per person"))
        tabs.addTab(self.blocks, self.tr("Per block"))
        tabs.addTab(by_category, self.tr("Per category"))
        total = sum((t.duration for t in all_turns), timedelta(0))
        summary = QLabel(
            self.tr("%1, %2 of speaking time, %3.")
            .replace("%1", self.tr("%n turns", "", len(all_turns)))
            .replace("%2", spoken(total))
            .replace("%3", self.tr("%n people", "", len({t.person_id for t in all_turns})))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        self.resize(min(940, screen.width() - 40), min(620, screen.height() - 60))

    def _table(
        self,
        name: str,
        headers: list[str],
        rows: list[tuple[str, ...]],
        main: int = 0,
        whole: int | None = None,
    ) -> QTableWidget:
        """A table of figures: the `whole` column (the person) keeps its names whole, the
        `main` one takes the rest of the width (a block's title wraps, the first block of a
        person is cut in the middle, whole in its tooltip), the figures what they need;
        never a horizontal scroll bar."""
        table = SharedWidthTable(len(rows), len(headers), main, whole, objectName=name)
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(self.tr("Speaking time: %1").replace("%1", headers[0].lower()))
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
        return table


class SharedWidthTable(QTableWidget):
    """A table of figures sized by tables.share_width: `whole` never cut, `main` stretched
    over the rest (wrapped when it is the first column, else cut in the middle)."""

    def __init__(
        self, rows: int, columns: int, main: int, whole: int | None, objectName: str
    ) -> None:
        super().__init__(rows, columns)
        self.setObjectName(objectName)
        self.main, self.whole = main, whole
        wrap = (main,) if main == 0 else ()
        middle = () if main == 0 else (main,)
        self.setItemDelegate(ElidingDelegate(self, middle=middle, wrap=wrap))
        self.setWordWrap(bool(wrap))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _column(self, c: int) -> list[str]:
        texts = [item.text() for r in range(self.rowCount()) if (item := self.item(r, c))]
        header = self.horizontalHeaderItem(c)
        return [*texts, header.text() if header else ""]

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wanted = {c: text_width(self, self._column(c)) for c in range(self.columnCount())}
        least = {self.main: min(wanted.pop(self.main), MAIN_LEAST)}
        if self.whole is not None:
            least[self.whole] = wanted[self.whole]
        share_width(self.horizontalHeader(), self.viewport().width(), wanted, least, self.main)
        for r in range(self.rowCount()):
            self.setRowHeight(r, max(self.sizeHintForRow(r), ROW_HEIGHT))
