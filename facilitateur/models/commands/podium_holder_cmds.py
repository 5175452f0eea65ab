"""Who holds the podium of a shared event: the laptop whose keys drive the timers, the lists of
speakers' turns and the stage display. The others show the same timers live (they are computed
from the recorded transitions) and can take the podium over, explicitly."""

from __future__ import annotations

from facilitateur.models import queries
from facilitateur.models.commands.core import CommandError, Context, command
from facilitateur.models.refusal import Refusal

# The commands only the podium's holder sends on a shared event.
PODIUM_COMMANDS = frozenset(
    {
        "timer.start",
        "timer.pause",
        "timer.resume",
        "timer.end",
        "timer.next",
        "timer.previous",
        "timer.take_up",
        "timer.adjust",
        "podium.next",
        "podium.back",
        "speaker.start",
        "speaker.stop",
        "speaker.next",
        "speaker.pause",
        "speaker.resume",
        "speaker.readd",
        "stage.message",
        "stage.blackout",
    }
)


def claim(c: Context, shared: bool) -> None:
    """Before a podium command: a podium nobody holds is taken by this laptop. On a shared
    event, one held by another laptop refuses the command, naming who holds it; a file is
    worked on by one laptop at a time, which takes the podium without a word (a file brought
    from another laptop)."""
    event = queries.the_event(c.session)
    if not event.podium_holder or (not shared and event.podium_holder != c.origin):
        event.podium_holder, event.podium_label = c.origin, c.author
    elif event.podium_holder != c.origin:
        raise CommandError(
            f"the podium is held by {event.podium_label or 'another laptop'}; "
            "take it over first (Run → Take the podium)",
            Refusal.PODIUM_ELSEWHERE,
            who=event.podium_label,
        )


@command("podium.take")
def podium_take(c: Context) -> None:
    """This laptop takes the podium of a shared event: its keys drive the timers from now on
    (the laptop that held it is told, and shows the timers as the others do)."""
    event = queries.the_event(c.session)
    if event.podium_holder == c.origin and event.podium_label == c.author:
        raise CommandError("this laptop already holds the podium", Refusal.PODIUM_HERE)
    event.podium_holder, event.podium_label = c.origin, c.author
