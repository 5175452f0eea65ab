"""Every user action in one registry: id, text, icon, shortcuts, menu. Menus, the toolbar and
the Help → Keyboard shortcuts page are built from it (and the README table is checked against it).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from facilitateur.ui.theme import icon


class ActionId(StrEnum):
    NEW = "file.new"
    OPEN = "file.open"
    OPEN_SAMPLE = "file.open_sample"
    SAVE_COPY = "file.save_copy"
    QUIT = "file.quit"
    UNDO = "edit.undo"
    REDO = "edit.redo"
    SCREEN_PREPARE = "screen.prepare"
    SCREEN_RUN = "screen.run"
    SCREEN_NOTES = "screen.notes"
    SCREEN_OPEN_SPACE = "screen.open_space"
    OS_SETUP = "openspace.setup"
    OS_SUGGEST = "openspace.suggest"
    OS_REPORT_BACK = "openspace.report_back"
    OS_PRINT = "openspace.print"

    FULL_SCREEN = "view.full_screen"
    RUN_TOGGLE = "run.toggle"
    RUN_NEXT = "run.next"
    RUN_PREVIOUS = "run.previous"
    RUN_END = "run.end"
    RUN_PLUS = "run.plus"
    RUN_MINUS = "run.minus"
    RUN_BLACKOUT = "run.blackout"
    RUN_MESSAGE = "run.message"
    RUN_STAGE = "run.stage"
    RUN_REPLAN = "run.replan"
    SPEAKER_NEXT = "speaker.next"
    SPEAKER_STOP = "speaker.stop"
    SPEAKER_PAUSE = "speaker.pause"
    SPEAKER_READD = "speaker.readd"
    SPEAKER_ADD = "speaker.add"
    SPEAKER_UP = "speaker.up"
    SPEAKER_DOWN = "speaker.down"
    SPEAKER_REMOVE = "speaker.remove"
    NOTE_CAPTURE = "note.capture"

    SPEAKING_TIME = "speaker.statistics"
    EXPORT_SPEAKERS = "file.export_speakers"
    MERGE = "file.merge"
    RESTORE_BACKUP = "file.restore_backup"
    EXPORT_PDF = "file.export_pdf"
    EXPORT_ACTIONS = "file.export_actions"
    EXPORT_CALENDAR = "file.export_calendar"

    RUN_LEAVE_FULL_SCREEN = "run.leave_full_screen"
    IMPORT_PROGRAMME = "agenda.import"
    ADD_BLOCK = "agenda.add_block"

    ADD_SEGMENT = "agenda.add_segment"
    DELETE_BLOCK = "agenda.delete"
    MOVE_UP = "agenda.move_up"
    MOVE_DOWN = "agenda.move_down"
    INDENT = "agenda.indent"
    OUTDENT = "agenda.outdent"
    ADD_DAY = "day.add"
    REMOVE_DAY = "day.remove"
    SHORTCUTS = "help.shortcuts"
    ABOUT = "help.about"


MENUS = {
    "file": QT_TRANSLATE_NOOP("Menus", "&File"),
    "edit": QT_TRANSLATE_NOOP("Menus", "&Edit"),
    "view": QT_TRANSLATE_NOOP("Menus", "&View"),
    "agenda": QT_TRANSLATE_NOOP("Menus", "&Agenda"),
    "run": QT_TRANSLATE_NOOP("Menus", "&Run"),
    "openspace": QT_TRANSLATE_NOOP("Menus", "&Open Space"),
    "help": QT_TRANSLATE_NOOP("Menus", "&Help"),
}


@dataclass(frozen=True)
class ActionSpec:
    id: ActionId
    text: str  # English source text, translated in context "Actions"
    menu: str
    icon: str | None = None
    keys: tuple[str, ...] = ()
    # Agenda keys act only while the agenda has the focus, so Delete in a text field stays Delete.
    local: bool = False


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(
        ActionId.NEW, QT_TRANSLATE_NOOP("Actions", "New event…"), "file", "file-plus", ("Ctrl+N",)
    ),
    ActionSpec(
        ActionId.OPEN, QT_TRANSLATE_NOOP("Actions", "Open…"), "file", "folder-open", ("Ctrl+O",)
    ),
    ActionSpec(
        ActionId.OPEN_SAMPLE,
        QT_TRANSLATE_NOOP("Actions", "Open the sample day"),
        "file",
        "sparkles",
    ),
    ActionSpec(
        ActionId.SAVE_COPY,
        QT_TRANSLATE_NOOP("Actions", "Save a copy as…"),
        "file",
        "copy",
        ("Ctrl+Shift+S",),
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
    ActionSpec(
        ActionId.RUN_TOGGLE,
        QT_TRANSLATE_NOOP("Actions", "Start / pause"),
        "run",
        "play",
        ("Space",),
        True,
    ),
    ActionSpec(
        ActionId.RUN_NEXT,
        QT_TRANSLATE_NOOP("Actions", "Next"),
        "run",
        "skip-forward",
        ("N", "Right", "PgDown"),
        True,
    ),
    ActionSpec(
        ActionId.RUN_PREVIOUS,
        QT_TRANSLATE_NOOP("Actions", "Previous"),
        "run",
        "skip-back",
        ("P", "Left", "PgUp"),
        True,
    ),
    ActionSpec(
        ActionId.RUN_END,
        QT_TRANSLATE_NOOP("Actions", "End the block"),
        "run",
        "square",
        ("E",),
        True,
    ),
    ActionSpec(
        ActionId.RUN_PLUS,
        QT_TRANSLATE_NOOP("Actions", "One minute more"),
        "run",
        "plus",
        ("+", "="),
        True,
    ),
    ActionSpec(
        ActionId.RUN_MINUS,
        QT_TRANSLATE_NOOP("Actions", "One minute less"),
        "run",
        "minus",
        ("-",),
        True,
    ),
    ActionSpec(
        ActionId.RUN_BLACKOUT, QT_TRANSLATE_NOOP("Actions", "Blackout"), "run", "moon", ("B",), True
    ),
    ActionSpec(
        ActionId.RUN_MESSAGE,
        QT_TRANSLATE_NOOP("Actions", "Message to the speaker…"),
        "run",
        "message-square-text",
        ("M",),
        True,
    ),
    ActionSpec(
        ActionId.RUN_REPLAN,
        QT_TRANSLATE_NOOP("Actions", "Re-plan the day…"),
        "run",
        "list-tree",
        ("Ctrl+R",),
    ),
    ActionSpec(
        ActionId.SPEAKER_NEXT,
        QT_TRANSLATE_NOOP("Actions", "Next speaker"),
        "run",
        "mic",
        ("S",),
        True,
    ),
    ActionSpec(
        ActionId.SPEAKER_STOP,
        QT_TRANSLATE_NOOP("Actions", "The speaker has finished"),
        "run",
        "square",
        ("X",),
        True,
    ),
    ActionSpec(
        ActionId.SPEAKER_PAUSE,
        QT_TRANSLATE_NOOP("Actions", "Pause / resume the speaker"),
        "run",
        "pause",
        ("Shift+Space",),
        True,
    ),
    ActionSpec(
        ActionId.SPEAKER_READD,
        QT_TRANSLATE_NOOP("Actions", "Give the last speaker the floor again"),
        "run",
        "undo-2",
        ("R",),
        True,
    ),
    ActionSpec(
        ActionId.SPEAKER_ADD,
        QT_TRANSLATE_NOOP("Actions", "Add a speaker"),
        "run",
        "plus",
        ("Ctrl+L",),
        True,
    ),
    ActionSpec(
        ActionId.SPEAKER_UP,
        QT_TRANSLATE_NOOP("Actions", "Move the speaker up"),
        "run",
        "arrow-up",
        ("Alt+Up",),
        True,
    ),
    ActionSpec(
        ActionId.SPEAKER_DOWN,
        QT_TRANSLATE_NOOP("Actions", "Move the speaker down"),
        "run",
        "arrow-down",
        ("Alt+Down",),
        True,
    ),
    ActionSpec(
        ActionId.SPEAKER_REMOVE,
        QT_TRANSLATE_NOOP("Actions", "Take the speaker off the list"),
        "run",
        "trash-2",
        ("Del",),
        True,
    ),
    ActionSpec(
        ActionId.NOTE_CAPTURE,
        QT_TRANSLATE_NOOP("Actions", "Capture a note"),
        "run",
        "message-square-text",
        ("Ctrl+K",),
    ),
    ActionSpec(
        ActionId.SPEAKING_TIME,
        QT_TRANSLATE_NOOP("Actions", "Speaking time…"),
        "run",
        "users",
        ("Ctrl+T",),
    ),
    ActionSpec(
        ActionId.RUN_STAGE,
        QT_TRANSLATE_NOOP("Actions", "Show / hide the stage display"),
        "run",
        "presentation",
        ("F5",),
    ),
    ActionSpec(
        ActionId.RUN_LEAVE_FULL_SCREEN,
        QT_TRANSLATE_NOOP("Actions", "Leave full screen"),
        "run",
        None,
        ("Esc",),
    ),
    ActionSpec(
        ActionId.OS_SETUP,
        QT_TRANSLATE_NOOP("Actions", "Rooms and slots…"),
        "openspace",
        "wrench",
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
        QT_TRANSLATE_NOOP("Actions", "Print the board (PDF)…"),
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
    ActionSpec(ActionId.ABOUT, QT_TRANSLATE_NOOP("Actions", "About Facilitateur"), "help"),
)


def tr_action(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def tr_menu(key: str) -> str:
    return QCoreApplication.translate("Menus", MENUS[key])


def build_actions(owner: QWidget) -> dict[ActionId, QAction]:
    """Create one QAction per spec, parented to `owner`."""
    actions = {}
    for spec in SPECS:
        action = QAction(tr_action(spec.text), owner)
        action.setObjectName(spec.id.value)
        if spec.icon:
            action.setIcon(icon(spec.icon))
        if spec.keys:
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
        if spec.local:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        actions[spec.id] = action
    return actions


def shortcut_rows(translated: bool = True) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action that has keys, in registry order.

    Translated rows use the platform's key names; untranslated ones (the README) portable ones.
    """
    fmt = QKeySequence.SequenceFormat.NativeText
    if not translated:
        fmt = QKeySequence.SequenceFormat.PortableText
    rows = []
    for spec in SPECS:
        if spec.keys:
            keys = ", ".join(QKeySequence(k).toString(fmt) for k in spec.keys)
            menu = tr_menu(spec.menu) if translated else MENUS[spec.menu]
            text = tr_action(spec.text) if translated else spec.text
            rows.append((menu.replace("&", ""), text, keys))
    return rows


def shortcuts_markdown() -> str:
    """The README's shortcut table, generated from the registry (English, portable keys)."""
    lines = ["| Menu | Action | Keys |", "|---|---|---|"]
    for menu, text, keys in shortcut_rows(translated=False):
        lines.append(f"| {menu} | {text.rstrip('…')} | {keys.replace(', ', ' or ')} |")
    return "\n".join(lines)
