"""Settle a read programme's times and kinds and give it the shape of the JSON contract."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from facilitateur.models.programme.clean_lines import without_pictographs
from facilitateur.models.programme.days_and_dates import PARTS_OF_DAY
from facilitateur.models.programme.model import Block, Day, KindRule, Programme, Rule
from facilitateur.models.programme.name_lines import first_author
from facilitateur.models.programme.people import named_beyond_doubt
from facilitateur.models.programme.roles_and_bodies import looks_like_org
from facilitateur.models.programme.times import ClockTime, hhmm, on_24_hour_clock, settle
from facilitateur.models.programme.words import (
    is_generic,
    is_place,
    kind_and_word,
    kind_in_sentence,
    kind_of,
    without_event_day,
)
from facilitateur.models.text.folding import fold

# Kinds whose parts are of the same kind (a workshop block's items are workshops); the items
# of other blocks are talks unless their own title says otherwise.
_INHERITED = {"open_space", "workshop", "panel", "q_and_a", "report_back", "film"}


@dataclass
class BlockNote:
    """What the preview says about a block: how it was found and why it has its kind."""

    rule: Rule
    kind_rule: KindRule
    kind_word: str = ""


@dataclass
class DayNote:
    """What the preview says about a day: whether its times were read on a 12-hour clock."""

    twelve_hour: bool = False  # some times without am/pm were moved to the afternoon
    forced: bool | None = None  # the user's choice, when they made one
    ambiguous: bool = False  # some times could be read either way (no am/pm, no "h", not 0x)
    blocks: list[BlockNote] = field(default_factory=list)


def _twelve_hour(
    t: ClockTime, after: int | None, forced: bool | None, clock24: bool = False
) -> tuple[int, bool]:
    """Minutes of a time, and whether the 12-hour reading moved it to the afternoon.

    Automatic: a time without am/pm that would go back in the day is in the afternoon, unless
    the day is written on the 24-hour clock. Forced on: so are those before 8:00 (a day written
    1:00 to 5:00); forced off: times as written. A time just after midnight after a late one
    goes on through the night.
    """
    moved = settle(t, after, clock24=clock24 if forced is None else not forced)
    if moved >= 24 * 60:
        return moved, False
    if forced is False:
        return t.minutes, False
    if moved != t.minutes:
        return moved, True
    if forced and not t.explicit and 60 <= t.minutes < 8 * 60:
        return t.minutes + 720, True
    return t.minutes, False


# Words saying an evening, and words saying a morning or midday, in both languages.
# A dinner is an evening's meal too (`7:00 Dinner`).
_EVENING = re.compile(
    r"\b(?:evenings?|tonight|soirs?|soirees?|ce soir|dinners?|suppers?|diners?|souper)\b"
)
_DAYTIME = re.compile(
    r"\b(?:mornings?|matin(?:ee)?s?|breakfasts?|petits?[- ]dejeuners?|lunch\w*|dejeuners?"
    r"|midi|noon|brunch|afternoons?|apres-midi)\b"
)


def _an_evening(day: Day, prog: Programme, clock24: bool) -> bool:
    """Whether a day is an evening written on the 12-hour clock without am/pm: every time
    between 5:00 and 11:59 with no am/pm, and its words (its title, its blocks, the prose
    around them) say an evening and never a morning or midday (`overview of the evening's
    content`, a club's meeting after work from 7:00 to 10:30), or its first time is before
    seven (`6:30 Start`), its times never going back."""
    times = [t for b in day.blocks for t in (b.start, b.end) if t is not None]
    if clock24 or not times or any(t.explicit or not 5 * 60 <= t.minutes < 12 * 60 for t in times):
        return False
    starts = [b.start.minutes for b in day.blocks if b.start is not None]
    if any(later < earlier for earlier, later in pairwise(starts)):
        return False  # "8:30 … 11:30" then "5:30 Evening reception": a day into the evening
    words = fold(
        " ".join(
            [prog.title, day.label]
            + [f"{b.title} {b.description} {b.section}" for b in day.blocks]
            + [i.title for b in day.blocks for i in b.items]
            + [text for _no, text in prog.skipped]
        )
    )
    # Thirteenth round. A day whose first time, without am/pm, is before seven (`6:30 Start`
    # … `9:10 - 9:40 Groups report back`) is an evening too: gatherings seldom open before
    # seven in the morning, and a morning one says so (breakfast, morning, matin).
    early = starts[0] < 7 * 60 if starts else False
    return (early or bool(_EVENING.search(words))) and not _DAYTIME.search(words)


# Words saying a morning, in both languages: a day of early times that says so is no afternoon.
_MORNING = re.compile(
    r"\b(?:mornings?|matin(?:ee)?s?|breakfasts?|petits?[- ]dejeuners?|sunrise|dawn|aube)\b"
)


def _an_afternoon(day: Day, prog: Programme, clock24: bool) -> bool:
    """Twenty-third round. Whether a day is an afternoon written on the 12-hour clock without
    am/pm: every time between 1:00 and 6:59 with no am/pm (`2:00 – Arrive`, `2:15 – 2:45 –
    Brief announcements`, `2:45 – 3:15 – Talks`), its times never going back, and its words
    never saying a morning. A day that never reaches seven o'clock is not one held in the
    small hours: gatherings seldom open before seven in the morning, and one that does says
    so (breakfast, sunrise, matin)."""
    times = [t for b in day.blocks for t in (b.start, b.end) if t is not None]
    if clock24 or not times or any(t.explicit or not 60 <= t.minutes < 7 * 60 for t in times):
        return False
    starts = [b.start.minutes for b in day.blocks if b.start is not None]
    if any(later < earlier for earlier, later in pairwise(starts)):
        return False
    words = fold(
        " ".join(
            [prog.title, day.label]
            + [f"{b.title} {b.description} {b.section}" for b in day.blocks]
            + [i.title for b in day.blocks for i in b.items]
        )
    )
    return not _MORNING.search(words)


def _afternoon_by_next(b: Block, day: Day, i: int) -> bool:
    """Eleventh round. A time without am/pm just before one written pm (`4:30-5:30 Arrival`,
    then `5:30 p.m. Dinner`; `1:00 Atelier` then `3:00 pm Goûter`) is in the afternoon
    when, read so, it still comes before it, at most three hours before, where read as
    morning it would leave the day empty for more than eight hours."""
    t = b.start
    if t is None or t.explicit or t.ampm or not 60 <= t.minutes < 12 * 60:
        return False
    nxt = next((x.start for x in day.blocks[i + 1 :] if x.start is not None), None)
    if nxt is None or not nxt.ampm or nxt.minutes < 12 * 60:
        return False
    afternoon = t.minutes + 12 * 60
    return afternoon <= nxt.minutes <= afternoon + 3 * 60 and nxt.minutes - t.minutes > 8 * 60


def _slipped_half_day(day: Day) -> dict[int, tuple[ClockTime, ClockTime | None]]:
    """Twentieth round. A start written pm between two starts of the morning that, read am,
    falls between them (`10:30am Hacking Begins!`, `10:40pm - 11:40pm Workshops 1A`, `12:00pm
    Lunch`) is a slip of the half-day: the block is in the morning, its end with it; the pm
    read as written would leave the day for the night and come back to noon. Only between
    times written with am/pm: 24-hour times say what they mean. The blocks so read, by
    their place in the day: (start, end). Forty-fourth round: two or three such starts in a
    row (`10:50am Bus Returns`, `11:05pm Regroup`, `11:20pm Discuss`, `12:15pm Lunch`) are
    the same slip, each read after the one above once it is read in the morning."""
    starts = [b.start for b in day.blocks]
    slipped: dict[int, tuple[ClockTime, ClockTime | None]] = {}
    for i, b in enumerate(day.blocks):
        t = b.start
        if t is None or not t.ampm or t.minutes < 13 * 60:
            continue
        before = next((x for x in reversed(starts[:i]) if x is not None), None)
        later = [x for x in starts[i + 1 :] if x is not None]
        # The pm starts going on after this one (at most two more) are the same slip: the
        # order is judged against the first start after them.
        run = 0
        while run < min(2, len(later) - 1) and later[run].ampm and later[run].minutes >= t.minutes:
            run += 1
        after = later[run] if later else None
        last = later[run - 1].minutes - 720 if run else t.minutes - 720
        if before is None or after is None or not (before.ampm and after.ampm):
            continue
        morning = t.minutes - 720
        if before.minutes <= morning <= last <= after.minutes < t.minutes:
            end = b.end
            if end is not None and end.ampm and end.minutes - 720 >= morning:
                end = ClockTime(end.minutes - 720, True, True)
            slipped[i] = (ClockTime(morning, True, True), end)
            starts[i] = slipped[i][0]
    return slipped


def _settle_times(
    day: Day, prog: Programme, note: DayNote
) -> list[tuple[int | None, int | None, bool]]:
    """(start, end, end_inferred) in minutes for each block of the day."""
    forced = note.forced
    slipped = _slipped_half_day(day) if forced is None else {}
    clock24 = on_24_hour_clock([t for b in day.blocks for t in (b.start, b.end)])
    day_start = day.start.minutes if day.start else None
    if (
        forced is None
        and day_start is None
        and (_an_evening(day, prog, clock24) or _an_afternoon(day, prog, clock24))
    ):
        day_start = 12 * 60  # its times run from noon on: "7:00 - Arrive at the hall" is 19:00
    day_end = settle(day.end, day_start) if day.end else None
    starts: list[int | None] = []
    ends: list[int | None] = []
    last = day_start
    for i, b in enumerate(day.blocks):
        s = e = None
        by_next = False
        b_start, b_end = slipped.get(i, (b.start, b.end))
        note.ambiguous |= not clock24 and any(
            t is not None and not t.explicit and t.minutes < 13 * 60 for t in (b_start, b_end)
        )
        if b_start:
            s, moved = _twelve_hour(b_start, last, forced, clock24)
            # Sixteenth round. On a day written on the 24-hour clock too: a time without
            # am/pm just before one said to be in the afternoon (`(2:00-2:30)` before
            # `(2:45-17:00)`, read 14:45) is not in the small hours.
            by_next = not moved and forced is None and _afternoon_by_next(b, day, i)
            if by_next:
                s, moved = s + 12 * 60, True
            note.twelve_hour |= moved
        if b_end:
            e, moved = _twelve_hour(
                b_end, s if s is not None else last, forced, clock24 and not by_next
            )
            note.twelve_hour |= moved
        if s is not None and e is not None and e < s:
            prog.warn(b.line, f"“{b.title}” ends before it starts: its end is left out")
            e = None
        if s is not None:
            last = s
        starts.append(s)
        ends.append(e)
    next_start, open_run, next_later = _what_follows(starts, ends)
    out: list[tuple[int | None, int | None, bool]] = []
    for i, b in enumerate(day.blocks):
        start, end, inferred = starts[i], ends[i], False
        beside = False
        if start is None and (b.all_day or b.time_unsaid):
            out.append((None, None, False))  # it lasts the day: no time is guessed for it
            continue
        if start is None and i and _THE_END.match(fold(day.blocks[i - 1].title)):
            # Twenty-first round. A moment after the end said (`4:30 Adjournment` then `More
            # socializing`) happens then or later: its time is not said.
            out.append((None, None, False))
            continue
        if start is None:
            previous = next(
                (x for x in reversed(out) if x[1] is not None or x[0] is not None), None
            )
            if (
                previous is not None
                and previous[1] is None
                and all(s is None for s in starts[i + 1 :])
            ):
                # Twenty-fifth round. A moment after the day's last time, whose block says no
                # end (`11:00 PM Late Night Snack` then `HACK-THROUGH-THE-NIGHT`, `08:00
                # Random Parties` then `overnight Camping`), follows it at a time not said:
                # no later time bounds it, and it cannot start with the block it follows.
                out.append((None, None, False))
                continue
            if previous is not None:
                start = previous[1] if previous[1] is not None else previous[0]
                if previous[2] and previous[1] == next_start[i]:
                    # Thirty-third round. Under a block given its start alone (`7:30am
                    # Eucharist`), whose end is only the next time written, an untimed line
                    # (`Cash breakfast`, `Congress registration`) has no time left after it:
                    # it starts with that block and runs beside it, as blocks written with
                    # the same start do, not as an instant at the next time.
                    start, beside = previous[0], True
            elif b.section_start is not None:
                start = b.section_start.minutes
            else:
                start = day_start
            if start is None:
                prog.warn(b.line, f"no time for “{b.title}”: set its start by hand")
        if end is None and b.duration is not None and start is not None:
            end = start + b.duration
        if end is None and start is not None:
            following = next_start[i]
            if following == start and open_run[i]:
                # "9:00 Registration", "9:00 Coffee": blocks starting together, none with an
                # end, run side by side until the next later time.
                following = next_later[i]
            elif following is not None and following < start and b.start is not None:
                following = _after_an_earlier_one(i, starts, ends, next_later[i])
            after = day.blocks[i + 1] if i + 1 < len(day.blocks) else None
            if (
                after is not None
                and after.section
                and PARTS_OF_DAY.match(fold(after.section))
                and b.start is not None
                and kind_of_block(b, prog.language)[0] not in ("meal", "break")
            ):
                following = None  # the next block opens another part of the day
            if after is not None and after.start is None and after.time_unsaid:
                # Nineteenth round. A moment comes next whose time the page does not say
                # (`## Continued networking`, `Followed by: Games`): the block's end is not
                # known either; it is not the time of the one after that moment.
                following = None

            if following is None and b.start is not None and (after is None or after.section):
                following = _end_of_its_part(day.blocks[: i + 1], start)
            if (
                following is None
                and i == len(day.blocks) - 1
                and day_end
                and day_end > start
                and not _THE_END.match(fold(b.title))
            ):
                following = day_end
            if following is not None and following >= start:
                end, inferred = following, True
        if (
            not beside
            and start is not None
            and out
            and out[-1][1] is not None
            and start < out[-1][1]
        ):
            prog.warn(b.line, f"“{b.title}” starts before the previous block ends")
        out.append((start, end, inferred))
    return out


def _end_of_its_part(blocks: list[Block], start: int) -> int | None:
    """Thirty-fifth round. The end of a part's last block, given its start alone, when the
    part's heading gives its hours (`Matin (9h00 - 12h00)`, then `10h30 - Visite du
    laboratoire`, then `Après-midi (14h00 - 17h00)`): the part's end, when after the start.
    A 12-hour end before the start is the afternoon's (`Afternoon (1:00 - 5:00)`)."""
    part = next((x for x in reversed(blocks) if x.section), None)
    if part is None or part.section_end is None:
        return None
    end = part.section_end.minutes
    if end <= start and not part.section_end.explicit and end + 720 < 24 * 60:
        end += 720
    return end if end > start else None


def _after_an_earlier_one(
    i: int, starts: list[int | None], ends: list[int | None], later: int | None
) -> int | None:
    """Thirty-third round. The end of block i, given its start alone, when the next time
    written is earlier (`7:30am Cash breakfast`, then `7:00-8:45am Registration`, `8:30am
    Morning Prayer`): the page writes side by side what overlaps, and the block ends at the
    next later time when that time falls within the earlier block (before 8:45 here), the
    day's order going on from there. When it falls after, the lines list hours, each on its
    own (`Silent Auction Closes 1:45pm`, then `Sales Areas 10am–6pm`, `… begins 8pm`): no
    end is known."""
    if later is None:
        return None
    j = next((k for k in range(i + 1, len(starts)) if starts[k] is not None), None)
    end = ends[j] if j is not None else None
    return later if end is not None and later <= end else None


# Twenty-first round. The end said as the last moment (`19h15 fin du colloque`, `5:00 pm End
# of workshop`, `Adjournment`, `Symposium Ends`) is an instant: it does not run to the end of
# the day's hours given in a heading (`25 novembre 2016 à 15:30 - 20:30`), which the page
# says more loosely.
_THE_END = re.compile(
    r"^\W*(?:(?:la |the )?(?:fin|end)\b|adjourn\w*|levee de (?:la )?seance"
    r"|(?:[\w-]+ ){1,3}ends?\W*$)"
)


def _what_follows(
    starts: list[int | None], ends: list[int | None]
) -> tuple[list[int | None], list[bool], list[int | None]]:
    """For each block, in one pass from the end: the next start written after it; whether the
    blocks right after it starting at that time have no end either; the next later start."""
    n = len(starts)
    next_start: list[int | None] = [None] * n
    next_later: list[int | None] = [None] * n
    open_run = [False] * n
    following: int | None = None
    run_open = True
    later: list[int] = []  # later starts, each greater than those after it on the stack
    for i in range(n - 1, -1, -1):
        s = starts[i]
        next_start[i] = following
        open_run[i] = following is not None and following == s and run_open
        if s is None:
            continue
        while later and later[-1] <= s:
            later.pop()
        next_later[i] = later[-1] if later else None
        later.append(s)
        run_open = (run_open if s == following else True) and ends[i] is None
        following = s
    return next_start, open_run, next_later


# Roles a chair's label gives (see people.labelled_speakers).
_CHAIRS = (
    "animation",
    "animat",
    "moderat",
    "modérat",
    "chair",
    "présidence",
    "président de séance",
    "présidente de séance",
    "facilitat",
)


# A title opening with a phrase in quotes: `"Promises Pattern in Javascript" by …`.
_QUOTED = re.compile(r"^[\"“«„][^\"“”«»„]{3,}[\"”»“]")
# Twentieth round. A title that is a person's name and nothing else (`Cédric Morgan`, `Jean-
# Luc Coudray`, `Dominique de Martel`): a book fair's or a festival's slot given to that
# person, who speaks in it. Two to four capitalised words, a particle perhaps between them;
# the name known beyond doubt (a known given name first, no word of a place, a body or a kind).
_NAME_ALONE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+(?:(?:de|du|des|le|la|van|von|der|den|da|di|del|dos)\s+){0,2}"
    r"[A-ZÀ-ÖØ-Þ][\w’'-]*){1,3}$"
)


