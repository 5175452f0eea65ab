"""The actions of the File, Edit, View and Agenda menus (Préparer's), and of the Open Space
and Help menus: text (translated in context "Actions"), icon, keys."""

from __future__ import annotations

from facilitateur.ui.action_ids import ActionId, ActionSpec
from facilitateur.ui.noop import QT_TRANSLATE_NOOP

PREPARE_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        ActionId.NEW, QT_TRANSLATE_NOOP("Actions", "New event…"), "file", "file-plus", ("Ctrl+N",)
    ),
    ActionSpec(
        ActionId.OPEN, QT_TRANSLATE_NOOP("Actions", "Open…"), "file", "folder-open", ("Ctrl+O",)
    ),
    ActionSpec(
        ActionId.OPEN_SAMPLE,
        QT_TRANSLATE_NOOP("Actions", "Open the sample day, prepared"),
        "file",
        "calendar-days",
    ),
    ActionSpec(
        ActionId.OPEN_RUN_SAMPLE,
        QT_TRANSLATE_NOOP("Actions", "Open the sample day, already run"),
        "file",
        "sparkles",
    ),
    ActionSpec(
        ActionId.CONNECT_SHARED,
        QT_TRANSLATE_NOOP("Actions", "Connect to a shared event…"),
        "file",
        "users",
    ),
    ActionSpec(
        ActionId.SAVE_COPY,
        QT_TRANSLATE_NOOP("Actions", "Save a copy as…"),
        "file",
        "copy",
        ("Ctrl+Shift+S",),
    ),
    ActionSpec(
        ActionId.COPY_TO_SHARED,
        QT_TRANSLATE_NOOP("Actions", "Share this event on a server…"),
        "file",
        "users",
    ),
    ActionSpec(
        ActionId.MERGE, QT_TRANSLATE_NOOP("Actions", "Merge from another copy…"), "file", "copy"
    ),
    ActionSpec(
        ActionId.RESTORE_BACKUP,
        QT_TRANSLATE_NOOP("Actions", "Restore a backup…"),
        "file",
        "undo-2",
    ),
    ActionSpec(
        ActionId.EXPORT_PDF,
        QT_TRANSLATE_NOOP("Actions", "Export the synthesis (PDF)…"),
        "file",
        "save",
        ("Ctrl+E",),
    ),
    ActionSpec(
        ActionId.EXPORT_SPEAKERS,
        QT_TRANSLATE_NOOP("Actions", "Export the speaking turns (CSV)…"),
        "file",
        "save",
    ),
    ActionSpec(
        ActionId.EXPORT_ACTIONS,
        QT_TRANSLATE_NOOP("Actions", "Export the actions (CSV)…"),
        "file",
        "save",
    ),
    ActionSpec(
        ActionId.EXPORT_CALENDAR,
        QT_TRANSLATE_NOOP("Actions", "Export the programme (iCalendar)…"),
        "file",
        "calendar-days",
    ),
    ActionSpec(ActionId.QUIT, QT_TRANSLATE_NOOP("Actions", "Quit"), "file", None, ("Ctrl+Q",)),
    ActionSpec(ActionId.UNDO, QT_TRANSLATE_NOOP("Actions", "Undo"), "edit", "undo-2", ("Ctrl+Z",)),
    ActionSpec(
        ActionId.REDO,
        QT_TRANSLATE_NOOP("Actions", "Redo"),
        "edit",
        "redo-2",
        ("Ctrl+Shift+Z", "Ctrl+Y"),
    ),
    ActionSpec(
        ActionId.PREFERENCES,
        QT_TRANSLATE_NOOP("Actions", "Preferences…"),
        "edit",
        "wrench",
        ("Ctrl+,",),
    ),
    ActionSpec(
        ActionId.SCREEN_PREPARE,
        QT_TRANSLATE_NOOP("Actions", "Prepare"),
        "view",
        "list-tree",
        ("Ctrl+1",),
    ),
    ActionSpec(
        ActionId.SCREEN_RUN, QT_TRANSLATE_NOOP("Actions", "Run"), "view", "timer", ("Ctrl+2",)
    ),
    ActionSpec(
        ActionId.SCREEN_NOTES,
        QT_TRANSLATE_NOOP("Actions", "Notes"),
        "view",
        "message-square-text",
        ("Ctrl+3",),
    ),
    ActionSpec(
        ActionId.SCREEN_OPEN_SPACE,
        QT_TRANSLATE_NOOP("Actions", "Open Space"),
        "view",
        "layout-grid",
        ("Ctrl+4",),
    ),
    ActionSpec(
        ActionId.FULL_SCREEN,
        QT_TRANSLATE_NOOP("Actions", "Full screen"),
        "view",
        "monitor",
        ("F11",),
    ),
    ActionSpec(
        ActionId.IMPORT_PROGRAMME,
        QT_TRANSLATE_NOOP("Actions", "Import a programme…"),
        "agenda",
        "clipboard-paste",
        ("Ctrl+I",),
        True,
    ),
    ActionSpec(
        ActionId.ADD_BLOCK,
        QT_TRANSLATE_NOOP("Actions", "Add a block"),
        "agenda",
        "plus",
        ("Ins", "Ctrl+Return"),
        True,
    ),
    ActionSpec(
        ActionId.ADD_SEGMENT,
        QT_TRANSLATE_NOOP("Actions", "Add a segment"),
        "agenda",
        "indent-increase",
        ("Shift+Ins", "Ctrl+Shift+Return"),
        True,
    ),
    ActionSpec(
        ActionId.DELETE_BLOCK,
        QT_TRANSLATE_NOOP("Actions", "Delete the block"),
        "agenda",
        "trash-2",
        ("Del",),
        True,
    ),
    ActionSpec(
        ActionId.MOVE_UP,
        QT_TRANSLATE_NOOP("Actions", "Move up"),
        "agenda",
        "arrow-up",
        ("Alt+Up",),
        True,
    ),
    ActionSpec(
        ActionId.MOVE_DOWN,
        QT_TRANSLATE_NOOP("Actions", "Move down"),
        "agenda",
        "arrow-down",
        ("Alt+Down",),
        True,
    ),
    ActionSpec(
        ActionId.INDENT,
        QT_TRANSLATE_NOOP("Actions", "Make a segment of the block above"),
        "agenda",
        "indent-increase",
        ("Alt+Right",),
        True,
    ),
    ActionSpec(
        ActionId.OUTDENT,
        QT_TRANSLATE_NOOP("Actions", "Make a block of its own"),
        "agenda",
        "indent-decrease",
        ("Alt+Left",),
        True,
    ),
    ActionSpec(
        ActionId.ADD_DAY, QT_TRANSLATE_NOOP("Actions", "Add a day"), "agenda", "calendar-plus"
    ),
    ActionSpec(ActionId.REMOVE_DAY, QT_TRANSLATE_NOOP("Actions", "Remove this day"), "agenda", "x"),
)

