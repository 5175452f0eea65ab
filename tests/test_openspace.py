"""The Open Space in the model: set-up, marketplace, board moves, conflicts, reports, votes."""

from __future__ import annotations

import pytest
from helpers import cell_of as placed_at
from helpers import clear_board
from sqlalchemy import select

from facilitateur.models.commands import CommandError
from facilitateur.models.notes.model import Note
from facilitateur.models.openspace.board import read_board
from facilitateur.models.openspace.model import Proposal
from facilitateur.models.text.datetime_forms import forms


def board(ef):
    with ef.session() as s:
        return read_board(s)


def cell_of(ef, title):
    return placed_at(board(ef), title)


@pytest.fixture
def space(sample_file):
    """The sample day with three rooms, three slots of 50 min and five topics."""
    ef = sample_file
    clear_board(ef)
    ef.execute("room.add", {"name": "Grande salle", "capacity": 60, "notes": "vidéoprojecteur"})
    ef.execute("room.add", {"name": "Salle 2", "capacity": 20})
    ef.execute("room.add", {"name": "Jardin", "capacity": 12})
    ef.execute("slot.generate", {"start": "14:30", "end": "17:20", "minutes": 50, "gap": 10})
    for title, convener, interest in (
        ("Mutualiser les achats", "Anne Martin", 25),
        ("Financer l'innovation", "Paul Roux", 18),
        ("Gouvernance partagée", "Anne Martin", 9),
        ("Emploi des jeunes", "Léa Petit", 14),
        ("Communs numériques", "Omar Ben", 30),
    ):
        ef.execute("topic.add", {"title": title, "convener": convener, "interest": interest})
    return ef


def test_slots_are_generated_between_two_times_and_default_to_the_open_space_block(space):
    assert [s.hours for s in board(space).slots] == ["14:30–15:20", "15:30–16:20", "16:30–17:20"]
    ef = space
    for s in board(ef).slots:
        ef.execute("slot.remove", {"slot": str(s.id)})
    ef.execute("slot.generate", {"minutes": 60})  # the sample's Forum ouvert runs 14:00–17:50
    assert [s.hours for s in board(ef).slots] == ["14:00–15:00", "15:00–16:00", "16:00–17:00"]
    with pytest.raises(CommandError, match="overlaps"):
        ef.execute("slot.add", {"start": "14:30", "end": "15:30"})
    with pytest.raises(CommandError, match="no slot of 300 min fits"):
        ef.execute("slot.generate", {"start": "14:00", "end": "15:00", "minutes": 300})


def test_rooms_refuse_a_duplicate_name_and_a_negative_capacity(space):
    with pytest.raises(CommandError, match="already a room"):
        space.execute("room.add", {"name": "grande SALLE"})
    with pytest.raises(CommandError, match="negative"):
        space.execute("room.update", {"room": "Jardin", "capacity": -1})
    space.execute("room.update", {"room": "Jardin", "position": 1, "name": "Le jardin"})
    assert [r.name for r in board(space).rooms] == ["Le jardin", "Grande salle", "Salle 2"]


def test_the_setup_refusals_are_told_in_french_in_the_window(space):
    from facilitateur.ui.app import make_app
    from facilitateur.ui.refusals import explain

    refused = []
    for cmd, args in (
        ("room.add", {"name": "grande SALLE"}),
        ("slot.add", {"start": "15:00", "end": "14:00"}),
        ("slot.generate", {"start": "14:00", "end": "15:00", "minutes": 300}),
    ):
        with pytest.raises(CommandError) as caught:
            space.execute(cmd, args)
        refused.append(caught.value)
    make_app("fr")
    try:
        said = [explain(e) for e in refused]
    finally:
        make_app("en")
    assert said == [
        "Il existe déjà une salle nommée « grande SALLE »",
        "Un créneau doit finir après avoir commencé (15\u00a0h\u00a000\u00a0– 14\u00a0h\u00a000)",
        "Aucun créneau de 300 min ne tient entre 14\u00a0h\u00a000 et 15\u00a0h\u00a000",
    ]


