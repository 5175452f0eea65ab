"""Forum ouvert / Open Space (Ctrl+4): marketplace and board, reports, report-back, convergence."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitateur.clock import Clock
from facilitateur.models.commands.core import Changes
from facilitateur.models.commands.front import Commands
from facilitateur.models.openspace.board import Board
from facilitateur.models.openspace.model import ReportStatus
from facilitateur.models.openspace.read import board_of, open_space, open_space_days
from facilitateur.models.storage.base import TableName
from facilitateur.ui import dates, theme
from facilitateur.ui.actions import ActionId
from facilitateur.ui.naming import named
from facilitateur.ui.openspace.board_model import BoardModel
from facilitateur.ui.openspace.board_view import BoardView
from facilitateur.ui.openspace.convergence import Convergence
from facilitateur.ui.openspace.empty_board import EmptyBoard
from facilitateur.ui.openspace.marketplace import Marketplace
from facilitateur.ui.openspace.report_back import ReportBack
from facilitateur.ui.openspace.reports_tab import ReportsTab
from facilitateur.ui.openspace.setup_dialog import SetupDialog
from facilitateur.ui.openspace.suggest_dialog import SuggestDialog
from facilitateur.ui.openspace.texts import conflict_text
from facilitateur.ui.openspace.topic_bar import TopicBar
from facilitateur.ui.qt_event import QtEvent
from facilitateur.ui.run.stage_control import StageControl

CONFLICTS_SHOWN = 3  # under the board, before "Show all"
WATCHED = (
    TableName.ROOM,
    TableName.SLOT,
    TableName.TOPIC,
    TableName.PLACEMENT,
    TableName.WORKSHOP_REPORT,
    TableName.PROPOSAL,
    TableName.NOTE,
    TableName.AGENDA_BLOCK,
)


def _native(keys: str) -> str:
    """Keys as the menus show them, in the interface's language (Ctrl+Maj+G in French)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


