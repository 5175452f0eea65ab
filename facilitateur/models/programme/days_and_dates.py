"""Days and dates as programmes write them, in French and English: a day's heading (`Jeudi 12
mars`, `Day 2`, `Morning`), a date in a line or a sentence, a year said alone, the parts of
the day."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from facilitateur.models.text.folding import fold

MONTHS = {
    "janvier": 1,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "decembre": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "janv": 1,
    "fevr": 2,
    "fev": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    # German, as pages near the border or translated by a browser write them.
    "januar": 1,
    "februar": 2,
    "marz": 3,
    "maerz": 3,
    "juni": 6,
    "juli": 7,
    "oktober": 10,
    "dezember": 12,
}
WEEKDAYS = (
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday"
    "|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    "|mon|tue|wed|thu|fri|sat|sun"
)
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# Thirty-fourth round. A date written as one word, its day, month and year glued together
# (`18oct2023`, `3juin2024`), as a web page's date badge is copied: the same date. The month
# is glued to its day only with the year glued after it, so that a day's number before a
# word stays what it is.
_GLUED_MONTH = r"[a-z]{3,9}\.?\d{4}\b"  # a word then its year, the month checked after
_DAY_FIRST = re.compile(
    rf"^(?:(?P<wd>{WEEKDAYS})\.?,?\s+)?(?P<day>\d{{1,2}})"
    rf"(?:(?:er|st|nd|rd|th|\.)?\s+(?:of\s+)?|(?={_GLUED_MONTH})){_MONTH}"
    # Forty-first round. Its year may follow a comma (`Friday 17 May, 2019`), as English
    # writes it after the month: the same date, not a day without its year.
    r"(?:,?\s*(?P<year>\d{4}))?\b",
)
_MONTH_FIRST = re.compile(
    rf"^(?:(?P<wd>{WEEKDAYS})\.?,?\s+)?{_MONTH}"
    # Forty-sixth round. A comma may follow the month when the day then its year follow it
    # (`November, 18th 2025`), as a form's date field is filled: the same date. Without the
    # year after the day, a month then a comma then a number is a sentence's (`May, 3 talks`).
    r"(?:\s+|,\s*(?=\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b))"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?,?"
    r"(?:\s+(?P<year>\d{4}))?\b",
)
_NUMERIC = re.compile(
    r"^(?:(?P<wd>"
    + WEEKDAYS
    + r")\.?,?\s+)?(?:(?P<iso>\d{4}-\d{2}-\d{2})|(?P<d>\d{1,2})(?P<dsep>[/.])(?P<m>\d{1,2})(?P=dsep)"
    # Thirty-ninth round. Or its year in two digits after a slash (`7/14/11`, `14/07/11`),
    # not inside a longer run of numbers (a phone number, a version).
    r"(?P<y>\d{4}|(?<=/)\d{2}(?![/.:]?\d)))\b"
)
PARTS_OF_DAY = re.compile(
    r"^(?:matin(?:ee)?|apres[- ]midi|soir(?:ee)?|morning|afternoon|evening)\b", re.IGNORECASE
)
# The words naming a part of a programme, not a moment in it (`Morning Session`, `Après-midi
# Ateliers`, `Evening Programme`).
_PART_NAMES = re.compile(
    r"^(?:sessions?|programme|program|schedule|agenda|track|part|partie|ateliers?|workshops?"
    r"|plenary|pleniere|seance|activit(?:y|ies|es?)|only|seulement|libre|free|off|:)\b",
    re.IGNORECASE,
)


def moment_in_part(text: str) -> tuple[str, str] | None:
    """Nineteenth round. A part of the day run on, without a colon, into a capitalised moment
    with no time (`Afternoon Lunch/free time/Afternoon Activities`, `Evening Groups go to
    dinner`, `Soirée Repas partagé au foyer`): a table's `when` column glued to its `what`
    column. The moment is an untimed block in that part of the day: (the part, the moment).
    A part naming a part of the programme (`Morning Session`, `Après-midi Ateliers`) stays a
    heading. None for any other line."""
    folded = fold(text)
    part = PARTS_OF_DAY.match(folded)
    if part is None or folded[part.end() : part.end() + 1] != " ":
        return None
    rest = text[part.end() :].strip()
    if (
        len(rest) < 3
        or not rest[:1].isupper()
        or rest.isupper()
        or re.search(r"\d", rest)
        or _PART_NAMES.match(fold(rest))
    ):
        return None
    return text[: part.end()], rest


_NAMED_THEN_DAY = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-Þ][^()\d:;.!?]{2,50}?)\s*\(\s*(?P<day>[^()]{4,40}?)\s*\)\s*:?$"
)
_NIGHT = re.compile(r"(?:night|nuit)\s*:?", re.IGNORECASE)
_WEEKDAY_ONLY = re.compile(rf"^(?P<wd>{WEEKDAYS})\.?\s*(?=$|[:,.–—-]|\s)", re.IGNORECASE)
# Twenty-ninth round. Or the words in brackets (`Friday (Code Retreat)`, `Samedi (journée
# famille)`): brackets after a weekday name its day as a colon does.
_NAMED_WEEKDAY = re.compile(
    r"^\s*(?:(?::|[–—-]\s)\s*(?P<name>[A-ZÀ-ÖØ-Þ][^\d:;.!?|]{2,40})"
    r"|\((?P<bname>[^\W\d_][^\d()]{1,40})\)\s*:?)$"
)
# "Les horaires du samedi :", "PROGRAMME - le 31 mai 2013", "Programme du week-end : samedi 4
# octobre": a heading word, a few words, then the day.
_DAY_HEAD = re.compile(
    r"\b(?:horaires?|programme|program|agenda|journee|day|schedule|deroule|planning|ordre du jour"
    r"|seance|rencontre|session)\b"
)


_ORDINALS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|un|deux|trois|quatre|cinq|six|sept|huit"
    r"|\d{1,2}"
)
# "Day One", "Day 2: Demos & Awards", "Jour 1", "Journée 2", "1ère journée", "Second day".
_NUMBERED_DAY = re.compile(
    rf"^(?:(?:day|jour|journee)\s+(?:{_ORDINALS})\b"
    r"|(?:\d{1,2}\s*(?:er|ere|e|eme|st|nd|rd|th)|premiere|deuxieme|troisieme|quatrieme"
    r"|first|second|third|fourth|fifth)\s+(?:journee|jour|day)\b"
    # Fifteenth round. A day named by its place in the stay rather than its number (`Last
    # Day`, `Other Days`, `Final day`, `Premier jour`, `Dernière journée`, `Les autres
    # jours`, `Jours suivants`) heads that day (or those days) as `Day 2` does.
    r"|(?:premier|dernier|derniere|last|final|closing|other|following|remaining|les autres"
    r"|autres)\s+(?:journees?|jours?|days?)\b|jours suivants\b)"
    # What follows the number: a title after a colon or a dash, or the date in brackets.
    r"\s*(?:[:,–—(-]\s*(?P<rest>.*))?$"
)
# Forty-fifth round. A numbered day then, with no colon or dash between, one to four words
# without a digit or an end mark naming it (`Day 2 Workshops`, `Jour 3 Visites de terrain`):
# the day headed as `Day 2: Workshops` heads it, when the first word has its capital (a
# sentence runs on in lower case: `Day 1 was a success.`).
_NUMBERED_DAY_NAMED = re.compile(
    rf"^(?:day|jour|journee)\s+(?:{_ORDINALS})\s+(?P<rest>[^\W\d_][^\W\d_'’-]*"
    r"(?:\s+[^\W\d_][^\W\d_'’-]*){0,3})$"
)
# "Monday (03/25):", "Saturday, 11/12", "Tuesday, Wednesday, Thursday (03/26-28):": weekdays
# with a date without its year.
_WEEKDAYS_DATED = re.compile(
    rf"^(?:{WEEKDAYS})\.?(?:\s*(?:,|and|et|&)\s*(?:{WEEKDAYS})\.?)*"
    r"\s*,?\s*(?:\(\s*\d{1,2}/\d{1,2}(?:\s*-\s*\d{1,2})?\s*\)|\d{1,2}/\d{1,2}"
    # Thirtieth round. Or a few words in brackets naming the days (`Saturday and Sunday (Open
    # Space Event)`, `Samedi et dimanche (forum ouvert)`), as after one weekday.
    r"|\([^\W\d_][^\d()]{1,40}\))?\s*:?$"
)


# Thirtieth round. A weekday and a day/month date without its year, then the rest of the line
# (`Mercredi 23/06 (19h45-20h45) : Assemblée`, `Tue 6/22 6-7pm Cooking`): the same day as
# `Saturday, 11/12` alone on its line, what follows it being read after it (a block, hours).
# The weekday is asked for: a fraction or a score alone is not a day.
_WEEKDAY_DAY_MONTH = re.compile(rf"^(?:{WEEKDAYS})\.?,?\s+(\d{{1,2}})/(\d{{1,2}})(?![/\d])")


# Twenty-first round. Two days named with their day of the month, the month said once after
# the second (`Fri 7th / Sat 8th June`, `Vendredi 7 et samedi 8 juin`, `Saturday 7 & Sunday 8
# March 2026`): one heading for days that share the timetable under it, as weekdays listed
# together are (`Tuesday, Wednesday`). The first day and its separator; the second is read as
# a day heading of its own.
_TWO_DAYS_FIRST = re.compile(
    rf"^(?:{WEEKDAYS})\.?,?\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?\s*(?:/|&|\+|and|et)\s+"
    rf"(?=(?:{WEEKDAYS})\b)",
    re.IGNORECASE,
)

# Thirty-first round. A weekday and its day of the month alone on a line (`VENDREDI 13`,
# `Saturday 14th`, `Sam. 14`): a day's heading whose month and year were said once above the
# schedule (`les 13 / 14 / 15 septembre 2002`); the date is found from the day before it (see
# next_day_of_month).
_WEEKDAY_DAY_OF_MONTH = re.compile(
    rf"^(?P<wd>{WEEKDAYS})\.?,?\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?\s*:?$"
)


def next_day_of_month(label: str, after: date) -> date | None:
    """The date a heading naming a weekday and a day of the month alone (`SAMEDI 14`) stands
    for, the day after `after` (the day before it) or within a month of it, with that weekday;
    None when the label is no such heading or no such day follows."""
    m = _WEEKDAY_DAY_OF_MONTH.match(fold(label.strip()))
    if m is None:
        return None
    day, weekday = int(m["day"]), _WEEKDAY_NUMBERS[m["wd"]]
    for ahead in range(0, 32):
        when = date.fromordinal(after.toordinal() + ahead)
        if when.day == day:
            return when if when.weekday() == weekday else None
    return None


# "16.04": a day and a month alone on a line.
_DAY_MONTH = re.compile(r"^(?:[12]\d|3[01]|0?[1-9])\.(?:0[1-9]|1[0-2])\.?$")


def names_its_day(text: str) -> bool:
    """Thirty-eighth round. Whether a day heading says which day it is: a full date, or a
    weekday with its day of the month (`VENDREDI 20:`, `Saturday 21`), as a post titled by
    its month writes its days."""
    if find_date(text) is not None:
        return True
    found = day_heading(text)
    return (
        found is not None
        and weekday_of(found[0]) is not None
        and any(c.isdigit() for c in found[0])
    )


def weekday_of(label: str) -> str | None:
    """The weekday a day's label starts with, folded (`Friday, November 20th` → `friday`), or
    None."""
    m = _WEEKDAY_ONLY.match(fold(label))
    return m.group("wd").lower() if m else None


_PART_COLON = re.compile(r"^([^\W\d_]{4,12})\s*:\s+")
_DATE_ARTICLE = re.compile(r"^(?:[Ll]e|[Oo]n)\s+(?=\w)")


# Forty-third round. A line giving the page's own date, when it was written or changed
# (`Mise à jour le 06/12/2022`, `Publié le 3 mars 2024`, `Updated on May 2, 2023`, `Posted
# on …`, `Last modified: …`): the date of the page, never the event's:
# no day's heading, and no date above the schedule.
PAGE_DATED = re.compile(
    r"^(?=.{0,60}\d)\W*(?:(?:derni[eè]re\s+)?mise\s+[àa]\s+jour|mis\s+[àa]\s+jour|publi[ée]e?|modifi[ée]e?|"
    r"(?:last\s+)?updated|published|posted|(?:last\s+)?modified)\b(?:\s+(?:le|on))?\s*:?\s*\S",
    re.IGNORECASE,
)


# Several readings ask about the same line (its kind, a run-on day, a row's day): the answers,
# immutable, are kept.
@lru_cache(maxsize=4096)
def day_heading(text: str) -> tuple[str, date | None, str] | None:
    """A line that starts a day: a date (`Samedi 14 mai 2022 matin`), a weekday alone
    (`Vendredi`) or with a date without its year (`Saturday, 11/12`, `Monday (03/25):`),
    weekdays sharing a schedule (`Tuesday, Wednesday, Thursday`), a numbered day (`Day 2:
    Demos & Awards`, `1ère journée - comprendre`), or a few words then the day (`Les horaires
    du samedi :`).

    Returns (the day as written, its date or None, what follows it), or None.
    """
    text = text.strip().lstrip("*•-–▪► ").strip()
    if text[:1] in "MmPpUuLlDd" and PAGE_DATED.match(text):
        return None
    found = find_date(text)
    if found:
        return found
    # Seventeenth round. A date said with its article or preposition (`Le 6 Mai 2009 à
    # 17h30`, `Le samedi 14 mars 2026 :`, `On May 6, 2009:`) is the same date heading the day.
    if (
        (article := _DATE_ARTICLE.match(text))
        and (dated := find_date(text[article.end() :])) is not None
        # Forty-fourth round. Or with its weekday and without its year (`Le samedi 22
        # octobre de 7 h à 21 h`): the weekday says a day, as it does without the article.
        and (dated[1] is not None or _WEEKDAY_ONLY.match(fold(dated[0])) is not None)
    ):
        return dated[0], dated[1], dated[2].strip(" .")  # `Le Samedi 14 décembre 2024.`
    folded = fold(text)
    if len(text) <= 80 and (m := _NUMBERED_DAY.match(folded)):
        rest = text[m.start("rest") :].strip() if m.group("rest") else ""
        if rest and (dated := find_date(rest.rstrip(") "))):
            # "Day 1 – Monday 3 June 2024", "Day 1 (Thursday, June 12)": the day's date
            # follows its number.
            label = (text[: len(text) - len(rest)] + dated[0]).strip(" :,–—-")
            label = f"{label})" if label.count("(") > label.count(")") else label
            return label, dated[1], dated[2].lstrip(") ")
        return text[: len(text) - len(rest)].strip(" :,–—-"), None, rest
    if (
        len(text) <= 60
        and (m := _NUMBERED_DAY_NAMED.match(folded))
        and text[m.start("rest")].isupper()
    ):
        return text[: m.start("rest")].strip(), None, text[m.start("rest") :]
    if len(text) <= 60 and _WEEKDAYS_DATED.match(folded):
        return text.strip(" :"), None, ""
    if (
        "/" in text
        and (m := _WEEKDAY_DAY_MONTH.match(folded))
        and 1 <= min(int(m[1]), int(m[2])) <= 12  # one of them a month
        and max(int(m[1]), int(m[2])) <= 31
    ):
        return text[: m.end()], None, text[m.end() :].strip()
    if _DAY_MONTH.match(text):
        return text.strip(" ."), None, ""
    if len(text) <= 20 and _WEEKDAY_DAY_OF_MONTH.match(folded):
        return text.strip(" :"), None, ""
    if len(text) <= 60 and (two := _TWO_DAYS_FIRST.match(folded)):
        second = day_heading(text[two.end() :])
        if second is not None and not second[2]:
            # The days share one timetable: no one date is theirs.
            return text.strip(" :."), None, ""
    m = _WEEKDAY_ONLY.match(fold(text))
    if (
        m
        and (named := _NAMED_WEEKDAY.match(text[m.end() :]))
        and len((named["name"] or named["bname"]).split()) <= 4
    ):
        # Nineteenth round. A weekday, a colon or a spaced dash, then a few words without a
        # digit naming the day (`Wednesday: Hackathon day`, `Mercredi – Journée des ateliers`)
        # heads that day, as `Thursday, April 26, 2018 – Business Day` does with its date.
        return text.strip(" ."), None, ""
    # Fortieth round. A colon after the weekday's part of the day (`Saturday Morning: Potluck
    # Breakfast`, `Dimanche matin : Petit-déjeuner`) parts it from the moment as a space does.
    if m and moment_in_part(rest := _PART_COLON.sub(r"\1 ", text[m.end() :].strip(" ,"), count=1)):
        return text[: m.end()].strip(" .:"), None, rest  # `Saturday Morning Potluck Breakfast`
    if m and len(text.split()) <= 3:
        rest = text[m.end() :].strip(" :,.–—-")
        # Twelfth round. The night is a part of a weekday too (`Friday night`, `Samedi
        # nuit`): the line heads that day.
        if not rest or PARTS_OF_DAY.match(fold(rest)) or _NIGHT.fullmatch(fold(rest)):
            return text[: m.end()].strip(" .:"), None, rest
    if (
        (named := _NAMED_THEN_DAY.match(text))
        and _WEEKDAY_ONLY.match(fold(named["day"]))
        and (inner := find_date(named["day"])) is not None
        and not inner[2]
    ):
        # Twenty-fifth round. A few words naming the day's meeting, then its weekday and date
        # in brackets, and nothing else (`Prioritizing meeting (Friday, June 28)`, `Journée
        # d’étude (jeudi 3 avril)`): the line heads that day, named so.
        return text.strip(" :"), inner[1], ""
    if not _DAY_HEAD.search(fold(text)) or len(text.split()) > 9:
        return None
    for m in re.finditer(r"(?<=\s)\S", text):
        head, day = text[: m.start()], text[m.start() :].strip().rstrip(" :.")
        if len(head.split()) > 6:
            break
        inner = find_date(day)
        if inner is None and _WEEKDAY_ONLY.fullmatch(fold(day)):
            inner = (day, None, "")
        if inner and not inner[2]:
            return inner
    return None


def numbered_day(text: str) -> bool:
    """Whether a line is a numbered day's heading (`Day 2: Demos & Awards`, `Jour 1`)."""
    return len(text) <= 80 and bool(_NUMBERED_DAY.match(fold(text.strip())))


