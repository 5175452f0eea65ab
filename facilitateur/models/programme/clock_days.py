"""Days read from the clock alone: where a day's times going back, or the clock going round
again, say that a new day began without a heading (a day's times going back from the
afternoon to the morning; a weekend written on the 12-hour clock without am/pm); and the
day's own hours written as its first block."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

from facilitateur.models.programme.model import Block, Day
from facilitateur.models.programme.times import ClockTime, on_24_hour_clock, settle

_HALF_DAY = 12 * 60
_DAY = 24 * 60
# Gatherings seldom open before seven in the morning: a first time before it is the evening.
_EARLIEST_MORNING = 7 * 60


def _next_at_or_after(t: ClockTime, after: int) -> int:
    """The first moment at or after `after` that the 12-hour time `t` names."""
    m = t.minutes % _HALF_DAY
    if m >= after:
        return m
    return m + -(-(after - m) // _HALF_DAY) * _HALF_DAY


def days_by_the_clock(day: Day) -> list[Day] | None:
    """Fourteenth round. A run of blocks with no day heading, every time on the 12-hour
    clock without am/pm (`4:15-4:45 Meet`, `9:15-12:00 Games`, `8:30-9:30 Breakfast`, …),
    is read as the clock goes: each time the first moment at or after the one before (a
    first time before seven is the evening), a block may run to midnight (`9:15-12:00`), and
    a time that would go back starts the next day (`8:30` after the midnight games). Read so
    only when the clock goes round past midnight and the first time is an evening's or a block
    runs to midnight before it; the times are then written on the 24-hour clock, one day per
    turn. None when the day is not such a run."""
    if day.label or day.date or len(day.blocks) < 6:
        return None
    times = [t for b in day.blocks for t in (b.start, b.end) if t is not None]
    if any(t.explicit or t.ampm or t.minutes >= 13 * 60 for t in times):
        return None
    starts = [b.start for b in day.blocks if b.start is not None]
    if len(starts) < 6:
        return None
    evening = starts[0].minutes < _EARLIEST_MORNING
    last = _HALF_DAY if evening else 0
    placed: list[tuple[Block, int | None, int | None, int]] = []  # block, start, end, day
    base, to_midnight, turned = 0, False, False
    for b in day.blocks:
        if b.start is None:
            placed.append((b, None, None, base // _DAY))
            continue
        s = _next_at_or_after(b.start, last)
        if s >= base + _DAY:
            if not (evening or to_midnight):
                return None  # a morning's day going round without reaching midnight
            base, turned = s // _DAY * _DAY, True
        e = _next_at_or_after(b.end, s + 1) if b.end is not None else None
        to_midnight = to_midnight or (e is not None and e >= base + _DAY)
        placed.append((b, s, e, base // _DAY))
        # A block listed after one running to midnight comes after it (`8:30-12:00 Bonfire`
        # then `8:30-9:30 Breakfast`: the next morning), not beside it.
        last = e if e is not None and e >= base + _DAY else s
    if not turned:
        return None
    out: list[Day] = []
    for b, start, end, n in placed:
        while len(out) <= n:
            out.append(Day(line=b.line))
        if start is not None:
            b.start = ClockTime(start - n * _DAY, True)
            b.end = ClockTime(end - n * _DAY, True) if end is not None else None
        out[n].blocks.append(b)
    out[0].line, out[0].start, out[0].end = day.line, day.start, day.end
    return [d for d in out if d.blocks]


# How far past the block above a slipped "am" may land, read in the afternoon.
_SLIP_REACH = 3 * 60


def _am_slip(b: Block, after: list[Block], m: int, last: int | None) -> bool:
    """Twenty-fifth round. A time said "am" going back from the afternoon to the morning,
    which read twelve hours later lands after the block above (within three hours) and
    before the next timed block, itself after the morning (`12:00 pm Lunch`, `1:00 am
    Introduction`, `2:30 pm Cluster computing`), is "pm" mistyped: the same day goes on.
    A real next day, or a night going on, breaks the order of the times that follow."""
    if b.start is None or not b.start.ampm or last is None or m >= last:
        return False
    if b.start.minutes >= 12 * 60 or last < 12 * 60:
        return False
    later = b.start.minutes + 720
    if not last <= later <= last + _SLIP_REACH:
        return False
    following = next((n.start for n in after if n.start is not None), None)
    return following is not None and following.ampm and following.minutes >= later


def _pm_slip(b: Block, after: list[Block], m: int, last: int | None) -> bool:
    """Twenty-seventh round. The other slip: a time said "pm" in the morning (`10:30am
    Break`, `10:45pm Agenda Hacking`, `11:15am Working Sessions`), which read twelve hours
    earlier lands after the block above (within three hours) and before the next timed
    block, itself said "am" and before the "pm" reading, is "am" mistyped: the morning goes
    on. An evening that follows the morning keeps its "pm": the next time goes on after it
    (`7:00pm Dinner`, `8:30pm Concert`), or starts the next day before the morning's time."""
    if b.start is None or not b.start.ampm or last is None or last >= 12 * 60:
        return False
    if not 13 * 60 <= b.start.minutes < 24 * 60:
        return False
    earlier = b.start.minutes - 720
    if not last <= earlier <= last + _SLIP_REACH:
        return False
    following = next((n.start for n in after if n.start is not None), None)
    return following is not None and following.ampm and earlier <= following.minutes < 12 * 60


