"""The clicker's PageDown and PageUp as commands: the speaker-first walk, PageUp as the exact
inverse of PageDown (the record compared as the JSON export writes it), notes left alone, a
refusal when the timers moved since, and taking a block up again as a second interval."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from helpers import cli
from pypdf import PdfReader

from facilitateur.clock import FakeClock
from facilitateur.export.json_export import event_document
from facilitateur.models import queries
from facilitateur.models.agenda.dayplan import day_timings
from facilitateur.models.agenda.podium_steps import (
    StepKind,
    UndoKind,
    block_list,
    last_step,
    next_step,
)
from facilitateur.models.agenda.timing import RunState
from facilitateur.models.commands import CommandError
from facilitateur.sample import create_sample

PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def clock():
    return FakeClock(datetime(2016, 1, 19, 9, 0, tzinfo=PARIS))


@pytest.fixture
def day(tmp_path, clock):
    ef = create_sample(tmp_path / "day.facil", clock)
    yield ef
    ef.close()


def record(ef) -> dict:
    """The event as `export json` writes it, without the journal (which grows by design)."""
    with ef.session() as s:
        doc = event_document(s, include_internal=True)
    del doc["journal"]
    return doc


def step(ef, clock):
    with ef.session() as s:
        return next_step(s, clock.now())


def undoable(ef):
    with ef.session() as s:
        return last_step(s)


def states(ef, clock):
    with ef.session() as s:
        timings = day_timings(s, queries.days(s)[0], PARIS, clock.now())
    return [t.reading.state for t in timings]


def test_pagedown_walks_the_speakers_first_and_says_what_it_will_do(day, clock):
    assert step(day, clock).kind == StepKind.START_BLOCK
    assert step(day, clock).block == "Mot d’accueil"
    day.execute("podium.next")
    assert step(day, clock) == (
        type(step(day, clock))(StepKind.GIVE_FLOOR, speaker="Florence RAINEIX")
    )
    day.execute("podium.next")
    assert step(day, clock).kind == StepKind.END_TURN
    assert step(day, clock).speaker == "Florence RAINEIX"
    day.execute("podium.next")
    assert step(day, clock).kind == StepKind.NEXT_BLOCK
    assert step(day, clock).block == "La diversité des enjeux des territoires"
    day.execute("podium.next")
    assert states(day, clock)[:2] == [RunState.ENDED, RunState.RUNNING]
    assert step(day, clock).kind == StepKind.GIVE_FLOOR  # the round table's list comes first


def test_pageup_is_the_exact_inverse_of_each_pagedown_step_in_order(day, clock):
    day.execute("timer.start")
    clock.advance(60)
    records = [record(day)]
    for _ in range(5):  # Florence has the floor, her turn ends, next block, Y. BLANC, V. CORDOBA
        clock.advance(37)
        day.execute("podium.next")
        records.append(record(day))
    assert undoable(day).kind == UndoKind.TURN_STARTED
    assert undoable(day).speaker == "Vanessa CORDOBA"
    for expected in reversed(records[:-1]):
        clock.advance(11)
        day.execute("podium.back")
        assert record(day) == expected  # no block re-timed, no turn cut, nothing left over
    assert undoable(day) is None
    with pytest.raises(CommandError, match="no PageDown step") as refused:
        day.execute("podium.back")
    assert refused.value.reason == "nothing_to_undo"


def test_pageup_during_a_speech_does_not_jump_back_a_block_nor_cut_the_speaker(day, clock):
    day.execute("timer.start", {"block": "#2"})
    day.execute("podium.next")  # Yannick BLANC has the floor
    clock.advance(120)
    before = record(day)
    day.execute("podium.next")  # by mistake: Vanessa CORDOBA
    clock.advance(5)
    day.execute("podium.back")
    assert record(day) == before
    assert states(day, clock)[:3] == [RunState.NOT_STARTED, RunState.RUNNING, RunState.NOT_STARTED]
    with day.session() as s:
        block = queries.top_blocks(s, queries.days(s)[0].id)[1]
        speaking = [p.name for e, p in block_list(s, block) if e.status == "speaking"]
    assert speaking == ["Yannick BLANC"]  # still speaking, his time running since he began


def test_a_note_captured_meanwhile_is_not_undone_by_pageup(day, clock):
    day.execute("timer.start")
    day.execute("podium.next")
    note = day.execute("note.add", {"block": "#1", "kind": "decision", "text": "On garde"})
    day.execute("note.update", {"note": note.result["id"], "text": "On garde le cap"})
    day.execute("podium.back")
    with day.session() as s:
        texts = [n["text"] for n in event_document(s)["notes"]]
    assert texts == ["On garde le cap"]
    assert undoable(day) is None  # Space started the block: not a PageDown step


def test_pageup_refuses_when_the_timers_moved_since_and_ctrl_z_still_works(day, clock):
    day.execute("timer.start")
    day.execute("podium.next")  # Florence RAINEIX has the floor
    day.execute("timer.adjust", {"seconds": 60})  # one minute more: not a move of the timers
    assert not undoable(day).overtaken
    day.execute("timer.pause")
    assert undoable(day).overtaken
    before = record(day)
    with pytest.raises(CommandError) as refused:
        day.execute("podium.back")
    assert refused.value.reason == "step_overtaken" and record(day) == before
    day.undo()  # the pause undone: PageUp can undo the step again
    day.execute("podium.back")
    assert step(day, clock).kind == StepKind.GIVE_FLOOR


def test_ctrl_z_of_a_pageup_brings_the_step_back_and_pageup_undoes_it_again(day, clock):
    day.execute("timer.start")
    day.execute("podium.next")
    after = record(day)
    day.execute("podium.back")
    day.undo()
    assert record(day) == after
    day.execute("podium.back")
    assert step(day, clock).speaker == "Florence RAINEIX"


def test_the_cli_export_is_the_same_before_a_pagedown_and_after_its_pageup(day, clock, tmp_path):
    day.execute("timer.start", {"block": "#2"})
    day.execute("podium.next")
    clock.advance(200)
    path = day.path
    out = [tmp_path / "before.json", tmp_path / "after.json"]
    assert cli("export", "json", "--db", path, "-o", out[0]).returncode == 0
    day.execute("podium.next")
    clock.advance(3)
    day.execute("podium.back")
    assert cli("export", "json", "--db", path, "-o", out[1]).returncode == 0
    before, after = (json.loads(p.read_text(encoding="utf-8")) for p in out)
    assert [e["cmd"] for e in after["journal"][-2:]] == ["podium.next", "podium.back"]
    del before["journal"], after["journal"]
    assert before == after


def test_taking_a_block_up_again_records_a_second_interval(day, clock):
    day.execute("timer.start")
    clock.advance(300)
    day.execute("timer.next")  # the welcome cut short: taken up later
    clock.advance(600)
    day.execute("timer.take_up", {"block": "#1"})
    with day.session() as s:
        timings = day_timings(s, queries.days(s)[0], PARIS, clock.now())
    welcome, second = timings[0].reading, timings[1].reading
    t0 = datetime(2016, 1, 19, 9, 0, tzinfo=PARIS)
    assert [(a - t0).seconds if a else None for a, _b in welcome.intervals] == [0, 900]
    assert welcome.intervals[0][1] is not None and welcome.intervals[1][1] is None
    assert welcome.state == RunState.RUNNING and second.state == RunState.ENDED
    assert second.intervals == ((welcome.intervals[0][1], welcome.intervals[1][0]),)
    with day.session() as s:
        block = event_document(s)["days"][0]["blocks"][0]
    assert len(block["intervals"]) == 2 and block["intervals"][1]["end"] is None
    with pytest.raises(CommandError) as refused:
        day.execute("timer.take_up", {"block": "#1"})
    assert refused.value.reason == "running"


def test_the_synthesis_shows_both_intervals_of_a_block_taken_up_again(day, clock, tmp_path):
    day.execute("timer.start")
    clock.advance(300)
    day.execute("timer.next")
    clock.advance(600)
    day.execute("timer.take_up", {"block": "#1"})
    clock.advance(240)
    day.execute("timer.end")
    out = tmp_path / "synthese.pdf"
    done = cli("export", "pdf", "--db", day.path, "-o", out, "--lang", "en")
    assert done.returncode == 0, done.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "9:00–9:05\xa0AM\n9:15–9:19\xa0AM" in text  # both intervals, in the programme as run
    assert "Actual 9:00–9:05\xa0AM and 9:15–9:19\xa0AM" in text  # and under the block's title
