"""The exports the application writes from the open event, each reading it in a session of its
own: the speaking turns and the actions (CSV), the programme (iCalendar), the Open Space board
with its room signs (PDF). The writers are imported when first used: starting the application
need not load reportlab or icalendar."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from facilitateur.models.storage.store import EventFile
from facilitateur.models.text.language import Language


def write_speakers_csv(ef: EventFile, out: Path, now: datetime, lang: Language) -> int:
    """Every speaking turn of the event (CSV, written atomically); how many were written."""
    from facilitateur.export.speakers_csv import export_speakers_csv

    with ef.session() as s:
        return export_speakers_csv(s, out, now, lang)


def write_actions_csv(ef: EventFile, out: Path, lang: Language) -> int:
    """Every action decided (CSV, written atomically); how many were written."""
    from facilitateur.export.actions_csv import export_actions_csv

    with ef.session() as s:
        return export_actions_csv(s, out, lang)


def write_calendar(ef: EventFile, out: Path, now: datetime) -> int:
    """The programme (iCalendar, written atomically); how many blocks without a start time
    were left out."""
    from facilitateur.export.ics import export_ics

    with ef.session() as s:
        return export_ics(s, out, now)


def write_board_and_signs(ef: EventFile, out: Path, lang: Language, region: str) -> int:
    """The Open Space board (A3) at `out` and its room signs (A4) beside it; how many signs."""
    from facilitateur.export.board_pdf import export_board

    with ef.session() as s:
        return export_board(s, out, lang, region)


def has_run(ef: EventFile) -> bool:
    """Whether the event was ever run (a timer started): a day not run yet is exported as
    its programme, which the synthesis dialog says."""
    from facilitateur.export.pdf.data import event_has_run

    with ef.session() as s:
        return event_has_run(s)
