"""The read models the screens ask instead of writing queries: each read from a real event file
built by running commands, without Qt, and each returning values that stay readable once its
session is closed."""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

import pytest

from facilitateur.models.agenda.podium_page import read_podium_page
from facilitateur.models.agenda.podium_steps import StepKind
from facilitateur.models.agenda.read import (
    block_timer,
    day_info,
    day_list,
    day_plan,
    day_summary,
    event_settings,
    first_date,
    has_agenda,
    next_day,
    outline,
    person_names,
    read_running_day,
)
from facilitateur.models.agenda.timing import RunState
from facilitateur.models.notes.query import read_notes
from facilitateur.models.openspace.read import (
    board_of,
    open_space,
    open_space_days,
    read_report,
)
from facilitateur.models.speakers.stats import read_turns


@pytest.fixture
def day_of_two(event_file):
    """A day of 19 January 2016 (09:00–18:00) with a welcome, a talk with two segments and two
    speakers, then an Open Space with a room, a slot and a placed workshop."""
    ef = event_file
    ef.execute(
        "event.set",
        {"title": "Rencontre", "date": "2016-01-19", "start": "09:00", "end": "18:00"},
    )
    ef.execute("block.add", {"title": "Accueil", "start": "09:00", "end": "09:15"})
    ef.execute(
        "block.add", {"title": "Exposé", "start": "09:10", "end": "10:00", "warning_seconds": 120}
    )
    ef.execute("block.add", {"title": "Partie 1", "parent": "Exposé", "minutes": 20})
    ef.execute("block.add", {"title": "Partie 2", "parent": "Exposé", "minutes": 20})
    ef.execute("speaker.add", {"block": "Exposé", "name": "Élise Roux", "category": "Élus"})
    ef.execute("speaker.add", {"block": "Exposé", "name": "Bruno Abel", "role": "Maire"})
    ef.execute(
        "block.add",
        {"title": "Forum ouvert", "start": "14:00", "end": "16:00", "kind": "open_space"},
    )
    ef.execute("room.add", {"name": "Salle Jaurès"})
    ef.execute("slot.add", {"start": "14:00", "end": "15:00"})
    ef.execute("topic.add", {"title": "Mobilités", "convener": "Anne"})
    ef.execute("topic.assign", {"topic": "#1", "room": "#1", "slot": "#1"})
    return ef


def test_event_settings_name_what_event_set_names(day_of_two):
    ef = day_of_two
    ef.execute("event.set", {"turn_limit": 3, "timezone": "Europe/Paris"})
    ev = event_settings(ef)
    assert (ev.title, ev.timezone, ev.turn_limit) == ("Rencontre", "Europe/Paris", 3)
    assert str(ev.tz) == "Europe/Paris"
    assert ev.min_break_seconds >= 0


def test_days_in_order_and_one_day_read_alone(day_of_two):
    ef = day_of_two
    ef.execute("day.add", {"date": "2016-01-20", "label": "Jour 2"})
    days = day_list(ef)
    assert [(d.date, d.label) for d in days] == [
        (date(2016, 1, 19), ""),
        (date(2016, 1, 20), "Jour 2"),
    ]
    assert day_info(ef, days[0].id).start == time(9, 0)
    assert day_info(ef, uuid.uuid4()) is None
    assert first_date(ef) == date(2016, 1, 19)


def test_a_new_day_follows_the_last_one_with_its_hours(day_of_two):
    ef = day_of_two
    ef.execute("day.update", {"day": "#1", "start": "08:30", "end": "17:00"})
    new = next_day(ef, today=date(2030, 5, 5))
    assert (new.date, new.start, new.end) == (date(2016, 1, 20), "08:30", "17:00")


def test_a_new_day_without_a_dated_day_before_it_is_today(event_file):
    assert next_day(event_file, today=date(2030, 5, 5)).date == date(2030, 5, 5)
    event_file.execute("event.set", {"title": "Sans date"})  # a first day, undated
    new = next_day(event_file, today=date(2030, 5, 5))
    assert (new.date, new.start, new.end) == (date(2030, 5, 5), "09:00", "18:00")