def _a_name_alone(title: str) -> bool:
    title = title.strip()
    if not _NAME_ALONE.match(title.replace("- ", "-")):
        return False
    return named_beyond_doubt(title.replace("- ", "-"), False)


def _a_name_then_quoted(title: str) -> bool:
    """Thirty-fourth round. A person's name, known beyond doubt as _a_name_alone's, then a
    title in quotes (`Alexandre Hippert « Paie ta science ! »`, `Jane Doe "Why Bees Matter"`,
    `Prénom Nom : « Titre »`): that person speaks on that subject, a talk."""
    m = re.search(r"[\"“«„]", title)
    if m is None or m.start() == 0:
        return False
    name = title[: m.start()].strip().rstrip(":,–—-").strip()
    if first_author(name) is not None:
        # Forty-first round. A name followed by `et al.` (`Moshe Sipper et al. "New Pathways
        # …"`) is a paper's first author, whatever their given name: `et al.` says so (the
        # speakers' reading, name_lines.first_author).
        return bool(_QUOTED.match(title[m.start() :]))
    who, comma, body = name.partition(",")
    if comma and _FIRST_AUTHOR.match(who.strip()) and looks_like_org(body.strip()):
        # Forty-first round. A name, a comma and the body it comes from, then the subject in
        # quotes (`Indika Rajapakse, University of Michigan "Cellular Reprogramming"`): the
        # body says the name is someone's, whatever their given name.
        return bool(_QUOTED.match(title[m.start() :]))
    return bool(_QUOTED.match(title[m.start() :])) and _a_name_alone(name)


