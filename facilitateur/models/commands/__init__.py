"""Every change of state is one of these named commands (see docs/journal.md)."""

from facilitateur.models.commands import (
    block_cmds,
    event_cmds,
    merge_cmds,
    note_cmds,
    podium_cmds,
    podium_holder_cmds,
    programme_cmds,
    report_cmds,
    room_slot_cmds,
    speaker_cmds,
    speaker_queue_cmds,
    timer_cmds,
    topic_cmds,
)
from facilitateur.models.commands.core import REGISTRY, Changes, CommandError, Param, spec

__all__ = [
    "REGISTRY",
    "Changes",
    "CommandError",
    "Param",
    "block_cmds",
    "event_cmds",
    "merge_cmds",
    "note_cmds",
    "podium_cmds",
    "podium_holder_cmds",
    "programme_cmds",
    "report_cmds",
    "room_slot_cmds",
    "speaker_cmds",
    "speaker_queue_cmds",
    "spec",
    "timer_cmds",
    "topic_cmds",
]
