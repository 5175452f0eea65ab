"""The programme reader on the layouts of real programmes: web and Markdown tables, 12-hour
days, arrows, speaker labels and lists, kinds, multi-day headings; what it did not read; the
rules it says it used; and the corpus of real programmes in tests/programmes/."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from facilitateur.models.programme import parse_programme, read_programme
from facilitateur.models.programme.model import KindRule, Rule

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "benchmarks"))

from programme_corpus import HELD_OUT, names, part_of, read, score  # noqa: E402


def blocks(text: str, day: int = 0) -> list[dict]:
    return parse_programme(text)["days"][day]["blocks"]


def spans(text: str, day: int = 0) -> list[tuple[str | None, str | None, str]]:
    return [(b["start"], b["end"], b["kind"]) for b in blocks(text, day)]


def people(b: dict) -> list[tuple[str, str | None, str | None]]:
    found = [*b["speakers"], *(s for it in b["items"] for s in it["speakers"])]
    return [(s["name"], s.get("organisation"), s["role"]) for s in found]


# Tables ------------------------------------------------------------------------------------
def test_a_web_table_with_each_cell_on_its_own_line_gives_one_block_per_row():
    text = (
        "Heures |\névénement |\n|\n09:00 - 12:00\n|\nVisite commentée du site |\n|\n"
        "12:00 - 13:00\n|\nDéjeuner (salle S022) |\n|\n13:00 - 13:30\n|\nAccueil du public |\n|\n"
    )
    assert spans(text) == [
        ("09:00", "12:00", "other"),
        ("12:00", "13:00", "meal"),
        ("13:00", "13:30", "welcome"),
    ]
    assert blocks(text)[0]["title"] == "Visite commentée du site"


def test_a_web_table_whose_start_and_end_are_in_two_cells_gives_the_range():
    text = "Tuesday, May 11th |\n|\n|\n8:30 am - |\n5:00pm |\nTutorials |\n|\n6:00 pm - |\n|\nBirds-of-a-Feather |\n"
    assert spans(text) == [("08:30", "17:00", "workshop"), ("18:00", None, "other")]


def test_a_markdown_table_is_read_and_a_room_cell_becomes_the_description():
    text = "| Time | Session | Room |\n| 8:15 - 9:00 | Breakfast | Room 12 |\n| 9:00 - 10:30 | Keynote | Hall A |\n"
    got = blocks(text)
    assert [(b["start"], b["end"], b["title"], b["kind"]) for b in got] == [
        ("08:15", "09:00", "Breakfast", "meal"),
        ("09:00", "10:30", "Keynote", "talk"),
    ]
    assert got[0]["description"] == "Room 12" and got[0]["speakers"] == []


def test_four_digit_times_in_a_table_and_a_column_of_colons():
    text = "| 0800 – 0830 | : | Registration of participants |\n| 0830 – 0900 | : | Briefing |\n"
    assert spans(text) == [("08:00", "08:30", "welcome"), ("08:30", "09:00", "other")]


def test_times_alone_on_a_line_take_their_title_from_the_next_line():
    text = "9 h 30 à 12 h 00\nAccueil et petit-déjeuner\nVisite des stands\n12 h 00 à 13 h 00\nDiscours des personnalités\n"
    got = blocks(text)
    assert [(b["start"], b["end"], b["title"]) for b in got] == [
        ("09:30", "12:00", "Accueil et petit-déjeuner"),
        ("12:00", "13:00", "Discours des personnalités"),
    ]
    assert [i["title"] for i in got[0]["items"]] == ["Visite des stands"]


def test_a_time_then_the_rest_of_its_range_and_title_on_the_next_line():
    text = "08h30\n– 08h55 – Intervention de Monsieur Christophe RAMOND – Président du Conseil\ndépartemental du Tarn\n09h00\n– Film\n"
    got = blocks(text)
    assert [(b["start"], b["end"], b["title"]) for b in got] == [
        ("08:30", "08:55", "Intervention"),
        ("09:00", None, "Film"),
    ]
    assert people(got[0]) == [
        ("Christophe RAMOND", None, "Président du Conseil départemental du Tarn")
    ]


def test_a_title_written_before_its_times():
    assert spans("Opening: 10am - 10:30 am\nBreak: 1:15pm - 2:15pm\n") == [
        ("10:00", "10:30", "welcome"),
        ("13:15", "14:15", "break"),
    ]


# Times -------------------------------------------------------------------------------------
def test_a_twelve_hour_day_without_am_pm_runs_into_the_afternoon():
    text = "8:15 - 9:00 Breakfast\n12:00 - 1:00 | Lunch\n1:30 - 2:45 Panel\n12:00 Noon Q&A\n5:00 Close\n"
    got = read_programme(text)
    assert spans(text) == [
        ("08:15", "09:00", "meal"),
        ("12:00", "13:00", "meal"),
        ("13:30", "14:45", "panel"),
        ("12:00", "17:00", "q_and_a"),
        ("17:00", None, "closing"),
    ]
    assert got.days[0].twelve_hour and got.days[0].ambiguous


def test_am_pm_written_once_serves_the_whole_range():
    text = "4:00–7:00 p.m. Registration\n8:30 a.m.–Noon Workshops\nNoon–1:00 p.m. Lunch\n10 - 10:30am. Coffee\n11:15 - 12:00am - First Sessions\n"
    days = parse_programme(text)["days"]  # each time back to the morning starts a day
    assert [(b["start"], b["end"]) for d in days for b in d["blocks"]] == [
        ("16:00", "19:00"),
        ("08:30", "12:00"),
        ("12:00", "13:00"),
        ("10:00", "10:30"),
        ("11:15", "12:00"),
    ]


def test_the_twelve_hour_reading_of_a_day_can_be_switched():
    text = "Friday, May 17\n9:00 Welcome\n12:30-1:30 Lunch\n1:30-2:30 Working groups\n"
    assert [b["start"] for b in blocks(text)] == ["09:00", "12:30", "13:30"]
    written = read_programme(text, clocks={0: False})
    assert [b["start"] for b in written.programme["days"][0]["blocks"]] == [
        "09:00",
        "12:30",
        "01:30",
    ]
    assert written.days[0].forced is False and not written.days[0].twelve_hour
    afternoon = read_programme("1:00 - 2:00 Lunch\n2:00 - 5:00 Workshops\n", clocks={0: True})
    assert [(b["start"], b["end"]) for b in afternoon.programme["days"][0]["blocks"]] == [
        ("13:00", "14:00"),
        ("14:00", "17:00"),
    ]


@pytest.mark.parametrize(
    ("line", "start", "end", "title"),
    [
        ("10h15 ► État des lieux", "10:15", None, "État des lieux"),
        ("14h30-16h ► Ateliers", "14:30", "16:00", "Ateliers"),
        ("14h --> lancement du forum ouvert", "14:00", None, "lancement du forum ouvert"),
        ("• 9h30 : Accueil", "09:30", None, "Accueil"),
        ("11.30-11.50Position Paper", "11:30", "11:50", "Position Paper"),
        ("9h / 10h - Accueil/inscriptions (1h)", "09:00", "10:00", "Accueil/inscriptions"),
        ("14h30 - Lecture des CR (3/4 h)", "14:30", "15:15", "Lecture des CR"),
        ("17:30 – open Dinner and Drinks", "17:30", None, "Dinner and Drinks"),
    ],
)
def test_a_time_followed_by_an_arrow_a_bullet_or_nothing(line, start, end, title):
    b = blocks(line)[0]
    assert (b["start"], b["end"], b["title"]) == (start, end, title)


def test_an_end_before_its_start_is_left_out_with_a_warning():
    got = parse_programme("15h30-16h30 : Conférences\n17h30-17h00 : Remise des prix\n")
    assert got["days"][0]["blocks"][1]["end"] is None
    assert got["warnings"] == [
        {"line": 2, "message": "“Remise des prix” ends before it starts: its end is left out"}
    ]


def test_years_and_numbers_at_the_start_of_a_line_are_not_times():
    got = blocks("9h Accueil\n1919 : la naissance de la SDN\n2013 : 6% de la surface\n")
    assert len(got) == 1 and got[0]["items"][0]["title"].startswith("1919")


# Speakers ----------------------------------------------------------------------------------
def test_speakers_after_a_label_running_over_several_lines():
    text = (
        "10h30 ► Démarche d’accompagnement\n"
        "Intervenants et témoignages : Goulven Oillic (Initiative Bio Bretagne), Agathe Perrin (MAB 22), Yann\n"
        "Yobé (producteur Bio), Maxime Vétier (acheteur Ame Haslé)\n"
        "11h30 ► Perspectives\n"
        "Intervenants : Bertrand Dauleux (président d’Initiative Bio Bretagne),\n"
        "Michel Morin (vice-président du Conseil Régional chargé de\n"
        "l’agriculture),\n"
        "Jean-Paul Le Dantec (SRAL-DRAAF),\n"
    )
    first, second = blocks(text)
    assert people(first) == [
        ("Goulven Oillic", "Initiative Bio Bretagne", None),
        ("Agathe Perrin", "MAB 22", None),
        ("Yann Yobé", None, "producteur Bio"),
        ("Maxime Vétier", None, "acheteur Ame Haslé"),
    ]
    assert people(second) == [
        ("Bertrand Dauleux", None, "président d’Initiative Bio Bretagne"),
        ("Michel Morin", None, "vice-président du Conseil Régional chargé de l’agriculture"),
        ("Jean-Paul Le Dantec", "SRAL-DRAAF", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "9h Table ronde\nIntervenant : Jean-Paul Le Dantec (chargé de mission DRAAF)",
            [("Jean-Paul Le Dantec", None, "chargé de mission DRAAF")],
        ),
        (
            "9:00 Panel\nModerator: Gus Roig, Florida International University",
            [("Gus Roig", "Florida International University", "Moderator")],
        ),
        (
            "9:00 Evaluation\nWorkshop Leaders: Pearson and Martin",
            [("Pearson", None, "Workshop Leaders"), ("Martin", None, "Workshop Leaders")],
        ),
        (
            "9:20 Opening Address\nDr. Joseph Bordogna (Deputy Director and CCO)\nNational Science Foundation",
            [("Joseph Bordogna", "National Science Foundation", "Deputy Director and CCO")],
        ),
        (
            "9h15 : Ouverture du colloque\nPr Jean-Philippe Agresti, Doyen de la Faculté de Droit\nShawn Simpson, Agence ITER France",
            [
                ("Jean-Philippe Agresti", None, "Doyen de la Faculté de Droit"),
                ("Shawn Simpson", "Agence ITER France", None),
            ],
        ),
        (
            "9:00 Plenary Session: Moderator: Gus Roig, Florida International University\n   Welcome and Purpose (Dianne Martin, The George Washington University)",
            [
                ("Gus Roig", "Florida International University", "Moderator"),
                ("Dianne Martin", "The George Washington University", None),
            ],
        ),
        ("11:50 Invited Speaker: Joey Jones", [("Joey Jones", None, None)]),
        (
            "16h – Présentation du colloque par Isabelle Mallez, Conseillère culturelle.",
            [("Isabelle Mallez", None, "Conseillère culturelle")],
        ),
        (
            "14h45 : Art et politique\nFatou KANDE SENGHOR, photographe, réalisatrice\nAnimée par Caroline ROUSSY, chercheuse à l’IRIS",
            [
                ("Fatou KANDE SENGHOR", None, "photographe, réalisatrice"),
                ("Caroline ROUSSY", None, "Animation, chercheuse à l’IRIS"),
            ],
        ),
        (
            "9h Débat\nIntervenants : Luuk van Middelaar, historien",
            [("Luuk van Middelaar", None, "historien")],
        ),
    ],
)
def test_speakers_with_their_organisation_and_role(text, expected):
    assert people(blocks(text)[0]) == expected


def test_speakers_after_the_title_and_an_organisation_alone_is_not_a_person():
    b = blocks(
        "14:00 - 15:05 Session 1 - Philosophie d’intervention - Martine Legris (BdS de Lille), "
        "Meriam Belghith (Institut Pasteur de Tunis) & Association CAPEP\n"
    )[0]
    assert b["title"] == "Session 1 - Philosophie d’intervention"
    assert people(b) == [
        ("Martine Legris", "BdS de Lille", None),
        ("Meriam Belghith", "Institut Pasteur de Tunis", None),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "13h30 Ouverture du forum par l’UBS",
        "10h30 Mise en commun (Atelier animé par le Comité de pilotage)",
        "14h40 Le fédéralisme intégral de Guy Héraud",
        "14h20 D'un monde à l'autre : René Cassin et la promotion d'un ordre international",
        "9h Introduction à la Convention (Comité de pilotage)",
        "15h Table ronde : Regards Croisés",
    ],
)
def test_no_person_is_invented_from_an_organisation_or_a_title(line):
    assert people(blocks(line)[0]) == []


def test_a_chair_named_before_the_block_they_chair():
    text = "9h Accueil\nSession I - 1919-2019\nPrésident de séance : Olivier Tholozan, FDSP, AMU\n10h15 : La naissance de la SDN\nBlandine Chelini-Pont, FDSP, AMU)\n"
    got = blocks(text)
    assert got[1]["section"] == "Session I - 1919-2019"
    assert people(got[1]) == [
        ("Olivier Tholozan", "FDSP, AMU", "Président de séance"),
        ("Blandine Chelini-Pont", "FDSP, AMU", None),
    ]
    assert got[0]["items"] == []


# Kinds and days ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Pause déjeuner d'une heure", "meal"),
        ("Lunch Break", "meal"),
        ("Lunch (Room 2)", "meal"),
        ("Continental Breakfast", "meal"),
        ("Cocktail dînatoire", "meal"),
        ("Conference dinner and announcement of the award", "meal"),
        ("Welcome Reception", "meal"),
        ("Pauses cafés & posters", "break"),
        ("Refreshment Break / View Exhibits", "break"),
        ("Pause avec collation", "break"),
        ("Break Out Session 1: Focus on programmes", "workshop"),
        ("Breakout sessions; Map Gallery opens", "workshop"),
        ("Workshops (Room 4)", "workshop"),
        ("4 à 6 ateliers en fonction du nombre de participants", "workshop"),
        ("Séance de travail", "workshop"),
        ("Doors open!", "welcome"),
        ("Remise des prix et mot de clôture", "closing"),
        ("Plenary Session: Report Back", "report_back"),
        ("Discussion – Pause-café", "break"),
        ("Opening Address", "talk"),
        ("Symposium Ends", "closing"),
        ("Session affiches & Kiosques", "other"),
    ],
)
def test_kinds_from_words_with_their_variants(title, kind):
    assert blocks(f"9h {title}")[0]["kind"] == kind


def test_a_block_with_several_speakers_and_a_moderator_is_a_panel():
    text = "14h45 : ART ET POLITIQUE\nRama THIAW, scénariste\nHady BÂ, philosophe\nAnimée par Caroline ROUSSY, chercheuse\n"
    assert blocks(text)[0]["kind"] == "panel"
    assert read_programme(text).days[0].blocks[0].kind_rule == KindRule.CHAIRED


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Friday, Oct 3, 2014\n9:00 Welcome\nSaturday, Oct 4, 2014\n9:00 Panel\n",
            [("2014-10-03", "Friday, Oct 3, 2014"), ("2014-10-04", "Saturday, Oct 4, 2014")],
        ),
        (
            "jeudi 12 mars 2026\n9h Accueil\nvendredi 13 mars 2026\n9h Ateliers\n",
            [("2026-03-12", "jeudi 12 mars 2026"), ("2026-03-13", "vendredi 13 mars 2026")],
        ),
        (
            "Vendredi\n10h00 Assemblée générale\nSamedi\n9h30 Plénière\n",
            [(None, "Vendredi"), (None, "Samedi")],
        ),
        (
            "| Sunday, July 20 |\n|\n| 4:00–7:00 p.m. |\nRegistration |\n| *Monday, July 21 |\n|\n| 7:45–8:30 a.m. |\nBreakfast |\n",
            [(None, "Sunday, July 20"), (None, "Monday, July 21")],
        ),
        (
            "• Les horaires du samedi :\n• 9h / 10h - Accueil\n• Les horaires du dimanche : 14h à 17h - Visite du moulin\n",
            [(None, "samedi"), (None, "dimanche")],
        ),
    ],
)
def test_multi_day_headings_in_both_languages_keep_each_date(text, days):
    got = parse_programme(text)["days"]
    assert [(d["date"], d["label"]) for d in got] == days


# Nothing dropped silently, rules said ------------------------------------------------------
def test_every_line_not_understood_is_listed_with_its_number():
    text = "Journée d’étude\n\nCette journée réunit les acteurs du territoire autour des communs.\nPROGRAMME\n9h Accueil\n|\n10h Ateliers\n"
    reading = read_programme(text)
    assert reading.unread == [
        {
            "line": 3,
            "text": "Cette journée réunit les acteurs du territoire autour des communs.",
        }
    ]


def test_the_command_line_gives_the_unread_lines(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("Rencontre\nUn mot d’introduction sur la journée.\nPROGRAMME\n9h Accueil\n")
    out = subprocess.run(
        [sys.executable, "-m", "facilitateur", "program", "parse", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["unread"] == [
        {"line": 2, "text": "Un mot d’introduction sur la journée."}
    ]


def test_each_block_says_which_rule_made_it_and_its_kind():
    text = "Opening: 10am - 10:30 am\n| 10:30 - 11:00 | Coffee break |\n11:00\nKeynote\nLUNCH\n1:00 Workshops\n"
    notes = read_programme(text).days[0].blocks
    assert [n.rule for n in notes] == [
        Rule.TITLE_FIRST,
        Rule.TABLE_ROW,
        Rule.TIME_ALONE,
        Rule.UNTIMED,
        Rule.TIMED_LINE,
    ]
    assert (notes[1].kind_rule, notes[1].kind_word) == (KindRule.WORD, "Coffee")
    assert notes[2].kind_rule == KindRule.WORD and notes[2].kind_word == "Keynote"


# The corpus of real programmes -------------------------------------------------------------
def test_the_corpus_reads_at_least_as_well_as_benchmarked():
    """A floor under the figures of docs/benchmarks.md: a change that reads the real
    programmes worse fails here (the figures themselves come from benchmarks/parse.py)."""
    tuned = [n for n in names() if part_of(n) == "tuned on"]
    assert len(tuned) + len(HELD_OUT) >= 30 and len(HELD_OUT) * 3 >= len(tuned) + len(HELD_OUT) - 1
    total = None
    for n in tuned:
        s = score(n, read(n))
        if total is None:
            total = s
        else:
            total.add(s)
    assert total.exact >= 10
    assert total.blocks_right / total.blocks_expected >= 0.9
    assert total.speakers_right / total.speakers_expected >= 0.9
    assert total.speakers_right / total.speakers_read >= 0.9


def test_every_corpus_programme_has_its_source_and_expectation():
    for n in names():
        source = (HERE / "programmes" / f"{n}.source.txt").read_text(encoding="utf-8")
        assert source.startswith("source: http")
        expected = json.loads((HERE / "programmes" / f"{n}.expected.json").read_text("utf-8"))
        assert expected["days"] and all(d["blocks"] for d in expected["days"])


def test_csv_rows_read_times_as_text_does(tmp_path):
    from facilitateur.models.programme import parse_file

    path = tmp_path / "agenda.csv"
    path.write_text(
        'Time,Title,Speakers\n1:00–4:30 p.m.,Workshops,\n0800 – 0830,Breakfast,"Jane Smith, Acme"\n'
    )
    got = parse_file(path)["days"][0]["blocks"]
    assert [(b["start"], b["end"], b["kind"]) for b in got] == [
        ("13:00", "16:30", "workshop"),
        ("08:00", "08:30", "meal"),
    ]
    assert people(got[1]) == [("Jane Smith", "Acme", None)]


# Found on the held-out programmes (see docs/benchmarks.md) ---------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "09h25 – 09h45 - Intervention de François SAUVADET, ancien Ministre, Président de\n"
            "Départements de France, Président du Département de la Côte d’Or\n",
            [
                (
                    "François SAUVADET",
                    None,
                    "ancien Ministre, Président de Départements de France, Président du Département de la Côte d’Or",
                )
            ],
        ),
        (
            "09h15 – Discours de Christophe RAMOND –\nPrésident du Département du Tarn\n",
            [("Christophe RAMOND", None, "Président du Département du Tarn")],
        ),
        (
            "10h25 – 11h05 Plateau 2 :\nRoutes Départementales : 380 000 km de liaisons vitales\n",
            [],
        ),
        ("14h00 Conseil d’Administration AFPD IUFM\n", []),
    ],
)
def test_a_line_cut_after_a_word_that_cannot_end_it_goes_on_and_invents_no_one(text, expected):
    got = blocks(text)
    assert len(got) == 1 and people(got[0]) == expected


def test_a_day_written_as_one_paragraph_gives_one_block_per_time():
    text = (
        "Kansas Mappers Conference\nWednesday, October 29\nFull breakfast and lunch provided. Dinner on your own. "
        "8:00 am to 5:00 pm Registration (closed 11:30 am-12:30 pm for lunch) 8:00 am to 9:00 am "
        "Continental Breakfast 9:00 am Opening Business Meeting 9:55 am Keynote Address\n"
    )
    reading = read_programme(text)
    assert spans(text) == [
        ("08:00", "17:00", "welcome"),
        ("08:00", "09:00", "meal"),
        ("09:00", "09:55", "welcome"),
        ("09:55", None, "talk"),
    ]
    # The words before the first time are not lost: they are listed as not read.
    assert reading.unread == [
        {"line": 3, "text": "Full breakfast and lunch provided. Dinner on your own."}
    ]


def test_a_chair_above_the_first_block_and_a_speaker_with_a_topic():
    text = (
        "Vendredi 20 octobre 2017\nPrésident de séance : S.E. Hamada Madi Boléro\n"
        "9h30 : Ouverture officielle\n"
        "- Introduction de Martin Sommer : « Le rôle des intellectuels aux Pays-Bas ».\n"
        "- Rapide intervention de M. Ménat, Ambassadeur de France aux Pays-Bas.\n"
    )
    b = blocks(text)[0]
    assert b["speakers"] == [
        {"name": "Hamada Madi Boléro", "role": "Président de séance", "topic": None}
    ]
    assert [s for it in b["items"] for s in it["speakers"]] == [
        {"name": "Martin Sommer", "role": None, "topic": "Le rôle des intellectuels aux Pays-Bas"},
        {"name": "M. Ménat", "role": "Ambassadeur de France aux Pays-Bas", "topic": None},
    ]


# Found on the fresh programmes (see docs/benchmarks.md) ------------------------------------
def test_a_paragraph_in_markdown_bold_with_people_listed_after_par():
    text = (
        "Colloque Photographie et Sciences, 30 octobre 2021, Toulouse.\n"
        "PROGRAMME **9h > 9h30** **Discours inauguraux** par **Francis Duranthon**, directeur du "
        "Muséum, **Anne Boyer**, vice-présidente en charge de la Culture et **Philippe Guionie**, "
        "directeur de la Résidence 1+2. **10h > 11h** **Projection** du film de création 2020. "
        "Cinéaste : **Margaux Chataux**. _Questions du public_ **11h00 > 12h00** **Table ronde** "
        "modérée par **Andreina De Bei**, rédactrice en chef. Intervenant.es : – **Grégoire Eloy**, "
        "lauréat de la Résidence 1+2, 2021, – **Simon Gascoin**, chercheur CNRS,\n"
    )
    got = parse_programme(text)["days"][0]
    assert got["date"] == "2021-10-30"
    assert [(b["start"], b["end"], b["title"]) for b in got["blocks"]] == [
        ("09:00", "09:30", "Discours inauguraux"),
        ("10:00", "11:00", "Projection du film de création 2020"),
        ("11:00", "12:00", "Table ronde"),
    ]
    assert people(got["blocks"][0]) == [
        ("Francis Duranthon", None, "directeur du Muséum"),
        ("Anne Boyer", None, "vice-présidente en charge de la Culture"),
        ("Philippe Guionie", None, "directeur de la Résidence 1+2"),
    ]
    assert people(got["blocks"][1]) == [("Margaux Chataux", None, "Cinéaste")]
    assert people(got["blocks"][2]) == [
        ("Andreina De Bei", None, "Modération, rédactrice en chef"),
        ("Grégoire Eloy", None, "lauréat de la Résidence 1+2, 2021"),
        ("Simon Gascoin", None, "chercheur CNRS"),
    ]


def test_words_before_the_first_time_of_a_day_are_not_a_block_nor_a_person():
    text = (
        "Programme\nMercredi 02/11/2016\nPrésentation de la feuille de route\n"
        "Au Centre Culturel de Braine-l’Alleud – Rue Jules Hans, 4\n"
        "8h00Accueil des participants 9h00Ouverture officielle : mot d'accueil de M. Olivier "
        "Parvais, Adjoint au Bourgmestre. Introduction par Mme Dimitra Tsanaka, Maire de Kavala. "
        "9h45Présentation des résultats de CO-ACTE par M. Samuel Thirion, Secrétaire Général - "
        "Débat avec la salle. 10h45Pause-café\n"
    )
    reading = read_programme(text)
    day = reading.programme["days"][0]
    assert (day["date"], [b["start"] for b in day["blocks"]]) == (
        "2016-11-02",
        ["08:00", "09:00", "09:45", "10:45"],
    )
    assert people(day["blocks"][1]) == [
        ("Olivier Parvais", None, "Adjoint au Bourgmestre"),
        ("Dimitra Tsanaka", None, "Maire de Kavala"),
    ]
    assert people(day["blocks"][2]) == [("Samuel Thirion", None, "Secrétaire Général")]
    assert [u["line"] for u in reading.unread] == [3, 4]


@pytest.mark.parametrize(
    "line",
    [
        "| 5:00 | End (No Formal Workshop Dinner, But Dinner Meetups Encouraged) |   |",
        "14:40 Campus Viriato Campus / Lab Visit",
        "9:50 Plenary Speaker I",
    ],
)
def test_capitalised_words_of_a_title_are_not_a_person(line):
    assert people(blocks(line)[0]) == []


def test_days_with_their_weekday_in_brackets_and_a_slip_of_am_pm():
    text = (
        "May 9, 2018 (Wednesday)\n10:00 AM-02:00 PM Registration\n"
        "May 10, 2018 (Thursday)\n10:50AM-11:30PM Keynote Speech II\n9.20amWelcome to the symposium\n"
    )
    got = parse_programme(text)["days"]
    assert [
        (d["date"], [(b["start"], b["end"], b["title"]) for b in d["blocks"]]) for d in got
    ] == [
        ("2018-05-09", [("10:00", "14:00", "Registration")]),
        (
            "2018-05-10",
            [("10:50", "11:30", "Keynote Speech II"), ("09:20", None, "Welcome to the symposium")],
        ),
    ]
