"""The top of a programme: its title, date, hours and venue, and where the schedule begins."""

from __future__ import annotations

import re
from datetime import date

from facilitateur.models.programme.days_and_dates import (
    DATE_IN_TEXT,
    PAGE_DATED,
    PARTS_OF_DAY,
    dated_in_year,
    day_heading,
    days_listed,
    find_date,
    names_its_day,
    weekday_of,
)
from facilitateur.models.programme.lines import (
    DAYS_START,
    HEADINGS,
    Entry,
    classify,
    times_open_the_lines,
)
from facilitateur.models.programme.model import Day, Programme
from facilitateur.models.programme.people import labelled_speakers as chair_line
from facilitateur.models.programme.roles_and_bodies import clean
from facilitateur.models.programme.said_first import SAID_HOURS
from facilitateur.models.programme.times import (
    BLOCK_LINE,
    HOURS_FIRST,
    HOURS_IN_TEXT,
    HOURS_THEN,
    ONLY_TIMES,
    read_range,
    read_time,
)
from facilitateur.models.text.folding import fold

_VENUE_LABEL = re.compile(r"^(?:lieu|venue|adresse|address|where|o[uù])\s*:\s*(?P<v>.+)$", re.I)
_VENUE_LEAD = re.compile(r"^(?:,\s*)?(?:au|aux|à la|à l['’]|à|a|at|in|dans|en)\s+", re.I)
# Fourteenth round. What follows a date or hours is no place when it goes on with a verb (`…,
# de 9h30 à 17h, est organisée la fête`, `…, will be held at …`) or is an hour spelled out
# (`at 7 o'clock`, `à 14 heures`): the sentence goes on, the place is said elsewhere if at all.
_NO_PLACE = re.compile(
    r"^(?:est|sont|sera|seront|aura|auront|a lieu|ont lieu|se tiendra|will|is|are|takes?)\b"
    r"|^\d{1,2}\s*(?:heures?|o['’]\s?clock)\b",
    re.I,
)


def body_start(items: list[Entry]) -> int:
    """Index of the first entry of the schedule itself.

    After a `PROGRAMME` heading when there is one; otherwise at the first timed line, part of
    the day or day heading followed by one (lines before it are the header and the prose
    around it).
    """
    for i, e in enumerate(items):
        if e.rule == SAID_HOURS:
            break  # a moment said in a sentence above the heading opens the schedule
        if fold(e.text).strip(" :") in HEADINGS:
            # "Programme" then "de 10h à 17h Salle des Fêtes …": the day's hours come first.
            return (
                i + 2
                if i + 1 < len(items) and _is_event_hours(items[i + 1].text, i + 1, items)
                else i + 1
            )
    for i, e in enumerate(items):
        kind = classify(e.text)[0]
        if times_open_the_lines(items, i):
            kind = "block"  # `A 16h00, visites …` then `A 21h00, dîner …`
        if kind == "section" and _above_the_first_day(items, i):
            continue
        if kind in ("block", "section") and not _is_event_hours(e.text, i, items):
            return i
        if kind == "date" and not find_date(e.text) and _timed_soon(items, i):
            return i  # "Vendredi", "Les horaires du samedi :" then times
        if kind == "date" and _day_begins_at(e.text) and _another_day_after(items, i):
            # Twenty-fifth round. A day heading saying when that day begins (`Vendredi 7
            # février / à partir de 18h`, `Friday, May 3 from 6pm`), another day following,
            # opens the schedule as a time does: its untimed lines are that day's moments,
            # not the page's header.
            return i
        if (
            kind == "date"
            and i + 2 < len(items)
            and classify(items[i + 1].text)[0] == "text"
            and not any(c.isdigit() for c in items[i + 1].text)  # no time said in it
            and classify(items[i + 2].text)[0] == "date"
            and names_its_day(e.text)
            and names_its_day(items[i + 2].text)
            and _timed_within(items, i + 2, _LOST_DAY_REACH)
            and _another_day_after(items, i)
        ):
            # Thirty-eighth round. A day heading saying which day it is (`VENDREDI 20:`,
            # `Friday, May 3`), one untimed line under it (`Jeu chez les commerçants`), then
            # another day with its times: the schedule opens at the first day, its line that
            # day's moment without a time (the day was lost in the page's header).
            return i
    return len(items)


