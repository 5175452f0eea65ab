"""Merging another laptop's copy: new notes come in by id, twice changes nothing, both-side
changes are detected and the user's pick applies, all as one undoable command."""

from __future__ import annotations

from facilitateur.models.notes.model import Note
from facilitateur.models.storage.merge import plan_merge
from facilitateur.models.storage.store import EventFile


def texts(ef):
    with ef.session() as s:
        return sorted(n.text for n in s.query(Note))


def two_laptops(sample_file, tmp_path, clock):
    sample_file.execute("note.add", {"block": "#1", "text": "Note commune", "author": "Julie"})
    other_path = tmp_path / "laptop-atelier.facil"
    sample_file.save_copy(other_path)  # a file, whichever engine holds this event
    sample_file.close()
    mine = EventFile.open(sample_file.location, clock)
    other = EventFile.open(other_path, clock)
    return mine, other


def merge(mine, other_path, take_theirs=frozenset()):
    with mine.session() as s:
        plan = plan_merge(s, other_path)
    args = plan.command_args(set(take_theirs))
    if args is not None:
        mine.execute("merge.apply", args)
    return plan


def test_new_notes_and_actions_come_in_and_merging_twice_changes_nothing(
    sample_file, tmp_path, clock
):
    mine, other = two_laptops(sample_file, tmp_path, clock)
    clock.advance(60)
    other.execute(
        "note.add", {"block": "#2.2", "text": "Idée de l’atelier", "kind": "idea", "author": "Marc"}
    )
    other.execute(
        "note.add",
        {"block": "#2", "kind": "action", "text": "Relancer", "owner": "Léa", "author": "Marc"},
    )
    other.execute("speaker.add", {"block": "#2", "name": "Nouvelle PERSONNE"})
    other.execute(
        "note.add", {"block": "#2", "text": "Dit par elle", "speaker": "Nouvelle PERSONNE"}
    )
    other.close()
    plan = merge(mine, other.path)
    assert (plan.count_new("note"), plan.count_new("person"), plan.differences) == (3, 1, [])
    assert texts(mine) == ["Dit par elle", "Idée de l’atelier", "Note commune", "Relancer"]
    again = merge(mine, other.path)
    assert again.command_args(set()) is None and again.same > 0
    mine.undo()
    assert texts(mine) == ["Note commune"]
    mine.close()


def test_a_note_changed_on_both_sides_is_for_the_user_to_pick(sample_file, tmp_path, clock):
    mine, other = two_laptops(sample_file, tmp_path, clock)
    with mine.session() as s:
        note_id = str(s.query(Note).one().id)
    clock.advance(60)
    mine.execute("note.update", {"note": note_id, "text": "Note commune (version salle)"})
    clock.advance(60)
    other.execute("note.update", {"note": note_id, "text": "Note commune (version atelier)"})
    other.close()
    with mine.session() as s:
        plan = plan_merge(s, other.path)
    (difference,) = plan.differences
    assert (difference.label, difference.theirs_is_newer) == (
        "Note commune (version atelier)",
        True,
    )
    assert plan.command_args(set()) is None  # keeping mine: nothing to do
    mine.execute("merge.apply", plan.command_args({difference.id}))
    assert texts(mine) == ["Note commune (version atelier)"]
    mine.close()


def test_the_other_copy_is_left_untouched(sample_file, tmp_path, clock):
    mine, other = two_laptops(sample_file, tmp_path, clock)
    other.close()
    before = other.path.read_bytes()
    merge(mine, other.path)
    assert other.path.read_bytes() == before
    mine.close()


