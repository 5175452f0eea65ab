"""The sections of the synthesis, each a list of flowables."""

from __future__ import annotations

from datetime import timedelta
from functools import cache
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Image,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tables import CellStyle

from facilitateur.export.pdf.bidi_paragraph import Para as Paragraph
from facilitateur.export.pdf.contents import entries_flowables
from facilitateur.export.pdf.data import Synthesis, overrun
from facilitateur.export.pdf.labels import LABELS, clock, long_date, minutes
from facilitateur.export.pdf.style import ACCENT, EARLY, GREY, LATE, LIGHT, fonts, styles
from facilitateur.export.pdf.text import RTL, rich, safe, visual
from facilitateur.models.speaking_stats import per_category, per_person

KIND_ORDER = (
    ("decision", "decisions"),
    ("action", "actions_group"),
    ("idea", "ideas"),
    ("quote", "quotes"),
    ("question", "questions"),
    ("note", "notes"),
)


_PADDING = 12  # a cell's left and right padding together


def _cell(text: str, style, width: float):
    """A cell's content: the markup as a paragraph when it needs one (markup, or too wide for
    one line), else the plain string, which the table draws much faster in the same font."""
    plain = not any(c in text for c in "<&\n") and not RTL.search(text)
    if plain and stringWidth(text, style.fontName, style.fontSize) <= width - _PADDING:
        return text
    return Paragraph(text, style)


@cache
def _cell_style(name: str) -> CellStyle:
    """The table cell style matching a paragraph style, shared by every cell that uses it
    (reportlab would otherwise set font, alignment and padding cell by cell)."""
    para = styles()[name]
    cs = CellStyle(name)
    cs.fontname, cs.fontsize, cs.leading, cs.valign = (
        para.fontName,
        para.fontSize,
        para.leading,
        "TOP",
    )
    return cs


def _table(
    rows: list[list],
    widths: list[float],
    header: bool = True,
    bold_first: bool = False,
    colours: dict[tuple[int, int], colors.Color] | None = None,
) -> Table:
    """A table of paragraph markup (or flowables); `colours` colours the text of (column,
    row) cells."""
    cells, looks = [], []
    for i, row in enumerate(rows):
        names = [
            "cellb" if (header and i == 0) or (bold_first and j == 0) else "cell"
            for j in range(len(row))
        ]
        cells.append(
            [
                _cell(c, styles()[n], w) if isinstance(c, str) else c
                for c, w, n in zip(row, widths, names, strict=True)
            ]
        )
        looks.append([_cell_style(n) for n in names])
    for (j, i), colour in (colours or {}).items():
        looks[i][j] = looks[i][j].copy()
        looks[i][j].color = colour
    table = Table(cells, colWidths=widths, repeatRows=1 if header else 0, cellStyles=looks)
    commands = [("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d1d5db"))]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT))
    table.setStyle(TableStyle(commands))
    return table


def cover(d: Synthesis, lang: str) -> list:
    st, L = styles(), LABELS[lang]
    dates = " – ".join(
        long_date(x, lang) for x in (d.dates[:1] + d.dates[-1:] if len(d.dates) > 1 else d.dates)
    )
    out = [Spacer(1, 5 * cm if d.logo is None else 2 * cm)]
    if d.logo is not None:
        out += [cover_logo(d.logo), Spacer(1, 1.2 * cm)]
    out += [
        Paragraph(safe(d.title) or L["synthesis"], st["cover"]),
        Paragraph(L["synthesis"], st["coversub"]),
    ]
    for text in (dates, d.venue, d.organiser):
        if text:
            out.append(Paragraph(safe(text), st["coversub"]))
    if d.authors:
        out += [
            Spacer(1, 2 * cm),
            Paragraph(
                f"{L['authors']} : " if lang == "fr" else f"{L['authors']}: ", st["coversub"]
            ),
            Paragraph(safe(", ".join(d.authors)), st["coversub"]),
        ]
    return [*out, PageBreak()]


LOGO_MAX = (7 * cm, 3.5 * cm)


