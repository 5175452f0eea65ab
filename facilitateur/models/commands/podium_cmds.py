"""The clicker's PageDown and PageUp: one step forward on the podium, and its exact undoing
(see `facilitateur.models.agenda.podium_steps`)."""

from __future__ import annotations

import uuid
from typing import Any

from facilitateur.models.agenda.model import AgendaBlock, SpeakerEntry, TimerTransition
from facilitateur.models.agenda.podium_steps import StepKind, last_step, next_step
from facilitateur.models.commands.core import CommandError, Context, Param, ParamType, command
from facilitateur.models.commands.speaker_queue_cmds import give_next_floor, queue
from facilitateur.models.commands.timer_cmds import next_block, running_day
from facilitateur.models.refusal import Refusal
from facilitateur.models.storage.base import existing
from facilitateur.models.storage.rowcodec import decode_value, encode, table_of

OVERTAKEN = (
    "the timers were moved since the last PageDown step (by another key or command), so it "
    "cannot be undone exactly; undo the last action instead"
)


@command("podium.next")
def podium_next(c: Context) -> None:
    """The clicker's PageDown: while the block under way has someone speaking or waiting,
    whoever speaks finishes and the first waiting speaker gets the floor; then the block ends
    and the next one starts (with nothing under way, the next block starts). `podium.back`
    undoes it exactly."""
    s = c.session
    step = next_step(s, c.clock.now())
    if step is None:
        raise CommandError("the event has no agenda yet", Refusal.NO_AGENDA)
    if step.kind == StepKind.DAY_OVER:
        raise CommandError("every block of the day has ended", Refusal.ALL_ENDED)
    _day, timings, status = running_day(s, c)
    if step.kind in (StepKind.GIVE_FLOOR, StepKind.END_TURN):
        assert status.current is not None, "a turn is given or ended in the block under way"
        give_next_floor(c, queue(s, existing(s, AgendaBlock, timings[status.current].id)))
    else:
        next_block(c, timings, status)
    c.result["step"] = step.kind.value


@command(
    "podium.back",
    Param(
        "step",
        ParamType.INT,
        doc="the journal number of the `podium.next` to undo; default: the newest still in effect",
    ),
)
def podium_back(c: Context) -> None:
    """The clicker's PageUp: undo the newest `podium.next` still in effect, exactly (its
    timer records are removed and who had the floor has it again, as if it had not happened);
    pressed again, the one before. Other commands journaled since (a note) stay. Refused when
    the timers were moved since by anything else."""
    s = c.session
    past = last_step(s)
    if past is None:
        raise CommandError("no PageDown step to undo", Refusal.NOTHING_TO_UNDO)
    if c.args.get("step") is not None and c.args["step"] != past.seq:
        raise CommandError(
            f"the newest PageDown step still in effect is {past.seq}", Refusal.STEP_OVERTAKEN
        )
    if past.overtaken:
        raise CommandError(OVERTAKEN, Refusal.STEP_OVERTAKEN)
    for op in reversed(past.ops):
        _revert(c, op)
    s.flush()
    c.journal_args["step"] = past.seq
    c.result["undone"] = past.kind.value


def _revert(c: Context, op: dict[str, Any]) -> None:
    """Undo one row operation of a step through the ORM (so that this undoing is journaled
    and can itself be undone), checking that the row is still as the step left it."""
    s, table = c.session, op["table"]
    if op["op"] == "insert" and table == "timer_transition":
        row = s.get(TimerTransition, uuid.UUID(op["row"]["id"]))
        if row is None:
            raise CommandError(OVERTAKEN, Refusal.STEP_OVERTAKEN)
        s.delete(row)
    elif op["op"] == "update" and table == "speaker_entry":
        # The row's version is a count of its changes, which goes on counting (this undoing
        # is a change too): the content is compared and put back, not the count.
        entry = s.get(SpeakerEntry, uuid.UUID(op["id"]))
        content = {k: v for k, v in op["new"].items() if k != "version"}
        if entry is None or any(encode(getattr(entry, k)) != v for k, v in content.items()):
            raise CommandError(OVERTAKEN, Refusal.STEP_OVERTAKEN)
        for key, value in op["old"].items():
            if key != "version":
                setattr(entry, key, decode_value(table_of(SpeakerEntry), key, value, own=True))
    else:
        raise CommandError(
            f"a PageDown step does not change {table} ({op['op']})", Refusal.STEP_OVERTAKEN
        )
