"""The speaking turns as CSV that Excel opens correctly in France (UTF-8 with BOM, `;`)."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from facilitateur.export.atomic import atomic_text
from facilitateur.models import queries
from facilitateur.models.speaking_stats import turns

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


def _cell(text: str) -> str:
    # A cell starting with = + - @ would be a formula in a spreadsheet: keep it text.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def export_speakers_csv(s: Session, out: Path, now: datetime, lang: str = "fr") -> int:
    """Write one row per turn to `out` (atomically); return the number of turns."""
    tz = ZoneInfo(queries.the_event(s).timezone)
    rows = turns(s, now)

    def when(t: datetime | None) -> str:
        return t.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S") if t else ""

    with atomic_text(Path(out), encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        w.writerow(HEADERS[lang])
        for t in rows:
            w.writerow(
                [
                    _cell(t.block),
                    _cell(t.person),
                    _cell(t.role),
                    _cell(t.organisation),
                    _cell(t.category),
                    SPEECH[lang].get(t.speech_type, t.speech_type),
                    when(t.start),
                    when(t.end),
                    int(t.duration.total_seconds()),
                    int(t.allotted.total_seconds()),
                ]
            )
    return len(rows)