def _turned_to_twelve(
    b: Block, m: int, last: int | None, end_before: int | None, headed_24: bool
) -> bool:
    """Whether a block's start, read twelve hours later, follows on from the block above on a
    headed day written on the 24-hour clock (see split_going_back)."""
    if not headed_24 or b.start is None or b.start.explicit or last is None or m >= last:
        return False
    later = b.start.minutes + 720
    # The block above must say its end: a morning time after an evening's start alone
    # (`18:00 Dinner`, `9:00 Closing`) is the next day's, as before.
    return (
        b.start.minutes < 12 * 60
        and later >= last
        and end_before is not None
        and 0 <= later - end_before <= 60
    )


def split_going_back(day: Day) -> list[Day]:
    """A day whose times go back to its morning after the afternoon is several days written
    without a heading between them (`… 18:30 Social event`, `8:30 Session 2`): one day per run.

    Times are read as the day reads them: on the 24-hour clock when it is written so, else a
    12-hour time going back is in the afternoon; a time just after midnight after a late one
    goes on through the night. Blocks going back from the afternoon to another afternoon time
    (parallel sessions listed one after the other, `14:30 Session I`, `13:30 Session III`)
    stay on their day.
    """
    clock24 = on_24_hour_clock([t for b in day.blocks for t in (b.start, b.end)])
    out = [day]
    blocks, day.blocks = day.blocks, []
    first = last = None
    midnight: set[int] = set()
    end_before: int | None = None
    for i, b in enumerate(blocks):
        if b.start is not None:
            m = settle(b.start, last, clock24)
            if _am_slip(b, blocks[i + 1 :], m, last):
                b.start = ClockTime(b.start.minutes + 720, True, True)
                m = b.start.minutes
            elif _pm_slip(b, blocks[i + 1 :], m, last):
                b.start = ClockTime(b.start.minutes - 720, True, True)
                m = b.start.minutes
            if _turned_to_twelve(b, m, last, end_before, clock24 and bool(day.label or day.date)):
                # Fifteenth round. Under a day's heading on the 24-hour clock, a time without
                # am/pm going back to the small hours that, read twelve hours later, takes up
                # where the block above ended (`13:00 15:45 BREAK` then `3:45 5:30 Working
                # Groups`, `14h00 16h00 Ateliers` then `4:00 4:30 Pause`): the page switched to
                # the 12-hour clock that afternoon; the same day goes on, in the afternoon.
                b.start = ClockTime(b.start.minutes + 720, True)
                if b.end is not None and not b.end.explicit and b.end.minutes < 12 * 60:
                    b.end = ClockTime(b.end.minutes + 720, True)
                m = b.start.minutes
            if b.end is not None:
                end_before = settle(b.end, m, clock24)
            if m == 0 and last is not None and last >= 12 * 60:
                # Midnight after the afternoon (`18h30 Verre de l’amitié`, `00h00 Fin`) ends
                # that day; it starts no other, and goes after the evening listed below it.
                midnight.add(id(b))
                out[-1].blocks.append(b)
                continue
            back = last is not None and first is not None and m < last
            # Under a day's heading, a block going back but running on past the start of the
            # one above runs beside it (`14:30-18:30 Sessions B`, then `09:00-18:00 Tour`):
            # the same day. Days written without a heading still part where times go back.
            beside = (
                back
                and len(out) == 1
                and bool(day.label or day.date)
                and last is not None
                and b.end is not None
                and settle(b.end, m, clock24) > last
            )
            if (
                back
                and not beside
                and last is not None
                and first is not None
                and last >= 12 * 60
                and (m <= first or m < 12 * 60)
            ):
                # From the afternoon back to the morning, or to the day's first time.
                following = day.date + timedelta(days=len(out)) if day.date else None
                out.append(Day(date=following, line=b.line))
                first = None
            if first is None:
                first = m
            last = m
        out[-1].blocks.append(b)
    for d in out:
        d.blocks.sort(key=lambda b: id(b) in midnight)  # stable: the rest keep their order
    if _morning_written_last(out, clock24):
        out[0].blocks += out.pop().blocks
    return out


