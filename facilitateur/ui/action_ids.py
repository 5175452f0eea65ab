"""The ids of every user action, the menus they belong to, and what describes one (see
actions.py for the registry built from them)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from facilitateur.ui.noop import QT_TRANSLATE_NOOP


class ActionId(StrEnum):
    NEW = "file.new"
    OPEN = "file.open"
    OPEN_SAMPLE = "file.open_sample"
    OPEN_RUN_SAMPLE = "file.open_run_sample"
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
    RUN_BACK = "run.back"
    RUN_TAKE_UP = "run.take_up"
    RUN_END = "run.end"
    RUN_PLUS = "run.plus"
    RUN_MINUS = "run.minus"
    RUN_BLACKOUT = "run.blackout"
    RUN_MESSAGE = "run.message"
    RUN_STAGE = "run.stage"
    STAGE_PULSE = "run.stage_pulse"
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
    CONNECT_SHARED = "file.connect_shared"
    COPY_TO_SHARED = "file.copy_to_shared"
    PODIUM_TAKE = "run.take_podium"
    RESTORE_BACKUP = "file.restore_backup"
    EXPORT_PDF = "file.export_pdf"
    EXPORT_ACTIONS = "file.export_actions"
    EXPORT_CALENDAR = "file.export_calendar"

    RUN_LEAVE_FULL_SCREEN = "run.leave_full_screen"  # Esc: closes the stage display too
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
    PREFERENCES = "edit.preferences"
    SHORTCUTS = "help.shortcuts"
    LOG_FOLDER = "help.log_folder"
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