def find_date(text: str) -> tuple[str, date | None, str] | None:
    """A date at the start of `text`: (the date as written, the date or None without a year,
    the text after it). None when the text does not start with a date."""
    folded = fold(text.strip())
    for rx in (_DAY_FIRST, _MONTH_FIRST, _NUMERIC):
        m = rx.match(folded)
        if not m:
            continue
        when: date | None
        try:
            if rx is _NUMERIC:
                if m.group("iso"):
                    when = date.fromisoformat(m.group("iso"))
                else:
                    dd, mm, yy = int(m.group("d")), int(m.group("m")), int(m.group("y"))
                    if yy < 100:
                        yy += 2000 if yy < 70 else 1900
                    if mm > 12 >= dd:
                        # Thirty-ninth round. A date that cannot be day first is month
                        # first (`7/14/11`, `12/25/2024` on an American page).
                        dd, mm = mm, dd
                    when = date(yy, mm, dd)
            else:
                year = m.group("year")
                month = MONTHS[m.group("month")]
                when = date(int(year), month, int(m.group("day"))) if year else None
                if not year:
                    date(2000, month, int(m.group("day")))  # checks the day exists at all
        except ValueError:
            return None
        stripped = text.strip()
        return stripped[: m.end()].strip(" ,"), when, stripped[m.end() :].strip(" ,:-–")
    return None


