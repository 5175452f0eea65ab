"""The blocks one by one: when they ran, what they were about, who spoke (planned and from
the floor, with their role, organisation, category and topic, and time beyond the allotted
time), and the notes grouped as decisions, actions, ideas, quotes, questions; each segment a
sub-section with its own speakers and notes. Also the notes on the day as a whole."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable

from facilitateur.export.pdf.bidi_paragraph import Para as Paragraph
from facilitateur.export.pdf.data import BlockRun, Segment, SpeakerLine, Synthesis
from facilitateur.export.pdf.labels import Wording
from facilitateur.export.pdf.markdown import NotePart, note_parts
from facilitateur.export.pdf.style import LATE, styles
from facilitateur.export.pdf.tables import table
from facilitateur.export.pdf.text import safe
from facilitateur.export.pdf.typography import quoted
from facilitateur.models.notes.model import NoteKind
from facilitateur.models.notes.query import NoteRow

KIND_ORDER = (
    (NoteKind.DECISION, "decisions"),
    (NoteKind.ACTION, "actions_group"),
    (NoteKind.IDEA, "ideas"),
    (NoteKind.QUOTE, "quotes"),
    (NoteKind.QUESTION, "questions"),
    (NoteKind.NOTE, "notes"),
)
SPEECH_MARKS = {
    "question": "question_mark",
    "reply": "reply_mark",
    "point_of_order": "point_of_order_mark",
}


def blocks(d: Synthesis, w: Wording) -> list[Flowable]:
    """The section: every block of every day, in order."""
    st = styles()
    out: list[Flowable] = [Paragraph(w["blocks" if d.ran else "blocks_planned"], st["h1"])]
    several_days = len(d.days) > 1
    for label, runs in d.days:
        if several_days and runs:
            out.append(Paragraph(safe(w.day_name(label), w.lang), st["dayhead"]))
        section = ""
        for b in runs:
            part: list[Flowable] = []
            if b.section and b.section != section:
                part.append(Paragraph(safe(b.section, w.lang), st["kicker"]))
            section = b.section or section
            part += _block(d, b, w)
            # A block starts on a new page when less than its heading and first lines would fit
            # (cheaper than keeping its heading with a whole table of speakers, measured twice).
            out += [CondPageBreak(4.5 * cm), *part]
    rest = d.day_notes()
    if rest:
        out += [
            CondPageBreak(4.5 * cm),
            Paragraph(w["day_notes"], st["h2"]),
            *notes_flowables(rest, w),
        ]
    return out


def _block(d: Synthesis, b: BlockRun, w: Wording) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Paragraph(safe(b.title, w.lang), st["h2"])]
    when = w.hours(b.planned_start, b.planned_end)
    if d.ran:
        # A block taken up again later: each time it ran ("9:00–9:05 and 9:15–9:19").
        actual = (
            w.join(
                w.hours(start.astimezone(d.tz), _local(end, d))
                for start, end in (b.intervals or [(b.actual_start, b.actual_end)])
            )
            if b.actual_start
            else w["not_run"]
        )
        when = f"{w['planned']} {when} · {w['actual']} {actual}"
    out.append(Paragraph(safe(when, w.lang), st["small"]))
    if b.description:
        out += _described(b.description, w)
    out += speakers_flowables(d.speakers.get(b.id, []), d.ran, w)
    out += notes_flowables(d.notes_of(b.id), w)
    for segment in b.segments:
        out += _segment(d, segment, w)
    return out


def _segment(d: Synthesis, s: Segment, w: Wording) -> list[Flowable]:
    st = styles()
    # Not kept with what follows (a heading kept with a whole table of speakers pushed both to
    # the next page, leaving half of this one empty): a new page only when less than its title
    # and a few lines would fit.
    out: list[Flowable] = [CondPageBreak(3 * cm), Paragraph(safe(s.title, w.lang), st["segment"])]
    if s.planned_start:
        out.append(Paragraph(safe(w.hours(s.planned_start, s.planned_end), w.lang), st["small"]))
    if s.description:
        out += _described(s.description, w)
    out += speakers_flowables(d.speakers.get(s.id, []), d.ran, w)
    out += notes_flowables(d.notes_of(s.id), w)
    return out


def _described(text: str, w: Wording) -> list[Flowable]:
    return [Paragraph(p.markup, styles()["description"]) for p in note_parts(text, w.lang)]


def _local(t: datetime | None, d: Synthesis) -> datetime | None:
    return t.astimezone(d.tz) if t else None


def speaker_who(p: SpeakerLine, w: Wording) -> str:
    """The speaker's name, and why they had the floor when not for an intervention."""
    mark = SPEECH_MARKS.get(p.speech_type)
    return f"{p.name} ({w[mark]})" if mark else p.name


