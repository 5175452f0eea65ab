"""The agenda tree: inline editing, a kind picker, drag and drop, state kept across reloads."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTreeView,
    QWidget,
)

from facilitateur.models.agenda.model import BlockKind
from facilitateur.ui import theme
from facilitateur.ui.prepare.agenda_model import (
    DURATION,
    END,
    FIXED,
    KIND,
    SPEAKERS,
    START,
    TITLE,
    AgendaModel,
    IdRole,
)
from facilitateur.ui.prepare.kinds import kind_label
from facilitateur.ui.tables import PADDING, ElidingDelegate, text_width

SPEAKERS_LEAST, SPEAKERS_SHARE = 150, 0.28


class KindDelegate(QStyledItemDelegate):
    """Edits a block's kind with a list of kinds and their icons."""

    def createEditor(
        self, parent: QWidget, option, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        box = QComboBox(parent)
        for kind in BlockKind:
            box.addItem(theme.kind_icon(kind), kind_label(kind), kind.value)
        box.activated.connect(lambda _i, b=box: self.commitData.emit(b))
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)  # the editor createEditor made
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        editor.showPopup()

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)  # the editor createEditor made
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AgendaTree(QTreeView):
    """The day's blocks and segments, edited in place."""

    editing_ended = Signal()  # a cell's editor closed (committed or not)

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setTreePosition(TITLE)
        self.setObjectName("agendaTree")
        self.setAlternatingRowColors(True)
        # A long title and a list of speakers wrap (between names): the programme reads whole.
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setItemDelegate(
            ElidingDelegate(self, wrap=(TITLE, SPEAKERS), names=(SPEAKERS,), max_lines=2)
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Agenda"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # A cell is edited on purpose only (F2, Enter, a double click): a key pressed by
        # mistake (a clicker's B or PageUp) must never rename a block.
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setItemDelegateForColumn(KIND, KindDelegate(self))
        self.setExpandsOnDoubleClick(False)
        header = self.header()
        header.setStretchLastSection(False)
        for col in (START, END, DURATION, FIXED, KIND):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SPEAKERS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SPEAKERS, SPEAKERS_LEAST)
        # A wrapped row is as tall as its lines at the columns' widths: laid out again when
        # a width changes.
        header.sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())
        self._current: uuid.UUID | None = None
        self._collapsed: set[uuid.UUID] = set()
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)

    def closeEditor(self, editor: QWidget, hint) -> None:
        super().closeEditor(editor, hint)
        self.editing_ended.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter edits the current cell, as F2 does (Qt leaves Enter to the platform)."""
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (
            plain
            and enter
            and self.state() != QAbstractItemView.State.EditingState
            and self.currentIndex().isValid()
            and self.edit(self.currentIndex(), QAbstractItemView.EditTrigger.EditKeyPressed, event)
        ):
            return
        super().keyPressEvent(event)

    def agenda(self) -> AgendaModel:
        return self.model()  # type: ignore[return-value]

    def current_id(self) -> uuid.UUID | None:
        """The id of the selected block or segment."""
        index = self.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def select_id(self, block_id: uuid.UUID | None, column: int = TITLE) -> None:
        """Make the block current (and visible)."""
        if block_id is None:
            return
        index = self.agenda().index_of(block_id, column)
        if index.isValid():
            self.setCurrentIndex(index)
            self.scrollTo(index)

    def _remember(self) -> None:
        self._current = self.current_id() or self._current
        model = self.agenda()
        self._collapsed = {
            n.id for n in model.roots if n.children and not self.isExpanded(model.index_of(n.id, 0))
        }

    def _fit_speakers(self) -> None:
        """The speakers' column wide enough for two names a line (a block's panel of five
        fits its two lines, the rest in the tooltip and the details below), within
        SPEAKERS_LEAST and a share of the width: the title keeps most of it."""
        nodes = [x for n in self.agenda().roots for x in (n, *n.children)]
        names = [p.name for n in nodes for p in n.block.speakers]
        two = 2 * text_width(self, names) - PADDING // 2
        most = max(SPEAKERS_LEAST, int(self.viewport().width() * SPEAKERS_SHARE))
        self.header().resizeSection(SPEAKERS, max(SPEAKERS_LEAST, min(two, most)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_speakers()

    def _restore(self) -> None:
        self._fit_speakers()
        model = self.agenda()
        for n in model.roots:
            if n.children and n.id not in self._collapsed:
                self.setExpanded(model.index_of(n.id, 0), True)
        if self._current is not None and model.index_of(self._current).isValid():
            self.select_id(self._current)
        elif model.roots:
            self.setCurrentIndex(model.index(0, TITLE))