# A date written anywhere in a sentence ("The workshop will take place on August 18th, 2025,
# from 9 am"): the anchored patterns above, found after a space or a bracket.
DATE_IN_TEXT = re.compile(
    # One pattern, its groups unnamed: find_date reads what it finds again.
    re.sub(
        r"\(\?P<\w+>",
        "(?:",
        "|".join(
            r"(?<![\w/.-])" + rx.pattern.removeprefix("^")
            for rx in (_DAY_FIRST, _MONTH_FIRST, _NUMERIC)
        ),
    ).replace("(?P=dsep)", "[/.]")
)
# A year alone in a heading ("2020 Symposium Agenda", "Symposium 2020"), not inside a
# number, a date or a time.
_YEAR_ALONE = re.compile(r"(?<![\w/.:,-])(?:19[5-9]\d|20\d\d)(?![\w/.:-])")


def dates_in_text(text: str) -> list[date]:
    """The full dates (with their year) written anywhere in `text`."""
    out = []
    for m in DATE_IN_TEXT.finditer(fold(text)):
        found = find_date(m.group())
        if found and found[1] is not None:
            out.append(found[1])
    return out


# Thirtieth round. Days of one month listed before it and its year (`24 et 25 mars 2017`,
# `24-25 mars 2017`, `du 24 au 26 mars 2017`, `24 & 25 March 2017`): an event over those
# days, the month and year said once for all. The first days, then the last one's date.
_DAYS_LISTED = re.compile(
    r"(?<![\w/.:-])(?P<first>(?:[12]\d|3[01]|0?[1-9])(?:er|st|nd|rd|th)?"
    r"(?:\s*[,/]\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)*)"
    # Thirty-first round. Or slashes between them (`les 13 / 14 / 15 septembre 2002`).
    r"\s*(?P<sep>et|and|&|[-–/]|au|to)\s*"
    r"(?=(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\s+\d{4}\b)"
)