# Capitalised words, an initial among them (`David R. White`), particles between them.
_FIRST_AUTHOR = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+(?:(?:de|du|des|le|la|van|von|der|den|da|di|del|dos)\s+){0,2}"
    r"(?:[A-Z]\.|[A-ZÀ-ÖØ-Þ][\w’'-]*)){1,4}$"
)


# Tenth round. A note saying how to take part names no moment (`Inscription au préalable sur
# le stand`, `Registration required`, `sur inscription`): a stage open to all is no welcome.
_SIGN_UP = re.compile(
    r"\b(?:(?:pre-?)?(?:inscriptions?|registration|sign[- ]?up)\s+(?:au pr[ée]alable|pr[ée]alable"
    r"|obligatoire|conseill[ée]e|recommand[ée]e|gratuite|required|recommended|in advance"
    r"|needed|essential|beforehand)|sur (?:inscription|r[ée]servation)|pre-?registration"
    r"|register (?:in advance|beforehand|online))\b"
    # Twenty-sixth round. Signing up at a price (`Inscription 5€, gratuit pour …`,
    # `Registration: $20`): what it costs to come, not a welcome desk.
    r"|\b(?:inscriptions?|registration)\s*:?\s*(?:\d+(?:[.,]\d\d)?\s*(?:€|euros?\b)|[$£€]\s*\d)",
    re.IGNORECASE,
)
# A part saying what comes after the block (`suivi de la restitution des ateliers`, `followed
# by drinks`, `puis …`, `then …`) says nothing of what the block itself is.
_FOLLOWED_BY = re.compile(r"^\W*(?:suivie?s? (?:de|d'|par)|followed by|puis|then|ensuite)\b")