class OpenSpaceScreen(QWidget):
    status = Signal(str)

    def __init__(
        self,
        actions: dict[ActionId, QAction],
        clock: Clock,
        stage: StageControl,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("openSpaceScreen")
        self.current: QtEvent | None = None
        self._stale = False
        self.board = Board([], [], [])
        self.model = BoardModel(self.run, self)
        self.view = BoardView(self.model)
        self.market = Marketplace(self.run)
        # The conflicts under the board: the first few, and every one at a click (the board
        # scrolls meanwhile); a long one wraps rather than scrolling sideways.
        self.conflicts = named(QListWidget(), "openSpaceConflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflicts.setAccessibleName(self.tr("Conflicts on the board"))
        self.conflicts.viewport().installEventFilter(self)
        self.conflicts.itemActivated.connect(self._conflict_chosen)
        self.conflicts.itemClicked.connect(self._conflict_chosen)
        self.conflicts_label = named(QLabel(), "openSpaceConflictsLabel")
        self.conflicts_label.setStyleSheet(f"color: {theme.DANGER.name()}; font-weight: bold")
        self.conflicts_toggle = named(QToolButton(), "openSpaceConflictsToggle")
        self.conflicts_toggle.setCheckable(True)
        self.conflicts_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.conflicts_toggle.toggled.connect(lambda _on: self._fit_conflicts())
        self.conflicts_box = named(QWidget(), "openSpaceConflictsBox")
        cb = QVBoxLayout(self.conflicts_box)
        cb.setContentsMargins(0, 0, 0, 0)
        cb.setSpacing(2)
        head = QHBoxLayout()
        head.addWidget(self.conflicts_label, 1)
        head.addWidget(self.conflicts_toggle)
        cb.addLayout(head)
        cb.addWidget(self.conflicts)
        self.summary = named(QLabel(), "openSpaceSummary")
        self.reports = ReportsTab(self.run, self._confirm, refusal=self._refusal)
        self.reports.form.take_stored.connect(self._settled)
        self.report_back = ReportBack(clock, stage)
        self.report_back.status.connect(self.status)
        self.convergence = Convergence(self.run)
        self._last_focus = self.view

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for action_id in (ActionId.OS_SETUP, ActionId.OS_SUGGEST, ActionId.OS_PRINT):
            button = named(QToolButton(), f"button-{action_id.value}")
            button.setDefaultAction(actions[action_id])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            top.addWidget(button)
        for action_id, tip in (
            (ActionId.OS_SETUP, self.tr("Rooms (Ins adds one, Del removes one) and slots")),
            (
                ActionId.OS_SUGGEST,
                self.tr("A whole board proposed, with what it improves; Enter applies it"),
            ),
            (
                ActionId.OS_PRINT,
                self.tr(
                    "The board on one A3 page, and beside it one A4 sign per room listing its workshops"
                ),
            ),
            (ActionId.OS_REPORT_BACK, self.tr("Each workshop in turn on the stage display")),
        ):
            action = actions[action_id]
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
        # The keys of the tab shown, in one line under it (as on the podium).
        self.hints = named(QLabel(wordWrap=True), "openSpaceHints")
        self.hints.setStyleSheet("color: gray")

        self.topic_bar = TopicBar(self.run, self.topic, lambda: self.board, self.status.emit, self)

        board_side = QWidget()
        bl = QVBoxLayout(board_side)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.topic_bar)
        self.board_stack = QStackedWidget()
        self.empty = EmptyBoard(actions[ActionId.OS_SETUP])
        self.board_stack.addWidget(self.empty)
        self.board_stack.addWidget(self.view)
        bl.addWidget(self.board_stack, 1)
        bl.addWidget(self.conflicts_box)
        split = QSplitter()
        split.addWidget(self.market)
        split.addWidget(board_side)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 1000])
        split.setChildrenCollapsible(False)
        split.addActions(self.topic_bar.actions())  # their keys act on the board's tab only

        self.tabs = named(QTabWidget(), "openSpaceTabs")
        self.tabs.addTab(split, theme.icon("layout-grid"), self.tr("Marketplace and board"))
        self.tabs.addTab(self.reports, theme.icon("message-square-text"), self.tr("Reports"))
        self.tabs.addTab(self.report_back, theme.icon("presentation"), self.tr("Report-back"))
        self.tabs.addTab(self.convergence, theme.icon("circle-dot"), self.tr("Convergence"))
        self.tabs.currentChanged.connect(self._tab_changed)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            switch = QShortcut(QKeySequence(keys), self)
            switch.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            switch.activated.connect(lambda step=step: self._switch_tab(step))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.hints)
        self._show_hints()

        self.view.unassign.connect(lambda t: self.commands.topic_unassign(t))
        self.view.carrying_changed.connect(self._carrying)
        self.view.doubleClicked.connect(lambda _i: self.topic_bar.edit())
        self.market.list.doubleClicked.connect(lambda _i: self.topic_bar.edit())
        self.market.list.pick.connect(self.view.carry)
        if isinstance(app := QApplication.instance(), QApplication):
            app.focusChanged.connect(self._focus_changed)

    # The event ---------------------------------------------------------------------------------
    def set_event(self, event: QtEvent | None) -> None:
        self.report_back.stop()
        self.reports.form.save(final=True)  # leaving the event: what was typed is kept
        self.reports.form.topic = None
        self.current = event
        self.reports.file = event.file if event else None
        if event is not None:
            event.changed.connect(self._on_changed)
        self.refresh()

    @property
    def commands(self) -> Commands[Changes | None]:
        """The commands as methods, sent to the open event (nothing when none is open)."""
        return Commands(self.run)

    def run(self, cmd: str, args: dict) -> Changes | None:
        return self.current.run(cmd, args) if self.current else None

    def _settled(self, _topic: object) -> None:
        if self.current is not None:
            self.current.settled()

    def _refusal(self) -> str:
        """Why the last command was refused because another laptop changed its rows."""
        return self.current.last_refusal if self.current is not None else ""

    def _confirm(self, title: str, text: str) -> bool:
        return self.current is not None and self.current.interaction.confirm(title, text)

    def _on_changed(self, changes: Changes) -> None:
        # Notes are saved as they are typed at the podium: while this screen is not shown, the
        # board is read again only when it is shown.
        if changes.touches(*WATCHED):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        if self.current is None:
            self.board = Board([], [], [])
            rows, reports = [], {}
        else:
            view = open_space(self.current.file)
            self.board, rows = view.board, list(view.proposals)
            reports = {tid: (r.convener, r.key_points) for tid, r in view.reports.items()}
        b = self.board
        selected = self.view.selected_topic()
        self.model.set_board(b)
        if selected is not None:
            self.view.select_topic(selected)
        self.market.set_board(b)
        self.board_stack.setCurrentIndex(1 if b.rooms and b.slots else 0)
        self.conflicts.clear()
        for c in self.model.conflicts:
            text = conflict_text(c, b)
            item = QListWidgetItem(theme.icon("triangle-alert", theme.DANGER), text)
            item.setData(Qt.ItemDataRole.UserRole, str(c.topics[0]))
            item.setToolTip(text)
            self.conflicts.addItem(item)
        self.conflicts_box.setVisible(bool(self.model.conflicts))
        self._fit_conflicts()
        self.reports.set_board(b)
        self.report_back.set_board(b, reports)
        self.convergence.set_rows(rows)
        counts = b.report_counts()
        self.summary.setText(
            " · ".join(
                (
                    self.tr("%n topics", "", len(b.topics)),
                    self.tr("%n placed", "", len(b.placed)),
                    self.tr("%n conflicts", "", len(self.model.conflicts)),
                    self.tr("reports done: %1 of %2")
                    .replace("%1", str(counts[ReportStatus.DONE]))
                    .replace("%2", str(len(b.placed))),
                )
            )
        )

    # The topic in hand -------------------------------------------------------------------------
    def _focus_changed(self, _old, new) -> None:
        if new in (self.view, self.market.list):
            self._last_focus = new

    def topic(self) -> uuid.UUID | None:
        """The topic the topic bar acts on: selected in the board or the list, last focused."""
        first, second = (
            self._last_focus,
            (self.market.list if self._last_focus is self.view else self.view),
        )
        return first.selected_topic() or second.selected_topic()

    def _carrying(self, topic_id) -> None:
        if topic_id is None:
            return
        t = self.board.topic(topic_id)
        self.status.emit(
            self.tr(
                "Moving “%1”: arrows to choose the cell, Enter to put it there (Shift+Enter: share the cell), Esc to cancel"
            ).replace("%1", t.title if t else "")
        )

    def _fit_conflicts(self) -> None:
        """The first conflicts, or (toggled) all of them, the list as tall as they need."""
        count = self.conflicts.count()
        shown = count if self.conflicts_toggle.isChecked() else min(count, CONFLICTS_SHOWN)
        self.conflicts_label.setText(
            self.tr("⚠ %n conflicts — click one to find its topic", "", count)
        )
        self.conflicts_toggle.setVisible(count > CONFLICTS_SHOWN)
        if self.conflicts_toggle.isChecked():
            self.conflicts_toggle.setText(self.tr("Show fewer"))
            self.conflicts_toggle.setIcon(theme.icon("chevron-down"))
        else:
            self.conflicts_toggle.setText(self.tr("Show all %1").replace("%1", str(count)))
            self.conflicts_toggle.setIcon(theme.icon("chevron-up"))
        self.conflicts.doItemsLayout()  # the rows' heights at the list's width, wrapped
        height = sum(
            self.conflicts.visualItemRect(self.conflicts.item(i)).height() for i in range(shown)
        )
        self.conflicts.setFixedHeight(height + 2 * self.conflicts.frameWidth() + 2)

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.conflicts.viewport()
            and event.type() == QEvent.Type.Resize
            and event.size().width() != event.oldSize().width()
        ):
            QTimer.singleShot(0, self._fit_conflicts)  # wrapped again at the new width
        return super().eventFilter(watched, event)

    def _conflict_chosen(self, item: QListWidgetItem) -> None:
        self.view.select_topic(uuid.UUID(item.data(Qt.ItemDataRole.UserRole)))
        self.view.setFocus()

    def focusInEvent(self, event) -> None:
        """Arriving on the screen (Ctrl+4), the keyboard goes to the current tab's main widget."""
        if event is not None:
            super().focusInEvent(event)
        page = self.tabs.currentWidget()
        main = {
            self.reports: self.reports.list,
            self.report_back: self.report_back,
            self.convergence: self.convergence.table,
        }.get(page, self.view)
        main.setFocus()

    def _switch_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        self.focusInEvent(None)

    def _show_hints(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.reports:
            keys: tuple[tuple[str, str], ...] = (
                ("Tab", self.tr("next field")),
                ("↵", self.tr("a new line: one point, one proposal per line")),
                (_native("Ctrl+Enter"), self.tr("a next step: what, Tab, who, Tab, by when")),
                (self.tr("Del"), self.tr("removes the chosen step")),
            )
        elif page is self.report_back:
            keys = (
                ("F5", self.tr("on the stage display")),
                (self.tr("PgDown N →"), self.tr("next group")),
                (self.tr("PgUp P ←"), self.tr("previous")),
                (self.tr("Space"), self.tr("pause")),
            )
        elif page is self.convergence:
            keys = (("+ −", self.tr("a dot on the chosen proposal, or one back")),)
        else:
            keys = (
                ("↵", self.tr("pick up, put down")),
                ("← ↑ → ↓", self.tr("move")),
                (_native("Shift+Enter"), self.tr("share the cell")),
                (self.tr("Del"), self.tr("back to the list")),
                ("F2", self.tr("edit")),
                ("+ −", self.tr("dots")),
                ("Ctrl+P", self.tr("pin")),
                ("Ctrl+M", self.tr("merge")),
            )
        keys += ((self.tr("Ctrl+PgDown"), self.tr("next tab")),)
        self.hints.setText("  ·  ".join(f"{k} {v}" for k, v in keys))

    def _tab_changed(self, index: int) -> None:
        self._show_hints()
        if self.tabs.widget(index) is not self.reports:
            self.reports.form.save()
        if self.tabs.widget(index) is self.report_back:
            self.report_back.setFocus()

    # Dialogs -----------------------------------------------------------------------------------
    def setup(self) -> None:
        if (dialog := self.setup_dialog()) is not None:
            dialog.exec()

    def setup_dialog(self) -> SetupDialog | None:
        """Rooms and slots of the event open in this screen (None without an event)."""
        if self.current is None:
            return None
        days = [
            (str(day.id), day.label or dates.short_date(day.date), day.start, day.end)
            for day in open_space_days(self.current.file)
        ]

        file = self.current.file

        def read() -> Board:
            return board_of(file)

        return SetupDialog(self.run, read, days, self)

    def suggest(self) -> None:
        if self.current is None:
            return
        if self._stale:  # asked from another screen (Ctrl+Shift+G)
            self.refresh()
        if not (self.board.rooms and self.board.slots and self.board.topics):
            self.status.emit(self.tr("The suggestion needs rooms, slots and topics."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            dialog = SuggestDialog(self.board, self)
        finally:
            QApplication.restoreOverrideCursor()
        applied = dialog.exec() and self.commands.openspace_apply_suggestion(**dialog.args)
        if applied:
            self.status.emit(self.tr("Suggested placement applied — Ctrl+Z undoes it"))

    def show_report_back(self) -> None:
        self.tabs.setCurrentWidget(self.report_back)
