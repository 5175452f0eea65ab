"""Refusals told in the interface's language: a file that cannot be opened or written, a key
of the podium with nothing to do, a synthesis that cannot be laid out.

The model raises its errors with an English message (for the command line) and a reason with
its values; here each reason has its text, translated in context "Refusals" (every reason a
command of the model gives is here: a test holds it). An error without a known reason keeps
its message.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject

from facilitateur.ui import dates

_NOT_SAVED = QT_TRANSLATE_NOOP(
    "Refusals",
    "Nothing of this change was written and the file is as it was; what you typed stays on screen. Free some space (or fix the cause), then go on.",
)
TEXTS = {
    "unreadable": QT_TRANSLATE_NOOP("Refusals", "{path}: cannot be read ({why})"),
    "not_sqlite": QT_TRANSLATE_NOOP(
        "Refusals", "{path}: not a Facilitateur event file (not an SQLite database)"
    ),
    "not_event": QT_TRANSLATE_NOOP("Refusals", "{path}: not a Facilitateur event file"),
    "damaged": QT_TRANSLATE_NOOP("Refusals", "{path}: damaged or not an event file ({why})"),
    "newer": QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: made by a newer version of Facilitateur (schema {revision}; this version, {version}, reads up to schema {head}); update the application to open it",
    ),
    "code": QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: holds code ({name}), which Facilitateur never puts in a file; refused, as it would run inside the file",
    ),
    "oversized": QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: the field {field} holds {size} characters, more than Facilitateur ever writes; refused",
    ),
    "unshowable": QT_TRANSLATE_NOOP(
        "Refusals", "{path}: damaged, its content cannot be shown ({why})"
    ),
    "bad_zone": QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: the event's time zone “{zone}” is not one this computer knows; refused",
    ),
    "unknown_zone": QT_TRANSLATE_NOOP("Refusals", "Unknown time zone “{zone}”"),
    "empty": QT_TRANSLATE_NOOP("Refusals", "{path}: empty (0 bytes), not an event"),
    "missing": QT_TRANSLATE_NOOP("Refusals", "{path}: no such file"),
    "read_only_older": QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: read-only and of an older format; copy it to a folder you can write to, then open the copy (it will be updated)",
    ),
    "no_folder": QT_TRANSLATE_NOOP("Refusals", "{path}: cannot create the folder ({why})"),
    "unopenable": QT_TRANSLATE_NOOP("Refusals", "{path}: cannot be opened ({why})"),
    "migration_failed": QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: cannot be updated to the new format ({why}); it is left as it was, and a copy was kept in {backup}",
    ),
    "in_use": QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: open in another Facilitateur window (on this computer or another session of it). Close it there first, or open a copy (File → Save a copy as, there).",
    ),
    "opened_read_only": QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: opened read-only, nothing can be saved in it. File → Save a copy as… makes a copy you can work on.",
    ),
    "own_file": QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: this is the open event file itself (or a file kept beside it); writing there would replace it. Choose another name.",
    ),
    "full": QT_TRANSLATE_NOOP("Refusals", "{path}: not saved, the disk is full."),
    "device": QT_TRANSLATE_NOOP(
        "Refusals", "{path}: not saved, the disk is full or the device failed."
    ),
    "read_only": QT_TRANSLATE_NOOP("Refusals", "{path}: not saved, the file is read-only."),
    "unwritable": QT_TRANSLATE_NOOP("Refusals", "{path}: not saved, it cannot be written ({why})."),
    "damaged_file": QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: not saved, the file is damaged ({why}). Nothing of this change was written. Restore its latest good backup: File → Restore a backup.",
    ),
    "damaged_found": QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: damaged ({why}); some of what it holds may be missing from the screens and the exports. Restore its latest good backup (File → Restore a backup).",
    ),
    "damaged_export": QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: damaged ({why}); nothing was exported, so that nothing is left out without a word. Restore its latest good backup (File → Restore a backup) and export that.",
    ),
    "not_text": QT_TRANSLATE_NOOP(
        "Refusals",
        "This text holds a character that is not text (an unpaired surrogate): nothing was saved",
    ),
    "nobody_named": QT_TRANSLATE_NOOP("Refusals", "Nobody named “{name}” in this event"),
    "no_agenda": QT_TRANSLATE_NOOP("Refusals", "The event has no agenda yet"),
    "running": QT_TRANSLATE_NOOP("Refusals", "“{title}” is already running"),
    "all_ended": QT_TRANSLATE_NOOP("Refusals", "Every block of the day has ended"),
    "not_running": QT_TRANSLATE_NOOP("Refusals", "No block is running"),
    "not_paused": QT_TRANSLATE_NOOP("Refusals", "No block is paused"),
    "not_under_way": QT_TRANSLATE_NOOP("Refusals", "No block is under way (Space starts one)"),
    "first_block": QT_TRANSLATE_NOOP("Refusals", "This is the first block of the day"),
    "not_positive": QT_TRANSLATE_NOOP("Refusals", "“{name}” must be more than 0"),
    "room_exists": QT_TRANSLATE_NOOP("Refusals", "There is already a room named “{name}”"),
    "room_in_use": QT_TRANSLATE_NOOP(
        "Refusals",
        "“{name}” has workshops on the board: send them back to the list first, or use Remove the room (they go back to the list)",
    ),
    "slot_backwards": QT_TRANSLATE_NOOP("Refusals", "A slot must end after it starts ({slot})"),
    "slot_overlap": QT_TRANSLATE_NOOP("Refusals", "{slot} overlaps the slot {other}"),
    "no_window": QT_TRANSLATE_NOOP(
        "Refusals",
        "Give the start and the end: the day has no Open Space block with times in the agenda",
    ),
    "no_slot_fits": QT_TRANSLATE_NOOP(
        "Refusals", "No slot of {minutes} min fits between {start} and {end}"
    ),
    "both_reported": QT_TRANSLATE_NOOP(
        "Refusals", "Both topics already have a report; merge them before the workshops"
    ),
    "no_speakers": QT_TRANSLATE_NOOP("Refusals", "The list of speakers is empty"),
    "nobody_speaking": QT_TRANSLATE_NOOP("Refusals", "Nobody has the floor"),
    "nobody_spoke": QT_TRANSLATE_NOOP("Refusals", "Nobody has spoken yet in this block"),
    "nothing_to_undo": QT_TRANSLATE_NOOP("Refusals", "PgUp: no PgDn step left to undo"),
    "step_overtaken": QT_TRANSLATE_NOOP(
        "Refusals",
        "PgUp cannot undo the last PgDn exactly: the timers were moved since by another key (Space, E, S …). Ctrl+Z undoes the last action.",
    ),
    "topic_has_notes": QT_TRANSLATE_NOOP(
        "Refusals", "“{title}” has notes; move or delete them first"
    ),
    "pdf_layout": QT_TRANSLATE_NOOP(
        "Refusals",
        "The synthesis could not be laid out: in the section “{section}” (page {page}), something is larger than a page. No file was written; export it again without that section.",
    ),
    # A shared event (several laptops, a PostgreSQL server).
    "bad_address": QT_TRANSLATE_NOOP("Refusals", "{path}: not a shared event's address ({why})"),
    "password": QT_TRANSLATE_NOOP(
        "Refusals", "{path}: the server asks for a password, or refused the one given ({why})"
    ),
    "no_database": QT_TRANSLATE_NOOP("Refusals", "{path}: the server has no such database ({why})"),
    "unreachable": QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: the server cannot be reached ({why}). Check the network and the server's address.",
    ),
    "not_event_database": QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: this database holds other tables, not a Facilitateur event; use a database of its own for each event",
    ),
    "not_empty": QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: the database is not empty; copy the event into a new, empty database (one database per event)",
    ),
    "connection_lost": QT_TRANSLATE_NOOP(
        "Refusals",
        "Connection to the shared event lost — what you type is kept, and saved when the connection returns.",
    ),
    "server_refused": QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: not saved, the server refused it ({why}). Nothing of this change was kept.",
    ),
    "changed_elsewhere": QT_TRANSLATE_NOOP(
        "Refusals",
        "{who} changed this since you read it; nothing was saved over their change.",
    ),
    "undo_conflict": QT_TRANSLATE_NOOP(
        "Refusals",
        "Not undone: {who} changed the same items since your command; nothing was changed.",
    ),
    "redo_conflict": QT_TRANSLATE_NOOP(
        "Refusals",
        "Not redone: {who} changed the same items since; nothing was changed.",
    ),
    "podium_elsewhere": QT_TRANSLATE_NOOP(
        "Refusals",
        "The podium is held by {who}: their keys drive the timers. Run → Take the podium hands it to this laptop.",
    ),
    "podium_here": QT_TRANSLATE_NOOP("Refusals", "This laptop already holds the podium"),
    # Commands refused (every CommandError of the model has its reason here).
    "bad_arguments": QT_TRANSLATE_NOOP(
        "Refusals",
        "This command was refused: its arguments are not valid (a script or a file written by hand?). Nothing was changed.",
    ),
    "unknown_command": QT_TRANSLATE_NOOP("Refusals", "Unknown command “{name}”"),
    "file_refused": QT_TRANSLATE_NOOP(
        "Refusals",
        "The file refused this change, which breaks one of its rules; nothing was changed.",
    ),
    "gone": QT_TRANSLATE_NOOP(
        "Refusals",
        "This item no longer exists: it was removed, perhaps on another laptop. Nothing was changed.",
    ),
    "no_such": QT_TRANSLATE_NOOP("Refusals", "“{ref}” names nothing in this event"),
    "ambiguous": QT_TRANSLATE_NOOP(
        "Refusals", "“{ref}” names several items: name it by its number (#N)"
    ),
    "no_day": QT_TRANSLATE_NOOP("Refusals", "The event has no day yet"),
    "not_negative": QT_TRANSLATE_NOOP(
        "Refusals", "A number or a duration may not be negative here"
    ),
    "position": QT_TRANSLATE_NOOP("Refusals", "The position must be between 1 and {last}"),
    "day_backwards": QT_TRANSLATE_NOOP("Refusals", "The day ends before it starts"),
    "block_title": QT_TRANSLATE_NOOP("Refusals", "A block needs a title"),
    "block_backwards": QT_TRANSLATE_NOOP("Refusals", "“{title}” ends before it starts"),
    "end_without_start": QT_TRANSLATE_NOOP(
        "Refusals", "“{title}” has an end but no start: give its start first"
    ),
    "nested_segment": QT_TRANSLATE_NOOP("Refusals", "A segment cannot have segments of its own"),
    "has_segments": QT_TRANSLATE_NOOP("Refusals", "A block with segments cannot become a segment"),
    "past_midnight": QT_TRANSLATE_NOOP("Refusals", "This pushes “{title}” past midnight"),
    "programme_too_large": QT_TRANSLATE_NOOP("Refusals", "The programme is too large to import"),
    "programme_unread": QT_TRANSLATE_NOOP(
        "Refusals", "The programme could not be read (line {line}); nothing was imported"
    ),
    "room_name": QT_TRANSLATE_NOOP("Refusals", "A room needs a name"),
    "slot_length": QT_TRANSLATE_NOOP("Refusals", "A slot lasts between 5 and 600 minutes"),
    "slot_gap": QT_TRANSLATE_NOOP("Refusals", "The gap between slots is between 0 and 240 minutes"),
    "topic_title": QT_TRANSLATE_NOOP("Refusals", "A topic needs a title"),
    "merged_topic": QT_TRANSLATE_NOOP("Refusals", "The topic “{title}” was merged into another"),
    "merge_itself": QT_TRANSLATE_NOOP("Refusals", "A topic cannot be merged with itself"),
    "not_placed": QT_TRANSLATE_NOOP(
        "Refusals", "“{title}” is not on the board: place it before pinning it"
    ),
    "pinned_moved": QT_TRANSLATE_NOOP("Refusals", "The suggestion moves a pinned topic"),
    "note_text": QT_TRANSLATE_NOOP("Refusals", "A note needs some text"),
    "only_actions": QT_TRANSLATE_NOOP("Refusals", "Only an action has a status"),
    "not_on_list": QT_TRANSLATE_NOOP("Refusals", "“{name}” is not on the list of “{title}”"),
    "already_spoke": QT_TRANSLATE_NOOP(
        "Refusals", "A speaker who has already spoken stays on the list"
    ),
    "no_block_now": QT_TRANSLATE_NOOP("Refusals", "No block is under way or to come"),
    "nobody_waiting": QT_TRANSLATE_NOOP("Refusals", "Nobody is waiting to speak"),
    "not_waiting": QT_TRANSLATE_NOOP("Refusals", "“{name}” is not waiting to speak"),
    "no_paused_speaker": QT_TRANSLATE_NOOP("Refusals", "No speaker is paused"),
    "segment_timer": QT_TRANSLATE_NOOP("Refusals", "Timers run on blocks, not on segments"),
    "zero_adjust": QT_TRANSLATE_NOOP("Refusals", "Adding or taking away no time changes nothing"),
    "not_today": QT_TRANSLATE_NOOP(
        "Refusals",
        "The day of {date} has not begun and is not today: there is nothing to re-plan against today's clock",
    ),
}
_STORAGE = {"full", "device", "read_only", "unwritable"}
# Files that are not damaged: an older backup would be no answer (a newer version is).
NO_BACKUP = {
    "newer",
    "missing",
    "in_use",
    "read_only_older",
    "no_folder",
    "bad_address",
    "password",
    "no_database",
    "unreachable",
    "not_event_database",
}
# Refusals that only mean "nothing to do now": a key pressed at the podium says so in the status
# bar, never in a dialog in the way.
IDLE = {
    "no_agenda",
    "no_block_now",
    "nobody_waiting",
    "no_paused_speaker",
    "running",
    "all_ended",
    "not_running",
    "not_paused",
    "not_under_way",
    "first_block",
    "no_speakers",
    "nobody_speaking",
    "nobody_spoke",
    "nothing_to_undo",
    "step_overtaken",
}


def _shown(value: object) -> str:
    """A refusal's value as the interface writes it: numbers, times and dates in its forms."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, time | datetime):
        return dates.clock(value)
    if isinstance(value, date):
        return dates.short_date(value)
    if isinstance(value, tuple) and len(value) == 2 and all(isinstance(v, time) for v in value):
        return dates.span(*value)
    return str(value)