# Thirty-fifth round. A number after a word that counts the parts of a programme (`Jour 1 - 4
# novembre 2025`, `Day 2 – 15 March 2024`, `Semaine 3 - 10 juin`, `Session 2 - 5 mai`) is that
# part's number, not the first of the days listed before the month: the date follows it.
_COUNTED_BEFORE = re.compile(
    r"\b(?:jour|journee|day|week|semaine|session|seance|part|partie|module)\s*$"
)


def days_listed(text: str) -> list[date]:
    """The dates of the days a line lists before their one month and year (`24 et 25 mars
    2017` → 24 and 25 March; a range, `24-25 mars 2017` or `du 24 au 26 mars 2017`, each day
    from the first to the last), in order; [] when it lists none so."""
    folded = fold(text)
    m = _DAYS_LISTED.search(folded) if len(text) <= 400 else None
    if m is not None and _COUNTED_BEFORE.search(folded[: m.start()]):
        return []  # `Jour 1 - 4 novembre 2025`: the day's number, then its date
    if m is None or (last := find_date(folded[m.end() :])) is None or last[1] is None:
        return []
    end = last[1]
    firsts = [int(d) for d in re.findall(r"\d+", m["first"])]
    if m["sep"] in ("-", "–", "au", "to"):
        if len(firsts) != 1 or not firsts[0] < end.day:
            return []
        firsts = list(range(firsts[0], end.day))
    if any(not 1 <= d < end.day for d in firsts) or firsts != sorted(set(firsts)):
        return []
    return [end.replace(day=d) for d in firsts] + [end]