def test_workshop_reports_and_their_proposals_come_in_too(sample_file, tmp_path, clock):
    import uuid

    from facilitateur.models.openspace.model import Proposal, Topic, WorkshopReport

    mine, other = two_laptops(sample_file, tmp_path, clock)
    # Written on the workshop's laptop (the reports' screen comes with the Open Space).
    with other.session() as s, s.begin():
        topic = Topic(id=uuid.uuid4(), title="Financer l’animation", convener="Léa", interest=12)
        report = WorkshopReport(
            id=uuid.uuid4(),
            topic_id=topic.id,
            convener="Léa",
            key_points="Mutualiser",
            status="done",
        )
        proposal = Proposal(id=uuid.uuid4(), report_id=report.id, text="Un fonds commun", votes=0)
        for row in (topic, report, proposal):
            s.add(row)
            s.flush()  # parents first: these tables have no ORM relationships to order them

    other.close()
    plan = merge(mine, other.path)
    assert (
        plan.count_new("topic"),
        plan.count_new("workshop_report"),
        plan.count_new("proposal"),
    ) == (1, 1, 1)
    with mine.session() as s:
        assert s.query(WorkshopReport).one().key_points == "Mutualiser"
        assert s.query(Proposal).one().text == "Un fonds commun"
    assert merge(mine, other.path).command_args(set()) is None
    mine.close()


def test_a_person_renamed_on_the_other_copy_is_asked_about_but_not_a_topics_dots(
    sample_file, tmp_path, clock
):
    from facilitateur.models.agenda.model import Person
    from facilitateur.models.openspace.model import Topic

    sample_file.execute("topic.add", {"title": "Mobilité rurale", "convener": "Agnès"})
    mine, other = two_laptops(sample_file, tmp_path, clock)
    with other.session() as s:
        person = s.query(Person).order_by(Person.name).first()
        topic = s.query(Topic).one()
    other.execute("topic.vote", {"topic": str(topic.id), "delta": 5})  # dots: this laptop's own
    other.execute("topic.update", {"topic": str(topic.id), "convener": "Agnès Roux"})
    with other.session() as s, s.begin():  # a spelling corrected on the other laptop
        s.get(Person, person.id).name = person.name + " (corrigé)"
    other.close()
    plan = merge(mine, other.path)  # keep ours
    assert sorted((d.table, d.shown(d.theirs)) for d in plan.differences) == [
        (
            "person",
            " · ".join(
                x
                for x in (
                    person.name + " (corrigé)",
                    person.role,
                    person.organisation,
                    person.category,
                )
                if x
            ),
        ),
        ("topic", "Mobilité rurale · Agnès Roux"),
    ]
    plan = merge(mine, other.path, {d.id for d in plan.differences})  # take theirs
    with mine.session() as s:
        assert s.get(Person, person.id).name == person.name + " (corrigé)"
        here = s.get(Topic, topic.id)
        assert (here.convener, here.interest) == ("Agnès Roux", 0)  # the dots stayed ours
    assert merge(mine, other.path).differences == []
    mine.close()


def test_the_merge_dialog_shows_each_difference_with_its_kind_and_ticks_the_newer(
    qtbot, sample_file, tmp_path, clock
):
    from PySide6.QtCore import Qt

    from facilitateur.ui.app import make_app
    from facilitateur.ui.merge_dialog import MergeDialog

    mine, other = two_laptops(sample_file, tmp_path, clock)
    with mine.session() as s:
        note = s.query(Note).one()
    clock.advance(60)
    mine.execute("note.update", {"note": str(note.id), "text": "Version de la salle"})
    clock.advance(60)
    other.execute("note.update", {"note": str(note.id), "text": "Version de l’atelier"})
    other.close()
    with mine.session() as s:
        plan = plan_merge(s, other.path)
    make_app("fr")
    dialog = MergeDialog(plan)
    qtbot.addWidget(dialog)
    table = dialog.table
    row = [table.item(0, c).text() for c in range(1, 4)]
    make_app("en")
    assert row == ["Note", "Version de la salle", "Version de l’atelier"]
    assert table.horizontalHeaderItem(1).text() == "Élément"
    assert table.item(0, 0).checkState() == Qt.CheckState.Checked  # theirs is the newer
    assert dialog.take_theirs() == {str(note.id)}
    dialog.show()
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # from the keyboard too
    assert dialog.take_theirs() == set()
    mine.close()
