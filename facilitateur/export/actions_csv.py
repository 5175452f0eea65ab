"""The action table as CSV for a spreadsheet: what, who, by when, status, where it came from."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from facilitateur.export.tabular import write_csv
from facilitateur.models import queries
from facilitateur.models.notes.model import ActionStatus, NoteKind
from facilitateur.models.notes.query import note_rows
from facilitateur.models.text.language import Language

HEADERS = {
    "fr": ["Action", "Responsable", "Échéance", "Statut", "Origine", "Notée le", "Par"],
    "en": ["Action", "Owner", "Due", "Status", "From", "Noted at", "By"],
}
STATUS = {
    "fr": {ActionStatus.DONE: "faite", ActionStatus.OPEN: "à faire"},
    "en": {ActionStatus.DONE: "done", ActionStatus.OPEN: "open"},
}
# Dates as each locale's spreadsheet reads them as dates.
DATE = {"fr": "%d/%m/%Y", "en": "%Y-%m-%d"}


def export_actions_csv(
    s: Session, out: Path, lang: Language = Language.FR, include_internal: bool = False
) -> int:
    """Write one row per action note to `out` (atomically); return the number of actions."""
    tz = ZoneInfo(queries.the_event(s).timezone)
    actions = [
        n
        for n in note_rows(s)
        if n.kind == NoteKind.ACTION and (include_internal or not n.internal)
    ]
    write_csv(
        out,
        HEADERS[lang],
        (
            [
                n.text,
                n.owner,
                n.due.strftime(DATE[lang]) if n.due else "",
                STATUS[lang][
                    ActionStatus.DONE if n.status == ActionStatus.DONE else ActionStatus.OPEN
                ],
                n.place,
                n.created_at.astimezone(tz).strftime(DATE[lang] + " %H:%M"),
                n.author,
            ]
            for n in actions
        ),
    )
    return len(actions)
