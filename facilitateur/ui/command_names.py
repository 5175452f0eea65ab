"""The commands named in words, in the interface's language, for what Undo and Redo would do
("Undo: start the block", never `timer.start`). The journal, replay and the command line keep
the commands' ids; a test checks that every command has its words here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitateur.ui.noop import QT_TRANSLATE_NOOP

NAMES = {
    "action.set_status": QT_TRANSLATE_NOOP("Commands", "mark an action open or done"),
    "agenda.replan": QT_TRANSLATE_NOOP("Commands", "re-plan the agenda"),
    "block.add": QT_TRANSLATE_NOOP("Commands", "add a block"),
    "block.move": QT_TRANSLATE_NOOP("Commands", "move a block"),
    "block.remove": QT_TRANSLATE_NOOP("Commands", "delete a block"),
    "block.update": QT_TRANSLATE_NOOP("Commands", "change a block"),
    "day.add": QT_TRANSLATE_NOOP("Commands", "add a day"),
    "day.remove": QT_TRANSLATE_NOOP("Commands", "delete a day"),
    "day.update": QT_TRANSLATE_NOOP("Commands", "change a day"),
    "event.set": QT_TRANSLATE_NOOP("Commands", "change the event"),
    "merge.apply": QT_TRANSLATE_NOOP("Commands", "merge another copy"),
    "note.add": QT_TRANSLATE_NOOP("Commands", "add a note"),
    "note.move": QT_TRANSLATE_NOOP("Commands", "move a note"),
    "note.remove": QT_TRANSLATE_NOOP("Commands", "delete a note"),
    "note.update": QT_TRANSLATE_NOOP("Commands", "change a note"),
    "openspace.apply_suggestion": QT_TRANSLATE_NOOP("Commands", "apply the suggested board"),
    "podium.back": QT_TRANSLATE_NOOP("Commands", "go back a step (PgUp)"),
    "podium.next": QT_TRANSLATE_NOOP("Commands", "next step (PgDn)"),
    "podium.take": QT_TRANSLATE_NOOP("Commands", "take the podium"),
    "program.import": QT_TRANSLATE_NOOP("Commands", "import a programme"),
    "proposal.vote": QT_TRANSLATE_NOOP("Commands", "vote on a proposal"),
    "report.set": QT_TRANSLATE_NOOP("Commands", "write a workshop report"),
    "room.add": QT_TRANSLATE_NOOP("Commands", "add a room"),
    "room.remove": QT_TRANSLATE_NOOP("Commands", "delete a room"),
    "room.update": QT_TRANSLATE_NOOP("Commands", "change a room"),
    "slot.add": QT_TRANSLATE_NOOP("Commands", "add a slot"),
    "slot.generate": QT_TRANSLATE_NOOP("Commands", "make the slots"),
    "slot.remove": QT_TRANSLATE_NOOP("Commands", "delete a slot"),
    "slot.update": QT_TRANSLATE_NOOP("Commands", "change a slot"),
    "speaker.add": QT_TRANSLATE_NOOP("Commands", "add a speaker"),
    "speaker.move": QT_TRANSLATE_NOOP("Commands", "move a speaker in the list"),
    "speaker.next": QT_TRANSLATE_NOOP("Commands", "give the floor to the next speaker"),
    "speaker.pause": QT_TRANSLATE_NOOP("Commands", "pause the speaker"),
    "speaker.readd": QT_TRANSLATE_NOOP("Commands", "add a speaker again"),
    "speaker.remove": QT_TRANSLATE_NOOP("Commands", "remove a speaker"),
    "speaker.resume": QT_TRANSLATE_NOOP("Commands", "resume the speaker"),
    "speaker.start": QT_TRANSLATE_NOOP("Commands", "give the floor"),
    "speaker.stop": QT_TRANSLATE_NOOP("Commands", "end the speaker's time"),
    "stage.blackout": QT_TRANSLATE_NOOP("Commands", "black out the stage display"),
    "stage.message": QT_TRANSLATE_NOOP("Commands", "show a message on the stage"),
    "timer.adjust": QT_TRANSLATE_NOOP("Commands", "adjust the time"),
    "timer.end": QT_TRANSLATE_NOOP("Commands", "end the block"),
    "timer.next": QT_TRANSLATE_NOOP("Commands", "go to the next block"),
    "timer.pause": QT_TRANSLATE_NOOP("Commands", "pause the block"),
    "timer.previous": QT_TRANSLATE_NOOP("Commands", "go back to the previous block"),
    "timer.resume": QT_TRANSLATE_NOOP("Commands", "resume the block"),
    "timer.start": QT_TRANSLATE_NOOP("Commands", "start the block"),
    "timer.take_up": QT_TRANSLATE_NOOP("Commands", "take up the block again"),
    "topic.add": QT_TRANSLATE_NOOP("Commands", "add a topic"),
    "topic.assign": QT_TRANSLATE_NOOP("Commands", "place a topic on the board"),
    "topic.merge": QT_TRANSLATE_NOOP("Commands", "merge topics"),
    "topic.pin": QT_TRANSLATE_NOOP("Commands", "pin a topic"),
    "topic.remove": QT_TRANSLATE_NOOP("Commands", "delete a topic"),
    "topic.unassign": QT_TRANSLATE_NOOP("Commands", "take a topic off the board"),
    "topic.update": QT_TRANSLATE_NOOP("Commands", "change a topic"),
    "topic.vote": QT_TRANSLATE_NOOP("Commands", "add dots to a topic"),
}


def command_name(cmd: str) -> str:
    """The command `cmd` in words (its id when it has none, which a test forbids)."""
    text = NAMES.get(cmd)
    return QCoreApplication.translate("Commands", text) if text else cmd
