"""Times of day, ranges and durations as people write them in programmes."""

from __future__ import annotations

import re
from dataclasses import dataclass

_H = r"(?P<{p}h>[01]?\d|2[0-3])"
_AMPM = r"am(?!(?-i:[a-z]))|pm(?!(?-i:[a-z]))|a\.m\.|p\.m\.|a\.m\b|p\.m\b"
_TIME = (
    # Tenth round: noon said with its hour, no minutes (`12 noon Session 2`, `12 midi`).
    r"(?:(?P<{p}noon>(?:12\s*)?(?:midi|noon))"
    r"|" + _H + r"\s*(?:(?P<{p}sep>[hH])\s*(?P<{p}m>[0-5]\d)?"
    # Eleventh round. A comma may part the hour from its minutes as a decimal comma does
    # (`13,00 : Accueil`, `16,30 Pause`), never in an amount (`12,50 €`, `1,500`).
    r"|(?:[:.]|,(?=[0-5]\d(?![\d,.]|\s*(?:€|%|eur\b|euros?\b))))(?P<{p}m2>[0-5]\d)(?![./]\d)"
    # Thirty-fifth round. Seconds after the minutes, as a spreadsheet's cell keeps them
    # (`11:15:00`, `09:00:00 - 10:30:00`), are part of the time, not the title's start.
    r"(?:(?<=\d:[0-5]\d):[0-5]\d(?![\d:.,]))?"
    r"|(?=\s*(?:" + _AMPM + r"))"
    # A bare hour only as the start of a range: "10 - 10:30am".
    # Twelfth round. Also before an end written as an hour and its `h` alone, the French
    # 24-hour way, which the start shares (`10-13h : Exposition`, `9 - 12 h`).
    r"|(?=\s*(?:-|–|—|to)\s*\d{{1,2}}(?:[:.h]\d\d|\s*(?:am|pm|a\.m|p\.m)"
    r"|\s*h(?![a-zà-ÿ\d])))"
    # Twenty-fifth round. A bare hour ending a range whose start has its minutes, the dash
    # between them unspaced (`7:45-8 Talk`, `10:30–11 Pause`): the start's minutes show the
    # clock, so the end is an hour, not a count opening the title (`9:30 - 2 ateliers`).
    # So does a start written with its French `h` (`14h-17 Forum`).
    r"|(?:(?<=[0-5]\d[-–]\d)|(?<=[0-5]\d[-–]\d\d)|(?<=\d[hH][-–]\d)|(?<=\d[hH][-–]\d\d))"
    r"(?=\s+[^\d\s]|\s*$|\s*[:;,]))"
    r"(?:\s*(?P<{p}ampm>" + _AMPM + r"|noon))?)"
)


def time_pattern(prefix: str) -> str:
    """A regex for one time of day, its groups named with `prefix`."""
    return _TIME.format(p=prefix)


