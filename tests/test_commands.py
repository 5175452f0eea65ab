"""Commands on a real SQLite file: validation, effects, undo and redo of each."""

from __future__ import annotations

import json
import re
import uuid

import pytest
from helpers import last_entry, last_note, times, titles
from sqlalchemy import select

from facilitateur.export.json_export import event_document
from facilitateur.models import JournalEntry, queries
from facilitateur.models.commands import REGISTRY, CommandError
from facilitateur.models.storage.base import TableName


def snapshot(ef) -> dict:
    with ef.session() as s:
        doc = event_document(s)
    doc.pop("journal")
    return doc


def day_of_three(ef):
    ef.execute(
        "event.set", {"title": "Jour", "date": "2016-01-19", "start": "09:00", "end": "18:00"}
    )
    ef.execute(
        "block.add", {"title": "Accueil", "start": "09:00", "end": "09:15", "kind": "welcome"}
    )
    ef.execute(
        "block.add", {"title": "Table ronde", "start": "09:15", "end": "10:30", "kind": "panel"}
    )
    ef.execute("block.add", {"title": "Déjeuner", "start": "12:15", "end": "14:00", "kind": "meal"})


def test_event_set_creates_the_first_day_and_sets_details(event_file):
    event_file.execute(
        "event.set", {"title": " Rencontre ", "venue": "Paris", "date": "2016-01-19"}
    )
    with event_file.session() as s:
        ev = queries.the_event(s)
        assert (ev.title, ev.venue) == ("Rencontre", "Paris")
        assert [d.date.isoformat() for d in queries.days(s)] == ["2016-01-19"]


@pytest.mark.parametrize(
    ("cmd", "args", "message"),
    [
        ("block.add", {}, "'title' is required"),
        ("block.add", {"title": "x", "start": "25:00"}, "not a time of day"),
        ("block.add", {"title": "x", "start": "10:00", "end": "09:00"}, "ends before it starts"),
        ("block.add", {"title": "x", "kind": "party"}, "must be one of"),
        ("block.add", {"title": "x", "colour": "red"}, "unknown argument 'colour'"),
        ("block.update", {"block": "#9", "title": "y"}, "no block #9"),
        ("block.update", {"block": "Nope", "title": "y"}, "no block titled 'Nope'"),
        ("event.set", {"timezone": "Mars/Olympus"}, "unknown time zone"),
        ("nothing.here", {}, "unknown command"),
    ],
)
def test_bad_arguments_are_refused_with_a_message_and_change_nothing(
    event_file, cmd, args, message
):
    day_of_three(event_file)
    before = snapshot(event_file)
    with pytest.raises(CommandError, match=message):
        event_file.execute(cmd, args)
    assert snapshot(event_file) == before


def test_blocks_are_named_by_position_title_or_id(event_file):
    day_of_three(event_file)
    event_file.execute("block.update", {"block": "#2", "title": "Table ronde des pionniers"})
    event_file.execute("block.update", {"block": "Déjeuner", "kind": "break"})
    with event_file.session() as s:
        lunch = queries.top_blocks(s, queries.days(s)[0].id)[2]
    event_file.execute("block.update", {"block": str(lunch.id), "fixed_start": True})
    assert titles(event_file) == ["Accueil", "Table ronde des pionniers", "Déjeuner"]
    with event_file.session() as s:
        lunch = queries.top_blocks(s, queries.days(s)[0].id)[2]
        assert (lunch.kind, lunch.fixed_start) == ("break", True)


@pytest.mark.parametrize(
    "ref, message",
    [
        ("#4", "no block #4: the day has 3 blocks"),
        ("#0", "no block #0: the day has 3 blocks"),
        ("#99999999999999999999999", "the day has 3 blocks"),  # beyond SQLite's integers
        ("#2.99999999999999999999999", "no segment #2.99999999999999999999999"),
    ],
)
def test_a_block_number_out_of_range_is_refused_in_words(event_file, ref, message):
    day_of_three(event_file)
    with pytest.raises(CommandError, match=re.escape(message)):
        event_file.execute("block.update", {"block": ref, "title": "x"})
    with pytest.raises(CommandError, match=re.escape(message)):  # within a day named
        event_file.execute("block.add", {"title": "x", "parent": ref, "day": "#1"})
    assert titles(event_file) == ["Accueil", "Table ronde", "Déjeuner"]