class Refusals(QObject):
    """The context of the refusals' texts with a count (`Refusals.tr(text, "", n)`: only `tr`
    gives a text its plural forms in the .ts files)."""


def _damage(values: dict) -> str:
    """What a damaged file's check found, in the interface's language: SQLite's own findings
    (technical, as SQLite words them), then the rows whose references lead nowhere, counted."""
    said = [str(p) for p in values.get("pages", ())]
    for table, n in sorted(values["orphans"].items()):
        said.append(
            Refusals.tr("%n rows of the table %1 refer to what is gone", "", n).replace(
                "%1", str(table)
            )
        )
    return QCoreApplication.translate("Refusals", "; ").join(said)


def explain(error: Exception) -> str:
    """The error in the user's language (its own message when its reason is not known here)."""
    reason = getattr(error, "reason", "")
    if reason not in TEXTS:
        return str(error)
    text = QCoreApplication.translate("Refusals", TEXTS[reason])
    values = dict(getattr(error, "values", {}))
    if "orphans" in values:  # the model's `why` is its English summary, for the command line
        values["why"] = _damage(values)
    for key, value in values.items():
        text = text.replace("{" + key + "}", _shown(value))
    if reason in _STORAGE:
        text += " " + QCoreApplication.translate("Refusals", _NOT_SAVED)
    return text
