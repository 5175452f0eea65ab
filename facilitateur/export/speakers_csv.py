"""The speaking turns as CSV that Excel opens correctly in France (UTF-8 with BOM, `;`)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from facilitateur.export.tabular import write_csv
from facilitateur.models import queries
from facilitateur.models.speakers.stats import turns
from facilitateur.models.text.language import Language

HEADERS = {
    "fr": [
        "Bloc",
        "Personne",
        "Rôle",
        "Organisation",
        "Catégorie",
        "Type de prise de parole",
        "Début",
        "Fin",
        "Durée (s)",
        "Temps alloué (s)",
    ],
    "en": [
        "Block",
        "Person",
        "Role",
        "Organisation",
        "Category",
        "Speech type",
        "Start",
        "End",
        "Duration (s)",
        "Allotted (s)",
    ],
}
SPEECH = {
    "fr": {
        "intervention": "intervention",
        "question": "question",
        "reply": "réponse",
        "point_of_order": "motion d’ordre",
    },
    "en": {
        "intervention": "intervention",
        "question": "question",
        "reply": "reply",
        "point_of_order": "point of order",
    },
}


def export_speakers_csv(s: Session, out: Path, now: datetime, lang: Language = Language.FR) -> int:
    """Write one row per turn to `out` (atomically); return the number of turns."""
    tz = ZoneInfo(queries.the_event(s).timezone)
    rows = turns(s, now)

    def when(t: datetime | None) -> str:
        return t.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S") if t else ""

    write_csv(
        out,
        HEADERS[lang],
        (
            [
                t.block,
                t.person,
                t.role,
                t.organisation,
                t.category,
                SPEECH[lang].get(t.speech_type, t.speech_type),
                when(t.start),
                when(t.end),
                int(t.duration.total_seconds()),
                int(t.allotted.total_seconds()),
            ]
            for t in rows
        ),
    )
    return len(rows)