def test_segments_are_added_under_their_block_and_named_n_dot_m(event_file):
    day_of_three(event_file)
    event_file.execute("block.add", {"title": "Film", "parent": "#2", "kind": "film"})
    event_file.execute("block.add", {"title": "Débat", "parent": "#2", "kind": "panel"})
    event_file.execute("block.update", {"block": "#2.2", "title": "Débat avec la salle"})
    with event_file.session() as s:
        panel = queries.top_blocks(s, queries.days(s)[0].id)[1]
        assert [b.title for b in queries.segments(s, panel.id)] == ["Film", "Débat avec la salle"]


def test_move_reorders_and_times_follow_keeping_durations(event_file):
    day_of_three(event_file)
    event_file.execute("block.move", {"block": "Table ronde", "position": 1})
    assert times(event_file) == [
        ("Table ronde", "09:00", "10:15"),
        ("Accueil", "10:15", "10:30"),
        ("Déjeuner", "12:15", "14:00"),
    ]


def test_move_without_reflow_keeps_times_and_fixed_blocks_stay(event_file):
    day_of_three(event_file)
    event_file.execute("block.update", {"block": "Déjeuner", "fixed_start": True})
    event_file.execute("block.move", {"block": "Accueil", "position": 3})
    assert times(event_file) == [
        ("Table ronde", "09:00", "10:15"),
        ("Déjeuner", "12:15", "14:00"),
        ("Accueil", "14:00", "14:15"),
    ]
    event_file.execute("block.move", {"block": "Accueil", "position": 1, "reflow": False})
    assert times(event_file)[0] == ("Accueil", "14:00", "14:15")


def test_move_into_a_block_makes_a_segment_and_out_again(event_file):
    day_of_three(event_file)
    event_file.execute("block.move", {"block": "Accueil", "parent": "Table ronde", "position": 1})
    assert titles(event_file) == ["Table ronde", "Déjeuner"]
    event_file.execute("block.move", {"block": "Accueil", "parent": "", "position": 1})
    assert titles(event_file) == ["Accueil", "Table ronde", "Déjeuner"]


def test_remove_takes_segments_and_speakers_and_undo_restores_all(event_file):
    day_of_three(event_file)
    event_file.execute("block.add", {"title": "Film", "parent": "#2", "kind": "film"})
    event_file.execute("speaker.add", {"block": "#2", "name": "Yannick BLANC", "role": "Préfet"})
    before = snapshot(event_file)
    changes = event_file.execute("block.remove", {"block": "Table ronde"})
    assert {"agenda_block", "speaker_entry"} <= changes.tables
    assert titles(event_file) == ["Accueil", "Déjeuner"]
    event_file.undo()
    assert snapshot(event_file) == before