# Sixteenth round. An introduction of the day, of a part of it or of the gathering itself
# (`Introduction de la matinée`, `Introduction à la journée`, `Introduction to the morning`,
# `Introduction of the workshop`) opens it, a welcome, whoever gives it; an introduction of a
# subject (`Introduction : Histoire humaine …`) given by someone stays their talk.
# Twenty-ninth round. A session named by what is presented in it (`Paper Session 1`, `Oral
# Session`, `Session de communications`, `Lightning talks session`) is heard, a talk, even in a
# workshop's programme, where a bare session (`Session 2`) is the participants' work.
_PRESENTED_IN_IT = re.compile(
    r"\b(?:papers?|talks?|presentations?|communications?|orales?|oral|lightning|exposes?"
    r"|conferences?)\b"
)
_INTRODUCES_THE_EVENT = re.compile(
    r"\bintroduc\w*\s+(?:de la|du|de l'|a la|au|a l'|to the|of the)\s*"
    r"(?:matinee|journee|apres-midi|soiree|seance|demi-journee|rencontre|seminaire|colloque"
    r"|congres|forum|atelier|day|morning|afternoon|evening|session|meeting|seminar|workshop"
    r"|symposium|conference|forum)\b"
    # Twentieth round. Introductions said beside the welcome (`Introductions / Welcome`,
    # `Introduction et mot d’accueil`), whoever gives them, open the event.
    r"|\bintroduc\w*\s*(?:/|&|and|et|\+)\s*(?:mots? d'|words? of )?(?:welcome|bienvenue|accueil)\b"
    r"|\b(?:welcome|bienvenue|accueil)\s*(?:/|&|and|et|\+)\s*introduc"
)


