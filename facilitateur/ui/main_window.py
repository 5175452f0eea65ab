"""The main window: menus and navigation from the action registry, the open event file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from facilitateur import __version__
from facilitateur.clock import Clock, SystemClock
from facilitateur.models import queries
from facilitateur.models.commands.core import Changes
from facilitateur.models.schema import EventFileError, FileInUse
from facilitateur.models.store import EventFile
from facilitateur.models.timing import RunState
from facilitateur.paths import SUFFIX, data_dir, default_event_path
from facilitateur.sample import create_sample, fresh_sample_path
from facilitateur.ui.actions import SPECS, ActionId, build_actions, tr_action, tr_menu
from facilitateur.ui.backup_actions import offer_backup, periodic_backup, restore_backup
from facilitateur.ui.exports import EXPORTS, export_synthesis, run_export
from facilitateur.ui.help_dialog import ShortcutsDialog
from facilitateur.ui.interaction import Interaction
from facilitateur.ui.notes.notes_screen import NotesScreen
from facilitateur.ui.prepare.screen import PrepareScreen
from facilitateur.ui.qt_event import QtEvent
from facilitateur.ui.run.run_screen import RUN_ACTIONS, SPEAKER_ACTIONS, RunScreen
from facilitateur.ui.welcome import WelcomePage

MAX_RECENT = 8
SCREENS = (
    ActionId.SCREEN_PREPARE,
    ActionId.SCREEN_RUN,
    ActionId.SCREEN_NOTES,
    ActionId.SCREEN_OPEN_SPACE,
)
OPEN_SPACE_ACTIONS = (
    ActionId.OS_SETUP,
    ActionId.OS_SUGGEST,
    ActionId.OS_REPORT_BACK,
    ActionId.OS_PRINT,
)


class MainWindow(QMainWindow):
    def __init__(self, interaction: Interaction | None = None, clock: Clock | None = None) -> None:
        super().__init__()
        self.clock = clock or SystemClock()
        self.setObjectName("mainWindow")
        self.interaction = interaction or Interaction(self)
        self.settings = QSettings()
        self.current: QtEvent | None = None
        self.pdf_job = None  # the synthesis being written, if any
        self.action_map = build_actions(self)

        self.welcome = WelcomePage()
        self.prepare = PrepareScreen(self.action_map)
        self.run = RunScreen(self.action_map, self.clock)
        self.notes = NotesScreen()
        self._open_space = None  # built on first use: it is not needed to start
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.prepare)
        self.pages.addWidget(self.run)
        self.pages.addWidget(self.notes)
        self.banner = QLabel(objectName="readOnlyBanner", wordWrap=True)
        self.banner.setStyleSheet(
            "QLabel#readOnlyBanner { background: #fef3c7; color: #78350f; padding: 6px 10px; border-bottom: 1px solid #f59e0b; font-weight: bold; }"
        )
        self.banner.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.recent_menu = QMenu(self.tr("Open recent"), self, objectName="recentMenu")
        self._build_menus()
        self._build_navigation()
        self.file_label = QLabel(objectName="fileLabel")
        self.statusBar().addPermanentWidget(self.file_label)

        a = self.action_map
        a[ActionId.NEW].triggered.connect(self.new_event)
        a[ActionId.OPEN].triggered.connect(self.open_dialog)
        a[ActionId.OPEN_SAMPLE].triggered.connect(self.open_sample)
        a[ActionId.SAVE_COPY].triggered.connect(self.save_copy)
        a[ActionId.EXPORT_PDF].triggered.connect(lambda: export_synthesis(self))
        for export in EXPORTS:
            a[export].triggered.connect(lambda _=False, e=export: run_export(self, e))
        a[ActionId.MERGE].triggered.connect(self.merge_dialog)
        a[ActionId.RESTORE_BACKUP].triggered.connect(lambda: restore_backup(self))
        self.backup_timer = QTimer(self, interval=30_000)
        self.backup_timer.timeout.connect(lambda: periodic_backup(self))
        self.backup_timer.start()
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.UNDO].triggered.connect(lambda: self.current and self.current.undo())
        a[ActionId.REDO].triggered.connect(lambda: self.current and self.current.redo())
        a[ActionId.SHORTCUTS].triggered.connect(lambda: ShortcutsDialog(self).exec())
        a[ActionId.ABOUT].triggered.connect(self._about)
        a[ActionId.SCREEN_PREPARE].triggered.connect(
            lambda: self.show_screen(ActionId.SCREEN_PREPARE)
        )
        self.welcome.sample_requested.connect(self.open_sample)
        self.welcome.new_requested.connect(self.new_default_event)
        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.recent_requested.connect(self.open_path)
        self.prepare.sample_requested.connect(self.open_sample)
        self.prepare.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.run.status.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.run.prepare_requested.connect(lambda: self.show_screen(ActionId.SCREEN_PREPARE))
        a[ActionId.SCREEN_RUN].triggered.connect(lambda: self.show_screen(ActionId.SCREEN_RUN))
        a[ActionId.SCREEN_NOTES].triggered.connect(lambda: self.show_screen(ActionId.SCREEN_NOTES))
        self.notes.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        a[ActionId.SCREEN_OPEN_SPACE].triggered.connect(
            lambda: self.show_screen(ActionId.SCREEN_OPEN_SPACE)
        )
        a[ActionId.OS_SETUP].triggered.connect(lambda: self.open_space.setup())
        a[ActionId.OS_SUGGEST].triggered.connect(lambda: self.open_space.suggest())
        a[ActionId.OS_REPORT_BACK].triggered.connect(self._report_back)
        a[ActionId.FULL_SCREEN].triggered.connect(self.toggle_full_screen)
        a[ActionId.RUN_LEAVE_FULL_SCREEN].triggered.connect(self.leave_full_screen)

        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry) or self.width() < 800:
            screen = self.screen().availableGeometry()
            self.resize(min(screen.width(), 1440), min(screen.height(), 900))
        self.remember_geometry = True
        self._set_event(None)

    # Building --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        menus: dict[str, QMenu] = {}
        for spec in SPECS:
            if spec.menu not in menus:
                menus[spec.menu] = self.menuBar().addMenu(tr_menu(spec.menu))
            menu = menus[spec.menu]
            if spec.id in (ActionId.QUIT, ActionId.ADD_DAY):
                menu.addSeparator()
            menu.addAction(self.action_map[spec.id])
            if spec.id == ActionId.OPEN:
                menu.addMenu(self.recent_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def _build_navigation(self) -> None:
        nav = QToolBar(self.tr("Screens"), objectName="navigation")
        nav.setMovable(False)
        nav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        group = QActionGroup(self)
        for screen in SCREENS:
            action = self.action_map[screen]
            action.setCheckable(True)
            group.addAction(action)
            nav.addAction(action)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, nav)
        self.navigation = nav

    # Files -----------------------------------------------------------------------------------
    def recent_paths(self) -> list[Path]:
        values = self.settings.value("recent", []) or []
        if isinstance(values, str):
            values = [values]
        return [Path(v) for v in values if Path(v).exists()]

    def _remember(self, path: Path) -> None:
        paths = [p for p in self.recent_paths() if p.resolve() != path.resolve()]
        self.settings.setValue("recent", [str(p) for p in [path.resolve(), *paths][:MAX_RECENT]])

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.recent_paths():
            self.recent_menu.addAction(path.name, lambda p=path: self.open_path(p)).setToolTip(
                str(path)
            )
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def open_path(self, path: Path, create: bool = False, read_only: bool = False) -> bool:
        """Open an event file; on refusal tell the user and keep the current one. A file open
        elsewhere can be opened read-only instead."""
        try:
            ef = EventFile.open(path, self.clock, create=create, read_only=read_only)
        except FileInUse as e:
            question = self.tr("%1\n\nOpen it read-only here (to read it, or save a copy)?")
            if self.interaction.confirm(
                self.tr("The file is in use"), question.replace("%1", str(e))
            ):
                return self.open_path(path, read_only=True)
            return False
        except EventFileError as e:
            offer_backup(self, Path(path), str(e))
            return False
        self._set_file(ef)
        if ef.migrated_from:
            self.statusBar().showMessage(
                self.tr("File updated to the new format; the old one was copied to %1").replace(
                    "%1", str(ef.backup_path)
                ),
                15000,
            )
        return True

    def open_last(self) -> None:
        """Reopen the most recent event, if there is one."""
        recent = self.recent_paths()
        if recent:
            self.open_path(recent[0])

    def open_dialog(self) -> None:
        path = self.interaction.open_path(tr_action("Open…"), data_dir())
        if path is not None:
            self.open_path(path)

    def open_sample(self, path: Path | None = None) -> None:
        """Open a fresh copy of the sample day."""
        ef = create_sample(path or fresh_sample_path(), self.clock)
        self._set_file(ef)

    def new_event(self) -> None:
        suggested = data_dir() / f"evenement-{datetime.now():%Y-%m-%d}{SUFFIX}"
        path = self.interaction.save_path(tr_action("New event…"), suggested)
        if path is None:
            return
        if path.exists() and path.stat().st_size > 0:
            self.interaction.error(
                self.tr("Cannot create the file"),
                self.tr("%1 already exists; open it with File → Open.").replace("%1", str(path)),
            )
            return
        self.open_path(path, create=True)

    def new_default_event(self) -> None:
        """A new event in the user's data folder, with no question asked."""
        path = default_event_path()
        if path.exists():
            path = data_dir() / f"evenement-{datetime.now():%Y%m%d-%H%M%S}{SUFFIX}"
        self.open_path(path, create=True)

    def save_copy(self) -> None:
        if self.current is None:
            return
        current = self.current.file.path
        suggested = current.with_name(f"{current.stem}-copie{current.suffix}")
        path = self.interaction.save_path(tr_action("Save a copy as…"), suggested)
        if path is None:
            return
        try:
            self.current.file.save_copy(path)
        except OSError as e:
            self.interaction.error(self.tr("Cannot save the copy"), f"{path}: {e.strerror}")
            return
        self.statusBar().showMessage(self.tr("Copy saved: %1").replace("%1", str(path)), 8000)

    def merge_dialog(self) -> None:
        """File → Merge from another copy: notes, actions and reports of another laptop's copy."""
        if self.current is None:
            return
        path = self.interaction.open_path(
            tr_action("Merge from another copy…"), self.current.file.path.parent
        )
        if path is None:
            return
        if path.resolve() == self.current.file.path.resolve():
            self.interaction.error(
                self.tr("Cannot merge"), self.tr("This is the open file itself.")
            )
            return
        from facilitateur.models.merge import plan_merge

        try:
            with self.current.file.session() as s:
                plan = plan_merge(s, path)
        except (EventFileError, OSError) as e:
            self.interaction.error(self.tr("Cannot merge"), str(e))
            return
        take = self.interaction.choose_differences(plan) if plan.differences else set()
        if take is None:
            return
        args = plan.command_args(take)
        if args is None:
            self.statusBar().showMessage(
                self.tr("Nothing new in %1").replace("%1", path.name), 8000
            )
            return
        if self.current.run("merge.apply", args) is not None:
            count = sum(len(rows) for rows in args["rows"].values())
            text = self.tr("%1 item(s) merged from %2 — Ctrl+Z undoes the merge")
            self.statusBar().showMessage(
                text.replace("%1", str(count)).replace("%2", path.name), 10000
            )

    def _set_file(self, ef: EventFile) -> None:
        self._set_event(QtEvent(ef, self.interaction, self))
        self._remember(ef.path)

    def _set_event(self, event: QtEvent | None) -> None:
        if self.current is not None:
            self.notes.editor.save()
            self.notes.editor.reset()
            if self._open_space is not None:
                self._open_space.reports.form.save()
            self.current.file.close()
            self.current.deleteLater()
        self.current = event
        self.prepare.set_event(event)
        self.run.set_event(event)
        self.notes.set_event(event)
        if self._open_space is not None:
            self._open_space.set_event(event)
        if event is not None:
            event.changed.connect(self._on_changed)
            event.storage_failed.connect(lambda text: self.statusBar().showMessage(text, 20000))
            event.undo_state_changed.connect(self._update_undo)
            reading = self.run.reading
            state = reading.reading.state if reading is not None and reading.reading else None
            # After a restart with a block under way, the podium comes back where it was.
            under_way = state in (RunState.RUNNING, RunState.PAUSED)
            self.show_screen(ActionId.SCREEN_RUN if under_way else ActionId.SCREEN_PREPARE)
            if not under_way:
                self.prepare.tree.setFocus()
            self.file_label.setText(str(event.file.path))
        else:
            self.welcome.set_recent(self.recent_paths())
            self.pages.setCurrentWidget(self.welcome)
            self.file_label.setText("")
        for action_id in (
            ActionId.SAVE_COPY,
            ActionId.EXPORT_SPEAKERS,
            ActionId.MERGE,
            ActionId.RESTORE_BACKUP,
            ActionId.EXPORT_PDF,
            *OPEN_SPACE_ACTIONS,
            ActionId.SPEAKING_TIME,
            ActionId.NOTE_CAPTURE,
            *SPEAKER_ACTIONS,
            ActionId.RUN_STAGE,
            ActionId.RUN_REPLAN,
            *SCREENS,
            *RUN_ACTIONS,
        ):
            self.action_map[action_id].setEnabled(event is not None)
        self.navigation.setVisible(event is not None)
        read_only = event is not None and event.file.read_only
        self.banner.setVisible(read_only)
        if read_only:
            self.banner.setText(
                self.tr(
                    "Read-only: this file is open elsewhere or cannot be written here. Nothing you change can be saved in it; File → Save a copy as… makes a copy to work on."
                )
            )
        self._update_title()
        self._update_undo()

    def show_screen(self, screen: ActionId) -> None:
        if self.current is None:
            return
        self.action_map[screen].setChecked(True)
        page = {
            ActionId.SCREEN_PREPARE: self.prepare,
            ActionId.SCREEN_RUN: self.run,
            ActionId.SCREEN_NOTES: self.notes,
        }.get(screen) or self.open_space
        self.pages.setCurrentWidget(page)
        page.setFocus()

    @property
    def open_space(self):
        """The Open Space screen, built the first time it is wanted."""
        if self._open_space is None:
            from facilitateur.ui.openspace.screen import OpenSpaceScreen

            screen = OpenSpaceScreen(self.action_map, self.clock, self.run.stage_control)
            screen.status.connect(lambda text: self.statusBar().showMessage(text, 10000))
            self.pages.addWidget(screen)
            self._open_space = screen
            screen.set_event(self.current)
        return self._open_space

    def _report_back(self) -> None:
        self.show_screen(ActionId.SCREEN_OPEN_SPACE)
        self.open_space.show_report_back()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def leave_full_screen(self) -> None:
        """Esc: the window, or else the stage display, leaves full screen."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.run.stage_control.leave_full_screen()

    # State -----------------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("event"):
            self._update_title()
        self.statusBar().showMessage(
            self.tr("Saved at %1").replace("%1", datetime.now().strftime("%H:%M:%S")), 4000
        )

    def _update_title(self) -> None:
        title = "Facilitateur"
        if self.current is not None:
            with self.current.file.session() as s:
                name = queries.the_event(s).title or self.current.file.path.stem
            title = f"{name} — Facilitateur"
        self.setWindowTitle(title)

    def _update_undo(self) -> None:
        undo = self.current.file.undo_label() if self.current else None
        redo = self.current.file.redo_label() if self.current else None
        self.action_map[ActionId.UNDO].setEnabled(undo is not None)
        self.action_map[ActionId.REDO].setEnabled(redo is not None)
        self.action_map[ActionId.UNDO].setStatusTip(undo or "")
        self.action_map[ActionId.REDO].setStatusTip(redo or "")

    def _about(self) -> None:
        QMessageBox.about(
            self,
            tr_action("About Facilitateur"),
            self.tr("Facilitateur %1 — run a gathering from the podium, offline.").replace(
                "%1", __version__
            )
            + "\n\n"
            + self.tr("Icons: Lucide (ISC licence)."),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_geometry:
            self.settings.setValue("window/geometry", self.saveGeometry())
        self.run.stage.close()
        if self.pdf_job is not None:  # a cancelled export leaves no file behind
            self.pdf_job.abort()
        self.notes.editor.save()  # nothing typed is lost on quit
        if self._open_space is not None:
            self._open_space.reports.form.save()
        self.run.capture.save()
        self.notes.capture.save()
        if self.current is not None:
            self.current.file.close()
        super().closeEvent(event)