SCRIPT = [
    ("podium.take", {}),  # first: on a shared event, the first podium key takes it
    ("event.set", {"title": "Jour", "date": "2016-01-19", "start": "09:00", "end": "18:00"}),
    ("day.add", {"date": "2016-01-20", "label": "Jour 2"}),
    ("day.update", {"day": "#2", "start": "09:30"}),
    ("block.add", {"title": "Accueil", "start": "09:00", "end": "09:15", "kind": "welcome"}),
    ("block.add", {"title": "Plénière", "start": "09:15", "end": "10:30"}),
    ("block.update", {"block": "#2", "kind": "plenary", "description": "Ouverture"}),
    ("block.add", {"title": "Film", "parent": "#2"}),
    ("speaker.add", {"block": "#2", "name": "Akim OURAL", "category": "Collectivités"}),
    ("block.move", {"block": "#2", "position": 1}),
    ("speaker.remove", {"block": "Plénière", "name": "akim oural"}),
    ("speaker.add", {"block": "Plénière", "name": "Anne ROUX", "category": "Collectivités"}),
    ("speaker.add", {"block": "Plénière", "name": "Paul MARTIN", "speech_type": "question"}),
    ("speaker.move", lambda ef: {"entry": last_entry(ef), "position": 1}),
    ("speaker.start", {"block": "Plénière"}),
    ("speaker.pause", {"block": "Plénière"}),
    ("speaker.resume", {"block": "Plénière"}),
    ("speaker.next", {"block": "Plénière"}),
    ("speaker.stop", {"block": "Plénière"}),
    ("speaker.readd", {"block": "Plénière"}),
    ("event.set", {"first_timers_first": True, "turn_limit": 3}),
    (
        "note.add",
        {
            "block": "Plénière",
            "kind": "action",
            "text": "Écrire",
            "owner": "Anne",
            "due": "2016-03-15",
        },
    ),
    (
        "note.update",
        lambda ef: {
            "note": last_note(ef),
            "text": "Écrire le compte rendu",
            "speaker": "Anne ROUX",
        },
    ),
    ("action.set_status", lambda ef: {"note": last_note(ef), "status": "done"}),
    ("note.move", lambda ef: {"note": last_note(ef), "block": "#2"}),
    ("note.remove", lambda ef: {"note": last_note(ef)}),
    (
        "merge.apply",
        {
            "source": "autre.facil",
            "rows": {
                "note": [
                    {
                        "id": "0f0f0f0f-0000-4000-8000-000000000001",
                        "kind": "idea",
                        "text": "Venue d’un autre portable",
                        "owner": "",
                        "author": "Marc",
                        "internal": False,
                        "status": "",
                        "due": None,
                        "block_id": None,
                        "topic_id": None,
                        "speaker_id": None,
                        "created_at": "2016-01-19T10:00:00+00:00",
                        "updated_at": "2016-01-19T10:00:00+00:00",
                    }
                ]
            },
        },
    ),
    ("agenda.replan", {"strategy": "shift"}),
    ("timer.start", {}),
    ("timer.adjust", {"seconds": 60}),
    ("timer.pause", {}),
    ("timer.resume", {}),
    ("timer.next", {}),
    ("timer.previous", {}),
    ("podium.next", {}),
    ("podium.back", {}),
    ("timer.take_up", {"block": "#2"}),
    ("timer.end", {}),
    ("timer.start", {"block": "#1"}),
    ("stage.message", {"text": "Plus que 2 minutes", "blink": True}),
    ("stage.blackout", {}),
    ("block.remove", {"block": "#1"}),
    ("day.remove", {"day": "#2"}),
    (
        "program.import",
        {"text": "9h Accueil\n9h30 - 10h Table ronde\nIntervenants : Anne ROUX (Ville)"},
    ),
    ("room.add", {"name": "Grande salle", "capacity": 60}),
    ("room.add", {"name": "Salle 2", "capacity": 20, "notes": "projecteur"}),
    ("room.update", {"room": "Salle 2", "position": 1, "capacity": 25}),
    ("slot.add", {"start": "14:00", "end": "14:45"}),
    ("slot.generate", {"start": "15:00", "end": "17:00", "minutes": 50, "gap": 10}),
    ("slot.update", {"slot": "#3", "start": "16:05"}),
    ("topic.add", {"title": "Achats groupés", "convener": "Anne", "interest": 12}),
    ("topic.add", {"title": "Emploi", "convener": "Paul"}),
    ("topic.add", {"title": "Achats en commun", "convener": "Léa", "interest": 4}),
    ("topic.update", {"topic": "#2", "description": "Les jeunes du territoire"}),
    ("topic.vote", {"topic": "#2", "delta": 3}),
    ("topic.assign", {"topic": "#1", "room": "#1", "slot": "#1"}),
    ("topic.assign", {"topic": "#2", "room": "#2", "slot": "#1"}),
    ("topic.assign", {"topic": "#1", "room": "#2", "slot": "#1"}),  # a swap
    ("topic.pin", {"topic": "#1"}),
    ("topic.merge", {"topic": "#1", "other": "#3"}),
    (
        "report.set",
        {
            "topic": "#1",
            "key_points": "Un groupement",
            "proposals": ["Créer un groupement"],
            "next_steps": [{"text": "Réunir", "owner": "Anne", "due": "2016-02-01"}],
        },
    ),
    ("proposal.vote", lambda ef: {"proposal": _first_proposal(ef), "delta": 4}),
    (
        "openspace.apply_suggestion",
        lambda ef: {"placements": [{"topic": "#2", "room": "#1", "slot": "#2"}]},
    ),
    ("topic.unassign", {"topic": "#2"}),
    ("topic.add", {"title": "Retiré", "convener": "Omar"}),
    ("topic.remove", {"topic": "Retiré"}),
    ("slot.remove", {"slot": "#3"}),
    ("room.remove", {"room": "#1"}),
]


