"""Topic cards painted in the board's cells and in the list of topics to place."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from facilitateur.models.openspace.board import TopicView
from facilitateur.ui import theme
from facilitateur.ui.openspace.board_model import CARDS, CONFLICTS, PINNED, Index
from facilitateur.ui.openspace.texts import STATUS_COLOR, status_icon, status_short


class CardDelegate(QStyledItemDelegate):
    """Title (bold, up to three lines), convener, interest and report status; a red frame and
    ⚠ for a conflict; a pin for a pinned card. Colour is never the only signal."""

    carrying: uuid.UUID | None = None  # the topic being moved with the keyboard, drawn dashed

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(180, fm.height() * 5 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cards: list[TopicView] = index.data(CARDS) or []
        conflicts: list[str] = index.data(CONFLICTS) or []
        pinned = index.data(PINNED) or set()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        outer = QRectF(option.rect).adjusted(2, 2, -2, -2)
        if selected:
            painter.setPen(QPen(theme.ACCENT, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(outer, 6, 6)
        if not cards:
            painter.setPen(pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            painter.drawText(
                outer, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("OpenSpace", "free")
            )
            painter.restore()
            return
        height = outer.height() / len(cards)
        for i, t in enumerate(cards):
            rect = QRectF(
                outer.left() + 3, outer.top() + i * height + 3, outer.width() - 6, height - 6
            )
            self._card(painter, rect, t, pal, t.id in pinned, bool(conflicts), len(cards) > 1)
        painter.restore()

    def _card(
        self,
        p: QPainter,
        rect: QRectF,
        t: TopicView,
        pal: QPalette,
        pinned: bool,
        conflict: bool,
        compact: bool,
    ) -> None:
        base = pal.color(QPalette.ColorRole.Base)
        card = base.lighter(104) if base.lightness() < 128 else QColor("#ffffff")
        border = theme.DANGER if conflict else pal.color(QPalette.ColorRole.Mid)
        pen = QPen(border, 2.2 if conflict else 1)
        if self.carrying == t.id:
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setColor(theme.ACCENT)
            pen.setWidthF(2)
        p.setPen(pen)
        p.setBrush(card)
        p.drawRoundedRect(rect, 5, 5)
        bar = QRectF(rect.left(), rect.top(), 5, rect.height())
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(STATUS_COLOR[t.report])
        p.drawRoundedRect(bar, 2, 2)

        inner = rect.adjusted(10, 4, -6, -4)
        bold = QFont(p.font())
        bold.setBold(True)
        small = QFont(p.font())
        small.setPointSizeF(max(p.font().pointSizeF() * 0.88, 7))
        fm_small = QFontMetrics(small)
        foot_h = fm_small.height()
        if pinned:
            p.drawPixmap(
                int(inner.right() - 14), int(inner.top()), theme.icon("pin").pixmap(14, 14)
            )
            inner.setRight(inner.right() - 16)

        text = pal.color(QPalette.ColorRole.Text)
        # Under the title: the convener, the dots, then the report's status (its icon and its
        # words, on two lines if the column is narrow); a card sharing its cell keeps the
        # dots and the status's icon only.
        side = foot_h - 2
        width = int(inner.width())
        words = status_short(t.report)
        status_rect = fm_small.boundingRect(
            0, 0, width - side - 4, 10 * foot_h, Qt.TextFlag.TextWordWrap, words
        )
        status_lines = 0 if compact else min(max(round(status_rect.height() / foot_h), 1), 2)
        convener_lines = 1 if t.convener and not compact else 0
        foot_lines = 1 + status_lines + convener_lines
        lines_left = inner.height() - foot_h * foot_lines
        p.setFont(bold)
        p.setPen(text)
        fm = QFontMetrics(bold)
        max_lines = max(1, int(lines_left // fm.height()))
        title_rect = QRectF(inner.left(), inner.top(), inner.width(), fm.height() * max_lines)
        p.drawText(
            title_rect,
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop,
            _fit(t.title, fm, inner.width(), max_lines),
        )
        p.setFont(small)
        grey = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        top = inner.bottom() - foot_h * foot_lines
        if convener_lines:
            p.setPen(grey)
            p.drawText(
                QRectF(inner.left(), top, inner.width(), foot_h),
                Qt.AlignmentFlag.AlignLeft,
                fm_small.elidedText(t.convener, Qt.TextElideMode.ElideRight, width),
            )
            top += foot_h
        status = status_icon(t.report).pixmap(side, side)
        dots = ("⚠ " if conflict else "") + f"● {t.interest}"
        if compact:
            p.drawPixmap(int(inner.right() - side), int(top + 1), status)
            width -= side + 4
        else:
            p.drawPixmap(int(inner.left()), int(top + foot_h + 1), status)
            p.setPen(grey)
            p.drawText(
                QRectF(inner.left() + side + 4, top + foot_h, width - side - 4, foot_h * 2),
                Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop,
                _fit(words, fm_small, width - side - 4, status_lines),
            )
        p.setPen(theme.DANGER if conflict else grey)
        p.drawText(
            QRectF(inner.left(), top, width, foot_h),
            Qt.AlignmentFlag.AlignLeft,
            fm_small.elidedText(dots, Qt.TextElideMode.ElideRight, width),
        )


class ListCardDelegate(CardDelegate):
    """A topic to place, on two lines — its title, then its dots and convener — so that a whole
    afternoon's marketplace (a dozen topics) shows at once beside the board; the full title in
    the tooltip."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(180, fm.height() * 2 + 14)

    def _card(
        self,
        p: QPainter,
        rect: QRectF,
        t: TopicView,
        pal: QPalette,
        pinned: bool,
        conflict: bool,
        compact: bool,
    ) -> None:
        base = pal.color(QPalette.ColorRole.Base)
        card = base.lighter(104) if base.lightness() < 128 else QColor("#ffffff")
        pen = QPen(pal.color(QPalette.ColorRole.Mid), 1)
        if self.carrying == t.id:
            pen = QPen(theme.ACCENT, 2, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(card)
        p.drawRoundedRect(rect, 5, 5)
        inner = rect.adjusted(8, 2, -6, -2)
        bold = QFont(p.font())
        bold.setBold(True)
        small = QFont(p.font())
        small.setPointSizeF(max(p.font().pointSizeF() * 0.88, 7))
        fm, fm_small = QFontMetrics(bold), QFontMetrics(small)
        half = inner.height() / 2
        p.setFont(bold)
        p.setPen(pal.color(QPalette.ColorRole.Text))
        title = fm.elidedText(t.title, Qt.TextElideMode.ElideRight, int(inner.width()))
        p.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), half),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        p.setFont(small)
        p.setPen(pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        foot = f"● {t.interest}" + (f"  ·  {t.convener}" if t.convener else "")
        p.drawText(
            QRectF(inner.left(), inner.top() + half, inner.width(), half),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm_small.elidedText(foot, Qt.TextElideMode.ElideRight, int(inner.width())),
        )


def _fit(text: str, fm: QFontMetrics, width: float, lines: int) -> str:
    """`text` cut with … so that it wraps into at most `lines` lines of `width`."""
    rect = fm.boundingRect(0, 0, int(width), 10_000, Qt.TextFlag.TextWordWrap, text)
    if rect.height() <= fm.height() * lines:
        return text
    words = text.split()
    while words:
        words.pop()
        candidate = " ".join(words) + " …"
        rect = fm.boundingRect(0, 0, int(width), 10_000, Qt.TextFlag.TextWordWrap, candidate)
        if rect.height() <= fm.height() * lines:
            return candidate
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