# Tenth round. An edition names its year in a sentence (`cette édition 2016`, `the 2019
# edition`, `l’édition de 2016`), where a year alone in prose may be the event's history.
_EDITION_YEAR = re.compile(
    r"\beditions? (?:de |of )?((?:19[5-9]|20\d)\d)\b|\b((?:19[5-9]|20\d)\d) editions?\b"
    # Forty-fifth round. Or the year the sentence says is this one (`doit se tenir cette
    # année 2019`, `takes place this year, 2019`): the event's year as an edition's is.
    r"|\b(?:cette annee|this year),? (?:en |in )?((?:19[5-9]|20\d)\d)\b"
)


def edition_year(text: str) -> int | None:
    """The year of the edition a sentence names (`cette édition 2016`), or None."""
    m = _EDITION_YEAR.search(fold(text))
    return int(m.group(1) or m.group(2) or m.group(3)) if m else None


def days_without_year(text: str) -> list[str]:
    """The day and month written without a year in a sentence (`rendez-vous le 8 octobre au
    Touvet`), as they are written."""
    out = []
    for m in DATE_IN_TEXT.finditer(fold(text)):
        found = find_date(m.group())
        if found and found[1] is None:
            out.append(found[0])
    return out


def dated_in_year(label: str, year: int) -> date | None:
    """The date a day's heading writes without its year (`Samedi 14 mai`, `Day 1 (Thursday,
    June 12)`), in `year`; None when it writes none."""
    found = find_date(f"{label} {year}")
    if found is None:
        for m in DATE_IN_TEXT.finditer(fold(label)):
            found = find_date(f"{m.group().rstrip(' ,')} {year}")
            break
    when = found[1] if found else None
    named = [n for w, n in _WEEKDAY_NUMBERS.items() if re.search(rf"\b{w}\b", fold(label))]
    if when is not None and named and when.weekday() not in named:
        return None  # "Samedi 14 mai" in a year where it is a Wednesday: not that year
    return when


