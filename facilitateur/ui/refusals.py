"""Refusals told in the interface's language: a file that cannot be opened or written, a key
of the podium with nothing to do, a synthesis that cannot be laid out.

The model raises its errors with an English message (for the command line) and a reason with
its values; here each reason has its text, translated in context "Refusals" (every reason a
command of the model gives is here: a test holds it). An error without a known reason keeps
its message.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QLocale

from facilitateur.models.refusal import Refusal
from facilitateur.ui import dates
from facilitateur.ui.noop import QT_TRANSLATE_NOOP, TextContext

_NOT_SAVED = QT_TRANSLATE_NOOP(
    "Refusals",
    "Nothing of this change was written and the file is as it was; what you typed stays on screen. Free some space (or fix the cause), then go on.",
)
TEXTS = {
    Refusal.UNREADABLE: QT_TRANSLATE_NOOP("Refusals", "{path}: cannot be read ({why})"),
    Refusal.NOT_SQLITE: QT_TRANSLATE_NOOP(
        "Refusals", "{path}: not a Facilitateur event file (not an SQLite database)"
    ),
    Refusal.NOT_EVENT: QT_TRANSLATE_NOOP("Refusals", "{path}: not a Facilitateur event file"),
    Refusal.DAMAGED: QT_TRANSLATE_NOOP("Refusals", "{path}: damaged or not an event file ({why})"),
    Refusal.NEWER: QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: made by a newer version of Facilitateur (schema {revision}; this version, {version}, reads up to schema {head}); update the application to open it",
    ),
    Refusal.CODE: QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: holds code ({name}), which Facilitateur never puts in a file; refused, as it would run inside the file",
    ),
    Refusal.OVERSIZED: QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: the field {field} holds {size} characters, more than Facilitateur ever writes; refused",
    ),
    Refusal.UNSHOWABLE: QT_TRANSLATE_NOOP(
        "Refusals", "{path}: damaged, its content cannot be shown ({why})"
    ),
    Refusal.BAD_ZONE: QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: the event's time zone “{zone}” is not one this computer knows; refused",
    ),
    Refusal.UNKNOWN_ZONE: QT_TRANSLATE_NOOP("Refusals", "Unknown time zone “{zone}”"),
    Refusal.EMPTY: QT_TRANSLATE_NOOP("Refusals", "{path}: empty (0 bytes), not an event"),
    Refusal.MISSING: QT_TRANSLATE_NOOP("Refusals", "{path}: no such file"),
    Refusal.READ_ONLY_OLDER: QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: read-only and of an older format; copy it to a folder you can write to, then open the copy (it will be updated)",
    ),
    Refusal.NO_FOLDER: QT_TRANSLATE_NOOP("Refusals", "{path}: cannot create the folder ({why})"),
    Refusal.UNOPENABLE: QT_TRANSLATE_NOOP("Refusals", "{path}: cannot be opened ({why})"),
    Refusal.MIGRATION_FAILED: QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: cannot be updated to the new format ({why}); it is left as it was, and a copy was kept in {backup}",
    ),
    Refusal.IN_USE: QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: open in another Facilitateur window (on this computer or another session of it). Close it there first, or open a copy (File → Save a copy as, there).",
    ),
    Refusal.OPENED_READ_ONLY: QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: opened read-only, nothing can be saved in it. File → Save a copy as… makes a copy you can work on.",
    ),
    Refusal.OWN_FILE: QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: this is the open event file itself (or a file kept beside it); writing there would replace it. Choose another name.",
    ),
    Refusal.FULL: QT_TRANSLATE_NOOP("Refusals", "{path}: not saved, the disk is full."),
    Refusal.DEVICE: QT_TRANSLATE_NOOP(
        "Refusals", "{path}: not saved, the disk is full or the device failed."
    ),
    Refusal.READ_ONLY: QT_TRANSLATE_NOOP("Refusals", "{path}: not saved, the file is read-only."),
    Refusal.UNWRITABLE: QT_TRANSLATE_NOOP(
        "Refusals", "{path}: not saved, it cannot be written ({why})."
    ),
    Refusal.DAMAGED_FILE: QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: not saved, the file is damaged ({why}). Nothing of this change was written. Restore its latest good backup: File → Restore a backup.",
    ),
    Refusal.DAMAGED_FOUND: QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: damaged ({why}); some of what it holds may be missing from the screens and the exports. Restore its latest good backup (File → Restore a backup).",
    ),
    Refusal.DAMAGED_EXPORT: QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: damaged ({why}); nothing was exported, so that nothing is left out without a word. Restore its latest good backup (File → Restore a backup) and export that.",
    ),
    Refusal.NOT_TEXT: QT_TRANSLATE_NOOP(
        "Refusals",
        "This text holds a character that is not text (an unpaired surrogate): nothing was saved",
    ),
    Refusal.NOBODY_NAMED: QT_TRANSLATE_NOOP("Refusals", "Nobody named “{name}” in this event"),
    Refusal.NO_AGENDA: QT_TRANSLATE_NOOP("Refusals", "The event has no agenda yet"),
    Refusal.RUNNING: QT_TRANSLATE_NOOP("Refusals", "“{title}” is already running"),
    Refusal.ALL_ENDED: QT_TRANSLATE_NOOP("Refusals", "Every block of the day has ended"),
    Refusal.NOT_RUNNING: QT_TRANSLATE_NOOP("Refusals", "No block is running"),
    Refusal.NOT_PAUSED: QT_TRANSLATE_NOOP("Refusals", "No block is paused"),
    Refusal.NOT_UNDER_WAY: QT_TRANSLATE_NOOP(
        "Refusals", "No block is under way (Space starts one)"
    ),
    Refusal.FIRST_BLOCK: QT_TRANSLATE_NOOP("Refusals", "This is the first block of the day"),
    Refusal.NOT_POSITIVE: QT_TRANSLATE_NOOP("Refusals", "“{name}” must be more than 0"),
    Refusal.ROOM_EXISTS: QT_TRANSLATE_NOOP("Refusals", "There is already a room named “{name}”"),
    Refusal.ROOM_IN_USE: QT_TRANSLATE_NOOP(
        "Refusals",
        "“{name}” has workshops on the board: send them back to the list first, or use Remove the room (they go back to the list)",
    ),
    Refusal.SLOT_BACKWARDS: QT_TRANSLATE_NOOP(
        "Refusals", "A slot must end after it starts ({slot})"
    ),
    Refusal.SLOT_OVERLAP: QT_TRANSLATE_NOOP("Refusals", "{slot} overlaps the slot {other}"),
    Refusal.NO_WINDOW: QT_TRANSLATE_NOOP(
        "Refusals",
        "Give the start and the end: the day has no Open Space block with times in the agenda",
    ),
    Refusal.NO_SLOT_FITS: QT_TRANSLATE_NOOP(
        "Refusals", "No slot of {minutes} min fits between {start} and {end}"
    ),
    Refusal.BOTH_REPORTED: QT_TRANSLATE_NOOP(
        "Refusals", "Both topics already have a report; merge them before the workshops"
    ),
    Refusal.NO_SPEAKERS: QT_TRANSLATE_NOOP("Refusals", "The list of speakers is empty"),
    Refusal.NOBODY_SPEAKING: QT_TRANSLATE_NOOP("Refusals", "Nobody has the floor"),
    Refusal.NOBODY_SPOKE: QT_TRANSLATE_NOOP("Refusals", "Nobody has spoken yet in this block"),
    Refusal.NOTHING_TO_UNDO: QT_TRANSLATE_NOOP("Refusals", "PgUp: no PgDn step left to undo"),
    Refusal.STEP_OVERTAKEN: QT_TRANSLATE_NOOP(
        "Refusals",
        "PgUp cannot undo the last PgDn exactly: the timers were moved since by another key (Space, E, S …). Ctrl+Z undoes the last action.",
    ),
    Refusal.TOPIC_HAS_NOTES: QT_TRANSLATE_NOOP(
        "Refusals", "“{title}” has notes; move or delete them first"
    ),
    Refusal.PDF_LAYOUT: QT_TRANSLATE_NOOP(
        "Refusals",
        "The synthesis could not be laid out: in the section “{section}” (page {page}), something is larger than a page. No file was written; export it again without that section.",
    ),
    # A shared event (several laptops, a PostgreSQL server).
    Refusal.BAD_ADDRESS: QT_TRANSLATE_NOOP(
        "Refusals", "{path}: not a shared event's address ({why})"
    ),
    Refusal.PASSWORD: QT_TRANSLATE_NOOP(
        "Refusals", "{path}: the server asks for a password, or refused the one given ({why})"
    ),
    Refusal.NO_DATABASE: QT_TRANSLATE_NOOP(
        "Refusals", "{path}: the server has no such database ({why})"
    ),
    Refusal.UNREACHABLE: QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: the server cannot be reached ({why}). Check the network and the server's address.",
    ),
    Refusal.NOT_EVENT_DATABASE: QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: this database holds other tables, not a Facilitateur event; use a database of its own for each event",
    ),
    Refusal.NOT_EMPTY: QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: the database is not empty; copy the event into a new, empty database (one database per event)",
    ),
    Refusal.CONNECTION_LOST: QT_TRANSLATE_NOOP(
        "Refusals",
        "Connection to the shared event lost — what you type is kept, and saved when the connection returns.",
    ),
    Refusal.SERVER_REFUSED: QT_TRANSLATE_NOOP(
        "Refusals",
        "{path}: not saved, the server refused it ({why}). Nothing of this change was kept.",
    ),
    Refusal.CHANGED_ELSEWHERE: QT_TRANSLATE_NOOP(
        "Refusals",
        "{who} changed this since you read it; nothing was saved over their change.",
    ),
    Refusal.UNDO_CONFLICT: QT_TRANSLATE_NOOP(
        "Refusals",
        "Not undone: {who} changed the same items since your command; nothing was changed.",
    ),
    Refusal.REDO_CONFLICT: QT_TRANSLATE_NOOP(
        "Refusals",
        "Not redone: {who} changed the same items since; nothing was changed.",
    ),
    Refusal.PODIUM_ELSEWHERE: QT_TRANSLATE_NOOP(
        "Refusals",
        "The podium is held by {who}: their keys drive the timers. Run → Take the podium hands it to this laptop.",
    ),
    Refusal.PODIUM_HERE: QT_TRANSLATE_NOOP("Refusals", "This laptop already holds the podium"),
    # Commands refused (every CommandError of the model has its reason here).
    Refusal.BAD_ARGUMENTS: QT_TRANSLATE_NOOP(
        "Refusals",
        "This command was refused: its arguments are not valid (a script or a file written by hand?). Nothing was changed.",
    ),
    Refusal.UNKNOWN_COMMAND: QT_TRANSLATE_NOOP("Refusals", "Unknown command “{name}”"),
    Refusal.FILE_REFUSED: QT_TRANSLATE_NOOP(
        "Refusals",
        "The file refused this change, which breaks one of its rules; nothing was changed.",
    ),
    Refusal.GONE: QT_TRANSLATE_NOOP(
        "Refusals",
        "This item no longer exists: it was removed, perhaps on another laptop. Nothing was changed.",
    ),
    Refusal.NO_SUCH: QT_TRANSLATE_NOOP("Refusals", "“{ref}” names nothing in this event"),
    Refusal.AMBIGUOUS: QT_TRANSLATE_NOOP(
        "Refusals", "“{ref}” names several items: name it by its number (#N)"
    ),
    Refusal.NO_DAY: QT_TRANSLATE_NOOP("Refusals", "The event has no day yet"),
    Refusal.NOT_NEGATIVE: QT_TRANSLATE_NOOP(
        "Refusals", "A number or a duration may not be negative here"
    ),
    Refusal.POSITION: QT_TRANSLATE_NOOP("Refusals", "The position must be between 1 and {last}"),
    Refusal.DAY_BACKWARDS: QT_TRANSLATE_NOOP("Refusals", "The day ends before it starts"),
    Refusal.BLOCK_TITLE: QT_TRANSLATE_NOOP("Refusals", "A block needs a title"),
    Refusal.BLOCK_BACKWARDS: QT_TRANSLATE_NOOP("Refusals", "“{title}” ends before it starts"),
    Refusal.END_WITHOUT_START: QT_TRANSLATE_NOOP(
        "Refusals", "“{title}” has an end but no start: give its start first"
    ),
    Refusal.NESTED_SEGMENT: QT_TRANSLATE_NOOP(
        "Refusals", "A segment cannot have segments of its own"
    ),
    Refusal.HAS_SEGMENTS: QT_TRANSLATE_NOOP(
        "Refusals", "A block with segments cannot become a segment"
    ),
    Refusal.PAST_MIDNIGHT: QT_TRANSLATE_NOOP("Refusals", "This pushes “{title}” past midnight"),
    Refusal.PROGRAMME_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Refusals", "The programme is too large to import"
    ),
    Refusal.PROGRAMME_UNREAD: QT_TRANSLATE_NOOP(
        "Refusals", "The programme could not be read (line {line}); nothing was imported"
    ),
    Refusal.ROOM_NAME: QT_TRANSLATE_NOOP("Refusals", "A room needs a name"),
    Refusal.SLOT_LENGTH: QT_TRANSLATE_NOOP("Refusals", "A slot lasts between 5 and 600 minutes"),
    Refusal.SLOT_GAP: QT_TRANSLATE_NOOP(
        "Refusals", "The gap between slots is between 0 and 240 minutes"
    ),
    Refusal.TOPIC_TITLE: QT_TRANSLATE_NOOP("Refusals", "A topic needs a title"),
    Refusal.MERGED_TOPIC: QT_TRANSLATE_NOOP(
        "Refusals", "The topic “{title}” was merged into another"
    ),
    Refusal.MERGE_ITSELF: QT_TRANSLATE_NOOP("Refusals", "A topic cannot be merged with itself"),
    Refusal.NOT_PLACED: QT_TRANSLATE_NOOP(
        "Refusals", "“{title}” is not on the board: place it before pinning it"
    ),
    Refusal.PINNED_MOVED: QT_TRANSLATE_NOOP("Refusals", "The suggestion moves a pinned topic"),
    Refusal.NOTE_TEXT: QT_TRANSLATE_NOOP("Refusals", "A note needs some text"),
    Refusal.ONLY_ACTIONS: QT_TRANSLATE_NOOP("Refusals", "Only an action has a status"),
    Refusal.NOT_ON_LIST: QT_TRANSLATE_NOOP("Refusals", "“{name}” is not on the list of “{title}”"),
    Refusal.ALREADY_SPOKE: QT_TRANSLATE_NOOP(
        "Refusals", "A speaker who has already spoken stays on the list"
    ),
    Refusal.NO_BLOCK_NOW: QT_TRANSLATE_NOOP("Refusals", "No block is under way or to come"),
    Refusal.NOBODY_WAITING: QT_TRANSLATE_NOOP("Refusals", "Nobody is waiting to speak"),
    Refusal.NOT_WAITING: QT_TRANSLATE_NOOP("Refusals", "“{name}” is not waiting to speak"),
    Refusal.NO_PAUSED_SPEAKER: QT_TRANSLATE_NOOP("Refusals", "No speaker is paused"),
    Refusal.SEGMENT_TIMER: QT_TRANSLATE_NOOP("Refusals", "Timers run on blocks, not on segments"),
    Refusal.ZERO_ADJUST: QT_TRANSLATE_NOOP(
        "Refusals", "Adding or taking away no time changes nothing"
    ),
    Refusal.NOT_TODAY: QT_TRANSLATE_NOOP(
        "Refusals",
        "The day of {date} has not begun and is not today: there is nothing to re-plan against today's clock",
    ),
    Refusal.RUN_ANOTHER_DAY: QT_TRANSLATE_NOOP(
        "Refusals",
        "This day was run on {date}, not today: there is nothing to re-plan against today's clock",
    ),
}
_STORAGE = {Refusal.FULL, Refusal.DEVICE, Refusal.READ_ONLY, Refusal.UNWRITABLE}
# Files that are not damaged: an older backup would be no answer (a newer version is).
NO_BACKUP = {
    Refusal.NEWER,
    Refusal.MISSING,
    Refusal.IN_USE,
    Refusal.READ_ONLY_OLDER,
    Refusal.NO_FOLDER,
    Refusal.BAD_ADDRESS,
    Refusal.PASSWORD,
    Refusal.NO_DATABASE,
    Refusal.UNREACHABLE,
    Refusal.NOT_EVENT_DATABASE,
}
# Refusals that only mean "nothing to do now": a key pressed at the podium says so in the status
# bar, never in a dialog in the way.
IDLE = {
    Refusal.NO_AGENDA,
    Refusal.NO_BLOCK_NOW,
    Refusal.NOBODY_WAITING,
    Refusal.NO_PAUSED_SPEAKER,
    Refusal.RUNNING,
    Refusal.ALL_ENDED,
    Refusal.NOT_RUNNING,
    Refusal.NOT_PAUSED,
    Refusal.NOT_UNDER_WAY,
    Refusal.FIRST_BLOCK,
    Refusal.NO_SPEAKERS,
    Refusal.NOBODY_SPEAKING,
    Refusal.NOBODY_SPOKE,
    Refusal.NOTHING_TO_UNDO,
    Refusal.STEP_OVERTAKEN,
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


class Refusals(TextContext):
    """The context of the refusals' texts (`Refusals.tr(text, "", n)` for a count)."""


def _damage(values: dict) -> str:
    """What a damaged file's check found, in the interface's language: SQLite's own findings
    (technical, as SQLite words them), then the rows whose references lead nowhere, counted."""
    said = [str(p) for p in values.get("pages", ())]
    for table, n in sorted(values["orphans"].items()):
        said.append(
            # PySide6's `tr` is a class method (a classmethod_descriptor); its stub declares an
            # instance method, so the text would be taken for `self`.
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
    # A child process's reason arrives as its value (pdf_job): the same member.
    text = QCoreApplication.translate("Refusals", TEXTS[Refusal(reason)])
    values = dict(getattr(error, "values", {}))
    if "orphans" in values:  # the model's `why` is its English summary, for the command line
        values["why"] = _damage(values)
    for key, value in values.items():
        text = text.replace("{" + key + "}", _shown(value))
    if reason in _STORAGE:
        text += " " + QCoreApplication.translate("Refusals", _NOT_SAVED)
    return text
