"""The Open Space in the synthesis: the board as it was, every workshop's report, and the
proposals ranked by the dots of the convergence."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether
from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitateur.export.pdf.bidi_paragraph import Para as Paragraph
from facilitateur.export.pdf.data import OpenSpace, Synthesis, Workshop
from facilitateur.export.pdf.labels import Wording
from facilitateur.export.pdf.style import styles
from facilitateur.export.pdf.tables import Cell
from facilitateur.export.pdf.tables import table as _table
from facilitateur.export.pdf.text import safe
from facilitateur.models.openspace.board import (
    Board,
    RoomView,
    SlotView,
    ranked_proposals,
    read_board,
)
from facilitateur.models.openspace.model import Proposal, ReportStatus, WorkshopReport
from facilitateur.models.text.language import Language

WORDS: dict[str, dict[str, str | tuple[str, str]]] = {
    "fr": {
        "title": "Forum ouvert",
        "board": "Le tableau des ateliers",
        "reports": "Les comptes rendus d’ateliers",
        "ranking": "Convergence : les propositions classées",
        "slot": "Créneau",
        "free": "—",
        "convener": "Animation",
        "note_taker": "Compte rendu",
        "participants": ("participant·e", "participant·e·s"),
        "participants_head": "Participant·e·s",
        "key_points": "Points clés",
        "proposals": "Propositions",
        "dots": ("gommette", "gommettes"),
        "missing": "Compte rendu non remis.",
        "rank": "Rang",
        "votes": "Gommettes",
        "proposal": "Proposition",
        "workshop": "Atelier",
        "no_proposal": "Aucune proposition dans les comptes rendus.",
        "steps": "Les suites à donner figurent dans le tableau des actions.",
        "draft": "Compte rendu en brouillon.",
    },
    "en": {
        "title": "Open Space",
        "board": "The workshop board",
        "reports": "The workshop reports",
        "ranking": "Convergence: the proposals ranked",
        "slot": "Slot",
        "free": "—",
        "convener": "Convener",
        "note_taker": "Report by",
        "participants": ("participant", "participants"),
        "participants_head": "Participants",
        "key_points": "Key points",
        "proposals": "Proposals",
        "dots": ("dot", "dots"),
        "missing": "No report handed in.",
        "rank": "Rank",
        "votes": "Dots",
        "proposal": "Proposal",
        "workshop": "Workshop",
        "no_proposal": "No proposal in the reports.",
        "steps": "The next steps are in the action table.",
        "draft": "Report in draft.",
    },
}


def gather_openspace(s: Session) -> OpenSpace | None:
    """The Open Space of the event, or None when it has none (no room and no topic)."""
    board = read_board(s)
    if not board.topics and not board.rooms:
        return None
    reports = {r.topic_id: r for r in s.scalars(select(WorkshopReport))}
    proposals: dict[uuid.UUID, list[tuple[str, int]]] = {}
    for p in s.scalars(select(Proposal).order_by(Proposal.position)):
        proposals.setdefault(p.report_id, []).append((p.text, p.votes))
    workshops: list[Workshop] = []
    for t, room, slot in board.sessions():
        w = Workshop(t.title, slot, room.name, t.convener, topic_id=t.id, description=t.description)
        if (r := reports.get(t.id)) is not None:
            w.convener = r.convener or t.convener
            w.note_taker, w.count, w.names = r.note_taker, r.participants_count, r.participant_names
            w.key_points, w.status = r.key_points, r.status
            w.proposals = proposals.get(r.id, [])
        workshops.append(w)
    return OpenSpace(board, workshops, ranked_proposals(s))


class _Words:
    """The section's words in the document's language (typeset, counted)."""

    def __init__(self, w: Wording) -> None:
        self.w, self.table = w, WORDS[w.lang]

    def __getitem__(self, key: str) -> str:
        word = self.table[key]
        assert isinstance(word, str), f"{key!r} is counted: see count()"
        return safe(word, self.w.lang)

    def count(self, n: int, key: str) -> str:
        pair = self.table[key]
        assert isinstance(pair, tuple), f"{key!r} is a counted word (singular, plural)"
        one, many = pair
        word = one if (n <= 1 if self.w.french else n == 1) else many
        return safe(f"{self.w.number(n)}\u00a0{word}", self.w.lang)


def slot_label(slot: SlotView, w: Wording) -> str:
    """A slot's hours in the document's one form (its day first, when the board has several)."""
    return slot.label(w.forms)


def _titles(b: Board, room: RoomView, slot: SlotView, lang: Language) -> str:
    return " / ".join(safe(t.title, lang) for t in b.at((room.id, slot.id)))


def _grid(b: Board, W: _Words, w: Wording) -> list[Flowable]:
    """Rooms across, slots down: the wall as it was."""
    texts = [[W["slot"], *[safe(r.name, w.lang) for r in b.rooms]]]
    for slot in b.slots:
        texts.append(
            [
                safe(slot_label(slot, w), w.lang),
                *[_titles(b, r, slot, w.lang) or W["free"] for r in b.rooms],
            ]
        )
    first = 2.9 * cm
    width = (17 * cm - first) / len(b.rooms)
    rows: Sequence[Sequence[Cell]] = texts
    if width < 3 * cm:  # narrow columns: a smaller type, so that long words are not cut
        st = styles()
        rows = [
            [Paragraph(c, st["cellsmallb" if i == 0 else "cellsmall"]) for c in row]
            for i, row in enumerate(texts)
        ]
    return [_table(rows, [first] + [width] * len(b.rooms))]


def _by_slot(b: Board, W: _Words, w: Wording) -> list[Flowable]:
    """Too many rooms for a page's width: one short table per slot, room by room."""
    out: list[Flowable] = []
    for slot in b.slots:
        rows = [[safe(slot_label(slot, w), w.lang), ""]]
        rows += [
            [safe(r.name, w.lang), titles]
            for r in b.rooms
            if (titles := _titles(b, r, slot, w.lang))
        ]
        if len(rows) > 1:
            out.append(_table(rows, [5 * cm, 12 * cm]))
    return out


