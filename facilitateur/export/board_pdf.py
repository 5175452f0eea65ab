"""The Open Space board on paper: an A3 landscape grid for the wall, an A4 sign per room."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypedDict

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy.orm import Session

from facilitateur.export.atomic import atomic_path
from facilitateur.export.pdf.bidi_paragraph import Para as Paragraph
from facilitateur.export.pdf.style import ACCENT, GREY, LIGHT, fonts
from facilitateur.export.pdf.text import safe
from facilitateur.models import queries
from facilitateur.models.openspace.board import Board, RoomView, read_board
from facilitateur.models.text.datetime_forms import forms
from facilitateur.models.text.language import Language
from facilitateur.models.text.plural import count


class Labels(TypedDict):
    """The words of the board and the signs in one language."""

    board: str
    places: tuple[str, str]  # singular, plural
    slot: str
    room: str
    free: str
    nothing: str
    by: str


LABELS: dict[str, Labels] = {
    "fr": {
        "board": "Forum ouvert — le tableau des ateliers",
        "places": ("place", "places"),
        "slot": "Créneau",
        "room": "Salle",
        "free": "libre",
        "nothing": "Aucun atelier dans cette salle pour l’instant.",
        "by": "par {who}",
    },
    "en": {
        "board": "Open Space — the workshop board",
        "places": ("seat", "seats"),
        "slot": "Slot",
        "room": "Room",
        "free": "free",
        "nothing": "No workshop in this room yet.",
        "by": "by {who}",
    },
}


def _style(
    name: str, size: float, bold: bool = False, color: colors.Color = colors.black, **kw: Any
) -> ParagraphStyle:
    regular, heavy = fonts()
    return ParagraphStyle(
        name,
        fontName=heavy if bold else regular,
        fontSize=size,
        leading=size * 1.22,
        textColor=color,
        splitLongWords=True,
        **kw,
    )


def _seats(n: int, lang: Language) -> str:
    """`40 places`, `1 seat`."""
    return count(n, *LABELS[lang]["places"], lang=lang)


def _room_head(
    room: RoomView, lab: Labels, style: ParagraphStyle, small: ParagraphStyle, lang: Language
) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(safe(room.name, lang), style)]
    details = [_seats(room.capacity, lang)] if room.capacity is not None else []
    if room.notes:
        details.append(room.notes)
    if details:
        out.append(Paragraph(safe(" · ".join(details), lang), small))
    return out


def board_story(
    board: Board, title: str, lang: Language = Language.FR, region: str = ""
) -> list[Flowable]:
    """The grid: rooms across, slots down; font sizes follow the number of rooms (times in
    the forms of `lang` in `region`, as on every screen)."""
    lab = LABELS[lang]
    forms_ = forms(lang, region)
    width, height = landscape(A3)
    cols = max(len(board.rooms), 1)
    usable = width - 24 * mm
    # As large as a wall poster allows while a long word (13 letters) still fits a column;
    # KeepInFrame shrinks the whole grid when many slots need the height.
    first = 40 * mm
    size = max(7.0, min(20.0, (usable - first) / cols / 9.5))
    first = max(22 * mm, size * 5.4 + 12)
    head, cell = _style("head", size, True), _style("cell", size, True)
    small = _style("small", size * 0.8, color=GREY)
    heads: list[Flowable | list[Flowable]] = [Paragraph(lab["slot"], head)]
    heads += [_room_head(r, lab, head, small, lang) for r in board.rooms]
    rows = [heads]
    for slot in board.slots:
        row: list[Flowable | list[Flowable]] = [
            Paragraph(f"{forms_.clock(slot.start)}<br/>{forms_.clock(slot.end)}", head)
        ]
        for room in board.rooms:
            cards: list[Flowable] = []
            for t in board.at((room.id, slot.id)):
                cards.append(Paragraph(safe(t.title, lang), cell))
                if t.convener:
                    cards.append(Paragraph(safe(lab["by"].format(who=t.convener), lang), small))
            row.append(cards or Paragraph(lab["free"], small))
        rows.append(row)
    table = Table(rows, colWidths=[first] + [(usable - first) / cols] * cols, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#9ca3af")),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("BACKGROUND", (0, 1), (0, -1), LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    heading = _style("title", 22, True, ACCENT, spaceAfter=4)
    sub = _style("sub", 12, color=GREY, spaceAfter=10)
    frame_h = height - 24 * mm - 20 * mm
    return [
        Paragraph(safe(lab["board"], lang), heading),
        Paragraph(safe(title, lang), sub),
        KeepInFrame(usable, frame_h, [table], mode="shrink"),
    ]


def signs_story(
    board: Board, title: str, lang: Language = Language.FR, region: str = ""
) -> list[Flowable]:
    """One page per room: its name large, then each session with its time and convener."""
    lab = LABELS[lang]
    forms_ = forms(lang, region)
    detail = _style("detail", 15, color=GREY, spaceAfter=26)
    when = _style("when", 22, True, GREY, spaceAfter=2)
    topic = _style("topic", 30, True, spaceAfter=4)
    who = _style("who", 16, color=GREY, spaceAfter=24)
    story: list[Flowable] = []
    for i, room in enumerate(board.rooms):
        if i:
            story.append(PageBreak())
        # The name on one line when it can be: smaller for a long name, never under 28 pt.
        fit = (A4[0] - 24 * mm) / (max(len(room.name), 1) * 0.7)
        big = _style("room", max(28.0, min(54.0, fit)), True, ACCENT, spaceAfter=10)
        story.append(Paragraph(safe(room.name, lang), big))
        extra = [title] + ([_seats(room.capacity, lang)] if room.capacity else [])
        extra += [room.notes] if room.notes else []
        story.append(Paragraph(safe(" · ".join(x for x in extra if x), lang), detail))
        sessions = [(s, t) for s in board.slots for t in board.at((room.id, s.id))]
        for slot, t in sessions:
            story.append(Paragraph(safe(slot.label(forms_), lang), when))
            story.append(Paragraph(safe(t.title, lang), topic))
            if t.convener:
                story.append(Paragraph(safe(lab["by"].format(who=t.convener), lang), who))
        if not sessions:
            story += [Spacer(1, 12), Paragraph(lab["nothing"], who)]
    return story or [Paragraph(lab["nothing"], who)]


def _write(story: list[Flowable], out: Path, pagesize: tuple[float, float], title: str) -> Path:
    with atomic_path(Path(out)) as tmp:
        doc = SimpleDocTemplate(
            str(tmp),
            pagesize=pagesize,
            leftMargin=12 * mm,
            rightMargin=12 * mm,
            topMargin=12 * mm,
            bottomMargin=12 * mm,
            title=title,
            creator="Facilitateur",
        )
        doc.build(story)
    return Path(out)


def write_board(
    board: Board, out: Path, title: str, lang: Language = Language.FR, region: str = ""
) -> Path:
    """The A3 landscape grid, written atomically to `out`."""
    story = board_story(board, title, lang, region)
    return _write(story, out, landscape(A3), LABELS[lang]["board"])


def write_signs(
    board: Board, out: Path, title: str, lang: Language = Language.FR, region: str = ""
) -> Path:
    """The A4 signs, one page per room, written atomically to `out`."""
    return _write(signs_story(board, title, lang, region), out, A4, LABELS[lang]["room"])


SIGNS = {"fr": "-salles", "en": "-rooms"}


def signs_path(board_pdf: Path, lang: Language = Language.FR) -> Path:
    """Where the signs go beside the board: `<name>-salles.pdf` (`<name>-rooms.pdf`)."""
    return board_pdf.with_name(f"{board_pdf.stem}{SIGNS[lang]}{board_pdf.suffix or '.pdf'}")


def export_board(s: Session, out: Path, lang: Language = Language.FR, region: str = "") -> int:
    """The board of the event open in session `s` (A3) at `out` and its room signs (A4) beside
    it (`signs_path`); returns the number of signs. Times and dates take the forms of `lang`
    in the system's `region`."""
    board = read_board(s)
    event = queries.the_event(s)
    days = queries.days(s)
    title = event.title or ""
    if days and days[0].date:
        day = forms(lang, region).date(days[0].date)
        title = f"{title} — {day}" if title else day
    write_board(board, out, title, lang, region)
    write_signs(board, signs_path(out, lang), title, lang, region)
    return len(board.rooms)
