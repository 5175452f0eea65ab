"""What each action of the main window does, and where the screens' messages go."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar

from facilitateur import __version__
from facilitateur.sample import Sample
from facilitateur.ui import file_menu
from facilitateur.ui.actions import SPECS, ActionId, tr_action, tr_menu
from facilitateur.ui.backup_actions import periodic_backup, restore_backup
from facilitateur.ui.error_dialog import open_log_folder
from facilitateur.ui.exports import EXPORTS, export_synthesis, run_export
from facilitateur.ui.help_dialog import ShortcutsDialog
from facilitateur.ui.preferences import edit_preferences


def connect(window) -> None:
    a = window.action_map
    a[ActionId.NEW].triggered.connect(lambda: file_menu.new_event(window))
    a[ActionId.OPEN].triggered.connect(lambda: file_menu.open_dialog(window))
    a[ActionId.OPEN_SAMPLE].triggered.connect(lambda: window.open_sample())
    a[ActionId.OPEN_RUN_SAMPLE].triggered.connect(lambda: window.open_sample(sample=Sample.RUN))
    a[ActionId.SAVE_COPY].triggered.connect(lambda: file_menu.save_copy(window))
    a[ActionId.EXPORT_PDF].triggered.connect(lambda: export_synthesis(window))
    for export in EXPORTS:
        a[export].triggered.connect(lambda _=False, e=export: run_export(window, e))
    a[ActionId.MERGE].triggered.connect(lambda: file_menu.merge_dialog(window))
    a[ActionId.CONNECT_SHARED].triggered.connect(lambda: file_menu.connect_dialog(window))
    a[ActionId.COPY_TO_SHARED].triggered.connect(lambda: file_menu.copy_to_shared(window))
    a[ActionId.PODIUM_TAKE].triggered.connect(window.take_podium)
    a[ActionId.RESTORE_BACKUP].triggered.connect(lambda: restore_backup(window))
    window.backup_timer = QTimer(window, interval=30_000)
    window.backup_timer.timeout.connect(lambda: periodic_backup(window))
    window.backup_timer.start()
    a[ActionId.QUIT].triggered.connect(window.close)
    a[ActionId.UNDO].triggered.connect(lambda: window.current and window.current.undo())
    a[ActionId.REDO].triggered.connect(lambda: window.current and window.current.redo())
    a[ActionId.SHORTCUTS].triggered.connect(lambda: ShortcutsDialog(window).exec())
    a[ActionId.ABOUT].triggered.connect(lambda: about(window))
    a[ActionId.LOG_FOLDER].triggered.connect(open_log_folder)
    a[ActionId.PREFERENCES].triggered.connect(lambda: edit_preferences(window))
    a[ActionId.SCREEN_PREPARE].triggered.connect(
        lambda: window.show_screen(ActionId.SCREEN_PREPARE)
    )
    window.welcome.sample_requested.connect(lambda sample: window.open_sample(sample=sample))
    window.welcome.new_requested.connect(lambda: file_menu.new_default_event(window))
    window.welcome.open_requested.connect(lambda: file_menu.open_dialog(window))
    window.welcome.shared_requested.connect(lambda: file_menu.connect_dialog(window))
    window.welcome.recent_requested.connect(window.open_path)
    window.prepare.sample_requested.connect(lambda: window.open_sample())
    window.prepare.status.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.run.status.connect(lambda text: window.statusBar().showMessage(text, 15000))
    window.run.prepare_requested.connect(lambda: window.show_screen(ActionId.SCREEN_PREPARE))
    window.run.podium_requested.connect(window.show_podium)
    a[ActionId.SCREEN_RUN].triggered.connect(lambda: window.show_screen(ActionId.SCREEN_RUN))
    a[ActionId.SCREEN_NOTES].triggered.connect(lambda: window.show_screen(ActionId.SCREEN_NOTES))
    window.notes.status.connect(lambda text: window.statusBar().showMessage(text, 8000))
    a[ActionId.SCREEN_OPEN_SPACE].triggered.connect(
        lambda: window.show_screen(ActionId.SCREEN_OPEN_SPACE)
    )
    a[ActionId.OS_SETUP].triggered.connect(lambda: window.open_space.setup())
    a[ActionId.OS_SUGGEST].triggered.connect(lambda: window.open_space.suggest())
    a[ActionId.OS_REPORT_BACK].triggered.connect(window.report_back)
    a[ActionId.FULL_SCREEN].triggered.connect(window.toggle_full_screen)
    a[ActionId.RUN_LEAVE_FULL_SCREEN].triggered.connect(window.leave_full_screen)


def build_menus_and_navigation(window, screens) -> QToolBar:
    """The menu bar from the action registry, and the bar of screens on the left."""
    menus: dict[str, QMenu] = {}
    for spec in SPECS:
        if spec.menu not in menus:
            menus[spec.menu] = window.menuBar().addMenu(tr_menu(spec.menu))
        menu = menus[spec.menu]
        if spec.id in (ActionId.QUIT, ActionId.ADD_DAY):
            menu.addSeparator()
        menu.addAction(window.action_map[spec.id])
        if spec.id == ActionId.OPEN:
            menu.addMenu(window.recent_menu)
    window.recent_menu.aboutToShow.connect(lambda: file_menu.fill_recent_menu(window))
    nav = QToolBar(QCoreApplication.translate("MainWindow", "Screens"), objectName="navigation")
    nav.setMovable(False)
    nav.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
    group = QActionGroup(window)
    for screen in screens:
        action = window.action_map[screen]
        action.setCheckable(True)
        group.addAction(action)
        nav.addAction(action)
    window.addToolBar(Qt.ToolBarArea.LeftToolBarArea, nav)
    return nav


def about_box(window) -> QMessageBox:
    """Help → About: what the application is, its version and whose icons it draws."""
    text = QCoreApplication.translate(
        "MainWindow", "Facilitateur %1 — run a gathering from the podium, offline."
    ).replace("%1", __version__)
    icons = QCoreApplication.translate("MainWindow", "Icons: Lucide (ISC licence).")
    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        tr_action("About Facilitateur"),
        f"{text}\n\n{icons}",
        parent=window,
    )
    box.setIconPixmap(window.windowIcon().pixmap(64, 64))
    return box


def about(window) -> None:
    about_box(window).exec()