def logo_size(path: Path) -> tuple[float, float]:
    """The logo's drawn size (within 7 × 3.5 cm, proportions kept); ValueError, saying why,
    for a file that is not a PNG or JPEG image."""
    from reportlab.lib.utils import ImageReader

    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception:  # reportlab and Pillow raise many kinds, with long technical texts
        raise ValueError(f"{path}: not an image that can go in a PDF (PNG or JPEG)") from None
    if width <= 0 or height <= 0:
        raise ValueError(f"{path}: an image without size")
    scale = min(LOGO_MAX[0] / width, LOGO_MAX[1] / height)
    return width * scale, height * scale


def cover_logo(path: Path) -> Image:
    width, height = logo_size(path)
    return Image(str(path), width=width, height=height, hAlign="CENTER")


def contents(entries: list[tuple[int, str, str]], lang: str) -> list:
    """The contents' page: its title, then one line per heading (see contents.py)."""
    title = Paragraph(LABELS[lang]["contents"], styles()["h1plain"])
    return [title, *entries_flowables(entries), PageBreak()]


def figures(d: Synthesis, lang: str) -> list:
    st, L = styles(), LABELS[lang]
    blocks = d.blocks
    planned = [b for b in blocks if b.planned_start]
    ran = [b for b in blocks if b.actual_start]
    late = overrun(blocks)
    notes = d.notes
    rows = [
        [
            L["start_day"],
            f"{L['planned']} {clock(planned[0].planned_start, lang) if planned else '—'} · {L['actual']} {clock(_local(ran[0].actual_start, d), lang) if ran else '—'}",
        ],
        [
            L["end_day"],
            f"{L['planned']} {clock(planned[-1].planned_end, lang) if planned else '—'} · {L['actual']} {clock(_local(ran[-1].actual_end, d), lang) if ran and ran[-1].actual_end else '—'}",
        ],
        [L["overrun"], _signed(late) if late is not None else "—"],
        [L["n_blocks"], str(len(blocks))],
        [L["n_speakers"], str(len({t.person_id for t in d.turns}))],
        [L["n_turns"], str(len(d.turns))],
        [L["n_notes"], str(len(notes))],
        [L["n_decisions"], str(sum(n.kind == "decision" for n in notes))],
        [L["n_actions"], str(sum(n.kind == "action" for n in notes))],
        [L["n_workshops"], str(d.workshops)],
    ]
    return [
        Paragraph(L["figures"], st["h1"]),
        _table(rows, [6 * cm, 10 * cm], header=False),
        PageBreak(),
    ]


def _local(t, d: Synthesis):
    return t.astimezone(d.tz) if t else None


def _signed(delta: timedelta) -> str:
    seconds = delta.total_seconds()
    return ("+" if seconds > 0 else "−" if seconds < 0 else "") + minutes(abs(seconds))


def programme(d: Synthesis, lang: str) -> list:
    st, L = styles(), LABELS[lang]
    out = [Paragraph(L["programme"], st["h1"])]
    for label, blocks in d.days:
        if len(d.days) > 1:
            out.append(Paragraph(safe(label), st["h2"]))
        rows = [[L["block"], L["planned"], L["actual"], L["difference"]]]
        colour = []
        for i, b in enumerate(blocks, start=1):
            planned = f"{clock(b.planned_start, lang)} – {clock(b.planned_end, lang)}"
            actual = (
                f"{clock(_local(b.actual_start, d), lang)} – {clock(_local(b.actual_end, d), lang)}"
                if b.actual_start
                else L["not_run"]
            )
            diff = ""
            if b.actual_start and b.planned_start:
                delta = b.actual_start - b.planned_start
                diff = _signed(delta) if abs(delta) >= timedelta(minutes=1) else "="
                colour.append(
                    (
                        i,
                        LATE
                        if delta > timedelta(minutes=1)
                        else EARLY
                        if delta < -timedelta(minutes=1)
                        else GREY,
                    )
                )
            rows.append([safe(b.title), planned, actual, diff])
        table = _table(
            rows, [7.5 * cm, 3.2 * cm, 3.2 * cm, 2.3 * cm], colours={(3, i): c for i, c in colour}
        )
        out += [table, Spacer(1, 8), timeline(blocks, d, lang)]
    return [*out, PageBreak()]