def test_has_agenda_once_a_block_is_added(event_file):
    event_file.execute("event.set", {"title": "Vide", "date": "2016-01-19"})
    assert not has_agenda(event_file)
    event_file.execute("block.add", {"title": "Accueil"})
    assert has_agenda(event_file)


def test_day_plan_holds_segments_speakers_and_flags(day_of_two):
    ef = day_of_two
    plan = day_plan(ef, day_list(ef)[0].id)
    assert [b.title for b in plan] == ["Accueil", "Exposé", "Forum ouvert"]
    talk = plan[1]
    assert [(s.title, s.start, s.end) for s in talk.segments] == [
        ("Partie 1", time(9, 10), time(9, 30)),
        ("Partie 2", time(9, 30), time(9, 50)),
    ]
    assert [(p.name, p.role) for p in talk.speakers] == [
        ("Élise Roux", ""),
        ("Bruno Abel", "Maire"),
    ]
    assert [(f.kind, f.seconds) for f in talk.flags] == [("overlap", 300)]
    assert [f.kind for f in plan[2].flags] == ["gap"]
    assert day_plan(ef, uuid.uuid4()) == []


def test_day_summary_counts_what_the_plan_flags(day_of_two):
    ef = day_of_two
    summary = day_summary(ef, day_list(ef)[0].id)
    assert sorted(f.kind for f in summary.flags) == ["gap", "overlap"]
    assert summary.planned_seconds == (15 + 50 + 120) * 60
    assert (summary.start, summary.end) == (time(9, 0), time(18, 0))
    assert day_summary(ef, uuid.uuid4()) is None


def test_outline_lists_every_block_then_its_segments(day_of_two):
    entries = outline(day_of_two)
    assert [(e.title, e.segment) for e in entries] == [
        ("Accueil", False),
        ("Exposé", False),
        ("Partie 1", True),
        ("Partie 2", True),
        ("Forum ouvert", False),
    ]


def test_person_names_in_order(day_of_two):
    assert person_names(day_of_two) == ["Bruno Abel", "Élise Roux"]


def test_block_timer_beside_the_event_defaults(day_of_two):
    ef = day_of_two
    ef.execute("event.set", {"danger_seconds": 30})
    talk = day_plan(ef, day_list(ef)[0].id)[1]
    settings = block_timer(ef, talk.id)
    assert (settings.warning_seconds, settings.danger_seconds) == (120, None)
    assert settings.default_danger == 30
    assert settings.mode == "countdown"
    assert block_timer(ef, uuid.uuid4()) is None


def test_running_day_and_podium_page_follow_the_timer(day_of_two, clock):
    ef = day_of_two
    tz = event_settings(ef).tz
    before = read_running_day(ef, tz, clock.now())
    assert before.date == date(2016, 1, 19)
    assert before.status.current is None
    clock.set(clock.now() + timedelta(hours=1))
    ef.execute("timer.start", {"block": "Accueil"})
    running = read_running_day(ef, tz, clock.now())
    assert running.timings[running.status.current].title == "Accueil"
    assert running.timings[0].reading.state == RunState.RUNNING

    ef.execute("timer.start", {"block": "Exposé"})
    page = read_podium_page(ef, clock.now())
    assert page.podium.at(clock.now()).block.title == "Exposé"
    assert [e.name for e in page.queue] == ["Élise Roux", "Bruno Abel"]
    assert page.block_id == page.podium.at(clock.now()).block.id
    assert page.people == ("Bruno Abel", "Élise Roux")
    assert page.categories == ("Élus",)
    assert (page.next_step.kind, page.next_step.speaker) == (StepKind.GIVE_FLOOR, "Élise Roux")
    assert page.last_step is None  # no PageDown yet
    ef.execute("podium.next")
    assert read_podium_page(ef, clock.now()).last_step is not None