OPEN_SPACE_AND_HELP_SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        ActionId.OS_SETUP,
        QT_TRANSLATE_NOOP("Actions", "Rooms and slots…"),
        "openspace",
        "wrench",
        ("Ctrl+Shift+O",),
    ),
    ActionSpec(
        ActionId.OS_SUGGEST,
        QT_TRANSLATE_NOOP("Actions", "Suggest a placement…"),
        "openspace",
        "sparkles",
        ("Ctrl+Shift+G",),
    ),
    ActionSpec(
        ActionId.OS_REPORT_BACK,
        QT_TRANSLATE_NOOP("Actions", "Report-back"),
        "openspace",
        "presentation",
        ("Ctrl+Shift+R",),
    ),
    ActionSpec(
        ActionId.OS_PRINT,
        QT_TRANSLATE_NOOP("Actions", "Print the board and the room signs (PDF)…"),
        "openspace",
        "printer",
    ),
    ActionSpec(
        ActionId.SHORTCUTS,
        QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"),
        "help",
        "keyboard",
        ("F1",),
    ),
    ActionSpec(
        ActionId.LOG_FOLDER,
        QT_TRANSLATE_NOOP("Actions", "Open the log folder"),
        "help",
        "folder-open",
    ),
    ActionSpec(ActionId.ABOUT, QT_TRANSLATE_NOOP("Actions", "About Facilitateur"), "help"),
)