def timeline(blocks, d: Synthesis, lang: str) -> Drawing:
    """One line per block: the planned time as a grey bar, the actual time as a coloured one."""
    regular, _bold = fonts()
    width, row = 16 * cm, 14
    times = [
        t
        for b in blocks
        for t in (b.planned_start, b.planned_end, b.actual_start, b.actual_end)
        if t
    ]
    drawing = Drawing(width, row * (len(blocks) + 2))
    if not times:
        return drawing
    lo, hi = min(times), max(times)
    span = max((hi - lo).total_seconds(), 60)
    left = 5.5 * cm

    def x(t) -> float:
        return left + (t - lo).total_seconds() / span * (width - left - 4)

    top = row * (len(blocks) + 1)
    drawing.add(
        String(0, top + 2, LABELS[lang]["timeline"], fontName=regular, fontSize=7, fillColor=GREY)
    )
    for i, b in enumerate(blocks):
        y = top - row * (i + 1)
        drawing.add(
            String(
                0,
                y + 3,
                visual((b.title[:34] + "…") if len(b.title) > 35 else b.title),
                fontName=regular,
                fontSize=7,
            )
        )
        if b.planned_start and b.planned_end:
            drawing.add(
                Rect(
                    x(b.planned_start),
                    y + 6,
                    max(x(b.planned_end) - x(b.planned_start), 1),
                    5,
                    fillColor=colors.HexColor("#cbd5e1"),
                    strokeColor=None,
                )
            )
        if b.actual_start:
            end = b.actual_end or b.actual_start
            drawing.add(
                Rect(
                    x(b.actual_start),
                    y + 1,
                    max(x(end) - x(b.actual_start), 1),
                    5,
                    fillColor=ACCENT,
                    strokeColor=None,
                )
            )
    drawing.add(Line(left, row * 0.5, width - 4, row * 0.5, strokeColor=GREY, strokeWidth=0.3))
    for t in (lo, hi):
        drawing.add(
            String(
                x(t) - 8,
                0,
                clock(t.astimezone(d.tz), lang),
                fontName=regular,
                fontSize=6.5,
                fillColor=GREY,
            )
        )
    return drawing


def blocks(d: Synthesis, lang: str) -> list:
    st, L = styles(), LABELS[lang]
    out = [Paragraph(L["blocks"], st["h1"])]
    by_block: dict = {}
    for n in d.notes:
        by_block.setdefault(n.place.split(" › ")[0] if n.place else "", []).append(n)
    spoken: dict[str, list] = {}
    for t in d.turns:
        spoken.setdefault(t.block, []).append(t)
    for b in d.blocks:
        part = [Paragraph(safe(b.title), st["h2"])]
        when = f"{clock(b.planned_start, lang)} – {clock(b.planned_end, lang)}"
        part.append(
            Paragraph(
                safe(when + (" · " + " · ".join(b.segments) if b.segments else "")), st["small"]
            )
        )
        speaking = [t for name in (b.title, *b.segments) for t in spoken.get(name, [])]
        if speaking:
            rows = [[L["speakers"], L["role"], L["time"], L["allotted"]]]
            rows += [
                [
                    safe(t.person),
                    safe(t.role),
                    minutes(t.duration.total_seconds()),
                    minutes(t.allotted.total_seconds()),
                ]
                for t in speaking
            ]
            part.append(_table(rows, [5 * cm, 6 * cm, 2.5 * cm, 2.5 * cm], bold_first=True))
        notes = by_block.get(b.title, [])
        for kind, key in KIND_ORDER:
            items = [n for n in notes if n.kind == kind]
            if not items:
                continue
            part.append(Paragraph(L[key], st["h3"]))
            for n in items:
                extra = ""
                if kind == "quote" and n.speaker:
                    extra = f" — <i>{safe(n.speaker)}</i>"
                if kind == "action":
                    who = " · ".join(
                        x for x in (safe(n.owner), n.due.strftime("%d/%m/%Y") if n.due else "") if x
                    )
                    extra = f" <font color='#6b7280'>({who})</font>" if who else ""
                lines = rich(n.text) or [("", False)]
                for j, (markup, item) in enumerate(lines):
                    text = (
                        "« " + markup + " »" if kind == "quote" and lang == "fr" else markup
                    ) + (extra if j == len(lines) - 1 else "")
                    part.append(
                        Paragraph(text, st["bullet"], bulletText="•" if j == 0 or item else None)
                    )
        # A block starts on a new page when less than its heading and first lines would fit
        # (cheaper than keeping its heading with a whole table of speakers, measured twice).
        out += [CondPageBreak(4.5 * cm), *part]
    return [*out, PageBreak()]