def test_podium_page_of_an_empty_event(event_file, clock):
    page = read_podium_page(event_file, clock.now())
    assert (page.block_id, page.queue, page.next_step, page.last_step) == (None, (), None, None)


def test_read_turns_after_a_turn_was_taken(day_of_two, clock):
    ef = day_of_two
    ef.execute("timer.start", {"block": "Exposé"})
    ef.execute("speaker.start", {"block": "Exposé"})
    clock.set(clock.now() + timedelta(minutes=2))
    ef.execute("speaker.stop", {"block": "Exposé"})
    (turn,) = read_turns(ef, clock.now())
    assert (turn.person, turn.duration) == ("Élise Roux", timedelta(minutes=2))


def test_read_notes_all_or_some(day_of_two):
    ef = day_of_two
    first = ef.execute("note.add", {"block": "Partie 1", "text": "Une idée"}).result["id"]
    ef.execute("note.add", {"block": "Accueil", "text": "Café", "speaker": "Bruno Abel"})
    rows = read_notes(ef)
    assert [(r.text, r.place) for r in rows] == [
        ("Une idée", "Exposé › Partie 1"),
        ("Café", "Accueil"),
    ]
    assert rows[1].speaker == "Bruno Abel"
    assert [r.text for r in read_notes(ef, [uuid.UUID(first)])] == ["Une idée"]


def test_open_space_view_with_its_reports(day_of_two):
    ef = day_of_two
    ef.execute(
        "report.set",
        {"topic": "#1", "convener": "Anne", "key_points": "Vélo", "proposals": ["A", "B"]},
    )
    view = open_space(ef)
    assert [t.title for t in view.board.topics] == ["Mobilités"]
    assert [(p.text, p.rank, p.workshop) for p in view.proposals] == [
        ("A", 1, "Mobilités"),
        ("B", 1, "Mobilités"),
    ]
    topic = view.board.topics[0].id
    assert (view.reports[topic].convener, view.reports[topic].key_points) == ("Anne", "Vélo")
    assert board_of(ef).placed == view.board.placed


def test_open_space_days_carry_the_open_space_hours(day_of_two):
    ef = day_of_two
    ef.execute("day.add", {"date": "2016-01-20"})
    days = open_space_days(ef)
    assert [(d.date, d.start, d.end) for d in days] == [
        (date(2016, 1, 19), time(14, 0), time(16, 0)),
        (date(2016, 1, 20), None, None),
    ]


def test_a_report_as_stored_with_its_next_steps(day_of_two):
    ef = day_of_two
    topic = board_of(ef).topics[0].id
    assert read_report(ef, None) == read_report(ef, topic)  # nothing written yet
    assert not read_report(ef, topic).exists
    ef.execute(
        "report.set",
        {
            "topic": "#1",
            "convener": "Anne",
            "participants_count": 12,
            "proposals": ["Des vélos", "Un bus"],
            "next_steps": [{"text": "Écrire au maire", "owner": "Anne", "due": "2016-02-01"}],
        },
    )
    report = read_report(ef, topic)
    assert report.exists
    assert (report.convener, report.participants_count, report.status) == ("Anne", 12, "draft")
    assert report.proposals == ("Des vélos", "Un bus")
    assert [(n.text, n.owner, n.due) for n in report.next_steps] == [
        ("Écrire au maire", "Anne", date(2016, 2, 1))
    ]
    assert report.version is not None