# Weekdays by their number (Monday 0), in the languages of WEEKDAYS.
_WEEKDAY_NUMBERS = {
    w: n
    for n, names in enumerate(
        (
            "lundi monday montag mon",
            "mardi tuesday dienstag tue tues",
            "mercredi wednesday mittwoch wed",
            "jeudi thursday donnerstag thu thur thurs",
            "vendredi friday freitag fri",
            "samedi saturday samstag sat",
            "dimanche sunday sonntag sun",
        )
    )
    for w in names.split()
}


def year_of_the_day_said(text: str, label: str) -> int | None:
    """Thirtieth round. The year a sentence gives the day it names without one (`The NeurIPS
    2021 PERLS Workshop is on Tuesday, December 14th`, `L’édition 2021 aura lieu le mardi
    14 décembre`), when that day is the one a day's heading (`label`) writes: one year alone
    in the sentence (no date's), one day said, and its weekday right in that year. None
    otherwise: a sentence naming other days or years is an event's history."""
    if len(text) > 400 or not (said := days_without_year(text)) or len(said) != 1:
        return None
    years = set(_YEAR_ALONE.findall(fold(text)))
    if len(years) != 1:
        return None
    year = int(years.pop())
    when = dated_in_year(said[0], year)
    return year if when is not None and dated_in_year(label, year) == when else None