def test_assign_swaps_a_placed_topic_and_sends_one_from_the_list_back(space):
    ef = space
    ef.execute("topic.assign", {"topic": "#1", "room": "Grande salle", "slot": "#1"})
    ef.execute("topic.assign", {"topic": "#2", "room": "Salle 2", "slot": "#1"})
    ef.execute("topic.assign", {"topic": "#1", "room": "Salle 2", "slot": "#1"})
    assert cell_of(ef, "Mutualiser les achats") == ("Salle 2", "14:30–15:20")
    assert cell_of(ef, "Financer l'innovation") == ("Grande salle", "14:30–15:20")
    # From the list onto an occupied cell: the occupant goes back to the list.
    ef.execute("topic.assign", {"topic": "#4", "room": "Salle 2", "slot": "14:30"})
    assert cell_of(ef, "Mutualiser les achats") is None
    assert cell_of(ef, "Emploi des jeunes") == ("Salle 2", "14:30–15:20")
    ef.undo()
    assert cell_of(ef, "Mutualiser les achats") == ("Salle 2", "14:30–15:20")
    ef.execute("topic.unassign", {"topic": "#1"})
    assert next(t.title for t in board(ef).unplaced()) == "Mutualiser les achats"


def test_conflicts_convener_capacity_double_and_outside(space):
    ef = space
    assert board(ef).conflicts() == []
    ef.execute("topic.assign", {"topic": "#1", "room": "Jardin", "slot": "#1"})  # 25 > 12
    ef.execute("topic.assign", {"topic": "#3", "room": "Salle 2", "slot": "#1"})  # Anne twice
    ef.execute(
        "topic.assign", {"topic": "#4", "room": "Salle 2", "slot": "#1", "force": True}
    )  # two in one cell
    kinds = sorted(c.kind for c in board(ef).conflicts())
    assert kinds == ["capacity", "convener", "double"]
    convener = next(c for c in board(ef).conflicts() if c.kind == "convener")
    assert convener.detail == "Anne Martin" and len(convener.topics) == 2
    ef.execute("slot.add", {"start": "18:00", "end": "18:30"})  # after the Forum ouvert
    ef.execute("topic.assign", {"topic": "#5", "room": "Grande salle", "slot": "18:00"})
    assert "outside" in {c.kind for c in board(ef).conflicts()}


def test_merge_keeps_both_conveners_adds_interest_and_takes_the_place(space):
    ef = space
    ef.execute("topic.assign", {"topic": "#2", "room": "Salle 2", "slot": "#2"})
    ef.execute("topic.merge", {"topic": "Mutualiser les achats", "other": "#2"})
    b = board(ef)
    merged = next(t for t in b.topics if t.title == "Mutualiser les achats")
    assert merged.convener == "Anne Martin, Paul Roux"
    assert merged.interest == 43
    assert len(b.topics) == 4
    assert cell_of(ef, "Mutualiser les achats") == ("Salle 2", "15:30–16:20")
    with pytest.raises(CommandError, match="merged into another"):
        ef.execute("topic.update", {"topic": _id_of_merged(ef), "interest": 3})
    ef.undo()
    assert len(board(ef).topics) == 5


def _id_of_merged(ef):
    from facilitateur.models.openspace.model import Topic

    with ef.session() as s:
        return str(s.scalars(select(Topic.id).where(Topic.merged_into_id.is_not(None))).one())


def test_votes_never_go_below_zero(space):
    assert space.execute("topic.vote", {"topic": "#3", "delta": 2}).result["interest"] == 11
    assert space.execute("topic.vote", {"topic": "#3", "delta": -50}).result["interest"] == 0


def test_report_proposals_keep_their_votes_and_next_steps_become_actions(space):
    ef = space
    ef.execute(
        "report.set",
        {
            "topic": "#1",
            "note_taker": "Julie",
            "participants_count": 17,
            "key_points": "Des achats groupés\nUne plateforme commune",
            "proposals": ["Créer un groupement d'achat", "Un annuaire des fournisseurs"],
            "next_steps": [{"text": "Réunir les acheteurs", "owner": "Anne", "due": "2016-02-15"}],
        },
    )
    with ef.session() as s:
        first = s.scalars(select(Proposal).order_by(Proposal.position)).first()
    ef.execute("proposal.vote", {"proposal": str(first.id), "delta": 7})
    ef.execute(
        "report.set",
        {
            "topic": "#1",
            "proposals": ["Un annuaire des fournisseurs", "Créer un groupement d'achat"],
        },
    )
    with ef.session() as s:
        rows = {p.text: (p.position, p.votes) for p in s.scalars(select(Proposal))}
        actions = s.scalars(select(Note).where(Note.kind == "action", Note.topic_id.is_not(None)))
        action = actions.one()
    assert rows == {"Un annuaire des fournisseurs": (0, 0), "Créer un groupement d'achat": (1, 7)}
    assert (action.text, action.owner, action.due.isoformat()) == (
        "Réunir les acheteurs",
        "Anne",
        "2016-02-15",
    )
    b = board(ef)
    assert b.topics[0].report == "draft"
    ef.execute("report.set", {"topic": "#1", "status": "done"})
    assert board(ef).topics[0].report == "done"
    with pytest.raises(CommandError, match="item 1"):
        ef.execute("report.set", {"topic": "#1", "next_steps": [{"text": "x", "due": "demain"}]})


