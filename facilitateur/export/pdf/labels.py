"""The words of the synthesis in French and English (the document's language is an option)."""

from __future__ import annotations

from datetime import datetime, time

LABELS = {
    "fr": {
        "synthesis": "Synthèse",
        "contents": "Sommaire",
        "figures": "Chiffres clés",
        "programme": "Le programme tel qu’il s’est déroulé",
        "blocks": "Les séquences",
        "actions": "Tableau des actions",
        "speaking": "Temps de parole",
        "closing": "Clôture",
        "planned": "Prévu",
        "actual": "Réalisé",
        "difference": "Écart",
        "block": "Bloc",
        "speakers": "Intervenants",
        "role": "Rôle",
        "time": "Temps",
        "allotted": "Alloué",
        "decisions": "Décisions",
        "actions_group": "Actions",
        "ideas": "Idées",
        "quotes": "Citations",
        "questions": "Questions",
        "notes": "Notes",
        "what": "Quoi",
        "who": "Qui",
        "by": "Échéance",
        "status": "Statut",
        "from": "Origine",
        "open": "à faire",
        "done": "fait",
        "person": "Personne",
        "turns": "Prises de parole",
        "category": "Catégorie",
        "share": "Part du temps",
        "none": "(aucune)",
        "start_day": "Début de la journée",
        "end_day": "Fin de la journée",
        "end_gap": "Écart en fin de journée",
        "late_end": "Retard en fin de journée",
        "early_end": "Avance en fin de journée",
        "on_time": "à l’heure",
        "n_blocks": "Séquences",
        "n_speakers": "Intervenants",
        "n_turns": "Prises de parole",
        "n_notes": "Notes",
        "n_decisions": "Décisions",
        "n_actions": "Actions",
        "n_workshops": "Ateliers",
        "n_reports": "Comptes rendus d’ateliers",
        "reports_of": "{done} sur {total} terminés",
        "drafts": "{n} en brouillon",
        "closed_at": "Séance levée à {time}.",
        "written_by": "Synthèse rédigée par {authors}.",
        "page": "page {n} / {total}",
        "venue": "Lieu",
        "organiser": "Organisation",
        "authors": "Rédaction",
        "no_category": "(sans catégorie)",
        "not_run": "non réalisé",
        "timeline": "Prévu (gris) et réalisé (couleur)",
    },
    "en": {
        "synthesis": "Synthesis",
        "contents": "Contents",
        "figures": "Key figures",
        "programme": "The programme as run",
        "blocks": "The sessions",
        "actions": "Actions",
        "speaking": "Speaking time",
        "closing": "Closing",
        "planned": "Planned",
        "actual": "Actual",
        "difference": "Difference",
        "block": "Session",
        "speakers": "Speakers",
        "role": "Role",
        "time": "Time",
        "allotted": "Allotted",
        "decisions": "Decisions",
        "actions_group": "Actions",
        "ideas": "Ideas",
        "quotes": "Quotes",
        "questions": "Questions",
        "notes": "Notes",
        "what": "What",
        "who": "Who",
        "by": "By",
        "status": "Status",
        "from": "From",
        "open": "open",
        "done": "done",
        "person": "Person",
        "turns": "Turns",
        "category": "Category",
        "share": "Share of time",
        "none": "(none)",
        "start_day": "Start of the day",
        "end_day": "End of the day",
        "end_gap": "Difference at the end of the day",
        "late_end": "Late at the end of the day",
        "early_end": "Early at the end of the day",
        "on_time": "on time",
        "n_blocks": "Sessions",
        "n_speakers": "Speakers",
        "n_turns": "Turns",
        "n_notes": "Notes",
        "n_decisions": "Decisions",
        "n_actions": "Actions",
        "n_workshops": "Workshops",
        "n_reports": "Workshop reports",
        "reports_of": "{done} of {total} done",
        "drafts": "{n} in draft",
        "closed_at": "The meeting closed at {time}.",
        "written_by": "Synthesis by {authors}.",
        "page": "page {n} / {total}",
        "venue": "Venue",
        "organiser": "Organiser",
        "authors": "Written by",
        "no_category": "(no category)",
        "not_run": "not run",
        "timeline": "Planned (grey) and actual (colour)",
    },
}
MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}


def clock(t: time | datetime | None, lang: str) -> str:
    """`9 h 15` in French, `9:15` in English."""
    if t is None:
        return "—"
    return f"{t.hour} h {t.minute:02d}" if lang == "fr" else f"{t.hour}:{t.minute:02d}"


def long_date(d, lang: str) -> str:
    if d is None:
        return ""
    month = MONTHS[lang][d.month - 1]
    return f"{d.day} {month} {d.year}" if lang == "fr" else f"{month} {d.day}, {d.year}"


def minutes(seconds: float) -> str:
    """`1 h 05`, `12 min`, `45 s`."""
    s = round(seconds)
    if s < 60:
        return f"{s} s"
    m = round(s / 60)
    return f"{m // 60} h {m % 60:02d}" if m >= 60 else f"{m} min"