# Twenty-second round. A page announcing its round tables or debates by their number, in its
# prose (`Au programme, trois tables rondes …`, `two round tables`, `plusieurs débats`), has them as
# its blocks that name no kind of their own and give the floor to no one speaker alone: their
# titles are the subjects debated (`Une pauvreté structurelle : …`, `« Grand Paris, une chance
# ou un risque ? »`), not talks nor moments of another kind.
_DEBATES_ANNOUNCED = re.compile(
    r"\b(?:deux|trois|quatre|cinq|six|plusieurs|\d|two|three|four|five|six|several)"
    r"\s+(?:(?:grandes?|grands|petites?|great|big|short|main)\s+)?"
    r"(?:tables?[- ]rondes?|round[- ]?tables|debats|debates|panels|panel discussions)\b"
)
# A question as the whole title (`« Une ville pour tous, rêve ou réalité ? »`, `Why should we
# …?`): the subject someone is asked to speak to; put to several people together (named on
# the block, not each on a part of it), they debate it.
_QUESTION_TITLE = re.compile(r"\?\s*[»”\"']?\s*$")


def announces_debates(prog: Programme) -> str:
    """The words of the programme's prose announcing round tables or debates by their number
    (between or around its blocks, in their descriptions or the lines left out), or ""."""
    prose = [t for _, t in prog.skipped]
    prose += [b.description for d in prog.days for b in d.blocks[:60] if b.description]
    m = _DEBATES_ANNOUNCED.search(fold(" ".join(prose)[:8000]))
    if not m or any(
        kind_of(b.title, prog.language) == "panel" for d in prog.days for b in d.blocks
    ):
        # The tables announced are those the page names as such, not its other moments.
        return ""
    return m.group(0)


_BODY_WORD = r"[A-ZÀ-ÖØ-Þ][\w&’'.-]*"
_GIVEN_BY_A_BODY = re.compile(
    rf"^\w(?:(?!\s[–—-]\s).){{2,}}?\s[–—-]\s(?P<body>{_BODY_WORD}"
    rf"(?:\s+(?:{_BODY_WORD}|of|for|the|and|de|du|des|la|le|les|et|d['’]\w+)){{1,5}})$"
)


