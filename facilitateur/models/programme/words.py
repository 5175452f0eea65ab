"""Words of programmes: dates in French and English, kinds of blocks, parts of the day."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

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


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Lower case without accents, for matching words (`Déjeuner` → `dejeuner`)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")


_WEEKDAY_ONLY = re.compile(rf"^(?P<wd>{WEEKDAYS})\.?\s*(?=$|[:,.–—-]|\s)", re.IGNORECASE)
# "Les horaires du samedi :", "PROGRAMME - le 31 mai 2013", "Programme du week-end : samedi 4
# octobre": a heading word, a few words, then the day.
_DAY_HEAD = re.compile(
    r"\b(?:horaires?|programme|program|agenda|journee|day|schedule|deroule|planning|ordre du jour"
    r"|seance|rencontre|session)\b"
)


def day_heading(text: str) -> tuple[str, date | None, str] | None:
    """A line that starts a day: a date (`Samedi 14 mai 2022 matin`), a weekday alone
    (`Vendredi`), or a few words then the day (`Les horaires du samedi :`).

    Returns (the day as written, its date or None, what follows it), or None.
    """
    text = text.strip().lstrip("*•-–▪► ").strip()
    found = find_date(text)
    if found:
        return found
    m = _WEEKDAY_ONLY.match(fold(text))
    if m and len(text.split()) <= 3:
        rest = text[m.end() :].strip(" :,.–—-")
        if not rest or PARTS_OF_DAY.match(fold(rest)):
            return text[: m.end()].strip(" .:"), None, rest
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
    ("open_space", r"forum[- ]ouvert|open[- ]space|forum ouvert|unconference|barcamp"),
    (
        "report_back",
        r"restitutions?|report[- ]backs?|plenary report|comptes?[- ]rendus? des ateliers"
        r"|lecture des (?:cr|comptes?[- ]rendus)|presentation (?:des|of) (?:the )?results"
        r"|retour des (?:ateliers|groupes)|mise en commun",
    ),
    (
        "q_and_a",
        r"questions?[- ]reponses?|questions?\s*-\s*reponses?|q\s*&\s*a|q and a|questions"
        r"|echanges? avec (?:la salle|le public)|debat avec la salle|discussion",
    ),
    ("panel", r"tables?[- ]rondes?|round[- ]?tables?|panels?|debats?|panel discussion"),
    ("film", r"films?|videos?|projection|documentaire|screening|retour en images?"),
    (
        "meal",
        r"dejeuner|dejeunatoire|repas|buffet|lunch|luncheon|diner|dinatoire|dinner|cocktail"
        r"|aperitif|apero|aperos|pot|petit[- ]dejeuner|breakfast|brunch|banquet|reception"
        r"|welcome reception|5 a 7|pause[- ]dejeuner|lunch[- ]break|soiree",
    ),
    ("break", r"pauses?|break|coffee|pause[- ]cafe|cafe|tea|refreshments?|collation"),
    (
        "workshop",
        r"ateliers?|workshops?|breakouts?|break[- ]out(?: sessions?)?|breakout sessions?"
        r"|sous[- ]groupes?|seances? de travail|working groups?|group work|world cafe"
        r"|tutorials?|courses?|travaux en (?:sous[- ])?groupes?",
    ),
    (
        "welcome",
        r"accueil|bienvenue|welcome|ouverture|opening|registration|inscriptions?|emargement"
        r"|introductions?|intro|doors open|ouverture des portes|arrivee|people arrive"
        r"|allocutions? d'ouverture|discours (?:d'ouverture|inaugura\w*)|opening remarks",
    ),
    (
        "closing",
        r"conclusions?|cloture|closing|close|fin de (?:la |l')?(?:journee|matinee|seminaire"
        r"|rencontre)|wrap[- ]up|mot de la fin|fin des travaux|rapport de synthese"
        r"|(?:symposium|conference|workshop|day) ends|summary|end",
    ),
    ("plenary", r"plenieres?|plenary|pleniere|assemblee generale|general assembly"),
    (
        "talk",
        r"interventions?|conferences?|keynote|talks?|presentations?|exposes?|temoignages?"
        r"|allocutions?|discours|opening (?:address|speech|lecture|keynote)|address|speech"
        r"|sessions?|position papers?|invited speakers?|seminar",
    ),
    (
        "other",
        r"session affiches|posters? session|posters?|vote|voting|remise des (?:prix|lots)"
        r"|awards? ceremony|conseil d'administration|briefing|visites?|visite guidee|excursions?"
        r"|exhibits?|exhibit hall|exhibition|exposition|concerts?|spectacles?|fete|village"
        r"|entertainment|sightseeing|social program(?:me)?",
    ),
)
_KIND_RX = [(kind, re.compile(rf"\b(?:{words})\b")) for kind, words in KIND_WORDS]
_MEAL_OVER_BREAK = re.compile(r"\b(?:dejeuner|lunch|repas|diner|dinner)\b")
# Words that give way to a more telling one after them: "Conference dinner", "Plenary Session:
# Report Back", "Discussion – Pause-café".
_WEAK = re.compile(
    r"^(?:conferences?|sessions?|plenary|plenieres?|presentations?|discussion|posters?"
    r"|remise des (?:prix|lots))$"
)


def kind_and_word(title: str) -> tuple[str | None, str]:
    """The kind named by a title's first words (`Table ronde : …` → panel), and the words that
    say it; (None, "") when no word does.

    A kind word counts when it starts within the first four words; the earliest one wins, the
    longer one when two start together (`Break out session` is a workshop), and a meal over a
    break (`Pause déjeuner`, `Lunch Break`).
    """
    # Words are counted without the punctuation between them ("place du marché / pause").
    head = " ".join(w for w in fold(title).replace(":", " ").split() if re.search(r"\w", w))
    head = " ".join(head.split()[:7])
    found = []  # (weak, start, -length, kind, words), the first match of each kind
    for kind, rx in _KIND_RX:
        m = rx.search(head)
        if m:
            weak = 1 if _WEAK.match(m.group(0)) else 0
            found.append(
                (
                    weak,
                    m.start(),
                    -(m.end() - m.start()),
                    kind,
                    m.group(0),
                    head[: m.start()].count(" "),
                )
            )
    near = [f for f in found if f[5] < 4]
    strong_near = [f for f in near if not f[0]]
    if strong_near:
        best = min(strong_near)
    elif near:
        # A weak word ("Remise des prix", "Conference") gives way to a telling one further on.
        strong_far = [f for f in found if not f[0]]
        best = min(strong_far, key=lambda f: f[1]) if strong_far else min(near)
    else:
        best = None
    if best is None:
        return None, ""
    kind = best[3]
    if kind == "break" and _MEAL_OVER_BREAK.search(head):
        kind = "meal"
    start = best[1]
    original = " ".join(w for w in title.replace(":", " ").split() if re.search(r"\w", w))
    original = " ".join(original.split()[:7])
    return kind, original[start : start + len(best[4])] if len(original) == len(head) else best[4]


def kind_of(title: str) -> str | None:
    """The kind named by a title's first words (`Table ronde : …` → panel), or None."""
    return kind_and_word(title)[0]
