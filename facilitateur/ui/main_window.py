"""The main window: menus and navigation from the action registry, the open event file."""

from __future__ import annotations

import html
from datetime import tzinfo
from pathlib import Path
from zoneinfo import ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from facilitateur.clock import Clock, SystemClock
from facilitateur.models.agenda.heading import event_title, podium_holder_of
from facilitateur.models.agenda.read import event_settings
from facilitateur.models.agenda.timing import RunState
from facilitateur.models.commands.core import Changes
from facilitateur.models.refusal import Refusal
from facilitateur.models.storage.base import TableName
from facilitateur.models.storage.connection import is_part_of
from facilitateur.models.storage.engines import Origin, is_url
from facilitateur.models.storage.schema import EventFileError, FileInUse, unshowable
from facilitateur.models.storage.store import EventFile
from facilitateur.sample import Sample, create_sample, fresh_sample_path, remove_unchanged_copies
from facilitateur.ui import dates
from facilitateur.ui.about import about_box
from facilitateur.ui.actions import SPECS, ActionId, build_actions, tr_menu
from facilitateur.ui.backup_actions import BackupController
from facilitateur.ui.command_names import command_name
from facilitateur.ui.error_dialog import open_log_folder
from facilitateur.ui.exports import EXPORTS, ExportController
from facilitateur.ui.file_menu import FileController, recent_name
from facilitateur.ui.help_dialog import ShortcutsDialog
from facilitateur.ui.interaction import Interaction
from facilitateur.ui.naming import named
from facilitateur.ui.notes.notes_screen import NotesScreen
from facilitateur.ui.preferences import edit_preferences
from facilitateur.ui.prepare.screen import PrepareScreen
from facilitateur.ui.qt_event import QtEvent
from facilitateur.ui.refusals import NO_BACKUP, explain
from facilitateur.ui.run.clicker import ClickerKeys
from facilitateur.ui.run.run_screen import RUN_ACTIONS, SPEAKER_ACTIONS, RunScreen
from facilitateur.ui.welcome import WelcomePage