def kind_of_block(
    b: Block,
    lang: str | None = None,
    event: str | None = None,
    event_word: str = "",
    debates: str = "",
) -> tuple[str, KindRule, str]:
    """A block's kind, why, and the words that say it (when some do).

    The words of its title first; when they name no kind, those of its one part or its
    description (`Mapping du réseau` then `➡ atelier de 35 min`: a workshop). When nothing
    names one: several speakers and a moderator make a panel, several parts a plenary,
    someone speaking a talk; a block naming nobody and no kind is another kind of moment (a
    visit, a game, a journey: in the corpus of real programmes these are most of the blocks
    whose title says nothing, while talks name their speaker).
    """
    if b.kind:
        return b.kind, KindRule.WORD if b.kind_word else KindRule.COLUMN, b.kind_word
    kind, word = kind_and_word(b.title, lang)
    people = [*b.speakers, *(s for it in b.items for s in it.speakers)]
    if (
        kind == "welcome"
        and word.lower().startswith("introduc")
        and people
        and len(b.items) < 2
        and not _INTRODUCES_THE_EVENT.search(fold(b.title))
    ):
        # An introduction given by someone is their talk; eleventh round: one made of several
        # parts by several people (the hosts' words in turn) is the event's opening, a welcome.
        return "talk", KindRule.WORD, word
    if (
        kind == "talk"
        and event == "workshop"
        and is_generic(word)
        and not people
        and ":" not in without_event_day(b.title)
        and not _PRESENTED_IN_IT.search(fold(b.title))
    ):
        # "Topic Session One" of an unconference: work in groups. A session with its own
        # subject ("Morning Session: projects are introduced") is said by that subject.
        return event, KindRule.WORD, word
    if kind:
        return kind, KindRule.WORD, word
    if b.kind_of_day and not b.items:
        # Twenty-eighth round. A block naming no kind under a day whose heading names, in the
        # plural, what its blocks are (`Dimanche 25 novembre, ateliers`: `Débuter avec Git`
        # by someone) is of that kind, before anything the people named would say.
        day_kind, day_word = kind_and_word(b.kind_of_day, lang)
        if day_kind:
            return day_kind, KindRule.WORD, day_word
    # A sentence naming what is offered, by nobody named: `…, divers ateliers sont proposés`.
    # Someone named speaks, whatever their long title mentions (`… d’introduction …`).
    kind, word = kind_in_sentence(b.title)
    if people and (kind != "other" or _QUOTED.match(b.title)):
        kind, word = None, ""
    # Thirty-ninth round. Unless what the sentence names is a show, a visit or another moment
    # (`Dès 14 h 30 les amateurs … se retrouvaient … pour un récital`, performers named in
    # it): those named perform or guide there, they give no talk. A title in quotes is the
    # subject of a talk, whatever it mentions (`« Rousseau and Condorcet on … the right to
    # vote »`).
    if kind:
        return kind, KindRule.WORD, word
    if (
        not people
        and not b.items
        and (given := _GIVEN_BY_A_BODY.search(b.title))
        and not is_place(given["body"].rstrip("."))
    ):
        # Twenty-sixth round. A subject naming no kind, then a spaced dash and a body or team
        # in capitalised words (`Cluster computing and modules – Bioinformatics Core`,
        # `Les données ouvertes – Service Informatique`): that body presents the subject, as
        # a person named there would: a talk. (A place there, `North ward – Main Hall`, is
        # where; a title of several parts between dashes is read as before.)
        return "talk", KindRule.DEFAULT, given["body"]
    if len(b.items) <= 1:
        # The other cells of a table's row name a room or a note, never what happens there
        # (`Lightning #2` in the `Cafe(teria)` column is no break).
        described = b.description if b.rule != Rule.TABLE_ROW else ""
        if described.startswith(b.title) and described != b.title:
            # Fifteenth round. A description opening with the title it was read with (a time
            # alone, then `«Rêvons le Parc»`, then `Discussion débat : …`): the kind is said
            # by what follows the title, in the first words of the description's own.
            described = described[len(b.title) :].strip()
        for n, part in enumerate([described, *(it.title for it in b.items)]):
            part = _SIGN_UP.sub("", part)
            if _FOLLOWED_BY.match(fold(part)):
                continue
            kind, word = kind_and_word(part, lang) if part else (None, "")
            if kind == "q_and_a" and n > 0:
                # Twenty-fifth round. Questions as the one part of a block naming no kind
                # (`7:45-8 Gayle Prest, …` then `“Moving the Needle …”` then `Q&A`) follow
                # what is said before them: the block is a talk, its questions a part.
                return "talk", KindRule.PARTS, word
            if kind:
                return kind, KindRule.PARTS, word
    if _QUESTION_TITLE.search(b.title) and (len(b.speakers) >= 2 or (debates and not people)):
        return "panel", KindRule.WORD, debates
    if debates and len(people) != 1 and not _a_name_alone(b.title):
        return "panel", KindRule.WORD, debates
    if len(b.items) > 1:
        # Parts opening with a round table are that table, its reactions and its debate
        # (`TABLE RONDE Avec …`, `REACTIONS de …`, `DEBAT`): a panel, not a plenary.
        kind, word = kind_and_word(b.items[0].title, lang)
        if kind == "panel":
            return kind, KindRule.PARTS, word
    chaired = any((p.get("role") or "").lower().startswith(_CHAIRS) for p in people)
    if chaired and len(people) >= 3:
        return "panel", KindRule.CHAIRED, ""
    if len(b.items) > 1:
        # Thirteenth round. Parts that all name one kind other than talks say what the block
        # is (`Randonnées …` whose parts are each a walk, `Fête` whose parts are each a game):
        # outings, games, meals are no session of everyone. Talks in a row stay a plenary.
        kinds = {kind_and_word(it.title, lang)[0] for it in b.items}
        if len(kinds) == 1 and (same := kinds.pop()) in ("other", "meal", "workshop"):
            return same, KindRule.PARTS, ""
        named = {kind_and_word(it.title, lang)[0] for it in b.items} - {None}
        if named == {"other"} and not people and _QUOTED.match(b.title):
            # Fifteenth round. A work named in quotes whose one kind named among its parts is
            # a show or another moment, the other parts saying who it is for and where
            # (`«Tempos»`: `Spectacle burlesque`, `A partir de 7 ans`, `Entrée libre`;
            # `"Night Lights"`: `Concert`, `All ages`, `Free entry`), is that moment: nothing
            # makes it a session of everyone.
            return "other", KindRule.PARTS, ""
        return "plenary", KindRule.WITH_ITEMS, ""
    if people or _QUOTED.match(b.title) or _a_name_alone(b.title) or _a_name_then_quoted(b.title):
        # Someone speaking, or a title in quotes (the subject of a talk: "Promises Pattern"),
        # or a person's name as the whole title (see _NAME_ALONE).
        return "talk", KindRule.DEFAULT, ""
    if event == "plenary" and event_word:
        # Meetings announced one per line under `Réunions de quartier 2023`: a moment naming
        # nothing is one of the meetings the programme's title names.
        return "plenary", KindRule.WORD, event_word
    if (
        _QUESTION_TITLE.search(b.title)
        and len(b.title.split()) >= 4
        and not b.items
        and not any(c in b.title for c in '«“"(:')
    ):
        # Forty-third round. A question put to the meeting and nothing else, no one named to
        # answer it, no kind said (`Should the name Transition Town be adopted …?`, `Faut-il
        # créer un conseil citoyen ?`): the room discusses it together, a plenary. A question
        # quoted, or after a heading and a colon, is the subject of something named.
        return "plenary", KindRule.WORD, ""
    return "other", KindRule.NOTHING_NAMED, ""