def speaker_what(p: SpeakerLine, w: Wording) -> str:
    """Role, organisation and category, then the topic they were to speak about."""
    about = ", ".join(x for x in (p.role, p.organisation) if x)
    if p.category:
        about = f"{about} ({p.category})" if about else p.category
    if p.topic:
        about = w.field(f"{about} — {w['topic']}" if about else w["topic"], p.topic)
    return about


def speakers_flowables(people: list[SpeakerLine], ran: bool, w: Wording) -> list[Flowable]:
    """A list of speakers as a table: who, role and organisation (category, topic), and once
    the day has run, the time spoken, allotted and beyond."""
    if not people:
        return []
    lang = w.lang
    if not ran:
        rows = [[w["speaker"], w["role"], w["allotted"]]]
        rows += [
            [
                safe(speaker_who(p, w), lang),
                safe(speaker_what(p, w), lang),
                w.duration(p.allotted.total_seconds(), precise=True),
            ]
            for p in people
        ]
        return [table(rows, [4.6 * cm, 10.0 * cm, 2.4 * cm], bold_first=True)]
    rows = [[w["speaker"], w["role"], w["time"], w["allotted"], w["overrun"]]]
    colours = {}
    for i, p in enumerate(people, start=1):
        over = ""
        if p.spoke and p.over.total_seconds() >= 1:
            over = "+" + w.duration(p.over.total_seconds(), precise=True)
            colours[(4, i)] = LATE
        rows.append(
            [
                safe(speaker_who(p, w), lang),
                safe(speaker_what(p, w), lang),
                w.duration(p.duration.total_seconds(), precise=True)
                if p.spoke
                else safe(w["not_spoken"], lang),
                w.duration(p.allotted.total_seconds(), precise=True),
                over,
            ]
        )
    widths = [4.0 * cm, 6.3 * cm, 2.3 * cm, 2.1 * cm, 2.3 * cm]
    return [table(rows, widths, bold_first=True, colours=colours)]


def notes_flowables(notes: list[NoteRow], w: Wording) -> list[Flowable]:
    """Notes grouped by kind (decisions first), each in its Markdown: paragraphs, lists,
    emphasis; a quote in the language's marks (not twice), an action with who and by when."""
    st = styles()
    out: list[Flowable] = []
    lang = w.lang
    for kind, key in KIND_ORDER:
        items = [n for n in notes if n.kind == kind]
        if not items:
            continue
        out.append(Paragraph(w[key], st["h3"]))
        for n in items:
            extra = ""
            if kind == NoteKind.QUOTE and n.speaker:
                extra = f" — {safe(n.speaker, lang)}"
            if kind == NoteKind.ACTION:
                who = " · ".join(x for x in (safe(n.owner, lang), w.date(n.due)) if x)
                extra = f" ({who})" if who else ""
            text = quoted(n.text, lang) if kind == NoteKind.QUOTE else n.text
            parts = note_parts(text, lang) or [NotePart("")]
            # The note's bullet on its first paragraph; a note that is a list shows its
            # items' bullets at the note's level, nested items further in.
            shift = 1 if parts[0].bullet else 0
            for j, part in enumerate(parts):
                body = part.markup + (extra if j == len(parts) - 1 else "")
                level = min(max(part.level - shift, 0), 4)
                bullet = part.bullet or ("•" if j == 0 else None)
                out.append(Paragraph(body, st[f"bullet{level}"], bulletText=bullet))
    return out
