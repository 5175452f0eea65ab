"""The Open Space in the synthesis: the board as it was, every workshop's report, and the
proposals ranked by the dots of the convergence."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, PageBreak
from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitateur.export.pdf.bidi_paragraph import Para as Paragraph
from facilitateur.export.pdf.style import styles
from facilitateur.export.pdf.tables import table as _table
from facilitateur.export.pdf.text import safe
from facilitateur.models.board import Board, RankedProposal, ranked_proposals, read_board
from facilitateur.models.openspace import Proposal, WorkshopReport

WORDS = {
    "fr": {
        "title": "Forum ouvert",
        "board": "Le tableau des ateliers",
        "reports": "Les comptes rendus d’ateliers",
        "ranking": "Convergence : les propositions classées",
        "slot": "Créneau",
        "free": "—",
        "where": "{slot} · {room}",
        "convener": "Animation",
        "note_taker": "Compte rendu",
        "participants": "Participant·e·s",
        "key_points": "Points clés",
        "proposals": "Propositions",
        "dots": "gommettes",
        "missing": "Compte rendu non remis.",
        "rank": "Rang",
        "votes": "Gommettes",
        "proposal": "Proposition",
        "workshop": "Atelier",
        "no_proposal": "Aucune proposition dans les comptes rendus.",
        "steps": "Les suites à donner figurent dans le tableau des actions.",
    },
    "en": {
        "title": "Open Space",
        "board": "The workshop board",
        "reports": "The workshop reports",
        "ranking": "Convergence: the proposals ranked",
        "slot": "Slot",
        "free": "—",
        "where": "{slot} · {room}",
        "convener": "Convener",
        "note_taker": "Report by",
        "participants": "Participants",
        "key_points": "Key points",
        "proposals": "Proposals",
        "dots": "dots",
        "missing": "No report handed in.",
        "rank": "Rank",
        "votes": "Dots",
        "proposal": "Proposal",
        "workshop": "Workshop",
        "no_proposal": "No proposal in the reports.",
        "steps": "The next steps are in the action table.",
    },
}


@dataclass
class Workshop:
    title: str
    where: str
    convener: str
    note_taker: str = ""
    count: int | None = None
    names: str = ""
    key_points: str = ""
    status: str = "missing"
    proposals: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class OpenSpace:
    board: Board
    workshops: list[Workshop]
    ranking: list[RankedProposal]


def gather_openspace(s: Session) -> OpenSpace | None:
    """The Open Space of the event, or None when it has none (no room and no topic)."""
    board = read_board(s)
    if not board.topics and not board.rooms:
        return None
    reports = {r.topic_id: r for r in s.scalars(select(WorkshopReport))}
    proposals: dict = {}
    for p in s.scalars(select(Proposal).order_by(Proposal.position)):
        proposals.setdefault(p.report_id, []).append((p.text, p.votes))
    workshops = []
    for t, room, slot in board.sessions():
        w = Workshop(t.title, f"{slot.label} · {room.name}", t.convener)
        if (r := reports.get(t.id)) is not None:
            w.convener = r.convener or t.convener
            w.note_taker, w.count, w.names = r.note_taker, r.participants_count, r.participant_names
            w.key_points, w.status = r.key_points, r.status
            w.proposals = proposals.get(r.id, [])
        workshops.append(w)
    return OpenSpace(board, workshops, ranked_proposals(s))


def _titles(b: Board, room, slot) -> str:
    return " / ".join(safe(t.title) for t in b.at((room.id, slot.id)))


def _grid(b: Board, W: dict) -> list:
    """Rooms across, slots down: the wall as it was."""
    rows = [[W["slot"], *[safe(r.name) for r in b.rooms]]]
    for slot in b.slots:
        rows.append([slot.label, *[_titles(b, r, slot) or W["free"] for r in b.rooms]])
    width = (17 * cm - 2.6 * cm) / len(b.rooms)
    if width < 3 * cm:  # narrow columns: a smaller type, so that long words are not cut
        st = styles()
        rows = [
            [Paragraph(c, st["cellsmallb" if i == 0 else "cellsmall"]) for c in row]
            for i, row in enumerate(rows)
        ]
    return [_table(rows, [2.6 * cm] + [width] * len(b.rooms))]


def _by_slot(b: Board, W: dict) -> list:
    """Too many rooms for a page's width: one short table per slot, room by room."""
    out = []
    for slot in b.slots:
        rows = [[slot.label, ""]]
        rows += [[safe(r.name), titles] for r in b.rooms if (titles := _titles(b, r, slot))]
        out.append(_table(rows, [5 * cm, 12 * cm]))
    return out


def openspace(d, lang: str) -> list:
    """The section; nothing when the event had no Open Space."""
    o: OpenSpace | None = d.openspace
    if o is None:
        return []
    st, W = styles(), WORDS[lang]
    out: list = [Paragraph(W["title"], st["h1"])]
    b = o.board
    if b.rooms and b.slots:
        out.append(Paragraph(W["board"], st["h2"]))
        out += _grid(b, W) if len(b.rooms) <= 6 else _by_slot(b, W)
    out.append(Paragraph(W["reports"], st["h2"]))
    for w in o.workshops:
        block = [Paragraph(safe(w.title), st["h3"]), Paragraph(safe(w.where), st["small"])]
        people = [f"{W['convener']} : {safe(w.convener)}" if w.convener else ""]
        if w.note_taker:
            people.append(f"{W['note_taker']} : {safe(w.note_taker)}")
        if w.count or w.names:
            count = f"{w.count} " if w.count else ""
            names = f"({safe(w.names)})" if w.names else ""
            people.append(f"{W['participants']} : {count}{names}")
        if lang == "en":
            people = [p.replace(" : ", ": ") for p in people]
        block.append(Paragraph(" · ".join(p for p in people if p), st["body"]))
        points = [p.strip(" -•\t") for p in w.key_points.splitlines() if p.strip()]
        if not points and not w.proposals:
            block.append(Paragraph(f"<i>{W['missing']}</i>", st["body"]))
        for p in points:
            block.append(Paragraph(safe(p), st["bullet"], bulletText="•"))
        if w.proposals:
            block.append(Paragraph(f"<b>{W['proposals']}</b>", st["body"]))
            for text, votes in w.proposals:
                dots = f" — {votes} {W['dots']}" if votes else ""
                block.append(Paragraph(safe(text) + dots, st["bullet"], bulletText="→"))
        out.append(KeepTogether(block[:4]))
        out += block[4:]
    out.append(Paragraph(W["ranking"], st["h2"]))
    if o.ranking:
        rows = [[W["rank"], W["votes"], W["proposal"], W["workshop"]]]
        rows += [[str(p.rank), str(p.votes), safe(p.text), safe(p.workshop)] for p in o.ranking]
        out.append(_table(rows, [1.4 * cm, 2.4 * cm, 8 * cm, 5.2 * cm]))
    else:
        out.append(Paragraph(W["no_proposal"], st["body"]))
    out.append(Paragraph(W["steps"], st["small"]))
    return [*out, PageBreak()]