T1, T2 = time_pattern("a"), time_pattern("b")
# German too, as a table's first row may keep it (`ab 12:00, bis 14:00`, `von 9 bis 10 Uhr`).
# Seventeenth round. A dash typed twice or thrice, as plain text and LaTeX write the en and em
# dashes (`8:50 -- 9:00`, `14h---15h`), parts a range as one dash does.
RANGE_SEP = r"\s*(?:-{2,3}|-|–|—|/|à|a|to|au|>|→|,?\s*bis)\s*"
# What stands between the times and the title: punctuation, an arrow or a bullet, spaces, or
# nothing when the title starts right after the minutes ("11.30-11.50Position Paper").
TITLE_SEP = (
    r"(?:h(?=\s*[:–—-])|(?<=\d\d)\s(?-i:h)(?=\s))?"  # a stray "h" after the minutes:
    # "9h30 - 9h40h : Ouverture", "09:00 h Accueil"
    # A semicolon typed for a colon parts them too ("14h00 – 17h00 ; Sur les sites …").
    # Seventeenth round. `>` alone parts them as an arrow does (`10H-11H30 > Déambulation`,
    # `9:00 > Welcome`); before a time it still ends a range (`16h > 18h`).
    # Twentieth round. The other arrows a page sets there, as list markers are (`9h00 ›
    # Accueil`, `9:00 » Welcome`, `10:00 ➤ Keynote`, `14h ▸ Ateliers`, `9h ➔ Café`).
    # Thirtieth round. One or two slashes before a word part them too (`10H00 / Rencontre`,
    # `17h00 // Groupes de travail`); before digits a slash still joins a range (`10h/12h`).
    r"(?:\s*(?:[:;|,.–—-]+\s*(?:[►→➜➢▶•▪➤▸➔›»>]+|-+>)?|[►→➜➢▶•▪➤▸➔›»]+|-+>|=>|⇒|>(?!\s*\d)"
    r"|/{1,2}(?=\s*[^\W\d_]))\s*|\s+"
    r"|(?<=\d)(?=[A-Za-zÀ-ÖØ-öø-ÿ])|(?<=[ap]m)(?=[A-Z])|(?<=[ap]\.m\.)(?=[A-Z])"
    # Twenty-third round. An hour and its `h` alone glued to the title's capital, as a table's
    # time and title cells are pasted side by side (`8h30-9hAccueil`, `10h30-11hPause`): the
    # `h` ends the time, as `am` does before `Welcome`. Never before lower case (`9heures`).
    r"|(?<=\d[hH])(?-i:(?=[A-ZÀ-ÖØ-Þ]))"
    r"|(?<=onward)(?=[A-Z])|(?<=onwards)(?=[A-Z]))"
)
# What may lead into the first time: "de", "À partir de", "Dès", "from", and "À 14 h", "at 5pm"
# (a start said with its preposition).
LEAD = (
    r"(?:de\s+|from\s+|[àa] partir de\s+|dès\s+|starting at\s+|(?:[àa]|at)\s+(?=\d)"
    r"|(?:ab|von)\s+(?=\d))?"
)
_ZONE_AFTER = (
    r"(?:(?-i:UTC|GMT|[A-Z]{1,2}[SD]T|[A-Z]ET)(?:\s*[+\-−]\s*\d{1,2}(?::?\d\d)?)?"
    r"(?:\s*[:–—-]\s*|\s+)(?=\S))?"
)
# Sixteenth round. What may mark a timed line as an item of a list: the bullets and arrows a
# list is typed or pasted with (`➢ 14h Atelier`, `▸ 9:00 Welcome`): whatever marks the line,
# the time after it starts a block. `>` also quotes a line in a mail or in Markdown (`> de 14h00
# à 17h30` under a quoted heading says a day's hours): it is an arrow only right before a time's
# digits (`> 9h30 : Introduction de la matinée`).
# Twentieth round. An en or em dash is a bullet before a time as a hyphen is (`– 9h-9h30 :
# Accueil`, `— 9:00-9:30 am: Coffee`): such lines were read as bullets without a time.
TIME_BULLET = r"(?:[-–—•►*▪➢→➡➔➜➤▸‣]|>(?=\s*\d))"
# Twenty-ninth round. On a line that goes on to a title, `>` is an arrow before a range's
# preposition too (`> De 14h à 15h15 : Atelier`, `> From 2 pm to 3 pm: Workshop`), as before
# its digits: the times alone (`> de 14h00 à 17h30`) still say a day's hours.
_BLOCK_BULLET = r"(?:[-–—•►*▪➢→➡➔➜➤▸‣]|>(?=\s*(?:(?:de|from|dès)\s+)?\d))"
# A block line: optional bullet, optional lead, a time, optionally a second one, then the title.
BLOCK_LINE = re.compile(
    # A bullet, or a number before the time ("1. 9h00 Accueil", "2) 10:30 Keynote").
    r"^(?:"
    + _BLOCK_BULLET
    + r"\s*|\d{1,2}[.)]\s+(?=\d))?"
    + LEAD
    + T1
    + r"(?:(?:"
    + RANGE_SEP
    # Two times with their minutes side by side are a range without its dash, as a table's
    # start and end columns are pasted (`12.30 17.30 CET  Self-organised sessions`).
    + r"|\s+(?=\d{1,2}[:.h][0-5]\d(?!\d|[./]\d)))(?:"
    + T2
    # Twenty-first round. An end said in words, the block left open (`12:00 - open ended:
    # excursion`, `21h - tard : soirée`), is no word of the title: the block has its start alone.
    + r"|(?:open[- ]end(?:ed)?|open|late|onwards|tard)\b)|\s*onwards?(?=\s|[A-Z]|$))?"
    + TITLE_SEP
    # A time zone after the times says which clock they follow and is no part of the title
    # (`12:00 - 12.30 CET  Opening the space`, `9:00 UTC+1 Welcome`).
    + _ZONE_AFTER
    # The title, never the end of a range left unread ("de 10 h à 18 h" is two times), nor
    # the time's own am/pm left behind (`at 6 pm` alone on its line has no title).
    # Twenty-third round. Nor the end of a range alone on its line (`7:00am – 5:00pm`, the
    # day's hours above its first block): a time is no title.
    + r"(?P<rest>(?!(?:[àa]|to|[-–—])\s*\d)(?![ap]\.?m\.?\s*$)"
    # Forty-third round. Nor an end written with its `h` alone (`18h15 - 19h`, a table's
    # row with nothing in it): the range alone, no block titled `19h`.
    + r"(?!(?:[ap]\.?m\.?\s*(?:(?:[-–—]|to)\s*)?)?\d{1,2}(?:[:.hH][0-5]\d|\s?[hH])?\s*(?:[ap]\.?m\.?)?\s*$)"
    + r"\S.*)$",
    re.IGNORECASE,
)
ONLY_TIMES = re.compile(r"^" + LEAD + T1 + r"(?:" + RANGE_SEP + T2 + r")?\s*$", re.I)
# Times alone on a line, perhaps still open ("4:00 pm -"): the rest of the row follows.
OPEN_TIMES = re.compile(
    r"^(?:" + TIME_BULLET + r"\s*)?" + LEAD + T1 + r"(?:" + RANGE_SEP + r"(?:" + T2 + r")?)?"
    r"\s*[:.]?\s*$",
    re.I,
)
# Twelfth round. The day's hours just after its date, without a preposition (`June 16, 2018,
# 2:00-4:30 pm, Community Centre`): a range alone before a comma or the end.
HOURS_FIRST = re.compile(r"^" + T1 + RANGE_SEP + T2 + r"(?=\s*(?:[,;.]|$))", re.IGNORECASE)
# Seventeenth round. A range opening a line, whatever follows it (`10h00 - 12h00 AMIF`).
HOURS_THEN = re.compile(r"^" + T1 + RANGE_SEP + T2 + r"(?=\s|[,;.]|$)", re.IGNORECASE)
HOURS_IN_TEXT = re.compile(r"(?:de\s+|from\s+|\()" + T1 + RANGE_SEP + T2, re.IGNORECASE)
# Perhaps approximate: "[2h00 ?]", "(env. 45 min)", "(~30 min)". Thirty-first round: or
# minutes written with the prime, `(45')`, `(15’)`, as the minutes of an angle are.
DURATION = re.compile(
    r"[\[(]\s*(?:env\.?|environ|approx\.?|about|ca\.?|~)?\s*"
    r"(?:(?P<h>\d{1,2})\s*h\s*(?P<hm>\d{2})?|(?P<m>\d{1,3})\s*(?:mn|min|minutes?|['’′])"
    r"|(?P<num>[1-3])/(?P<den>[24])\s*h)\s*\??\s*[\])]",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ClockTime:
    """A time as written: minutes after midnight, and whether am/pm settled the half-day."""

    minutes: int
    explicit: bool  # written with am/pm, noon, or in 24-hour form (13h, 09:00)
    ampm: bool = False  # the half-day written (am, pm, noon), or served by the range's other end
    zero: bool = (
        False  # explicit only by its leading zero ("02:00"), which a 12-hour page writes too
    )


def read_time(m: re.Match[str], p: str) -> ClockTime | None:
    """The time matched by `time_pattern(p)`, or None when that part did not match."""
    if m.group(f"{p}noon"):
        return ClockTime(12 * 60, True, True)
    if m.group(f"{p}h") is None:
        return None
    h, mins = int(m.group(f"{p}h")), int(m.group(f"{p}m") or m.group(f"{p}m2") or 0)
    ampm = (m.group(f"{p}ampm") or "").lower().replace(".", "")
    if ampm == "noon":
        return ClockTime(12 * 60 + mins if h == 12 else h * 60 + mins, True, True)
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    explicit = bool(ampm) or h >= 13 or h == 0
    explicit = explicit or (m.group(f"{p}sep") or "").lower() == "h"  # French style is 24-hour
    zero = not explicit and m.group(f"{p}h").startswith("0")
    return ClockTime(h * 60 + mins, explicit or zero, bool(ampm), zero)


def twelve_hour_with_zeros(ranges: list[tuple[ClockTime | None, ClockTime | None]]) -> bool:
    """Whether a programme writes a 12-hour clock with leading zeros: one of its ranges starts
    at noon and ends before it, in the early afternoon (`12:30-02:00`, `12:00-01:00`). Its
    times with a zero (`02:00`, `08:00` after `05:30-07:30`) then follow the order of the day,
    as other 12-hour times do."""
    return any(
        a is not None
        and b is not None
        and not a.ampm
        and not b.ampm
        and 12 * 60 <= a.minutes < 13 * 60
        and 60 <= b.minutes < 8 * 60
        # Thirty-fifth round. The range's end may be written without its zero (`12:30 to
        # 1:10` above `01:10`, `02:13`): the range still shows the 12-hour clock, and the
        # zeros of the other times are then the page's columns, not the night.
        and (
            b.zero or (not b.explicit and any(t is not None and t.zero for r in ranges for t in r))
        )
        for a, b in ranges
    )


def without_zero(t: ClockTime | None) -> ClockTime | None:
    """A time whose leading zero no longer says the 24-hour clock."""
    return ClockTime(t.minutes, False) if t is not None and t.zero else t


def _half_day(m: re.Match[str], p: str) -> str:
    return (m.group(f"{p}ampm") or ("pm" if m.group(f"{p}noon") else "")).lower().replace(".", "")


def read_range(m: re.Match[str]) -> tuple[ClockTime | None, ClockTime | None]:
    """Start and end of a matched range, am/pm written once serving both ("1:00–4:30 p.m.")."""
    a, b = read_time(m, "a"), read_time(m, "b")
    if a is None or b is None:
        return a, b
    a_half, b_half = _half_day(m, "a"), _half_day(m, "b")
    # Eighteenth round. A start whose leading zero alone looked like the 24-hour clock
    # (`01:45-01:50pm`, `02:35-03:20pm`) takes the end's half-day as a start without the zero
    # does: a page that writes am/pm writes its zeros for the columns, not for the night.
    if not a_half and b_half in ("am", "pm") and (not a.explicit or a.zero):
        hour = a.minutes // 60
        if b_half == "pm" and hour < 12 and a.minutes + 720 <= b.minutes:
            a = ClockTime(a.minutes + 720, True, True)  # "1:00–4:30 p.m."
        else:
            a = ClockTime(a.minutes, True, True)  # "10:00–10:15 a.m.", "11:30-12:45pm"
    if (
        not a_half
        and not b_half
        and not a.explicit
        and a.minutes < 7 * 60
        and b.explicit
        and b.minutes >= 13 * 60
        and a.minutes + 720 <= b.minutes
    ):
        # Sixteenth round. A start in the small hours without am/pm ending in the afternoon
        # on the 24-hour clock (`Regular General Assembly (2:45-17:00)`, `1:30 – 16:00
        # Ateliers`) starts that afternoon too: no meeting runs from a quarter to three at
        # night to five in the afternoon. Its end says the half-day, as a written pm does.
        a = ClockTime(a.minutes + 720, True, True)
    if (
        b_half == "am"
        and b.minutes < a.minutes
        and b.minutes + 720 >= a.minutes
        and not (a_half == "am" and b.minutes == 0)
    ):
        # "11:15 - 12:00am" means noon, the am serving both; with an am of its own the start
        # is in the morning and `12am` is midnight (`Hospitality 8am–12am`).
        b = ClockTime(b.minutes + 720, True, True)
    if a_half == "am" and a.minutes < 60 and b_half == "pm" and b.minutes - a.minutes > 720:
        # Twenty-fourth round. A start in the hour written `12` with `am`, ending in the
        # afternoon more than twelve hours later (`12:45am - 2:15pm Lunch`), is noon: pages
        # mistake the half-day of `12` as no other hour's, and no block runs from a quarter
        # to one at night to the afternoon. The end's pm stands (below, the start's stood).
        a = ClockTime(a.minutes + 720, True, True)
    if b_half == "pm" and b.minutes - a.minutes > 720:
        b = ClockTime(b.minutes - 720, True, True)  # "10:50AM-11:30PM" means 11:30
    return a, b


# Forty-first round. A length said after its label between dashes or after a comma, inside a
# block's line (`14h : Fresque de la biodiversité – durée 3h – places limitées`, `Visite
# guidée, durée : 1h30`, `Walk - duration 90 min`): the block's length, as one in brackets.
LENGTH_SAID = re.compile(
    r"(?:\s[–—-]\s*|,\s*)(?:dur[ée]e|duration)\s*:?\s*"
    r"(?:(?P<h>\d{1,2})\s*h(?:eures?|ours?|rs?)?\s*(?P<hm>[0-5]\d)?|(?P<m>\d{1,3})\s*(?:mn|min|minutes?))"
    r"(?=\s*(?:[–—-]\s|[,;.)]|$))",
    re.IGNORECASE,
)


def duration_minutes(text: str) -> int | None:
    """A duration written in brackets: `[20 mn]`, `(45 min)`, `[1h30]`; or after its label
    inside the line (`– durée 3h –`)."""
    m = DURATION.search(text)
    if not m and ("ur" in text or "UR" in text):
        said = LENGTH_SAID.search(text)
        if said:
            return int(said["m"]) if said["m"] else int(said["h"]) * 60 + int(said["hm"] or 0)
    if not m:
        return None
    if m.group("m"):
        return int(m.group("m"))
    if m.group("num"):
        return 60 * int(m.group("num")) // int(m.group("den"))
    return int(m.group("h")) * 60 + int(m.group("hm") or 0)


# A time this early after one this late goes on through the night ("10:30pm", "12:00am").
NIGHT_ENDS, NIGHT_STARTS = 5 * 60, 19 * 60
# A day's time from which the morning has begun: a `12:15am` after it is noon, not the night.
_EARLIEST_DAYTIME = 6 * 60


def settle(t: ClockTime, after: int | None, clock24: bool = False) -> int:
    """Minutes of a time after `after`: moved to the afternoon when a 12-hour time would go back
    in the day (not on a day written on the 24-hour clock), past midnight when the night goes
    on (`12:00am` after `10:30pm` is 24:00)."""
    if after is None or t.minutes >= after:
        return t.minutes
    if t.minutes < NIGHT_ENDS and after >= NIGHT_STARTS and (t.explicit or clock24):
        return t.minutes + 24 * 60
    if t.minutes == 0 and t.ampm:
        # `12am` said so is midnight, the end of the day, whenever it started (`Hospitality
        # 8am–12am`): never noon, nor the night before.
        return 24 * 60
    if t.ampm and 0 < t.minutes < 60 and _EARLIEST_DAYTIME <= after <= t.minutes + 720:
        # Forty-first round. A time in the hour written `12` with `am` (`12:15a`, `12:30 am`)
        # after a morning's time is noon: the day goes on, it does not go back to the night
        # before, and pages mistake the half-day of `12` as no other hour's (`11:30a`,
        # `12:15a`, `1:00p`). `12am` on the hour stays midnight, above; once noon has passed
        # (`5pm` then `12:30am`) it is no noon: the day cannot go back to it.
        return t.minutes + 720
    if not t.explicit and not clock24 and t.minutes + 720 < 24 * 60:
        return t.minutes + 720
    return t.minutes


def on_24_hour_clock(times: list[ClockTime | None]) -> bool:
    """Whether a day's times are written on the 24-hour clock: one of them is 13:00 or later
    without am/pm. Its other times are then read as written, never moved to the afternoon."""
    return any(t is not None and t.minutes >= 13 * 60 and not t.ampm for t in times)


def hhmm(minutes: int | None) -> str | None:
    """`HH:MM`, or None."""
    if minutes is None:
        return None
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
