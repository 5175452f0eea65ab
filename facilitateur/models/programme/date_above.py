"""The programme's date, or its year, read from what is written above its schedule."""

from __future__ import annotations

import re
from datetime import date

from facilitateur.models.programme.days_and_dates import (
    PAGE_DATED,
    WEEKDAYS,
    dated_in_year,
    dates_in_text,
    days_without_year,
    edition_year,
    year_alone,
    year_of_the_day_said,
    year_the_weekdays_fit,
)
from facilitateur.models.programme.lines import Entry
from facilitateur.models.programme.model import Programme

# Twenty-seventh round. A heading names its event, then after a colon or a dash says what the
# event is about (`EMBC 2025 Workshop: Open Biomedical Multimodal AI Research – From Pixels to
# Molecules`, `Forum 2024 – Habiter demain, …`): the event's name is a short heading of its
# own, and a year alone in it is the programme's year however long the subject after it.
_NAME_PART = re.compile(r"^(?P<name>[^:–—|]{3,80}?)\s*(?::\s|\s[–—|-]\s)")


def _name_part(text: str) -> str:
    m = _NAME_PART.match(text)
    return m.group("name") if m else ""


def _day_the_title_names(items: list[Entry], prog: Programme) -> date | None:
    """Thirty-third round. The one day, dated by a heading holding a full date and nothing
    else (`7 mars 2018`), when the title above names one day without its year (`Journée
    d’étude : … le 15 mars`, `Study day … on March 15`) and the lines above write no full
    date: that heading dates the page, written before its event; the day is the title's, in
    the heading's year. None otherwise."""
    day = prog.days[0]
    if len(prog.days) != 1 or day.date is None or not _DATE_ALONE.fullmatch(day.label.strip()):
        return None
    at = next((i for i, e in enumerate(items[:60]) if e.text.strip() == day.label.strip()), None)
    if at is None:
        return None
    before = [e.text[:2000] for e in items[:at]]
    if any(dates_in_text(text) for text in before):
        return None
    said = [d for text in before for d in days_without_year(text)]
    if len(said) != 1:
        return None
    when = dated_in_year(said[0], day.date.year)
    return when if when != day.date else None


# Thirty-fourth round. A weekday, then its day's number: a line saying on which day it is.
_WEEKDAY_DATED = re.compile(
    rf"\b(?:{WEEKDAYS})\.?,?\s+\d{{1,2}}(?:st|nd|rd|th|er)?\b", re.IGNORECASE
)


def _meeting_dated_below(items: list[Entry], prog: Programme) -> date | None:
    """Thirty-fourth round. The one day, dated by its heading (`vendredi 27 mars 2009`), when
    a line between that heading and the first block names the meeting with its weekday and a
    later date (full, or its day and month in the heading's year) (`Conseil municipal - mardi 31 mars 2009 - 20h30`): the heading dates the
    page, published before the meeting; the day is the meeting's, within two months of it.
    None otherwise (no such line, or several dates said)."""
    day = prog.days[0]
    if len(prog.days) != 1 or day.date is None or not day.blocks or not day.label:
        return None
    at = next((i for i, e in enumerate(items[:60]) if e.text.strip() == day.label.strip()), None)
    if at is None:
        return None
    first = day.blocks[0].line
    between = [e.text[:2000] for e in items[at + 1 : 60] if e.nos[0] < first]
    dated = [text for text in between if _WEEKDAY_DATED.search(text)]
    later = {when for text in dated for when in dates_in_text(text) if when > day.date}
    # Forty-third round. Or its weekday, day and month without the year (`the meeting is on
    # Saturday 27th September 1 – 5 pm` under a post dated `Tuesday, September 23, 2008`):
    # the meeting's day in the heading's year, when the weekday falls on it.
    later |= {
        when
        for text in dated
        for said in days_without_year(text)
        if (when := dated_in_year(said, day.date.year)) is not None and when > day.date
    }
    if len(later) != 1:
        return None
    when = later.pop()
    return when if (when - day.date).days <= 60 else None


# A heading holding a full date and nothing else, no weekday (`7 mars 2018`, `March 7, 2018`):
# a weekday names the event's day, as a page's own date does not.
_DATE_ALONE = re.compile(
    r"\d{1,2}(?:er|st|nd|rd|th)?\s+\w+,?\s+\d{4}|\w+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
)


def date_before_schedule(items: list[Entry], prog: Programme) -> None:
    """Date a programme whose days say no year from what is written before its schedule.

    A page often dates its event once, above the schedule: in a sentence (`The workshop will
    take place on August 18th, 2025`) — the one day without a heading is that date — or by a
    year alone in its title or a heading (`2020 Symposium Agenda`, then `Tuesday, May 19`) —
    the days written without a year take it. Only when what is before names one date (or one
    year): several are an event's history, not its date.
    """
    if not prog.days or not prog.days[0].blocks:
        return
    if (
        titled := _day_the_title_names(items, prog) or _meeting_dated_below(items, prog)
    ) is not None:
        prog.days[0].date = titled
        return
    if any(d.date for d in prog.days):
        return
    first_line = prog.days[0].blocks[0].line
    # The lines above the first block, a few dozen at most (a long paste stays fast).
    before = [
        e.text[:2000] for e in items[:60] if e.nos[0] < first_line and not PAGE_DATED.match(e.text)
    ]
    dates = {when for text in before for when in dates_in_text(text)}
    first = prog.days[0]
    if len(dates) == 1 and not first.label and len(prog.days) == 1:
        first.date = dates.pop()
        return
    years = {when.year for when in dates} | {
        y for text in before if (y := year_alone(text) or year_alone(_name_part(text))) is not None
    }
    # Tenth round: the prose dates the one day by its day and month alone (`rendez-vous le 8
    # octobre`) and names the year elsewhere (`cette édition 2016`): that day, when the prose
    # names one of each and no full date.
    if not dates and not first.label and len(prog.days) == 1:
        said = {d for text in before for d in days_without_year(text)}
        named = years | {y for text in before if (y := edition_year(text)) is not None}
        if len(said) == 1 and len(named) == 1:
            when = dated_in_year(said.pop(), next(iter(named)))
            if when is not None:
                first.date = when
                return
    if not years and first.label:
        # Thirtieth round. The sentence above the schedule naming its first day, and a year
        # beside it (`The NeurIPS 2021 PERLS Workshop is on Tuesday, December 14th` above
        # `Workshop schedule - Tuesday, December 14th`), gives the days their year.
        years = {y for text in before if (y := year_of_the_day_said(text, first.label))}
    if not years and not dates and first.label:
        # Forty-first round. Or the one year the prose names alone (`the 2016 conference`)
        # when every day heading's weekday falls on its date in that year.
        labels = [d.label for d in prog.days if d.label and d.date is None]
        if (fit := year_the_weekdays_fit(before, labels)) is not None:
            years = {fit}
    if len(years) == 1:
        prog.year = years.pop()