def openspace(d: Synthesis, w: Wording) -> list[Flowable]:
    """The section; nothing when the event had no Open Space."""
    from facilitateur.export.pdf.blocks_section import notes_flowables

    o: OpenSpace | None = d.openspace
    if o is None:
        return []
    st, W, lang = styles(), _Words(w), w.lang
    out: list[Flowable] = [Paragraph(W["title"], st["h1"])]
    b = o.board
    if b.rooms and b.slots:
        out.append(Paragraph(W["board"], st["h2"]))
        out += _grid(b, W, w) if len(b.rooms) <= 6 else _by_slot(b, W, w)
    if o.workshops:
        out.append(Paragraph(W["reports"], st["h2"]))
    for x in o.workshops:
        where = f"{slot_label(x.slot, w)} · {x.room}"
        block: list[Flowable] = [
            Paragraph(safe(x.title, lang), st["h3"]),
            Paragraph(safe(where, lang), st["small"]),
        ]
        people = [w.field(W["convener"], safe(x.convener, lang)) if x.convener else ""]
        if x.note_taker:
            people.append(w.field(W["note_taker"], safe(x.note_taker, lang)))
        if x.count or x.names:
            count = W.count(x.count, "participants") if x.count else W["participants_head"]
            names = f" ({safe(x.names, lang)})" if x.names else ""
            people.append(count + names)
        if any(people):
            block.append(Paragraph(" · ".join(p for p in people if p), st["body"]))
        if x.description:
            block.append(Paragraph(safe(x.description, lang), st["description"]))
        points = [p.strip(" -•\t") for p in x.key_points.splitlines() if p.strip()]
        if not points and not x.proposals:
            block.append(Paragraph(f"<i>{W['missing']}</i>", st["body"]))
        elif x.status == ReportStatus.DRAFT:
            block.append(Paragraph(f"<i>{W['draft']}</i>", st["small"]))
        for p in points:
            block.append(Paragraph(safe(p, lang), st["bullet"], bulletText="•"))
        if x.proposals:
            block.append(Paragraph(f"<b>{W['proposals']}</b>", st["body"]))
            for text, votes in x.proposals:
                dots = f" — {W.count(votes, 'dots')}" if votes else ""
                block.append(Paragraph(safe(text, lang) + dots, st["bullet"], bulletText="→"))
        if x.topic_id is not None:
            block += notes_flowables(d.notes_of_topic(x.topic_id), w)
        out.append(KeepTogether(block[:4]))
        out += block[4:]
    if o.workshops:
        out.append(Paragraph(W["steps"], st["small"]))
    out.append(Paragraph(W["ranking"], st["h2"]))
    if o.ranking:
        rows = [[W["rank"], W["votes"], W["proposal"], W["workshop"]]]
        rows += [
            # No dots, no rank: a tie of every proposal nobody chose says nothing.
            [
                w.number(p.rank) if p.votes else "—",
                w.number(p.votes),
                safe(p.text, lang),
                safe(p.workshop, lang),
            ]
            for p in o.ranking
        ]
        out.append(_table(rows, [1.4 * cm, 2.4 * cm, 8 * cm, 5.2 * cm]))
    else:
        out.append(Paragraph(W["no_proposal"], st["body"]))
    return out