def _speakers(speakers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for s in speakers:
        sp = {"name": s["name"], "role": s["role"], "topic": s["topic"]}
        if s.get("organisation"):
            sp["organisation"] = s["organisation"]
        out.append(sp)
    return out


def to_contract(prog: Programme, clocks: dict[int, bool] | None = None) -> dict[str, Any]:
    """The programme as the JSON of `facilitateur program parse`.

    `clocks` forces the 12-hour reading of some days on or off (by the day's index).
    """
    return assemble(prog, clocks)[0]


def assemble(
    prog: Programme, clocks: dict[int, bool] | None = None
) -> tuple[dict[str, Any], list[DayNote]]:
    """The programme as the JSON contract, with what the preview says about each day."""
    days = []
    notes = []
    debates = announces_debates(prog)
    for d, day in enumerate(prog.days):
        note = DayNote(forced=(clocks or {}).get(d))
        notes.append(note)
        blocks = []
        for b, (start, end, inferred) in zip(
            day.blocks, _settle_times(day, prog, note), strict=True
        ):
            kind, kind_rule, word = kind_of_block(
                b, prog.language, prog.event_kind, prog.event_word, debates
            )
            note.blocks.append(BlockNote(b.rule, kind_rule, word))
            block: dict[str, Any] = {
                "start": hhmm(start),
                "end": hhmm(end),
                "end_inferred": inferred,
                "title": without_pictographs(b.title),
                "kind": kind,
            }
            if b.section:
                block["section"] = b.section
            if described := " · ".join(x for x in (b.aside, b.description) if x):
                block["description"] = described
            block["speakers"] = _speakers(b.speakers)
            block["items"] = [
                {
                    "title": without_pictographs(it.title),
                    "kind": it.kind
                    or kind_of(it.title, prog.language)
                    or (kind if kind in _INHERITED else "talk"),
                    "speakers": _speakers(it.speakers),
                }
                for it in b.items
            ]
            blocks.append(block)
        _talks_between_talks(blocks, note)
        _discussion_after_talk(blocks)
        _opening_said_to_start(blocks, note)
        _welcome_break_opens_the_day(blocks, note)
        first = next((x["start"] for x in blocks if x["start"]), None)
        last = next(
            (x["end"] or x["start"] for x in reversed(blocks) if x["end"] or x["start"]), None
        )
        days.append(
            {
                "date": day.date.isoformat() if day.date else None,
                "label": day.label,
                "start": hhmm(day.start.minutes) if day.start else first,
                "end": hhmm(settle(day.end, day.start.minutes if day.start else None))
                if day.end
                else last,
                "blocks": blocks,
            }
        )
    _fill_years(prog, days)
    out: dict[str, Any] = {"title": prog.title, "venue": prog.venue, "days": days}
    if prog.warnings:
        out["warnings"] = sorted(prog.warnings, key=lambda w: w["line"])
    return out, notes


def _talks_between_talks(blocks: list[dict[str, Any]], note: DayNote) -> None:
    """Fifteenth round. Blocks naming nothing, without parts, between two talks with nothing
    else between them (`09h15 Accueillir la campagne à la ville` and its speaker, `10h00 Le
    jardin à New-York : faire du lien social`, `10h45 Des villes pour …`, `11h30 …` and its
    speaker; `Soil carbon` between two talks) are talks too: a morning of talks whose
    speakers are not all named yet."""
    i = 0
    while i < len(blocks):
        if not _named_nothing(blocks, note, i):
            i += 1
            continue
        j = i
        while j < len(blocks) and _named_nothing(blocks, note, j):
            j += 1
        if i > 0 and j < len(blocks) and blocks[i - 1]["kind"] == blocks[j]["kind"] == "talk":
            for k in range(i, j):
                blocks[k]["kind"] = "talk"
                note.blocks[k] = BlockNote(note.blocks[k].rule, KindRule.BETWEEN_TALKS, "")
        i = j


# Twenty-fifth round. The day's first block said to start, and nothing else (`Zoom session
# starts`, `Registration Begins`, `La séance débute`): the day opening, its welcome. Later in
# the day, what starts stays what it names (`Workshop Begins` after the registration is the
# workshop, `Oversize Folding Event begins` another moment).
_SAID_TO_START = re.compile(
    r"^\W*(?:[\w'-]+ ){1,3}?(?P<verb>starts|begins|opens|commences|debute|commence|s'ouvre)\W*$"
)


def _opening_said_to_start(blocks: list[dict[str, Any]], note: DayNote) -> None:
    if not blocks or blocks[0]["start"] is None or blocks[0]["kind"] in ("meal", "break"):
        return
    if said := _SAID_TO_START.match(fold(blocks[0]["title"])):
        blocks[0]["kind"] = "welcome"
        note.blocks[0] = BlockNote(note.blocks[0].rule, KindRule.WORD, said["verb"])


# Thirty-first round. The day's first block, a break that names the welcome too (`Café-
# accueil`, `Welcome coffee`, `Coffee & welcome`), is the day opening: its welcome, the coffee
# how the guests are received. Later in the day such a break stays a break.
_WELCOME_WORD = re.compile(r"\b(?P<word>accueil|welcome|bienvenue)\b")


def _welcome_break_opens_the_day(blocks: list[dict[str, Any]], note: DayNote) -> None:
    if not blocks or blocks[0]["start"] is None or blocks[0]["kind"] != "break":
        return
    if said := _WELCOME_WORD.search(fold(blocks[0]["title"])):
        blocks[0]["kind"] = "welcome"
        note.blocks[0] = BlockNote(note.blocks[0].rule, KindRule.WORD, said["word"])


# Twenty-second round. A block that is a discussion and nothing more (`Discussion`, `Further
# discussion`; nothing said of it below, no one named), right after a
# talk with nothing between them, is that talk's questions: the room answers what it just heard.
# Said by the shape of the title (one or two words, the discussion last) and by its place.
_BARE_DISCUSSION = re.compile(r"^(?:\w+\s+)?discussions?$")


def _discussion_after_talk(blocks: list[dict[str, Any]]) -> None:
    for before, b in pairwise(blocks):
        title = fold(b["title"]).strip(" .:;-–—")
        if (
            b["kind"] == "plenary"
            and before["kind"] == "talk"
            and not b["items"]
            and not b["speakers"]
            and not b.get("description")
            and _BARE_DISCUSSION.match(title)
            and b["start"] is not None
            and before["end"] in (None, b["start"])
        ):
            b["kind"] = "q_and_a"


def _named_nothing(blocks: list[dict[str, Any]], note: DayNote, i: int) -> bool:
    b = blocks[i]
    return (
        b["kind"] == "other"
        and note.blocks[i].kind_rule == KindRule.NOTHING_NAMED
        and not b["items"]
        and b["start"] is not None
    )


def _fill_years(prog: Programme, days: list[dict[str, Any]]) -> None:
    """`Samedi 14 mai` takes its year from another day of the programme that has one."""
    years = {d.date.year for d in prog.days if d.date} or ({prog.year} if prog.year else set())
    if len(years) != 1:
        return
    from facilitateur.models.programme.days_and_dates import dated_in_year

    year = years.pop()
    for out, day in zip(days, prog.days, strict=True):
        if out["date"] is None and day.label and (when := dated_in_year(day.label, year)):
            out["date"] = when.isoformat()