SCREENS = (
    ActionId.SCREEN_PREPARE,
    ActionId.SCREEN_RUN,
    ActionId.SCREEN_NOTES,
    ActionId.SCREEN_OPEN_SPACE,
)
RESCUE_SHOWN_MS = 60_000
OPENING_KEY = "opening"  # the file being reopened at start, until it has been shown a while
OPENING_SETTLES_MS = 5_000
# Keys of the podium that act from any view (and from the stage display's window).
PODIUM_KEYS = (ActionId.RUN_STAGE, ActionId.RUN_LEAVE_FULL_SCREEN, ActionId.NOTE_CAPTURE)
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
        self._zone: tzinfo | None = None  # the open event's time zone (see _now_said)
        self.setObjectName("mainWindow")
        self.interaction = interaction or Interaction(self)
        self.settings = QSettings()
        self.current: QtEvent | None = None
        # This laptop as the other laptops of a shared event see it (made when first needed).
        self.origin: Origin | None = None
        self.starting = False  # set while the file asked at start is opened, before showing
        self.action_map = build_actions(self)

        self.welcome = WelcomePage()
        self.prepare = PrepareScreen(self.action_map)
        self.run = RunScreen(self.action_map, self.clock)
        self.notes = NotesScreen(self.clock)
        self._open_space = None  # built on first use: it is not needed to start
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.prepare)
        self.pages.addWidget(self.run)
        self.pages.addWidget(self.notes)
        self.banner = named(QLabel(wordWrap=True), "readOnlyBanner")
        self.banner.setStyleSheet(
            "QLabel#readOnlyBanner { background: #fef3c7; color: #78350f; padding: 6px 10px; border-bottom: 1px solid #f59e0b; font-weight: bold; }"
        )
        self.banner.hide()
        # Said plainly, without taking the keyboard: the file had to be rewritten (reattach).
        self.rescue_banner = named(QLabel(wordWrap=True), "rescueBanner")
        self.rescue_banner.setStyleSheet(
            "QLabel#rescueBanner { background: #dbeafe; color: #1e3a8a; padding: 6px 10px; border-bottom: 1px solid #3b82f6; font-weight: bold; }"
        )
        self.rescue_banner.hide()
        # A file that cannot be written: said until it can again, never in a dialog that would
        # take the keystrokes of the note being typed.
        self.storage_banner = named(QLabel(wordWrap=True), "storageBanner")
        self.storage_banner.setStyleSheet(
            "QLabel#storageBanner { background: #fee2e2; color: #7f1d1d; padding: 6px 10px; border-bottom: 2px solid #dc2626; font-weight: bold; }"
        )
        self.storage_banner.hide()
        # A shared event whose server cannot be reached: said until it can again; typing goes on.
        self.connection_banner = named(QLabel(wordWrap=True), "connectionBanner")
        self.connection_banner.setStyleSheet(
            "QLabel#connectionBanner { background: #fee2e2; color: #7f1d1d; padding: 6px 10px; border-bottom: 2px solid #dc2626; font-weight: bold; }"
        )
        self.connection_banner.hide()
        self._rescue_timer = QTimer(self, singleShot=True, interval=RESCUE_SHOWN_MS)
        self._rescue_timer.timeout.connect(self.rescue_banner.hide)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.rescue_banner)
        column.addWidget(self.storage_banner)
        column.addWidget(self.connection_banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.recent_menu = named(QMenu(self.tr("Open recent"), self), "recentMenu")
        # What the File menu, the exports and the backups do, each given what it needs.
        self.files = FileController(
            self,
            self.interaction,
            self.statusBar(),
            self.settings,
            self.recent_menu,
            self.notes.editor,
        )
        self.exports = ExportController(
            self, self.interaction, self.statusBar(), self.clock, parent=self
        )
        self.backups = BackupController(
            self, self.interaction, self.statusBar(), self.show_damage, parent=self
        )
        self.navigation = self._build_menus_and_navigation()
        self.file_label = named(QLabel(), "fileLabel")
        # On a shared event: which laptop holds the podium (its keys drive the timers).
        self.podium_label = named(QLabel(), "podiumLabel")
        self.podium_label.hide()
        self.statusBar().addPermanentWidget(self.podium_label)
        self.statusBar().addPermanentWidget(self.file_label)
        # The clicker's keys reach the podium wherever the keyboard is (see ClickerKeys).
        self.clicker = ClickerKeys(
            self,
            self.run.stage,
            lambda: self.pages.currentWidget() is self.run,
            [self.action_map[a] for a in (*RUN_ACTIONS, *SPEAKER_ACTIONS, *PODIUM_KEYS)],
            [self.action_map[a] for a in PODIUM_KEYS],
        )

        self._connect_actions()
        self.backups.start()

        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry) or self.width() < 800:
            screen = self.screen().availableGeometry()
            self.resize(min(screen.width(), 1440), min(screen.height(), 900))
        self.remember_geometry = True
        self.remember_files = True  # in Open recent (not for a smoke run's scratch copy)
        self._set_event(None)

    def _build_menus_and_navigation(self) -> QToolBar:
        """The menu bar from the action registry, and the bar of screens on the left."""
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
        nav = named(QToolBar(QCoreApplication.translate("MainWindow", "Screens")), "navigation")
        nav.setMovable(False)
        nav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        group = QActionGroup(self)
        for screen in SCREENS:
            action = self.action_map[screen]
            action.setCheckable(True)
            group.addAction(action)
            nav.addAction(action)
        self.addToolBar(Qt.ToolBarArea.LeftToolBarArea, nav)
        return nav

    def _connect_actions(self) -> None:
        """What each action of the window does, and where the screens' messages go."""
        a = self.action_map
        a[ActionId.NEW].triggered.connect(self.files.new_event)
        a[ActionId.OPEN].triggered.connect(self.files.open_dialog)
        a[ActionId.OPEN_SAMPLE].triggered.connect(lambda: self.open_sample())
        a[ActionId.OPEN_RUN_SAMPLE].triggered.connect(lambda: self.open_sample(sample=Sample.RUN))
        a[ActionId.SAVE_COPY].triggered.connect(self.files.save_copy)
        a[ActionId.EXPORT_PDF].triggered.connect(self.exports.synthesis)
        for export in EXPORTS:
            a[export].triggered.connect(lambda _=False, e=export: self.exports.write(e))
        a[ActionId.MERGE].triggered.connect(self.files.merge)
        a[ActionId.CONNECT_SHARED].triggered.connect(lambda: self.files.connect_dialog())
        a[ActionId.COPY_TO_SHARED].triggered.connect(self.files.copy_to_shared)
        a[ActionId.PODIUM_TAKE].triggered.connect(self.take_podium)
        a[ActionId.RESTORE_BACKUP].triggered.connect(self.backups.restore)
        self.storage_banner.linkActivated.connect(lambda _link: self.backups.restore())
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.UNDO].triggered.connect(lambda: self.current and self.current.undo())
        a[ActionId.REDO].triggered.connect(lambda: self.current and self.current.redo())
        a[ActionId.SHORTCUTS].triggered.connect(lambda: ShortcutsDialog(self).exec())
        a[ActionId.ABOUT].triggered.connect(lambda: about_box(self).exec())
        a[ActionId.LOG_FOLDER].triggered.connect(open_log_folder)
        a[ActionId.PREFERENCES].triggered.connect(lambda: edit_preferences(self))
        for screen in SCREENS:
            a[screen].triggered.connect(lambda _=False, s=screen: self.show_screen(s))
        self.welcome.sample_requested.connect(lambda sample: self.open_sample(sample=sample))
        self.welcome.new_requested.connect(self.files.new_default_event)
        self.welcome.open_requested.connect(self.files.open_dialog)
        self.welcome.shared_requested.connect(lambda: self.files.connect_dialog())
        self.welcome.recent_requested.connect(self.open_path)
        self.prepare.sample_requested.connect(lambda: self.open_sample())
        self.prepare.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.run.status.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.run.prepare_requested.connect(lambda: self.show_screen(ActionId.SCREEN_PREPARE))
        self.run.podium_requested.connect(self.show_podium)
        self.notes.status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        a[ActionId.OS_SETUP].triggered.connect(lambda: self.open_space.setup())
        a[ActionId.OS_SUGGEST].triggered.connect(lambda: self.open_space.suggest())
        a[ActionId.OS_REPORT_BACK].triggered.connect(self.report_back)
        a[ActionId.FULL_SCREEN].triggered.connect(self.toggle_full_screen)
        a[ActionId.RUN_LEAVE_FULL_SCREEN].triggered.connect(self.leave_full_screen)

    # Files -----------------------------------------------------------------------------------
    def recent_paths(self) -> list[Path | str]:
        return self.files.recent_paths()

    def this_laptop(self) -> Origin:
        """This laptop as a shared event's other laptops see it: its kept id, and the
        note-taker's name when one was given (else the computer's name)."""
        if self.origin is None:
            author = str(self.settings.value("notes/author", "") or "").strip()
            self.origin = Origin.of_this_laptop(author or None)
        return self.origin

    def open_shared(self, address: str, password: str | None = None) -> bool:
        """Connect to a shared event; on refusal say why (a password asked for opens the
        connect dialog with the address filled in)."""
        if self.current is not None and self.current.file.location == address:
            self.statusBar().showMessage(self.tr("This event is already open"), 8000)
            return True
        try:
            ef = EventFile.connect(
                address, self.clock, password=password, origin=self.this_laptop()
            )
        except EventFileError as e:
            if e.reason == Refusal.PASSWORD and password is None and not self.starting:
                return self.files.connect_dialog(address, explain(e))
            self._refuse(Path(address), explain(e), offer=False)
            return False
        try:
            self._set_file(ef)
        except Exception as e:  # whatever the database holds, the window stays and says why
            self._set_event(None)
            self._refuse(Path(address), explain(unshowable(Path(address), e)), offer=False)
            return False
        return True

    def open_path(self, path: Path | str, create: bool = False, read_only: bool = False) -> bool:
        """Open an event file (or a shared event's address); on refusal tell the user and keep
        the current one. A file open elsewhere can be opened read-only instead."""
        if is_url(path):
            return self.open_shared(str(path))
        path = Path(path)
        if self.current is not None and is_part_of(Path(path), self.current.file.path):
            # Already open here: opening it again would read it beside the connection.
            self.statusBar().showMessage(self.tr("This event is already open"), 8000)
            return True
        try:
            ef = EventFile.open(
                path, self.clock, create=create, read_only=read_only, origin=self.this_laptop()
            )
        except FileInUse as e:
            question = self.tr("%1\n\nOpen it read-only here (to read it, or save a copy)?")
            if self.interaction.confirm(
                self.tr("The file is in use"), question.replace("%1", explain(e))
            ):
                return self.open_path(path, read_only=True)
            return False
        except EventFileError as e:
            self._refuse(Path(path), explain(e), offer=e.reason not in NO_BACKUP)
            return False
        try:
            self._set_file(ef)
        except Exception as e:  # whatever the file holds, the window stays and says why
            self._set_event(None)  # closes the file
            self._refuse(Path(path), explain(unshowable(Path(path), e)))
            return False
        if ef.migrated_from:
            self.statusBar().showMessage(
                self.tr("File updated to the new format; the old one was copied to %1").replace(
                    "%1", str(ef.backup_path)
                ),
                15000,
            )
        return True

    def _refuse(self, path: Path, why: str, offer: bool = True) -> None:
        """A file that cannot be opened or shown: said, with its latest good backup offered
        when it is damaged (`offer`); at start, once the window shows (not a lone dialog
        before any window)."""

        def tell() -> None:
            if offer:
                self.backups.offer(path, why)
            else:
                self.interaction.error(self.tr("Cannot open the file"), why)

        if self.starting:
            QTimer.singleShot(0, self, tell)
        else:
            tell()

    def open_last(self) -> None:
        """Reopen the most recent event, if there is one, unless the application stopped while
        opening it the last time: a file that made it fail is not reopened automatically at
        every start (it stays in the recent list, to be opened on purpose)."""
        recent = self.recent_paths()
        if not recent:
            return
        failed = self.settings.value(OPENING_KEY)
        if failed and str(failed) == str(recent[0]):
            self.settings.remove(OPENING_KEY)
            self.welcome.set_notice(
                self.tr(
                    "Facilitateur stopped while opening %1 the last time, so it was not reopened. Open it from the list to try again; if it fails again, File → Restore a backup."
                ).replace("%1", recent_name(recent[0]))
            )
            return
        # Set until the window has shown the file for a few seconds: still set at the next
        # start means that opening it made the application fail.
        self.settings.setValue(OPENING_KEY, str(recent[0]))
        self.settings.sync()
        self.open_path(recent[0])
        QTimer.singleShot(OPENING_SETTLES_MS, self, lambda: self.settings.remove(OPENING_KEY))

    def open_sample(self, path: Path | None = None, sample: Sample = Sample.PREPARED) -> None:
        """Open a fresh copy of the sample day, prepared or as run (that one on its podium,
        which says the day is over and that Ctrl+E writes its synthesis). The earlier copies
        in the data folder that nobody changed go: the new one is the same."""
        ef = create_sample(path or fresh_sample_path(sample=sample), self.clock, sample)
        self._set_file(ef)
        if sample is Sample.RUN:
            self.show_screen(ActionId.SCREEN_RUN)
        if path is None:
            remove_unchanged_copies(keep=[ef.path])

    def _set_file(self, ef: EventFile) -> None:
        self._set_event(QtEvent(ef, self.interaction, self))
        if self.remember_files:
            self.files.remember(ef.shared.address if ef.shared else ef.path)
        self.backups.check_integrity()

    def _set_event(self, event: QtEvent | None) -> None:
        self.backups.wait()
        if self.current is not None:
            self.notes.editor.save(final=True)  # leaving the event: what was typed is kept
            self.notes.editor.reset()
            if self._open_space is not None:
                self._open_space.reports.form.save(final=True)
            self.current.close()
            self.current.file.close()
            self.current.deleteLater()
        self.current = event
        self._zone = _zone_of(event)
        self.storage_banner.hide()
        self.connection_banner.hide()
        self.prepare.set_event(event)
        self.run.set_event(event)
        self.notes.set_event(event)
        if self._open_space is not None:
            self._open_space.set_event(event)
        if event is not None:
            event.changed.connect(self._on_changed)
            event.storage_failed.connect(self._on_not_saved)
            event.storage_recovered.connect(self._on_saved_again)
            event.rescued.connect(self._on_rescued)
            event.offline.connect(self._on_offline)
            event.undo_state_changed.connect(self._update_undo)
            reading = self.run.reading
            state = reading.reading.state if reading is not None and reading.reading else None
            # After a restart with a block under way, the podium comes back where it was.
            under_way = state in (RunState.RUNNING, RunState.PAUSED)
            self.show_screen(ActionId.SCREEN_RUN if under_way else ActionId.SCREEN_PREPARE)
            if not under_way:
                self.prepare.tree.setFocus()
            self.file_label.setText(event.file.location)
        else:
            self.welcome.set_recent(self.recent_paths())
            self.pages.setCurrentWidget(self.welcome)
            self.file_label.setText("")
        for action_id in (
            ActionId.SAVE_COPY,
            ActionId.EXPORT_SPEAKERS,
            ActionId.MERGE,
            ActionId.COPY_TO_SHARED,
            ActionId.RESTORE_BACKUP,
            ActionId.EXPORT_PDF,
            *OPEN_SPACE_ACTIONS,
            ActionId.SPEAKING_TIME,
            ActionId.NOTE_CAPTURE,
            *SPEAKER_ACTIONS,
            ActionId.RUN_STAGE,
            ActionId.STAGE_PULSE,
            ActionId.RUN_REPLAN,
            *SCREENS,
            *RUN_ACTIONS,
        ):
            self.action_map[action_id].setEnabled(event is not None)
        shared = event is not None and event.shared
        self.action_map[ActionId.PODIUM_TAKE].setEnabled(shared)
        self.action_map[ActionId.COPY_TO_SHARED].setEnabled(event is not None and not shared)
        self._update_podium()
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

    def show_podium(self) -> None:
        """F5 from another view: the podium comes to the front (its keys with it)."""
        if self.run.stage.report_back:
            return  # the Open Space's report-back has the display: it stays where it is
        if self.pages.currentWidget() is not self.run and self.current is not None:
            self.show_screen(ActionId.SCREEN_RUN)

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

    def report_back(self) -> None:
        self.show_screen(ActionId.SCREEN_OPEN_SPACE)
        self.open_space.show_report_back()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def leave_full_screen(self) -> None:
        """Esc: at the podium, the stage display closes (a clicker's Esc ends the show; F5
        brings it back); else, or with none shown, the window leaves full screen."""
        if self.pages.currentWidget() is self.run and self.run.close_stage():
            return
        if self.isFullScreen():
            self.showNormal()

    # State -----------------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(TableName.EVENT):
            self._update_title()
            self._update_podium()
        if changes.touches(TableName.EVENT):
            self._zone = _zone_of(self.current)
        when = self._now_said()
        if changes.result.get("remote"):
            author = changes.result.get("author") or self.tr("another laptop")
            text = self.tr("Changed by %1 at %2").replace("%1", author).replace("%2", when)
            self.statusBar().showMessage(text, 4000)
            return
        self.statusBar().showMessage(self.tr("Saved at %1").replace("%1", when), 4000)

    def _update_podium(self) -> None:
        """Who holds the podium of a shared event (its keys drive the timers)."""
        event = self.current
        if event is None or not event.shared:
            self.podium_label.hide()
            return
        holder, label = podium_holder_of(event.file)
        if not holder:
            text = self.tr("Podium: free (the first to start a timer takes it)")
        elif holder == event.file.origin.id:
            text = self.tr("Podium: held by this laptop")
        else:
            text = self.tr("Podium: held by %1").replace("%1", label or "?")
        self.podium_label.setText(text)
        self.podium_label.show()

    def take_podium(self) -> None:
        """Run → Take the podium: this laptop's keys drive the timers from now on."""
        if self.current is not None and self.current.commands.podium_take() is not None:
            self.statusBar().showMessage(self.tr("This laptop holds the podium now"), 8000)

    def _on_offline(self, offline: bool) -> None:
        if offline:
            self.connection_banner.setText(
                self.tr(
                    "Connection to the shared event lost — what you type is kept, and saved when the connection returns."
                )
            )
            self.connection_banner.show()
        else:
            self.connection_banner.hide()
            self.statusBar().showMessage(
                self.tr("Connection back: everything typed meanwhile is saved"), 10000
            )

    def _on_not_saved(self, why: str) -> None:
        self.storage_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.storage_banner.setText(self.tr("Not saved — %1").replace("%1", why))
        self.storage_banner.show()

    def show_damage(self, what: str) -> None:
        """A damaged file, found while working: said in the banner, with the restore of a
        backup one click away (never a dialog in the way of what is being typed)."""
        link = self.tr("Restore a backup…")
        self.storage_banner.setTextFormat(Qt.TextFormat.RichText)
        self.storage_banner.setText(
            f'{html.escape(what)} <a href="restore">{html.escape(link)}</a>'
        )
        self.storage_banner.show()

    def _on_saved_again(self) -> None:
        self.storage_banner.hide()
        if self.current is not None and self.current.shared:
            when = self._now_said()
            self.statusBar().showMessage(self.tr("Saved at %1").replace("%1", when), 10000)
            return
        self.statusBar().showMessage(self.tr("The file can be written again: saved"), 10000)

    def _on_rescued(self) -> None:
        when = self._now_said()
        self.rescue_banner.setText(
            self.tr(
                "%1 — Another program had cut Facilitateur off from the event file on disk (it deleted or replaced the file's log). The file was rewritten from what Facilitateur holds and reopened: nothing was lost. Keep other programs away from the open file."
            ).replace("%1", when)
        )
        self.rescue_banner.show()
        self._rescue_timer.start()

    def _now_said(self) -> str:
        """The time of a save, as the podium's clock says it: in the event's time zone (a
        laptop set to another zone would say "saved at 1:55" beside a podium at 2:55)."""
        return dates.clock(self.clock.now().astimezone(self._zone))

    def _update_title(self) -> None:
        title = "Facilitateur"
        if self.current is not None:
            title = f"{event_title(self.current.file)} — Facilitateur"
        self.setWindowTitle(title)

    def _update_undo(self) -> None:
        undo = self.current.file.undo_label() if self.current else None
        redo = self.current.file.redo_label() if self.current else None
        self.action_map[ActionId.UNDO].setEnabled(undo is not None)
        self.action_map[ActionId.REDO].setEnabled(redo is not None)
        # Said in words ("Undo: start the block"), in the status bar and the button's tooltip.
        for action_id, cmd, text in (
            (ActionId.UNDO, undo, self.tr("Undo: %1")),
            (ActionId.REDO, redo, self.tr("Redo: %1")),
        ):
            action = self.action_map[action_id]
            said = text.replace("%1", command_name(cmd)) if cmd else ""
            action.setStatusTip(said)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{said} ({keys})" if cmd else "")

    def save_pending(self, final: bool = False) -> None:
        """Save what is being typed now rather than in the next half second (before an export
        reads the file, or `final`ly before quitting: then a text waiting for the choice
        between it and another laptop's change is kept, saved over theirs)."""
        self.notes.editor.save(final=final)
        if self._open_space is not None:
            self._open_space.reports.form.save(final=final)
        self.run.capture.save()
        self.notes.capture.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_geometry:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.run.stage_control.remember_window()
        self.settings.remove(OPENING_KEY)  # closed normally: the file did not make it fail
        self.run.stage.close()
        self.exports.abort()  # a cancelled export leaves no file behind
        self.save_pending(final=True)  # nothing typed is lost on quit
        self.backups.wait()
        if self.current is not None:
            self.current.close()
            self.current.file.close()
        super().closeEvent(event)


def _zone_of(event: QtEvent | None) -> tzinfo | None:
    """The event's time zone; None (the laptop's) when there is no event, or when its zone is
    none this machine knows (a file refused at opening is never shown, but a save must never
    fail for want of a zone)."""
    if event is None:
        return None
    try:
        return event_settings(event.file).tz
    except (ZoneInfoNotFoundError, ValueError):
        return None