def _first_proposal(ef) -> str:
    from facilitateur.models.openspace.model import Proposal

    with ef.session() as s:
        return str(s.scalars(select(Proposal.id)).first())


def test_every_command_undoes_and_redoes_exactly(event_file, clock):
    """Each command of the script: undo gives the state before, redo the state after."""
    for cmd, args in SCRIPT:
        clock.advance(20 * 60)  # the day runs late, so re-planning has something to do
        if callable(args):
            args = args(event_file)
        before = snapshot(event_file)

        event_file.execute(cmd, args)
        after = snapshot(event_file)
        assert event_file.undo_label() == cmd
        event_file.undo()
        assert snapshot(event_file) == before, f"undo of {cmd}"
        event_file.redo()
        assert snapshot(event_file) == after, f"redo of {cmd}"
    assert {c for c, _ in SCRIPT} >= set(REGISTRY)


def test_shifting_many_blocks_is_recorded_row_by_row_and_undone_exactly(event_file):
    """Adding, removing and moving in a long day shift many positions at once (one UPDATE):
    each row's change is journaled, undo and redo restore the exact order."""
    event_file.execute("event.set", {"title": "Jour", "date": "2016-01-19", "start": "08:00"})
    for i in range(8):
        event_file.execute("block.add", {"title": f"B{i}", "start": f"{9 + i:02d}:00"})
    steps = [
        ("block.add", {"title": "Nouveau", "position": 2}),
        ("block.remove", {"block": "#3"}),
        ("block.move", {"block": "#1", "position": 7}),
        ("block.move", {"block": "#8", "position": 1, "reflow": False}),
    ]
    for cmd, args in steps:
        before = snapshot(event_file)
        changes = event_file.execute(cmd, args)
        after = snapshot(event_file)
        with event_file.session() as s:
            positions = [b.position for b in queries.top_blocks(s, queries.days(s)[0].id)]
        assert positions == list(range(len(positions)))
        with event_file.session() as s:
            entry = s.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc())).first()
        ops = json.loads(entry.changes)
        moved = [op for op in ops if op["op"] == "update" and "position" in op["new"]]
        assert len(moved) >= 3, cmd
        assert {uuid.UUID(op["id"]) for op in moved} <= changes.ids
        event_file.undo()
        assert snapshot(event_file) == before, f"undo of {cmd}"
        event_file.redo()
        assert snapshot(event_file) == after, f"redo of {cmd}"
    assert titles(event_file) == ["B7", "Nouveau", "B2", "B3", "B4", "B5", "B6", "B0"]


def test_a_new_command_after_undo_drops_the_redo(event_file):
    day_of_three(event_file)
    event_file.undo()
    assert event_file.redo_label() == "block.add"
    event_file.execute("block.add", {"title": "Pause", "kind": "break"})
    assert event_file.redo_label() is None
    assert event_file.redo() is None
    # Each command drops the entries left undone through the partial index, never by reading
    # the whole journal (tens of thousands of entries by the evening).
    from facilitateur.models.storage import journal

    explain, drop = "EXPLAIN QUERY PLAN ", journal._DROP_UNDONE_ALL.text
    if event_file.kind.is_shared:  # there, each laptop drops its own undone entries
        explain, drop = "EXPLAIN ", journal._DROP_UNDONE.text.replace(":origin", "''")
    with event_file.engine.connect() as con:
        if event_file.kind.is_shared:  # a table this small is read whole unless told not to
            con.exec_driver_sql("SET enable_seqscan = off")
        plan = con.exec_driver_sql(explain + drop).fetchall()
    assert "ix_journal_undone" in str(plan)


def test_the_journal_holds_each_command_with_its_time_and_generated_ids(event_file, clock):
    day_of_three(event_file)
    clock.advance(60)
    event_file.execute("block.add", {"title": "Pause"})
    with event_file.session() as s:
        entries = list(s.scalars(select(JournalEntry).order_by(JournalEntry.seq)))
    assert [e.cmd for e in entries] == ["event.set", *["block.add"] * 4]
    assert entries[-1].at == clock.now()
    assert "id" in json.loads(entries[-1].args)


