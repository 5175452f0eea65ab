"""Préparer: the event's details, its days, and each day's agenda of blocks and segments."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.agenda.read import day_list, day_summary, next_day
from facilitateur.models.agenda.timeofday import format_duration
from facilitateur.models.commands.core import Changes
from facilitateur.models.commands.front import UNSET, Commands
from facilitateur.models.queries import FlagKind
from facilitateur.models.storage.base import TableName
from facilitateur.ui import dates, theme
from facilitateur.ui.actions import ActionId
from facilitateur.ui.naming import named
from facilitateur.ui.prepare.agenda_model import TITLE, AgendaModel
from facilitateur.ui.prepare.agenda_nodes import BlockNode
from facilitateur.ui.prepare.agenda_view import AgendaTree
from facilitateur.ui.prepare.block_details import BlockDetails
from facilitateur.ui.prepare.block_timer import BlockTimerSettings
from facilitateur.ui.prepare.details_form import DetailsForm
from facilitateur.ui.prepare.empty_agenda import EmptyAgenda
from facilitateur.ui.qt_event import QtEvent

if TYPE_CHECKING:
    from facilitateur.ui.prepare.import_dialog import ImportDialog, ImportDraft

NEW_BLOCK_MINUTES = 30

AGENDA_TABLES = {TableName.AGENDA_BLOCK, TableName.DAY, TableName.SPEAKER_ENTRY, TableName.PERSON}
DETAILS_WIDTH = 360  # the event's details beside the agenda
# The agenda's buttons that show their icon only, in this order, when the screen is narrow.
COMPACT_FIRST = (ActionId.DELETE_BLOCK, ActionId.ADD_SEGMENT, ActionId.ADD_BLOCK)


def tool_button(toolbar: QToolBar, action: QAction) -> QToolButton:
    """The button a toolbar made for one of its actions (PySide6 types it a mere QWidget)."""
    button = toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


class PrepareScreen(QWidget):
    """The preparation screen; every change it makes is a command on the open event."""

    sample_requested = Signal()
    status = Signal(str)

    def __init__(self, actions: dict[ActionId, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prepareScreen")
        self.current: QtEvent | None = None
        self.day_ids: list[uuid.UUID] = []
        self.action_map = actions
        self._pending: set[TableName] = set()
        self._select_after: tuple[uuid.UUID, bool] | None = None
        self.import_dialog: ImportDialog | None = None  # while it is open (tests reach it)
        # What the import dialog held when it closed, by event: given back at its next opening.
        self._import_drafts: dict[Path, ImportDraft | None] = {}

        self.model = AgendaModel(self._run, self._tell, self, refusal=self._refusal)
        self.model.edit_kept.connect(self._edit_kept)
        self.tree = AgendaTree(self.model)
        self.tree.editing_ended.connect(self._editing_ended)
        self.form = DetailsForm(self._run)
        self.day_tabs = named(QTabBar(), "dayTabs")
        self.day_tabs.setExpanding(False)
        self.day_tabs.setDocumentMode(True)
        self.day_tabs.currentChanged.connect(self._day_selected)
        for action_id in (ActionId.ADD_DAY, ActionId.REMOVE_DAY):
            button = QToolButton()
            button.setDefaultAction(actions[action_id])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.form.add_day_button(button)

        toolbar = named(QToolBar(), "agendaToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(actions[ActionId.IMPORT_PROGRAMME])
        toolbar.addSeparator()
        for action_id in (ActionId.ADD_BLOCK, ActionId.ADD_SEGMENT, ActionId.DELETE_BLOCK):
            toolbar.addAction(actions[action_id])
        toolbar.addSeparator()
        for action_id in (ActionId.MOVE_UP, ActionId.MOVE_DOWN, ActionId.OUTDENT, ActionId.INDENT):
            toolbar.addAction(actions[action_id])
            toolbar.widgetForAction(actions[action_id]).setToolTip(
                f"{actions[action_id].text()} ({actions[action_id].shortcut().toString()})"
            )
        for action_id in (ActionId.MOVE_UP, ActionId.MOVE_DOWN, ActionId.OUTDENT, ActionId.INDENT):
            button = tool_button(toolbar, actions[action_id])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for action_id in (ActionId.IMPORT_PROGRAMME, *COMPACT_FIRST):
            keys = actions[action_id].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            text = actions[action_id].text().replace("&", "")
            toolbar.widgetForAction(actions[action_id]).setToolTip(
                f"{text} ({keys})" if keys else text
            )
        self.toolbar = toolbar
        toolbar.installEventFilter(self)

        self.summary = named(QLabel(), "agendaSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.details = BlockDetails()
        self.block_timer = BlockTimerSettings(self._run)
        tree_and_details = QSplitter(Qt.Orientation.Vertical)
        tree_and_details.addWidget(self.tree)
        tree_and_details.addWidget(self.details)
        tree_and_details.setStretchFactor(0, 4)
        tree_and_details.setStretchFactor(1, 1)
        tree_and_details.setSizes([480, 130])
        self.stack = QStackedWidget()
        self.stack.addWidget(tree_and_details)
        empty = EmptyAgenda()
        empty.import_programme.connect(self.import_programme)
        empty.add_block.connect(self.add_block)
        empty.open_sample.connect(self.sample_requested)
        self.stack.addWidget(empty)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.day_tabs)
        rl.addWidget(toolbar)
        rl.addWidget(self.stack, 1)
        rl.addWidget(self.block_timer)
        rl.addWidget(self.summary)

        split = QSplitter()
        split.addWidget(self.form)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([DETAILS_WIDTH, 1000])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(split)

        for action_id, slot in (
            (ActionId.ADD_BLOCK, self.add_block),
            (ActionId.ADD_SEGMENT, self.add_segment),
            (ActionId.DELETE_BLOCK, self.delete_block),
            (ActionId.MOVE_UP, lambda: self.move_by(-1)),
            (ActionId.MOVE_DOWN, lambda: self.move_by(+1)),
            (ActionId.INDENT, self.indent),
            (ActionId.OUTDENT, self.outdent),
            (ActionId.ADD_DAY, self.add_day),
            (ActionId.IMPORT_PROGRAMME, self.import_programme),
            (ActionId.REMOVE_DAY, self.remove_day),
        ):
            actions[action_id].triggered.connect(slot)
            if action_id not in (ActionId.ADD_DAY, ActionId.REMOVE_DAY):
                self.addAction(actions[action_id])
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._current_changed())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.toolbar and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self._fit_toolbar)  # once the toolbar has its new width
        return super().eventFilter(watched, event)

    def _fit_toolbar(self) -> None:
        """The agenda's buttons with their words while they fit; on a narrower screen
        (1280 pixels) those of COMPACT_FIRST show their icon only (their words in the
        tooltip), so that none hides behind the toolbar's » menu."""
        toolbar = self.toolbar
        buttons = [tool_button(toolbar, self.action_map[a]) for a in COMPACT_FIRST]
        for button in buttons:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for button in buttons:
            if self._toolbar_width() <= toolbar.width():
                break
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def _toolbar_width(self) -> int:
        """What the toolbar needs to show every button (its separators and margins too)."""
        toolbar = self.toolbar
        layout = toolbar.layout()
        spacing = layout.spacing() if layout is not None else 0
        needed = 0
        for action in toolbar.actions():
            widget = toolbar.widgetForAction(action)
            if widget is not None and action.isVisible():
                needed += widget.sizeHint().width() + spacing
        margins = toolbar.contentsMargins()
        return needed + margins.left() + margins.right() + 24

    def _current_changed(self) -> None:
        self._update_actions()
        node = self._current()
        self.details.show_block(node)
        self.block_timer.load(
            self.current.file if self.current else None, node.id if node else None
        )

    # The open event --------------------------------------------------------------------------
    def set_event(self, event: QtEvent | None) -> None:
        self.current = event
        if event is not None:
            event.changed.connect(self._on_changed)
        self._reload_days(select=0)

    @property
    def commands(self) -> Commands[Changes | None]:
        """The commands as methods, sent to the open event (nothing when none is open)."""
        return Commands(self._run)

    def _run(self, cmd: str, args: dict) -> Changes | None:
        return self.current.run(cmd, args) if self.current else None

    def _refusal(self) -> str:
        """Why the last command was refused because another laptop changed its rows."""
        return self.current.last_refusal if self.current is not None else ""

    def _editing_ended(self) -> None:
        if self._pending:  # changes that arrived while a cell was typed in
            QTimer.singleShot(0, self._refresh)

    def _edit_kept(self, block_id: uuid.UUID, column: int, text: str) -> None:
        # The editor is still closing (its commit was refused): open it again afterwards.
        QTimer.singleShot(0, lambda: self._edit_again(block_id, column, text))

    def _edit_again(self, block_id: uuid.UUID, column: int, text: str) -> None:
        """Show the block as another laptop left it, and the cell's editor open again on
        what was typed: Return applies it over theirs, Esc leaves theirs."""
        self._reload_agenda()
        index = self.model.index_of(block_id, column)
        if not index.isValid():
            return  # the block was removed meanwhile: the banner said who changed it
        self.tree.setCurrentIndex(index)
        self.model.kept = {(block_id, column): text}
        try:
            self.tree.edit(index)
        finally:
            self.model.kept = {}

    def _tell(self, message: str) -> None:
        if self.current:
            self.current.interaction.error(self.tr("Not done"), message)

    def _on_changed(self, changes: Changes) -> None:
        # Refresh on the next turn of the event loop: a command may come from an editor that
        # is still handling its key press, and resetting the model under it would destroy it.
        if not self._pending:
            QTimer.singleShot(0, self._refresh)
        self._pending |= changes.tables

    def _refresh(self) -> None:
        if self.tree.state() == self.tree.State.EditingState:
            # A cell is being typed in (another laptop's change arrived meanwhile): reloading
            # would close its editor and lose the typing; the reload waits for it to close.
            return
        tables, self._pending = self._pending, set()
        if TableName.DAY in tables:
            self._reload_days()
        elif tables & AGENDA_TABLES:
            self._reload_agenda()
        if tables & {TableName.EVENT, TableName.DAY}:
            self.form.load(self.current.file if self.current else None, self.current_day())
        if self._select_after is not None:
            block_id, edit = self._select_after
            self._select_after = None
            self.tree.select_id(block_id, TITLE)
            if edit:
                self.tree.setFocus()
                self.tree.edit(self.tree.currentIndex())

    def current_day(self) -> uuid.UUID | None:
        i = self.day_tabs.currentIndex()
        return self.day_ids[i] if 0 <= i < len(self.day_ids) else None

    def _reload_days(self, select: int | None = None) -> None:
        keep = self.current_day()
        ef = self.current.file if self.current else None
        labels: list[str] = []
        self.day_ids = []
        if ef is not None:
            for n, d in enumerate(day_list(ef), start=1):
                self.day_ids.append(d.id)
                when = dates.short_date(d.date)
                labels.append(
                    " · ".join(
                        x for x in (d.label or self.tr("Day %1").replace("%1", str(n)), when) if x
                    )
                )
        self.day_tabs.blockSignals(True)
        while self.day_tabs.count():
            self.day_tabs.removeTab(0)
        for label in labels:
            self.day_tabs.addTab(theme.icon("calendar-days"), label)
        index = (
            select
            if select is not None
            else (self.day_ids.index(keep) if keep in self.day_ids else 0)
        )
        self.day_tabs.setCurrentIndex(min(index, len(self.day_ids) - 1))
        self.day_tabs.blockSignals(False)
        self._day_selected()

    def _day_selected(self, *_args) -> None:
        self.form.load(self.current.file if self.current else None, self.current_day())
        self._reload_agenda()

    def _reload_agenda(self) -> None:
        ef = self.current.file if self.current else None
        self.model.load(ef, self.current_day())
        self.stack.setCurrentIndex(0 if self.model.roots else 1)
        self._update_summary()
        self._current_changed()

    def _update_summary(self) -> None:
        ef, day_id = (self.current.file if self.current else None), self.current_day()
        if ef is None or day_id is None:
            self.summary.setText("")
            return
        day = day_summary(ef, day_id)
        if day is None:
            self.summary.setText("")
            return
        flags, total = day.flags, day.planned_seconds
        hours = dates.span(day.start, day.end) if day.start and day.end else ""
        n = len(self.model.roots)
        parts = [
            self.tr("%n blocks", "", n),
            self.tr("%1 planned").replace("%1", format_duration(total)),
        ]
        if hours:
            parts.append(self.tr("day %1").replace("%1", hours))
        overlaps = sum(f.kind == FlagKind.OVERLAP for f in flags)
        gaps = sum(f.kind == FlagKind.GAP for f in flags)
        others = len(flags) - overlaps - gaps
        for count, text, color in (
            (overlaps, self.tr("%n overlaps", "", overlaps), theme.DANGER),
            (gaps, self.tr("%n gaps", "", gaps), theme.WARNING),
            (others, self.tr("%n to check", "", others), theme.DANGER),
        ):
            if count:
                mark = "⚠ " if color == theme.DANGER else ""
                parts.append(f"<span style='color:{color.name()}'>{mark}{text}</span>")
        self.summary.setText(" · ".join(parts))

    def _update_actions(self) -> None:
        node = self.model.node(self.tree.currentIndex())
        has_event = self.current is not None and self.current_day() is not None
        level = (node.parent.children if node and node.parent else self.model.roots) if node else []
        enabled = {
            ActionId.ADD_BLOCK: has_event,
            ActionId.ADD_SEGMENT: node is not None,
            ActionId.DELETE_BLOCK: node is not None,
            ActionId.MOVE_UP: node is not None and node.row > 0,
            ActionId.MOVE_DOWN: node is not None and node.row < len(level) - 1,
            ActionId.INDENT: node is not None
            and node.parent is None
            and node.row > 0
            and not node.children,
            ActionId.OUTDENT: node is not None and node.parent is not None,
            ActionId.ADD_DAY: self.current is not None,
            ActionId.IMPORT_PROGRAMME: self.current is not None,
            ActionId.REMOVE_DAY: self.current is not None and len(self.day_ids) > 1,
        }
        for action_id, on in enabled.items():
            self.action_map[action_id].setEnabled(on)

    # Agenda actions --------------------------------------------------------------------------
    def _current(self) -> BlockNode | None:
        return self.model.node(self.tree.currentIndex())

    def _created(self, changes: Changes | None) -> None:
        if changes and "id" in changes.result:
            self._select_after = (uuid.UUID(changes.result["id"]), True)

    def import_programme(self) -> None:
        """Open the import dialog; what it applies is one undoable command."""
        if self.current is None:
            return
        from facilitateur.ui.prepare.import_dialog import ImportDialog

        draft = self._import_drafts.get(self.current.file.path)
        dialog = ImportDialog(self.current, self, draft)
        self.import_dialog = dialog  # reachable by tests while it is open
        imported = dialog.exec()
        # Kept for the next opening, closed by Escape or imported (then undone, perhaps).
        self._import_drafts[self.current.file.path] = dialog.draft()
        if imported:
            self.status.emit(self.tr("Programme imported — Ctrl+Z undoes the import"))
        self.import_dialog = None

    # The agenda's editing: add a block or a segment, delete, move, indent and outdent, add
    # and remove days; each is one command on the open event ------------------------------------
    def add_block(self) -> None:
        """Add a block after the selected one (or at the end), starting when it ends."""
        if self.current is None:
            return
        if self.current_day() is None:
            self.commands.day_add(date=date.today().isoformat(), start="09:00", end="18:00")
            self._reload_days(select=0)
        node = self._current()
        anchor = (
            (node.parent or node) if node else (self.model.roots[-1] if self.model.roots else None)
        )
        added = self.commands.block_add(
            QCoreApplication.translate("PrepareScreen", "New block"),
            day=str(self.current_day()),
            minutes=NEW_BLOCK_MINUTES,  # the command places it after the one before
            position=anchor.row + 2 if anchor is not None else UNSET,
        )
        self._created(added)

    def add_segment(self) -> None:
        """Add a segment to the selected block (after the selected segment)."""
        node = self._current()
        if node is None:
            return
        parent = node.parent or node
        position = node.row + 2 if node.parent else len(parent.children) + 1
        title = QCoreApplication.translate("PrepareScreen", "New segment")
        self.tree.setExpanded(self.model.index_of(parent.id, 0), True)
        self._created(self.commands.block_add(title, parent=str(parent.id), position=position))

    def delete_block(self) -> None:
        node = self._current()
        if node is None or self.current is None:
            return
        if node.children or node.block.speakers:
            question = QCoreApplication.translate(
                "PrepareScreen", "Delete “%1” with its segments and speakers?"
            ).replace("%1", node.block.title)
            if not self.current.interaction.confirm(
                QCoreApplication.translate("PrepareScreen", "Delete the block"), question
            ):
                return
        if self.commands.block_remove(str(node.id)):
            self.status.emit(
                QCoreApplication.translate(
                    "PrepareScreen", "“%1” deleted — Ctrl+Z brings it back"
                ).replace("%1", node.block.title)
            )

    def _moved(self, node: BlockNode, args: dict) -> None:
        if self.commands.block_move(**args):
            self._select_after = (node.id, False)

    def move_by(self, step: int) -> None:
        node = self._current()
        if node is not None:
            self._moved(node, {"block": str(node.id), "position": node.row + 1 + step})

    def indent(self) -> None:
        node = self._current()
        if node is None or node.parent is not None or node.row == 0:
            return
        above = self.model.roots[node.row - 1]
        self.tree.setExpanded(self.model.index_of(above.id, 0), True)
        self._moved(
            node,
            {"block": str(node.id), "parent": str(above.id), "position": len(above.children) + 1},
        )

    def outdent(self) -> None:
        node = self._current()
        if node is None or node.parent is None:
            return
        self._moved(node, {"block": str(node.id), "parent": "", "position": node.parent.row + 2})

    def add_day(self) -> None:
        if self.current is None:
            return
        new = next_day(self.current.file, date.today())
        if self.commands.day_add(date=new.date.isoformat(), start=new.start, end=new.end):
            self._reload_days(select=len(self.day_ids))

    def remove_day(self) -> None:
        day_id = self.current_day()
        if self.current is None or day_id is None:
            return
        question = QCoreApplication.translate(
            "PrepareScreen", "Remove this day and all its blocks? (Ctrl+Z brings it back)"
        )
        if self.current.interaction.confirm(
            QCoreApplication.translate("PrepareScreen", "Remove this day"), question
        ):
            self.commands.day_remove(str(day_id))
