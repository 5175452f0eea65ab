"""Words of programmes: dates in French and English, kinds of blocks, parts of the day."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

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
}
WEEKDAYS = (
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday"
    "|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"
)
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY_FIRST = re.compile(
    rf"^(?:(?P<wd>{WEEKDAYS})\.?,?\s+)?(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\s+{_MONTH}"
    r"(?:\s+(?P<year>\d{4}))?\b",
)
_MONTH_FIRST = re.compile(
    rf"^(?:(?P<wd>{WEEKDAYS})\.?,?\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?"
    r"(?:\s+(?P<year>\d{4}))?\b",
)
_NUMERIC = re.compile(
    r"^(?:(?P<wd>"
    + WEEKDAYS
    + r")\.?,?\s+)?(?:(?P<iso>\d{4}-\d{2}-\d{2})|(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}))\b"
)
PARTS_OF_DAY = re.compile(
    r"^(?:matin(?:ee)?|apres[- ]midi|soir(?:ee)?|morning|afternoon|evening)\b", re.IGNORECASE
)


def fold(text: str) -> str:
    """Lower case without accents, for matching words (`Déjeuner` → `dejeuner`)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


def find_date(text: str) -> tuple[str, date | None, str] | None:
    """A date at the start of `text`: (the date as written, the date or None without a year,
    the text after it). None when the text does not start with a date."""
    folded = fold(text.strip())
    for rx in (_DAY_FIRST, _MONTH_FIRST, _NUMERIC):
        m = rx.match(folded)
        if not m:
            continue
        try:
            if rx is _NUMERIC:
                if m.group("iso"):
                    when = date.fromisoformat(m.group("iso"))
                else:
                    when = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
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


KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("open_space", r"forum[- ]ouvert|open[- ]space|forum ouvert"),
    (
        "report_back",
        r"restitutions?|report[- ]backs?|plenary report|comptes?[- ]rendus? des ateliers",
    ),
    (
        "q_and_a",
        r"questions?[- ]reponses?|q\s*&\s*a|q and a|questions|echanges? avec (?:la salle|le public)|debat avec la salle",
    ),
    ("panel", r"tables?[- ]rondes?|round[- ]?tables?|panels?|debats?|panel discussion"),
    ("film", r"films?|videos?|projection|documentaire|screening"),
    ("meal", r"dejeuner|dejeunatoire|repas|buffet|lunch|diner|dinner|cocktail|aperitif|apero|pot"),
    ("break", r"pauses?|break|coffee|pause[- ]cafe|cafe|tea"),
    ("workshop", r"ateliers?|workshops?|breakouts?|breakout sessions?|sous[- ]groupes?"),
    (
        "welcome",
        r"accueil|bienvenue|welcome|ouverture|opening|registration|inscriptions?|emargement",
    ),
    (
        "closing",
        r"conclusions?|cloture|closing|close|fin de (?:la |l')?(?:journee|matinee|seminaire|rencontre)|wrap[- ]up|mot de la fin",
    ),
    ("plenary", r"plenieres?|plenary|pleniere"),
    (
        "talk",
        r"interventions?|conferences?|keynote|talks?|presentations?|exposes?|temoignages?|allocution|discours",
    ),
)
_KIND_RX = [(kind, re.compile(rf"\b(?:{words})\b")) for kind, words in KIND_WORDS]


def kind_of(title: str) -> str | None:
    """The kind named by a title's first words (`Table ronde : …` → panel), or None.

    A kind word counts when it starts within the first three words; the earliest one wins
    (`Registration and coffee` is a welcome, `Pause café` a break).
    """
    head = " ".join(fold(title).replace(":", " ").split()[:6])
    best: tuple[int, str] | None = None
    for kind, rx in _KIND_RX:
        m = rx.search(head)
        if m and head[: m.start()].count(" ") < 3 and (best is None or m.start() < best[0]):
            best = (m.start(), kind)
    return best[1] if best else None
