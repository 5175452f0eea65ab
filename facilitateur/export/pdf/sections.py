"""The sections of the synthesis, each a list of flowables."""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    PageBreak,
    Spacer,
)

from facilitateur.export.pdf.bidi_paragraph import Para as Paragraph
from facilitateur.export.pdf.charts import share_chart, timeline
from facilitateur.export.pdf.contents import entries_flowables
from facilitateur.export.pdf.data import Synthesis, overrun
from facilitateur.export.pdf.labels import LABELS, clock, minutes
from facilitateur.export.pdf.style import EARLY, GREY, LATE, styles
from facilitateur.export.pdf.tables import table
from facilitateur.export.pdf.text import rich, safe
from facilitateur.models.speaking_stats import per_category, per_person

KIND_ORDER = (
    ("decision", "decisions"),
    ("action", "actions_group"),
    ("idea", "ideas"),
    ("quote", "quotes"),
    ("question", "questions"),
    ("note", "notes"),
)


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
        _end_of_day(late, L),
        [L["n_blocks"], str(len(blocks))],
        [L["n_speakers"], str(len({t.person_id for t in d.turns}))],
        [L["n_turns"], str(len(d.turns))],
        [L["n_notes"], str(len(notes))],
        [L["n_decisions"], str(sum(n.kind == "decision" for n in notes))],
        [L["n_actions"], str(sum(n.kind == "action" for n in notes))],
    ]
    o = d.openspace
    if o is not None and o.workshops:
        done = sum(w.status == "done" for w in o.workshops)
        drafts = sum(w.status == "draft" for w in o.workshops)
        reports = L["reports_of"].format(done=done, total=len(o.workshops))
        if drafts:
            reports += " · " + L["drafts"].format(n=drafts)
        rows += [[L["n_workshops"], str(len(o.workshops))], [L["n_reports"], reports]]
    return [
        Paragraph(L["figures"], st["h1"]),
        table(rows, [6 * cm, 10 * cm], header=False),
        PageBreak(),
    ]


def _local(t, d: Synthesis):
    return t.astimezone(d.tz) if t else None


def _end_of_day(late: timedelta | None, L: dict) -> list[str]:
    """How late (or early) the day ended, said as such: "−6 h 06" under "overrun" read
    as an overrun."""
    if late is None:
        return [L["end_gap"], "—"]
    seconds = late.total_seconds()
    if abs(seconds) < 30:
        return [L["end_gap"], L["on_time"]]
    return [L["late_end"] if seconds > 0 else L["early_end"], minutes(abs(seconds))]


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
            # A block taken up again later shows each time it ran, one line each.
            actual = (
                "<br/>".join(
                    f"{clock(_local(start, d), lang)} – {clock(_local(end, d), lang)}"
                    for start, end in (b.intervals or [(b.actual_start, b.actual_end)])
                )
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
        grid = table(
            rows, [7.5 * cm, 3.2 * cm, 3.2 * cm, 2.3 * cm], colours={(3, i): c for i, c in colour}
        )
        out += [grid, Spacer(1, 8), timeline(blocks, d, lang)]
    return [*out, PageBreak()]


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
            part.append(table(rows, [5 * cm, 6 * cm, 2.5 * cm, 2.5 * cm], bold_first=True))
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
        table(rows, [6.5 * cm, 2.8 * cm, 2.2 * cm, 1.6 * cm, 3.9 * cm])
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
    out += [table(rows, [7 * cm, 4.5 * cm, 2.5 * cm, 2 * cm]), Spacer(1, 12)]
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
    out += [table(rows, [7 * cm, 3 * cm, 3 * cm, 3 * cm]), Spacer(1, 8), share_chart(cats, lang)]
    return [*out, PageBreak()]


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