def test_undo_survives_reopening_the_file(tmp_path, clock):
    from facilitateur.models.storage.store import EventFile

    ef = EventFile.open(tmp_path / "e.facil", clock)
    day_of_three(ef)
    ef.close()
    ef = EventFile.open(tmp_path / "e.facil", clock)
    ef.undo()
    assert titles(ef) == ["Accueil", "Table ronde"]
    ef.close()


def test_several_commands_in_one_transaction_are_all_or_nothing(event_file):
    day_of_three(event_file)
    before = snapshot(event_file)
    with pytest.raises(CommandError):
        event_file.execute_many([("block.add", {"title": "A"}), ("block.update", {"block": "#99"})])
    assert snapshot(event_file) == before


def test_listeners_hear_what_changed(event_file):
    heard = []
    event_file.subscribe(heard.append)
    day_of_three(event_file)
    event_file.undo()
    assert heard[-1].tables == frozenset({"agenda_block"})
    assert heard[0].touches(TableName.EVENT, TableName.DAY)
    assert all(isinstance(t, TableName) for c in heard for t in c.tables)


def test_the_change_notifications_name_every_table_of_an_event_and_only_those():
    from facilitateur.models.storage.base import Base

    assert {t.name for t in Base.metadata.sorted_tables} == {t.value for t in TableName}


def test_agenda_flags_overlaps_gaps_and_totals(event_file):
    day_of_three(event_file)
    event_file.execute("block.add", {"title": "Sans horaire"})
    event_file.execute("block.update", {"block": "Table ronde", "start": "09:10"})
    with event_file.session() as s:
        day = queries.days(s)[0]
        blocks = {b.id: b.title for b in queries.top_blocks(s, day.id)}
        flags = {(blocks[f.block_id], f.kind, f.seconds) for f in queries.agenda_flags(s, day)}
        total = queries.planned_total(s, day)
    assert flags == {
        ("Table ronde", "overlap", 300),
        ("Déjeuner", "gap", 105 * 60),
        ("Sans horaire", "no_time", 0),
    }
    assert total == (15 + 80 + 105) * 60


def test_program_import_replaces_the_agenda_in_one_undoable_command(event_file):
    from pathlib import Path

    day_of_three(event_file)
    before = snapshot(event_file)
    text = (
        Path(__file__).parent.parent / "resources" / "sample" / "rencontre-pionniers-2016.txt"
    ).read_text()
    changes = event_file.execute("program.import", {"text": text})
    assert changes.result == {"days": 1, "blocks": 8}
    assert titles(event_file)[0] == "Mot d’accueil"
    with event_file.session() as s:
        day = queries.days(s)[0]
        assert (day.date.isoformat(), day.start.isoformat(), day.end.isoformat()) == (
            "2016-01-19",
            "09:00:00",
            "18:00:00",
        )
        panel = queries.segments(s, queries.top_blocks(s, day.id)[1].id)[1]
        names = [p.name for _e, p in queries.speakers_of(s, panel.id)]
        lunch = queries.top_blocks(s, day.id)[5]
    assert names[:2] == ["Yannick BLANC", "Vanessa CORDOBA"]
    assert (lunch.kind, lunch.fixed_start) == ("meal", True)
    event_file.undo()
    assert snapshot(event_file) == before