# Thirty-second round. A part of the day is a division of a day: one heading the page above
# its first day heading, before any time (`Soirée Serverless : Kafka et Quarkus` then `Mardi
# 9 mai 2023 à 19h00`, `Evening of Poetry` then `Friday, March 3`), divides nothing yet; it
# names the event, as the page's title does, and the schedule opens further down.
def _above_the_first_day(items: list[Entry], index: int) -> bool:
    for j in range(index + 1, min(index + 12, len(items))):
        kind = classify(items[j].text)[0]
        if kind == "date":
            return day_heading(items[j].text) is not None and find_date(items[j].text) is not None
        if kind in ("block", "section") or times_open_the_lines(items, j):
            return False
    return False


def _names_the_event(items: list[Entry], index: int) -> bool:
    """Whether a header line is text, or a part of the day above the first day (see above)."""
    read_as = classify(items[index].text)[0]
    return read_as == "text" or (read_as == "section" and _above_the_first_day(items, index))


def _day_begins_at(text: str) -> bool:
    found = day_heading(text)
    return found is not None and bool(found[2]) and DAYS_START.match(found[2]) is not None


def _another_day_after(items: list[Entry], index: int) -> bool:
    """Whether a heading of another day follows (the same date said again is no other day)."""
    this = day_heading(items[index].text)
    for e in items[index + 1 : index + 40]:
        if classify(e.text)[0] != "date" or (other := day_heading(e.text)) is None:
            continue
        if this is None or (other[1] or fold(other[0])) != (this[1] or fold(this[0])):
            return True
    return False


def _timed_soon(items: list[Entry], index: int) -> bool:
    return any(
        classify(items[j].text)[0] == "block" or times_open_the_lines(items, j)
        for j in range(index + 1, min(index + 3, len(items)))
    )


def _timed_within(items: list[Entry], index: int, reach: int) -> bool:
    """Whether a timed line, or a bullet or numbered part holding a number, comes within
    `reach` entries under `index`, no other day heading before it."""
    for j in range(index + 1, min(index + 1 + reach, len(items))):
        kind = classify(items[j].text)[0]
        if kind == "date":
            return False
        if kind == "block" or times_open_the_lines(items, j):
            return True
        if kind == "bullet" and any(c.isdigit() for c in items[j].text):
            return True
    return False


# Forty-first round. The second day's times may come a few lines under its heading, after a
# line naming where things happen and a numbered part (`SAMEDI 21:`, `Deux espaces
# principaux : Place …`, `1. Village enfants (9h-14h)`, `• 10h00 – 11h00 : …`): the first
# day, with its one untimed line, is still a day of the schedule.
_LOST_DAY_REACH = 4


def _is_event_hours(text: str, index: int, items: list[Entry]) -> bool:
    """`de 9h00 à 18h00, au siège …` just under the date gives the event's hours, not a block."""
    m = HOURS_IN_TEXT.match(text)
    if not m:
        return False
    before = [x.text for x in items[max(0, index - 3) : index]]
    if any(find_date(b) for b in before if b) or _VENUE_LEAD.match(text[m.end() :].strip(" ,")):
        return True
    # Hours whose first block starts when they do, on the next line: the day's hours.
    nxt = BLOCK_LINE.match(items[index + 1].text) if index + 1 < len(items) else None
    start, first = read_time(m, "a"), read_time(nxt, "a") if nxt else None
    return start is not None and first is not None and start.minutes == first.minutes


def _date_of_hours(before: str, day: Day) -> tuple[str, date] | None:
    """Eleventh round. The date written just before the event's hours (`… à l’HanGare,
    Samedi 22 Mars de 15h à 18h`, `on Saturday, March 22 from 3 to 6 pm`) is the event's,
    where a date alone above it is when the page was written (a blog post's own date): the
    day is the one the hours are on, in the year of the page when it gives none."""
    assert day.date is not None
    found = [m for m in DATE_IN_TEXT.finditer(fold(before)) if not before[m.end() :].strip(" ,")]
    read = find_date(found[-1].group()) if found else None
    if read is None or read[0] == day.label:
        return None
    with_year = read if read[1] is not None else find_date(f"{read[0]} {day.date.year}")
    when = with_year[1] if with_year else None
    if when is None:
        return None
    start = found[-1].start()
    label = before[start : start + len(read[0])] if len(fold(before)) == len(before) else read[0]
    return (label, when) if when != day.date else None


# A time of day said right after a date (`… Tuesday, May 11th at 7:00PM`, `le Jeudi 22 octobre
# 2020, à 20 heures 30`), on the folded text (`a` is `à`, `des` is `dès`).
_TIME_AFTER_DATE = re.compile(
    r"\s*,?\s*(?:a|at|@|from|de|des)\s+\d{1,2}(?:\s*(?:h\b|h\d|:\d|heures?\b|[ap]\.?m\b))"
)


