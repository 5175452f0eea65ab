"""What each action of the main window does, and where the screens' messages go."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from facilitateur.ui import file_menu
from facilitateur.ui.actions import ActionId
from facilitateur.ui.backup_actions import periodic_backup, restore_backup
from facilitateur.ui.exports import EXPORTS, export_synthesis, run_export
from facilitateur.ui.help_dialog import ShortcutsDialog


def connect(window) -> None:
    a = window.action_map
    a[ActionId.NEW].triggered.connect(lambda: file_menu.new_event(window))
    a[ActionId.OPEN].triggered.connect(lambda: file_menu.open_dialog(window))
    a[ActionId.OPEN_SAMPLE].triggered.connect(window.open_sample)
    a[ActionId.SAVE_COPY].triggered.connect(lambda: file_menu.save_copy(window))
    a[ActionId.EXPORT_PDF].triggered.connect(lambda: export_synthesis(window))
    for export in EXPORTS:
        a[export].triggered.connect(lambda _=False, e=export: run_export(window, e))
    a[ActionId.MERGE].triggered.connect(lambda: file_menu.merge_dialog(window))
    a[ActionId.RESTORE_BACKUP].triggered.connect(lambda: restore_backup(window))
    window.backup_timer = QTimer(window, interval=30_000)
    window.backup_timer.timeout.connect(lambda: periodic_backup(window))
    window.backup_timer.start()
    a[ActionId.QUIT].triggered.connect(window.close)
    a[ActionId.UNDO].triggered.connect(lambda: window.current and window.current.undo())
    a[ActionId.REDO].triggered.connect(lambda: window.current and window.current.redo())
    a[ActionId.SHORTCUTS].triggered.connect(lambda: ShortcutsDialog(window).exec())
    a[ActionId.ABOUT].triggered.connect(window.about)
    a[ActionId.SCREEN_PREPARE].triggered.connect(
        lambda: window.show_screen(ActionId.SCREEN_PREPARE)
    )
    window.welcome.sample_requested.connect(window.open_sample)
    window.welcome.new_requested.connect(lambda: file_menu.new_default_event(window))
    window.welcome.open_requested.connect(lambda: file_menu.open_dialog(window))
    window.welcome.recent_requested.connect(window.open_path)
    window.prepare.sample_requested.connect(window.open_sample)
    window.prepare.status.connect(lambda text: window.statusBar().showMessage(text, 8000))
    window.run.status.connect(lambda text: window.statusBar().showMessage(text, 15000))
    window.run.prepare_requested.connect(lambda: window.show_screen(ActionId.SCREEN_PREPARE))
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