def _morning_written_last(out: list[Day], clock24: bool) -> bool:
    """Forty-sixth round. Times going back once, with no day's heading anywhere, to one last
    block whose whole range lies before the first block's start (`14h -18h Conférences`,
    `A partir de 18h Apéritif`, then `9h30-12h30 Assemblée générale`): the page wrote that
    day's morning after its afternoon, the same day in the page's order, not a second day of
    one moment. A second day of several blocks, or one overlapping the first day's hours,
    stays a day."""
    if len(out) != 2 or out[0].label or out[0].date or len(out[1].blocks) != 1:
        return False
    (last,) = out[1].blocks
    first = next((b for b in out[0].blocks if b.start is not None), None)
    if first is None or first.start is None or last.start is None or last.end is None:
        return False
    start = settle(first.start, None, clock24)
    return settle(last.end, settle(last.start, None, clock24), clock24) <= start


# A sentence, not a title: a dozen words or more.
_SENTENCE_WORDS = 12


# The label of an event's field giving its hours, in either language.
_HOURS_FIELD = re.compile(r"^(?:times?|hours|when|heures?|horaires?|quand)$", re.IGNORECASE)


def hours_of_the_day(day: Day, named: Callable[[str], bool]) -> tuple[int, str] | None:
    """Twenty-second round. A day's first block whose times hold every other timed block of
    the day, at least two, and whose title is a sentence naming no kind and no one
    (`9h30- 17h30 Coordination inter-associative …, qui regroupe dix organisations …`) is the
    day's hours, said with who holds it: not a block. The day takes its hours; the block is
    removed and its line and text returned (prose the preview shows as left out). A block
    naming its kind (`9h00-17h00 Forum ouvert`, `Village des associations` in few words) stays.
    `named` says whether a text names a kind of block."""
    if len(day.blocks) < 3 or day.start is not None or day.end is not None:
        return None
    first, others = day.blocks[0], day.blocks[1:]
    if first.start is None or first.end is None or first.items or first.speakers:
        return None
    timed = [b for b in others if b.start is not None]
    if len(timed) < 2:
        return None
    # Forty-fourth round. A field of the event's details (`Time: 8:30am – 11:00am`, `Horaires
    # : 9h-17h`, beside `Date:` and `Location:`) says the day's hours whatever follows.
    field = _HOURS_FIELD.match(first.title) is not None and not first.description
    if not field and (len(first.title.split()) < _SENTENCE_WORDS or named(first.title)):
        return None
    low, high = first.start.minutes, first.end.minutes
    if not all(
        low <= b.start.minutes <= high and (b.end is None or b.end.minutes <= high)
        for b in timed
        if b.start is not None
    ):
        return None
    day.start, day.end, day.blocks = first.start, first.end, others
    return first.line, " ".join([first.title, first.description]).strip()


def parts_by_their_hours(day: Day) -> None:
    """Thirty-ninth round. A block with a start and an end and nothing of its own (no speaker,
    item or description), whose title is written in capitals (a heading's shape), followed by at
    least two timed blocks that all lie within its range, the first starting at its start
    (`9h à 18h : LES CONSTATS !` then `9h00 - 9h30 : Accueil …`, `9h30 - 12h00 : …`), is the
    heading of a part of the day, not a block: its hours are those of the blocks under it. It
    is removed and its title becomes their section. A block holding one moment, saying who
    leads it (`7:45pm - 8:30pm Business Meeting – Jim Mast` over its points), or written as a
    title (`19:00 - 22:00 Sales Areas` over the rooms' hours) stays: an activity lasting while
    others happen."""
    kept: list[Block] = []
    blocks = day.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        under = _under_its_hours(blocks, i)
        if len(under) >= 2 and _in_capitals(b.title):
            for u in under:
                u.section = u.section or b.title
            kept.extend(under)
            i += 1 + len(under)
            continue
        kept.append(b)
        i += 1
    day.blocks = kept


def _under_its_hours(blocks: list[Block], i: int) -> list[Block]:
    """The timed blocks right after blocks[i] lying within its range, the first starting at
    its start; empty when blocks[i] has something of its own or is no such range."""
    b = blocks[i]
    if b.start is None or b.end is None or b.items or b.speakers or b.description:
        return []
    low, high = b.start.minutes, b.end.minutes
    if high <= low:
        return []
    under: list[Block] = []
    for u in blocks[i + 1 :]:
        if u.start is None or not low <= u.start.minutes < high:
            break
        if u.end is not None and not low < u.end.minutes <= high:
            break
        under.append(u)
    if not under or under[0].start is None or under[0].start.minutes != low:
        return []
    return under


def _in_capitals(title: str) -> bool:
    """Whether a title's letters are all capitals (a heading's shape), at least four of them."""
    letters = [c for c in title if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)
