"""What the podium view shows at one instant, read from an event file in one session: the day
as it runs, the queue of the block under way, the people who can be called, and what the
clicker's next and previous keys will do."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from facilitateur.models import queries
from facilitateur.models.agenda.model import AgendaBlock
from facilitateur.models.agenda.podium import Podium, load_podium
from facilitateur.models.agenda.podium_steps import NextStep, PastStep, last_step, next_step
from facilitateur.models.speakers.queue import QueueEntry, block_queue
from facilitateur.models.storage.store import EventFile


@dataclass(frozen=True)
class PodiumPage:
    """The podium at one instant, with the speakers' queue of its current block."""

    podium: Podium
    block_id: uuid.UUID | None  # the block under way, else the next to start
    queue: tuple[QueueEntry, ...]
    people: tuple[str, ...]  # every person's name, in order
    categories: tuple[str, ...]
    next_step: NextStep | None  # what the next key does (None: nothing, or no block)
    last_step: PastStep | None  # what the previous key undoes
    dates: tuple[date, ...]  # the event's dated days, in order (what deadlines count from)


def read_podium_page(ef: EventFile, now: datetime) -> PodiumPage:
    """Read the day being run, the current block's queue and the clicker's steps at `now`."""
    with ef.session() as s:
        podium = load_podium(s, now)
        cursor = podium.at(now).block
        block_id, queue = None, []
        if cursor is not None and (block := s.get(AgendaBlock, cursor.id)) is not None:
            block_id, queue = cursor.id, block_queue(s, block)
        steps = (next_step(s, now), last_step(s)) if podium.blocks else (None, None)
        return PodiumPage(
            podium,
            block_id,
            tuple(queue),
            tuple(queries.person_names(s)),
            tuple(queries.person_categories(s)),
            *steps,
            queries.day_dates(s),
        )