def year_alone(text: str) -> int | None:
    """The year a short heading names alone (`2020 Symposium Agenda`), or None (a sentence,
    several years, a year inside a date). A title in capitals may be longer, being no
    sentence (`CONVENTION LAÏQUE 2022 (RE)FAIRE SOCIÉTÉ 7 & 8 OCTOBRE · WAVRE`)."""
    if len(text.split()) > (16 if text.isupper() else 8) or dates_in_text(text):
        return None
    years = set(_YEAR_ALONE.findall(text))
    return int(years.pop()) if len(years) == 1 else None


def year_the_weekdays_fit(texts: list[str], labels: list[str]) -> int | None:
    """Forty-first round. The one year the prose above a schedule names alone (`Here is a
    tentative schedule for the 2016 conference.`), when the day headings write their weekday
    and date without a year (`FRIDAY, 16 SEPTEMBER`) and every one of those weekdays falls on
    its date in that year: that year is theirs. None when the prose names no year or several
    (an event's history), or a heading names no weekday to check it by."""
    years = {y for text in texts for y in _YEAR_ALONE.findall(fold(text)[:2000])}
    if len(years) != 1 or not labels:
        return None
    year = int(years.pop())
    for label in labels:
        folded = fold(label)
        if not any(re.search(rf"\b{w}\b", folded) for w in _WEEKDAY_NUMBERS):
            return None
        if dated_in_year(label, year) is None:
            return None
    return year
