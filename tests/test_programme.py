"""The programme parser: the reference day exactly, six other shapes, and the details."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from facilitateur.models.programme import ProgrammeError, parse_file, parse_programme

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures" / "programmes"
SHARED = HERE.parent.parent / "shared" / "fixtures"
SEED = SHARED / "seed_rencontre_pionniers_2016.txt"


def blocks(text: str) -> list[dict]:
    return parse_programme(text)["days"][0]["blocks"]


@pytest.mark.skipif(
    not SEED.exists(), reason="the shared reference fixture is not beside the project"
)
def test_the_reference_day_gives_exactly_the_expected_json():
    expected = json.loads(
        (SHARED / "seed_rencontre_pionniers_2016.expected.json").read_text(encoding="utf-8")
    )
    assert parse_file(SEED) == expected


def test_the_sample_day_shipped_in_resources_is_the_reference_programme():
    sample = (
        Path(__file__).resolve().parent.parent
        / "resources"
        / "sample"
        / "rencontre-pionniers-2016.txt"
    )
    expected = json.loads(
        (FIXTURES / "rencontre_pionniers_2016.expected.json").read_text(encoding="utf-8")
    )
    assert parse_file(sample) == expected


@pytest.mark.parametrize(
    "name",
    sorted(p.name for p in FIXTURES.iterdir() if not p.name.endswith(".expected.json")),
    # (rencontre_pionniers_2016.expected.json belongs to the sample in resources/, tested above)
)
def test_each_fixture_gives_its_expected_json(name):
    path = FIXTURES / name
    expected = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
    assert parse_file(path) == expected


def test_the_command_line_prints_the_contract(tmp_path):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "facilitateur",
            "program",
            "parse",
            str(FIXTURES / "seminaire_regional.txt"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["days"][0]["date"] == "2025-11-26"
    assert "warnings" not in doc


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Bonjour,\nvoici le compte rendu de la reunion.\n", ":1: no schedule found"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ":1: not text"),
        (b"9h Accueil\n10h Table ronde\n\x81\x8d\x8f\x90\x9d\n", ":3: cannot decode byte 0x81"),
    ],
)
def test_unreadable_input_ends_with_file_line_message_and_status_2(tmp_path, content, message):
    path = tmp_path / "programme.txt"
    path.write_bytes(content)
    out = subprocess.run(
        [sys.executable, "-m", "facilitateur", "program", "parse", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2
    assert out.stderr.startswith(f"{path}{message}"), out.stderr
    assert "Traceback" not in out.stderr and out.stdout == ""


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("9h Accueil", "09:00", None),
        ("9h15 Accueil", "09:15", None),
        ("9H30 Accueil", "09:30", None),
        ("09:15 Accueil", "09:15", None),
        ("9.15 Accueil", "09:15", None),
        ("9:15 am Accueil", "09:15", None),
        ("12:00 Noon Lunch", "12:00", None),
        ("9h15-10h30 : Accueil", "09:15", "10:30"),
        ("9h15 – 10h30 Accueil", "09:15", "10:30"),
        ("9h15 — 10h30 Accueil", "09:15", "10:30"),
        ("9h15 / 10h30 Accueil", "09:15", "10:30"),
        ("9h15 à 10h30 Accueil", "09:15", "10:30"),
        ("9:15 to 10:30 Welcome", "09:15", "10:30"),
        ("de 9h15 à 10h30 : Accueil", "09:15", "10:30"),
        ("9h Accueil [20 mn]", "09:00", "09:20"),
        ("9h Accueil (45 min)", "09:00", "09:45"),
        ("9h Accueil [1h30]", "09:00", "10:30"),
    ],
)
def test_times_as_people_write_them(line, start, end):
    b = blocks(line)[0]
    assert (b["start"], b["end"]) == (start, end)


def test_twelve_hour_times_follow_the_order_of_the_day():
    got = blocks("11:00 - 12:00 Talk\n12:00 - 1:00 Lunch\n1:00 - 2:30 Panel\n2:30 Close\n")
    assert [(b["start"], b["end"]) for b in got] == [
        ("11:00", "12:00"),
        ("12:00", "13:00"),
        ("13:00", "14:30"),
        ("14:30", None),
    ]


def test_a_single_start_takes_its_end_from_the_next_block_marked_inferred():
    got = blocks("9h Accueil\n9h30 Table ronde\n")
    assert (got[0]["end"], got[0]["end_inferred"]) == ("09:30", True)


def test_numbers_inside_text_are_not_times():
    got = parse_programme(
        "9h Accueil\n- Agenda 21) et 38% des associations, vers 16h30 peut-être\n10h Clôture\n"
    )
    b = got["days"][0]["blocks"]
    assert [x["title"] for x in b] == ["Accueil", "Clôture"]
    assert b[0]["items"][0]["title"].startswith("Agenda 21)")


def test_untimed_blocks_between_timed_ones_are_placed_between():
    got = blocks("9h-12h Ateliers\nREPAS\n14h-16h Restitution\n")
    assert [(b["title"], b["start"], b["end"], b["end_inferred"]) for b in got] == [
        ("Ateliers", "09:00", "12:00", False),
        ("REPAS", "12:00", "14:00", True),
        ("Restitution", "14:00", "16:00", False),
    ]


def test_an_untimed_block_with_no_time_around_gets_a_warning():
    got = parse_programme("PROGRAMME\nAccueil café\n9h Plénière\n")
    assert got["days"][0]["blocks"][0]["start"] is None
    assert got["warnings"] == [
        {"line": 2, "message": "no time for “Accueil café”: set its start by hand"}
    ]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("9h Mot d’accueil de Anne ROUX, maire", [("Anne ROUX", None, "maire")]),
        ("9h Synthèse : Gerardo GIL, doctorant", [("Gerardo GIL", None, "doctorant")]),
        ("9h Ouverture (Anne ROUX, maire)", [("Anne ROUX", None, "maire")]),
        (
            "9h Table ronde\nIntervenants : A. DUPONT (ADEME), Paul MARTIN (Ville) et Léa NGUYEN (CCI)",
            [
                ("A. DUPONT", "ADEME", None),
                ("Paul MARTIN", "Ville", None),
                ("Léa NGUYEN", "CCI", None),
            ],
        ),
        ("9h Panel\nModerator: Jane Smith, BBC", [("Jane Smith", "BBC", "Moderator")]),
        (
            "9h Table ronde\nYannick BLANC\nVanessa CORDOBA",
            [("Yannick BLANC", None, None), ("Vanessa CORDOBA", None, None)],
        ),
    ],
)
def test_speakers_in_their_usual_forms(text, speakers):
    b = blocks(text)[0]
    assert [(s["name"], s.get("organisation"), s["role"]) for s in b["speakers"]] == speakers


def test_subject_colon_name_keeps_the_subject_as_topic():
    b = blocks("9h Éclairages\n- Regards croisés\no Le numérique : Philippe LEMOINE, Président\n")[
        0
    ]
    assert b["items"][0]["speakers"] == [
        {"name": "Philippe LEMOINE", "role": "Président", "topic": "Le numérique"}
    ]


def test_a_name_wrapped_onto_the_next_line_is_joined():
    b = blocks(
        "9h Plénière\n- Débat\no L’impact du numérique : Philippe\nLEMOINE, Président du Forum\n"
    )[0]
    assert b["items"][0]["speakers"][0]["name"] == "Philippe LEMOINE"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Pause", "break"),
        ("Pause café", "break"),
        ("Coffee break", "break"),
        ("Déjeuner", "meal"),
        ("Buffet", "meal"),
        ("Lunch", "meal"),
        ("REPAS", "meal"),
        ("Atelier", "workshop"),
        ("Breakout sessions", "workshop"),
        ("Forum ouvert", "open_space"),
        ("Open Space", "open_space"),
        ("Restitution", "report_back"),
        ("Report back", "report_back"),
        ("Questions-réponses", "q_and_a"),
        ("Q&A", "q_and_a"),
        ("Conclusion", "closing"),
        ("Clôture", "closing"),
        ("Closing remarks", "closing"),
        ("Table ronde", "panel"),
        ("Round table", "panel"),
        ("Film", "film"),
        ("Accueil", "welcome"),
        ("Welcome", "welcome"),
        ("Keynote", "talk"),
        ("Visite du site", "other"),
        ("Exhibit Hall Open", "other"),
    ],
)
def test_kinds_from_words_in_either_language(title, kind):
    assert blocks(f"9h {title}")[0]["kind"] == kind


def test_several_days_and_parts_of_a_day():
    got = parse_programme(
        "Samedi 14 mai 2022 matin\n9h Accueil\nSamedi 14 mai après-midi\n14h Ateliers\n"
        "Dimanche 15 mai\n9h Marche\n"
    )
    assert [(d["date"], len(d["blocks"])) for d in got["days"]] == [
        ("2022-05-14", 2),
        ("2022-05-15", 1),
    ]
    assert got["days"][0]["blocks"][1]["section"] == "Après-midi"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_csv_in_the_encodings_excel_writes(tmp_path, encoding):
    path = tmp_path / "programme.csv"
    path.write_bytes(
        "Début;Fin;Titre;Intervenants\n09:00;09:30;Accueil café;\n09:30;10:30;Table ronde;Hélène FAURE (Région)\n".encode(
            encoding
        )
    )
    got = parse_file(path)["days"][0]["blocks"]
    assert [(b["start"], b["end"], b["title"], b["kind"]) for b in got] == [
        ("09:00", "09:30", "Accueil café", "welcome"),
        ("09:30", "10:30", "Table ronde", "panel"),
    ]
    assert got[1]["speakers"][0]["name"] == "Hélène FAURE"


def test_csv_with_commas_and_english_headers_and_a_duration(tmp_path):
    path = tmp_path / "agenda.csv"
    path.write_text(
        'Start,Duration,Title,Speakers\n9:00,30,Registration,\n9:30,1h15,Keynote,"Jane Smith, CEO"\n'
    )
    got = parse_file(path)["days"][0]["blocks"]
    assert [(b["start"], b["end"]) for b in got] == [("09:00", "09:30"), ("09:30", "10:45")]
    assert got[1]["speakers"] == [{"name": "Jane Smith", "role": "CEO", "topic": None}]


def test_a_csv_without_a_title_column_says_so(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a;b;c\n1;2;3\n")
    with pytest.raises(ProgrammeError, match="no header row"):
        parse_file(path)


def test_a_bad_time_in_a_table_names_its_row(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("Début;Titre\n09:00;Accueil\n9 heures;Table ronde\n")
    with pytest.raises(ProgrammeError) as e:
        parse_file(path)
    assert e.value.line == 3


def test_the_json_of_export_json_reads_back_as_the_agenda(sample_file, tmp_path):
    from facilitateur.export.json_export import export_json

    out = tmp_path / "event.json"
    with sample_file.session() as s:
        export_json(s, out)
    got = parse_file(out)
    expected = json.loads(
        (FIXTURES / "rencontre_pionniers_2016.expected.json").read_text(encoding="utf-8")
    )
    assert [b["title"] for b in got["days"][0]["blocks"]] == [
        b["title"] for b in expected["days"][0]["blocks"]
    ]
    assert (
        got["days"][0]["blocks"][2]["items"][2]["speakers"][0]["topic"]
        == "Les solutions d’animation du territoire"
    )


def test_a_json_syntax_error_names_its_line(tmp_path):
    path = tmp_path / "p.json"
    path.write_text('{"days": [\n  {"blocks": ]\n}')
    with pytest.raises(ProgrammeError) as e:
        parse_file(path)
    assert e.value.line == 2


@pytest.mark.parametrize("bullet", ["-", "•", "o", "►", "*", "1.", "2)"])
def test_bullets_of_every_kind_make_items(bullet):
    b = blocks(f"9h Plénière\n{bullet} Film introductif\n{bullet} Table ronde\n")[0]
    assert [i["title"] for i in b["items"]] == ["Film introductif", "Table ronde"]


def test_a_replay_script_can_import_a_programme(tmp_path):
    script = tmp_path / "s.jsonl"
    text = (FIXTURES / "seminaire_regional.txt").read_text(encoding="utf-8")
    script.write_text(
        json.dumps({"cmd": "program.import", "args": {"text": text}}) + "\n", encoding="utf-8"
    )
    db = tmp_path / "e.facil"
    out = subprocess.run(
        [sys.executable, "-m", "facilitateur", "replay", str(script), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    from helpers import titles

    from facilitateur.models.storage.store import EventFile

    ef = EventFile.open(db)
    assert titles(ef)[:2] == ["Accueil des participants", "Ouverture"]
    ef.close()


def test_replaying_an_import_from_the_journal_makes_the_same_days_blocks_and_people(
    event_file, tmp_path, clock
):
    from sqlalchemy import select

    from facilitateur.models.agenda.model import AgendaBlock, Day, Person, SpeakerEntry
    from facilitateur.models.storage.journal import JournalEntry
    from facilitateur.models.storage.replay import replay
    from facilitateur.models.storage.store import EventFile

    sample = HERE.parent / "resources" / "sample" / "rencontre-pionniers-2016.txt"
    event_file.execute("program.import", {"text": sample.read_text(encoding="utf-8")})
    with event_file.session() as s:
        (day,) = s.scalars(select(Day))
    # A later command names the day by its id: the replay must find it.
    event_file.execute("day.update", {"day": str(day.id), "label": "Jour J"})

    def rows(ef):
        with ef.session() as s:
            return {
                table.__name__: sorted(str(x.id) for x in s.scalars(select(table)))
                for table in (Day, AgendaBlock, SpeakerEntry, Person)
            }

    with event_file.session() as s:
        lines = [
            json.dumps({"cmd": e.cmd, "args": json.loads(e.args)})
            for e in s.scalars(select(JournalEntry).order_by(JournalEntry.seq))
        ]
    again = EventFile.open(tmp_path / "again.facil", clock)
    try:
        replay(again, lines)
        assert rows(again) == rows(event_file)
        assert len(rows(again)["AgendaBlock"]) > 10 and rows(again)["Person"]
    finally:
        again.close()
