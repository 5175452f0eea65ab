"""How the application's tables share their width.

The columns that matter (the person, the text) get the width; the others keep what their
content needs, up to a limit past which their text is cut in the middle (a name or a title
keeps its beginning and its end); any cell whose text is cut shows it whole in a tooltip; and
no table needs a horizontal scroll bar on a laptop's screen (1366 pixels wide).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QTreeView,
)

Index = QModelIndex | QPersistentModelIndex
PADDING = 18  # a cell's margins, left and right, in Fusion
NBSP = "\u00a0"
_SEPARATOR = re.compile(r"([;,]\s+)")


def names_whole(text: str) -> str:
    """A list of names (`A B, C D` or `A B; C D`) that wraps between names only: no line
    ends on a first name whose surname starts the next."""
    parts = _SEPARATOR.split(text)
    return "".join(p if _SEPARATOR.fullmatch(p) else p.replace(" ", NBSP) for p in parts)


class ElidingDelegate(QStyledItemDelegate):
    """Cuts the text of the `middle` columns in the middle, wraps only the `wrap` columns
    (the `names` ones between names), and shows the whole text of a cut cell in its tooltip
    (when the model gives none)."""

    def __init__(
        self,
        view: QAbstractItemView,
        middle: Iterable[int] = (),
        wrap: Iterable[int] = (),
        names: Iterable[int] = (),
        max_lines: int | None = None,
    ) -> None:
        super().__init__(view)
        self.middle, self.wrap, self.names = frozenset(middle), frozenset(wrap), frozenset(names)
        self.max_lines = max_lines  # a wrapped cell's most lines (the last one cut with …)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if index.column() in self.names:
            option.text = names_whole(option.text)
        if index.column() in self.middle:
            option.textElideMode = Qt.TextElideMode.ElideMiddle
        if index.column() not in self.wrap:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """A wrapped cell is as tall as its lines at its column's width (Qt's own hint does
        not know the width, and keeps such a cell on one line)."""
        view = self.parent()
        if index.column() in self.wrap and isinstance(view, QTableView | QTreeView):
            opt = QStyleOptionViewItem(option)
            width = view.columnWidth(index.column())
            if isinstance(view, QTreeView) and index.column() == view.treePosition():
                depth, parent = 1, index.parent()
                while parent.isValid():
                    depth, parent = depth + 1, parent.parent()
                width -= view.indentation() * depth
            # (a rectangle of no height counts as none: Qt would not wrap)
            opt.rect = QRect(0, 0, max(width, 20), max(opt.rect.height(), 1))
            hint = super().sizeHint(opt, index)
            if self.max_lines is not None:
                most = QFontMetrics(option.font).lineSpacing() * self.max_lines + 6
                hint.setHeight(min(hint.height(), most))
            return hint
        return super().sizeHint(option, index)

    def helpEvent(self, event: QHelpEvent, view, option, index: Index) -> bool:
        if event is not None and event.type() == QEvent.Type.ToolTip and index.isValid():
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if not index.data(Qt.ItemDataRole.ToolTipRole) and text and self.is_cut(option, index):
                QToolTip.showText(event.globalPos(), str(text), view)
                return True
        return super().helpEvent(event, view, option, index)

    def is_cut(self, option: QStyleOptionViewItem, index: Index) -> bool:
        """Whether the cell's text does not fit its width (so it is shown cut)."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else None
        if style is None:
            return False
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        fm = QFontMetrics(opt.font)
        lines = opt.text.split("\n")
        wrapped = bool(opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
        if wrapped:
            needed = fm.boundingRect(
                rect.adjusted(4, 0, -4, 0), Qt.TextFlag.TextWordWrap, opt.text
            ).height()
            return needed > rect.height()
        return any(fm.horizontalAdvance(line) > rect.width() - 4 for line in lines)


def text_width(view: QAbstractItemView, texts: Iterable[str], bold: bool = False) -> int:
    """The width a column needs to show the widest of `texts` whole."""
    font = view.font()
    font.setBold(bold)
    fm = QFontMetrics(font)
    return max((fm.horizontalAdvance(t) for t in texts if t), default=0) + PADDING


def share_width(
    header: QHeaderView, available: int, wanted: dict[int, int], least: dict[int, int], main: int
) -> None:
    """Size the columns of `wanted` (each at its content's width) so that `main`, the column
    that matters, stretched over the rest, keeps at least 40 % of the `available` pixels: when
    they do not fit, the widest give up width first (all cut to one width), none below its
    `least`. Nothing is left to scroll sideways."""
    header.setSectionResizeMode(main, QHeaderView.ResizeMode.Stretch)
    room = max(available - max(int(available * 0.4), least.get(main, 120)), 0)

    def capped(cap: int) -> dict[int, int]:
        return {c: min(w, max(cap, least.get(c, 40))) for c, w in wanted.items()}

    low, high = 0, max(wanted.values(), default=0)
    while low < high:  # the widest cap under which everything fits
        middle = (low + high + 1) // 2
        if sum(capped(middle).values()) <= room:
            low = middle
        else:
            high = middle - 1
    for column, width in capped(low).items():
        header.resizeSection(column, width)
