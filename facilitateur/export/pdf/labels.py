"""The words of the synthesis in French and English, and the one form of numbers, times,
dates, durations and lists each language uses throughout the document."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from facilitateur.export.pdf.typography import NBSP, NNBSP, typeset
from facilitateur.models.text.datetime_forms import AnyDate, forms
from facilitateur.models.text.language import Language

# A label with two forms is (singular, plural); French uses the singular for 0 and 1.
LABELS: dict[str, dict[str, str | tuple[str, str]]] = {
    "fr": {
        "synthesis": "Synthèse",
        "programme_doc": "Programme",
        "contents": "Sommaire",
        "figures": "Chiffres clés",
        "programme": "Le programme tel qu’il s’est déroulé",
        "programme_planned": "Le programme",
        "blocks": "Les séquences",
        "blocks_planned": "Les séquences et leurs intervenants",
        "day_notes": "Notes sur la journée",
        "actions": "Tableau des actions",
        "speaking": "Temps de parole",
        "closing": "Clôture",
        "planned": "Prévu",
        "actual": "Réalisé",
        "start_delay": "Retard au début",
        "overrun": "Dépassement",
        "block": "Séquence",
        "time_of_day": "Horaire",
        "length": "Durée",
        "speaker": "Intervenant·e",
        "role": "Rôle, organisation",
        "topic": "Sujet",
        "time": "Temps",
        "allotted": "Prévu",
        "over": "Au-delà du temps prévu",
        "decisions": "Décisions",
        "actions_group": "Actions",
        "ideas": "Idées",
        "quotes": "Citations",
        "questions": "Questions",
        "notes": "Notes",
        "what": "Action",
        "who": "Qui",
        "by": "Échéance",
        "status": "Statut",
        "from": "Origine",
        "open": "à faire",
        "done": "faite",
        "person": "Personne",
        "organisation": "Organisation",
        "category": "Catégorie",
        "share": "Part du temps",
        "none": "(aucune)",
        "no_speaker": "Personne n’a pris la parole.",
        "not_spoken": "n’a pas pris la parole",
        "question_mark": "question",
        "reply_mark": "réponse",
        "point_of_order_mark": "motion d’ordre",
        "duration": "Durée de la journée",
        "duration_days": "Durée des journées",
        "from_to": "de {start} à {end}",
        "planned_duration": "Durée prévue",
        "n_blocks": ("séquence", "séquences"),
        "n_people": ("personne a pris la parole", "personnes ont pris la parole"),
        "n_planned_speakers": ("intervenant·e prévu·e", "intervenant·e·s prévu·e·s"),
        "n_turns": ("prise de parole", "prises de parole"),
        "n_turns_head": "Prises de parole",
        "n_notes": ("note", "notes"),
        "n_decisions": ("décision", "décisions"),
        "n_actions": ("action", "actions"),
        "n_actions_done": ("faite", "faites"),
        "n_workshops": ("atelier", "ateliers"),
        "n_reports": ("compte rendu remis", "comptes rendus remis"),
        "n_drafts": ("en brouillon", "en brouillon"),
        "speaking_total": "de parole",
        "by_category": "Temps de parole par catégorie",
        "others": "autres",
        "late_end": "fin en retard de {d}",
        "early_end": "fin en avance de {d}",
        "on_time": "fin à l’heure",
        "closed_at": "Séance levée à {time}.",
        "written_by": "Synthèse rédigée par {authors}.",
        "follow_up": "Les suites à donner sont dans le tableau des actions.",
        "exported": "Document établi le {date}.",
        "page": "page {n} / {total}",
        "authors": "Rédaction",
        "no_category": "(sans catégorie)",
        "not_run": "non réalisée",
        "timeline": "La journée heure par heure",
        "timeline_planned": "La journée heure par heure",
        "not_run_yet": "Cette journée n’a pas encore eu lieu : voici son programme et ses intervenants prévus.",
    },
    "en": {
        "synthesis": "Summary report",
        "programme_doc": "Programme",
        "contents": "Contents",
        "figures": "Key figures",
        "programme": "The programme as run",
        "programme_planned": "The programme",
        "blocks": "The sessions",
        "blocks_planned": "The sessions and their speakers",
        "day_notes": "Notes on the day",
        "actions": "Action table",
        "speaking": "Speaking time",
        "closing": "Closing",
        "planned": "Planned",
        "actual": "Actual",
        "start_delay": "Start delay",
        "overrun": "Overrun",
        "block": "Session",
        "time_of_day": "Time",
        "length": "Length",
        "speaker": "Speaker",
        "role": "Role, organisation",
        "topic": "Topic",
        "time": "Time",
        "allotted": "Allotted",
        "over": "Over the allotted time",
        "decisions": "Decisions",
        "actions_group": "Actions",
        "ideas": "Ideas",
        "quotes": "Quotes",
        "questions": "Questions",
        "notes": "Notes",
        "what": "Action",
        "who": "Who",
        "by": "By",
        "status": "Status",
        "from": "From",
        "open": "open",
        "done": "done",
        "person": "Person",
        "organisation": "Organisation",
        "category": "Category",
        "share": "Share of time",
        "none": "(none)",
        "no_speaker": "Nobody took the floor.",
        "not_spoken": "did not speak",
        "question_mark": "question",
        "reply_mark": "reply",
        "point_of_order_mark": "point of order",
        "duration": "Length of the day",
        "duration_days": "Length of the days",
        "from_to": "from {start} to {end}",
        "planned_duration": "Planned length",
        "n_blocks": ("session", "sessions"),
        "n_people": ("person took the floor", "people took the floor"),
        "n_planned_speakers": ("speaker planned", "speakers planned"),
        "n_turns": ("turn", "turns"),
        "n_turns_head": "Turns",
        "n_notes": ("note", "notes"),
        "n_decisions": ("decision", "decisions"),
        "n_actions": ("action", "actions"),
        "n_actions_done": ("done", "done"),
        "n_workshops": ("workshop", "workshops"),
        "n_reports": ("report handed in", "reports handed in"),
        "n_drafts": ("in draft", "in draft"),
        "speaking_total": "of speaking",
        "by_category": "Speaking time by category",
        "others": "others",
        "late_end": "ended {d} late",
        "early_end": "ended {d} early",
        "on_time": "ended on time",
        "closed_at": "The meeting closed at {time}.",
        "written_by": "Report written by {authors}.",
        "follow_up": "The next steps are in the action table.",
        "exported": "Document produced on {date}.",
        "page": "page {n} / {total}",
        "authors": "Written by",
        "no_category": "(no category)",
        "not_run": "not run",
        "timeline": "The day hour by hour",
        "timeline_planned": "The day hour by hour",
        "not_run_yet": "This day has not taken place yet: here is its programme and its planned speakers.",
    },
}


class Wording:
    """The document's language: its words (French typography applied), counts with their
    plural, and the one form it gives numbers, times, dates, durations and lists (times and
    dates as on every screen, in the system's `region`)."""

    def __init__(self, lang: Language, region: str = "") -> None:
        self.lang = Language.of(lang, Language.EN)
        self.forms = forms(self.lang, region)
        self._words: dict[str, str] = {}

    @property
    def french(self) -> bool:
        """Whether the document is in French."""
        return self.lang == Language.FR

    def __getitem__(self, key: str) -> str:
        """A label, typeset for the language (never a plural pair)."""
        word = self._words.get(key)
        if word is None:
            word = self._words[key] = typeset(str(LABELS[self.lang][key]), self.lang)
        return word

    def plural(self, n: int, key: str) -> str:
        """The form of a counted label for `n` (French: singular for 0 and 1)."""
        pair = LABELS[self.lang][key]
        assert isinstance(pair, tuple), f"{key!r} is a counted label (singular, plural)"
        one, many = pair
        singular = n <= 1 if self.french else n == 1
        return typeset(one if singular else many, self.lang)

    def count(self, n: int, key: str) -> str:
        """`12 prises de parole`, `1 turn`: the number and the word, never parted by a line."""
        return f"{self.number(n)}{NBSP}{self.plural(n, key)}"

    def number(self, n: int) -> str:
        """`1 900` in French (narrow no-break space), `1,900` in English."""
        text = f"{n:,}"
        return text.replace(",", NNBSP) if self.french else text

    def percent(self, share: float) -> str:
        """`42 %` in French, `42%` in English."""
        return f"{share * 100:.0f}{NBSP}%" if self.french else f"{share * 100:.0f}%"

    def clock(self, t: time | datetime | None) -> str:
        """`9 h 15` in French, `9:15 AM` in English (`09:15` in a 24-hour region); `—` for no
        time (the forms of every screen: models/text/datetime_forms.py)."""
        return self.forms.clock(t)

    def hours(self, start: time | datetime | None, end: time | datetime | None) -> str:
        """A span of the day, `9 h 15 – 10 h 30`; the start alone when there is no end."""
        return self.forms.span(start, end)

    def date(self, d: date | datetime | None) -> str:
        """`19 janvier 2016`, `January 19, 2016` (`19 January 2016` where the day comes first)."""
        return self.forms.date(d)

    def day_name(self, day: str | AnyDate) -> str:
        """A day as headings name it: its label, else its date."""
        return day if isinstance(day, str) else self.date(day)

    def dates(self, days: list[AnyDate]) -> str:
        """The event's dates: one, or the first and the last."""
        if not days:
            return ""
        if len(days) == 1:
            return self.date(days[0])
        return f"{self.date(days[0])}{NBSP}– {self.date(days[-1])}"

    def duration(self, seconds: float, precise: bool = False) -> str:
        """`1 h 05`, `9 h`, `12 min`, `45 s` in French; `1 h 5 min` in English (precise:
        `4 min 30 s`, for speaking turns)."""
        s = round(abs(seconds))
        if s < 60:
            return f"{s}{NBSP}s"
        if precise and s < 3600 and s % 60:
            return f"{s // 60}{NBSP}min{NBSP}{s % 60:02d}{NBSP}s"
        m = round(s / 60)
        if m < 60:
            return f"{m}{NBSP}min"
        hours, rest = divmod(m, 60)
        if not rest:
            return f"{hours}{NBSP}h"
        if self.french:
            return f"{hours}{NBSP}h{NBSP}{rest:02d}"
        return f"{hours}{NBSP}h{NBSP}{rest}{NBSP}min"

    def signed(self, delta: timedelta, precise: bool = False) -> str:
        """`+4 min`, `−3 min` (a true minus sign), `0 s`."""
        seconds = delta.total_seconds()
        sign = "+" if seconds > 0 else "−" if seconds < 0 else ""
        return sign + self.duration(seconds, precise)

    def join(self, items: Iterable[str]) -> str:
        """`Julie et Marc`, `A, B et C`; `Julie and Marc`, `A, B and C`."""
        items = [i for i in items if i]
        if len(items) < 2:
            return "".join(items)
        word = "et" if self.french else "and"
        return f"{', '.join(items[:-1])} {word} {items[-1]}"

    def field(self, label: str, value: str) -> str:
        """`Label : value` (a no-break space before the colon in French), `Label: value`."""
        return f"{label}{NBSP}: {value}" if self.french else f"{label}: {value}"