def actions(d: Synthesis, lang: str) -> list:
    st, L = styles(), LABELS[lang]
    items = [n for n in d.notes if n.kind == "action"]
    rows = [[L["what"], L["who"], L["by"], L["status"], L["from"]]]
    rows += [
        [
            " ".join(m for m, _ in rich(n.text)),
            safe(n.owner),
            n.due.strftime("%d/%m/%Y") if n.due else "",
            L["done"] if n.status == "done" else L["open"],
            safe(n.place),
        ]
        for n in items
    ]
    body = (
        _table(rows, [6.5 * cm, 2.8 * cm, 2.2 * cm, 1.6 * cm, 3.9 * cm])
        if items
        else Paragraph(L["none"], st["body"])
    )
    return [Paragraph(L["actions"], st["h1"]), body, PageBreak()]


def speaking(d: Synthesis, lang: str) -> list:
    st, L = styles(), LABELS[lang]
    out = [Paragraph(L["speaking"], st["h1"])]
    if not d.turns:
        return [*out, Paragraph(L["none"], st["body"]), PageBreak()]
    rows = [[L["person"], L["category"], L["time"], L["turns"]]]
    rows += [
        [safe(p.name), safe(p.category), minutes(p.total.total_seconds()), str(p.turns)]
        for p in per_person(d.turns)
    ]
    out += [_table(rows, [7 * cm, 4.5 * cm, 2.5 * cm, 2 * cm]), Spacer(1, 12)]
    cats = per_category(d.turns)
    rows = [[L["category"], L["time"], L["turns"], L["share"]]]
    rows += [
        [
            safe(c.category) or L["no_category"],
            minutes(c.total.total_seconds()),
            str(c.turns),
            f"{c.time_share * 100:.0f} %",
        ]
        for c in cats
    ]
    out += [_table(rows, [7 * cm, 3 * cm, 3 * cm, 3 * cm]), Spacer(1, 8), share_chart(cats, lang)]
    return [*out, PageBreak()]


def share_chart(cats, lang: str) -> Drawing:
    regular, _bold = fonts()
    row, width, left = 16, 16 * cm, 5 * cm
    drawing = Drawing(width, row * len(cats) + 4)
    for i, c in enumerate(cats):
        y = row * (len(cats) - 1 - i) + 2
        name = c.category or LABELS[lang]["no_category"]
        drawing.add(String(0, y + 3, name[:28], fontName=regular, fontSize=8))
        drawing.add(
            Rect(
                left,
                y + 1,
                (width - left - 40) * c.time_share,
                10,
                fillColor=ACCENT,
                strokeColor=None,
            )
        )
        drawing.add(
            String(
                left + (width - left - 40) * c.time_share + 4,
                y + 3,
                f"{c.time_share * 100:.0f} %",
                fontName=regular,
                fontSize=8,
            )
        )
    return drawing


def closing(d: Synthesis, lang: str) -> list:
    st, L = styles(), LABELS[lang]
    ended = [b.actual_end for b in d.blocks if b.actual_end]
    out = [Paragraph(L["closing"], st["h1"])]
    if ended:
        out.append(
            Paragraph(
                L["closed_at"].format(time=clock(max(ended).astimezone(d.tz), lang)), st["body"]
            )
        )
    if d.authors:
        out.append(
            Paragraph(L["written_by"].format(authors=safe(", ".join(d.authors))), st["body"])
        )
    return out