def test_apply_suggestion_leaves_pinned_topics_and_is_one_undo(space):
    ef = space
    ef.execute("topic.assign", {"topic": "#3", "room": "Jardin", "slot": "#3"})
    ef.execute("topic.pin", {"topic": "#3"})
    b = board(ef)
    rooms, slots = b.rooms, b.slots
    args = {
        "placements": [
            {"topic": str(t.id), "room": str(rooms[i % 3].id), "slot": str(slots[i // 3].id)}
            for i, t in enumerate(b.topics)
            if t.title != "Gouvernance partagée"
        ]
    }
    ef.execute("openspace.apply_suggestion", args)
    assert len(board(ef).placed) == 5
    assert cell_of(ef, "Gouvernance partagée") == ("Jardin", "16:30–17:20")
    ef.undo()
    assert len(board(ef).placed) == 1
    pinned_move = {"placements": [{"topic": "#3", "room": "#1", "slot": "#1"}]}
    with pytest.raises(CommandError, match="pinned"):
        ef.execute("openspace.apply_suggestion", pinned_move)


def test_replaying_the_journal_makes_the_same_rows(space, tmp_path, clock):
    import json

    from facilitateur.models.storage.journal import JournalEntry
    from facilitateur.models.storage.replay import replay
    from facilitateur.models.storage.store import EventFile

    ef = space
    ef.execute("topic.assign", {"topic": "#1", "room": "#1", "slot": "#1"})
    ef.execute("topic.merge", {"topic": "#5", "other": "#1"})
    ef.execute(
        "report.set", {"topic": "#4", "proposals": ["A", "B"], "next_steps": [{"text": "C"}]}
    )
    with ef.session() as s:
        lines = [
            json.dumps({"cmd": e.cmd, "args": json.loads(e.args)})
            for e in s.scalars(select(JournalEntry).order_by(JournalEntry.seq))
        ]
        proposals = sorted(str(p.id) for p in s.scalars(select(Proposal)))
    other = EventFile.open(tmp_path / "again.facil", clock)
    replay(other, lines)
    with other.session() as s:
        assert sorted(str(p.id) for p in s.scalars(select(Proposal))) == proposals
    assert board(other).placed == board(ef).placed
    other.close()


def test_a_board_over_two_days_names_the_day_of_each_slot(space):
    ef = space
    ef.execute("day.add", {"date": "2016-01-20", "label": "20 janvier"})
    ef.execute("slot.generate", {"day": "#2", "start": "09:00", "end": "10:00", "minutes": 60})
    slots = board(ef).slots
    assert (slots[0].day, slots[0].hours) == ("19 janvier 2016", "14:30–15:20")
    assert (slots[-1].day, slots[-1].hours) == ("20 janvier", "09:00–10:00")
    assert slots[-1].label(forms("fr")) == "20 janvier · 9\u00a0h\u00a000\u00a0– 10\u00a0h\u00a000"


def test_importing_a_programme_keeps_the_open_space_slots_and_removing_a_day_drops_its_own(
    sample_file,
):
    ef = sample_file
    ef.execute("topic.add", {"title": "Sujet"})
    ef.execute("topic.assign", {"topic": "#1", "room": "#1", "slot": "#1"})
    ef.execute("program.import", {"text": "19/01/2016\n14h - 18h Forum ouvert"})
    b = board(ef)
    assert len(b.slots) == 3 and len(b.placed) == 1
    ef.execute("day.remove", {"day": "#1"})
    b = board(ef)
    assert b.slots == [] and b.placed == {} and len(b.topics) == 1
    ef.undo()
    assert len(board(ef).placed) == 1


def test_generating_slots_can_replace_the_days_slots_in_one_undo(sample_file):
    ef = sample_file
    ef.execute("topic.add", {"title": "Sujet"})
    ef.execute("topic.assign", {"topic": "#1", "room": "#1", "slot": "#1"})
    ef.execute("slot.generate", {"minutes": 50, "gap": 10, "replace": True})
    b = board(ef)
    assert [s.hours for s in b.slots] == [
        "14:00–14:50",
        "15:00–15:50",
        "16:00–16:50",
        "17:00–17:50",
    ]
    assert b.placed == {}
    ef.undo()
    assert len(board(ef).placed) == 1 and len(board(ef).slots) == 3