def test_kinds_modes_and_statuses_are_their_enumerations_members(day_of_two):
    """What the file keeps as text is read, and held once set by a command, as the member of
    its enumeration; a text no member has (a damaged row) reads as the fallback, and the day is
    still shown."""
    from sqlalchemy import select, text

    from facilitateur.models.agenda.model import AgendaBlock, BlockKind, TimerMode
    from facilitateur.models.notes.model import Note, NoteKind
    from facilitateur.models.openspace.model import ReportStatus, WorkshopReport

    ef = day_of_two
    ef.execute("block.update", {"block": "Accueil", "kind": "welcome", "timer_mode": "elapsed"})
    ef.execute("note.add", {"block": "Accueil", "text": "On continue", "kind": "decision"})
    ef.execute("report.set", {"topic": "#1", "key_points": "Vélo"})
    plan = day_plan(ef, day_list(ef)[0].id)
    assert [type(b.kind) for b in plan] == [BlockKind] * 3
    assert (plan[0].kind, plan[2].kind) == (BlockKind.WELCOME, BlockKind.OPEN_SPACE)
    assert block_timer(ef, plan[0].id).mode is TimerMode.ELAPSED
    assert [r.kind for r in read_notes(ef)] == [NoteKind.DECISION]
    with ef.session() as s:
        assert type(s.scalars(select(Note.kind)).one()) is NoteKind
        assert s.scalars(select(WorkshopReport.status)).one() is ReportStatus.DRAFT
        block = s.scalars(select(AgendaBlock).where(AgendaBlock.title == "Exposé")).one()
        block.kind = "talk"  # as a command's argument sets it, before any flush
        assert block.kind is BlockKind.TALK
        s.rollback()
        s.execute(text("UPDATE agenda_block SET kind = 'séance', timer_mode = 'sablier'"))
        s.commit()
    plan = day_plan(ef, day_list(ef)[0].id)
    assert [b.kind for b in plan] == [BlockKind.OTHER] * 3
    assert block_timer(ef, plan[0].id).mode is TimerMode.COUNTDOWN


def test_a_timers_marks_are_members_and_one_no_member_has_is_passed_over(day_of_two, clock):
    """A timer's marks are read as members; a mark no member has (a later version's, a
    damaged row) is passed over: the timer reads as the marks it knows make it."""
    from sqlalchemy import select, text

    from facilitateur.models.agenda.model import TimerTransition, Transition

    ef = day_of_two
    tz = event_settings(ef).tz
    ef.execute("timer.start", {"block": "Accueil"})
    clock.set(clock.now() + timedelta(minutes=1))
    ef.execute("timer.pause")
    clock.set(clock.now() + timedelta(minutes=2))
    with ef.session() as s:
        marks = s.scalars(select(TimerTransition.kind).order_by(TimerTransition.seq)).all()
        assert marks == [Transition.STARTED, Transition.PAUSED]
        s.execute(text("UPDATE timer_transition SET kind = 'lap' WHERE kind = 'paused'"))
        s.commit()
        marks = s.scalars(select(TimerTransition.kind).order_by(TimerTransition.seq)).all()
        assert marks == [Transition.STARTED, Transition.UNKNOWN]
    running = read_running_day(ef, tz, clock.now())
    assert running.timings[0].reading.state == RunState.RUNNING
    assert running.timings[0].reading.elapsed == timedelta(minutes=3)


def test_an_undo_recorded_with_a_kind_no_member_has_restores_the_fallback(event_file):
    """The journal keeps what it recorded as text: a kind no member has there (a damaged row
    removed, a later version's kind) is put back as the fallback by Undo, not refused with
    a traceback; a file from elsewhere is still checked (test_hostile_files)."""
    from sqlalchemy import text

    from facilitateur.models.agenda.model import BlockKind

    ef = event_file
    ef.execute("block.add", {"title": "Atelier", "start": "09:00", "end": "10:00", "kind": "panel"})
    ef.execute("block.remove", {"block": "Atelier"})
    with ef.session() as s:
        done = s.execute(
            text("UPDATE journal SET changes = replace(changes, :old, :new)"),
            {"old": '"kind": "panel"', "new": '"kind": "seance"'},
        )
        assert done.rowcount >= 1
        s.commit()
    ef.undo()
    plan = day_plan(ef, day_list(ef)[0].id)
    assert [(b.title, b.kind) for b in plan] == [("Atelier", BlockKind.OTHER)]
    ef.redo()
    assert day_plan(ef, day_list(ef)[0].id) == []