def _date_with_its_time(text: str, day: Day) -> tuple[str, date] | None:
    """Thirty-eighth round. The first date in a line said with a time of day after it, in
    the year of `day` when it gives none, with the words it was written in."""
    assert day.date is not None
    folded = fold(text)
    for m in DATE_IN_TEXT.finditer(folded):
        if not _TIME_AFTER_DATE.match(folded, m.end()):
            continue
        read = find_date(m.group())
        when = read[1] if read and read[1] else dated_in_year(m.group(), day.date.year)
        if when is None:
            continue
        label = text[m.start() : m.end()] if len(folded) == len(text) else m.group()
        return label, when
    return None


def read_header(items: list[Entry], end: int, prog: Programme) -> Day:
    """Fill the programme's title and venue; return the first day with its date and hours.

    The lines it takes something from are marked as used.
    """
    day = Day()
    # The page's own date (`Mise à jour le 06/12/2022`) is none of the event's.
    lines = [(i, e) for i, e in enumerate(items[:end]) if not PAGE_DATED.match(e.text)]
    venue_at = date_at = None
    for i, e in lines:
        text = e.text
        found = find_date(text) or (day_heading(text) if not day.label else None)
        if (
            date_at == i - 1
            and day.start is None
            and (alone := HOURS_THEN.match(text))
            and len(after := text[alone.end() :].strip(" ,;.–—-")) <= 60
        ):
            # Seventeenth round. A range first on the line under the date (`06/07/2017` then
            # `10h00 - 12h00`, `June 16, 2018` then `2:00-4:30 pm`) is the day's hours; a few
            # words after it (`10h00 - 12h00 AMIF`, the next line joined) are its place.
            day.start, day.end = read_range(alone)
            prog.used.update(e.nos)
            place = _VENUE_LEAD.sub("", after)
            if after and not prog.venue and not _NO_PLACE.match(place) and "." not in after:
                prog.venue, venue_at = clean(place), i
            continue
        if (
            found
            and day.label
            and day.date is None
            and not day.blocks
            and found[1] is not None
            and not found[2]
            and weekday_of(found[0])
            and date_at is not None
            and dated_in_year(day.label, found[1].year) != found[1]
        ):
            # Thirty-fifth round. A day and month said without their year in a line of
            # words (`April 12 Meeting Agenda is here!`, a post's title on its own date), then
            # a full date alone on its line with its weekday (`Monday, April 14, 2014`): the
            # full date is the meeting's, as a heading is; the first was the post's.
            day.label, day.date = found[0], found[1]
            if venue_at == date_at:
                prog.venue, venue_at = "", None  # the post title's words were no place
            date_at = i
            prog.used.update(e.nos)
            continue
        if (
            found
            and date_at == 0
            and i >= 2
            and day.date is not None
            and found[1] is not None
            and not found[2]
            and weekday_of(found[0])
            and 0 < (found[1] - day.date).days <= 62
            and not day.blocks
            and day.start is None
        ):
            # Thirty-sixth round. A full date alone at the very top of the page (a post's
            # date, `Tuesday, July 21, 2009`), then, after the meeting's name or place, a later
            # full date alone on its line with its weekday (`Thursday, July 23, 2009`): the
            # later one is the meeting's; the first said when the page was written.
            day.label, day.date = found[0], found[1]
            date_at = i
            prog.used.update(e.nos)
            continue
        if found and day.date is None and not day.label:
            day.label, day.date, rest = found
            if day.date is not None and (span := days_listed(text)) and span[-1] == day.date:
                day.label, day.date = "", span[0]  # `Rencontre des 7 et 8 juin 2025`: see below
            date_at = i
            prog.used.update(e.nos)
            text = rest.lstrip("—–-, ")
            # Twenty-third round. `25 novembre 2016 à 15:30 - 20:30`: the hours said with `à`
            # or `at` after the date are the day's hours too.
            text = re.sub(r"^(?:à|at)\s+(?=\d)", "", text, flags=re.I)
            if text and (first := HOURS_FIRST.match(text)):
                # Twelfth round. The day's hours just after its date (`June 16, 2018,
                # 2:00-4:30 pm, Community Centre`), the place after them.
                day.start, day.end = read_range(first)
                text = text[first.end() :].strip(" ,;.")
            # "Jeudi 3 avril 2025 — Maison des associations, Rennes": the venue follows.
            place = _VENUE_LEAD.sub("", text)
            if (
                text
                and not HOURS_IN_TEXT.search(text)
                and not PARTS_OF_DAY.match(fold(text))
                and not _NO_PLACE.match(place)
                and not ONLY_TIMES.match(place)  # `25 novembre 2016 à 15:30 - 20:30`: hours
            ):
                prog.venue, venue_at = clean(place), i
                continue
        hours = HOURS_IN_TEXT.search(text)
        if hours and day.start is None:
            day.start, day.end = read_range(hours)  # am/pm written once serves both
            if day.date is not None and (dated := _date_of_hours(text[: hours.start()], day)):
                day.label, day.date = dated
            prog.used.update(e.nos)
            after = text[hours.end() :].strip(" ,")
            # A full stop ends the sentence of the hours: what follows is no place (`de 15h
            # à 18h.`, `from 9 to 5. Doors will still open at 9am.`).
            place = _VENUE_LEAD.sub("", after)
            if (
                after
                and not after.startswith((".", ";"))
                and not prog.venue
                and not _NO_PLACE.match(place)
            ):
                prog.venue, venue_at = clean(place), i
            continue
        label = _VENUE_LABEL.match(text)
        if label and not prog.venue:
            prog.venue, venue_at = clean(label.group("v")), i
            prog.used.update(e.nos)
            continue
        if venue_at is not None and i == venue_at + 1 and text.startswith("("):
            prog.venue = f"{prog.venue} {text}"
            prog.used.update(e.nos)
            continue
        if not prog.title and not found and _names_the_event(items, i) and not chair_line(text):
            prog.title = clean(text)
            prog.used.update(e.nos)
        elif found:
            prog.used.update(e.nos)
        elif fold(text).strip(" :") in HEADINGS:
            prog.used.update(e.nos)  # the "PROGRAMME" heading
        elif not set(e.nos) & prog.used:
            prog.skipped.append((e.nos[0], text))  # said as not read if its line is read
    if (
        date_at is not None
        and date_at <= 1
        and day.date is not None
        and not day.blocks
        and (top := find_date(items[date_at].text))
        and not top[2]
    ):
        # Thirty-eighth round. A date alone at the top of the page (a post's date, `lundi 12
        # octobre 2020`, `Sunday, May 9, 2010`), then, down to the first timed line, a later
        # date said with a time of day, in a sentence or a title (`… se réunira …, le Jeudi
        # 22 octobre 2020, à 20 heures 30`, `Block Watch Meeting - Tuesday, May 11th at
        # 7:00PM`): the date said with the meeting's time is the meeting's; the first, when
        # the page was written. (The thirty-sixth round's rule needs the later date alone.)
        for j in range(date_at + 1, min(end + 1, len(items))):
            said = _date_with_its_time(items[j].text, day)
            bare = find_date(items[j].text)
            if not said and bare and not bare[2] and j + 1 < len(items):
                # The sentence's time already set on the line below its date.
                timed = BLOCK_LINE.match(items[j + 1].text)
                bare_day = bare[1] or dated_in_year(bare[0], day.date.year)
                said = (bare[0], bare_day) if timed and bare_day else None
            if said and 0 < (said[1] - day.date).days <= 62:
                day.label, day.date = said
                name = items[j].text.partition(said[0])[0].strip(" -–—,:")
                if name and len(name.split()) <= 6 and not find_date(name):
                    # `Block Watch Meeting - Tuesday, May 11th at 7:00PM`: the words before
                    # the meeting's date and time name it, over the page's name.
                    prog.title = clean(name)
                break
    if day.date is None and not day.label:
        # "Colloque Photographie et Sciences, 30 octobre 2021, Toulouse": a date in the title.
        # Twenty-seventh round. When the title names the day and month alone (`Rencontre … le
        # 30 septembre`) and the lines under it several full dates (`Après l’annulation de cet
        # événement prévu le 17 février 2021, … la nouvelle date fixée au jeudi 30 septembre
        # 2021`), the date is the one the title names: the others are a cancelled or former
        # date, a deadline. Without such a title, the first full date, as before.
        named = ""
        full: list[tuple[str, date]] = []
        for _i, e in lines:
            if span := days_listed(e.text):
                # Thirtieth round. Days listed before their one month and year (`24 et 25
                # mars 2017`): the schedule starts on the first of them, not on the date
                # written in full, the last; the days after it follow as its clock goes back.
                full.append(("", span[0]))
                break
            for m in re.finditer(r"(?:^|[,–—(-]\s*|\s)(?=\d{1,2}(?:er)?\s+\w)", e.text):
                found = find_date(e.text[m.end() :])
                if found and found[1] is not None:
                    full.append((found[0], found[1]))
                elif found and not full and not named:
                    named = found[0]
            if full and not named:
                break
        chosen = [f for f in full if named and dated_in_year(named, f[1].year) == f[1]]
        if chosen or full:
            day.label, day.date = (chosen or full)[0]
    return day