def test_program_import_can_add_days_and_take_an_edited_programme(event_file):
    day_of_three(event_file)
    programme = {
        "title": "",
        "venue": "",
        "days": [
            {
                "date": "2016-01-20",
                "label": "Jour 2",
                "start": "09:00",
                "end": "12:00",
                "blocks": [
                    {
                        "start": "09:00",
                        "end": "10:00",
                        "end_inferred": False,
                        "title": "Atelier",
                        "kind": "workshop",
                        "speakers": [{"name": "Anne ROUX", "role": "maire", "topic": None}],
                        "items": [],
                    },
                ],
            }
        ],
    }
    event_file.execute("program.import", {"programme": programme, "mode": "add_days"})
    assert titles(event_file, 0) == ["Accueil", "Table ronde", "Déjeuner"]
    assert titles(event_file, 1) == ["Atelier"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"text": "Bonjour, rien à voir ici."}, "line 1: no schedule found"),
        ({}, "give either `text` or `programme`"),
        ({"programme": {"days": [{"blocks": [{"title": ""}]}]}}, "a block needs a title"),
        (
            {"programme": {"days": [{"blocks": [{"title": "x", "start": "25:00"}]}]}},
            "must be HH:MM",
        ),
    ],
)
def test_program_import_refuses_what_it_cannot_read_and_changes_nothing(event_file, args, message):
    day_of_three(event_file)
    before = snapshot(event_file)
    with pytest.raises(CommandError, match=message):
        event_file.execute("program.import", args)
    assert snapshot(event_file) == before


def test_ids_made_along_the_way_are_journaled_as_arguments_replay_accepts(tmp_path, clock):
    """A day created by `block.add` (or `event.set`) on an empty file replays with its id."""
    from facilitateur.models.storage.replay import replay
    from facilitateur.models.storage.store import EventFile

    first = EventFile.open(tmp_path / "a.facil", clock)
    first.execute("block.add", {"title": "Accueil", "start": "09:00", "end": "09:30"})
    with first.session() as s:
        lines = [
            json.dumps({"cmd": e.cmd, "args": json.loads(e.args)})
            for e in s.scalars(select(JournalEntry).order_by(JournalEntry.seq))
        ]
        day_id = queries.days(s)[0].id
    second = EventFile.open(tmp_path / "b.facil", clock)
    replay(second, lines)
    with second.session() as s:
        assert queries.days(s)[0].id == day_id
    first.close()
    second.close()


def test_a_duration_sets_the_end_from_the_start_given_or_kept(event_file):
    """`block.update` with `minutes` (what the agenda sends when a duration is typed): the end
    follows the start, the new one or the block's own; refused without a start or past
    midnight, with its reason."""
    from facilitateur.models.refusal import Refusal

    ef = event_file
    ef.execute("event.set", {"title": "Jour", "date": "2016-01-19"})
    ef.execute("block.add", {"title": "Accueil", "start": "09:00", "end": "09:15"})
    ef.execute("block.add", {"title": "Sans heure"})
    ef.execute("block.update", {"block": "#1", "minutes": 45})
    assert times(ef)[0] == ("Accueil", "09:00", "09:45")
    ef.execute("block.update", {"block": "#1", "start": "10:00", "minutes": 90})
    assert times(ef)[0] == ("Accueil", "10:00", "11:30")
    ef.undo()  # one step
    assert times(ef)[0] == ("Accueil", "09:00", "09:45")
    with pytest.raises(CommandError) as refused:
        ef.execute("block.update", {"block": "#2", "minutes": 30})
    assert refused.value.reason == Refusal.END_WITHOUT_START
    with pytest.raises(CommandError, match="would end after midnight") as refused:
        ef.execute("block.update", {"block": "#1", "minutes": 15 * 60})
    assert refused.value.reason == Refusal.PAST_MIDNIGHT
    ef.execute("block.update", {"block": "#1", "end": "09:20", "minutes": 5})  # the end wins
    assert times(ef)[0] == ("Accueil", "09:00", "09:20")


def test_a_duration_given_wins_over_the_duration_kept(event_file):
    """`block.update` with a new start, `minutes` and `keep: duration` (replay, the command
    line): the block lasts the minutes given, not its old length; and a kept length that
    would pass midnight refuses nothing when the minutes given fit."""
    ef = event_file
    ef.execute("event.set", {"title": "Jour", "date": "2016-01-19"})
    ef.execute("block.add", {"title": "Accueil", "start": "09:00", "end": "10:15"})
    ef.execute("block.update", {"block": "#1", "start": "10:00", "minutes": 30, "keep": "duration"})
    assert times(ef)[0] == ("Accueil", "10:00", "10:30")
    ef.execute("block.update", {"block": "#1", "end": "11:15"})
    ef.execute("block.update", {"block": "#1", "start": "23:00", "minutes": 20, "keep": "duration"})
    assert times(ef)[0] == ("Accueil", "23:00", "23:20")
