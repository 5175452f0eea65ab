"""Lists of speakers: queue rules, speaking time with pauses (fake clock), statistics, CSV."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from facilitateur.models.commands import CommandError
from facilitateur.models.speakers.queue import block_queue
from facilitateur.models.speakers.stats import per_block, per_category, per_person, turns

PARIS = ZoneInfo("Europe/Paris")
PANEL = "#2.2"  # the round table of the reference day


def names(ef, block=PANEL):
    with ef.session() as s:
        from facilitateur.models.commands.refs import resolve_block

        return [
            (q.name, q.status)
            for q in block_queue(s, resolve_block(s, block))
            if q.block_title.startswith("Table")
        ]


@pytest.fixture
def day(sample_file, clock):
    clock.set(datetime(2016, 1, 19, 9, 15, tzinfo=PARIS))
    sample_file.execute("timer.start", {"block": "#2"})
    return sample_file


def test_planned_speakers_come_from_the_agenda_and_speak_in_order(day):
    day.execute("speaker.start", {"block": PANEL})
    day.execute("speaker.next", {"block": PANEL})
    assert names(day)[:3] == [
        ("Yannick BLANC", "done"),
        ("Vanessa CORDOBA", "speaking"),
        ("Pierre FONLUPT", "waiting"),
    ]


def test_a_point_of_order_goes_to_the_top_and_a_reply_right_after_the_speaker(day):
    day.execute("speaker.start", {"block": PANEL})  # Yannick BLANC speaks
    day.execute("speaker.add", {"block": PANEL, "name": "Léa NGUYEN", "speech_type": "reply"})
    day.execute(
        "speaker.add", {"block": PANEL, "name": "Marc DUBOIS", "speech_type": "point_of_order"}
    )
    day.execute("speaker.add", {"block": PANEL, "name": "Zoé MARTIN"})
    assert [n for n, _s in names(day)] == [
        "Yannick BLANC",
        "Marc DUBOIS",
        "Léa NGUYEN",
        "Vanessa CORDOBA",
        "Pierre FONLUPT",
        "Brigitte GIRAUD",
        "Akim OURAL",
        "Zoé MARTIN",
    ]


def test_those_who_have_not_spoken_go_first_when_asked(day):
    day.execute("event.set", {"first_timers_first": True})
    for _ in range(2):
        day.execute("speaker.next", {"block": PANEL})  # Yannick BLANC, then Vanessa CORDOBA
    day.execute("speaker.add", {"block": PANEL, "name": "Yannick BLANC"})  # has spoken: to the end
    day.execute("speaker.add", {"block": PANEL, "name": "Nouvelle VOIX"})  # first time: before him
    waiting = [n for n, s in names(day) if s == "waiting"]
    assert waiting[-2:] == ["Nouvelle VOIX", "Yannick BLANC"]


def test_a_known_person_keeps_what_is_on_file_and_the_result_says_what_was_typed(day):
    day.execute(
        "speaker.add",
        {"block": PANEL, "name": "Léa NGUYEN", "organisation": "CCI", "category": "Entreprises"},
    )
    changes = day.execute(
        "speaker.add",
        {"block": PANEL, "name": "léa nguyen", "organisation": "cci", "category": "Élus"},
    )
    assert changes.result["kept"] == {
        "name": "Léa NGUYEN",
        "on_file": ["Entreprises"],
        "typed": ["Élus"],
    }  # the organisation differs only by its case: nothing to say of it
    again = day.execute("speaker.add", {"block": PANEL, "name": "Léa NGUYEN", "role": "DG"})
    assert "kept" not in again.result  # a field empty on file is filled, not "kept"


def test_a_limit_of_turns_warns_without_refusing(day):
    day.execute("event.set", {"turn_limit": 1})
    day.execute("speaker.next", {"block": PANEL})
    changes = day.execute("speaker.add", {"block": PANEL, "name": "yannick blanc"})
    assert changes.result["warning"] == "Yannick BLANC has already spoken 1 time (limit 1)"


def test_move_remove_and_readd(day):
    with day.session() as s:
        from facilitateur.models.commands.refs import resolve_block

        entries = [
            q for q in block_queue(s, resolve_block(s, PANEL)) if q.block_title.startswith("Table")
        ]
    day.execute("speaker.move", {"entry": str(entries[4].id), "position": 1})
    assert names(day)[0][0] == "Akim OURAL"
    day.execute("speaker.next", {"block": PANEL})
    day.execute("speaker.stop", {"block": PANEL})
    with pytest.raises(CommandError, match="already spoken stays"):
        day.execute("speaker.remove", {"block": PANEL, "name": "Akim OURAL"})
    day.execute("speaker.remove", {"block": PANEL, "name": "Brigitte GIRAUD"})
    day.execute("speaker.readd", {"block": PANEL})
    assert names(day)[1] == ("Akim OURAL", "waiting")
    assert "Brigitte GIRAUD" not in [n for n, _s in names(day)]


def test_speaking_time_is_end_minus_begin_minus_pauses_exactly(day, clock):
    day.execute("speaker.start", {"block": PANEL})
    clock.advance(95.25)
    day.execute("speaker.pause", {"block": PANEL})
    clock.advance(600)  # a fire alarm: not their time
    day.execute("speaker.resume", {"block": PANEL})
    clock.advance(30.5)
    day.execute("speaker.stop", {"block": PANEL})
    with day.session() as s:
        (turn,) = turns(s, clock.now())
    assert turn.duration == timedelta(seconds=125.75)
    assert (turn.person, turn.allotted) == ("Yannick BLANC", timedelta(seconds=300))


@pytest.mark.parametrize("cmd", ["timer.next", "timer.end"])
def test_the_turn_under_way_ends_with_its_block_and_comes_back_with_undo(day, clock, cmd):
    day.execute("speaker.start", {"block": PANEL})
    clock.advance(200)
    day.execute(cmd, {})
    clock.advance(3600)  # the turn does not run on after the block
    with day.session() as s:
        (turn,) = turns(s, clock.now())
    assert turn.duration == timedelta(seconds=200)
    assert names(day)[0] == ("Yannick BLANC", "done")
    day.undo()
    assert names(day)[0] == ("Yannick BLANC", "speaking")


def test_statistics_per_person_block_and_category(day, clock):
    day.execute(
        "speaker.add", {"block": "#1", "name": "Florence RAINEIX", "category": "Entreprises"}
    )
    for name, category in (("Yannick BLANC", "Collectivités"), ("Vanessa CORDOBA", "Entreprises")):
        day.execute("speaker.add", {"block": PANEL, "name": name, "category": category})
    plan = [(PANEL, 120), (PANEL, 60), (PANEL, 30)]
    for block, seconds in plan:
        day.execute("speaker.next", {"block": block})
        clock.advance(seconds)
    day.execute("speaker.stop", {"block": PANEL})
    with day.session() as s:
        all_turns = turns(s, clock.now())
    people = per_person(all_turns)
    assert [(p.name, p.total, p.turns) for p in people] == [
        ("Yannick BLANC", timedelta(seconds=120), 1),
        ("Vanessa CORDOBA", timedelta(seconds=60), 1),
        ("Pierre FONLUPT", timedelta(seconds=30), 1),
    ]
    (block,) = per_block(all_turns)
    assert (block.total, block.average, block.longest, block.turns) == (
        timedelta(seconds=210),
        timedelta(seconds=70),
        timedelta(seconds=120),
        3,
    )
    shares = {
        c.category: (round(c.time_share, 3), round(c.turn_share, 3))
        for c in per_category(all_turns)
    }
    assert shares == {
        "Collectivités": (0.571, 0.333),
        "Entreprises": (0.286, 0.333),
        "": (0.143, 0.333),
    }


def test_the_csv_of_turns_reads_back_as_excel_in_france_writes_it(day, clock, tmp_path):
    day.execute(
        "speaker.add", {"block": PANEL, "name": "=HYPERLINK(x)", "speech_type": "point_of_order"}
    )
    day.execute("speaker.start", {"block": PANEL})
    clock.advance(5)
    day.execute("speaker.next", {"block": PANEL})
    clock.advance(61)
    day.execute("speaker.next", {"block": PANEL})
    clock.advance(30)
    day.execute("speaker.stop", {"block": PANEL})
    day.close()
    out = tmp_path / "tours.csv"
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "facilitateur",
            "export",
            "csv-speakers",
            "--db",
            str(day.location),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert res.returncode == 0, res.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == [
        "Bloc",
        "Personne",
        "Rôle",
        "Organisation",
        "Catégorie",
        "Type de prise de parole",
        "Début",
        "Fin",
        "Durée (s)",
        "Temps alloué (s)",
    ]
    assert (
        rows[1][1] == "'=HYPERLINK(x)" and rows[1][5] == "motion d’ordre"
    )  # text, never a formula
    assert (
        rows[2][1] == "Yannick BLANC" and rows[2][6] == "2016-01-19 09:15:05" and rows[2][8] == "61"
    )
    assert rows[3][1:3] == [
        "Vanessa CORDOBA",
        "Cabinet CMI, co-auteur du rapport remis au CGET sur « Innovation & territoires de faible densité »",
    ]
    assert len(rows) == 4


def test_a_name_is_one_person_whatever_its_case_in_any_script(sample_file):
    """SQLite's lower() folds ASCII letters only: 'ÉLISE' was another person than 'Élise'."""
    from facilitateur.models.agenda.model import Person

    ef = sample_file
    ef.execute("speaker.add", {"block": "#1", "name": "Élise Bénali", "organisation": "Ville"})
    ef.execute("speaker.add", {"block": "#2", "name": "ÉLISE  BÉNALI"})
    ef.execute("note.add", {"block": "#1", "text": "Bien dit", "speaker": "élise bénali"})
    with ef.session() as s:
        people = [p for p in s.query(Person) if p.name.casefold() == "élise bénali"]
    assert len(people) == 1 and people[0].organisation == "Ville"
