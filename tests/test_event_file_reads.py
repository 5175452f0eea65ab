"""What the main window and its controllers read of the open event, asked of the domain
without Qt: each read opens its own session, on a file and on a shared event alike."""

from __future__ import annotations

import csv
import sqlite3
import uuid

import icalendar
import pytest
from sqlalchemy import func, select

from facilitateur.export.event_exports import (
    has_run,
    write_actions_csv,
    write_board_and_signs,
    write_calendar,
    write_speakers_csv,
)
from facilitateur.models import queries
from facilitateur.models.agenda.heading import event_title, podium_holder_of
from facilitateur.models.notes.model import Note
from facilitateur.models.refusal import Refusal
from facilitateur.models.storage.contents import event_contents
from facilitateur.models.storage.engines import SharedEvent
from facilitateur.models.storage.integrity import file_damage, refuse_damaged_file
from facilitateur.models.storage.schema import EventFileError
from facilitateur.models.storage.store import EventFile
from facilitateur.models.storage.transfer import share_event
from facilitateur.sample import Sample, create_sample


def test_a_whole_event_is_found_whole_on_either_engine(sample_file):
    """A shared event is checked as a shared event (its server checks its own pages): the
    check of a file's pages is not asked of PostgreSQL, where it would fail."""
    assert not file_damage(sample_file)
    refuse_damaged_file(sample_file)  # raises nothing


def test_a_damaged_file_is_found_and_refused_for_export(tmp_path, clock):
    path = tmp_path / "jour.facil"
    create_sample(path, clock).close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = OFF")
    con.execute(f"UPDATE speaker_entry SET person_id = '{uuid.uuid4().hex}' WHERE rowid = 1")
    con.commit()
    con.close()
    ef = EventFile.open(path, clock)
    try:
        assert file_damage(ef).orphans == {"speaker_entry": 1}
        with pytest.raises(EventFileError) as refused:
            refuse_damaged_file(ef)
        assert refused.value.reason == Refusal.DAMAGED_EXPORT
    finally:
        ef.close()


def test_the_title_is_the_events_or_else_the_files_name(sample_file):
    with sample_file.session() as s:
        title = queries.the_event(s).title
    assert title and event_title(sample_file) == title
    sample_file.execute("event.set", {"title": ""})
    assert event_title(sample_file) == sample_file.name


def test_nobody_holds_the_podium_of_an_event_not_yet_run(sample_file):
    assert podium_holder_of(sample_file) == ("", "")


def test_the_contents_count_the_notes_placed_workshops_reports_and_dots(sample_file):
    before = event_contents(sample_file)
    sample_file.execute("note.add", {"block": "#1", "text": "Une de plus"})
    after = event_contents(sample_file)
    with sample_file.session() as s:
        notes = s.scalar(select(func.count()).select_from(Note))
    assert after["notes"] == notes == before["notes"] + 1
    assert set(after) == {"notes", "workshops", "reports", "dots"}
    assert all(isinstance(n, int) and n >= 0 for n in after.values())


def test_a_day_not_yet_run_and_a_day_run(sample_file, tmp_path, clock):
    assert not has_run(sample_file)
    ran = create_sample(tmp_path / "run.facil", clock, Sample.RUN)
    try:
        assert has_run(ran)
    finally:
        ran.close()


def test_the_exports_write_what_they_count(tmp_path, clock):
    ef = create_sample(tmp_path / "run.facil", clock, Sample.RUN)
    try:
        ef.execute("note.add", {"block": "#1", "kind": "action", "text": "Appeler", "owner": "Ana"})
        turns = write_speakers_csv(ef, tmp_path / "turns.csv", clock.now(), "fr")
        with (tmp_path / "turns.csv").open(encoding="utf-8-sig", newline="") as f:
            assert len(list(csv.reader(f, delimiter=";"))) == turns + 1 > 1
        actions = write_actions_csv(ef, tmp_path / "actions.csv", "fr")
        rows = (tmp_path / "actions.csv").read_text(encoding="utf-8-sig").splitlines()
        assert actions >= 1 and any(r.startswith("Appeler;Ana;") for r in rows)
        assert write_calendar(ef, tmp_path / "p.ics", clock.now()) == 0  # every block timed
        calendar = icalendar.Calendar.from_ical((tmp_path / "p.ics").read_bytes())
        assert len(calendar.walk("VEVENT")) > 5
        signs = write_board_and_signs(ef, tmp_path / "board.pdf", "fr", "FR")
        assert signs > 0 and (tmp_path / "board.pdf").read_bytes().startswith(b"%PDF")
    finally:
        ef.close()


def test_a_merge_plan_reads_the_other_copy_and_writes_neither(sample_file, tmp_path, clock):
    other_path = tmp_path / "autre.facil"
    sample_file.save_copy(other_path)
    other = EventFile.open(other_path, clock)
    other.execute("note.add", {"block": "#1", "text": "Idée de l’atelier", "author": "Marc"})
    other.close()
    before = other_path.read_bytes()
    plan = sample_file.merge_plan(other_path)
    assert plan.count_new("note") == 1 and plan.differences == []
    assert other_path.read_bytes() == before
    with sample_file.session() as s:
        assert not s.scalars(select(Note).where(Note.text == "Idée de l’atelier")).first()


def test_sharing_on_a_server_out_of_reach_is_refused_in_words(sample_file):
    shared = SharedEvent.parse("postgresql://nobody@127.0.0.1:1/jour")
    with pytest.raises(EventFileError) as refused:
        share_event(sample_file, shared, None)
    assert refused.value.reason == Refusal.UNREACHABLE


@pytest.mark.sqlite_only
def test_an_event_is_shared_into_an_empty_database_only(sample_file, pg_empty_address, clock):
    shared = SharedEvent.parse(pg_empty_address)
    share_event(sample_file, shared, None)
    there = EventFile.connect(pg_empty_address, clock)
    try:
        assert event_title(there) == event_title(sample_file)
    finally:
        there.close()
    with pytest.raises(EventFileError) as refused:
        share_event(sample_file, shared, None)  # it holds an event now
    assert refused.value.reason == Refusal.NOT_EMPTY
