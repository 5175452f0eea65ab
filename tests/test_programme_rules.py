"""The programme reader's general rules, each on its own: the words of each kind in both
languages, how a kind is chosen when a title names several or none, days that go back in
time, day headings, timed parts inside a block, places before titles, speakers."""

from __future__ import annotations

import pytest

from facilitateur.models.programme import parse_programme, read_programme
from facilitateur.models.programme.bracket_people import listed_in_brackets
from facilitateur.models.programme.model import KindRule
from facilitateur.models.programme.people import (
    is_role,
    labelled_speakers,
    named_then_function,
    person,
)
from facilitateur.models.programme.title_people import role_then_name, title_and_speakers
from facilitateur.models.programme.words import guess_language, kind_of


def blocks(text: str, day: int = 0) -> list[dict]:
    return parse_programme(text)["days"][day]["blocks"]


def spans(text: str, day: int = 0) -> list[tuple[str | None, str | None, str]]:
    return [(b["start"], b["end"], b["kind"]) for b in blocks(text, day)]


# The words of each kind --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # welcome
        ("Check-in opens", "welcome"),
        ("Sign In", "welcome"),
        ("Hackathon Kick-Off!", "welcome"),
        ("Mot d’accueil du maire", "welcome"),
        ("Lancement du forum", "welcome"),
        # meal, and a meal named beside a break
        ("Pizza", "meal"),
        ("Stop Code & Sandwiches Break", "meal"),
        ("Coffee + breakfast networking", "meal"),
        ("Pique-nique au parc", "meal"),
        ("Goûter partagé", "meal"),
        # break
        ("Pauses cafés", "break"),
        ("Tea/Coffee Break", "break"),
        # workshop, its qualifiers and plurals
        ("Mentoring Sessions", "workshop"),
        ("Hacking begins", "workshop"),
        ("Travail en sous-groupes", "workshop"),
        ("Groupes de travail thématiques", "workshop"),
        # plenary: the whole group discussing
        ("Open discussion on Topics, Structure and Format", "plenary"),
        ("Débat entre tous les participants", "plenary"),
        ("Discussion", "plenary"),
        ("Assemblées générales", "plenary"),
        # q_and_a: questions of the audience
        ("Questions-réponses avec la salle", "q_and_a"),
        ("Q&A", "q_and_a"),
        # panel
        ("Plateau 2 : Routes départementales", "panel"),
        ("Tables rondes", "panel"),
        # report back
        ("Sharing Ideas", "report_back"),
        ("Présentation des travaux des groupes", "report_back"),
        # closing
        ("fin", "closing"),
        ("Concluding Session", "closing"),
        ("Allocution de clôture", "closing"),
        # talk
        ("Conférence-débat : la ville demain", "talk"),
        ("État des lieux de la restauration collective", "talk"),
        ("Project Pitches", "talk"),
        # other: games, travel, logistics, social moments, Model UN committees
        ("Scavenger hunt", "other"),
        ("Judging", "other"),
        ("Départ de l'hôtel", "other"),
        ("Installation à l’hôtel", "other"),
        ("Social event 1", "other"),
        ("Delegate Dance", "other"),
        ("Committee Session II", "other"),
        ("« Energizer »", "other"),
        ("Tournoi : 2ème ronde", "other"),
    ],
)
def test_the_words_of_each_kind_with_their_variants(title, kind):
    assert kind_of(title) == kind


def test_function_words_are_not_counted_when_looking_for_the_kind_word():
    # The kind word is the seventh word but the fourth that says something.
    assert kind_of("début de la première séance des ateliers") == "workshop"
    assert kind_of("Le fédéralisme intégral de Guy Héraud et les ateliers") is None


@pytest.mark.parametrize(
    ("title", "lang", "kind"),
    [
        # English puts the head of a compound last ...
        ("Exhibit Hall Reception", "en", "meal"),
        ("Welcome Reception", "en", "meal"),
        ("Opening Address", "en", "talk"),
        ("Plenary conference", "en", "talk"),
        ("Café-workshop", "en", "workshop"),
        # ... French first.
        ("Accueil café", "fr", "welcome"),
        ("Café-atelier", "fr", "break"),
        # A generic word gives way to any other, and is a talk alone.
        ("Poster Session", "en", "other"),
        ("Plenary Session", "en", "plenary"),
        ("Concurrent Sessions", "en", "talk"),
    ],
)
def test_the_head_of_a_compound_says_its_kind(title, lang, kind):
    assert kind_of(title, lang) == kind


def test_the_language_of_a_programme_is_guessed_from_its_common_words():
    assert guess_language("Welcome and introduction by the organizers") == "en"
    assert guess_language("Accueil des participants et mot du maire") == "fr"
    assert guess_language("Welcome Reception") == "en"  # as many of each: plain ASCII
    assert guess_language("Pause café") == "fr"


# A kind when the title names none ----------------------------------------------------------
def test_a_block_whose_title_names_no_kind_takes_the_kind_its_one_part_names():
    text = "11h00 Mapping du réseau associatif\n➡ atelier de 35 min / 6 groupes\n12h00 Déjeuner\n"
    assert spans(text)[0] == ("11:00", "12:00", "workshop")
    assert read_programme(text).days[0].blocks[0].kind_rule == KindRule.PARTS


def test_a_block_naming_no_kind_and_nobody_is_another_kind_of_moment():
    text = (
        "9h00 Les bénévoles à la manœuvre\n10h00 Les enjeux du littoral\nMarie DUPONT, géographe\n"
    )
    got = read_programme(text)
    assert spans(text) == [("09:00", "10:00", "other"), ("10:00", None, "talk")]
    assert [n.kind_rule for n in got.days[0].blocks] == [
        KindRule.NOTHING_NAMED,
        KindRule.DEFAULT,
    ]


def test_a_block_naming_no_kind_with_several_parts_is_a_plenary():
    text = "9h La diversité des territoires\n- Film introductif\n- Table ronde : enjeux\n"
    assert spans(text)[0][2] == "plenary"
    assert read_programme(text).days[0].blocks[0].kind_rule == KindRule.WITH_ITEMS


# Days ---------------------------------------------------------------------------------------
def test_times_going_back_to_the_morning_start_a_day_without_a_heading():
    text = (
        "9:00 — 9:30 Check-In\n13:00 — 17:00 Session 1\n18:30 — 21:30 Social event 1\n"
        "8:30 — 12:00 Session 2\n13:00 — 17:00 Session 3\n"
    )
    days = parse_programme(text)["days"]
    assert [[(b["start"], b["end"]) for b in d["blocks"]] for d in days] == [
        [("09:00", "09:30"), ("13:00", "17:00"), ("18:30", "21:30")],
        [("08:30", "12:00"), ("13:00", "17:00")],
    ]


def test_a_twelve_hour_day_goes_on_into_the_afternoon_and_parallel_sessions_stay():
    twelve = "8:15 - 9:00 Breakfast\n12:00 - 1:00 Lunch\n1:30 - 2:45 Workshops\n"
    assert len(parse_programme(twelve)["days"]) == 1
    assert spans(twelve)[2][:2] == ("13:30", "14:45")
    parallel = "09:00 Opening\n14:30-16:00 Session I\n13:30-16:00 Session III\n"
    assert len(parse_programme(parallel)["days"]) == 1


def test_a_dated_day_going_back_gives_the_next_date():
    text = "Friday, Oct 3, 2014\n9:00 Welcome\n18:00 Dinner\n9:00 Closing plenary\n"
    assert [d["date"] for d in parse_programme(text)["days"]] == ["2014-10-03", "2014-10-04"]


def test_past_midnight_the_night_goes_on():
    text = "Saturday, 11/12\n10:30pm Cup stacking\n12:00am Midnight games\n7:30am Breakfast\n"
    days = parse_programme(text)["days"]
    assert [(b["start"], b["end"]) for b in days[0]["blocks"]] == [
        ("22:30", "00:00"),
        ("00:00", None),
    ]
    assert [(b["start"], b["kind"]) for b in days[1]["blocks"]] == [("07:30", "meal")]


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Day One", None),
        ("Day 2: Demos & Awards", "Demos & Awards"),
        ("| Day Two | |", None),
        ("Jour 1", None),
        ("1ère journée - comprendre", "Comprendre"),
        ("Monday (03/25):", None),
        ("Tuesday, Wednesday, Thursday (03/26-28):", None),
        ("Saturday, 11/12", None),
    ],
)
def test_numbered_days_and_weekdays_without_a_year_start_a_day(heading, section):
    text = f"Day zero\n9:00 Welcome\n10:00 Talk\n{heading}\n11:00 Lunch\n"
    days = parse_programme(text)["days"]
    assert len(days) == 2 and days[1]["blocks"][0]["start"] == "11:00"
    assert days[1]["blocks"][0].get("section") == section


def test_a_time_after_a_starting_word_starts_a_block():
    text = "Dimanche 21 mai\nÀ partir de 17h, accueil des participants\nLundi 22 mai\n9h00 Atterrissage\n"
    days = parse_programme(text)["days"]
    assert [(d["label"], d["blocks"][0]["start"]) for d in days] == [
        ("Dimanche 21 mai", "17:00"),
        ("Lundi 22 mai", "09:00"),
    ]
    assert days[0]["blocks"][0]["title"] == "accueil des participants"


def test_a_day_and_month_glued_before_the_first_time_start_a_day():
    text = "16.046.00-6.30pmArrival, registration\n6.30-7.30pmIntroduction\n7.30pm onwardsDinner\n17.04 9.00am Arrival\n9.20amWelcome\n"
    days = parse_programme(text)["days"]
    assert [d["label"] for d in days] == ["16.04", "17.04"]
    assert [(b["start"], b["end"], b["title"]) for b in days[0]["blocks"]] == [
        ("18:00", "18:30", "Arrival, registration"),
        ("18:30", "19:30", "Introduction"),
        ("19:30", None, "Dinner"),
    ]


# Structure ---------------------------------------------------------------------------------
def test_bulleted_times_under_an_unbulleted_one_are_its_timed_parts():
    text = (
        "11:00 Session 2: World Café\n  • 11:00 Introduction to World Café\n"
        "  • 11:10 First round\n12:40 Lunch break\n"
    )
    got = blocks(text)
    assert [(b["start"], b["end"], b["title"]) for b in got] == [
        ("11:00", "12:40", "Session 2: World Café"),
        ("12:40", None, "Lunch break"),
    ]
    assert [it["title"] for it in got[0]["items"]] == [
        "11:00 Introduction to World Café",
        "11:10 First round",
    ]


def test_bulleted_times_are_blocks_when_no_unbulleted_time_follows_them():
    text = "9h Accueil\n- 9h30 Ouverture\n- 10h Table ronde\n"
    assert [b["start"] for b in blocks(text)] == ["09:00", "09:30", "10:00"]


def test_a_time_alone_with_nothing_under_it_takes_no_title_from_the_next_time():
    text = "14:00 - 14:30\n  • Hangout with the press\n15:00\n\n16:00\n  • Deadline\n"
    assert [(b["start"], b["title"]) for b in blocks(text)] == [
        ("14:00", "Hangout with the press"),
        ("16:00", "Deadline"),
    ]


def test_a_room_code_in_capitals_under_a_block_is_not_a_block():
    text = "12:30pm Hacking begins\nTeam Formation\nDCC 308\n1:00pm Lunch\n"
    assert [b["title"] for b in blocks(text)] == ["Hacking begins", "Lunch"]


def test_a_header_naming_the_place_before_the_event_parts_the_place_from_the_title():
    text = (
        "Time Venue Event\n09:00AM-09:10AM Theater Room Opening Remarks\n"
        "09:10AM-09:50AM Keynote Speech I\n12:00PM-01:30PM Cafeteria Lunch\n"
    )
    got = blocks(text)
    assert [(b["title"], b["kind"], b.get("description")) for b in got] == [
        ("Opening Remarks", "welcome", "Theater Room"),
        ("Keynote Speech I", "talk", None),
        ("Lunch", "meal", "Cafeteria"),
    ]


def test_a_time_naming_only_a_place_takes_its_title_from_the_bullet_under_it():
    text = (
        "8.45 am - 9.30 am Maison de la Ruralité : Rural Action Centre\n  • Welcome\n"
        "3.30pm - 5.30 pm Madame Carlo Nursery School and Auditorium Harry Payet\n"
        "École maternelle Madame Carlo\n  • Café-workshop : « Heritage »\n    • The aim here is to share.\n"
        "Auditorium Harry Payet\n  • Conference-debate : « Communication »\n"
    )
    got = blocks(text)
    assert [(b["start"], b["end"], b["title"], b["kind"]) for b in got] == [
        ("08:45", "09:30", "Welcome", "welcome"),
        ("15:30", "17:30", "Café-workshop : « Heritage »", "workshop"),
        ("15:30", "17:30", "Conference-debate : « Communication »", "talk"),
    ]
    assert got[0]["description"] == "Maison de la Ruralité : Rural Action Centre"
    assert got[2]["description"] == "Auditorium Harry Payet"


# Speakers ----------------------------------------------------------------------------------
def test_a_chair_named_in_brackets_after_the_title():
    got = blocks("9:15 Session 1: Participants’ presentations (Chair: Daniel Epstein)\n")[0]
    assert got["title"] == "Session 1: Participants’ presentations"
    assert [(s["name"], s["role"]) for s in got["speakers"]] == [("Daniel Epstein", "Chair")]


def people_of(b: dict) -> list[tuple[str, str | None, str | None]]:
    found = [*b["speakers"], *(s for it in b["items"] for s in it["speakers"])]
    return [(s["name"], s.get("organisation"), s["role"]) for s in found]


def test_a_list_of_names_after_de_is_every_one_of_them_and_the_rest_of_the_sentence_none():
    got = blocks(
        "13h40 Exposés de Rebecca Thissen, Tom Bauler, Christian Jonet, Michel de Kemmeter "
        "et Christian Arnsperger, suivi d'une discussion ouverte\n"
    )[0]
    assert got["title"] == "Exposés"
    assert people_of(got) == [
        ("Rebecca Thissen", None, None),
        ("Tom Bauler", None, None),
        ("Christian Jonet", None, None),
        ("Michel de Kemmeter", None, None),
        ("Christian Arnsperger", None, None),
    ]


def test_a_name_then_a_body_is_not_two_people_outside_a_list():
    got = blocks("9:00 Panel\nModerator: David Chen, Springfield Gazette\n")[0]
    assert people_of(got) == [("David Chen", "Springfield Gazette", "Moderator")]


def test_a_function_named_before_the_person():
    got = blocks(
        "9h30 Ouverture des Rencontres\n➡ Mot d'accueil du Maire de Saint-Benoît, Patrice SELLY\n"
        "Jocelyne MARDOM, Présidente de la MDA\nLoreline VIDAL, Administratrice du RNMA\n"
        "Monsieur le Président (ou sa représentante) du Conseil Départemental\n"
    )[0]
    assert people_of(got) == [
        ("Patrice SELLY", None, "Maire de Saint-Benoît"),
        ("Jocelyne MARDOM", None, "Présidente de la MDA"),
        ("Loreline VIDAL", None, "Administratrice du RNMA"),
    ]
    got = blocks(
        "9h30 Ouverture du colloque avec la marraine 2021 de la Résidence, Héloïse Conésa, "
        "conservatrice du patrimoine (BnF).\n"
    )[0]
    assert got["title"] == "Ouverture du colloque"
    assert people_of(got) == [("Héloïse Conésa", "BnF", "conservatrice du patrimoine")]


def test_a_chair_after_a_noun_and_a_participle():
    got = blocks(
        "11h30 SESSION PLENIERE\nTable ronde présidée par Marc Censi, président de l’ADCF, avec :\n"
        "Débats animés par : Alain Piffaretti, rédacteur en chef de La Gazette\n"
    )[0]
    assert people_of(got) == [
        ("Marc Censi", None, "Présidence, président de l’ADCF"),
        ("Alain Piffaretti", None, "Animation, rédacteur en chef de La Gazette"),
    ]


# Layouts read by general rules (programmes never seen) -------------------------------------
def test_a_title_written_before_its_times_with_its_place_after():
    got = blocks(
        "Breakfast 7.30-8.45am - North Hall\n\nBreakfast is served until nine.\n\n"
        "Roll Call - 9.00-9.15am - B2 Main Building\n"
        "Evening Meal 6.00-7.00pm - North Hall\n"
    )
    assert [(b["title"], b["start"], b["end"], b["kind"]) for b in got] == [
        ("Breakfast", "07:30", "08:45", "meal"),
        ("Roll Call", "09:00", "09:15", "other"),
        ("Evening Meal", "18:00", "19:00", "meal"),
    ]
    assert got[1]["description"] == "B2 Main Building"


def test_a_sentence_with_times_in_it_is_not_a_title_before_its_times():
    text = "9h Accueil\nLe bus passe entre 8h30 - 9h devant la mairie.\n10h Atelier\n"
    assert [b["title"] for b in blocks(text)] == ["Accueil", "Atelier"]


def test_a_day_and_its_first_time_on_one_line():
    got = parse_programme(
        "Réunions de quartier :\n– Lundi 5 octobre 2026 à 18 h 30 : quartier nord – Salle A ;\n"
        "– Vendredi 9 octobre 2026 à 18 h 30 : quartier sud – Salle B.\n"
    )
    assert [(d["date"], d["blocks"][0]["start"]) for d in got["days"]] == [
        ("2026-10-05", "18:30"),
        ("2026-10-09", "18:30"),
    ]
    assert got["days"][1]["blocks"][0]["title"].startswith("quartier sud")


@pytest.mark.parametrize(
    "text",
    [
        "14h30 et 15h Siestes sonores (15 min)\n16h Goûter\n",
        "A 14h30 et 15h\nSiestes sonores (15 min)\n16h Goûter\n",
    ],
)
def test_times_joined_by_et_give_the_block_at_each_time(text):
    assert [(b["title"], b["start"], b["end"]) for b in blocks(text)][:2] == [
        ("Siestes sonores", "14:30", "14:45"),
        ("Siestes sonores", "15:00", "15:15"),
    ]


def test_a_time_said_with_its_preposition_starts_a_block():
    got = blocks("Au programme\nA 14 h\nChasse au trésor par équipes\nÀ 16h30 Goûter\n")
    assert [(b["title"], b["start"], b["end"]) for b in got] == [
        ("Chasse au trésor par équipes", "14:00", "16:30"),
        ("Goûter", "16:30", None),
    ]


def test_the_days_hours_under_the_heading_are_not_a_block():
    got = parse_programme(
        "Programme\nde 10h à 17h Salle des fêtes\n10h Ouverture des portes\n15h30 Spectacle\n"
    )
    day = got["days"][0]
    assert [(b["title"], b["start"], b["end"]) for b in day["blocks"]] == [
        ("Ouverture des portes", "10:00", "15:30"),
        ("Spectacle", "15:30", "17:00"),
    ]


def test_blocks_starting_together_without_an_end_run_side_by_side():
    got = blocks("9:00 AM Registration\n9:00 AM Coffee\n10:00 AM Opening\n1:00 PM Lunch\n")
    assert spans_of(got) == [
        ("09:00", "10:00"),
        ("09:00", "10:00"),
        ("10:00", "13:00"),
        ("13:00", None),
    ]


def spans_of(got: list[dict]) -> list[tuple[str | None, str | None]]:
    return [(b["start"], b["end"]) for b in got]


def test_sentences_under_a_block_describe_it_and_are_not_its_parts():
    got = blocks(
        "14h Chasse au trésor\nLes équipes partent du jardin et reviennent avant la nuit tombée.\n"
        "Il faudra une voiture par équipe et de bonnes chaussures pour tout le monde.\n"
        "17h Goûter\n"
    )[0]
    assert got["items"] == [] and got["kind"] == "other"
    assert "bonnes chaussures" in got["description"]


def test_a_page_announcing_one_event_is_read_not_refused():
    reading = read_programme(
        "Réunion publique de lancement du projet, 25 septembre 2023\n\nHoraire : 18:30 20:30\n\n"
        "Ouverte à tous, cette réunion présente le projet. En présence de Jeanne Martin, élue "
        "métropolitaine, et Paul Durand, élu délégué à l’eau. Entrée libre.\n"
    )
    day = reading.programme["days"][0]
    assert day["date"] == "2023-09-25"
    (block,) = day["blocks"]
    assert (block["title"], block["start"], block["end"], block["kind"]) == (
        "Réunion publique de lancement du projet",
        "18:30",
        "20:30",
        "plenary",
    )
    assert [(s["name"], s["role"]) for s in block["speakers"]] == [
        ("Jeanne Martin", "élue métropolitaine"),
        ("Paul Durand", "élu délégué à l’eau"),
    ]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Evening Meal", "meal"),
        ("Réunion publique", "plenary"),
        ("Réunions de quartier", "plenary"),
        ("Town Hall Meeting", "plenary"),
    ],
)
def test_more_words_of_kinds(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Accueil des participants 9h00\nTable ronde 9h30\nDéjeuner 12h30\n",
        "Accueil des participants ........ 9h00\nTable ronde ....... 9h30\nDéjeuner ..... 12h30\n",
        "Accueil des participants : 9h\nTable ronde : 9h30\nDéjeuner : 12h30\n",
        "Accueil des participants (9h-9h30)\nTable ronde (9h30-12h30)\nDéjeuner (12h30-14h)\n",
        "1. 9h00 Accueil des participants\n2. 9h30 Table ronde\n3. 12h30 Déjeuner\n",
        "9h Accueil des participants ; 9h30 Table ronde ; 12h30 Déjeuner\n",
    ],
)
def test_each_way_of_placing_the_time_beside_the_title(text):
    got = blocks(text)
    assert [(b["title"], b["start"], b["kind"]) for b in got] == [
        ("Accueil des participants", "09:00", "welcome"),
        ("Table ronde", "09:30", "panel"),
        ("Déjeuner", "12:30", "meal"),
    ]


def test_a_markdown_heading_is_read_as_what_it_says():
    got = parse_programme(
        "## Jeudi 12 mars 2026\n- 9h : Accueil\n## Vendredi 13 mars 2026\n- 9h : Ateliers\n"
    )
    assert [d["date"] for d in got["days"]] == ["2026-03-12", "2026-03-13"]


@pytest.mark.parametrize("duration", ["[2h00 ?]", "(env. 2h)", "(~120 min)"])
def test_an_approximate_duration_gives_the_end(duration):
    got = blocks(f"19h Repas\n20h30 Grand débat {duration}\n")[1]
    assert (got["title"], got["start"], got["end"]) == ("Grand débat", "20:30", "22:30")


def test_a_title_cut_before_its_number_is_joined():
    got = blocks(
        "09h45 – 10h25\nPlateau\n1 : La qualité de vie\n10h25 – 11h05\nPlateau 2 : Les routes\n"
    )
    assert [b["title"] for b in got] == ["Plateau 1 : La qualité de vie", "Plateau 2 : Les routes"]


def test_a_generic_session_of_a_working_event_is_work_in_groups():
    text = (
        "Un-conference evening\nWe will hold an unconference: the attendees set the agenda.\n"
        "7.00pm Topic Session One\n8.00pm Morning Session: projects are introduced\n"
    )
    assert [b["kind"] for b in blocks(text)] == ["workshop", "talk"]
    # The same sessions at a conference are talks.
    assert [b["kind"] for b in blocks("Annual conference\n7.00pm Topic Session One\n")] == ["talk"]


@pytest.mark.parametrize("title", ["Final words", "Closing thoughts", "Mot de la fin"])
def test_last_words_close_the_day(title):
    assert kind_of(title) == "closing"


def test_a_date_written_in_german_dates_the_day():
    got = parse_programme("Rencontre\n\nSamstag 10. Februar 2024\n\n13h30 Accueil\n14h Exposés\n")
    assert got["days"][0]["date"] == "2024-02-10"


def test_a_title_opening_with_words_in_quotes_is_a_talk():
    got = blocks('2:00pm "Promises Pattern in Javascript" by a guest DCC 337\n3:00pm Games\n')
    assert [b["kind"] for b in got] == ["talk", "other"]


def test_a_label_alone_on_its_line_then_the_people_over_several_lines():
    got = blocks(
        "14h Table ronde\nIntervenants :\nMarie Dupont (Ville de Lyon),\nJean Martin (MAB 22),\n"
        "Paul Durand, producteur\n16h Pause\n"
    )[0]
    assert people_of(got) == [
        ("Marie Dupont", "Ville de Lyon", None),
        ("Jean Martin", "MAB 22", None),
        ("Paul Durand", None, "producteur"),
    ]


def test_a_list_of_people_with_their_bodies_under_a_block():
    got = blocks("14h Table ronde\nMarie Dupont (Ville de Lyon), Jean Martin (MAB 22)\n16h Pause\n")
    assert people_of(got[0]) == [
        ("Marie Dupont", "Ville de Lyon", None),
        ("Jean Martin", "MAB 22", None),
    ]


def test_a_second_label_after_a_semicolon():
    got = blocks(
        "10:00 Panel: Cities of tomorrow\n"
        "Panelists: Ann Lee (City of Lyon), Bob Ray (ACME); moderated by Carl Diaz\n"
    )[0]
    assert people_of(got) == [
        ("Ann Lee", "City of Lyon", None),
        ("Bob Ray", "ACME", None),
        ("Carl Diaz", None, "Moderator"),
    ]


def test_a_table_row_with_the_title_before_its_times():
    got = blocks(
        "| Registration | 9:00 - 9:30 | Lobby |\n| Keynote | 9:30 - 10:30 | Hall A |\n"
        "| Lunch | 12:00 - 13:00 | Cafeteria |\n"
    )
    assert [(b["title"], b["start"], b["end"]) for b in got] == [
        ("Registration", "09:00", "09:30"),
        ("Keynote", "09:30", "10:30"),
        ("Lunch", "12:00", "13:00"),
    ]


def test_dates_with_dots_and_numbered_days_with_their_date():
    got = parse_programme("14.03.2026\n9h Accueil\n15.03.2026\n9h Ateliers\n")
    assert [d["date"] for d in got["days"]] == ["2026-03-14", "2026-03-15"]
    got = parse_programme(
        "Day 1 – Monday 3 June 2024\n9:00 Registration\nDay 2 – Tuesday 4 June 2024\n9:00 Talks\n"
    )
    assert [d["date"] for d in got["days"]] == ["2024-06-03", "2024-06-04"]


def test_a_part_of_the_day_and_its_first_block_on_one_line():
    got = blocks("Matin : 9h Accueil\n10h Ateliers\nAprès-midi : 14h Restitution\n")
    assert [(b["title"], b["start"], b.get("section")) for b in got] == [
        ("Accueil", "09:00", "Matin"),
        ("Ateliers", "10:00", None),
        ("Restitution", "14:00", "Après-midi"),
    ]


def test_a_title_before_a_name_is_no_sentence_and_words_in_quotes_are_the_topic():
    got = blocks("9:00 Keynote: Prof. John Doe (MIT) – “Why cities matter”\n10:00 Break\n")[0]
    assert got["title"] == "Keynote"
    assert got["speakers"] == [
        {"name": "John Doe", "organisation": "MIT", "role": None, "topic": "Why cities matter"}
    ]


def test_a_bullet_naming_a_person_then_their_topic():
    got = blocks(
        "9:00 Lightning talks\n- Jane Smith (Acme): Scaling teams\n- John Doe (Beta): Open data\n"
    )
    assert [(s["name"], s["organisation"], s["topic"]) for s in got[0]["speakers"]] == [
        ("Jane Smith", "Acme", "Scaling teams"),
        ("John Doe", "Beta", "Open data"),
    ]


def test_names_joined_after_with_are_people_and_bodies_are_not():
    got = blocks(
        "9:00 Fireside chat with Jane Smith and John Doe\n10:00 Atelier avec le CPIE et l’ADEME\n"
    )
    assert (got[0]["title"], people_of(got[0])) == (
        "Fireside chat",
        [("Jane Smith", None, None), ("John Doe", None, None)],
    )
    assert people_of(got[1]) == []


def test_a_label_alone_then_the_person_on_the_next_line():
    got = blocks(
        "14:00 Panel: Future of work\nModerator:\nJane Smith, Reuters\nPanelists:\n"
        "Ann Lee (Acme), Bob Ray (Beta)\n15:00 Break\n"
    )[0]
    assert people_of(got) == [
        ("Jane Smith", "Reuters", "Moderator"),
        ("Ann Lee", "Acme", None),
        ("Bob Ray", "Beta", None),
    ]


def test_a_subtitle_then_bodies_after_dashes_is_no_person():
    got = blocks("9:00 Session 1 - Urban Futures - Green Cities Network & Open Data Institute\n")[0]
    assert got["speakers"] == []


def test_people_joined_by_et_de():
    got = blocks("10h Témoignage de Jean Dupont, agriculteur bio, et de Marie Martin, élue\n")[0]
    assert people_of(got) == [
        ("Jean Dupont", None, "agriculteur bio"),
        ("Marie Martin", None, "élue"),
    ]


def test_times_written_in_four_digits_and_years_that_are_not_times():
    got = blocks("0900 Registration\n0930 Opening\n1200 Lunch\n1330-1500 Committee Session II\n")
    assert [(b["start"], b["end"], b["title"]) for b in got] == [
        ("09:00", "09:30", "Registration"),
        ("09:30", "12:00", "Opening"),
        ("12:00", "13:30", "Lunch"),
        ("13:30", "15:00", "Committee Session II"),
    ]
    got = blocks("1998 Fondation\n2004 Premier festival\n2010 Nouveau lieu\n9h Accueil\n")
    assert [b["title"] for b in got] == ["Accueil"]


def test_a_trade_is_a_role_and_a_body_joined_to_a_role_is_part_of_it():
    got = blocks(
        "11h-12h Balade avec Romain Moulin, Chargé de mission Eau et Espaces naturels du PNR "
        "des Pyrénées et Jérôme Durand, guide local professionnel.\n"
    )[0]
    assert people_of(got) == [
        ("Romain Moulin", None, "Chargé de mission Eau et Espaces naturels du PNR des Pyrénées"),
        ("Jérôme Durand", None, "guide local professionnel"),
    ]


def test_four_digit_times_in_table_rows_and_years_in_a_table_that_are_not():
    got = blocks("| 0800 | Breakfast |\n| 0830 | Opening |\n| 0900 | Talk |\n")
    assert [(b["start"], b["title"]) for b in got] == [
        ("08:00", "Breakfast"),
        ("08:30", "Opening"),
        ("09:00", "Talk"),
    ]
    got = blocks("| 1945 | Fin de la guerre |\n| 2010 | Fondation |\n9h Accueil\n")
    assert [b["title"] for b in got] == ["Accueil"]


def test_one_event_at_hours_written_de_a_or_at_a_place_is_titled_by_the_page():
    got = blocks("Marché de Noël\nde 10 h à 18 h\n")
    assert [(b["title"], b["start"], b["end"]) for b in got] == [
        ("Marché de Noël", "10:00", "18:00")
    ]
    got = blocks("Conférence\nJeudi 3 avril, 18h30, salle polyvalente\n")[0]
    assert (got["title"], got["start"], got["description"]) == (
        "Conférence",
        "18:30",
        "salle polyvalente",
    )


# Fourth round: dates above the schedule, starred speakers, convivial moments ---------------
def test_a_year_alone_in_the_title_dates_the_days_written_without_one():
    got = parse_programme(
        "2020 Symposium Agenda\n\nTuesday, May 19\n6:00pm-7:00pm Keynote\n"
        "Wednesday, May 20\n9:00am-5:00pm Posters\n"
    )
    assert [d["date"] for d in got["days"]] == ["2020-05-19", "2020-05-20"]
    # Two years above the schedule are its history, not its date.
    got = parse_programme("Since 1998\nForum 2020\n\nTuesday, May 19\n6:00pm Keynote\n")
    assert [d["date"] for d in got["days"]] == [None]


def test_a_date_in_a_sentence_before_the_schedule_dates_its_one_day():
    got = parse_programme(
        "Schedule\n\nThe workshop will take place on August 18th, 2025, from 9 am to 5 pm, "
        "in Room 184.\n\n09:00-09:30: Coffee\n09:30-10:20: Opening\n"
    )
    assert [d["date"] for d in got["days"]] == ["2025-08-18"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Moment de convivialité et information sur les études", "break"),
        ("Temps convivial", "break"),
        ("Instant convivial autour d’un café", "break"),
        ("Networking time", "break"),
        ("Moment d’échanges conviviaux", "break"),
        ("Consolidation in small groups", "workshop"),
        ("More small group time", "workshop"),
        ("Travail en petits groupes", "workshop"),
        ("Groupes de planifications d’actions", "workshop"),
        ("Networking", "break"),
        ("Verre de l’amitié", "meal"),
        ("Vin d’honneur", "meal"),
        ("Happy hour", "meal"),
        ("Pause méridienne", "meal"),
        ("Afterwork", "meal"),
        ("Temps d’échanges informels", "break"),
        ("Intermède musical", "break"),
    ],
)
def test_convivial_moments_are_breaks_and_small_groups_are_workshops(title, kind):
    assert kind_of(title) == kind


def test_a_starred_speaker_line_with_the_talk_in_quotes_on_the_next_line():
    got = blocks(
        "9:15-10:15 AM – Plenary Session #1:\n\n*James L. Green, NASA Chief Scientist\n"
        "“The Search for Life Beyond Earth”\n\n11:00 AM – Break\n"
    )[0]
    assert got["items"] == []
    assert got["speakers"] == [
        {
            "name": "James L. Green",
            "role": "NASA Chief Scientist",
            "topic": "The Search for Life Beyond Earth",
        }
    ]


def test_a_second_speaker_after_with_shares_the_topic():
    got = blocks(
        "2:30-3:30 PM – Executive #2\n\n*Dr. Amy Brady, Editor-in-Chief, Chicago Review of "
        "Books,\nwith Omar El Akkad, Egyptian-Canadian novelist\n“Imagining Climate Change”\n"
    )[0]
    assert [(s["name"], s.get("organisation"), s["role"], s["topic"]) for s in got["speakers"]] == [
        ("Amy Brady", "Chicago Review of Books", "Editor-in-Chief", "Imagining Climate Change"),
        ("Omar El Akkad", None, "Egyptian-Canadian novelist", "Imagining Climate Change"),
    ]


def test_a_table_with_a_column_per_room_gives_a_block_per_cell_written():
    text = (
        "| Time | Cafeteria | Amphitheater | Concord Room |\n"
        "|---|---|---|---|\n"
        "| Sat June 3 | | | |\n"
        "| 9:00-10:00 | Registration | | |\n"
        "| 10:00-11:00 | Lightning talks | Hacking session | |\n"
        "| 11:00-12:00 | | | |\n"
        "| Sun June 4 | | | |\n"
        "| 10:00-11:00 | Closing circle | | |\n"
    )
    got = parse_programme(text)
    assert read_programme(text).unread == []
    assert [d["label"] for d in got["days"]] == ["Sat June 3", "Sun June 4"]
    day = got["days"][0]["blocks"]
    assert [(b["start"], b["end"], b["title"], b.get("description")) for b in day] == [
        ("09:00", "10:00", "Registration", "Cafeteria"),
        ("10:00", "11:00", "Lightning talks", "Cafeteria"),
        ("10:00", "11:00", "Hacking session", "Amphitheater"),
    ]
    assert got["days"][1]["blocks"][0]["title"] == "Closing circle"


def test_a_room_named_beside_a_table_row_does_not_give_its_kind():
    got = blocks("| 16:00-17:00 | Project fair | Cafe |\n| 17:00-18:00 | Pitches | Hall |\n")
    assert (got[0]["description"], got[0]["kind"]) == ("Cafe", "other")


def test_a_range_from_noon_to_an_hour_with_a_zero_shows_a_12_hour_clock():
    got = blocks(
        "11:30-12:30 Sessions\n12:30-02:00 Lunch\n02:00-03:00 Talks\n05:30-07:30 Barbecue\n"
        "08:00 Parties\n"
    )
    assert [(b["start"], b["end"]) for b in got] == [
        ("11:30", "12:30"),
        ("12:30", "14:00"),
        ("14:00", "15:00"),
        ("17:30", "19:30"),
        ("20:00", None),
    ]
    # Without such a range, a zero says the 24-hour clock: 02:00 is in the night.
    got = blocks("22:00-02:00 Night walk\n")
    assert [(b["start"], b["end"]) for b in got] == [("22:00", "02:00")]


def test_a_name_after_a_civility_following_from_or_by_is_a_person():
    got = blocks(
        "11:45am-1:15pm Faculty Lunch. Welcome from Professor Josh Snodgrass. (Crater Lake)\n"
        "6:00pm Welcome by Dr. Jane Smith\n7:00pm News from North Carolina and South Dakota\n"
    )
    assert [people_of(b) for b in got] == [
        [("Josh Snodgrass", None, None)],
        [("Jane Smith", None, None)],
        [],
    ]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Concurrent Oral and Creative Works Session 1", "talk"),
        ("Morning Oral and Creative Works Session Two", "talk"),
        ("Group Hug and Go Home Already", "closing"),
    ],
)
def test_the_head_of_an_english_title_is_its_last_word_before_its_number(title, kind):
    assert kind_of(title, "en") == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [("Liquid Lab", "workshop"), ("Design Lab", "workshop"), ("Lab Visit", "other")],
)
def test_a_lab_is_a_workshop_and_a_visit_of_one_a_visit(title, kind):
    assert kind_of(title, "en") == kind


def test_the_prose_under_the_schedule_heading_names_the_event_too():
    got = blocks(
        "Schedule\n\nThe workshop will take place in Room 184, with conversations between "
        "participants across disciplines.\n\n09:00-10:00: Topic Session One\n"
        "10:00-11:00: Topic Session Two\n"
    )
    assert [b["kind"] for b in got] == ["workshop", "workshop"]


def test_a_time_after_a_block_or_a_sentence_on_a_long_line_starts_the_next_block():
    got = blocks(
        "16h30 Assemblée Générale ordinaire des adhérents au Centre International * Les "
        "convocations sont envoyées par courrier. 20h Dîner des adhérents à l’Hippodrome\n"
        "jeudi 12 octobre\n"
        "10h20 Ouverture officielle de la 17ème convention nationale des communautés 11h "
        "Discours du ministre délégué aux Collectivités territoriales\n"
    )
    assert [(b["start"], b["title"][:10]) for b in got] == [
        ("16:30", "Assemblée "),
        ("20:00", "Dîner des "),
    ]
    got = blocks(
        "10h20 Ouverture officielle de la 17ème convention nationale des communautés "
        "11h Discours du ministre délégué aux Collectivités territoriales\n"
    )
    assert [(b["start"], b["title"][:10]) for b in got] == [
        ("10:20", "Ouverture "),
        ("11:00", "Discours d"),
    ]
    # Times joined by "et" are one block at each time, never a block titled by the second.
    got = blocks(
        "14h30 et 15h Siestes sonores Ecoute de son d’eau et projection d’images "
        "dans la salle des fêtes du village (15 min)\n"
    )
    assert [b["title"][:8] for b in got] == ["Siestes ", "Siestes "]


def test_a_table_with_a_column_per_room_copied_with_tabs_its_time_column_unnamed():
    got = blocks(
        "Journée\n\tSalle A\tSalle B\n9:00-10:00\tAccueil\t\n"
        "10:00-11:00\tAtelier vélo\tAtelier compost\n11:00-12:00\t\t\n12:00\tDéjeuner\t\n"
    )
    assert [(b["start"], b["title"], b.get("description")) for b in got] == [
        ("09:00", "Accueil", "Salle A"),
        ("10:00", "Atelier vélo", "Salle A"),
        ("10:00", "Atelier compost", "Salle B"),
        ("12:00", "Déjeuner", "Salle A"),
    ]


def test_presented_by_under_a_block_names_its_speaker():
    got = blocks(
        "10:00 Keynote\nPresented by Jane Smith, MIT\n13:00 Atelier\n"
        "Présenté par Marie Dupont, chercheuse\n"
    )
    assert [people_of(b) for b in got] == [
        [("Jane Smith", "MIT", None)],
        [("Marie Dupont", None, "chercheuse")],
    ]
    assert [b["items"] for b in got] == [[], []]


def test_a_name_alone_ending_a_title_after_by_or_after_what_is_said_de():
    got = blocks(
        "16:00 Talk by Jean Dupont\n17:00 Témoignage d’Anne Leroy\n"
        "18:00 La pensée de Guy Héraud\n19:00 Workshop hosted by Open Data Institute\n"
    )
    assert [(b["title"], people_of(b)) for b in got] == [
        ("Talk", [("Jean Dupont", None, None)]),
        ("Témoignage", [("Anne Leroy", None, None)]),
        ("La pensée de Guy Héraud", []),
        ("Workshop hosted by Open Data Institute", []),
    ]


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("Thursday 12th of June", "Thursday 12th of June"),
        ("Day 1 (Thursday, June 12)", "Day 1 (Thursday, June 12)"),
        ("Jour 1 (jeudi 12 juin 2025)", "Jour 1 (jeudi 12 juin 2025)"),
    ],
)
def test_a_day_written_of_its_month_or_in_brackets_after_its_number(heading, label):
    got = parse_programme(f"Forum 2025\n\n{heading}\n9h Accueil\n10h Atelier\n")
    assert [(d["date"], d["label"]) for d in got["days"]] == [("2025-06-12", label)]


def test_what_a_chair_does_before_a_colon_labels_them():
    got = blocks(
        "11:00 Table ronde\nAnimation : Jean Dupont, journaliste\n14:00 Atelier\n"
        "Facilitation : Paul Martin\n15:00 Animation musicale\n"
    )
    assert [people_of(b) for b in got] == [
        [("Jean Dupont", None, "Animation, journaliste")],
        [("Paul Martin", None, "Facilitation")],
        [],
    ]


def test_a_label_after_a_dash_or_a_semicolon_in_a_title():
    got = blocks(
        "13:00 Breakout Sessions\nA. Housing (Room 101) – Moderator: Ann Lee\n"
        "B. Transit (Room 102)\n14:00 Panel on cities – Moderated by Jane Smith, Reuters\n"
    )
    assert [it["title"] for it in got[0]["items"]] == [
        "A. Housing (Room 101)",
        "B. Transit (Room 102)",
    ]
    assert people_of(got[0]) == [("Ann Lee", None, "Moderator")]
    assert (got[1]["title"], people_of(got[1])) == (
        "Panel on cities",
        [("Jane Smith", "Reuters", "Moderator")],
    )


def test_a_table_with_a_column_per_day_is_read_a_day_after_the_other():
    text = (
        "Summer school\n| Time | Monday 3 June 2024 | Tuesday 4 June 2024 |\n|---|---|---|\n"
        "| 9:00-10:00 | Welcome | Keynote |\n| 10:00-10:30 | Coffee break | Coffee break |\n"
        "| 10:30-12:00 | Workshop A | |\n| 12:00-13:00 | | |\n"
    )
    got = parse_programme(text)
    assert read_programme(text).unread == []  # empty rows and dashes say nothing
    assert [(d["date"], [(b["start"], b["title"]) for b in d["blocks"]]) for d in got["days"]] == [
        ("2024-06-03", [("09:00", "Welcome"), ("10:00", "Coffee break"), ("10:30", "Workshop A")]),
        ("2024-06-04", [("09:00", "Keynote"), ("10:00", "Coffee break")]),
    ]


def test_an_h_written_after_the_minutes_is_no_part_of_the_title():
    got = blocks("09:00 h Accueil\n10:00 - 11:00 h Conférence\n12:00 Déjeuner\n")
    assert [(b["start"], b["end"], b["title"]) for b in got] == [
        ("09:00", "10:00", "Accueil"),
        ("10:00", "11:00", "Conférence"),
        ("12:00", None, "Déjeuner"),
    ]


def test_a_name_with_initials_or_two_particles():
    got = blocks(
        "10:00 Keynote\nJ. Smith (MIT)\n13:00 Talk\nMaria de la Cruz, Universidad de Chile\n"
        "14:00 Talk\nJ.-P. Martin, CNRS\n"
    )
    assert [people_of(b) for b in got] == [
        [("J. Smith", "MIT", None)],
        [("Maria de la Cruz", "Universidad de Chile", None)],
        [("J.-P. Martin", "CNRS", None)],
    ]


def test_a_header_naming_the_fields_of_a_row_is_no_table_of_rooms():
    got = blocks(
        "| Time | Topic | Presenter |\n| 9:00 | Opening | Jane Smith |\n| 10:00 | Data | John Doe |\n"
    )
    assert [(b["title"], people_of(b)) for b in got] == [
        ("Opening", [("Jane Smith", None, None)]),
        ("Data", [("John Doe", None, None)]),
    ]


def test_a_year_whose_weekdays_do_not_match_the_days_is_not_theirs():
    got = parse_programme("Rencontres 2025\n\nSamedi 14 mai\n9h Accueil\n")
    assert [d["date"] for d in got["days"]] == [None]  # 14 May 2025 is a Wednesday
    got = parse_programme("Rencontres 2022\n\nSamedi 14 mai\n9h Accueil\n")
    assert [d["date"] for d in got["days"]] == ["2022-05-14"]


def test_a_footnote_star_after_a_word_and_single_star_emphasis_are_no_part_of_the_text():
    got = blocks("10:00 Keynote\nJane Smith*, CEO, Acme\n14:00 Conférence*\n16:00 *Break*\n")
    assert [(b["title"], people_of(b)) for b in got] == [
        ("Keynote", [("Jane Smith", "Acme", "CEO")]),
        ("Conférence", []),
        ("Break", []),
    ]


def test_ranges_joined_by_a_slash_or_et_give_the_block_at_each_range():
    got = blocks("9h30-12h / 14h-17h : Ateliers\n18h Apéritif\n")
    assert [(b["start"], b["end"], b["title"]) for b in got] == [
        ("09:30", "12:00", "Ateliers"),
        ("14:00", "17:00", "Ateliers"),
        ("18:00", None, "Apéritif"),
    ]
    got = blocks("9h / 10h - Accueil\n10h-11h et 15h-16h Visite guidée\n")
    assert [(b["start"], b["end"]) for b in got] == [
        ("09:00", "10:00"),
        ("10:00", "11:00"),
        ("15:00", "16:00"),
    ]


def test_a_title_then_a_name_with_a_role_after_a_colon():
    got = blocks(
        "10:00 Table ronde : Anne Leroy, élue\n11:00 Session 2: Building Bridges, Part One\n"
        "12:00 Session 3: World Café (Chair: Jochen Meyer)\n"
    )
    assert [(b["title"], people_of(b)) for b in got] == [
        ("Table ronde", [("Anne Leroy", None, "élue")]),
        ("Session 2: Building Bridges, Part One", []),
        ("Session 3: World Café", [("Jochen Meyer", None, "Chair")]),
    ]


@pytest.mark.parametrize(
    ("title", "lang", "kind"),
    [
        ("Fireside chat", "en", "panel"),
        ("Demos", "en", "talk"),
        ("Demo day", "en", "other"),
        ("Debrief", "en", "report_back"),
        ("Debriefing des ateliers", "fr", "report_back"),
        ("Synthèse de la journée", "fr", "closing"),
        ("Synthèse des ateliers", "fr", "report_back"),
        ("Présentation des résultats, synthèse par Samuel Thirion", "fr", "talk"),
        ("Synthèse des travaux sur les modèles : Gerardo GIL, doctorant", "fr", None),
        ("Tour de table", "fr", "welcome"),
        ("Ciné-débat", "fr", "film"),
        ("Lab tour", "en", "other"),
    ],
)
def test_conversations_demos_debriefs_summaries_and_rounds_of_introductions(title, lang, kind):
    assert kind_of(title, lang) == kind


def test_a_day_then_its_place_on_one_line_under_the_heading():
    got = parse_programme(
        "Journée de la vie associative 2025\n\nLe programme\n\n"
        "Samedi 15 novembre – Maison des associations, Quimper\n\n9h00 Accueil café\n"
        "9h30 Ouverture\n"
    )
    assert got["venue"] == "Maison des associations, Quimper"
    assert [(d["date"], d["label"]) for d in got["days"]] == [("2025-11-15", "Samedi 15 novembre")]
    assert "section" not in got["days"][0]["blocks"][0]


def test_degrees_after_a_name_are_neither_role_nor_body():
    got = blocks(
        "8:45 Keynote\nDr. Robert Chen, MPH, Professor, University of Washington\n"
        "9:45 Talk\nJane Doe, PhD, CEO, Acme\n"
    )
    assert [people_of(b) for b in got] == [
        [("Robert Chen", "University of Washington", "Professor")],
        [("Jane Doe", "Acme", "CEO")],
    ]


# The fifth round ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "lang", "kind"),
    [
        ("Welcome drink", "en", "meal"),
        ("Drink at the bar", "en", "meal"),
        ("Meet and Greet", "en", "welcome"),
        ("Meet & Greet with the board", "en", "welcome"),
        ("Meeting Called to Order by AGM Chair", "en", "welcome"),
        ("Call to order", "en", "welcome"),
        ("Adjournment", "en", "closing"),
        ("Recess", "en", "closing"),
        ("Levée de la séance", "fr", "closing"),
        ("By-Law Amendments and Resolutions (Cont’d)", "en", "plenary"),
        ("Modification des statuts", "fr", "plenary"),
        ("(à définir)", "fr", "other"),
        ("Soirée : encore à définir", "fr", "meal"),
        ("TBD", "en", "other"),
        ("To be announced", "en", "other"),
    ],
)
def test_drinks_greetings_a_sitting_called_and_adjourned_its_business_and_moments_to_be_defined(
    title, lang, kind
):
    assert kind_of(title, lang) == kind


def test_a_resolution_presented_by_someone_stays_their_talk():
    got = blocks("10:45 Présentation de la résolution des Assises par Jean-Léonce DUPONT\n")
    assert got[0]["kind"] == "talk"


def test_moments_to_be_defined_with_options_listed_under_them_are_no_plenary():
    got = blocks("18h30 Apéritif\n21h (à définir)\n- Soirée au coin du feu\n- Film\n")
    assert [b["kind"] for b in got] == ["meal", "other"]


def test_an_assembly_business_and_what_is_shown_there_are_no_ones_name():
    got = blocks(
        "8:30 a.m. Meeting Called to Order\n  • Voting Devices Demo (D.O.T.S.)\n"
        "  • Approval of Agenda\n9:00 a.m. Keynote\n"
    )
    assert people_of(got[0]) == []


def test_a_time_zone_in_brackets_before_the_first_time_is_no_title():
    got = parse_programme(
        "10:00 Registration\n13:30 Lunch\n21:30 Games\n\n(GMT) 08:00 Breakfast\n"
        "09:30 Doors Open\n(UTC−1) 10:00 Sessions\n"
    )
    assert [[(b["start"], b["title"]) for b in d["blocks"]] for d in got["days"]] == [
        [("10:00", "Registration"), ("13:30", "Lunch"), ("21:30", "Games")],
        [("08:00", "Breakfast"), ("09:30", "Doors Open"), ("10:00", "Sessions")],
    ]


def test_a_semicolon_after_the_times_parts_them_from_the_title():
    got = blocks("12h45 – 14h00 : Déjeuner\n14h00 – 17h00 ; Visite des sites\n")
    assert [(b["start"], b["end"], b["title"]) for b in got] == [
        ("12:45", "14:00", "Déjeuner"),
        ("14:00", "17:00", "Visite des sites"),
    ]


def test_a_question_put_to_someone_then_their_name_on_a_dash_line():
    got = blocks(
        "10h30 : Table ronde : Quels freins ?\n"
        "– Quelles motivations dans un contexte local ? Monsieur COUILLARD, Agriculteur\n"
        "– Quel rôle du contexte politique ? François DUFOUR, Vice-président du CRBN\n"
        "12h45 : Déjeuner\n"
    )
    assert people_of(got[0]) == [
        ("COUILLARD", None, "Agriculteur"),
        ("François DUFOUR", None, "Vice-président du CRBN"),
    ]
    assert got[0]["speakers"][0]["topic"] == "Quelles motivations dans un contexte local ?"


def test_a_civility_in_full_is_never_a_first_name():
    got = blocks(
        "9h Ouverture\nMadame DURAND, maire\n10h Intervention de Monsieur Christophe RAMOND\n"
    )
    assert [people_of(b) for b in got] == [
        [("DURAND", None, "maire")],
        [("Christophe RAMOND", None, None)],
    ]


def test_a_place_shouted_under_the_last_block_is_where_it_happens():
    got = blocks("17h00 : Buffet\n18h00 : Conférence débat\nLYCÉE AGRICOLE DE COUTANCES\n")
    assert [(b["start"], b["title"]) for b in got] == [
        ("17:00", "Buffet"),
        ("18:00", "Conférence débat"),
    ]
    assert got[1]["description"] == "LYCÉE AGRICOLE DE COUTANCES"


def test_a_sentence_naming_what_is_offered_by_nobody_gives_its_kind():
    got = blocks(
        "14h00 – 17h00 Sur les sites des installations agricoles, divers ateliers sont proposés"
        " autour de l’autonomie fourragère\n"
        "17h00 Démarche de réussite d’un projet d’introduction des produits en restauration"
        " collective\nJean DUPONT, cuisinier\n"
    )
    assert [b["kind"] for b in got] == ["workshop", "talk"]


def test_a_letter_french_never_writes_says_nothing_of_french():
    table = (
        "| 18:00 – 19:30 | Covilhã city centre walking tour |\n| 19:30 – 21:00 | Welcome drink |\n"
    )
    assert guess_language(table) == "en"
    assert blocks(table)[1]["kind"] == "meal"
    assert guess_language("| 12:00 | Déjeuner |") == "fr"


def test_a_dash_glued_to_a_word_in_capitals_opens_a_part():
    got = blocks(
        "- 09H30/11H00 Quelle saison ?\n–TABLE RONDE\n-REACTIONS du public\n–DEBAT\n12h Déjeuner\n"
    )
    assert [(b["start"], b["title"]) for b in got] == [
        ("09:30", "Quelle saison ?"),
        ("12:00", "Déjeuner"),
    ]
    assert [it["title"] for it in got[0]["items"]] == [
        "TABLE RONDE",
        "REACTIONS du public",
        "DEBAT",
    ]


def test_a_sentence_per_person_after_a_label():
    got = blocks(
        "9h30 Quelle saison ?\n- TABLE RONDE Avec Pierre Blanc, enseignant-chercheur en géopolitique."
        " Omar Bessaoud, chercheur à l’Institut de Montpellier. Et Najib Akesbi, économiste.\n"
    )
    assert people_of(got[0]) == [
        ("Pierre Blanc", None, "enseignant-chercheur en géopolitique"),
        ("Omar Bessaoud", None, "chercheur à l’Institut de Montpellier"),
        ("Najib Akesbi", None, "économiste"),
    ]


def test_a_part_named_in_capitals_then_the_people_who_hold_it():
    got = blocks(
        "14h30 Demain, sans pesticides ?\n- REACTION de Gaëlle Reynou-Gravier, viticultrice.\n"
        "- EN DISPUTE Sébastien Treyer, directeur des programmes de l’Iddri et Jean-Christophe"
        " Bureau, professeur d’économie\n18h10 Clôture\nPhilippe Mauguin, PDG de l’INRA\n"
    )
    assert [it["title"] for it in got[0]["items"]] == ["REACTION", "EN DISPUTE"]
    assert people_of(got[0]) == [
        ("Gaëlle Reynou-Gravier", None, "viticultrice"),
        ("Sébastien Treyer", None, "directeur des programmes de l’Iddri"),
        ("Jean-Christophe Bureau", None, "professeur d’économie"),
    ]
    assert people_of(got[1]) == [("Philippe Mauguin", None, "PDG de l’INRA")]


def test_parts_opening_with_a_round_table_are_that_panel():
    got = blocks(
        "9h30 Quelle saison ?\n- Table ronde\n- Réactions\n- Débat\n"
        "11h Le point\n- Présentation\n- Réactions\n"
    )
    assert [b["kind"] for b in got] == ["panel", "plenary"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Cercles d’échanges", "workshop"),
        ("Cercle de parole", "workshop"),
        ("Sharing circles", "workshop"),
    ],
)
def test_circles_where_everyone_speaks_in_turn_are_small_groups(title, kind):
    assert kind_of(title) == kind


# Sixth round ---------------------------------------------------------------------------------
def test_a_day_beside_its_hours_in_a_row_heads_the_day():
    text = (
        "Journée de l’énergie citoyenne\n"
        "Samedi 14 février | 9h30-17h\n"
        "- 9h30 – Accueil autour d’un petit-déjeuner\n"
        "- 9h45 – L’énergie citoyenne\n"
        "- 16h45 – Clôture de la journée\n"
    )
    day = parse_programme(text)["days"][0]
    assert (day["start"], day["end"]) == ("09:30", "17:00")
    assert spans(text) == [
        ("09:30", "09:45", "welcome"),
        ("09:45", "16:45", "other"),
        ("16:45", "17:00", "closing"),
    ]


def test_a_day_s_hours_on_its_heading_end_its_last_block():
    text = (
        "Samedi 14 février\n"
        "9h30 Accueil\n"
        "10h Atelier\n"
        "Dimanche 15 février (10h-12h)\n"
        "10h Accueil\n"
        "11h Atelier\n"
    )
    day = parse_programme(text)["days"][1]
    assert (day["start"], day["end"]) == ("10:00", "12:00")
    assert spans(text, 1) == [("10:00", "11:00", "welcome"), ("11:00", "12:00", "workshop")]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Opening the space", "open_space"),
        ("Lancement du forum ouvert", "open_space"),
        ("Ouverture du forum ouvert", "open_space"),
        ("Closing the space", "closing"),
    ],
)
def test_an_open_space_s_opening_is_the_open_space(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Self-organised sessions", "workshop"),
        ("Self-organized sessions", "workshop"),
        ("Ateliers auto-organisés", "workshop"),
    ],
)
def test_sessions_the_participants_organise_are_workshops(title, kind):
    assert kind_of(title) == kind


def test_a_kind_then_a_person_with_their_body_in_brackets():
    text = (
        "9:00-9:15 Opening Marc Najork (Google)\n"
        "9:15-10:00 Keynote 1 Andrew Tomkins (Sapienza University of Rome)\n"
        "10:00-10:30 Atelier Jardin Partagé (Salle B)\n"
    )
    got = [
        (b["title"], [(s["name"], s.get("organisation")) for s in b["speakers"]])
        for b in blocks(text)
    ]
    assert got == [
        ("Opening", [("Marc Najork", "Google")]),
        ("Keynote 1", [("Andrew Tomkins", "Sapienza University of Rome")]),
        ("Atelier Jardin Partagé (Salle B)", []),
    ]


def test_a_time_zone_after_the_times_is_no_title():
    text = "12:00 - 12.30 CET  Opening the space\n12:30 - 13:00 UTC+1 Lunch\n13:00 IT Workshop\n"
    assert [b["title"] for b in blocks(text)] == ["Opening the space", "Lunch", "IT Workshop"]


def test_two_times_side_by_side_are_a_range_without_its_dash():
    text = "12.00 12.30 Opening\n12.30 17.30 Ateliers\n17.30 18.00 Closing\n"
    assert spans(text) == [
        ("12:00", "12:30", "welcome"),
        ("12:30", "17:30", "workshop"),
        ("17:30", "18:00", "closing"),
    ]


def test_a_day_s_ranges_then_its_titles_are_paired_in_order():
    text = (
        "Monday\n30 August\n08:00-12:00\n12:00-14:00\n14:00-18:00\n"
        "Workshop “Writing and\npresenting papers”\nLunch\nStudy sessions,\noption for a tour\n"
        "Tuesday\n31 August\n09:00-12:00\n12:00-13:00\nPlenary\n"
    )
    assert [(b["start"], b["end"], b["title"]) for b in blocks(text)] == [
        ("08:00", "12:00", "Workshop “Writing and presenting papers”"),
        ("12:00", "14:00", "Lunch"),
        ("14:00", "18:00", "Study sessions, option for a tour"),
    ]


def test_a_block_going_back_but_running_past_the_one_above_runs_beside_it():
    text = (
        "Tuesday 31 August 2021\n"
        "08:30-12:30 Plenary\n"
        "14:30-18:30 Sessions B\n"
        "09:00-18:00 Accompanying persons: Vintage tour\n"
        "19:30-22:30 Swiss evening\n"
    )
    days = parse_programme(text)["days"]
    assert len(days) == 1
    assert [b["start"] for b in days[0]["blocks"]] == ["08:30", "14:30", "09:00", "19:30"]
    # Without a heading, a long block going back still opens the next day.
    headless = "Atelier d’été\n14:00-18:00 Atelier\n09:00-17:00 Journée de terrain\n"
    assert len(parse_programme(headless)["days"]) == 2


@pytest.mark.parametrize(
    ("title", "kind"),
    [("Technical tours", "other"), ("Field trip", "other"), ("Guided tours", "other")],
)
def test_tours_and_trips_out_are_visits(title, kind):
    assert kind_of(title, "en") == kind


def test_names_joined_before_one_bracket_share_its_body_and_a_role_follows_a_dash():
    text = (
        "15:00-15:30 Submitted presentation Alexander Zipf and Jiaoyan Chen "
        "(Heidelberg University)\n"
        "16:00-17:15 Panel Marc Najork (Google) – Moderator\n"
    )
    got = [
        [(s["name"], s.get("organisation"), s["role"]) for s in b["speakers"]] for b in blocks(text)
    ]
    assert got == [
        [
            ("Alexander Zipf", "Heidelberg University", None),
            ("Jiaoyan Chen", "Heidelberg University", None),
        ],
        [("Marc Najork", "Google", "Moderator")],
    ]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Entrée en salle du grand public pour la restitution de la concertation", "welcome"),
        ("Entrée des participants", "welcome"),
    ],
)
def test_the_audience_coming_into_the_room_opens_the_session(title, kind):
    assert kind_of(title) == kind


def test_one_meeting_per_dated_line_its_start_said_in_the_sentence():
    text = (
        "Les élus à votre rencontre\n"
        "- Jeudi 16 novembre : rendez-vous à partir de 18h30 à la médiathèque\n"
        "- Mercredi 22 novembre : rendez-vous dès 19h à l’espace Louise-Voëlckel\n"
    )
    days = parse_programme(text)["days"]
    assert [(d["label"], [(b["start"], b["title"]) for b in d["blocks"]]) for d in days] == [
        ("Jeudi 16 novembre", [("18:30", "Rendez-vous à la médiathèque")]),
        ("Mercredi 22 novembre", [("19:00", "Rendez-vous à l’espace Louise-Voëlckel")]),
    ]


# Seventh round ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "title",
    [
        "Présentation des sponsors (Amphithéâtre Mérieux, ENS de Lyon)",
        "Posters (Salle Jean Jaurès, Université Lumière)",
        "Keynote (Kresge Auditorium, MIT)",
        "Constitution, Bylaws and Resolutions Committee - New Delegate Orientation",
        "Discussion (Bâtiment Condorcet, Campus Nord)",
        "Coffee (Hall B, Main Building)",
    ],
)
def test_a_place_a_body_or_a_session_is_never_a_person(title):
    block = blocks(f"09:00 - 10:00 | {title}\n10:00 - 11:00 | Lunch\n")[0]
    assert block["speakers"] == []
    assert not [s for item in block.get("items", []) for s in item.get("speakers", [])]


def test_a_person_is_still_read_beside_a_place_in_brackets():
    block = blocks("09:00 - 10:00 | Planétologie (Jean Dupont, CNRS)\n")[0]
    assert [(s["name"], s["organisation"]) for s in block["speakers"]] == [("Jean Dupont", "CNRS")]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Planétologie", "talk"),
        ("Géologie et minéralogie", "talk"),
        ("Astrophysique", "talk"),
        ("Molecular Biology", "talk"),
        ("Neurosciences", "talk"),
        ("Déjeuner de géologie", "meal"),
        ("Geology field trip", "other"),
    ],
)
def test_a_session_named_by_a_field_of_knowledge_is_its_talks(title, kind):
    assert kind_of(title) == kind


def people(block: dict) -> list[tuple[str | None, str | None]]:
    return [(s["name"], s["role"]) for s in block["speakers"]]


def test_a_civility_starts_a_new_person_even_inside_a_role():
    text = (
        "9h00 Ouverture par M. Jacques Glowinski, administrateur honoraire du Collège de France "
        "et M. Bertrand Collomb, président de l’IHEST\n"
        "10h00 Table ronde avec Dr. Ann Lee, Director, Mme Anne Roy, présidente\n"
    )
    got = [people(b) for b in blocks(text)]
    assert got == [
        [
            ("Jacques Glowinski", "administrateur honoraire du Collège de France"),
            ("Bertrand Collomb", "président de l’IHEST"),
        ],
        [("Ann Lee", "Director"), ("Anne Roy", "présidente")],
    ]


def test_a_function_said_with_the_civility_is_the_role_of_the_name_after_it():
    text = (
        "9h00 Accueil de Madame la Ministre, Valérie Pécresse, par M. Jacques Glowinski, "
        "administrateur\n"
        "10h00 Allocution de Monsieur le Maire, Jean DUPONT\n"
    )
    first, second = blocks(text)
    assert first["title"] == "Accueil de Madame la Ministre, Valérie Pécresse"
    assert people(first) == [
        ("Valérie Pécresse", "Ministre"),
        ("Jacques Glowinski", "administrateur"),
    ]
    assert people(second) == [("Jean DUPONT", "Maire")]


def test_a_length_in_brackets_is_never_part_of_a_role():
    text = "10h00 Intervention de M. Bertrand Collomb, président de l’IHEST (environ 20-25 mn)\n"
    assert people(blocks(text)[0]) == [("Bertrand Collomb", "président de l’IHEST")]


def test_a_titled_name_under_a_block_is_its_speaker_then_their_role_and_body():
    text = (
        "6:00 pm Reception\n"
        "6:45 pm Welcome and Overview of Workshop\n"
        "  Welcome Dr. Margaret E. M. Tolbert\n"
        "    Senior Advisor, Office of Integrative Activities\n"
        "National Science Foundation\n"
        "7:00 pm Dinner\n"
    )
    got = [
        (b["title"], [(s["name"], s["organisation"], s["role"]) for s in b["speakers"]])
        for b in blocks(text)
    ]
    assert got == [
        ("Reception", []),
        (
            "Welcome and Overview of Workshop",
            [
                (
                    "Margaret E. M. Tolbert",
                    "National Science Foundation",
                    "Senior Advisor, Office of Integrative Activities",
                )
            ],
        ),
        ("Dinner", []),
    ]


def test_a_titled_name_with_one_initial_is_a_person_at_a_university():
    text = (
        "8:00 to 10:00 am Session 1\n"
        "  Dr. Antonio Baptista, Oregon Health and Science University\n"
        "  Dr. S. Prasad Gogineni, University of Kansas\n"
    )
    assert [(s["name"], s["organisation"]) for s in blocks(text)[0]["speakers"]] == [
        ("Antonio Baptista", "Oregon Health and Science University"),
        ("S. Prasad Gogineni", "University of Kansas"),
    ]


def test_a_qualified_function_is_never_a_name():
    text = "9:00 Keynote\n  Senior Advisor, Office of Integrative Activities\n10:00 Lunch\n"
    assert blocks(text)[0]["speakers"] == []


def test_a_function_at_a_body_then_a_topic_after_a_dash():
    from facilitateur.models.programme.people import person

    sp = person(
        "Dr. Nathaniel G. Pitts, Director of the Office of Integrative Activities at the "
        "National Science Foundation - Essential elements of a strategy for a technical "
        "workforce",
        strict=False,
    )
    assert sp is not None
    assert (sp["name"], sp["organisation"], sp["role"], sp["topic"]) == (
        "Nathaniel G. Pitts",
        "National Science Foundation",
        "Director of the Office of Integrative Activities",
        "Essential elements of a strategy for a technical workforce",
    )


def test_an_evening_on_the_12_hour_clock_without_am_pm_runs_from_noon_on():
    evening = (
        "* 7:00 - Arrive at the hall, set up chairs\n"
        "* 8:00 - Introduction and overview of the evening's content\n"
        "* 10:30 - Meeting close\n"
    )
    assert [b["start"] for b in blocks(evening)] == ["19:00", "20:00", "22:30"]
    # The same times with a morning said, or no evening said, stay in the morning.
    morning = evening.replace("evening's", "morning's")
    assert [b["start"] for b in blocks(morning)] == ["07:00", "08:00", "10:30"]
    plain = evening.replace(" of the evening's content", "")
    assert [b["start"] for b in blocks(plain)] == ["07:00", "08:00", "10:30"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Committee Reports:", "plenary"),
        ("MC to introduce Committee report, Financial report", "plenary"),
        ("Rapports des commissions", "plenary"),
        ("Director's Report", "talk"),
        ("President’s Report", "talk"),
        ("Membership Survey Results", "talk"),
        ("Rapport moral", "talk"),
    ],
)
def test_an_assemblys_reports_are_heard_by_all_and_someones_report_is_their_talk(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Constitution, Bylaws and Resolutions Committee - New Delegate Orientation", "other"),
        ("Awards Committee", "other"),
        # The kind still counts when the committee is not named by it.
        ("Lunch with the Program Committee", "meal"),
        ("Constitution, Bylaws and Resolutions - CB&R Committee", "plenary"),
    ],
)
def test_a_committee_named_by_its_business_is_a_body_not_a_kind(title, kind):
    assert kind_of(title) == kind


def test_a_line_opening_with_its_own_label_does_not_carry_on_a_list_of_speakers():
    text = (
        "11:00 Panel discussion\n"
        "  Panelists: Ann Lee (MIT), Bob Ray (Stanford) and Carla Diaz\n"
        "  Location: Smith Hall, Room 101\n"
        "12:00 Lunch\n"
    )
    assert [s["name"] for s in blocks(text)[0]["speakers"]] == ["Ann Lee", "Bob Ray", "Carla Diaz"]


@pytest.mark.parametrize(
    "line",
    ["Facilitated by Green Futures Network", "Led by the Data Science Team", "Lunch - Chez PAUL"],
)
def test_a_body_or_a_team_after_a_label_is_never_a_person(line):
    for block in blocks(f"13:00 Workshop A\n  {line}\n14:00 Closing\n"):
        assert block["speakers"] == []
        assert not [s for item in block["items"] for s in item["speakers"]]


def test_a_kind_then_someone_named_beyond_doubt_after_a_comma_or_a_dash():
    text = (
        "9:00 Welcome, Dr. Jane Smith, Dean\n"
        "9:30 Opening remarks – Mayor John Doe\n"
        "17:00 Conclusion, Jean DUPONT, Maire de Toulouse\n"
        "17:30 Cocktail, Jardin des Plantes\n"
        "18:00 Keynote - Main Hall, Building A\n"
    )
    got = [(b["title"], [(s["name"], s["role"]) for s in b["speakers"]]) for b in blocks(text)]
    assert got == [
        ("Welcome", [("Jane Smith", "Dean")]),
        ("Opening remarks", [("John Doe", "Mayor")]),
        ("Conclusion", [("Jean DUPONT", "Maire de Toulouse")]),
        ("Cocktail, Jardin des Plantes", []),
        ("Keynote - Main Hall, Building A", []),
    ]


def test_a_body_after_an_article_closing_a_list_is_another_party_not_a_role():
    text = (
        "14h00 Table ronde\n"
        "Avec Claire Dubois (Ville de Lyon), Marc Petit (ADEME) et le Collectif Zéro Déchet\n"
    )
    got = people_of(blocks(text)[0])
    assert got == [("Claire Dubois", "Ville de Lyon", None), ("Marc Petit", "ADEME", None)]


def test_a_function_then_a_name_alone_under_a_block_is_its_speaker():
    text = "9:00 Welcome Remarks\n  Provost Maria Gonzalez\n9:15 Keynote\n"
    assert people(blocks(text)[0]) == [("Maria Gonzalez", "Provost")]


def test_people_with_their_bodies_after_with_are_the_speakers():
    text = "10:15 Open Science – Panel with Tom Hardy (NIH) and Jane Roe (NSF)\n"
    block = blocks(text)[0]
    assert block["title"] == "Open Science – Panel"
    assert [(s["name"], s["organisation"]) for s in block["speakers"]] == [
        ("Tom Hardy", "NIH"),
        ("Jane Roe", "NSF"),
    ]


def test_a_full_date_then_a_few_words_after_a_dash_heads_a_day():
    text = (
        "Wednesday, April 25, 2018 – Business Day\n"
        "9:00 Call to Order\n"
        "16:00 Adjournment\n"
        "Thursday, April 26, 2018 – Business Day\n"
        "8:30 - 9:00 Registration\n"
    )
    days = parse_programme(text)["days"]
    assert [(d["date"], d["label"]) for d in days] == [
        ("2018-04-25", "Wednesday, April 25, 2018"),
        ("2018-04-26", "Thursday, April 26, 2018"),
    ]
    assert [b["title"] for b in days[0]["blocks"]] == ["Call to Order", "Adjournment"]
    assert days[0]["blocks"][1]["items"] == []


def test_people_each_with_their_body_after_a_spoken_word_and_de_or_du_before_a_civility():
    text = (
        "9h30 Conférence du Dr Martin LEROY, CHU de Bordeaux\n"
        "11h30 Intervention de Jean-Pierre Moreau (Université de Nantes) et Lucie Bernard "
        "(INRAE)\n"
        "12h00 La pensée de Guy Héraud (Université de Pau) et Jean Monnet (Lausanne)\n"
    )
    got = [
        (b["title"], [(s["name"], s["organisation"]) for s in b["speakers"]]) for b in blocks(text)
    ]
    assert got[:2] == [
        ("Conférence", [("Martin LEROY", "CHU de Bordeaux")]),
        (
            "Intervention",
            [("Jean-Pierre Moreau", "Université de Nantes"), ("Lucie Bernard", "INRAE")],
        ),
    ]
    assert got[2][1] == []  # after `de`, without a word of speech, names are the subject


def test_a_table_cell_with_its_own_labels_keeps_them():
    text = (
        "| Time | Session | Speakers |\n"
        "|---|---|---|\n"
        "| 14:00 - 15:00 | Panel | Moderator: Ana Souza; Panelists: Ben Ode (UN), Chloé Roux "
        "(OECD) |\n"
        "| 15:00 - 15:30 | Keynote | Speaker: TBA |\n"
    )
    first, second = blocks(text)
    assert [(s["name"], s.get("organisation"), s["role"]) for s in first["speakers"]] == [
        ("Ana Souza", None, "Moderator"),
        ("Ben Ode", "UN", None),
        ("Chloé Roux", "OECD", None),
    ]
    assert second["speakers"] == []


@pytest.mark.parametrize(
    "line",
    ["Speaker: TBA", "Intervenant : à confirmer", "Moderator: TBD", "Keynote: Mystery Guest"],
)
def test_a_name_still_to_come_is_nobody_yet(line):
    for block in blocks(f"9:00 Keynote\n{line}\n10:00 Lunch\n"):
        assert block["speakers"] == []
        assert not [s for item in block["items"] for s in item["speakers"]]


def test_what_a_programme_offers_listed_under_a_block_is_no_ones_name():
    text = (
        "20:00 Evening Programme\n"
        "  Silent Disco\n"
        "  Karaoke Night\n"
        "  Marché Paysan\n"
        "  Jeu Libre\n"
        "  Live Music\n"
        "  Grand Finale\n"
        "22:00 End\n"
    )
    block = blocks(text)[0]
    assert block["speakers"] == []
    assert [i["title"] for i in block["items"]] == [
        "Silent Disco",
        "Karaoke Night",
        "Marché Paysan",
        "Jeu Libre",
        "Live Music",
        "Grand Finale",
    ]
    assert not [s for item in block["items"] for s in item["speakers"]]


def test_a_speakers_role_ending_a_line_does_not_swallow_the_next_speaker():
    text = (
        "10h00 Table ronde : Agir ensemble\n"
        "Avec :\n"
        "Marie Dupont, adjointe au maire\n"
        "Jean Martin (Collectif Vélo)\n"
        "Sophie Laurent\n"
    )
    got = [(s["name"], s.get("organisation"), s["role"]) for s in blocks(text)[0]["speakers"]]
    assert got == [
        ("Marie Dupont", None, "adjointe au maire"),
        ("Jean Martin", "Collectif Vélo", None),
        ("Sophie Laurent", None, None),
    ]


def test_a_company_of_artists_is_not_a_person():
    block = blocks("15h00 Spectacle\nCompagnie Les Arts Mêlés\n16h00 Fin\n")[0]
    assert block["speakers"] == []


def test_a_function_then_a_colon_then_a_name_under_a_block_is_its_speaker():
    block = blocks("16h00 Balade\nGuide : Claire Fontaine\n17h00 Fin\n")[0]
    assert people(block) == [("Claire Fontaine", "Guide")]


def test_a_quoted_title_then_its_speaker_is_a_part_of_its_own():
    text = (
        "1:30 pm Lightning Talks\n"
        '  "Kelp Forests" – Dr. Ana Ruiz, Stanford\n'
        '  "Reef Mapping" – Tom Chen, NOAA\n'
        "3:00 pm Closing\n"
    )
    block = blocks(text)[0]
    assert block["title"] == "Lightning Talks"
    assert [(i["title"], [s["name"] for s in i["speakers"]]) for i in block["items"]] == [
        ('"Kelp Forests"', ["Ana Ruiz"]),
        ('"Reef Mapping"', ["Tom Chen"]),
    ]


def test_honorifics_are_civilities_and_a_function_before_a_name_its_role():
    text = (
        "9:00 am Opening\n"
        "  Remarks by Senator Bob Lee\n"
        "3:00 pm Closing Keynote\n"
        "  Hon. Maria Lopez, Minister of Environment\n"
        "4:00 pm Welcome from Professor Josh Snodgrass\n"
    )
    first, second, third = blocks(text)
    assert [people(i) for i in first["items"]] == [[("Bob Lee", "Senator")]]
    assert people(second) == [("Maria Lopez", "Minister of Environment")]
    assert people(third) == [("Josh Snodgrass", None)]  # a civility is no role


def test_a_day_into_the_evening_is_not_an_evening():
    text = "8:30 Registration\n9:00 Talks\n11:30 Wrap-up\n5:30 Evening reception\n"
    assert [b["start"] for b in blocks(text)] == ["08:30", "09:00", "11:30", "17:30"]


def test_a_firm_hosting_is_no_person_and_an_english_chair_word_reads_in_english():
    text = "16:00 Reception hosted by Acme Corp\n17:00 Panel chaired by Jane Smith\n"
    first, second = blocks(text)
    assert first["speakers"] == []
    assert people(second) == [("Jane Smith", "Chair")]


def test_columns_padded_with_spaces_and_the_title_beside_its_times():
    text = (
        "08:30–09:00  Registration & Coffee  |  Foyer\n"
        "09:15–10:15  Keynote 1: Learning at Scale  |  Yann Martin, Meta AI\n"
        "12:15–13:30  Lunch  |  Restaurant Kårhuset\n"
        "16:30–17:00  Closing Remarks  |  General Chairs\n"
    )
    got = [
        (b["title"], [(s["name"], s.get("organisation")) for s in b["speakers"]])
        for b in blocks(text)
    ]
    assert got == [
        ("Registration & Coffee", []),
        ("Keynote 1: Learning at Scale", [("Yann Martin", "Meta AI")]),
        ("Lunch", []),
        ("Closing Remarks", []),
    ]


def test_a_dinner_says_an_evening():
    text = "6:30 Doors open\n7:00 Dinner\n8:00 Talk\n9:30 Close\n"
    assert [b["start"] for b in blocks(text)] == ["18:30", "19:00", "20:00", "21:30"]


# Eighth round -------------------------------------------------------------------------------
def test_the_sessions_of_a_camp_are_its_workshops():
    text = (
        "Le planning suit celui de la plupart des camps.\n"
        "9h30 - 10h30 : Sessions\n"
        "10h30 - 11h30 : Sessions\n"
        "12h30 - 13h30 : Déjeuner\n"
    )
    assert [k for _s, _e, k in spans(text)] == ["workshop", "workshop", "meal"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Welcoming Remarks", "welcome"),
        ("Introductory remarks", "welcome"),
        ("Greetings from the Mayor", "welcome"),
        ("Salutations des élus", "welcome"),
        # An English compound ends with its head: welcoming someone is an address.
        ("Welcoming Address", "talk"),
        ("Souper dansant", "meal"),
    ],
)
def test_welcoming_someone_or_greeting_is_a_welcome(title, kind):
    assert kind_of(title) == kind


def test_a_name_and_its_body_in_brackets_end_the_speaker_of_a_cell():
    text = (
        "| Heure | Séance |\n|---|---|\n"
        "| 14:00 - 15:30 | Ouverture Conférence invitée par Marie Curie (Université de Paris)"
        " Questions du public |\n"
    )
    (block,) = blocks(text)
    assert [(s["name"], s["organisation"]) for s in block["speakers"]] == [
        ("Marie Curie", "Université de Paris")
    ]
    assert block["title"].startswith("Ouverture Conférence invitée par Marie Curie")


def test_a_numbered_item_under_a_time_alone_is_its_title_without_its_number():
    text = "18h00\n\nPortes ouvertes\n\n19h00\n\n2)   Mot de bienvenue\n\n3)   Bilan\n"
    assert [b["title"] for b in blocks(text)] == ["Portes ouvertes", "Mot de bienvenue"]


def test_a_function_then_a_name_under_a_middle_dot_is_a_speaker():
    text = (
        "19h00 Réunion publique\n"
        "·   Conseillère municipale Anne Martin\n"
        "·   Présentation du budget\n"
        "·  Animée par M. Paul Roux\n"
    )
    (block,) = blocks(text)
    who = [(s["name"], s["role"]) for s in block["speakers"]]
    who += [(s["name"], s["role"]) for i in block["items"] for s in i["speakers"]]
    assert who == [("Anne Martin", "Conseillère municipale"), ("Paul Roux", "Animation")]
    assert [i["title"] for i in block["items"]] == ["Présentation du budget"]


def test_meetings_one_per_line_named_before_their_day():
    text = (
        "Public meetings 2024\n"
        "Ward 1: Thursday, April 18, 7:00 pm - at the Main Street Library, 12 Main Street.\n"
        "Ward 2 on Tuesday, May 7, 6:30 pm, at Lincoln School.\n"
        "Secteur Nord : mardi 4 juin 2024 à 18h30, salle des fêtes\n"
    )
    days = parse_programme(text)["days"]
    got = [
        (d["date"], b["start"], b["title"], b["kind"], b.get("description"))
        for d in days
        for b in d["blocks"]
    ]
    assert got == [
        ("2024-04-18", "19:00", "Ward 1", "plenary", "at the Main Street Library, 12 Main Street."),
        ("2024-05-07", "18:30", "Ward 2", "plenary", "at Lincoln School."),
        ("2024-06-04", "18:30", "Secteur Nord", "plenary", "salle des fêtes"),
    ]


def test_a_moment_naming_nothing_in_a_programme_of_meetings_is_a_meeting():
    text = "Town hall meetings 2024\n18h00 North Ward\n19h30 South Ward\n"
    assert [k for _s, _e, k in spans(text)] == ["plenary", "plenary"]
    # One meeting's programme lists its moments, of any kind.
    text = "Assemblée générale 2024\n18h00 Quartier Nord\n19h30 Quartier Sud\n"
    assert [k for _s, _e, k in spans(text)] == ["other", "other"]


def test_the_moments_of_an_event_in_brackets_after_its_hours_are_its_blocks():
    text = (
        "Open space on housing\n"
        "Saturday 9 March 2024 at 1:30 pm\n"
        "Come and share your ideas on housing in our town, the open space way.\n"
        "Saturday 9 March 2024 at the town hall, from 1:30 to 6 pm\n"
        "(welcome and coffee 1:30 pm, start of the open space 2 pm, closing circle 5:30 pm)\n"
    )
    assert spans(text) == [
        ("13:30", "14:00", "welcome"),
        ("14:00", "17:30", "open_space"),
        ("17:30", "18:00", "closing"),
    ]
    text = (
        "Fête du quartier\n"
        "samedi 9 mars 2024 à 14h\n"
        "Le samedi 9 mars 2024 au parc de 14h à 19h\n"
        "(ouverture des stands 14h, goûter partagé 16h30)\n"
    )
    assert spans(text) == [("14:00", "16:30", "welcome"), ("16:30", "19:00", "meal")]


def test_one_time_for_all_said_once_and_each_lecture_under_its_date():
    text = (
        "Thursday lectures, free and open to all\n"
        "at 6 pm\n"
        "October 13 – Town Library\n"
        "Water and Cities in the Sahel\n"
        "Jane SMITH: Professor of History, University of Leeds.\n"
        "A talk on how towns of the Sahel have shared their water over the centuries, and why.\n"
        "November 3 – Council Chamber\n"
        "Tom Baker: Director of research at the Natural History Museum\n"
        "After Darwin: evolution revisited\n"
    )
    days = parse_programme(text)["days"]
    got = [
        (b["start"], b["kind"], b["title"], [(s["name"], s["role"]) for s in b["speakers"]])
        for d in days
        for b in d["blocks"]
    ]
    assert got == [
        (
            "18:00",
            "talk",
            "Water and Cities in the Sahel",
            [("Jane SMITH", "Professor of History, University of Leeds")],
        ),
        (
            "18:00",
            "talk",
            "After Darwin: evolution revisited",
            [("Tom Baker", "Director of research at the Natural History Museum")],
        ),
    ]


def test_a_times_am_pm_is_never_its_title():
    text = "Evening talks\nat 6 pm\n18:00 Welcome\n19:00 Talk\n"
    assert [b["title"] for b in blocks(text)] == ["Welcome", "Talk"]


def test_the_moments_of_an_event_after_a_label_and_the_one_time_said_in_a_sentence():
    text = (
        "Forum ouvert : quelle mobilité pour demain ?\n"
        "Samedi 16 mars 2024 à 9h\n"
        "Le samedi 16 mars 2024, salle polyvalente, de 9h à 17h.\n"
        "Programme : accueil café à 9h, déjeuner partagé à 12h30, restitution à 16h.\n"
    )
    assert spans(text) == [
        ("09:00", "12:30", "welcome"),
        ("12:30", "16:00", "meal"),
        ("16:00", "17:00", "report_back"),
    ]
    text = (
        "Conférences du jeudi\n"
        "Les conférences ont lieu à 18h30, salle du conseil.\n"
        "Jeudi 3 octobre 2024\n"
        "Marie DURAND : historienne, maîtresse de conférences à l'université de Tours\n"
        "Les châteaux de la Loire au XVe siècle\n"
        "Jeudi 7 novembre 2024\n"
        "La peinture flamande\n"
        "Paul MARTIN : Directeur du musée des Beaux-Arts\n"
    )
    days = parse_programme(text)["days"]
    assert [(d["date"], d["blocks"][0]["start"], d["blocks"][0]["title"]) for d in days] == [
        ("2024-10-03", "18:30", "Les châteaux de la Loire au XVe siècle"),
        ("2024-11-07", "18:30", "La peinture flamande"),
    ]
    assert [d["blocks"][0]["speakers"][0]["name"] for d in days] == ["Marie DURAND", "Paul MARTIN"]


def test_the_line_announcing_a_list_of_meetings_makes_them_meetings():
    text = (
        "Autumn in the wards\n"
        "Each of the three public meetings covers one ward:\n"
        "- Monday 5 October at 6:30 pm: North ward – Main Hall;\n"
        "- Friday 9 October at 6:30 pm: South ward – Main Hall.\n"
    )
    days = parse_programme(text)["days"]
    # `at` before the time is not read as `à`, leaving `t 6:30 pm`.
    assert [(b["start"], b["kind"]) for d in days for b in d["blocks"]] == [
        ("18:30", "plenary"),
        ("18:30", "plenary"),
    ]


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "Presenters: John Smith (EPA) and Maria Garcia (City of Austin)",
            ["John Smith", "Maria Garcia"],
        ),
        ("Conférencière : Marie Durand, historienne", ["Marie Durand"]),
        ("Invités : Paul Roux (INRAE) et Anne Petit", ["Paul Roux", "Anne Petit"]),
        ("Avec la participation de Jean Dupont, maire", ["Jean Dupont"]),
        ("With the participation of Dr. Ann Lee (WHO)", ["Ann Lee"]),
        ("Guest speakers: Tom Lee, Mayor", ["Tom Lee"]),
    ],
)
def test_whoever_presents_or_is_invited_is_a_speaker_whatever_the_label(line, who):
    (block,) = blocks(f"11:00 Panel: Rivers in the City\n{line}\n")
    assert [s["name"] for s in block["speakers"]] + [
        s["name"] for i in block["items"] for s in i["speakers"]
    ] == who


@pytest.mark.parametrize(
    "line",
    [
        "De 9h30 à 10h30 : Conférence de Jean Dupont (Université de Lille) : « Les haies »",
        "From 9:30 to 10:30: Keynote by Dr. Jane Roe (University of Leeds) on hedgerows and birds",
    ],
)
def test_the_time_after_a_leading_de_or_from_is_the_lines_own_start(line):
    got = blocks(f"De 9h à 9h30 : Accueil café\n{line}\n")
    assert [(b["start"], b["end"], b["items"]) for b in got] == [
        ("09:00", "09:30", []),
        ("09:30", "10:30", []),
    ]


def test_one_time_for_all_and_each_lecture_on_its_dated_line():
    text = (
        "Cycle de conférences 2025\n"
        "Toutes les conférences ont lieu à 20h30 à la salle des fêtes.\n"
        "Lundi 13 octobre : « Les oiseaux du bocage » par Jean Dupont, ornithologue\n"
        "Lundi 10 novembre : « Histoire du canal » par Marie Durand, historienne\n"
    )
    days = parse_programme(text)["days"]
    got = [
        (d["date"], b["start"], b["title"], [(s["name"], s["role"]) for s in b["speakers"]])
        for d in days
        for b in d["blocks"]
    ]
    assert got == [
        ("2025-10-13", "20:30", "« Les oiseaux du bocage »", [("Jean Dupont", "ornithologue")]),
        ("2025-11-10", "20:30", "« Histoire du canal »", [("Marie Durand", "historienne")]),
    ]


# Ninth round -------------------------------------------------------------------------------
def speakers_of(line: str) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (s["name"], s["role"], s["topic"])
        for b in blocks(f"9h00 - 9h15 : Accueil\n{line}\n")
        for s in b["speakers"]
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "9h15 - 9h30 : Mot de Fabienne Oudart Présidente de la Communauté de communes, "
            "qui nous reçoit",
            [("Fabienne Oudart", "Présidente de la Communauté de communes", None)],
        ),
        (
            "9h15 - 9h30 : Intervention de Madame Nadia Koulibaly Conseillère départementale "
            "sur les mobilités rurales",
            [("Nadia Koulibaly", "Conseillère départementale", "les mobilités rurales")],
        ),
        (
            "9:15 - 9:30 Remarks by Harold Whitcombe Director of the Water Agency, who hosts us",
            [("Harold Whitcombe", "Director of the Water Agency", None)],
        ),
        # A given name alone, or words of a place, name no one.
        ("9h15 - 9h30 : Visite de Grace Président", []),
        ("9h15 - 9h30 : Concert de Salle Pierre Directeur musical", []),
    ],
)
def test_a_name_beyond_doubt_then_a_function_without_a_comma_is_a_speaker(line, expected):
    assert speakers_of(line) == expected


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Bożena Przyłuska", "présidente du Congrès"),
        ("Ştefan Čapek", "Director of the Institute of Physics"),
        ("Łukasz WIŚNIEWSKI", "maire de Gdańsk"),
    ],
)
def test_a_name_in_any_latin_alphabet_is_a_name(name, role):
    text = f"9h30 - 10h00\nMots de bienvenue de :\n\n  • Anne Martin, élue\n  • {name}, {role}\n"
    assert [(s["name"], s["role"]) for s in blocks(text)[0]["speakers"]] == [
        ("Anne Martin", "élue"),
        (name, role),
    ]


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Experte : Hélène Garnier, avocate", ("Hélène Garnier", "avocate")),
        ("Experts: Daniel Brooks, economist", ("Daniel Brooks", "economist")),
    ],
)
def test_an_expert_is_a_speaker(line, who):
    text = f"10h00 - 12h00\nAteliers au choix :\n  1. Droits humains :\n    {line}\n"
    got = [(s["name"], s["role"]) for b in blocks(text) for i in b["items"] for s in i["speakers"]]
    assert got == [who]


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "Intervenant : Christine Mahysecrétaire générale du réseau wallon",
            ("Christine Mahy", "secrétaire générale du réseau wallon"),
        ),
        (
            "Speaker: Laura Bennettprofessor of economics, University of Leeds",
            ("Laura Bennett", "professor of economics"),
        ),
        # A last name ending like a short function stays whole.
        ("Intervenant : Jean Lemaire, maire", ("Jean Lemaire", "maire")),
    ],
)
def test_a_last_name_glued_to_the_function_after_it_is_cut_apart(line, who):
    text = f"10h00 - 12h00 : Conférence\n{line}\n"
    got = [(s["name"], s["role"]) for b in blocks(text) for s in b["speakers"]]
    assert got == [who]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "18h00 : Causerie à la médiathèque avec la philosophe Claire Moreau sur le thème "
            "« Vivre ensemble », organisée par l’association",
            [("Claire Moreau", "philosophe", "Vivre ensemble")],
        ),
        (
            "12h15 - 14h45 : Échanges avec Madame la Ministre Sophie Lambert, Secrétaire d’État "
            "à la Ruralité en présence de Monsieur le Préfet du Cher Henri Duval",
            [
                ("Sophie Lambert", "Secrétaire d’État à la Ruralité", None),
                ("Henri Duval", "Préfet du Cher", None),
            ],
        ),
        (
            "6:00 pm Fireside chat with the Mayor Laura Bennett on housing",
            [("Laura Bennett", "Mayor", "housing")],
        ),
        # A function then a given name alone is no one.
        ("18h00 : Balade avec le guide Grace", []),
        ("18h00 : Balade avec le guide Pierre, départ de la mairie", []),
    ],
)
def test_a_function_then_a_name_beyond_doubt_in_a_title_is_a_speaker(line, expected):
    assert speakers_of(line) == expected


@pytest.mark.parametrize(
    "title",
    [
        "The Library opens",
        "Le musée ouvre ses portes",
        "Mot de Claire Moreau",
        "Mot du maire",
        "First Timer Orientation",
        "New members orientation",
        "Orientation des nouveaux adhérents",
    ],
)
def test_a_place_opening_a_word_from_someone_and_newcomers_shown_around_are_a_welcome(title):
    assert kind_of(title) == "welcome"


@pytest.mark.parametrize("title", ["Mot de la fin", "Mots d’enfants", "Orientation scolaire"])
def test_a_closing_word_and_other_orientations_are_no_welcome(title):
    assert kind_of(title) != "welcome"


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Talk on soils by Dr. Ana Ruiz, agronomist", ("Ana Ruiz", "agronomist")),
        ("Talk on rivers by M. Nettleship, ecologist", ("M. Nettleship", "ecologist")),
        ("Talk on housing by Mrs Sciuto, development worker", ("Mrs Sciuto", "development worker")),
        ("Conférence par M. Ginhoux, agrégé d’histoire", ("M. Ginhoux", "agrégé d’histoire")),
    ],
)
def test_a_trade_by_its_suffix_and_a_worker_are_a_function(line, who):
    got = [(s["name"], s["role"]) for b in blocks(f"10:00 - 10:30 {line}\n") for s in b["speakers"]]
    assert got == [who]


@pytest.mark.parametrize(
    "line",
    [
        "9h15 - 9h30 : Mot de Fabienne Oudart, présidente de l’association",
        "9h15 - 9h30 : Mot du Dr Paul LEROY, maire",
    ],
)
def test_a_title_saying_its_kind_only_with_whom_it_is_from_keeps_them(line):
    block = blocks(f"9h00 - 9h15 : Café\n{line}\n")[1]
    assert (block["kind"], block["title"], len(block["speakers"])) == (
        "welcome",
        line.split(" : ")[1].split(",")[0],
        1,
    )


@pytest.mark.parametrize(
    "title",
    ["Guests start to arrive, tea and coffee", "Les invités arrivent, café", "Visitors arrive"],
)
def test_people_arriving_said_with_a_verb_is_a_welcome(title):
    assert kind_of(title) == "welcome"


def test_an_instruction_to_arrive_somewhere_is_no_welcome():
    assert kind_of("Arrive at the hall to set up chairs") != "welcome"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Samedi 3 mai :\n  • 10h00 : Vide-grenier\n  • 14h00 : Concours de pétanque\n"
            "  • Manège pour les enfants toute la journée\n",
            [("10:00", "14:00"), ("14:00", None), (None, None)],
        ),
        (
            "Saturday, May 3:\n  • 10:00 am: Bake-off\n  • All afternoon: Farmers market\n"
            "  • 4:00 pm: Parade\n",
            [("10:00", "16:00"), (None, None), ("16:00", None)],
        ),
    ],
)
def test_a_bullet_lasting_the_day_or_a_part_of_it_is_an_untimed_moment(text, expected):
    got = blocks(text)
    assert [(b["start"], b["end"]) for b in got] == expected
    assert all(not b["items"] for b in got)


@pytest.mark.parametrize(
    "text",
    [
        "Samedi 8 octobre\n14h00 - 18h00\nDébat\n\n00h00\nFin\n\n19h30\nRepas\n",
        "Saturday, October 8\n2:00 pm - 6:00 pm Debate\n0:00 End\n7:30 pm Dinner\n",
    ],
)
def test_midnight_after_the_afternoon_ends_that_day_after_its_evening(text):
    days = parse_programme(text)["days"]
    assert [[(b["start"], b["end"]) for b in d["blocks"]] for d in days] == [
        [("14:00", "18:00"), ("19:30", "00:00"), ("00:00", None)]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "FESTIVAL DES SOLIDARITÉS 2022 VIVRE ENSEMBLE DANS LE QUARTIER · 7 & 8 OCTOBRE\n\n"
        "VENDREDI 7 OCTOBRE\n18h00 Ouverture\n",
        "ANNUAL GATHERING 2022 LIVING TOGETHER IN OUR NEIGHBOURHOOD · OCTOBER 7 & 8\n\n"
        "FRIDAY OCTOBER 7\n6:00 pm Opening\n",
    ],
)
def test_a_long_title_in_capitals_gives_its_year_to_the_days(text):
    assert parse_programme(text)["days"][0]["date"] == "2022-10-07"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("10h00 : Marché de Noël avec les artisans du village de 10h00 à 18h00", "Marché de Noël"),
        ("10:00 am Craft fair with local makers from 10:00 am to 6:00 pm.", "Craft fair"),
    ],
)
def test_hours_ending_a_title_from_its_own_start_give_its_end(line, title):
    got = blocks(f"{line}\n")
    assert (got[0]["start"], got[0]["end"]) == ("10:00", "18:00")
    assert got[0]["title"].startswith(title)


@pytest.mark.parametrize(
    "text",
    [
        "9 Café et installation 9:30 Tour de table 10:00 Atelier 1 10:30 Atelier 2 11:00 Pause "
        "11:20 Atelier 3 11:40 Atelier 4 12 fin de la matinée, merci à toutes et à tous",
        "9 Coffee and setup 9:30 Quick intros 10:00 Session 1 10:30 Session 2 11:00 Break "
        "11:20 Session 3 11:40 Session 4 12 wrap up, thanks to everyone for coming along",
    ],
)
def test_a_bare_whole_hour_in_the_order_of_a_run_on_day_starts_a_block(text):
    got = blocks(f"{text}\n")
    starts = [b["start"] for b in got]
    assert starts == ["09:00", "09:30", "10:00", "10:30", "11:00", "11:20", "11:40", "12:00"]
    assert got[5]["title"].endswith("3")  # "Atelier 3": a number of a title, not a time


@pytest.mark.parametrize(
    "line",
    ["ab 12:00, bis 14:00 Ankunft und Begrüßung", "von 12:00 bis 14:00 Ankunft und Begrüßung"],
)
def test_a_row_left_in_german_is_read_as_a_range_and_a_welcome(line):
    got = blocks(f"{line}\n14:00-15:00\nPresentation of the projects\n")
    assert (got[0]["start"], got[0]["end"], got[0]["kind"]) == ("12:00", "14:00", "welcome")


@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("- Hospitality suite 8am–12am", ("08:00", "00:00")),
        ("- Hospitality suite 8:15am–12:00am", ("08:15", "00:00")),
        ("- Morning session 11:15 - 12:00am", ("11:15", "12:00")),
    ],
)
def test_12am_with_a_morning_start_of_its_own_is_midnight(line, span):
    got = blocks(f"Saturday\n{line}\n- Registration 8–9:40am\n")
    assert (got[0]["start"], got[0]["end"]) == span


@pytest.mark.parametrize(
    "line",
    ["- Ateliers 10h–12h, 14h–17h", "- Classes 10am–12pm, 2–5pm"],
)
def test_a_title_then_two_ranges_is_that_title_at_both_times(line):
    got = blocks(f"Samedi\n- Accueil 9h–10h\n{line}\n")
    assert [(b["start"], b["end"]) for b in got][1:] == [("10:00", "12:00"), ("14:00", "17:00")]
    assert got[1]["title"] == got[2]["title"]


@pytest.mark.parametrize(
    ("title", "kind"), [("Classes", "workshop"), ("Dance classes", "workshop")]
)
def test_classes_are_lessons_given_to_groups(title, kind):
    assert kind_of(title) == kind
    assert kind_of("Class Ticketing") != "workshop"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "10h30 - 11h00 : Sécurité routière avec le Capitaine Morvan",
            [("Morvan", "Capitaine")],
        ),
        (
            "10:30 - 11:00 Keynote by Professor Halloran, Dean of Law in the main hall",
            [("Halloran", "Dean of Law")],
        ),
        ("10:30 - 11:00 Talk on rivers by Professor Halloran", [("Halloran", None)]),
        # A rank before a place or a body names no one.
        ("10h30 - 11h00 : Visite avec le Colonel Salle", []),
    ],
)
def test_a_rank_or_a_title_before_a_last_name_alone_names_a_person(line, expected):
    assert [(s["name"], s["role"]) for b in blocks(f"{line}\n") for s in b["speakers"]] == expected


# Tenth round ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "- 8 h – Accueil\nVisite de l’exposition - 9h – Ouverture\n- 10h – Ateliers\n",
        "• 08:00 – Registration\nName badges handed out • 09:00 – Opening\n• 10:00 – Workshops\n",
    ],
)
def test_a_dash_time_mark_glued_to_the_line_before_starts_a_block(text):
    assert [b["start"] for b in blocks(text)] == ["08:00", "09:00", "10:00"]
    assert blocks("- 9h – 10h – Accueil\n- 10h – Ateliers\n")[0]["end"] == "10:00"


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        (
            "Les adhérents ont rendez-vous le 8 octobre à Vienne. Cette édition 2016 porte "
            "sur l’eau.",
            "2016-10-08",
        ),
        ("Members meet on May 14 in Leeds for the 2019 edition of our day.", "2019-05-14"),
        ("Members meet on May 14 in Leeds, as they have since 2005.", None),
    ],
)
def test_a_day_dated_by_its_prose_and_its_edition_year(prose, expected):
    got = parse_programme(f"{prose}\nProgramme\n9h Accueil\n10h Ateliers\n")
    assert got["days"][0]["date"] == expected


def test_twelve_noon_without_minutes_starts_a_block():
    text = "11:00 a.m. Session 1\n12 noon Session 2\n12:45 p.m. Lunch\n"
    assert [(b["start"], b["title"]) for b in blocks(text)][1] == ("12:00", "Session 2")
    assert blocks("11h Atelier\n12 midi Repas\n13h30 Plénière\n")[1]["start"] == "12:00"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Committee meetings", "workshop"),
        ("Team meetings (each team answers the questions)", "workshop"),
        ("Réunions des commissions", "workshop"),
        ("Team reports", "report_back"),
        ("Reports from the groups", "report_back"),
        ("Retour des équipes", "report_back"),
    ],
)
def test_committees_meeting_apart_are_workshops_and_their_reports_a_report_back(title, kind):
    assert kind_of(title) == kind
    assert kind_of("Committee Reports") == "plenary"


@pytest.mark.parametrize(
    "text",
    [
        "13h45 : Scène ouverte. Inscription au préalable sur le stand du quartier.\n17h : Concert\n",
        "2:00 pm Open mic. Registration required at the front desk.\n5:00 pm Concert\n",
    ],
)
def test_a_note_on_how_to_take_part_names_no_welcome(text):
    assert blocks(text)[0]["kind"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "• 15h45 : Karaoké géant\n• suivi de la restitution des ateliers d’écriture\n• 17h : Bal\n",
        "- 3:45 pm Giant karaoke\n- followed by the report back of the writing workshops\n"
        "- 5:00 pm Dance\n",
    ],
)
def test_what_follows_a_block_says_nothing_of_its_kind(text):
    assert blocks(text)[0]["kind"] == "other"


@pytest.mark.parametrize(
    "title", ["Ciné plein air : « Nous avons grandi »", "Outdoor movie night", "Movie"]
)
def test_a_showing_is_a_film_however_short_its_name(title):
    assert kind_of(title) == "film"


@pytest.mark.parametrize(
    "text",
    [
        "9h Accueil\n10h On construit le programme\nLe barcamp commence : chacun propose un "
        "sujet et cherche des personnes intéressées.\n11h Session 1\n12h Session 2\n",
        "9:00 Welcome\n10:00 We build the agenda\nThe unconference begins: everyone brings an "
        "idea and finds others to join.\n11:00 Session 1\n12:00 Session 2\n",
    ],
)
def test_sessions_of_an_unconference_named_in_a_description_are_workshops(text):
    assert [b["kind"] for b in blocks(text)][2:] == ["workshop", "workshop"]


@pytest.mark.parametrize(
    "text",
    [
        "8h30 Ouverture des portes\nCafé et viennoiseries\nMot de bienvenue de Zoé\n9h Plénière\n",
        "8:00 a.m. Registration opens\nCoffee and Pastries\nA Second Welcome from Peter\n"
        "9:00 a.m. Plenary\n",
    ],
)
def test_coffee_and_a_second_welcome_under_a_welcome_are_its_parts(text):
    got = blocks(text)
    assert [(b["start"], b["kind"]) for b in got] == [
        ("08:30" if "8h30" in text else "08:00", "welcome"),
        ("09:00", "plenary"),
    ]
    assert len(got[0]["items"]) == 2


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "9:00 A Musical Welcome from Michael Pendergast",
            ("A Musical Welcome", "Michael Pendergast"),
        ),
        ("9h55 Welcome from Oliver", ("Welcome", "Oliver")),
        ("9h Mot de bienvenue from Camille Martin", ("Mot de bienvenue", "Camille Martin")),
    ],
)
def test_a_person_after_from_gives_the_welcome(line, expected):
    got = blocks(f"{line}\n10:00 Plenary\n")[0]
    assert (got["title"], [s["name"] for s in got["speakers"]]) == (expected[0], [expected[1]])
    assert (
        blocks("9:00 News from North Carolina\n10:00 Coffee from Receiver Coffee\n")[0]["speakers"]
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "| Registration: | 08:30 - 17:30 in the Main Building |\n| 09:00 - 09:30 | Opening |\n",
        "| Accueil : | 8h00 - 17h30 au hall B |\n| 9h00 - 9h30 | Ouverture |\n",
    ],
)
def test_a_label_then_its_range_and_place_in_a_table_runs_beside_the_sessions(text):
    got = blocks(text)
    assert [(b["start"], b["end"], b["kind"]) for b in got] == [
        ("08:00" if "8h00" in text else "08:30", "17:30", "welcome"),
        ("09:00", "09:30", "welcome"),
    ]
    assert got[0]["title"] in ("Registration", "Accueil")
    assert got[0]["description"].startswith(("in the", "au hall"))


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Session B: Parallel Paper/Interactive Poster Sessions", "talk"),
        ("Papers and posters", "talk"),
        ("Communications orales", "talk"),
        ("Session E: Network Meeting", "plenary"),
        ("Réunion du réseau", "plenary"),
        ("Members’ meeting", "plenary"),
        ("Denouement and Reflection", "closing"),
    ],
)
def test_papers_a_network_meeting_and_a_denouement_are_said_by_their_words(title, kind):
    assert kind_of(title) == kind
    assert kind_of("Poster session") != "talk"


@pytest.mark.parametrize(
    ("line", "title", "name"),
    [
        (
            "17h30 : Spectacle tout public de Marie-Aude Ravet « Si le monde m’était dansé »",
            "Spectacle tout public « Si le monde m’était dansé »",
            "Marie-Aude Ravet",
        ),
        ("5:30 pm Reading by Laura Bennett “The Tide”", "Reading “The Tide”", "Laura Bennett"),
    ],
)
def test_a_person_then_a_work_in_quotes_performs_it(line, title, name):
    got = blocks(f"{line}\n19h Repas\n")[0]
    assert (got["title"], [s["name"] for s in got["speakers"]]) == (title, [name])


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "1:00- 2:00 (or however long it takes) Team reports",
            "Team reports (or however long it takes)",
        ),
        ("14h-15h (sous réserve) Visite du chantier", "Visite du chantier (sous réserve)"),
    ],
)
def test_a_remark_in_brackets_before_the_title_goes_after_it(line, title):
    assert blocks(f"{line}\n16h Fin\n")[0]["title"] == title
    assert blocks("10h (SNCF) Départ\n")[0]["title"].startswith("(SNCF)")


@pytest.mark.parametrize(
    "text",
    [
        "12h30 Clôture\nDiscours de Jean-Pierre Barbier, président du Département,\n"
        "Discours du Préfet de l’Isère, Lionel Beffre\n13h Visite\n",
        "12:30 Closing\nRemarks by Laura Bennett, Mayor of Leeds,\n"
        "Remarks by Harold Whitcombe, Director of the Water Agency\n13:00 Lunch\n",
    ],
)
def test_parts_opening_with_the_same_word_are_parts_whatever_comma_ends_one(text):
    got = blocks(text)[0]
    assert len(got["items"]) == 2
    assert [len(it["speakers"]) for it in got["items"]] == [1, 1]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("8h Ouverture\n– Intervention du Député Pierre Ribeaud\n9h Ateliers\n", "Député"),
        ("8h Ouverture\n– Discours du Maire Camille Martin\n9h Ateliers\n", "Maire"),
    ],
)
def test_a_bullet_opening_with_a_kind_of_moment_is_a_part_given_by_them(text, role):
    got = blocks(text)[0]
    assert [s["role"] for it in got["items"] for s in it["speakers"]] == [role]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("9:15 Opening Exercise, Laura Bennett & Harold Whitcombe (rationale)", (None, None)),
        ("10h Atelier cuisine, Camille Martin (démonstration)", (None, None)),
        ("10h Atelier cuisine, Camille Martin (producteur)", (None, "producteur")),
        ("10h Atelier cuisine, Camille Martin (ATD Quart Monde)", ("ATD Quart Monde", None)),
    ],
)
def test_one_lower_case_word_in_brackets_is_a_note_not_a_body(line, expected):
    people = blocks(f"{line}\n11h Pause\n")[0]["speakers"]
    assert people and {(s.get("organisation"), s.get("role")) for s in people} == {expected}


@pytest.mark.parametrize(
    ("line", "title", "role"),
    [
        (
            "11h45 : discours de l’élue, Fabienne Oudart, suivi d’un pot",
            "discours de l’élue",
            "élue",
        ),
        ("11:45 Address of the Mayor, Laura Bennett", "Address of the Mayor", "Mayor"),
    ],
)
def test_a_title_naming_the_function_of_whom_it_is_from_keeps_it(line, title, role):
    got = blocks(f"{line}\n13h Repas\n")[0]
    assert (got["title"], [s["role"] for s in got["speakers"]]) == (title, [role])


# Eleventh round --------------------------------------------------------------------------
def test_a_comma_between_hour_and_minutes_is_a_time_not_an_amount():
    text = (
        "13,00 : Accueil des participants\n"
        "13,30 : Introduction\n"
        "14,30  Conférence inaugurale\n"
        "16,30 Pause-café\n"
        "12,50 € la participation aux frais\n"
    )
    assert spans(text) == [
        ("13:00", "13:30", "welcome"),
        ("13:30", "14:30", "welcome"),
        ("14:30", "16:30", "talk"),
        ("16:30", None, "break"),
    ]
    english = "9,00 Registration\n9,30 Keynote\n10,15 Coffee break\n"
    assert [s for s, _e, _k in spans(english)] == ["09:00", "09:30", "10:15"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Welcome Talk", "welcome"),
        ("Welcome speech by the Dean", "welcome"),
        ("Welcome address", "welcome"),
        # A welcome given another way keeps its own kind; welcoming someone is their talk.
        ("Welcome Reception", "meal"),
        ("Welcoming Address", "talk"),
        ("First-Timers Meeting", "welcome"),
        ("First–Timers Meeting", "welcome"),
        ("Newcomers’ session", "welcome"),
        ("Réunion des nouveaux adhérents", "welcome"),
        ("Rencontre des primo-participants", "welcome"),
    ],
)
def test_the_talk_that_is_the_welcome_and_newcomers_meeting_are_welcomes(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("line", "title", "name"),
    [
        (
            "| 9:15-9:45 | Talk and Discussion - Vincent Mittag |",
            "Talk and Discussion",
            "Vincent Mittag",
        ),
        ("10h Atelier cuisine – Camille Martin", "Atelier cuisine", "Camille Martin"),
        ("11:10 Talk: Data Management - Markus Klapper", "Talk: Data Management", "Markus Klapper"),
        # Words that are no one's name stay the title's.
        ("10h Visite guidée - Saint Martin", "Visite guidée - Saint Martin", None),
        ("15:40 Discussion Session - PhDs and PIs separate", None, None),
    ],
)
def test_a_person_named_beyond_doubt_after_a_final_dash_gives_the_part(line, title, name):
    got = blocks(f"{line}\n12h Déjeuner\n")[0]
    if title is not None:
        assert got["title"] == title
    assert [s["name"] for s in got["speakers"]] == ([name] if name else [])


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("FRIDAY Oct. 16th\n4:30-5:30 Arrival & Check-in\n5:30 p.m. DINNER\n", ("16:30", "17:30")),
        ("| 1:00 | Atelier d’écriture |\n| 3:00 pm | Goûter |\n", ("13:00", "15:00")),
        # Read as morning it would be the day's sensible start: it stays so.
        ("9:00 Registration\n12:30 pm Lunch\n", ("09:00", "12:30")),
        ("4:30 Arrival\n9:00 pm Film\n", ("04:30", "21:00")),
    ],
)
def test_a_bare_time_just_before_one_written_pm_is_in_the_afternoon(text, first):
    got = blocks(text)[0]
    assert (got["start"], got["end"]) == first


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "samedi 15 mars 2025\n\nForum ouvert\n\n"
            "Rendez-vous à la salle des fêtes, Samedi 22 Mars de 15h à 18h.\n\n"
            "15h Ouverture\n16h Ateliers\n",
            ("2025-03-22", "Samedi 22 Mars"),
        ),
        (
            "March 10, 2025\n\nCommunity Open Space\n\n"
            "Join us at the library on Saturday, March 22 from 3:00 to 6:00 pm.\n\n"
            "3:00 pm Opening circle\n4:00 pm Sessions\n",
            ("2025-03-22", "Saturday, March 22"),
        ),
        # Hours with no date of their own are on the day above.
        (
            "samedi 15 mars 2025\n\nForum ouvert\n\nRendez-vous de 15h à 18h.\n\n"
            "15h Ouverture\n16h Ateliers\n",
            ("2025-03-15", "samedi 15 mars 2025"),
        ),
    ],
)
def test_the_date_written_with_the_event_hours_is_the_day_not_the_page_date(text, day):
    got = parse_programme(text)
    assert [(d["date"], d["label"]) for d in got["days"]] == [day]
    assert got["venue"] == ""


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Rassemblement des anciens combattants", "other"),
        ("Point de rassemblement devant la gare", "other"),
        ("Gathering at the war memorial", "other"),
        ("Dépôt de gerbe au monument aux morts", "other"),
        ("Wreath laying", "other"),
        # A gathering time after a welcome stays the welcome.
        ("Welcome, Worship & Gathering Time", "welcome"),
    ],
)
def test_a_gathering_at_a_place_and_a_commemoration_are_other_moments(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("prose", "names"),
    [
        ("Jody will lead us in a time of singing and worship. Then I will lead us.", ["Jody"]),
        ("Cet atelier est ouvert à tous. Marie animera la séance d’écriture.", ["Marie"]),
        (
            "Une balade dans le bois du village, guidée par Camille Martin, botaniste.",
            ["Camille Martin"],
        ),
        # A place or a word that names no one leads nothing.
        ("Everyone will lead a song in turn, and then Paris will host the games.", []),
    ],
)
def test_prose_under_a_block_naming_who_leads_it_gives_the_speaker(prose, names):
    got = blocks(f"10:00 Morning session\n{prose}\n12:00 Lunch\n")[0]
    assert [s["name"] for s in got["speakers"]] == names


@pytest.mark.parametrize(
    "chair",
    [
        "Présidence de la première séance : Anke Bosse, présidente du conseil",
        "Chair of the afternoon session: Laura Bennett, Dean of Arts",
    ],
)
def test_a_session_chair_under_a_welcome_or_a_break_chairs_the_next_block(chair):
    got = blocks(f"13h00 : Accueil des participants\n{chair}\n13h30 : Ouverture\n15h Pause\n")
    assert ([s["name"] for s in got[0]["speakers"]], got[0].get("items", [])) == ([], [])
    assert [s["name"] for s in got[1]["speakers"]] == [chair.split(": ")[1].split(",")[0]]


def test_an_introduction_of_several_parts_by_several_people_is_the_welcome():
    several = (
        "9:00 Introduction\n"
        "  • “Why this workshop?”, by Laura Bennett, Dean of Arts\n"
        "  • “Our network”, by Harold Whitcombe, president of the network\n"
        "10:00 Coffee break\n"
    )
    one = "9:00 Introduction par Camille Martin, présidente\n10:00 Pause\n"
    assert (blocks(several)[0]["kind"], blocks(one)[0]["kind"]) == ("welcome", "talk")


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("General Session", "plenary"),
        ("Séance générale des adhérents", "plenary"),
        ("Discussion Session - PhDs and PIs separate", "workshop"),
        ("Échanges : élus et habitants séparément", "workshop"),
        ("Discussion Session Plenum", "plenary"),
        ("Literary Coffee House", "other"),
        ("Café littéraire", "other"),
        ("Coffee break", "break"),
    ],
)
def test_a_general_session_a_split_session_and_a_cafe_evening(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Forum ouvert du quartier\n\nRendez-vous samedi 22 mars de 15h à 18h à la salle des fêtes.\n\n"
        "Au programme :\n\n-Une plénière d’ouverture\n-La place du marché des idées\n"
        "-Restitution et actions à venir\n",
        "Neighbourhood Open Space\n\nJoin us on Saturday, March 22 from 3:00 to 6:00 pm.\n\n"
        "What we will do:\n\n- Opening circle\n- Marketplace of topics\n- Closing circle\n",
    ],
)
def test_an_event_whose_only_times_are_its_hours_is_one_block_of_its_kind(text):
    got = blocks(text)
    assert [(b["start"], b["end"], b["kind"]) for b in got] == [("15:00", "18:00", "open_space")]


@pytest.mark.parametrize(
    ("closing", "names"),
    [
        (
            "Dans l’attente de vous rencontrer, nous vous adressons nos salutations les plus "
            "sincères.",
            "Romane Poquet, Noëlla Chatenoud, Hannah Burgeot. Thiviers",
        ),
        ("We look forward to seeing you. Best regards,", "Laura Bennett, Harold Whitcombe"),
    ],
)
def test_names_after_a_letter_closing_sign_it_and_speak_nowhere(closing, names):
    text = (
        "10h00 Ouverture\n10h30 Ateliers\n- Conversations en petits groupes\n"
        f"Venez nombreux, c’est ouvert à toutes et à tous.\n\n{closing}\n\n{names}\n"
    )
    got = blocks(text)
    people = [s for b in got for p in (b, *b.get("items", [])) for s in p["speakers"]]
    assert people == []


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("A 10 h 45 à la Mairie : Rassemblement des anciens combattants", "Rassemblement"),
        ("6:00 pm at the Library: Reception for the volunteers", "Reception"),
        # A kind before the colon is the title's own.
        ("10h Atelier : cuisine du monde", "Atelier : cuisine"),
    ],
)
def test_a_place_said_with_its_preposition_before_a_colon_is_where_not_the_title(line, title):
    assert blocks(f"{line}\n")[0]["title"].startswith(title)


@pytest.mark.parametrize(
    "text",
    [
        "10h45 Rassemblement devant le monument\nPuis dépôt d’une gerbe et minute de silence.\n"
        "Mairie : distribution de bonbons aux enfants\n"
        "Salle des associations : vin d’honneur\n",
        "6:00 pm Wreath laying at the memorial\nThen a minute of silence and the anthem.\n"
        "Library: sweets for the children\nChurch hall: drinks\n",
    ],
)
def test_after_a_block_told_in_sentences_a_place_colon_what_is_a_moment_of_its_own(text):
    got = blocks(text)
    assert [(b["start"], b["end"]) for b in got][1:] == [(None, None), (None, None)]
    assert got[2]["kind"] == "meal"


# Twelfth round ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "span"),
    [
        ("10-13h : Exposition de photos", ("10:00", "13:00")),
        ("9 - 12 h Ateliers du matin", ("09:00", "12:00")),
        ("14-17h ► Visite guidée", ("14:00", "17:00")),
    ],
)
def test_a_bare_hour_starts_a_range_ending_in_an_hour_and_its_h(line, span):
    assert spans(f"{line}\n")[0][:2] == span


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Rafraîchissements", "break"),
        ("Rafraichissement (salle 221)", "break"),
        ("Gala d'ouverture", "meal"),
        ("Opening gala", "meal"),
        ("Gala de clôture", "meal"),
        ("Gala de danse", "other"),  # a show (thirteenth round: a gala of an art)
    ],
)
def test_refreshments_in_french_are_a_break_and_a_gala_a_festive_dinner(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    "text",
    [
        "2:15pm - 3:00pm: Agenda setting\n\n  • 3:00pm - 4:00pm: Period 1\n"
        "  • 4:00pm - 5:00pm: Period 2\n\n5:00pm - 5:30pm: Report outs\n",
        "14h00 - 15h00 : Lancement\n- 15h00 - 16h00 : Atelier 1\n- 16h00 - 17h00 : Atelier 2\n"
        "17h00 - 17h30 : Restitution\n",
    ],
)
def test_a_bulleted_time_once_the_block_above_has_ended_is_a_block_of_its_own(text):
    assert len(blocks(text)) == 4


def test_a_bulleted_time_within_the_block_above_stays_its_part():
    text = "2:00pm - 5:00pm: Learning sessions\n  • 2:00pm - 3:00pm: Period 1\n6:00pm Wrap up\n"
    got = blocks(text)
    assert len(got) == 2 and len(got[0]["items"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "June 16, 2018, 2:00-4:30 pm, Campbell River Community Centre\n"
        "2:00 – 2:30 Registration\n2:30 – 4:30 Annual meeting\n",
        "Assemblée générale\n\nSamedi 16 juin 2018, 14h-16h30, salle des fêtes de Cluny\n"
        "14h00 Accueil\n14h30 Assemblée générale\n",
    ],
)
def test_a_date_then_a_range_then_a_place_alone_are_the_days_hours_and_venue(text):
    got = parse_programme(text)
    day = got["days"][0]
    assert (day["start"], day["end"]) == ("14:00", "16:30")
    assert [(b["start"], b["end"]) for b in day["blocks"]] == [
        ("14:00", "14:30"),
        ("14:30", "16:30"),
    ]
    assert got["venue"] in ("Campbell River Community Centre", "salle des fêtes de Cluny")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Jeudi 14 novembre\n16h30    Arrivée\n18h00    Réception\n\n"
            "Vendredi 15 novembre\n\nJournée    Informations à venir\n",
            "Informations à venir",
        ),
        (
            "Thursday, November 14\n4:30 pm   Arrival\n6:00 pm   Reception\n\n"
            "Friday, November 15\n\nAll day   Book fair in the hall\n",
            "Book fair in the hall",
        ),
    ],
)
def test_a_part_of_the_day_where_the_time_would_be_is_a_moment_without_a_time(text, title):
    got = blocks(text, day=1)
    assert [(b["start"], b["end"], b["title"]) for b in got] == [(None, None, title)]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        (
            "13h30-17h : Conférences\nTHEME 1 : L’eau des villes.\nIntervenants :\n"
            "Mme Claire Fontaine, hydrologue\nTHEME 2 : L’eau des champs.\nIntervenants :\n"
            "M. Paul Durand, agronome\n17h00 : Clôture\n",
            ["L’eau des villes", "L’eau des champs"],
        ),
        (
            "1:30 pm - 5:00 pm: Talks\nTheme 1: Open data\nSpeakers:\nLaura Bennett, Data Office\n"
            "Theme 2: Open maps\nSpeakers:\nHarold Whitcombe, City Lab\n5:00 pm: Closing\n",
            ["Open data", "Open maps"],
        ),
    ],
)
def test_a_numbered_theme_under_a_block_is_the_topic_of_those_listed_under_it(text, topics):
    got = blocks(text)
    assert len(got) == 2
    assert [s["topic"] for s in got[0]["speakers"]] == topics


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Retreat schedule\n\nFriday night\n7:30 p.m. Opening welcome\n\nSaturday\n"
            "9:00 a.m. First session\n",
            ["Friday", "Saturday"],
        ),
        (
            "Vendredi 20 novembre\n14h00 Ouverture\n\nVendredi nuit\n\n23h00 Concert\n\n"
            "Samedi 21 novembre\n10h00 Atelier\n",
            ["Vendredi 20 novembre", "Samedi 21 novembre"],
        ),
        (
            "Friday, November 20th\n1:00pm Kickoff\n\nFriday Evening\n\n7:00pm Games\n\n"
            "Saturday, November 21st\n10:00am Pitches\n",
            ["Friday, November 20th", "Saturday, November 21st"],
        ),
    ],
)
def test_a_weekday_and_its_night_heads_that_day_or_goes_on_with_it(text, labels):
    assert [d["label"] for d in parse_programme(text)["days"]] == labels


@pytest.mark.parametrize(
    ("line", "title", "names"),
    [
        (
            "2:40 – 2:50 Sonia Theroux – Why are local associations important?",
            "Why are local associations important?",
            ["Sonia Theroux"],
        ),
        (
            "10h40 Camille Martin – Pourquoi planter des haies ?",
            "Pourquoi planter",
            ["Camille Martin"],
        ),
        ("10h40 Saint Martin – Visite du village", "Saint Martin", []),
    ],
)
def test_a_person_named_beyond_doubt_then_a_dash_gives_the_talk_its_speaker(line, title, names):
    got = blocks(f"{line}\n")[0]
    assert got["title"].startswith(title)
    assert [s["name"] for s in got["speakers"]] == names


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Develop Board Vision and Priorities", "workshop"),
        ("Discuss Operating Guidelines", "workshop"),
        ("Élaborer notre feuille de route", "workshop"),
        ("Définir les priorités du quartier", "workshop"),
        ("Development update", "talk"),
        ("Identify", None),
    ],
)
def test_a_title_telling_the_participants_what_to_do_together_is_a_workshop(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Friday night\n\nArrival and registration (by 7:00 pm)\n\n7:30 p.m. Opening welcome\n",
        "Vendredi\n\nInstallation des stands (avant 19h)\n\n19h30 Ouverture\n",
    ],
)
def test_a_line_whose_only_time_is_a_deadline_in_brackets_is_a_moment_ending_then(text):
    assert spans(text)[0][:2] == (None, "19:00")
    assert "(" not in blocks(text)[0]["title"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Arrivée de la ministre aux assises nationales", "other"),
        ("Arrival of the Mayor at the town hall", "other"),
        ("Arrivée des participants", "welcome"),
        ("Arrivals and registration", "welcome"),
    ],
)
def test_an_officials_arrival_is_no_welcome(title, kind):
    assert kind_of(title) == kind


# Thirteenth round ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Balades contées dans le bourg", "other"),
        ("Guided walks", "other"),
        ("Hikes (two levels)", "other"),
        ("Randonnées pédestres", "other"),
    ],
)
def test_walks_in_the_plural_are_outings(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Grand gala de variétés", "other"),
        ("Gala of music and magic", "other"),
        ("Gala de magie", "other"),
        ("Gala de clôture", "meal"),
        ("Opening gala", "meal"),
    ],
)
def test_a_gala_of_a_performing_art_is_a_show(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Neighbourhood Drop-in Session", "other"),
        ("Drop-in hours", "other"),
        ("Library Open House", "other"),
        ("Journée portes ouvertes", "other"),
        ("Permanence des élus", "other"),
    ],
)
def test_a_time_people_come_and_go_is_another_moment(title, kind):
    assert kind_of(title) == kind


def test_a_time_people_come_and_go_wins_over_the_events_workshops():
    text = "Design Workshop\n9:00 - 12:00 Planning workshop\n13:00 - 16:00 Drop-in session\n"
    assert [k for _s, _e, k in spans(text)] == ["workshop", "other"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Workshop (slot 1: 4 presentations)", "talk"),
        ("Atelier B (3 exposés)", "talk"),
        ("Session parallèle (5 communications)", "talk"),
        ("Panel (3 talks, then questions)", "talk"),
        ("Workshop (slot 1)", "workshop"),
    ],
)
def test_a_count_of_talks_in_brackets_says_the_block_holds_talks(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        (
            "Neighbourhood meeting\n6:00 - 6:15 Sign in\n6:15 - 8:00 Groups\n8:00 - 8:30 Wrap up\n",
            "18:00",
            "20:30",
        ),
        (
            "Réunion d'habitants\n5:45 Accueil\n6:00 - 7:30 Ateliers\n7:30 - 8:00 Synthèse\n",
            "17:45",
            "20:00",
        ),
    ],
)
def test_a_twelve_hour_day_starting_before_seven_is_an_evening(text, first, last):
    got = spans(text)
    assert got[0][0] == first
    assert got[-1][1] == last


def test_a_twelve_hour_day_starting_before_seven_with_a_breakfast_stays_a_morning():
    text = "Sunrise retreat\n6:30 - 7:00 Breakfast\n7:00 - 9:00 Yoga\n9:00 - 9:30 Closing\n"
    assert spans(text)[0][:2] == ("06:30", "07:00")


@pytest.mark.parametrize(
    ("line", "name", "title"),
    [
        (
            "21h00:Christophe DEROUBAIX :« Trump et les millennials »",
            "Christophe DEROUBAIX",
            "« Trump et les millennials »",
        ),
        ("14h00 : Anne MARTIN : « Les haies »", "Anne MARTIN", "« Les haies »"),
        ("7:00 pm Jane Smith: “Why soils matter”", "Jane Smith", "“Why soils matter”"),
    ],
)
def test_a_person_then_a_colon_then_a_quoted_title_gives_the_talk(line, name, title):
    (b,) = blocks(line + "\n")
    assert [s["name"] for s in b["speakers"]] == [name]
    assert b["title"].startswith(title)
    assert b["kind"] == "talk"


def test_a_quoted_title_after_a_colon_names_no_one_without_a_person():
    (b,) = blocks("10h00 : Exposition : « Les haies »\n")
    assert b["speakers"] == []


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        (
            "21h00 : Christophe DEROUBAIX : « Trump »\n"
            "Ch.Deroubaix est grand reporter à l’Humanité. Il suit l’actualité.\n",
            "grand reporter",
            "l’Humanité",
        ),
        (
            "11h00 : Raphaël LIOGIER : « Sans emploi »\n"
            "R.Liogier ,sociologue et philosophe, est professeur à Sciences Po Aix et à Paris\n",
            "sociologue et philosophe, professeur",
            "Sciences Po Aix",
        ),
        (
            "7:00 pm Jane Smith: “Why soils matter”\n"
            "Dr. Smith is a senior lecturer at Leeds University.\n",
            "senior lecturer",
            "Leeds University",
        ),
    ],
)
def test_a_sentence_saying_what_a_speaker_is_gives_their_role_and_body(text, role, org):
    (b,) = blocks(text)
    (sp,) = b["speakers"]
    assert (sp["role"], sp.get("organisation")) == (role, org)


@pytest.mark.parametrize(
    ("line", "people"),
    [
        (
            "Philippe Duban de « Turbulences ! », Driss El Kesri de « Le Papotin » et "
            "Christophe Lhuillier de « Astéréotypie ».",
            [
                ("Philippe Duban", "Turbulences !"),
                ("Driss El Kesri", "Le Papotin"),
                ("Christophe Lhuillier", "Astéréotypie"),
            ],
        ),
        (
            "Ann Lee of “Green Streets”, Bob Stone of “Blue Rivers” and Carla Diaz of “Open Doors”",
            [
                ("Ann Lee", "Green Streets"),
                ("Bob Stone", "Blue Rivers"),
                ("Carla Diaz", "Open Doors"),
            ],
        ),
    ],
)
def test_a_name_then_a_quoted_body_is_the_person_and_their_organisation(line, people):
    b = blocks(f"14h00 Table ronde\n{line}\n")[0]
    got = [(s["name"], s.get("organisation")) for s in b["speakers"]]
    got += [(s["name"], s.get("organisation")) for i in b["items"] for s in i["speakers"]]
    assert got == people


def test_a_title_then_a_quoted_body_is_no_person():
    b = blocks("20h00 Concert\nParade de la Batucada de « Turbulences »\n")[0]
    assert b["speakers"] == [] and all(not i["speakers"] for i in b["items"])


@pytest.mark.parametrize(
    ("line", "role", "org"),
    [
        (
            "Moïse Assouline, président et cofondateur de « Le Papotin - La Ville. »",
            "président et cofondateur",
            "Le Papotin - La Ville",
        ),
        ("Ann Lee, director of “Green Streets”", "director", "Green Streets"),
        # Several functions: the quotes may name a book; all stays the role.
        ('Ann Lee, directrice de la revue, co-autrice de "Les haies"', None, None),
    ],
)
def test_one_function_then_a_quoted_body_is_the_role_and_the_organisation(line, role, org):
    sp = person(line, strict=False)
    assert sp is not None
    if role is None:
        assert sp.get("organisation") is None
    else:
        assert (sp["role"], sp["organisation"]) == (role, org)


def test_after_a_closing_quote_a_name_starts_the_next_person_without_its_comma():
    people = labelled_speakers(
        "Modérateurs : Julien Bancilhon, rédacteur en chef de « Le Papotin » Christophe "
        "Lhuillier, fondateur de « Astéréotypie » et Fabienne Lavanchy, codirectrice "
        "artistique de « Turbulences ! »."
    )
    assert [(p["name"], p["organisation"]) for p in people] == [
        ("Julien Bancilhon", "Le Papotin"),
        ("Christophe Lhuillier", "Astéréotypie"),
        ("Fabienne Lavanchy", "Turbulences !"),
    ]


@pytest.mark.parametrize("role", ["codirectrice artistique", "co-présidente", "co-chair"])
def test_a_shared_function_is_a_function(role):
    assert is_role(role)


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("Témoin et promotrice : Catherine Allier.", "Catherine Allier", "Témoin et promotrice"),
        ("Filmmaker: Ann Lee.", "Ann Lee", "Filmmaker"),
    ],
)
def test_the_full_stop_ending_a_function_then_a_name_is_no_part_of_it(line, name, role):
    assert [(s["name"], s["role"]) for s in role_then_name(line)] == [(name, role)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "11.20 – 12.00 Discussion on challenges - 12.00 – 13.00 Lunch\n",
            [("11:20", "12:00", "plenary"), ("12:00", "13:00", "meal")],
        ),
        (
            "9h – 10h Accueil des participants - 10h – 12h Ateliers\n",
            [("09:00", "10:00", "welcome"), ("10:00", "12:00", "workshop")],
        ),
        (
            "15.00 – 16.00 Presentations - Dinner 19.30\n",
            [("15:00", "16:00", "talk"), ("19:30", None, "meal")],
        ),
        (
            "14h – 16h Visite du jardin - Goûter 16h30\n",
            [("14:00", "16:00", "other"), ("16:30", None, "meal")],
        ),
        # A range's own dash, and a dash inside a title, part nothing.
        ("7:00 a.m. - 8:00 a.m. : Setup\n", [("07:00", "08:00", "other")]),
        ("10h – 12h Atelier - cuisine du monde\n", [("10:00", "12:00", "workshop")]),
    ],
)
def test_a_second_timed_block_glued_on_after_a_dash_is_a_block_of_its_own(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Day 2 - March 29\n\nCommunity Drop-in Session\n\n9:00 a.m. - 12:00 p.m.\n\n"
            "In this session, you watch the team at work and tell them what you think of it.\n",
            "Community Drop-in Session",
        ),
        (
            "Samedi 4 avril\n\nAtelier de cartographie\n\n14h - 17h\n\n"
            "Nous dessinerons ensemble la carte des chemins et des haies de la commune.\n",
            "Atelier de cartographie",
        ),
        ("Vendredi 3 avril\nVeillée contes\n20h30 - 22h\n", "Veillée contes"),
    ],
)
def test_a_short_title_above_a_range_alone_then_prose_is_that_ranges_title(text, title):
    (b,) = blocks(text)
    assert b["title"] == title
    assert b["start"] is not None and b["end"] is not None


def test_a_range_alone_then_its_title_below_keeps_the_title_below():
    text = "Morning workshop\n\n9:00 - 10:00\nRegistration\n10:00 - 12:00\nSmall groups\n"
    assert [b["title"] for b in blocks(text)] == ["Registration", "Small groups"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Group activity & Plenary discussion", "workshop"),
        ("Group activities", "workshop"),
        ("Activités en petits groupes et discussion", "workshop"),
    ],
)
def test_an_activity_in_groups_is_a_workshop(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Start", "welcome"),
        ("Début", "welcome"),
        ("Beginning", "welcome"),
        ("Start-up pitches", "talk"),
    ],
)
def test_the_start_alone_is_the_welcome(title, kind):
    assert kind_of(title) == kind


def test_the_start_at_a_place_is_the_welcome():
    (b, _) = blocks("6:30 pm Start - at Centre Stage\n6:30 - 6:35 pm Introductions\n")
    assert (b["title"], b["kind"]) == ("Start", "welcome")


@pytest.mark.parametrize(
    ("line", "title", "kind"),
    [
        (
            "6:35 - 6:55 pm Smart Growth. Power Point presentation by Tom Lancaster.",
            "Smart Growth. Power Point presentation",
            "talk",
        ),
        ("14h - 15h Les haies. Conférence par Jean Martin.", "Les haies. Conférence", "talk"),
        # A note after the title stays a note.
        (
            "14h - 15h Scène ouverte. Inscription au préalable au stand.",
            "Scène ouverte",
            None,
        ),
    ],
)
def test_a_short_subject_then_how_it_is_treated_is_one_title(line, title, kind):
    (b,) = blocks(line + "\n")
    assert b["title"] == title
    if kind:
        assert b["kind"] == kind


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "14h Table ronde\nNos créations : sommes-nous heureux ? Par les participants de "
            "« Le Papotin » : Marvin, Jérôme, Thomas C. et Otto.\n",
            ["Marvin", "Jérôme", "Thomas C.", "Otto"],
        ),
        (
            "2:00 pm Story time\nRead aloud by the pupils of the school: Emma, Liam, Noah and "
            "Olivia.\n",
            ["Emma", "Liam", "Noah", "Olivia"],
        ),
    ],
)
def test_three_first_names_or_more_after_a_colon_take_part(text, names):
    (b,) = blocks(text)
    assert [s["name"] for s in b["speakers"]] == names


def test_words_after_a_colon_that_are_not_first_names_name_no_one():
    (b,) = blocks("14h Atelier\nAu menu : Pommes, Poires, Cerises et Prunes du verger.\n")
    assert b["speakers"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2:00 pm - 3:00 pm Keynote - 3:00 pm - 3:30 pm Coffee break\n",
            [("14:00", "15:00", "talk"), ("15:00", "15:30", "break")],
        ),
        (
            "2:00 - 4:00 pm Talks - Reception 5 pm\n",
            [("14:00", "16:00", "talk"), ("17:00", None, "meal")],
        ),
        (
            "9h Accueil - 9h30 Ouverture\n",
            [("09:00", "09:30", "welcome"), ("09:30", None, "welcome")],
        ),
    ],
)
def test_a_block_glued_on_after_a_dash_with_am_pm_or_a_bare_start(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "14h - 18h Après-midi au village\n- Concours de pétanque\n- Chasse au trésor\n"
            "- Visite du moulin\n",
            "other",
        ),
        ("2:00 - 5:00 pm Afternoon\n- Guided walk\n- Games for children\n", "other"),
        ("14h - 17h Après-midi\n- Atelier vannerie\n- Atelier poterie\n", "workshop"),
        # Talks in a row, or parts of different kinds, stay a session of everyone.
        ("14h - 17h Après-midi\n- Conférence sur les haies\n- Exposé sur les mares\n", "plenary"),
        ("14h - 17h Après-midi\n- Atelier vannerie\n- Conférence sur les haies\n", "plenary"),
    ],
)
def test_parts_that_all_name_one_kind_other_than_talks_say_the_blocks_kind(text, kind):
    assert blocks(text)[0]["kind"] == kind


# Fourteenth round ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Unconference day 1: Opening & Voting", "welcome"),
        ("Forum ouvert, jour 2 : Clôture", "closing"),
        ("Conference Day 3: Lunch", "meal"),
        ("Journée 1 : Atelier de cartographie", "workshop"),
    ],
)
def test_an_event_and_its_day_before_a_colon_do_not_name_the_blocks_kind(title, kind):
    assert kind_of(title) == kind


def test_an_unconferences_generic_sessions_after_the_event_and_day_are_its_groups_work():
    text = (
        "Unconference\n09:30 - 10:30 | Unconference day 1: Opening & Voting |\n"
        "10:30 - 13:00 | Unconference day 1: Sessions |\n13:00 - 14:00 | Lunch |\n"
    )
    assert [b["kind"] for b in blocks(text)] == ["welcome", "workshop", "meal"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Award Ceremony & Closing", "closing"),
        ("Remise des trophées et clôture", "closing"),
        ("Vote et clôture de l’assemblée", "closing"),
        ("Group photo and welcome", "welcome"),
        # A moment of another kind stays itself when the closing is no part of it.
        ("Awards ceremony at the end of the dinner", "other"),
    ],
)
def test_a_moment_joined_to_the_opening_or_closing_is_part_of_it(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Atelier 3 en séance plénière : débat", "plenary"),
        ("Restitution de l’atelier 2 en plénière", "report_back"),
        ("Workshop in plenary session", "plenary"),
        ("Atelier 3 : débat", "workshop"),
    ],
)
def test_a_workshop_held_in_plenary_is_a_plenary(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("text", "start", "title"),
    [
        (
            "𝐏𝐫𝐨𝐠𝐫𝐚𝐦𝐦𝐞\n𝟗𝐡𝟑𝟎 Accueil 𝐝𝐞𝐬 participants\n12h Déjeuner\n",
            "09:30",
            "Accueil des participants",
        ),
        ("ｐｒｏｇｒａｍ\n９:００ Opening\n12:00 Lunch\n", "09:00", "Opening"),
        ("𝑷𝒓𝒐𝒈𝒓𝒂𝒎\n9:00 𝑾𝒆𝒍𝒄𝒐𝒎𝒆\n12:00 Lunch\n", "09:00", "Welcome"),
    ],
)
def test_letters_of_a_styled_alphabet_are_read_as_plain_letters(text, start, title):
    first = blocks(text)[0]
    assert (first["start"], first["title"], first["kind"]) == (start, title, "welcome")


@pytest.mark.parametrize(
    ("text", "untimed"),
    [
        (
            "- 9 h 30 – Atelier pain\n- 10 h 15 – Procession\n- 12 h 30 – Apéritif\n"
            "- Jeux géants\n- Exposition de peinture\n",
            ["Jeux géants", "Exposition de peinture"],
        ),
        (
            "* 9:00 Registration\n* 10:00 Talks\n* 12:00 Lunch\n* Poster exhibition\n"
            "* in the main hall\n",
            ["Poster exhibition, in the main hall"],
        ),
    ],
)
def test_untimed_lines_of_the_same_list_after_its_last_time_are_moments(text, untimed):
    got = blocks(text)
    assert [b["title"] for b in got if b["start"] is None] == untimed
    assert all(b["end"] is None for b in got if b["start"] is None)
    assert not got[2]["items"]


@pytest.mark.parametrize(
    "text",
    [
        # Parts under an earlier time: the list has parts, the last lines are the last's.
        "- 9h Accueil\n- café\n- 10h Ateliers\n- 12h Bilan\n- Tour de table\n- Vote\n",
        # Another bullet, or two timed lines only, or a line going on with the last one.
        "- 9h Accueil\n- 10h Ateliers\n- 12h Bilan\n• Tour de table\n• Vote\n",
        "- 6:45 Meet and Greet\n- 7:00 Annual Meeting\n- Club update\n- Treasurer’s report\n",
        "• 9:00 Coffee\n• 1:00 Lunch\n• 6:30 Pizza\n• stay until midnight\n",
    ],
)
def test_untimed_lines_under_a_list_with_parts_stay_parts(text):
    assert all(b["start"] is not None for b in blocks(text))


@pytest.mark.parametrize(
    ("text", "start", "kind"),
    [
        (
            "Assemblée générale de l’association\nle jeudi 9 janvier 2020 à 14 heures\n"
            "à la salle des fêtes\nOrdre du jour :\nbilan moral\nélection du bureau\n",
            "14:00",
            "plenary",
        ),
        (
            "Réunion publique de quartier\nle mardi 3 mars 2026 à 18 heures 30\n"
            "salle des fêtes\nOrdre du jour :\nbudget\ntravaux\n",
            "18:30",
            "plenary",
        ),
        (
            "Annual General Meeting of the Rowing Club\nTuesday, March 3, 2026 at 19 o'clock\n"
            "Clubhouse\nAgenda:\naccounts\nelections\n",
            "19:00",
            "plenary",
        ),
    ],
)
def test_one_hour_spelled_in_the_sentence_calling_a_meeting_is_its_time(text, start, kind):
    got = parse_programme(text)
    assert [(b["start"], b["kind"]) for d in got["days"] for b in d["blocks"]] == [(start, kind)]
    assert got["venue"] != "19 o'clock"


def test_a_verb_after_the_date_and_hours_is_no_place():
    text = (
        "Le dimanche 21 septembre, de 9h30 à 17h, est organisée la fête du village.\n"
        "- 9h30 – Atelier pain\n- 12h30 – Apéritif\n"
    )
    assert parse_programme(text)["venue"] == ""


@pytest.mark.parametrize(
    ("line", "title", "people"),
    [
        (
            "9h00 – Ouverture ; Marc Fellous, Président de l’AFBV et Laurent Klein, Président de "
            "la SAF",
            "Ouverture",
            [
                ("Marc Fellous", None, "Président de l’AFBV"),
                ("Laurent Klein", None, "Président de la SAF"),
            ],
        ),
        (
            "14:00 Keynote ; Jane Smith, University of Leeds",
            "Keynote",
            [("Jane Smith", "University of Leeds", None)],
        ),
    ],
)
def test_people_after_a_semicolon_each_with_a_function_or_body_give_the_block(line, title, people):
    b = blocks(line + "\n")[0]
    assert b["title"] == title
    assert [(s["name"], s.get("organisation"), s["role"]) for s in b["speakers"]] == people


def test_a_title_then_a_semicolon_then_words_that_are_no_people_stays_whole():
    assert blocks("14:00 Atelier ; salle B, 2e étage\n")[0]["speakers"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "8h30 – Accueil des participants9h00 – Ouverture\n10h – Conférence\n",
            [("08:30", "09:00", "welcome"), ("09:00", "10:00", "welcome"), ("10:00", None, "talk")],
        ),
        (
            "8:30 – Registration and coffee9:15 – Opening remarks\n10:00 – Keynote\n",
            [("08:30", "09:15", "welcome"), ("09:15", "10:00", "welcome"), ("10:00", None, "talk")],
        ),
    ],
)
def test_a_time_glued_to_the_last_word_then_a_dash_starts_a_block(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("line", "org", "role"),
    [
        (
            "Philippe Chalmin (Université Dauphine – économiste)",
            "Université Dauphine",
            "économiste",
        ),
        (
            "Valérie Bris (Directrice adjointe – Coop de France)",
            "Coop de France",
            "Directrice adjointe",
        ),
        ("Jane Smith (Lecturer/University of Leeds)", "University of Leeds", "Lecturer"),
        (
            "Cécile Moiroud, (Maître de conférences/Université Paris 1)",
            "Université Paris 1",
            "Maître de conférences",
        ),
        # Nothing names a body: the words stay as written.
        (
            "James Chouzenoux (artisan boucher - Bio Artisanal)",
            None,
            "artisan boucher - Bio Artisanal",
        ),
    ],
)
def test_a_body_and_a_function_parted_in_brackets_are_the_organisation_and_role(line, org, role):
    sp = person(line, strict=False)
    assert sp is not None
    assert (sp["organisation"], sp["role"]) == (org, role)


def test_a_full_stop_after_the_last_bracket_of_a_list_leaves_the_person():
    sp = person(
        "Arnaud de France (chef d’entreprise agricole, administrateur de la SAF).", strict=False
    )
    assert sp is not None and sp["name"] == "Arnaud de France"


def days_and_spans(text: str) -> list[list[tuple[str | None, str | None, str]]]:
    return [
        [(b["start"], b["end"], b["title"]) for b in d["blocks"]]
        for d in parse_programme(text)["days"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Retreat\n4:15-4:45 Meet at the hall\n5:00 Depart\n7:00-8:00 Dinner\n"
            "8:00-9:00 Session 1\n9:00-12:00 Games\n8:30-9:30 Breakfast\n9:30-12:00 Session 2\n"
            "12:00-1:00 Lunch\n1:00-5:00 Hike\n5:30-6:30 Dinner\n6:30-12:00 Campfire\n"
            "8:30-9:30 Breakfast\n10:00 Depart\n",
            [
                [
                    ("16:15", "16:45", "Meet at the hall"),
                    ("17:00", "19:00", "Depart"),
                    ("19:00", "20:00", "Dinner"),
                    ("20:00", "21:00", "Session 1"),
                    ("21:00", "00:00", "Games"),
                ],
                [
                    ("08:30", "09:30", "Breakfast"),
                    ("09:30", "12:00", "Session 2"),
                    ("12:00", "13:00", "Lunch"),
                    ("13:00", "17:00", "Hike"),
                    ("17:30", "18:30", "Dinner"),
                    ("18:30", "00:00", "Campfire"),
                ],
                [("08:30", "09:30", "Breakfast"), ("10:00", None, "Depart")],
            ],
        ),
        (
            "Week-end\n9:00-10:00 Accueil\n10:00-12:00 Atelier\n12:00-1:30 Repas\n"
            "2:00-6:00 Balade\n7:00-9:00 Dîner\n9:00-12:00 Veillée\n9:00-10:00 Petit déjeuner\n"
            "10:00-12:00 Bilan\n",
            [
                [
                    ("09:00", "10:00", "Accueil"),
                    ("10:00", "12:00", "Atelier"),
                    ("12:00", "13:30", "Repas"),
                    ("14:00", "18:00", "Balade"),
                    ("19:00", "21:00", "Dîner"),
                    ("21:00", "00:00", "Veillée"),
                ],
                [("09:00", "10:00", "Petit déjeuner"), ("10:00", "12:00", "Bilan")],
            ],
        ),
    ],
)
def test_days_without_headings_on_the_twelve_hour_clock_part_where_the_clock_turns(text, expected):
    assert days_and_spans(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("7:00-15 Arrive and unpack\n", ("07:00", "07:15", "Arrive and unpack")),
        ("10:30-45 Pause\n", ("10:30", "10:45", "Pause")),
        ("8:15-:9:15 Session 1\n", ("08:15", "09:15", "Session 1")),
    ],
)
def test_an_end_written_as_its_minutes_or_after_a_stray_colon(line, expected):
    b = blocks(line)[0]
    assert (b["start"], b["end"], b["title"]) == expected


def test_eating_said_with_the_verb_is_a_meal():
    assert kind_of("EAT") == "meal"
    assert kind_of("Time to eat") == "meal"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Pre-Session 3, a time of silence", "other"),
        ("Temps de silence", "other"),
        ("Silent time before dinner", "other"),
    ],
)
def test_silence_kept_together_is_another_moment(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("text", "points"),
    [
        (
            "Assemblée générale de l’association\nle jeudi 9 janvier 2020 à 14 heures\n"
            "Objet de la réunion :\nbilan moral\nélection du bureau\ngalette des rois\n"
            "Le président : Jean Martin\n",
            ["bilan moral", "élection du bureau", "galette des rois"],
        ),
        (
            "Annual General Meeting of the Rowing Club\nTuesday, March 3, 2026 at 19 o'clock\n"
            "Agenda:\nAccounts\nElection of the board\n01 23 45 67 89\n",
            ["Accounts", "Election of the board"],
        ),
    ],
)
def test_a_meetings_points_under_their_label_are_its_parts_and_are_read(text, points):
    reading = read_programme(text)
    b = reading.programme["days"][0]["blocks"][0]
    assert [i["title"] for i in b["items"]] == points
    unread = " ".join(u["text"] for u in reading.unread)
    assert not any(p in unread for p in points)
    assert "14 heures" not in unread and "o'clock" not in unread


# Fifteenth round ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "role", "organisation"),
    [
        (
            "Laurent KLEIN, Président - SAF-agriculteurs de France",
            "Président",
            "SAF-agriculteurs de France",
        ),
        ("Jane Smith, Head of Research – Green Streets", "Head of Research", "Green Streets"),
        # Two functions, or a comma anywhere: the words stay the role as written.
        ("Jean DUPONT, Président - Directeur général", "Président - Directeur général", None),
        (
            "Anne LEROY, doctorante, membre de la Lucha – Lutte pour le Changement",
            "doctorante, membre de la Lucha – Lutte pour le Changement",
            None,
        ),
    ],
)
def test_a_function_a_dash_then_a_body_after_a_name(line, role, organisation):
    sp = person(line, strict=False)
    assert sp is not None
    assert (sp["role"], sp["organisation"]) == (role, organisation)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "1:15 — Judging (Matt Mullenweg, Mark Jaquith, Brian Gardner)\n2:00 — Break\n",
            ["Matt Mullenweg", "Mark Jaquith", "Brian Gardner"],
        ),
        (
            "14h00 Jury du concours (Claire Dubois, Paul Martin, Inès Roux)\n15h00 Pause\n",
            ["Claire Dubois", "Paul Martin", "Inès Roux"],
        ),
    ],
)
def test_three_names_parted_by_commas_alone_are_three_people(line, names):
    b = blocks(line)[0]
    assert [(s["name"], s.get("organisation")) for s in b["speakers"]] == [(n, None) for n in names]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Orientation, opening talk, & sitting", "welcome"),
        ("Orientation and introductions", "welcome"),
        ("Orientation", "welcome"),
        ("Rapport d’orientation", None),
    ],
)
def test_an_orientation_first_is_the_welcome(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Point de rencontre autour d’un café", "welcome"),
        ("Meeting point with coffee", "welcome"),
        ("Rendez-vous autour d’un petit-déjeuner", "welcome"),
        ("Meeting point", "other"),
    ],
)
def test_meeting_at_a_place_over_coffee_is_the_welcome(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize("title", ["Q & A with the panel", "Questions & réponses avec le maire"])
def test_a_spaced_ampersand_between_questions_and_answers(title):
    assert kind_of(title) == "q_and_a"


@pytest.mark.parametrize(
    "line",
    [
        "3:00 — Best of presentations (Part II)\n4:00 — Break\n",
        "15h00 Présentations des lauréats (Partie III)\n16h00 Pause\n",
    ],
)
def test_a_parts_number_in_brackets_is_no_person(line):
    assert blocks(line)[0]["speakers"] == []


@pytest.mark.parametrize(
    ("text", "date", "start", "points"),
    [
        (
            "Conseil de quartier Nord réunion plénière (2 mars 2023)\n\n"
            "La réunion plénière du conseil aura lieu mardi 7 mars 2023 à 19h à l'école.\n\n"
            "Ordre du jour :\n\n1 Accueil\n\n2 Budget participatif\n\n3 Questions diverses\n",
            "2023-03-07",
            "19:00",
            ["1 Accueil", "2 Budget participatif", "3 Questions diverses"],
        ),
        (
            "North Ward Council plenary meeting (posted March 2, 2023)\n\n"
            "The plenary meeting will be held on Tuesday, March 7, 2023 at 7 pm in the school.\n\n"
            "Agenda\n\n1 Welcome\n\n2 Budget\n\n3 Other business\n",
            "2023-03-07",
            "19:00",
            ["1 Welcome", "2 Budget", "3 Other business"],
        ),
    ],
)
def test_untimed_points_under_a_meeting_called_at_a_time_in_a_sentence(text, date, start, points):
    days = parse_programme(text)["days"]
    assert len(days) == 1 and days[0]["date"] == date
    (b,) = days[0]["blocks"]
    assert (b["start"], b["kind"]) == (start, "plenary")
    assert [i["title"] for i in b["items"]] == points


@pytest.mark.parametrize(
    "title", ["Conseil de quartier Pernety réunion plénière", "Conseil municipal séance plénière"]
)
def test_a_meeting_said_plenary_is_a_plenary(title):
    assert kind_of(title) == "plenary"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "August 26 — Public Meeting — 7pm\nDiscuss survey\n\n"
            "September 17 — Committee Meeting — 6pm\nReport on survey process\n",
            [
                ("August 26", [("19:00", None, "Public Meeting")]),
                ("September 17", [("18:00", None, "Committee Meeting")]),
            ],
        ),
        (
            "26 août – Réunion publique – 19h\nPrésentation de l’étude\n\n"
            "17 septembre – Commission – 18h30-20h\nBilan du sondage\n",
            [
                ("26 août", [("19:00", None, "Réunion publique")]),
                ("17 septembre", [("18:30", "20:00", "Commission")]),
            ],
        ),
    ],
)
def test_a_calendar_line_date_title_time_is_a_day_with_its_block(text, expected):
    days = parse_programme(text)["days"]
    got = [(d["label"], [(b["start"], b["end"], b["title"]) for b in d["blocks"]]) for d in days]
    assert got == expected
    assert days[0]["blocks"][0]["items"][0]["title"] in (
        "Discuss survey",
        "Présentation de l’étude",
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "12:00   13:15     LUNCH at Lodge (including Group Leaders (16) + Organizing Committee)\n",
            ("12:00", "13:15"),
        ),
        (
            "9h00   10h30     Ateliers en petits groupes avec les animateurs et les bénévoles du quartier\n",
            ("09:00", "10:30"),
        ),
    ],
)
def test_times_in_columns_on_a_long_line_are_one_range(line, expected):
    (b,) = blocks(line)
    assert (b["start"], b["end"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Schedule\n\nThe meeting will start with a reception on Tuesday and end on Saturday.  the "
        "schedule "
        "is as follows:\n\n18:00 - 21:00 Registration\n",
        "Programme\n\nLa rencontre commencera par un déjeuner le mardi et finira samedi.  le "
        "programme est le "
        "suivant :\n\n18h00 - 21h00 Inscriptions\n",
    ],
)
def test_a_long_line_with_a_sentence_ended_inside_is_prose_not_a_block(text):
    (b,) = blocks(text)
    assert b["start"] == "18:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thursday\n10:45 12:15 Working Groups\n13:00 15:45 Break\n3:45 5:30 Working Groups\n"
            "5:30 6:00 Plenary\nFriday\n8:30 10:00 Sessions\n",
            [
                [("10:45", "12:15"), ("13:00", "15:45"), ("15:45", "17:30"), ("17:30", "18:00")],
                [("08:30", "10:00")],
            ],
        ),
        (
            "Jeudi\n10h00 12h00 Ateliers\n14h00 16h00 Ateliers\n4:00 4:30 Pause\n4:30 6:00 Bilan\n"
            "Vendredi\n9h00 10h00 Plénière\n",
            [
                [("10:00", "12:00"), ("14:00", "16:00"), ("16:00", "16:30"), ("16:30", "18:00")],
                [("09:00", "10:00")],
            ],
        ),
    ],
)
def test_a_headed_day_turning_to_the_twelve_hour_clock_one_afternoon_goes_on(text, expected):
    days = parse_programme(text)["days"]
    assert [[(b["start"], b["end"]) for b in d["blocks"]] for d in days] == expected


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Working Groups 1-4 reports (30 minutes each)", "report_back"),
        ("Ateliers 1 à 3 : restitutions", "report_back"),
        ("Working Groups", "workshop"),
    ],
)
def test_groups_numbered_as_a_span_then_their_reports_report_back(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    "title", ["Instrument Capabilities (3 x 20 minutes each)", "Nouveaux outils (4 × 15 min)"]
)
def test_a_count_times_a_length_in_brackets_is_talks(title):
    assert kind_of(title) == "talk"


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "First Day\n5:00 pm Dinner\nOther Days\n6:00-7:30 am Sitting\nLast Day\n"
            "6:00-8:00 am Sitting\n",
            ["First Day", "Other Days", "Last Day"],
        ),
        (
            "Premier jour\n17h00 Dîner\nLes autres jours\n6h00 Méditation\nDernière journée\n"
            "6h00 Méditation\n",
            ["Premier jour", "Les autres jours", "Dernière journée"],
        ),
    ],
)
def test_a_day_named_by_its_place_in_the_stay_heads_it(text, labels):
    days = parse_programme(text)["days"]
    assert [d["label"] for d in days] == labels
    assert all(not b["speakers"] for d in days for b in d["blocks"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("08:45 09:45 Instrument Capabilities (3 x 20 minutes each)\n", ("09:45", "talk")),
        ("14h00 15h00 Nouveaux outils (4 × 15 min)\n", ("15:00", "talk")),
    ],
)
def test_a_count_times_a_length_stays_in_the_title_and_makes_it_talks(line, expected):
    (b,) = blocks(line)
    assert (b["end"], b["kind"]) == expected
    assert "(" in b["title"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "09h15 Accueillir la campagne à la ville\n"
            "    Michel DUBOIS, Directeur du département Agriculture - Institut LaSalle\n"
            "    Administrateur de la SAF\n10h00 Pause\n",
            "Directeur du département Agriculture, Administrateur de la SAF",
        ),
        (
            "9:15 Soils and cities\n    Jane SMITH, Professor - University of Leeds\n"
            "    Trustee of the Museum\n10:00 Break\n",
            "Professor, Trustee of the Museum",
        ),
    ],
)
def test_a_second_function_under_a_speaker_is_theirs_too(text, role):
    b = blocks(text)[0]
    assert [s["role"] for s in b["speakers"]] == [role]
    assert b["items"] == []


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("2:15 — — Ignite-style talks\n3:00 — Break\n", "Ignite-style talks"),
        ("9h – – Accueil des participants\n10h – Atelier\n", "Accueil des participants"),
    ],
)
def test_a_dash_left_after_the_times_own_is_no_word_of_the_title(line, title):
    assert blocks(line)[0]["title"] == title


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("18:00   ??        Posters, Beer\n", "Posters, Beer"),
        ("6:00 - ?? Banquet\n", "Banquet"),
        ("18h – ? Apéro\n", "Apéro"),
    ],
)
def test_an_end_written_as_question_marks_is_not_known(line, title):
    (b,) = blocks(line)
    assert (b["end"], b["title"]) == (None, title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "9h30 / 12h30\nAction de nettoyage dans le quartier\nRendez-vous dans le petit jardin\n"
            "Atelier Jardinage Créatif\nRendez-vous dans le petit jardin\n14h00 Pique-nique\n",
            [
                ("09:30", "12:30", "Action de nettoyage dans le quartier"),
                ("09:30", "12:30", "Atelier Jardinage Créatif"),
                ("14:00", None, "Picnic"),
            ],
        ),
        (
            "2:00 - 4:00 pm\nLitter pick in the park\nMeet at the north gate\nPainting workshop\n"
            "Meet at the old mill\n5:00 pm Picnic\n",
            [
                ("14:00", "16:00", "Litter pick in the park"),
                ("14:00", "16:00", "Painting workshop"),
                ("17:00", None, "Picnic"),
            ],
        ),
    ],
)
def test_activities_under_one_time_each_with_where_to_meet_are_blocks_of_their_own(text, expected):
    got = [(b["start"], b["end"], b["title"]) for b in blocks(text)]
    assert got[:2] == expected[:2]
    assert all(
        "Meet" in b["description"] or "Rendez-vous" in b["description"] for b in blocks(text)[:2]
    )


@pytest.mark.parametrize(
    "text",
    [
        "18H00\n«Tempos »\nSpectacle burlesque et poétique\nA partir de 7 ans\nEntrée libre\n",
        "6:00 pm\n“Night Lights”\nConcert under the stars\nAll ages\nFree entry\n",
    ],
)
def test_a_work_in_quotes_whose_one_named_part_is_a_show_is_that_show(text):
    assert blocks(text)[0]["kind"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "09h15 Accueillir la campagne à la ville\n    Michel DUBOIS, Directeur - Institut LaSalle\n"
        "10h00 Le jardin à New-York : faire du lien social\n"
        "10h45 Des villes pour redonner du souffle aux campagnes\n"
        "11h30 L’agriculture urbaine\n    Serge BONNEFOY, Secrétaire technique - Terres en Villes\n"
        "12h30 Déjeuner\n",
        "9:15 Soils and cities\n    Jane SMITH, Professor - University of Leeds\n"
        "10:00 Gardens of New York\n10:45 Carbon in the ground\n"
        "11:30 Urban farms\n    John BROWN, Lecturer - University of York\n12:30 Lunch\n",
    ],
)
def test_blocks_naming_nothing_between_two_talks_are_talks(text):
    assert [k for _s, _e, k in spans(text)] == ["talk", "talk", "talk", "talk", "meal"]
    notes = read_programme(text).days[0].blocks
    assert [n.kind_rule for n in notes][1:3] == [KindRule.BETWEEN_TALKS] * 2


def test_a_block_naming_nothing_after_one_talk_only_stays_another_moment():
    text = "9:15 Soils and cities\n    Jane SMITH, Professor - University of Leeds\n10:00 Gardens\n"
    assert [k for _s, _e, k in spans(text)] == ["talk", "other"]


@pytest.mark.parametrize(
    ("text", "note"),
    [
        (
            "16h30 Conclusion\n17h00 Fin de la journée\n\nInscription sur le Site de la SAF\n",
            "Inscription sur le Site de la SAF",
        ),
        (
            "4:30 pm Closing remarks\n5:00 pm End of the day\n\nRegister online at www.example.org\n",
            "Register online at www.example.org",
        ),
    ],
)
def test_a_call_to_register_on_a_site_is_no_block_and_is_listed_as_not_read(text, note):
    reading = read_programme(text)
    assert len(reading.programme["days"][0]["blocks"]) == 2
    assert note in [u["text"] for u in reading.unread]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "12h00-14h00 Pique-nique citoyen au par Edouard André\n",
            "Pique-nique citoyen au par Edouard André",
        ),
        ("12:00-2:00 pm Picnic at the by Lake Road\n", "Picnic at the by Lake Road"),
    ],
)
def test_by_right_after_an_article_or_a_preposition_names_no_one(line, title):
    (b,) = blocks(line)
    assert (b["title"], b["speakers"]) == (title, [])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "14h00-16h00\n«Rêvons ensemble le grand parc Edouard André»\n"
            "Atelier participatif : comment rendre ce parc plus attrayant ?\n16h30 Goûter\n",
            "workshop",
        ),
        (
            "2:00-4:00 pm\n“Dreaming together of a greener Riverside Park”\n"
            "Workshop: how to make the park more welcoming?\n4:30 pm Snacks\n",
            "workshop",
        ),
    ],
)
def test_a_title_above_its_description_takes_the_kind_the_description_opens_with(text, kind):
    assert blocks(text)[0]["kind"] == kind


# Sixteenth round ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "> 9h30 : Introduction\n> 10h15 : Pause-café\n> 10h45 : Atelier\n",
        "➢ 9:30 Opening\n➢ 10:15 Coffee break\n➢ 10:45 Workshop\n",
        "▸ 9h30 – Accueil\n▸ 10h15 – Pause\n▸ 10h45 – Atelier\n",
    ],
)
def test_a_list_mark_or_an_arrow_before_a_time_starts_a_block(text):
    assert [b["start"] for b in blocks(text)] == ["09:30", "10:15", "10:45"]


def test_a_quoted_line_before_the_days_hours_is_no_block():
    text = "> Forum ouvert du mercredi 14 juin\n> de 14h00 à 17h30\n* 14h lancement\n* 16h pause\n"
    assert [b["start"] for b in blocks(text)] == ["14:00", "16:00"]


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("Olivier Durand : Bourgmestre de Namur", "Olivier Durand", "Bourgmestre de Namur"),
        ("Marie Dupont : échevine de la Culture", "Marie Dupont", "échevine de la Culture"),
        ("Jane Smith: Mayor of Leeds", "Jane Smith", "Mayor of Leeds"),
    ],
)
def test_a_colon_between_a_name_and_a_function_parts_them_as_a_comma_does(line, name, role):
    (b,) = blocks(f"10:00 Panel\n{line}\n")
    assert [(s["name"], s["role"]) for s in b["speakers"]] == [(name, role)]


def test_a_colon_before_a_subject_after_a_name_names_no_function():
    assert person("Jane Smith : Pourquoi les villes changent", strict=False) is None


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        (
            "Ministre wallon de l’Energie Philippe Henry",
            "Philippe Henry",
            "Ministre wallon de l’Energie",
        ),
        (
            "Minister for Housing and Communities Jane Smith",
            "Jane Smith",
            "Minister for Housing and Communities",
        ),
    ],
)
def test_a_line_of_a_long_function_then_a_name_beyond_doubt_is_that_speaker(line, name, role):
    (b,) = blocks(f"10:00 Ouverture officielle\n{line}\n11:00 Fin\n")[:1]
    assert [(s["name"], s["role"]) for s in b["speakers"]] == [(name, role)]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Introduction de la matinée", "welcome"),
        ("Introduction to the afternoon", "welcome"),
        ("Introduction : Histoire des jardins", "talk"),
    ],
)
def test_an_introduction_of_the_day_or_its_part_given_by_someone_is_the_welcome(title, kind):
    b = blocks(f"09:30 {title}\nJean DUPONT, Maire\n10:30 Pause\n")[0]
    assert b["kind"] == kind


@pytest.mark.parametrize(
    "title",
    [
        "Réaction de l’audience",
        "Réactions de la salle",
        "Reactions from the floor",
        "Audience reactions",
    ],
)
def test_the_rooms_reactions_are_its_questions(title):
    assert kind_of(title) == "q_and_a"


@pytest.mark.parametrize(
    ("text", "description"),
    [
        (
            "17h15 - Restitution\nÀ 17h15, on vous demandera de présenter ce qui a été fait.\n"
            "20h - Apéro\n",
            "À 17h15, on vous demandera de présenter ce qui a été fait.",
        ),
        (
            "5:15 pm Report back\nAt 5:15 pm, we will gather in the hall to share results.\n"
            "8 pm Drinks\n",
            "At 5:15 pm, we will gather in the hall to share results.",
        ),
    ],
)
def test_a_time_then_a_comma_and_a_sentence_is_prose_not_a_block(text, description):
    got = blocks(text)
    assert len(got) == 2
    assert got[0]["description"] == description


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Rendu", "report_back"),
        ("Rendus des ateliers", "report_back"),
        ("Rendu de la journée", "report_back"),
        ("Hommage rendu à Jean Moulin", None),
    ],
)
def test_a_rendu_opening_a_title_is_what_the_groups_give_back(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Assemblée spéciale (2:00-2:30)\n• Statuts\nAssemblée ordinaire (2:45-17:00)\n• Votes\n",
        "Special General Assembly (2:00-2:30)\n• By-laws\nRegular General Assembly (2:45-17:00)\n"
        "• Votes\n",
        "2:00-2:30 Special General Assembly\n2:45-17:00 Regular General Assembly\n",
    ],
)
def test_a_small_hours_start_ending_in_the_afternoon_on_the_24_hour_clock_is_afternoon(text):
    assert [s[:2] for s in spans(text)] == [("14:00", "14:30"), ("14:45", "17:00")]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("“Elevator Pitch” for Each Topic", "open_space"),
        ("Topic pitches", "open_space"),
        ("Pitch des sujets", "open_space"),
        ("Project Pitches", "talk"),
    ],
)
def test_each_topic_pitched_is_the_open_space_market_and_projects_pitched_are_talks(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("text", "date", "hours"),
    [
        (
            "Congrès 2021\nProgramme :\nMercredi 14 juillet 2021 de 16h00 à 19h00\n"
            "- Accueil des participants\n"
            "Jeudi 15 juillet 2021\n- 9h à 12h : communications\n",
            "2021-07-14",
            ("16:00", "19:00"),
        ),
        (
            "Spring Gathering\nProgram:\nFriday, May 3, 2024 from 4:00 pm to 7:00 pm\n"
            "- Registration\n"
            "Saturday, May 4, 2024\n- 9:00 - 12:00 Talks\n",
            "2024-05-03",
            ("16:00", "19:00"),
        ),
    ],
)
def test_a_date_followed_only_by_the_days_hours_heads_that_day(text, date, hours):
    day = parse_programme(text)["days"][0]
    assert day["date"] == date
    assert (day["blocks"][0]["start"], day["blocks"][0]["end"]) == hours


@pytest.mark.parametrize(
    "text",
    [
        "Congrès 2021\nProgramme :\nMercredi 14 juillet 2021 de 16h00 à 19h00\n"
        "- Accueil des participants\n- Soirée libre\n"
        "- Feux d’artifice\nJeudi 15 juillet 2021\n- 9h à 12h : communications\n",
        "Spring Gathering\nProgram:\nFriday, May 3, 2024 from 4:00 pm to 7:00 pm\n"
        "- Registration and welcome\n"
        "- Free evening\n- Fireworks\nSaturday, May 4, 2024\n- 9:00 - 12:00 Talks\n",
    ],
)
def test_an_untimed_list_under_a_day_given_its_hours_is_the_days_moments(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("16:00", "19:00"),
        (None, None),
        (None, None),
    ]


@pytest.mark.parametrize(
    ("title", "kind"),
    [("Soirée libre", "other"), ("Free evening", "other"), ("Déjeuner libre", "meal")],
)
def test_a_part_of_the_day_left_free_is_no_meal(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Schedule\nTime\tAuthors\tTitle\n10:00 - 10:45\tSession 1\tMental Models\n"
        "\tRita Sevastjanova and Ann Lee\tBeware the Rationalization Trap\n"
        "\tQiaosi Wang, Paul Martin and Ashok Goel\tMutual Theory of Mind\n"
        "10:45 - 11:15\tCoffee break\t\n",
        "Programme\nHeure\tAuteurs\tTitre\n10h00 - 10h45\tSession 1\tModèles mentaux\n"
        "\tRita Sevastjanova et Ann Lee\tLe piège de la rationalisation\n"
        "\tQiaosi Wang, Paul Martin et Ashok Goel\tUne théorie de l’esprit partagée\n"
        "10h45 - 11h15\tPause café\t\n",
    ],
)
def test_a_table_row_without_its_time_under_named_columns_is_a_part_and_its_people(text):
    session, pause = blocks(text)
    people = [s["name"] for it in session["items"] for s in it["speakers"]]
    assert people == ["Rita Sevastjanova", "Ann Lee", "Qiaosi Wang", "Paul Martin", "Ashok Goel"]
    assert session["speakers"] == [] and pause["kind"] == "break"


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Q & A with Matt Mullenweg", ["Matt Mullenweg"]),
        ("Conversation with Zoltan Kovacs", ["Zoltan Kovacs"]),
        ("Entretien avec Aïssa Benali", ["Aïssa Benali"]),
        ("Lunch with Local Farmers", []),
        ("Dinner with Zoltan Kovacs", []),
        ("Rencontre avec Saint Malo", []),
    ],
)
def test_an_exchange_with_a_first_and_last_name_ending_the_title_is_with_that_person(title, names):
    (b,) = blocks(f"10:00 {title}\n")
    assert [s["name"] for s in b["speakers"]] == names
    assert b["title"] == title


# Seventeenth round ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "when", "venue"),
    [
        (
            "Réunion\n\nLe 6 Mai 2009 à 17h30 à L'EPITECH :\n\n- 17h30 : Accueil\n- 18h : Exposé\n",
            "2009-05-06",
            "L'EPITECH",
        ),
        (
            "Meeting\nOn Saturday, May 6, 2023 at 5:30 pm at the Town Hall:\n"
            "5:30 pm Doors open\n6:00 pm Keynote\n",
            "2023-05-06",
            "the Town Hall",
        ),
        ("Rencontre\nLe samedi 14 mars 2026 à 9h :\n9h Accueil\n10h Atelier\n", "2026-03-14", ""),
    ],
)
def test_a_date_then_only_its_start_and_place_heads_the_day(text, when, venue):
    read = parse_programme(text)
    (day,) = read["days"]
    assert day["date"] == when
    assert day["blocks"][0]["title"] in ("Accueil", "Doors open")
    assert len(day["blocks"]) == 2 and read["venue"] == venue


@pytest.mark.parametrize(
    "text",
    [
        "8:50 -- 9:00\tWelcome\n9:00 -- 10:30\tKeynote\n",
        "14h00--15h30 : Atelier\n15h30 --- 16h00 : Pause\n",
        "| 9.00 -- 10.30 | Plénière |\n| 10.30 -- 11.00 | Pause |\n",
    ],
)
def test_a_dash_typed_twice_parts_a_range(text):
    (first, second) = blocks(text)
    assert first["end"] == second["start"] and second["end"] is not None
    assert not first["title"].startswith(("-", "9", "1"))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Mouloud Haddad, maire-adjoint de Bagneux", "maire-adjoint de Bagneux"),
        ("Claire Dubois, directrice-adjointe du musée", "directrice-adjointe du musée"),
        ("Jane Smith, president-founder of Green Streets", "president-founder of Green Streets"),
    ],
)
def test_two_function_words_joined_by_a_hyphen_are_one_function(text, role):
    sp = person(text, strict=False)
    assert sp is not None and sp["role"] == role and sp["organisation"] is None


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Marie-Catherine Bernard, du cabinet Palabreo", "cabinet Palabreo"),
        ("Paul Martin, de la Fondation Abbé Pierre", "Fondation Abbé Pierre"),
        ("Ann Lee, from the Leeds City Council", "Leeds City Council"),
    ],
)
def test_a_body_after_from_or_du_is_the_speakers_organisation(text, org):
    sp = person(text, strict=False)
    assert sp is not None and sp["organisation"] == org and sp["role"] is None


@pytest.mark.parametrize(
    ("line", "title", "who"),
    [
        (
            "10h05- Sylvine Thomassin, maire de Bondy : diverses pratiques municipales",
            "diverses pratiques municipales",
            ("Sylvine Thomassin", None, "maire de Bondy"),
        ),
        (
            "10:05 Ann Lee, Leeds City Council: why soils matter",
            "why soils matter",
            ("Ann Lee", "Leeds City Council", None),
        ),
    ],
)
def test_a_person_with_a_function_then_a_colon_and_a_subject_gives_the_talk(line, title, who):
    (b,) = blocks(line + "\n")
    assert b["title"] == title and b["kind"] == "talk"
    assert [(s["name"], s.get("organisation"), s["role"]) for s in b["speakers"]] == [who]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "10h20- Mouloud Haddad, maire-adjoint de Bagneux présentera 3 expériences",
            ["Mouloud Haddad"],
        ),
        (
            "10h50- Christian Leyrit, président de la CNDP, et Luc Picot, directeur de Décider "
            "ensemble, préciseront les conditions de réussite",
            ["Christian Leyrit", "Luc Picot"],
        ),
        ("9:30 Jane Smith, Mayor of Leeds, will present the new plan", ["Jane Smith"]),
        ("9:30 Robert Chen, Professor at MIT, discusses urban heat", ["Robert Chen"]),
    ],
)
def test_people_with_their_function_then_a_verb_of_presenting_give_the_talk(line, names):
    (b,) = blocks(line + "\n")
    assert [s["name"] for s in b["speakers"]] == names and b["kind"] == "talk"
    assert b["title"].startswith(names[0])


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Echanges entre les participants", "plenary"),
        ("Temps d’échanges entre participants", "plenary"),
        ("Exchanges among participants", "plenary"),
        ("Échanges avec la salle", "q_and_a"),
    ],
)
def test_exchanges_among_all_who_came_are_a_plenary(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Social time, potluck", "meal"),
        ("Repas canadien", "meal"),
        ("Business meeting", "plenary"),
        ("Opening Business Meeting", "welcome"),
        ("Réunion statutaire", "plenary"),
        ("Partie statutaire de l’AG", "plenary"),
        ("Closure", "closing"),
        ("Meeting closure", "closing"),
    ],
)
def test_a_potluck_is_a_meal_the_business_meeting_a_plenary_and_a_closure_the_end(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "10H-11H30 > Déambulation libre\n11H30 > Lancement\n",
            [("10:00", "11:30", "Déambulation libre"), ("11:30", None, "Lancement")],
        ),
        (
            "9:00 > Welcome\n9:30-10:30 > Keynote\n",
            [("09:00", "09:30", "Welcome"), ("09:30", "10:30", "Keynote")],
        ),
    ],
)
def test_a_greater_than_sign_after_the_time_parts_it_from_the_title(text, expected):
    assert [(b["start"], b["end"], b["title"]) for b in blocks(text)] == expected


@pytest.mark.parametrize(
    ("line", "start", "end", "title"),
    [
        ("14H16H > Village d'initiatives", "14:00", "16:00", "Village d'initiatives"),
        ("9h12h Atelier jardin", "09:00", "12:00", "Atelier jardin"),
        ("9h30 - 9h40h : Ouverture", "09:30", "09:40", "Ouverture"),
    ],
)
def test_two_hours_glued_each_with_its_h_are_a_range(line, start, end, title):
    (b,) = blocks(line + "\n")
    assert (b["start"], b["end"], b["title"]) == (start, end, title)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Snacks locaux et animation folk", "meal"),
        ("Social time, snacks", "meal"),
        ("Coffee & tea with small snacks", "break"),
        ("Pause café et snacks", "break"),
    ],
)
def test_snacks_opening_a_title_are_a_meal_after_a_break_they_come_with_it(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rencontre\n18h30 - 19h : Attaques sur le Web - Renaud Bidou\n"
            "19h15 - 19h45 : Sécurité logicielle - Claudio Merloni\n\nA propos des Speakers :\n\n"
            "Renaud Bidou : Directeur Technique de DenyAll. Il travaille depuis dix ans.\n\n"
            "Claudio Merloni : Claudio Merloni est Software Security Consultant chez Fortify "
            "Software. Il a participé à plusieurs conférences.\n",
            [
                ("Renaud Bidou", None, "Directeur Technique de DenyAll"),
                ("Claudio Merloni", "Fortify Software", "Software Security Consultant"),
            ],
        ),
        (
            "Meetup\n6:30 pm Soil health - Jane Smith\n7:15 pm Urban farms - Paul Martin\n\n"
            "About the speakers\n\nJane Smith: Jane is Director at the Leeds Food Bank. She "
            "has run it for ten years.\n\nPaul Martin: Paul loves gardens. He grows them.\n",
            [("Jane Smith", "Leeds Food Bank", "Director"), ("Paul Martin", None, None)],
        ),
    ],
)
def test_a_section_about_the_speakers_gives_their_function_and_body(text, expected):
    got = [
        (s["name"], s.get("organisation"), s["role"]) for b in blocks(text) for s in b["speakers"]
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "end", "venue"),
    [
        (
            "Rencontre\nQuand\n06/07/2017\n10h00 - 12h00\nAMIF\n\nDéroulé :\n10h Accueil\n"
            "11h15- Échanges\n",
            "12:00",
            "AMIF",
        ),
        (
            "Community meeting\nJune 16, 2018\n2:00-4:30 pm Community Centre\n\nAgenda\n"
            "2:00 pm Welcome\n3:30 pm Open discussion\n",
            "16:30",
            "Community Centre",
        ),
    ],
)
def test_a_range_on_the_line_under_the_date_is_the_days_hours_and_place(text, end, venue):
    read = parse_programme(text)
    assert read["days"][0]["blocks"][-1]["end"] == end and read["venue"] == venue
    assert len(read["days"][0]["blocks"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Agenda\n\nWEDS May 1, 2019\n\n1:00pm-2:00pm                Delegates Workshop\n\n"
        "                                First Time Attendees Workshop\n\n"
        "4:30-5:30pm                  Memorial Service\n",
        "Programme\n\nMercredi 1 mai 2019\n\n13h00-14h00        Atelier des délégués\n"
        "                            Atelier des nouveaux venus\n"
        "16h30-17h30        Hommage\n",
    ],
)
def test_an_indented_line_under_a_padded_row_with_its_range_is_at_the_same_time(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("13:00", "14:00"),
        ("13:00", "14:00"),
        ("16:30", "17:30"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Réunion\n\n  - 17h30 : Accueil\n  - 20h : Clôture\n\nLe Lieu : EPITECH\n\nAmphi 2\n\n"
        "Moyens d'accès Métro\n\n  - ligne 7 : Porte d'Italie\n\nBus\n\n"
        "  - ligne 47, 125 : Roger Salengro\n",
        "Meetup\n\n- 6:30 pm Doors open\n- 8:00 pm Close\n\nVenue: Town Hall\n\nGetting there\n\n"
        "- Route 12: Main Street stop\n\nParking\n\n- Lot B, 5 min walk\n",
    ],
)
def test_how_to_come_under_its_heading_is_no_block_and_is_listed_unread(text):
    reading = read_programme(text)
    assert len(parse_programme(text)["days"][0]["blocks"]) == 2
    assert any(
        "Main Street" in u["text"] or "Porte d’Italie" in u["text"].replace("'", "’")
        for u in reading.unread
    )


# Eighteenth round --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Schedule\n\n### Day 1\n\n| Start | End | Session |\n| --- | --- | --- |\n"
        "| 09:00 | 09:15 | Welcome |\n|09:15|10:00|The data model|\n|10:15|11:00|Methods|\n",
        "Programme\n\n### Jour 1\n\n|Début|Fin|Sujet|\n|---|---|---|\n"
        "|9h00|9h15|Accueil|\n| 9h15 | 10h00 | Le modèle de données |\n|10h15|11h00|Méthodes|\n",
    ],
)
def test_a_markdown_row_without_padding_is_a_row_and_its_header_naming_fields_no_block(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("09:00", "09:15"),
        ("09:15", "10:00"),
        ("10:15", "11:00"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Friday\n\nTime\tDescription\n11:50-12:10pm\tPitches\n12:10-01:00pm\tLunch\n"
        "01:00-02:30pm\tSessions\n02:30-03:00pm\tClose\n",
        "Agenda — Saturday\n\n- 11:50-12:10 pm: Pitches\n- 12:10-01:00 pm: Lunch\n"
        "- 01:00-02:30 pm: Sessions\n- 02:30-03:00 pm: Close\n",
    ],
)
def test_a_start_with_a_leading_zero_takes_the_half_day_of_its_end(text):
    read = parse_programme(text)
    assert len(read["days"]) == 1
    assert [(b["start"], b["end"]) for b in read["days"][0]["blocks"]] == [
        ("11:50", "12:10"),
        ("12:10", "13:00"),
        ("13:00", "14:30"),
        ("14:30", "15:00"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Programme\n\nMardi 7 juin\n- - 9h30\n- Accueil\n- - 9h40\n- Introduction\n"
        "- - 10h00\n- Table ronde\n",
        "Agenda\n\nTuesday, June 7\n– • 9:30 am\n– • Welcome\n– • 9:40 am\n– • Introduction\n"
        "– • 10:00 am\n– • Panel\n",
    ],
)
def test_a_bullet_typed_twice_marks_one_item(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("09:30", "09:40"),
        ("09:40", "10:00"),
        ("10:00", None),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Programme\n\nMardi 7 juin\n- 9h40 Introduction\n"
            "- Florence Martin, historienne, Université d’Artois - Paul Lemaire, embryologiste, "
            "CNRS Montpellier\n- 10h00 Table ronde\n",
            ["Florence Martin", "Paul Lemaire"],
        ),
        (
            "Agenda\n\nTuesday, June 7\n- 9:40 am Introduction\n"
            "- Jane Porter, historian, Leeds University - Tom Baker, biologist, EMBL Heidelberg\n"
            "- 10:00 am Panel\n",
            ["Jane Porter", "Tom Baker"],
        ),
    ],
)
def test_a_bullet_naming_two_people_parted_by_a_dash_gives_both(text, names):
    assert [s["name"] for s in blocks(text)[0]["speakers"]] == names


@pytest.mark.parametrize(
    "text",
    [
        "# Agenda\n\n## Meet and Greet (~6pm)\nJust talk!\n\n## Purpose (~6:15pm)\nGoals\n\n"
        "## Talks (about 7 pm)\n",
        "Soirée\n\nAccueil (vers 18h)\nOn discute.\n\nPrésentation (18h15)\nLes objectifs\n\n"
        "Exposés (env. 19h)\n",
    ],
)
def test_a_title_then_a_single_time_in_brackets_starts_a_block(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("18:00", "18:15"),
        ("18:15", "19:00"),
        ("19:00", None),
    ]


# Nineteenth round, speakers ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Programme\n\n9h00 Ouverture\n- Claire Dubois, sociologue, Université de Nantes, "
            "vice-présidente du conseil scientifique\n- Marc Petit, économiste, INRAE Toulouse, "
            "directeur de recherche\n10h00 Pause\n",
            [
                (
                    "Claire Dubois",
                    "Université de Nantes",
                    "sociologue, vice-présidente du conseil scientifique",
                ),
                ("Marc Petit", "INRAE Toulouse", "économiste, directeur de recherche"),
            ],
        ),
        (
            "Agenda\n\n9:00 am Keynote\n- Ann Lee, Chair, Harbour Trust Board\n"
            "- Tom Reed, Senior Analyst, Data Office, Acme Foundation (moderator)\n"
            "- Eve Park, City Councillor, Ward 3\n10:00 am Break\n",
            [
                ("Ann Lee", "Harbour Trust Board", "Chair"),
                ("Tom Reed", "Data Office, Acme Foundation", "moderator, Senior Analyst"),
                # A numbered part is a district or a room, not a body.
                ("Eve Park", None, "City Councillor, Ward 3"),
            ],
        ),
    ],
)
def test_a_body_in_a_list_of_functions_after_a_name_is_the_organisation(text, expected):
    got = people_of(blocks(text)[0])
    assert got == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "| Début | Fin | Sujet | Intervenant |\n|---|---|---|---|\n"
            "| 9h00 | 9h30 | Accueil | J.-P. Moreau |\n| 9h30 | 10h30 | Méthodes | A. Lefèvre, "
            "B. Nguyen |\n",
            [["J.-P. Moreau"], ["A. Lefèvre", "B. Nguyen"]],
        ),
        (
            "Agenda\n\n10:00 - 11:00 Overview\nSpeakers: K. O'Brien and L. McAllister\n",
            [["K. O'Brien", "L. McAllister"]],
        ),
    ],
)
def test_initials_and_a_last_name_are_a_person_where_only_people_are_written(text, names):
    assert [[s["name"] for s in b["speakers"]] for b in blocks(text)] == names


def test_a_letter_and_a_word_under_a_block_stay_a_lettered_item():
    got = blocks("Agenda\n\n10:00 - 11:00 Tracks\nA. Housing\nB. Transport\n")
    assert [(b["speakers"], [i["title"] for i in b["items"]]) for b in got] == [
        ([], ["A. Housing", "B. Transport"])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rencontres\n\nSamedi 25 septembre\n14h-16h Table ronde\n"
            "Le Temps : Michel Brunet, Amélie Vialet\nLa Nature : Emmanuelle Pouydebat et "
            "Sabrina Krief\n17h-19h Débat\nTroisième Art, Peinture : Jean Gaumy, Lek et Sowat\n"
            "Contact : Marie Dupont\n",
            [
                [
                    ("Michel Brunet", "Le Temps"),
                    ("Amélie Vialet", "Le Temps"),
                    ("Emmanuelle Pouydebat", "La Nature"),
                    ("Sabrina Krief", "La Nature"),
                ],
                [
                    ("Jean Gaumy", "Troisième Art, Peinture"),
                    ("Lek", "Troisième Art, Peinture"),
                    ("Sowat", "Troisième Art, Peinture"),
                ],
            ],
        ),
        (
            "Agenda\n\nSaturday, May 3\n2:00 pm - 4:00 pm Round table\n"
            "Time: Michael Brown, Amy White\nNature: Emma Price and Sarah Kirk\n"
            "Registration: Anna Bell\n",
            [
                [
                    ("Michael Brown", "Time"),
                    ("Amy White", "Time"),
                    ("Emma Price", "Nature"),
                    ("Sarah Kirk", "Nature"),
                ]
            ],
        ),
    ],
)
def test_a_topic_then_people_under_a_block_gives_its_speakers_that_topic(text, expected):
    got = [[(s["name"], s["topic"]) for s in b["speakers"]] for b in blocks(text)]
    assert got == expected


def test_a_name_and_a_one_word_body_after_a_topic_are_not_two_people():
    got = blocks("Agenda\n\n9:00 am Talks\nKeynote: Jane Smith, Google\n")
    assert [s["name"] for s in got[0]["speakers"]] == ["Jane Smith"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agenda\n\n9:00 am Opening remarks by Emcee Laura Stone, Director, Harbour Trust\n"
            "10:00 am Blessing by Cardinal Peter Olu\n",
            [
                [("Laura Stone", "Harbour Trust", "Emcee, Director")],
                [("Peter Olu", None, "Cardinal")],
            ],
        ),
        (
            "Programme\n\n10h00 Projection\nCinéaste : Margaux Chataux, productrice\n",
            [[("Margaux Chataux", None, "Cinéaste, productrice")]],
        ),
    ],
)
def test_a_function_said_before_a_name_leads_the_role_of_its_own(text, expected):
    assert [people_of(b) for b in blocks(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Programme\n\n10h00 Table ronde Les sols vivants Modératrice : Claire Roux, "
            "journaliste\n",
            [("Table ronde Les sols vivants", [("Claire Roux", None, "Modératrice, journaliste")])],
        ),
        (
            "Agenda\n\n11:00 am Plenary Urban soils Moderator: Ann Lee, Acme Foundation\n"
            "12:00 pm Invited Speaker: Tom Reed\n",
            [
                ("Plenary Urban soils", [("Ann Lee", "Acme Foundation", "Moderator")]),
                ("Invited Speaker", [("Tom Reed", None, None)]),
            ],
        ),
        (
            # Under a block, the words before the label are a part of it, not a function.
            "Programme\n\n11h00 Plénière\nSols vivants Animatrice : Claire Roux, journaliste\n",
            [("Plénière", [("Claire Roux", None, "Animatrice, journaliste")])],
        ),
    ],
)
def test_a_chairs_label_after_a_titles_words_gives_the_chair(text, expected):
    assert [(b["title"], people_of(b)) for b in blocks(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agenda\n\n2:00 pm Treasurer workshop with Mary Powlen\n3:00 pm Workshop with "
            "Google Cloud\n4:00 pm Dinner with Club Presidents\n",
            [["Mary Powlen"], [], []],
        ),
        (
            "Programme\n\n14h00 Atelier avec Claire Roux\n15h00 Balade avec Marie Dupont\n"
            "16h00 Atelier avec Les Petits Débrouillards\n",
            [["Claire Roux"], ["Marie Dupont"], []],
        ),
    ],
)
def test_a_session_with_a_person_named_beyond_doubt_is_theirs(text, expected):
    assert [[s["name"] for s in b["speakers"]] for b in blocks(text)] == expected


def test_a_person_in_the_possessive_holds_the_session_named_after_it():
    got = blocks(
        "Agenda\n\n1:30 pm Governor Elect Shirley Raymer’s Program Team Meeting\n"
        "2:00 pm Mayor Anne Hidalgo's Remarks\n3:00 pm Jane Austen’s Novels\n"
        "4:00 pm Kotlin I (Bruce's House)\n"
    )
    assert [people_of(b) for b in got] == [
        [("Shirley Raymer", None, "Governor Elect")],
        [("Anne Hidalgo", None, "Mayor")],
        [],
        # A word in the possessive before another makes a place, never a person.
        [],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agenda\n\n11:40 Invited talk\nThink Big\n12:00 Talk\nOlivier Tholozan\n"
            "12:30 Talk\nChloé DURAND\n",
            [[], ["Olivier Tholozan"], ["Chloé DURAND"]],
        ),
        ("Programme\n\n11h40 Conférence\nPenser Global\n", [[]]),
    ],
)
def test_two_capitalised_words_alone_under_a_block_are_a_person_only_beyond_doubt(text, expected):
    assert [[s["name"] for s in b["speakers"]] for b in blocks(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agenda\n\n4:25 pm Running Docker, Mesos and More in Production: The Journey to "
            "Containers\n5:00 pm Ann Lee, Leeds City Council: why soils matter\n",
            [[], [("Ann Lee", "Leeds City Council", None)]],
        ),
        (
            "Programme\n\n16h25 Jardins Partagés, Villes et Campagnes : une histoire commune\n"
            "17h00 Sylvine Thomassin, maire de Bondy : les pratiques municipales\n",
            [[], [("Sylvine Thomassin", None, "maire de Bondy")]],
        ),
    ],
)
def test_a_body_without_a_function_before_a_colon_needs_a_name_beyond_doubt(text, expected):
    assert [people_of(b) for b in blocks(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agenda\n\n1:10pm Introductory remarks: Sandy Pentland\n1:30pm Opening: Main Hall\n",
            [("Introductory remarks", ["Sandy Pentland"]), ("Opening: Main Hall", [])],
        ),
        (
            "Programme\n\n9h00 Mot d’accueil : Anne Leroy\n9h15 Exposition : Victor Hugo\n"
            "17h00 Clôture : Paul Martin\n",
            [
                ("Mot d’accueil", ["Anne Leroy"]),
                ("Exposition : Victor Hugo", []),
                ("Clôture", ["Paul Martin"]),
            ],
        ),
    ],
)
def test_words_said_to_open_or_close_then_a_colon_and_a_name_are_theirs(text, expected):
    assert [(b["title"], [s["name"] for s in b["speakers"]]) for b in blocks(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Programme\n\n10h00 Table ronde\n- Paul Baret, agronome et généticien (Louvain)\n"
            "- Anne Roux, présidente du Mouvement des entreprises de France (MEDEF)\n",
            [
                ("Paul Baret", "Louvain", "agronome et généticien"),
                (
                    "Anne Roux",
                    None,
                    "présidente du Mouvement des entreprises de France (MEDEF)",
                ),
            ],
        ),
        (
            "Agenda\n\n10:00 Panel\n- Ann Lee, professor of law (Leiden University)\n"
            "- Tom Reed, director of the Food Trust (FT)\n",
            [
                ("Ann Lee", "Leiden University", "professor of law"),
                ("Tom Reed", None, "director of the Food Trust (FT)"),
            ],
        ),
    ],
)
def test_a_body_in_brackets_after_functions_alone_is_the_organisation(text, expected):
    assert people_of(blocks(text)[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agenda\n\n1:40 PM Introduction\n- by Michael J. Smith, President, Berkeley College\n",
            [("Michael J. Smith", "Berkeley College", "President")],
        ),
        (
            "Programme\n\n10h00 Conférence\n- par Anne Leroy, maire de Lyon\n"
            "- avec Les Amis de la Terre\n",
            [("Anne Leroy", None, "maire de Lyon")],
        ),
    ],
)
def test_a_bullet_saying_by_whom_gives_that_speaker(text, expected):
    assert people_of(blocks(text)[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Time\tDescription\tComment\n03:40-04:25pm\tTalk: title TBC\t"
            "Brian 'Redbeard' Harrington, CoreOS\n04:25-05:00pm\tOpenSpaces session\t\n",
            [("Brian 'Redbeard' Harrington", "CoreOS", None)],
        ),
        (
            "Programme\n\n10h00 Conférence\nJean « Jeannot » Dupont, maire de Lyon\n",
            [("Jean « Jeannot » Dupont", None, "maire de Lyon")],
        ),
    ],
)
def test_a_nickname_in_quotes_is_part_of_the_name(text, expected):
    assert people_of(blocks(text)[0]) == expected


def test_an_ordinal_first_numbers_a_part_not_a_person():
    got = blocks(
        "Programme\n\n15h00 Rencontres\nQuatrième Art, Musique\n16h00 Concert\nSecond Act, Finale\n"
    )
    assert [(b["speakers"], [i["title"] for i in b["items"]]) for b in got] == [
        ([], ["Quatrième Art, Musique"]),
        ([], ["Second Act, Finale"]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| Start | End | Session | Speaker |\n|---|---|---|---|\n"
            "| 9:00 | 9:30 | Welcome | Jane Smith, Tom Reed |\n"
            "| 10:30 | 11:00 | Soils | Ann Lee, University of Leeds |\n"
            "| 11:00 | 11:30 | Rivers | Jane Smith, Acme Corp |\n"
            "| 12:00 | 12:30 | Models | Yann Martin, Meta AI |\n",
            [
                [("Jane Smith", None, None), ("Tom Reed", None, None)],
                [("Ann Lee", "University of Leeds", None)],
                [("Jane Smith", "Acme Corp", None)],
                [("Yann Martin", "Meta AI", None)],
            ],
        ),
        (
            "| Début | Fin | Sujet | Intervenants |\n|---|---|---|---|\n"
            "| 9h00 | 9h30 | Accueil | Marie Dupont, Paul MARTIN |\n"
            "| 10h00 | 10h30 | Eau | Claire Petit, Université de Lyon |\n",
            [
                [("Marie Dupont", None, None), ("Paul MARTIN", None, None)],
                [("Claire Petit", "Université de Lyon", None)],
            ],
        ),
    ],
)
def test_names_beyond_doubt_parted_by_a_comma_in_a_speakers_cell_are_each_a_person(text, expected):
    assert [people_of(b) for b in blocks(text)] == expected


# Nineteenth round, blocks and days ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "# Agenda\n\n## Purpose (~6:15pm)\nGoals\n\n## Lightning talks (~6:45pm) (optional)\n"
        "Two talks\n\n## End (~8pm)\n",
        "Soirée\n\nPrésentation (18h15)\nLes objectifs\n\nExposés éclair (vers 18h45) (facultatif)\n"
        "Deux exposés\n\nFin (vers 20h)\n",
    ],
)
def test_a_note_in_brackets_after_a_bracketed_time_keeps_the_block(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("18:15", "18:45"),
        ("18:45", "20:00"),
        ("20:00", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Colloque\n\nVendredi 13 octobre 2017Palais des Congrès |\nSamedi 14 octobre 2017 |\n"
        "8h45 : Accueil | 9h00 : Accueil |\n9h30 : Ouverture\nMot du président |\n"
        "9h30 : Conférence inaugurale\n10h00 : Table ronde |\n12h15 : Déjeuner |\n12h30 : Clôture |\n",
        "Conference\n\nFriday, October 13, 2017 |\nSaturday, October 14, 2017 |\n"
        "8:45 Welcome | 9:00 Welcome |\n9:30 Opening\nWord from the chair |\n"
        "9:30 Keynote\n10:00 Round table |\n12:15 Lunch |\n12:30 Closing |\n",
        "Conference\n\nFriday, October 13, 2017\tSaturday, October 14, 2017\n"
        "8:45 Welcome\t9:00 Welcome\n9:30 Opening\t9:30 Keynote\n\t10:00 Round table\n"
        "12:15 Lunch\t12:30 Closing\n",
    ],
)
def test_a_web_table_with_a_column_per_day_is_read_day_by_day(text):
    days = parse_programme(text)["days"]
    assert [d["date"] for d in days] == ["2017-10-13", "2017-10-14"]
    assert [(b["start"], b["kind"]) for b in days[0]["blocks"]] == [
        ("08:45", "welcome"),
        ("09:30", "welcome"),
        ("12:15", "meal"),
    ]
    assert [(b["start"], b["kind"]) for b in days[1]["blocks"]] == [
        ("09:00", "welcome"),
        ("09:30", "talk"),
        ("10:00", "panel"),
        ("12:30", "closing"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rencontres\n\n– Samedi 25 septembre, 14h-16h\nOuverture\n– Samedi 25 septembre, 17h-19h\n"
        "Table ronde sur les sols\n– Dimanche 26 septembre, 11h-13h\nClôture\n",
        "Meetings\n\n- Saturday, September 25: 2-4 pm\nOpening\n- Saturday, September 25: 5-7 pm\n"
        "Round table on soils\n- Sunday, September 26: 11 am-1 pm\nClosing\n",
    ],
)
def test_a_date_written_twice_with_other_hours_gives_sessions_of_that_day(text):
    days = parse_programme(text)["days"]
    assert [[(b["start"], b["end"], b["kind"]) for b in d["blocks"]] for d in days] == [
        [("14:00", "16:00", "welcome"), ("17:00", "19:00", "panel")],
        [("11:00", "13:00", "closing")],
    ]


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        (
            "Monday\n9:00 Welcome\n10:00 Talks\nFriday we clean up and leave by approximately "
            "1:30 pm\n",
            "Friday we clean up and leave by approximately 1:30 pm",
        ),
        (
            "Lundi\n9h00 Accueil\n10h00 Exposés\nVendredi on range et on libère la salle vers "
            "environ 13h30\n",
            "Vendredi on range et on libère la salle vers environ 13h30",
        ),
    ],
)
def test_a_title_ending_in_a_word_of_approximation_is_a_sentence(text, unread):
    read = parse_programme(text)
    assert [b["title"] for d in read["days"] for b in d["blocks"]][-1] != unread[:20]
    assert len([b for d in read["days"] for b in d["blocks"]]) == 2


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Week\n\nTuesday\n9:00-10:00 Session 3\nWednesday: Hackathon day\n"
            "8:00pm Showcase\nThursday\n9:00-10:00 Session 6\n",
            ["Tuesday", "Wednesday: Hackathon day", "Thursday"],
        ),
        (
            "Semaine\n\nMardi\n9h00-10h00 Atelier 3\nMercredi – Journée des projets\n"
            "20h00 Présentation des projets\nJeudi\n9h00-10h00 Atelier 6\n",
            ["Mardi", "Mercredi – Journée des projets", "Jeudi"],
        ),
    ],
)
def test_a_weekday_named_after_a_colon_or_a_dash_heads_its_day(text, labels):
    assert [d["label"] for d in parse_programme(text)["days"]] == labels


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday\n9-9:50am Session 3\nAfternoon Lunch/free time\n4-6pm Kotlin II\n"
        "Evening Groups go to dinner\n8pm Lightning Talks\n",
        "Mardi\n9h-9h50 Atelier 3\nAprès-midi Déjeuner et temps libre\n16h-18h Cours de Kotlin\n"
        "Soirée Repas partagé au foyer\n20h Exposés éclair\n",
    ],
)
def test_a_part_of_the_day_run_into_a_moment_is_an_untimed_block(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("09:00", "09:50"),
        (None, None),
        ("16:00", "18:00"),
        (None, None),
        ("20:00", None),
    ]
    assert [b["kind"] for b in blocks(text)][1::2] == ["meal", "meal"]


def test_a_part_of_the_day_naming_a_part_of_the_programme_stays_a_heading():
    text = "Mardi\nMatin Ateliers\n9h Atelier 1\n10h Atelier 2\nAprès-midi Session plénière\n14h Table ronde\n"
    assert [b["start"] for b in blocks(text)] == ["09:00", "10:00", "14:00"]


@pytest.mark.parametrize(
    "text",
    [
        "Sunday 6:00pm\nWelcome Potluck Barbeque at the park. Bring something to share.\n"
        "Monday\n9-9:50am Session 1\n9:50-10:20 Break\n",
        "Dimanche 18h\nPique-nique d’accueil au parc. Apportez quelque chose à partager.\n"
        "Lundi\n9h-9h50 Atelier 1\n9h50-10h20 Pause\n",
    ],
)
def test_a_weekday_and_a_single_time_then_a_title_is_a_block_that_day(text):
    days = parse_programme(text)["days"]
    assert len(days) == 2
    assert [(b["start"], b["kind"]) for b in days[0]["blocks"]] == [("18:00", "meal")]


@pytest.mark.parametrize(
    "title",
    [
        "OpenSpaces session",
        "Open Spaces",
        'OpenSpaces "ignite-off"',
        "Forums ouverts",
        "ForumOuvert",
    ],
)
def test_the_open_space_in_the_plural_or_in_one_word_is_the_open_space(title):
    assert kind_of(title, "en") == "open_space"


@pytest.mark.parametrize(
    "text",
    [
        "Friday\nTime\tDescription\tComment\n01:45-01:50pm\tSponsors\t\n"
        "01:50-02:35pm\tKubernetes at Scale\tMax Forbes, Google\n"
        "\tLoad Balancing with Mesos\tTom Petr, HubSpot\n02:35-03:20pm\tOpen Spaces\t\n"
        "evening\tFriday night drinks\tThanks to our sponsors!\n",
        "Vendredi\nHeure\tDescription\tCommentaire\n13h45-13h50\tPartenaires\t\n"
        "13h50-14h35\tLes conteneurs à grande échelle\tMax Forbes, Google\n"
        "\tRépartir la charge avec Mesos\tTom Petr, HubSpot\n14h35-15h20\tForum ouvert\t\n"
        "soir\tApéritif au bar\tMerci à nos partenaires !\n",
    ],
)
def test_a_tab_row_with_its_time_cell_empty_is_a_parallel_block(text):
    assert spans(text) == [
        ("13:45", "13:50", "other"),
        ("13:50", "14:35", "talk"),
        ("13:50", "14:35", "talk"),
        ("14:35", "15:20", "open_space"),
        (None, None, "meal"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Friday\n09:00-09:30\tBreakfast\t\nevening\tFriday night drinks\tThanks to our sponsors!\n",
        "Vendredi\n9h00-9h30\tPetit-déjeuner\t\nsoirée\tApéritif au bar\tMerci à tous !\n",
    ],
)
def test_a_part_of_the_day_in_a_tables_time_column_is_an_untimed_moment(text):
    assert spans(text) == [("09:00", "09:30", "meal"), (None, None, "meal")]
    assert blocks(text)[1]["title"] in ("Friday night drinks", "Apéritif au bar")


@pytest.mark.parametrize(
    "text",
    [
        "FRIDAY, April 21:\n"
        "3:45 pm to 4:30 pm            First-timers workshop\n"
        "4:45 pm to 6:00 pm            Opening Business Session including the slate and\n"
        "                              nominations from the floor, if any (Candidates speak\n"
        "                              on Saturday morning)\n"
        "6:45 pm to 10:00 pm           Friday Fun Night with Cash Bar\n"
        "                              (dinner included with registration)\n",
        "VENDREDI 21 avril :\n"
        "15h45 à 16h30                 Atelier des nouveaux venus\n"
        "16h45 à 18h00                 Assemblée d’ouverture avec la présentation des\n"
        "                              candidats, et les questions de la salle (les\n"
        "                              candidats parlent samedi matin)\n"
        "18h45 à 22h00                 Soirée festive au bar\n"
        "                              (dîner compris dans l’inscription)\n",
    ],
)
def test_a_title_wrapped_in_its_column_is_no_parallel_block(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("15:45", "16:30"),
        ("16:45", "18:00"),
        ("18:45", "22:00"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ICLR Workshop on Backdoor Attacks\n\n14:35 - 15:05\tInvited Talk by Ben Zhao\n"
        "15:05 - 15:20\tSpotlight Session #1\n15:20 - 15:30\tCoffee Break\n",
        "Atelier de recherche sur l’apprentissage\n\n14h35 - 15h05\tConférence invitée\n"
        "15h05 - 15h20\tSession spotlight n°1\n15h20 - 15h30\tPause café\n",
    ],
)
def test_a_session_of_spotlights_is_talks_whatever_the_event(text):
    assert [k for _s, _e, k in spans(text)] == ["talk", "talk", "break"]


@pytest.mark.parametrize(
    "text",
    [
        "Monday\n9-9:50am Session 1\n8pm Lightning Talks at the Hall\n"
        "Followed by: Games and hanging out at the houses\n"
        "Tuesday\n9-9:50am Session 2\n8pm Dinner at the houses\nFollowed by: 10:30pm Karaoke\n",
        "Lundi\n9h-9h50 Atelier 1\n20h Exposés éclair à la salle\n"
        "Suivi de : Jeux et veillée dans les maisons\n"
        "Mardi\n9h-9h50 Atelier 2\n20h Dîner dans les maisons\nPuis : 22h30 Karaoké\n",
    ],
)
def test_what_is_said_to_follow_a_block_is_the_next_moment(text):
    assert [(b["start"], b["end"]) for b in blocks(text)][1:] == [("20:00", None), (None, None)]
    assert [(b["start"], b["end"]) for b in blocks(text, 1)][1:] == [
        ("20:00", "22:30"),
        ("22:30", None),
    ]


@pytest.mark.parametrize(
    ("text", "meal"),
    [
        (
            "Monday\n9-9:50am Session 1\n9:50-10:20 Break\n"
            "Tuesday\nBreakfast Post your plans on Slack if you want others to join you.\n"
            "9-9:50am Session 2\n9:50-10:20 Break\n",
            "Breakfast",
        ),
        (
            "Lundi\n14h-14h50 Atelier 1\n14h50-15h20 Pause\n"
            "Mardi\nDéjeuner Chacun apporte un plat à partager avec les autres.\n"
            "14h-14h50 Atelier 2\n14h50-15h20 Pause\n",
            "Déjeuner",
        ),
    ],
)
def test_a_meal_then_a_sentence_about_it_is_an_untimed_moment(text, meal):
    first = blocks(text, 1)[0]
    assert (first["start"], first["title"], first["kind"]) == (None, meal, "meal")
    assert first["description"].endswith("les autres.") or "Slack" in first["description"]


@pytest.mark.parametrize(
    "text",
    [
        "Fair\n\nSaturday, May 3\n(9:00 am-12:00 pm) Bike workshop\n(4:00-7:00 pm) Craft Fair\n",
        "Fête\n\nSamedi 3 mai\n(9h-12h) Atelier vélo\n(16h-19h) Marché des artisans\n",
    ],
)
def test_times_in_brackets_opening_a_line_start_a_block(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("09:00", "12:00"),
        ("16:00", "19:00"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Programme\nSamedi 2 septembre 2023\n- Vers 12H45 - Vers 14H15\n- Défilé des chars\n"
        "- 14H30\n- Concert\n",
        "Schedule\nSaturday, September 2, 2023\n- around 12:45 - around 2:15 pm\n- Parade\n"
        "- 2:30 pm\n- Concert\n",
    ],
)
def test_a_range_whose_ends_are_each_approximate_runs_between_them(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [("12:45", "14:15"), ("14:30", None)]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Conference Overview", "welcome"),
        ("Saturday Overview & Schedule", "welcome"),
        ("Overview of the day", "welcome"),
        ("'Round-the-Room Intros", "welcome"),
        ("3 Word Intros", "welcome"),
        ("Overview of methods", "talk"),
    ],
)
def test_an_overview_of_the_gathering_and_intros_open_it(title, kind):
    assert kind_of(title, "en") == kind


@pytest.mark.parametrize("title", ["Report out from groups", "Group report-outs", "Reports out"])
def test_groups_reporting_out_report_back(title):
    assert kind_of(title, "en") == "report_back"


@pytest.mark.parametrize(
    "text",
    [
        "Friday, November 20th\n1:00pm - 1:10pm Welcome\n6:00pm - 6:30pm Report back\n\n"
        "Friday Night\n\nSpace Provided for Team Hacking\nOptions for Games and Social Activities\n",
        "Vendredi 20 novembre\n13h00 - 13h10 Accueil\n18h00 - 18h30 Restitution\n\n"
        "Vendredi soir\n\n• Salle ouverte pour les équipes\n• Jeux et veillée\n",
    ],
)
def test_short_titles_under_a_part_of_the_day_after_the_timed_blocks_are_moments(text):
    assert [(b["start"], b["end"]) for b in blocks(text)][1:] == [
        ("18:00", "18:30"),
        (None, None),
        (None, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "# Agenda\n\n## Meet and Greet (~6pm)\nJust talk!\n\n## Lightning talks (~6:45pm)\nTwo talks\n\n"
        "## Continued networking\nMore talking!\n\n## End (~8pm)\n",
        "# Soirée\n\n## Accueil (vers 18h)\nOn discute.\n\n## Exposés éclair (vers 18h45)\nDeux "
        "exposés\n\n## On continue d’échanger\nEncore !\n\n## Fin (vers 20h)\n",
    ],
)
def test_a_heading_like_the_timed_ones_without_a_time_is_a_moment(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("18:00", "18:45"),
        ("18:45", None),
        (None, None),
        ("20:00", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Convention\n\njeudi 12 octobre 9h Accueil des participants 9h30 Allocutions d’accueil "
        "du maire de la ville et du président de la communauté de communes\n",
        "Convention\n\nThursday, October 12 9:00 am Registration of participants 9:30 am Welcome "
        "addresses by the mayor of the town and the chair of the county council\n",
    ],
)
def test_a_day_run_on_into_its_first_two_times_parts_them(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [("09:00", "09:30"), ("09:30", None)]


# Twentieth round, blocks and days -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Jeudi 8 juin 2023\n08:15\n09:30\nAccueil des participants\nHall\n09:30\n10:30\n"
        "L’intelligence artificielle n’existe pas\nSalle Esquive\n10:30\n11:00\nPause café\n",
        "Thursday, June 8, 2023\n8:15 AM\n9:30 AM\nRegistration and breakfast\nLobby\n9:30 AM\n"
        "10:30 AM\nKeynote: the future of learning\nMain hall\n10:30 AM\n11:00 AM\nCoffee break\n",
    ],
)
def test_a_start_and_an_end_alone_on_two_lines_then_a_title_are_its_range(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("08:15", "09:30"),
        ("09:30", "10:30"),
        ("10:30", "11:00"),
    ]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "| Monday October 23, 2023 | |||\n| Start | End | Location | Activity |\n"
            "| 6:30 PM | 8:30 PM | Swartz Center – 3713 | Welcome Reception |\n"
            "| 9:00 PM | 9:30 PM | Room 12 | Closing Remarks |\n",
            ["Welcome Reception", "Closing Remarks"],
        ),
        (
            "Lundi 23 octobre 2023\nDébut\tFin\tSalle\tActivité\n"
            "18h30\t20h30\tAmphi Curie\tCocktail de bienvenue\n"
            "21h00\t21h30\tSalle 12\tMot de clôture\n",
            ["Cocktail de bienvenue", "Mot de clôture"],
        ),
    ],
)
def test_a_place_column_before_the_title_column_is_no_title(text, titles):
    got = blocks(text)
    assert [b["title"] for b in got] == titles
    assert [(b["start"], b["end"]) for b in got] == [("18:30", "20:30"), ("21:00", "21:30")]


@pytest.mark.parametrize(
    "text",
    [
        "Samedi 8 juin 2024\n\n• 11 heures : discours d’ouverture\n\n• De 11 heures à 12h30 : "
        "ciné-débat\n\n• De 13 à 16 heures : ateliers\n\n• 2 heures de marche sont prévues.\n",
        "Saturday, June 8, 2024\n\n• 11 o'clock: opening speech\n\n• From 11 o'clock to 12:30: "
        "film and debate\n\n• From 13:00 to 16 o'clock: workshops\n",
    ],
)
def test_hours_written_in_words_are_times(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("11:00", "11:00"),
        ("11:00", "12:30"),
        ("13:00", "16:00"),
    ]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Samedi 8 juin 2024\n\n• De 11h30 à 14h30 en extérieur : fabriquez votre papier\n"
            "• De 14h30 à 16h dans le cinéma Eden : conférence « Être aidant »\n",
            ["fabriquez votre papier", "conférence « Être aidant »"],
        ),
        (
            "Saturday, June 8, 2024\n\n• 11:30 - 14:30 outdoors: make your own paper\n"
            "• 14:30 - 16:00 inside the Eden cinema: lecture on caring\n",
            ["make your own paper", "lecture on caring"],
        ),
    ],
)
def test_where_it_happens_before_a_colon_is_no_word_of_the_title(text, titles):
    assert [b["title"] for b in blocks(text)] == titles


@pytest.mark.parametrize(
    "text",
    [
        "Samedi\n\n14h-14h30 : Cédric Morgan\n\nUne quête des origines.\n\n"
        "14h45- 15h15 : Dominique de Martel\n\nUn roman.\n",
        "Saturday\n\n2:00-2:30 pm: Sarah Johnson\n\nA quest for origins.\n\n"
        "2:45-3:15 pm: Thomas van der Berg\n\nA novel.\n",
    ],
)
def test_a_name_alone_as_the_title_is_that_persons_talk(text):
    assert [b["kind"] for b in blocks(text)] == ["talk", "talk"]


@pytest.mark.parametrize(
    "text",
    [
        "Day 1 (Monday, 3 April 2023)\nSession\tTime\tActivity\nSession 1\t09:00-09:05\tWelcome\n"
        "\t09:05-09:50\tKeynote 1\nSession 2\t09:50-10:10\tCoffee break\n",
        "Jour 1 (lundi 3 avril 2023)\n| Partie | Horaire | Activité |\n"
        "| Partie 1 | 09:00-09:05 | Accueil |\n| | 09:05-09:50 | Conférence inaugurale |\n"
        "| Partie 2 | 09:50-10:10 | Pause café |\n",
    ],
)
def test_a_numbered_part_before_the_times_labels_the_row(text):
    assert [b["title"] for b in blocks(text)] == [
        *(["Welcome", "Keynote 1", "Coffee break"] if "Day" in text else []),
        *(["Accueil", "Conférence inaugurale", "Pause café"] if "Jour" in text else []),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Day 1 (Monday, 3 April 2023)\nSession 1\t09:00-09:05\tWelcome\n"
        "Martina Summer, Maastricht University\n\t09:05-09:50\tKeynote 1\nChris Evelo, Maastricht "
        "University\n\t09:50-10:10\tTalk 1\n\t10:10-10:30\tTalk 2\n",
        "Jour 1 (lundi 3 avril 2023)\nPartie 1\t09:00-09:05\tAccueil\n"
        "Marie Dupont, Université de Lyon\n\t09:05-09:50\tConférence 1\nPaul Martin, Université "
        "de Lyon\n\t09:50-10:10\tExposé 1\n\t10:10-10:30\tExposé 2\n",
    ],
)
def test_a_row_with_its_first_cell_empty_then_a_range_is_a_block_not_a_header_of_rooms(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("09:00", "09:05"),
        ("09:05", "09:50"),
        ("09:50", "10:10"),
        ("10:10", "10:30"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Day 1 (Monday, 3 April 2023)\nSession\tTime\tActivity\nSession 4\t16:00-17:30\tPanel "
        "discussion\nSession 5\t17:30-\tPoster session with drinks\n",
        "Jour 1 (lundi 3 avril 2023)\n| Salle | Horaire | Activité |\n| Amphi A | 16h-17h30 | Table "
        "ronde |\n| Amphi A | 17h30 – | Apéritif et posters |\n",
    ],
)
def test_a_cell_with_a_start_and_a_dash_is_a_block_left_open(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("16:00", "17:30"),
        ("17:30", None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Day 1 (Monday, 3 April 2023)\n09:00-10:00 Welcome\n10:00-11:00 Keynote\n"
        "Day 2 (Tuesday, 4 April 2023)\n• Community paper writing workshop\n",
        "Jour 1 (lundi 3 avril 2023)\n9h-10h Accueil\n10h-11h Conférence\n"
        "Jour 2 (mardi 4 avril 2023)\n• Atelier d’écriture collective\n",
    ],
)
def test_a_bullet_naming_a_kind_under_a_later_dated_day_is_that_days_moment(text):
    got = parse_programme(text)["days"]
    assert len(got) == 2
    assert [(b["start"], b["end"], b["kind"]) for b in got[1]["blocks"]] == [
        (None, None, "workshop")
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Day 1: September 7th\n16:45-17:00\nClosing Remarks\n17:00-18:00\nEvening Event\n",
            "Evening Event",
        ),
        (
            "Jour 1 : 7 septembre\n16h45-17h00\nMot de clôture\n17h00-18h00\nSoirée dansante\n",
            "Soirée dansante",
        ),
    ],
)
def test_a_moment_named_by_a_part_of_the_day_under_a_range_alone_is_its_title(text, title):
    got = blocks(text)
    assert [(b["start"], b["end"]) for b in got] == [("16:45", "17:00"), ("17:00", "18:00")]
    assert got[-1]["title"] == title


@pytest.mark.parametrize(
    "title",
    [
        "Approval/Amendments of Agenda",
        "Adoption of previous AGM meeting minutes",
        "New Business",
        "Unfinished Business",
        "Adoption de l’ordre du jour",
        "Approbation du procès-verbal de l’AG 2022",
    ],
)
def test_an_assemblys_agenda_minutes_and_business_are_everyones(title):
    assert kind_of(title) == "plenary"


@pytest.mark.parametrize(
    "title", ["Ignite 1", "Ignite-style presentations", "Session Pecha Kucha", "Pecha Kucha night"]
)
def test_ignite_and_pecha_kucha_are_short_talks(title):
    assert kind_of(title) == "talk"


@pytest.mark.parametrize(
    "text",
    [
        "Schedule\n| 9:00am | Sign In |\n| 10:30am | Hacking Begins! |\n"
        "| 10:40pm - 11:40pm | Workshops 1A |\n| 12:00pm - 12:40pm | Lunch |\n",
        "Saturday, May 4, 2024\n9:00 a.m. Sign in\n10:30 a.m. Hacking begins\n"
        "10:40 p.m. – 11:40 p.m. Workshop on 3D printing\n12:00 p.m. – 12:40 p.m. Lunch\n",
    ],
)
def test_a_pm_between_two_morning_times_is_a_slip_of_the_half_day(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("09:00", "10:30"),
        ("10:30", "10:40"),
        ("10:40", "11:40"),
        ("12:00", "12:40"),
    ]


def test_a_late_time_on_the_24_hour_clock_is_no_slip():
    text = "Samedi 4 mai 2024\n9h00 Accueil\n21h30 Veillée\n"
    assert [b["start"] for b in blocks(text)] == ["09:00", "21:30"]


@pytest.mark.parametrize(
    "title", ["Prises de paroles des personnalités politiques", "Prise de parole du maire"]
)
def test_speaking_turns_are_talks(title):
    assert kind_of(title, "fr") == "talk"


@pytest.mark.parametrize(
    "text",
    [
        "Time Topic\n8:30 Breakfast\n9:30 Introductions / Welcome\n  • Dr. Paul Nielsen, Director, "
        "Software Engineering Institute\n  • Dr. Sol Greenspan, Program Director, National Science "
        "Foundation\n9:45 Goals of the workshop\n",
        "Horaire Sujet\n8h30 Petit-déjeuner\n9h30 Introduction et mot d’accueil\n  • Marie Dupont, "
        "directrice de l’institut\n  • Paul Martin, président de l’association\n9h45 Objectifs "
        "de l’atelier\n",
    ],
)
def test_introductions_beside_the_welcome_open_the_event_whoever_gives_them(text):
    assert blocks(text)[1]["kind"] == "welcome"


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Heure | Lieu | Intitulé\n---|---|---\n9h00 | Hall A | Accueil café\n"
            "9h30 | Amphi B | Conférence inaugurale\n",
            ["Accueil café", "Conférence inaugurale"],
        ),
        (
            "Time | Rooms | Activity\n:---|:---:|---:\n9:00 | Hall A | Registration and coffee\n"
            "9:30 | Room B | Opening keynote\n",
            ["Registration and coffee", "Opening keynote"],
        ),
    ],
)
def test_a_markdown_table_without_outer_bars_has_its_header_and_rule_read_as_layout(text, titles):
    got = parse_programme(text)
    assert [b["title"] for b in got["days"][0]["blocks"]] == titles
    assert "---" not in got["title"]


@pytest.mark.parametrize(
    "text",
    [
        "Samedi 12 octobre 2024\n– 9h-9h30 : Accueil café\n– 9h30-10h : Mot d’accueil du maire\n"
        "– 10h-12h : Ateliers participatifs\n",
        "Saturday, October 12, 2024\n\n— 9:00-9:30 am: Coffee and registration\n— 9:30-10:00 am: "
        "Welcome from the mayor\n— 10:00 am-12:00 pm: Workshops\n",
    ],
)
def test_times_after_an_en_or_em_dash_bullet_start_blocks(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("09:00", "09:30"),
        ("09:30", "10:00"),
        ("10:00", "12:00"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "| Date | Time | Session | Speaker |\n|---|---|---|---|\n"
        "| Monday 3 June 2024 | 09:00-09:30 | Registration | |\n"
        "| Monday 3 June 2024 | 09:30-10:30 | Keynote: Open data | Jane Smith |\n"
        "| | 10:30-11:00 | Coffee break | |\n"
        "| Tuesday 4 June 2024 | 09:00-10:00 | Workshop A | Tom Reed |\n",
        "Date\tHeure\tActivité\nlundi 3 juin 2024\t9h-9h30\tAccueil\n"
        "lundi 3 juin 2024\t9h30-10h30\tConférence\n\t10h30-11h\tPause café\n"
        "mardi 4 juin 2024\t9h-10h\tAtelier A\n",
    ],
)
def test_a_table_with_a_day_column_is_read_day_by_day(text):
    got = parse_programme(text)["days"]
    assert [d["date"] for d in got] == ["2024-06-03", "2024-06-04"]
    assert [(b["start"], b["end"]) for b in got[0]["blocks"]] == [
        ("09:00", "09:30"),
        ("09:30", "10:30"),
        ("10:30", "11:00"),
    ]
    assert [(b["start"], b["end"]) for b in got[1]["blocks"]] == [("09:00", "10:00")]


@pytest.mark.parametrize(
    "text",
    [
        "Programme\n9h00 › Accueil des participants\n9h30 » Conférence\n10h30 ➤ Pause\n",
        "Agenda\n9:00 am › Registration\n9:30 am » Keynote\n10:30 am ➔ Coffee break\n",
    ],
)
def test_an_arrow_between_the_time_and_the_title_is_no_word_of_the_title(text):
    assert [b["title"][:1].isalpha() for b in blocks(text)] == [True, True, True]
    assert [b["start"] for b in blocks(text)] == ["09:00", "09:30", "10:30"]


@pytest.mark.parametrize(
    "text",
    [
        "DAY 1 – MONDAY 12 MAY 2025\n9 am – 10 am Registration\n10am – 11am Opening keynote\n"
        "11 am – 12 pm Panel\n",
        "Agenda\n9 a.m. – 10 a.m. Registration\n10am - 11am Keynote\n11 am — 12 pm Panel\n",
    ],
)
def test_a_range_of_bare_hours_with_their_half_day_is_one_range(text):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [
        ("09:00", "10:00"),
        ("10:00", "11:00"),
        ("11:00", "12:00"),
    ]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Saturday 12th of October 2024\nRegistration\n9:00 – 9:30\nOpening keynote\n"
            "9:30 – 10:30\nLunch\n12:00 – 13:00\n",
            ["Registration", "Opening keynote", "Lunch"],
        ),
        (
            "Samedi 12 octobre 2024\nAccueil des participants\n9h00 – 9h30\nConférence\n"
            "9h30 – 10h30\nDéjeuner\n12h00 – 13h00\n",
            ["Accueil des participants", "Conférence", "Déjeuner"],
        ),
    ],
)
def test_titles_alternating_with_ranges_from_a_title_to_a_range_stand_above_them(text, titles):
    got = blocks(text)
    assert [b["title"] for b in got] == titles
    assert [(b["start"], b["end"]) for b in got] == [
        ("09:00", "09:30"),
        ("09:30", "10:30"),
        ("12:00", "13:00"),
    ]


def test_ranges_alternating_with_titles_from_a_range_keep_the_title_below():
    text = "Agenda\n9:00 – 9:30\nRegistration\n9:30 – 10:30\nOpening keynote\n"
    assert [b["title"] for b in blocks(text)] == ["Registration", "Opening keynote"]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Timetable\nTime        Session                     Room\n"
            "09:00       Registration                Foyer\n"
            "09:30       Welcome address             Main Hall\n",
            [("Registration", "Foyer"), ("Welcome address", "Main Hall")],
        ),
        (
            "Programme\nHeure     Intitulé                     Salle\n"
            "9h00      Accueil des participants     Hall\n"
            "9h30      Conférence inaugurale        Amphi A\n",
            [("Accueil des participants", "Hall"), ("Conférence inaugurale", "Amphi A")],
        ),
    ],
)
def test_a_table_padded_into_columns_under_its_header_parts_its_cells(text, rows):
    assert [(b["title"], b.get("description")) for b in blocks(text)] == rows


# Twentieth round, speakers -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Programme\n\n14:00 – 15:00 Lightning talks\nSocial media and autistic youth\n"
            "Melanie Gruben, Michelle Keeffe, Hazel Murray\nGait as a biometric\n"
            "Lili Zhang; Damon Berry\n",
            ["Melanie Gruben", "Michelle Keeffe", "Hazel Murray", "Lili Zhang", "Damon Berry"],
        ),
        (
            "Journée d’étude\n\n14h00 Communications\nLes sols vivants\nClaire Roux, Julien "
            "Martin et Sophie Bernard\n15h00 Pause\n",
            ["Claire Roux", "Julien Martin", "Sophie Bernard"],
        ),
        # Capitalised words parted by commas, no given name among them, are no people.
        ("Programme\n\n14h00 Ateliers\nOpen Data, Think Big et Smart City\n", []),
        # Places named after people are no people.
        ("Agenda\n\n2:00 pm Walks\nVictoria Station, Charlotte Street and Hope Street\n", []),
    ],
)
def test_a_line_of_names_alone_under_a_block_is_each_of_those_people(text, names):
    assert [p[0] for p in people_of(blocks(text)[0])] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Samedi\n\n14h-14h30 : Cédric Morgan\nUne quête des origines.\n"
            "14h45-15h15 : Mireille Calmel\nUn roman de cape et d’épée.\n15h30 Pause\n",
            [["Cédric Morgan"], ["Mireille Calmel"], []],
        ),
        (
            "Saturday\n\n2:00 pm Dr Laura Bennett\nWhy cities matter.\n2:45 pm Think Big\n"
            "3:30 pm Opening Remarks\n",
            [["Laura Bennett"], [], []],
        ),
    ],
)
def test_a_timed_block_titled_by_a_name_alone_is_that_persons(text, names):
    assert [[s["name"] for s in b["speakers"]] for b in blocks(text)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Agenda\n\n9:00 Summer Camp\n12:00 Lunch\n",
        "Agenda\n\n9:00 Grace Period\n10:00 Victoria Station\n11:00 Break\n",
        "Programme\n\n9h00 Jean Moulin\n10h00 Pause\n",
    ],
)
def test_one_block_titled_by_words_shaped_as_a_name_is_no_person(text):
    # A thing named so (`Summer Camp`), a place (`Victoria Station`): without a civility, a
    # name as a title is a person only where two blocks or more are titled so.
    assert all(b["speakers"] == [] for b in blocks(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agenda\n\n9:00 AM\tIntroduction\nShannon Nangle, PhD.\nHarvard University\n"
            "9:30 AM\tInvited Talk\nLuis Campos, Ph.D.\nSpaceX\n10:00 AM\tBreak\n",
            [[("Shannon Nangle", "Harvard University", None)], [("Luis Campos", "SpaceX", None)]],
        ),
        (
            "Programme\n\n9h00 Ouverture\nDr Anne O'Neill\nOpenLab\n10h00 Conférence\n"
            "Claire Roux\nStartUpLab\n11h00 Pause\n",
            [[("Anne O'Neill", "OpenLab", None)], [("Claire Roux", "StartUpLab", None)]],
        ),
    ],
)
def test_a_bare_name_then_a_body_written_as_brands_write_theirs(text, expected):
    got = [people_of(b) for b in blocks(text)]
    assert got[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Programme\n\n12:00 – 12:30 Publishing the symposium\nAndrea Heaney\n"
            "Co-organiser of the symposium\nLunch\n12:30 – 13:30 Lunch and Posters\n",
            ("Andrea Heaney", None, "Co-organiser of the symposium"),
        ),
        (
            "Jeudi\n\n09:30 - 10:30 L’intelligence artificielle n’existe pas\n"
            "Luc Martin, Directeur de recherche\nSalle Esquive\n10:30 - 11:00 Pause\n",
            ("Luc Martin", None, "Directeur de recherche"),
        ),
    ],
)
def test_a_kind_or_a_room_under_a_speaker_is_not_their_organisation(text, expected):
    assert people_of(blocks(text)[0]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agenda\n\n9:00 am Welcome\n  • Dr. Sol Greenspan, Program Director, National "
            "Science Foundation (NSF)\n10:00 am Break\n",
            ("Sol Greenspan", "National Science Foundation (NSF)", "Program Director"),
        ),
        (
            "Programme\n\n9h00 Ouverture\n  • Marie Durand, directrice, Institut national de "
            "l’audiovisuel (INA)\n10h00 Pause\n",
            ("Marie Durand", "Institut national de l’audiovisuel (INA)", "directrice"),
        ),
    ],
)
def test_a_bodys_acronym_in_brackets_closing_the_functions_stays_with_the_body(text, expected):
    assert people_of(blocks(text)[0]) == [expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Pascal Blanchard, historien, « le combat des femmes »",
            ("historien", "le combat des femmes"),
        ),
        ("Ann Lee, historian, “Women in the archives”", ("historian", "Women in the archives")),
    ],
)
def test_words_in_quotes_closing_a_speakers_functions_are_their_topic(line, expected):
    sp = person(line, strict=False)
    assert sp is not None and (sp["role"], sp["topic"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Programme\n\n15h20 Table ronde\nAvec :\nBornia TARALL, ancienne élue à la ville "
            "de Strasbourg Fatima MASSAU, conseillère régionale\n16h00 Regard\n",
            [
                ("Bornia TARALL", None, "ancienne élue à la ville de Strasbourg"),
                ("Fatima MASSAU", None, "conseillère régionale"),
            ],
        ),
        (
            "Programme\n\n3:20 pm Panel\nWith:\nAnn LEE, former councillor of the city of "
            "Leeds Mary KENT, regional councillor\n4:00 pm Break\n",
            [
                ("Ann LEE", None, "former councillor of the city of Leeds"),
                ("Mary KENT", None, "regional councillor"),
            ],
        ),
    ],
)
def test_a_second_person_run_on_into_the_first_ones_function_is_parted(text, expected):
    assert people_of(blocks(text)[0]) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Animation par Bénédicte Cardon, Ingénieure pédagogique",
            [("Bénédicte Cardon", "Animation, Ingénieure pédagogique")],
        ),
        (
            "Facilitation by Ann Lee, Director of Programs",
            [("Ann Lee", "Facilitation, Director of Programs")],
        ),
        # A group credited so is no person.
        ("Animation by Kolectif", []),
    ],
)
def test_what_a_chair_does_then_par_or_by_is_a_chairs_label(line, expected):
    assert [(s["name"], s["role"]) for s in labelled_speakers(line)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Table ronde animée par Alix Durand, chargée de mission à l’ANSSI, avec Raja "
            "Chatila, professeur émérite, et Alexis Leautier, ingénieur expert",
            [
                ("Alix Durand", "Animation, chargée de mission à l’ANSSI"),
                ("Raja Chatila", "professeur émérite"),
                ("Alexis Leautier", "ingénieur expert"),
            ],
        ),
        (
            "Moderated by Ann Lee, Director, with Tom Reed and Eve Park",
            [("Ann Lee", "Moderator, Director"), ("Tom Reed", None), ("Eve Park", None)],
        ),
    ],
)
def test_people_after_avec_on_a_chairs_line_are_no_part_of_the_chairs_role(line, expected):
    assert [(s["name"], s["role"]) for s in labelled_speakers(line)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| Start | End | Activity |\n|---|---|---|\n| 11:00 AM | 12:15 PM | Breakout Session 1 "
            "· Topic: Amplifying Experimental Sciences · Session Lead: Milad Abolhasani · "
            "Subject Matter Experts: Sergei V. Kalinin, Gilad Kusne, and Mahshid Ahmadi |\n"
            "| 2:15 PM | 3:00 PM | Plenary Panel · Moderator: Cosima Boswell-Koller · Panelists: "
            "Wendy Huntoon, Barr von Oehsen, and Theresa Mayer |\n",
            [
                [
                    ("Milad Abolhasani", "Session Lead"),
                    ("Sergei V. Kalinin", None),
                    ("Gilad Kusne", None),
                    ("Mahshid Ahmadi", None),
                ],
                [
                    ("Cosima Boswell-Koller", "Moderator"),
                    ("Wendy Huntoon", None),
                    ("Barr von Oehsen", None),
                    ("Theresa Mayer", None),
                ],
            ],
        ),
        (
            "| Début | Fin | Activité |\n|---|---|---|\n| 11h00 | 12h15 | Atelier 1 · Thème : "
            "Les sols vivants · Référente : Anne Roux · Experts : Paul Martin, Léa Petit et "
            "Marc Blanc |\n",
            [
                [
                    ("Anne Roux", "Référente"),
                    ("Paul Martin", None),
                    ("Léa Petit", None),
                    ("Marc Blanc", None),
                ]
            ],
        ),
    ],
)
def test_labels_then_names_among_a_cells_parts_are_the_blocks_people(text, expected):
    got = blocks(text)
    assert [[(s["name"], s["role"]) for s in b["speakers"]] for b in got] == expected
    assert "Topic" in got[0]["title"] or "Thème" in got[0]["title"]


@pytest.mark.parametrize(
    "text",
    [
        "Programme\n\n12:00 – 12:30 Publishing the symposium\nAndrea Heaney\nCo-organiser of the "
        "symposium\nLunch\n12:30 – 13:30 Lunch and Posters\n",
        "Programme\n\n11h30 – 12h15 Conférence sur les haies\nClaire Roux, directrice du parc\nDéjeuner\n"
        "12h15 – 13h30 Buffet et posters\n",
    ],
)
def test_a_meal_named_alone_under_a_speaker_is_listed_not_read(text):
    reading = read_programme(text)
    first = reading.programme["days"][0]["blocks"][0]
    assert first["kind"] == "talk" and first["items"] == []
    assert [u["text"] for u in reading.unread] in (["Lunch"], ["Déjeuner"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Programme\n\n10h15 : Grand témoin Jean-François Colosimo\n14h15 : Grand témoin : "
            "Lytta Basset, historienne\n15h00 : Pause\n",
            [
                ("Grand témoin", [("Jean-François Colosimo", None)]),
                ("Grand témoin", [("Lytta Basset", "historienne")]),
                ("Pause", []),
            ],
        ),
        (
            "Programme\n\n10:15 Keynote speaker Laura Bennett\n11:00 Invited speakers: Tom Reed, "
            "Director, and Eve Park\n12:00 With Friends Like These\n",
            [
                ("Keynote speaker", [("Laura Bennett", None)]),
                ("Invited speakers", [("Tom Reed", "Director"), ("Eve Park", None)]),
                ("With Friends Like These", []),
            ],
        ),
    ],
)
def test_a_title_that_is_a_speakers_label_then_who_gives_the_label_as_title(text, expected):
    got = [(b["title"], [(s["name"], s["role"]) for s in b["speakers"]]) for b in blocks(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Lytta Basset, théologienne protestante", "théologienne protestante"),
        ("Anne Roux, Missionnaire aux Philippines", "Missionnaire aux Philippines"),
        ("Ann Lee, cartographer", "cartographer"),
        ("Tom Reed, archivist", "archivist"),
        # The rest of a sentence stays no function.
        ("Ann Lee, suivi d’une discussion", None),
    ],
)
def test_a_word_naming_what_someone_does_by_its_ending_is_their_role(line, role):
    sp = person(line, strict=False)
    assert sp is not None and (sp["role"], sp["organisation"]) == (role, None)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Sœur Sophie de Jésus, Missionnaire aux Philippines", "Sophie de Jésus"),
        ("Père Jean Martin, curé de la paroisse", "Jean Martin"),
        ("Sister Mary Lee, teacher", "Mary Lee"),
    ],
)
def test_a_religious_title_is_no_part_of_the_name(line, name):
    sp = person(line, strict=False)
    assert sp is not None and sp["name"] == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Programme\n\n15h10 Allocution ministérielle\nAurore BERGER, ministre déléguée à "
            "l’Égalité\nLe pacte parité-diversité des Marianne\n15h20 Table ronde\n",
            ("Aurore BERGER", None, "ministre déléguée à l’Égalité"),
        ),
        (
            "Agenda\n\n3:10 pm Keynote\nJane Smith, Deputy Minister for Equality\nThe future of "
            "cities and their people\n3:20 pm Panel\n",
            ("Jane Smith", None, "Deputy Minister for Equality"),
        ),
    ],
)
def test_words_opening_with_an_article_under_a_speaker_with_a_function_are_no_body(text, expected):
    assert people_of(blocks(text)[0]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Programme\n\n9h45 Témoignage : Jean et Marie Dupont, agriculteurs\n10h15 Pause\n",
            [("Jean Dupont", None, "agriculteurs"), ("Marie Dupont", None, "agriculteurs")],
        ),
        (
            "Agenda\n\n9:45 Panel\nSpeakers: Ann and Tom van Dyke (Acme)\n10:15 Break\n",
            [("Ann van Dyke", "Acme", None), ("Tom van Dyke", "Acme", None)],
        ),
    ],
)
def test_two_given_names_then_one_last_name_are_two_people_of_that_name(text, expected):
    assert people_of(blocks(text)[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Programme\n\n9h30 Ouverture\nIntroduction Mgr Yves Le Saux, évêque du Mans et "
            "Michel Serres, philosophe\n10h15 Pause\n",
            ("Introduction", [("Yves Le Saux", "évêque du Mans"), ("Michel Serres", "philosophe")]),
        ),
        (
            "Agenda\n\n9:30 Opening\nWelcome Dr Ann Lee, Mayor, and Tom Reed, CEO\n10:15 Break\n",
            ("Welcome", [("Ann Lee", "Mayor"), ("Tom Reed", "CEO")]),
        ),
    ],
)
def test_a_kinds_words_then_people_with_functions_are_who_gives_it(text, expected):
    item = blocks(text)[0]["items"][0]
    assert (item["title"], [(s["name"], s["role"]) for s in item["speakers"]]) == expected


def test_a_meal_at_a_place_named_for_a_saint_is_no_person():
    got = blocks("Programme\n\n12h30 repas au Restaurant Saint Anne, PRAYSSAS\n")[0]
    assert got["speakers"] == []


def test_a_kinds_words_then_people_run_together_are_read_apart_not_misread():
    # Left unread until the twenty-fourth round, which reads each person apart (each named
    # beyond doubt, each with a function after their comma).
    text = (
        "Programme\n\n10h00 Allocutions d’accueil Philippe Martin, maire de Caen , "
        "président de la Région Normandie Paul Roux, président de la communauté de communes "
        "Côte Fleurie\n11h00 Pause\n"
    )
    assert people_of(blocks(text)[0]) == [
        ("Philippe Martin", None, "maire de Caen , président de la Région Normandie"),
        ("Paul Roux", None, "président de la communauté de communes Côte Fleurie"),
    ]


@pytest.mark.parametrize(
    ("line", "role"),
    [
        (
            "Nicole Poirier, fondatrice de la Maison Carpe Diem (Québec). Places limitées, "
            "inscrivez-vous par mail",
            "fondatrice de la Maison Carpe Diem (Québec)",
        ),
        ("Jane Smith, Professor of Law. Tickets are free for all", "Professor of Law"),
        # A sentence opening with a pronoun goes on about them.
        (
            "Bernard Martin, journaliste. Il travaille pour France Inter",
            "journaliste. Il travaille pour France Inter",
        ),
    ],
)
def test_a_speakers_function_ends_with_its_sentence(line, role):
    sp = person(line, strict=False)
    assert sp is not None and sp["role"] == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Programme\n\n10h00 Conférence\nMarie Dupont\nDirectrice de recherche\nCNRS\n"
            "11h00 Pause\n",
            ("Marie Dupont", "CNRS", "Directrice de recherche"),
        ),
        (
            "Agenda\n\n10:00 Keynote\nJane Smith\nSenior Engineer\nNASA\n11:00 Break\n",
            ("Jane Smith", "NASA", "Senior Engineer"),
        ),
    ],
)
def test_an_acronym_under_a_speakers_card_is_their_body_not_a_block(text, expected):
    got = blocks(text)
    assert people_of(got[0]) == [expected] and len(got) == 2


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Smith — Open data in cities", (None, "Open data in cities")),
        ("Léa Petit – Les haies et le bocage", (None, "Les haies et le bocage")),
        # Bodies capitalise their names' words.
        ("Jane Smith – Ville de Lyon", ("Ville de Lyon", None)),
        ("Tom Reed, Green Cities Network", ("Green Cities Network", None)),
        # After a body in brackets too.
        ("Anna Kowalski (Warsaw University) – Soil carbon", ("Warsaw University", "Soil carbon")),
        ("Marc Roux (INRAE) – Les sols vivants", ("INRAE", "Les sols vivants")),
    ],
)
def test_words_in_sentence_case_after_a_name_are_a_topic_not_a_body(line, expected):
    sp = person(line, strict=False)
    assert sp is not None and (sp["organisation"], sp["topic"]) == expected


def test_a_word_naming_a_function_by_its_ending_leads_a_list_of_functions():
    sp = person("Fabien Morel, Entrepreneur français, spécialiste du web social", strict=False)
    assert sp is not None and (sp["organisation"], sp["role"]) == (
        None,
        "Entrepreneur français, spécialiste du web social",
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Fireside chat with Sarah Connor (Cyberdyne) and Kyle Reese",
            [("Sarah Connor", "Cyberdyne"), ("Kyle Reese", None)],
        ),
        (
            "Entretien avec Claire Roux (INRAE) et Paul Martin",
            [("Claire Roux", "INRAE"), ("Paul Martin", None)],
        ),
    ],
)
def test_an_exchange_with_two_people_named_beyond_doubt_is_theirs(title, expected):
    got = blocks(f"Agenda\n\n10:00 {title}\n11:00 Break\n")[0]
    assert got["title"] == title
    assert [(s["name"], s.get("organisation")) for s in got["speakers"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agenda\n\n2:00 PM Lightning talks\n• Dr Tom Reed: "
            "Urban heat\n• Summer Camp: Registration opens\n3:00 PM Break\n",
            [
                ("Urban heat", [("Tom Reed", None)]),
                # Two capitalised words then a colon: a title and its subtitle.
                ("Summer Camp: Registration opens", []),
            ],
        ),
        (
            "Programme\n\n9h30 Conférences\n9h30 Pierre DURAND (Université de Lyon) : « Les "
            "villes en transition »\n10h00 Jean Dupont, historien : Les haies du bocage\n",
            [],
        ),
    ],
)
def test_a_person_then_a_colon_then_a_title_is_their_talk(text, expected):
    if not expected:  # timed blocks: one a talk
        got = [(b["title"], people_of(b)) for b in blocks(text)[1:]]
        assert got == [
            ("« Les villes en transition »", [("Pierre DURAND", "Université de Lyon", None)]),
            ("Les haies du bocage", [("Jean Dupont", None, "historien")]),
        ]
        return
    items = blocks(text)[0]["items"]
    got = [(i["title"], [(s["name"], s.get("organisation")) for s in i["speakers"]]) for i in items]
    assert got == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jean Dupont, historien : Les haies du bocage", ("historien", "Les haies du bocage")),
        ("Ann Lee, Professor of Law: Why courts matter", ("Professor of Law", "Why courts matter")),
    ],
)
def test_a_function_then_a_colon_then_words_gives_the_topic(line, expected):
    sp = person(line, strict=False)
    assert sp is not None and (sp["role"], sp["topic"]) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Samedi\n\n14h45-15h15 : Jean- Louis Lesbordes\nDu cœur des Landes.\n"
            "15h30 : Mireille Calmel\nUn roman.\n",
            "Jean- Louis Lesbordes",
        ),
        (
            "Saturday\n\n2:45 pm Mary- Ann Foster\nA life at sea.\n3:30 pm Laura Bennett\n",
            "Mary- Ann Foster",
        ),
    ],
)
def test_a_compound_given_name_cut_after_its_hyphen_is_read_whole(text, name):
    assert [s["name"] for s in blocks(text)[0]["speakers"]] == [name]


# Twenty-first round, speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saturday 11 March 2023\n\n09:00 - 10:00: Glacier dynamics (Patrick, Fabien): Ice flow"
            "\n10:00 - 11:00: Scientific talk 3 (Fabien Maussion): Climate policy\n",
            [
                ("Glacier dynamics", [("Patrick", "Ice flow"), ("Fabien", "Ice flow")]),
                ("Scientific talk 3", [("Fabien Maussion", "Climate policy")]),
            ],
        ),
        (
            "Samedi 11 mars 2023\n\n9h-10h : Conférence (Claire Roux et Paul Martin) : Les haies"
            "\n10h-11h : Atelier (Marie, Julien) : Le compost\n11h-12h : Déjeuner (Grace)\n",
            [
                ("Conférence", [("Claire Roux", "Les haies"), ("Paul Martin", "Les haies")]),
                ("Atelier", [("Marie", "Le compost"), ("Julien", "Le compost")]),
                ("Déjeuner (Grace)", []),
            ],
        ),
    ],
)
def test_people_in_brackets_after_a_title_then_their_subject(text, expected):
    got = [(b["title"], [(s["name"], s["topic"]) for s in b["speakers"]]) for b in blocks(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("line", "org", "role"),
    [
        ("Aurélie Lagarrigue (Ingénieure pédagogique - Inria)", "Inria", "Ingénieure pédagogique"),
        ("Jane Smith (Research Engineer – CNIL)", "CNIL", "Research Engineer"),
        ("Jane Smith (Google / Staff Engineer)", "Google", "Staff Engineer"),
        # Two words after the dash may be the function's own: left as written.
        (
            "James Chouzenoux (artisan boucher - Bio Artisanal)",
            None,
            "artisan boucher - Bio Artisanal",
        ),
    ],
)
def test_a_function_and_one_capitalised_word_in_brackets_are_role_and_body(line, org, role):
    sp = person(line, strict=False)
    assert sp is not None and (sp["organisation"], sp["role"]) == (org, role)


@pytest.mark.parametrize(
    "line",
    [
        "Retour Mooc Machine learning, David Arturo Amor Quiroz (Machine Learning Engineer - Inria)",
        "Soil carbon, Wen Zhao Quiroga (Chargée de recherche - INRAE)",
    ],
)
def test_a_function_in_brackets_after_a_title_is_no_person(line):
    _title, speakers, _minutes = title_and_speakers(line)
    assert [s["name"] for s in speakers if is_role(s["name"])] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Jeudi 12 mars 2026\n\n14:00 - 15:30\nRessources éducatives libres\n"
            "Animation par Bénédicte Cardon, ingénieure pédagogique\n"
            "Retour sur le Mooc Intelligence artificielle avec intelligence - Aurélie Lagarrigue"
            " (Ingénieure pédagogique - Inria) et Azim Roussanaly (Chercheur - LORIA)\n",
            ["Bénédicte Cardon", "Aurélie Lagarrigue", "Azim Roussanaly"],
        ),
        (
            "Thursday 12 March 2026\n\n2:00 pm - 3:30 pm\nOpen resources for teaching\n"
            "Soil carbon in vineyards, a field study over ten years in three regions - Jane Smith"
            " (Lecturer, University of Leeds) and Milad Abolhasani (Chemist, NC State)\n",
            ["Jane Smith", "Milad Abolhasani"],
        ),
    ],
)
def test_a_long_line_naming_a_talk_and_its_people_under_a_block_is_a_talk_not_prose(text, names):
    b = blocks(text)[0]
    assert [
        s["name"] for s in [*b["speakers"], *(s for i in b["items"] for s in i["speakers"])]
    ] == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "introduction Frédéric Delcor, secrétaire général et Yves Monin, chargé de mission",
            ["Frédéric Delcor", "Yves Monin"],
        ),
        ("welcome Dr Ann Lee, Mayor, and Tom Reed, CEO of Acme", ["Ann Lee", "Tom Reed"]),
    ],
)
def test_a_kind_in_small_letters_then_people_with_functions_gives_those_people(line, names):
    title, speakers, _minutes = title_and_speakers(line)
    assert (title, [s["name"] for s in speakers]) == (line.split()[0], names)


@pytest.mark.parametrize(
    ("line", "title", "name"),
    [
        (
            "« De la défiance à la confiance »,par Jean-Louis Sanchez, président du Collectif",
            "« De la défiance à la confiance »",
            "Jean-Louis Sanchez",
        ),
        (
            "“Why soils matter”,by Dr Ann Lee, Professor of Soil Science",
            "“Why soils matter”",
            "Ann Lee",
        ),
    ],
)
def test_a_comma_glued_after_a_closing_quote_parts_the_title_from_its_speaker(line, title, name):
    got, speakers, _minutes = title_and_speakers(line)
    assert (got, [s["name"] for s in speakers]) == (title, [name])


@pytest.mark.parametrize(
    "line",
    [
        "Meet Your Elected Officials: Mayor Murray and his team are available to speak informally",
        "Rencontrez Vos Élus : le maire et son équipe répondent à vos questions",
        "Our Partners: the city and the region support the summit",
    ],
)
def test_capitalised_words_with_a_possessive_are_no_person(line):
    assert person(line, strict=False) is None


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Jim Street, Former Seattle City Councilmember", "Former Seattle City Councilmember"),
        ("Ann Lee, former Mayor of Leeds", "former Mayor of Leeds"),
        ("Marie Roux, Ancienne Présidente du Conseil Départemental", None),
    ],
)
def test_a_former_function_is_a_role_not_a_body(line, role):
    sp = person(line, strict=False)
    assert sp is not None and sp["organisation"] is None
    assert role is None or sp["role"] == role


@pytest.mark.parametrize(
    ("line", "role"),
    [
        (
            "Olivia Wahnon de Oliveira, bibliothécaire - Conservatoire royal de Bruxelles",
            "bibliothécaire - Conservatoire royal de Bruxelles",
        ),
        (
            "Ann Lee, cartographer - Ordnance Survey of Wales",
            "cartographer - Ordnance Survey of Wales",
        ),
    ],
)
def test_a_function_by_its_ending_before_a_dash_keeps_the_role(line, role):
    sp = person(line, strict=False)
    assert sp is not None and sp["role"] == role


@pytest.mark.parametrize(
    ("line", "title", "name", "topic"),
    [
        (
            "clôture par Yvon Robert sur l’engagement de Rouen à travers la participation.",
            "clôture",
            "Yvon Robert",
            "l’engagement de Rouen à travers la participation",
        ),
        (
            "Closing remarks by Ann Lee on the commitments of the city",
            "Closing remarks",
            "Ann Lee",
            "the commitments of the city",
        ),
    ],
)
def test_a_name_after_par_then_sur_and_a_subject_is_the_speaker_and_topic(line, title, name, topic):
    got, speakers, _minutes = title_and_speakers(line)
    assert (got, [(s["name"], s["topic"]) for s in speakers]) == (title, [(name, topic)])


@pytest.mark.parametrize(
    ("line", "title", "name"),
    [
        (
            "L'IA est-elle compatible avec le climat ? Tristan Nitot, expert numérique à OCTO",
            "L'IA est-elle compatible avec le climat ?",
            "Tristan Nitot",
        ),
        (
            "Open licences for AI: a new paradigm, Carlos Muñoz Ferrandis, Lawyer at Hugging Face",
            "Open licences for AI: a new paradigm",
            "Carlos Muñoz Ferrandis",
        ),
    ],
)
def test_a_title_then_a_person_and_their_function_after_a_comma_is_their_talk(line, title, name):
    got, speakers, _minutes = title_and_speakers(line)
    assert (got, [s["name"] for s in speakers]) == (title, [name])


def test_a_title_then_a_name_after_a_comma_without_a_function_stays_a_title():
    line = "Vienne au temps de Mozart, Marie Curie"
    assert title_and_speakers(line)[1] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jeudi 12 mars 2026\n\n16:00 - 17:30\nIA responsable\n"
            "Le climat et le numérique, Roxana Rugina, secrétaire générale d'ImpactAI\n"
            "Table ronde animée par Samuel Paccoud, responsable technique avec Roxana Rugina et"
            " Tristan Nitot\n",
            [
                ("Roxana Rugina", "secrétaire générale d'ImpactAI"),
                ("Samuel Paccoud", "Animation, responsable technique"),
                ("Tristan Nitot", None),
            ],
        ),
        (
            "Thursday 12 March 2026\n\n4:00 pm - 5:30 pm\nResponsible AI\n"
            "Soils and data, Jane Smith, Professor of Soil Science\n"
            "Panel moderated by Ann Lee, Director of Research, with Jane Smith and Tom Reed\n",
            [
                ("Jane Smith", "Professor of Soil Science"),
                ("Ann Lee", "Moderator, Director of Research"),
                ("Tom Reed", None),
            ],
        ),
    ],
)
def test_a_person_named_again_bare_in_the_same_block_is_not_added_twice(text, expected):
    b = blocks(text)[0]
    found = [*b["speakers"], *(s for i in b["items"] for s in i["speakers"])]
    assert [(s["name"], s["role"]) for s in found] == expected


@pytest.mark.parametrize(
    ("line", "role"),
    [
        (
            "Pierre Beyssac, PDG de Eriomem suivie d'une séance de questions avec la salle",
            "PDG de Eriomem",
        ),
        ("Ann Lee, Professor of Law, followed by a discussion with the room", "Professor of Law"),
    ],
)
def test_what_follows_a_talk_after_a_function_is_no_part_of_the_role(line, role):
    sp = person(line, strict=False)
    assert sp is not None and sp["role"] == role


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Thursday 12 March 2026\n\n2:00 pm - 3:00 pm\nLightning talks\n"
            "Beyond the Sayable: Theory of Mind\nHaomiaomiao Wang; Lili Zhang; Tomás E Ward\n",
            ["Haomiaomiao Wang", "Lili Zhang", "Tomás E Ward"],
        ),
        (
            "Jeudi 12 mars 2026\n\n14h-15h : Communications\nLes haies du bocage\n"
            "Claire M Roux, Paul Martin et Sophie Bernard\n",
            ["Claire M Roux", "Paul Martin", "Sophie Bernard"],
        ),
    ],
)
def test_a_middle_initial_without_its_dot_is_read_in_a_line_of_names(text, names):
    b = blocks(text)[0]
    assert [
        s["name"] for s in [*b["speakers"], *(s for i in b["items"] for s in i["speakers"])]
    ] == names


@pytest.mark.parametrize(
    ("text", "org", "role"),
    [
        (
            "Thursday 12 March 2026\n\n11:05 – 11:15\nOpening Remarks\nDr Dympna O'Sullivan\n"
            "VP for Research and Innovation TU Dublin\n11:15 – 12:00\nKeynote\n",
            "TU Dublin",
            "VP for Research and Innovation",
        ),
        (
            "Jeudi 12 mars 2026\n\n11h05 – 11h15\nOuverture\nDr Claire Roux\n"
            "Directrice de la recherche IMT Atlantique\n11h15 – 12h\nConférence\n",
            "IMT Atlantique",
            "Directrice de la recherche",
        ),
        (
            "Thursday 12 March 2026\n\n3:35 pm\nAddress\nSonia Furstenau\n"
            "Deputy Leader of the BC Green Party\n4:00 pm\nClose\n",
            None,
            "Deputy Leader of the BC Green Party",
        ),
    ],
)
def test_a_function_then_a_body_opening_with_an_acronym_are_role_and_body(text, org, role):
    sp = blocks(text)[0]["speakers"][0]
    assert (sp.get("organisation"), sp["role"]) == (org, role)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Samedi 12 mars 2026\n\n13h30-17h : Conférences\nIntervenants :\n"
            "Dr Macoumba DIOUF Directeur Général de l'Institut Sénégalais de Recherches Agricoles"
            " (ISRA)\nDr Ndiobo DIENE, Conseiller technique du Ministre\n",
            ["Macoumba DIOUF", "Ndiobo DIENE"],
        ),
        (
            "Saturday 12 March 2026\n\n1:30 pm - 5:00 pm: Talks\nSpeakers:\n"
            "Dr Jane MILLER Director of the National Institute of Water Research (NIWR)\n"
            "Dr Tom Reed, Senior Advisor to the Minister\n",
            ["Jane MILLER", "Tom Reed"],
        ),
        (
            "Saturday 12 March 2026\n\n1:30 pm: Dr Jane MILLER Director of the National"
            " Institute of Water Research (NIWR)\n2:30 pm: Break\n",
            ["Jane MILLER"],
        ),
    ],
)
def test_a_person_then_a_function_without_a_comma_under_a_block_is_that_person(text, expected):
    b = blocks(text)[0]
    found = [*b["speakers"], *(s for i in b["items"] for s in i["speakers"])]
    assert [s["name"] for s in found] == expected


@pytest.mark.parametrize(
    ("line", "role"),
    [
        (
            "Pause et vernissage de Ousmane DIA,'artiste-peintre, sculpteur et professeur",
            "artiste-peintre, sculpteur et professeur",
        ),
        ("Opening of the show by Ann LEE,’painter and sculptor", "painter and sculptor"),
    ],
)
def test_an_apostrophe_glued_after_the_comma_is_no_letter_of_the_role(line, role):
    _title, speakers, _minutes = title_and_speakers(line)
    assert [s["role"] for s in speakers] == [role]


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        (
            "Saturday 20 October 2018\n\n11:15 AM\tInvited Talk\nKathyrn Bywaters, PhD.\n"
            "SETI and NASA Ames Research Center\n11:45 AM\tBreak-out Session 2\n",
            "Kathyrn Bywaters",
            "SETI and NASA Ames Research Center",
        ),
        (
            "Samedi 20 octobre 2018\n\n11h15\tConférence invitée\nWanjiru Kamau, Ph.D.\n"
            "Institut de recherche pour le développement\n11h45\tAteliers\n",
            "Wanjiru Kamau",
            "Institut de recherche pour le développement",
        ),
    ],
)
def test_capitalised_words_before_a_degree_are_a_name_though_the_given_name_is_unknown(
    text, name, org
):
    sp = blocks(text)[0]["speakers"]
    assert [(s["name"], s.get("organisation")) for s in sp] == [(name, org)]


def test_a_place_or_a_body_before_a_degree_is_no_name():
    text = "Saturday 20 October 2018\n\n11:15 AM\tInvited Talk\nSummer School, PhD\n"
    assert blocks(text)[0]["speakers"] == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Scientific presentation 2 (Jawairia Ashfaq Ahmad): Regional hydrology",
            ["Jawairia Ashfaq Ahmad"],
        ),
        ("Exposé 4 (Wanjiru Kamau) : Les sols du Kenya", ["Wanjiru Kamau"]),
        ("Keynote (Main Hall): Opening of the day", []),
        ("Talk 3 (Green Cities Network): Data", []),
    ],
)
def test_a_talk_then_a_name_shaped_bracket_then_its_subject_gives_that_person(line, names):
    assert [s["name"] for s in title_and_speakers(line)[1]] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Samedi 12 mars 2026\n\n15h10 : « Le Verfügbar aux enfers » opérette de Germaine"
            " Tillion, projet soutenu par la Région par Noémi Knecht, membre de la compagnie\n"
            "15h40 : Concert\n",
            "Noémi Knecht",
        ),
        (
            "Samedi 12 mars 2026\n\n15h10 : Concert\n"
            "Lecture de Victor Hugo, mise en scène et jouée par Claire Roux, comédienne\n"
            "16h : Pause\n",
            "Claire Roux",
        ),
    ],
)
def test_de_then_a_later_par_and_a_person_gives_the_one_after_par(text, name):
    b = blocks(text)[0]
    found = [*b["speakers"], *(s for i in b["items"] for s in i["speakers"])]
    assert [s["name"] for s in found] == [name]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Opening Remarks from Chaitan Baru and Theresa Mayer", ["Chaitan Baru", "Theresa Mayer"]),
        (
            "Accueil · Mot d'accueil par Wanjiru Kamau et Claire Roux",
            ["Wanjiru Kamau", "Claire Roux"],
        ),
        ("News from North Carolina and South Dakota", []),
    ],
)
def test_names_after_from_or_par_vouched_by_one_named_beyond_doubt_are_people(line, names):
    assert [s["name"] for s in title_and_speakers(line)[1]] == names


@pytest.mark.parametrize(
    ("line", "org", "role"),
    [
        (
            "Carlos Muñoz Ferrandis, Avocat en affaires techniques chez Hugging Face",
            "Hugging Face",
            "Avocat en affaires techniques",
        ),
        ("Claire Roux, ingénieure chez Airbus Defence", "Airbus Defence", "ingénieure"),
        # `chez les …` names people, no firm: the words stay the role.
        ("Claire Roux, bénévole chez les Restos du cœur", None, "bénévole chez les Restos du cœur"),
    ],
)
def test_a_function_then_chez_and_a_capitalised_body_are_role_and_organisation(line, org, role):
    sp = person(line, strict=False)
    assert sp is not None and (sp["organisation"], sp["role"]) == (org, role)


@pytest.mark.parametrize(
    "line",
    ["Future Goals - Same as above, but also:", "Nos Partenaires - ils nous soutiennent :"],
)
def test_capitalised_words_then_words_ending_with_a_colon_are_no_person(line):
    assert person(line, strict=False) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Science input of the day (Anouk)", ["Anouk"]),
        ("Le mot du jour (Camille, Julien)", ["Camille", "Julien"]),
        ("Salle 3 (Victoria)", []),
        ("Visit (Florence)", []),
    ],
)
def test_known_given_names_alone_in_brackets_after_a_title_are_who_gives_it(line, names):
    assert [s["name"] for s in title_and_speakers(line)[1]] == names


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Intervenants : les JA, la Confédération Paysanne; Annick Goetschy professeur à la MFR",
            [("Annick Goetschy", "professeur à la MFR")],
        ),
        (
            "Speakers: Tom Reed, CEO; Jane Miller Director of the Water Agency",
            [("Tom Reed", "CEO"), ("Jane Miller", "Director of the Water Agency")],
        ),
    ],
)
def test_a_listed_person_then_a_function_without_a_comma_is_that_person(line, expected):
    assert [(s["name"], s["role"]) for s in labelled_speakers(line)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Animation / Jan-Lou JANEIR, journaliste.",
            [("Jan-Lou JANEIR", "Animation, journaliste")],
        ),
        ("Facilitation / Ann Lee, journalist", [("Ann Lee", "Facilitation, journalist")]),
        ("Animation / Jeux et Musique", []),
    ],
)
def test_a_chairs_noun_then_a_slash_is_a_label_before_people(line, expected):
    assert [(s["name"], s["role"]) for s in labelled_speakers(line)] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Saturday 11 March 2023\n\n16:00 - 17:30: Open models in research. Presentation"
            " (Jakob Steiner, Fabien Maussion) and open discussion with participants.\n",
            ["Jakob Steiner", "Fabien Maussion"],
        ),
        (
            "Samedi 11 mars 2023\n\n16h-17h30 : Les haies du bocage. Débat (Claire Roux et Paul"
            " Martin) puis questions de la salle.\n",
            ["Claire Roux", "Paul Martin"],
        ),
        (
            "Samedi 11 mars 2023\n\n16h-17h30 : Les haies du bocage. Visite (salle Victor Hugo)"
            " puis questions.\n",
            [],
        ),
    ],
)
def test_names_in_brackets_in_a_sentence_after_the_title_are_the_blocks_people(text, names):
    b = blocks(text)[0]
    assert [s["name"] for s in b["speakers"]] == names
    assert b.get("description")


# Twenty-first round, blocks and days -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Thu 6th June\n17:00 - 18:30\nWelcome\nFri 7th / Sat 8th June\n09:00 - 09:50\n"
            "Marketplace\n10:00 - 10:50\nSession 1\nSun 9th June\n09:00 - 12:00\nClosing\n",
            [1, 2, 1],
        ),
        (
            "Jeudi 6 juin\n17h-18h30 : Accueil\nVendredi 7 et samedi 8 juin\n9h-12h : Ateliers\n"
            "14h-17h : Ateliers\nDimanche 9 juin\n9h-12h : Clôture\n",
            [1, 2, 1],
        ),
    ],
)
def test_two_days_sharing_one_heading_are_one_day_of_the_programme(text, days):
    got = parse_programme(text)["days"]
    assert [len(d["blocks"]) for d in got] == days
    # The heading names the day (it was left unread, or taken for a block's title).
    assert got[1]["label"] in text.splitlines()
    assert got[1]["date"] is None  # two days: no one date is theirs


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Thu 6th June\n17:00 - 18:30\nWelcome\n21:00\nEvening activities\n", "Evening activities"),
        ("Jeudi 6 juin\n17h - 18h30\nAccueil\n21h\nSoirée dansante\n", "Soirée dansante"),
    ],
)
def test_a_start_alone_takes_a_part_of_the_days_moment_as_its_title(text, title):
    got = blocks(text)
    assert [(b["start"], b["end"], b["title"]) for b in got][-1] == ("21:00", None, title)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Samedi 10 septembre 2022\nA 15h30 : Accueil du public\nA 16h, spectacle vivant : "
            "“KanTocH” en mission (duo de chansons et magie).\nDe 17h30 à 18h : Visite\n",
            [("15:30", "16:00"), ("16:00", "17:30"), ("17:30", "18:00")],
        ),
        (
            "Saturday 10 September 2022\nAt 3:30 pm: Welcome\nAt 4 pm, live show: songs and "
            "magic by a duo.\nFrom 5:30 to 6 pm: Tour\n",
            [("15:30", "16:00"), ("16:00", "17:30"), ("17:30", "18:00")],
        ),
    ],
)
def test_a_time_a_comma_then_a_title_and_a_colon_is_a_block(text, expected):
    assert [(b["start"], b["end"]) for b in blocks(text)] == expected


def test_a_time_a_comma_then_a_sentence_stays_prose():
    text = "Samedi 10 septembre 2022\n15h : Accueil\nÀ 17h15, on vous demandera de vous préparer.\n"
    assert [b["title"] for b in blocks(text)] == ["Accueil"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Monday 13 March 2023\n09:00 - 10:45: Glacier dynamics\n12:00 - open ended: "
            "excursion to the station\n",
            ("12:00", None, "excursion to the station"),
        ),
        (
            "Samedi 10 septembre 2022\n18h - 21h : Repas\n21h - tard : soirée dansante\n",
            ("21:00", None, "soirée dansante"),
        ),
    ],
)
def test_a_range_ending_in_words_leaves_the_block_open(text, expected):
    last = blocks(text)[-1]
    assert (last["start"], last["end"], last["title"]) == expected


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Morning Tea/Snacks", "break"),
        ("Afternoon Tea/Cookies", "break"),
        ("Café / collation", "break"),
        ("Coffee and cookies", "break"),
        ("Lunch break", "meal"),
        ("Social time, snacks", "meal"),
        ("Practicals", "workshop"),
        ("Practicals (calibration, projections, uncertainties)", "workshop"),
        ("Practicals: intro to Jupyter and Python", "workshop"),
        ("Travaux pratiques : modélisation", "workshop"),
        ("Brief introduction about glacier system modeling with OGGM", "talk"),
        ("Introduction à la permaculture", "talk"),
        ("Introduction to the symposium", "welcome"),
        ("Introduction à la Convention", "welcome"),
        ("Introduction of the participants", "welcome"),
    ],
)
def test_twenty_first_round_kinds(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Practicals: intro to Jupyter and Python", "workshop"),
        ("Workshop: Welcome to the data tools", "workshop"),
        ("Keynote: Lunch and the future of food", "talk"),
        ("Welcome Reception", "meal"),  # no colon: the head of the compound still comes last
    ],
)
def test_no_compound_runs_across_a_colon(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Course lecture", "talk"),
        ("Guest lecture", "talk"),
        # The French `lecture` is a reading, as general as a session: the assembly wins.
        ("Lecture de conte et Assemblée Générale", "plenary"),
    ],
)
def test_an_english_lecture_is_a_talk(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Samedi 10 septembre 2022\n\n9h - Accueil des participants\n« Pourquoi la ville », par "
        "Anne Durand, maire.\n\nOuverture des travaux\n« De la défiance à la confiance », par "
        "Paul Roux, président.\n\n9h45 - Conférence\n",
        "Saturday 10 September 2022\n\n9:00 am - Registration\nCoffee and pastries in the hall\n\n"
        'Opening remarks\n"Why cities matter", by Ann Lee, Mayor of Leeds.\n\n9:45 am - Keynote\n',
    ],
)
def test_a_paragraph_naming_a_moment_after_an_open_block_is_that_moment(text):
    got = blocks(text)
    assert [(b["start"], b["end"], b["kind"]) for b in got] == [
        ("09:00", None, "welcome"),  # the page gives no end: the moment after has no time
        (None, None, "welcome"),
        ("09:45", None, "talk"),
    ]
    assert [s["name"] for s in got[1]["speakers"]] in (["Paul Roux"], ["Ann Lee"])


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "25 novembre 2016 de 15h30 à 20h30\n\n15h30 : Accueil\n19h : Clôture\n19h15 : fin du "
            "colloque\n",
            None,
        ),
        (
            "Friday, May 3, 2024 from 1:00 pm to 6:00 pm\n\n1:00 pm Welcome\n4:30 pm Closing "
            "remarks\n5:00 pm End of workshop\n",
            None,
        ),
        # A last block that is no end runs to the day's end, as before.
        ("25 novembre 2016 de 15h30 à 20h30\n\n15h30 : Accueil\n19h : Clôture\n", "20:30"),
    ],
)
def test_the_end_said_last_does_not_run_to_the_days_end(text, end):
    assert blocks(text)[-1]["end"] == end


@pytest.mark.parametrize(
    "text",
    [
        "Forum ouvert du jeudi\nVenez avec vos idées, nous construirons le programme ensemble.\n"
        "Le déroulement de la soirée :\n1. Programmation des sujets\n2. Sessions d’environ 20 "
        "minutes\n3. Échanges libres\n4. Rétro de 20h45 à 21h\n5. Fin officielle à 21h\n"
        "L’événement aura lieu le 15/06/2023 à 19h00 en ligne.\n",
        "Open space evening\nBring your ideas, we build the agenda together.\nHow the evening "
        "goes:\n1. Agenda setting\n2. Sessions of about 20 minutes\n3. Free exchanges\n4. Retro "
        "from 8:45 to 9 pm\n5. Official end at 9 pm\nThe event takes place on June 15, 2023 at "
        "7 pm online.\n",
    ],
)
def test_numbered_points_with_times_inside_are_the_events_moments(text):
    got = blocks(text)
    assert [(b["start"], b["end"]) for b in got] == [
        ("19:00", None),  # the event's time, its end not said: the next point has none
        (None, None),
        (None, None),
        ("20:45", "21:00"),
        ("21:00", None),
    ]
    assert got[3]["title"] in ("Rétro", "Retro")


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("First Session and Discussion", "talk"),
        ("Talk and Discussion", "talk"),
        ("Exposé et discussion", "talk"),
        ("Conférence suivie d’un débat", "talk"),
        ("Open discussion", "plenary"),  # a discussion alone stays everyone's
        ("Table ronde et débat", "panel"),
    ],
)
def test_a_discussion_after_a_talk_is_the_talk(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Presentation of the workshop, introduction to OGGM", "talk"),
        ("Présentation du film Océans", "talk"),
        ("Présentation du cycle, des ateliers et du règlement", "talk"),
        # What the groups did, presented, stays their report; a second moment joined keeps
        # its kind.
        ("Presentation of results of the breakout session", "report_back"),
        ("Présentation des candidats et vote", "other"),
    ],
)
def test_what_a_presentation_presents_is_no_kind_of_the_block(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Échange convivial autour d'un cocktail", "meal"),
        ("Networking over drinks", "meal"),
        ("Échanges autour d’un café", "break"),
        ("Débat autour d'un film", "panel"),  # a film is no food: the debate names it
        ("Accueil autour d'un petit-déjeuner", "welcome"),
    ],
)
def test_a_moment_around_a_drink_or_a_meal_is_that_meal(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Autour des questions de souveraineté des données en IA", None),
        ("Questions of scale in ecology", "talk"),
        ("Questions de la salle", "q_and_a"),
        ("Questions", "q_and_a"),
    ],
)
def test_questions_of_a_subject_are_no_questions_time(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Saturday\n3:00 – 3:20 Election\n3:20 – 3:35 ***Refreshment Break***\n3:35 – 4:00 Keynote\n",
        "Samedi\n15h - 15h20 : Élection\n15h20 - 15h35 : ___Pause café___\n15h35 : Conférence\n",
    ],
)
def test_bold_italics_leave_no_mark_in_the_title(text):
    assert blocks(text)[1]["title"] in ("Refreshment Break", "Pause café")


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("More socializing", "break"),
        ("Socialisation", "break"),
        ("Photos – if you have one, be sure to wear your T-shirt!", "other"),
        ("Séance photo", "other"),
        ("Photography workshop", "workshop"),
    ],
)
def test_socialising_is_a_break_and_photos_a_moment_of_their_own(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Saturday\n4:00 – 4:25 pm Survey results\n4:30 pm Adjournment (Mark de Bruijn)\nMore socializing\n",
        "Samedi\n16h - 16h25 : Résultats\n16h30 : Fin de la séance\nApéritif\n",
    ],
)
def test_a_moment_after_the_end_said_has_no_time(text):
    got = blocks(text)
    assert [(b["start"], b["end"]) for b in got[-2:]] == [("16:30", None), (None, None)]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Final review of symposium", "closing"),
        ("Bilan de la journée", "closing"),
        ("Bilan financier", "talk"),  # a review of a subject is someone's talk
    ],
)
def test_a_review_of_the_gathering_closes_it(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Samedi\n19h : Concert\nAprès le concert : balade aux flambeaux\n",
        "Saturday\n7:00 pm Concert\nAfter the concert: a walk around town\n",
    ],
)
def test_after_the_block_named_then_a_colon_is_the_next_moment(text):
    got = blocks(text)
    assert [(b["start"], b["end"]) for b in got] == [("19:00", None), (None, None)]
    assert got[1]["title"].startswith(("Après le concert", "After the concert"))


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Hacking ends", "other"),
        ("Hackathon ends: Deadline to submit your project", "other"),
        ("Les votes se terminent", "other"),
        ("Symposium Ends", "closing"),  # the gathering ending closes it
        ("La journée se termine", "closing"),
    ],
)
def test_an_activity_said_to_end_is_the_moment_it_stops(title, kind):
    assert kind_of(title) == kind


# Twenty-second round, speakers
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Registration (Kings Playhouse)", []),
        ("Dinner (Curling Club)", []),
        ("Dîner (Grange Fleurie)", []),
        ("Accueil des participants (Maison Commune)", []),
        ("Pause café (Cour Carrée)", []),
        # a known given name, or a name beyond doubt, is still who holds the moment
        ("Dinner (Jane Smith)", ["Jane Smith"]),
        ("Pause (Jean DUPONT)", ["Jean DUPONT"]),
        # after a workshop's or a talk's title, the bracket says who gives it, as before
        ("Atelier jardin (Doug Cowell)", ["Doug Cowell"]),
    ],
)
def test_a_bracket_after_a_moment_no_one_gives_names_where_it_is_held(text, people):
    _title, speakers, _minutes = title_and_speakers(text)
    assert [sp["name"] for sp in speakers] == people


@pytest.mark.parametrize(
    ("text", "title", "person"),
    [
        (
            "Keynote Speaker: Doug Griffiths on 13 ways of getting change done (Sportsplex)",
            "Keynote Speaker",
            ("Doug Griffiths", None, "13 ways of getting change done"),
        ),
        (
            "Keynote Speaker: Chef Michael Smith on leading change in our region (Playhouse)",
            "Keynote Speaker",
            ("Michael Smith", "Chef", "leading change in our region"),
        ),
        (
            "Conférence : Anne Leroy sur la vie des sols (Salle des fêtes)",
            "Conférence",
            ("Anne Leroy", None, "la vie des sols"),
        ),
        (
            "Intervenant : Professeur Paul Martin sur les haies",
            "Intervenant",
            ("Paul Martin", "Professeur", "les haies"),
        ),
        # no known given name, no label saying a person follows: a subject, no one
        ("Talk: Data Science on the Edge", "Talk: Data Science on the Edge", None),
        ("Keynote: Panel Discussion on soils", "Keynote: Panel Discussion on soils", None),
    ],
)
def test_a_talk_then_a_person_on_their_subject_is_theirs(text, title, person):
    got_title, speakers, _minutes = title_and_speakers(text)
    assert got_title == title
    got = [(sp["name"], sp["role"], sp["topic"]) for sp in speakers]
    assert got == ([person] if person else [])


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Speakers Session An opportunity to hear from key leaders (including Jim Fishkin, "
            "Glenna Gerard, Hal Saunders and Bill Ury) and engage in dialogue",
            ["Jim Fishkin", "Glenna Gerard", "Hal Saunders", "Bill Ury"],
        ),
        (
            "Table ronde avec des élus du territoire (notamment Claire Roux, Gwenola Kerhervé "
            "et Paul Martin) puis échanges",
            ["Claire Roux", "Gwenola Kerhervé", "Paul Martin"],
        ),
        (
            "Atelier partagé (dont Maëlle Guern et Jean Dupont)",
            ["Maëlle Guern", "Jean Dupont"],
        ),
    ],
)
def test_a_bracket_listing_some_who_take_part_names_them(text, people):
    _title, speakers, _minutes = title_and_speakers(text)
    assert [sp["name"] for sp in speakers] == people


@pytest.mark.parametrize(
    "text",
    [
        "Visite des lieux (notamment Salle Molière et Jean Dupont)",  # a room in the list
        "Tour of the site (including Room 4, Leeds University)",
        "Session (including Glenna Gerard and Hal Saunders)",  # no name beyond doubt
    ],
)
def test_a_listing_bracket_holding_anything_but_names_lists_no_one(text):
    assert listed_in_brackets(text) == []


def test_a_bracket_listing_people_in_a_later_sentence_names_them():
    text = (
        "Samedi\n14h-16h Plénière. Échanges avec des acteurs du territoire (notamment Gwenola "
        "Kerhervé, Claire Roux et Paul Martin).\n"
    )
    names = [sp["name"] for sp in blocks(text)[0]["speakers"]]
    assert names == ["Gwenola Kerhervé", "Claire Roux", "Paul Martin"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Une expérience de réhabilitation urbaine : Humanicité Lille, co-construit à "
            "l’initiative de Thérèse Lebrun, vice-présidente de l’Université catholique de Lille.",
            ("Thérèse Lebrun", "vice-présidente de l’Université catholique de Lille"),
        ),
        (
            "Urban renewal: Riverside Commons, built at the initiative of Jane Smith, deputy "
            "mayor of Leeds.",
            ("Jane Smith", "deputy mayor of Leeds"),
        ),
        # a person named beyond doubt keeps the function read after their name
        ("Table ronde : Anne Leroy, élue de Paris", ("Anne Leroy", "élue de Paris")),
    ],
)
def test_a_thing_then_whose_initiative_it_is_names_that_person(text, person):
    _title, speakers, _minutes = title_and_speakers(text)
    assert [(sp["name"], sp["role"]) for sp in speakers] == [person]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Remarks from Symposium Co-Chairs, Provost Patrick Phillips, VPRI David Conover "
            "(Redwood Auditorium)",
            [("Patrick Phillips", "Provost"), ("David Conover", "VPRI")],
        ),
        (
            "Welcome from Mayor Ann Lee and Dean John Smith",
            [("Ann Lee", "Mayor"), ("John Smith", "Dean")],
        ),
        # a first part naming a place, not who the people are together: no one
        ("Greetings from Grand Rapids and Dean Ann Lee", []),
        ("News from North Carolina", []),
    ],
)
def test_functions_written_before_names_after_from_are_their_roles(text, people):
    _title, speakers, _minutes = title_and_speakers(text)
    assert [(sp["name"], sp["role"]) for sp in speakers] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Projection du film Océans, de Jacques PERRIN et Jacques CLUZAUD", []),
        ("Screening of Oceans, by Ann Lee and John Smith", []),
        ("Documentaire de Jean DUPONT", []),
        # who presents or discusses the film still speaks
        ("Présentation du film Océans par Jacques PERRIN, réalisateur", ["Jacques PERRIN"]),
        ("Projection-débat avec Jacques PERRIN, réalisateur", ["Jacques PERRIN"]),
        ("Conférence de Jean DUPONT", ["Jean DUPONT"]),
    ],
)
def test_the_makers_of_a_film_shown_are_no_speakers(text, people):
    _title, speakers, _minutes = title_and_speakers(text)
    assert [sp["name"] for sp in speakers] == people


# Twenty-second round, blocks and days ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "09:00 - 09:45 Keynote: Open problems in grids\n09:45 - 10:00 Discussion\n"
        "10:00 - 10:30 Coffee break\n10:30 - 11:00 Further discussion\n",
        "9h00 - 9h45 : Conférence : les réseaux de demain\n9h45 - 10h00 : Discussion\n"
        "10h00 - 10h30 : Pause café\n10h30 - 11h00 : Discussion\n",
    ],
)
def test_a_bare_discussion_right_after_a_talk_is_its_questions(text):
    # After a break, nothing was just heard: the discussion stays everyone's.
    assert [k for _, _, k in spans(text)] == ["talk", "q_and_a", "break", "plenary"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Discussion of open problems in smaller groups", "workshop"),
        ("Smaller groups report to all", "report_back"),
        ("Break-out groups report back", "report_back"),
        ("Les petits groupes rendent compte", "report_back"),
    ],
)
def test_smaller_groups_work_apart_then_report_to_all(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Journée solidaire, dimanche 14 octobre\n"
        "Au programme, trois tables rondes avec des élus et des associations.\n"
        "10h30-11h30 : Une pauvreté structurelle : causes et spécificités\n"
        "13h30-14h30 : Favoriser la mobilité des précaires\n"
        "15h30-16h30 : Quel développement économique pour l’emploi ?\n",
        "Solidarity day, Sunday October 14\n"
        "The day holds three round tables with officials and associations.\n"
        "10:30-11:30 Structural poverty: causes and specifics\n"
        "1:30-2:30 Helping the poor move around\n"
        "3:30-4:30 Which economic growth for jobs?\n",
    ],
)
def test_round_tables_announced_by_their_number_are_the_blocks_naming_no_kind(text):
    assert [k for _, _, k in spans(text)] == ["panel"] * 3


@pytest.mark.parametrize(
    "text",
    [
        "Congrès des maires 2016\n"
        "Cette édition est abordée à travers deux tables rondes sur les risques.\n"
        "- 11h – Table ronde « Les élus et les risques »\n- 13h30 – Remise des médailles\n",
        "Mayors congress 2016\nThis year the theme is addressed through two round tables.\n"
        "- 11:00 Round table: mayors and risks\n- 1:30 pm Medal ceremony for staff\n",
    ],
)
def test_round_tables_announced_are_those_named_when_the_page_names_them(text):
    assert [k for _, _, k in spans(text)] == ["panel", "other"]


@pytest.mark.parametrize(
    "text",
    [
        "Samedi 14 mai\n- à 15h00 : « Une ville pour tous, rêve ou réalité ? »\n"
        "avec Philippe Panerai, urbaniste,\net Catherine Peyge, maire de Bobigny\n"
        "- à 17h00 : Pause\n",
        'Saturday May 14\n3:00 pm "A city for all, dream or reality?"\n'
        "Speakers: Paul Martin (Lyon University), Claire Roux (City of Lyon)\n5:00 pm Break\n",
    ],
)
def test_a_question_put_to_several_people_is_their_debate(text):
    got = blocks(text)
    assert len(got[0]["speakers"]) == 2
    assert got[0]["kind"] == "panel"


@pytest.mark.parametrize(
    "text",
    [
        "Fête de la solidarité, dimanche 14 octobre\n"
        "9h30 - 17h30 La coordination des associations de la ville, qui regroupe dix "
        "organisations œuvrant auprès des plus pauvres, vous accueille au Palais des Congrès.\n"
        "10h30 - 11h30 : Pauvreté et précarité en Corse\n13h30 - 14h30 : La mobilité\n",
        "Solidarity fair, Sunday October 14\n"
        "09:30 - 17:30 The city's coordination of associations, which brings together ten "
        "groups working with the poorest, welcomes you at the Convention Centre.\n"
        "10:30 - 11:30 Poverty in the region\n13:30 - 14:30 Getting around\n",
    ],
)
def test_a_first_sentence_spanning_the_day_is_its_hours_not_a_block(text):
    reading = read_programme(text)
    day = reading.programme["days"][0]
    assert (day["start"], day["end"]) == ("09:30", "17:30")
    assert [(b["start"], b["end"]) for b in day["blocks"]] == [
        ("10:30", "11:30"),
        ("13:30", "14:30"),
    ]
    assert [u["line"] for u in reading.unread] == [2]  # shown as left out, not lost


def test_a_first_block_spanning_the_day_naming_its_kind_stays():
    text = (
        "Samedi 14 mars\n9h00 - 17h00 Forum ouvert sur la mobilité dans notre ville et ses "
        "quartiers avec tous les habitants\n10h00 - 11h00 : Atelier vélo\n"
        "14h00 - 15h00 : Atelier bus\n"
    )
    assert [s for s, _, _ in spans(text)] == ["09:00", "10:00", "14:00"]


@pytest.mark.parametrize(
    "text",
    [
        "FRIDAY JUNE 3 MORNING\n9:00 am: Welcome\n11:00 am: Keynote\nFRIDAY JUNE 3 AFTERNOON\n"
        "UNITING THE MOVEMENT: CONNECTING OUR ACTIONS\n1:30 pm: Conversations\n3:00 pm: Closing\n",
        "VENDREDI 3 JUIN MATIN\n9h00 : Accueil\n11h00 : Conférence\nVENDREDI 3 JUIN APRÈS-MIDI\n"
        "AGIR ENSEMBLE SUR NOTRE TERRITOIRE\n13h30 : Conversations\n15h00 : Clôture\n",
    ],
)
def test_capitals_under_a_half_day_heading_are_its_theme_not_a_block(text):
    reading = read_programme(text)
    got = [b["start"] for d in reading.programme["days"] for b in d["blocks"]]
    assert got == ["09:00", "11:00", "13:30", "15:00"]
    assert [u["line"] for u in reading.unread] == [5]


# Twenty-third round, blocks and days --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Barcamp\n2:00 – Arrive, register, T-shirts\n2:15 – 2:45 – Brief announcements\n"
            "2:45 – 3:15 – Talks\n",
            ["14:00", "14:15", "14:45"],
        ),
        (
            "Après-midi associatif\n1:30 - Accueil des bénévoles\n2:00 - 3:30 : Ateliers\n"
            "4:00 - 5:00 : Goûter\n",
            ["13:30", "14:00", "16:00"],
        ),
    ],
)
def test_a_day_never_reaching_seven_without_am_pm_is_an_afternoon(text, expected):
    assert [s for s, _, _ in spans(text)] == expected


def test_early_times_saying_a_morning_stay_in_the_morning():
    text = "Sunrise hike\n5:30 - 6:00 Breakfast\n6:00 - 6:45 Walk to the ridge\n"
    assert [s for s, _, _ in spans(text)] == ["05:30", "06:00"]


@pytest.mark.parametrize(
    "text",
    [
        "Jeudi 10 février\n8h30-9hAccueil des participants\n10h30-11hPause\n12h30-14hRepas\n",
        "Jeudi 10 février\n8H30-9HAccueil des participants\n10H30-11HPause\n12H30-14HRepas\n",
    ],
)
def test_an_hour_glued_to_the_title_ends_at_its_h(text):
    got = [(b["start"], b["end"], b["kind"], b["title"]) for b in blocks(text)]
    assert got == [
        ("08:30", "09:00", "welcome", "Accueil des participants"),
        ("10:30", "11:00", "break", "Pause"),
        ("12:30", "14:00", "meal", "Repas"),
    ]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Friday, July 14\n\n7:00am – 5:00pm\n\n\n7:00am – 8:00am\n\nOrientation\n\n"
            "8:00am – 9:00am\n\nContinental Breakfast\n",
            ["Orientation", "Continental Breakfast"],
        ),
        (
            "Vendredi 14 juillet\n\n9h00 - 17h00\n\n\n9h00 - 10h00\n\nAccueil\n\n"
            "10h00 - 12h00\n\nAteliers\n",
            ["Accueil", "Ateliers"],
        ),
    ],
)
def test_a_range_alone_above_the_first_block_is_no_title(text, titles):
    day = parse_programme(text)["days"][0]
    assert [b["title"] for b in day["blocks"]] == titles
    assert day["end"] == "17:00"  # the day's hours, not a block ending where the next starts


@pytest.mark.parametrize(
    "text",
    [
        "Monday, July 21\n\n10:00–10:15 a.m.\nRefreshment Break\nNoon–1:00 p.m.\nLunch\n"
        "1:00–4:30 p.m.\nWorkshops\n",
        "| Monday, July 21 |\n|\n| 10:00–10:15 a.m. |\nRefreshment Break |\n| Noon–1:00 p.m. |\n"
        "Lunch |\n| 1:00–4:30 p.m. |\nWorkshops |\n",
    ],
)
def test_noon_alone_on_its_line_is_a_time_not_a_title(text):
    assert spans(text) == [
        ("10:00", "10:15", "break"),
        ("12:00", "13:00", "meal"),
        ("13:00", "16:30", "workshop"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Samedi 25 novembre 2016 à 14:00 - 18:30\n\nProgramme\n14:00 Accueil\n15:00 Table ronde\n",
        "Saturday, November 25, 2016 at 2:00 - 6:30 pm\n\n2:00 Welcome\n3:00 Panel\n",
    ],
)
def test_hours_after_the_date_with_at_are_the_days_hours_not_its_venue(text):
    reading = parse_programme(text)
    assert reading["venue"] == ""
    assert (reading["days"][0]["start"], reading["days"][0]["end"]) == ("14:00", "18:30")


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Welcome/Opening Reception", "meal"),
        ("Opening/Welcome Dinner", "meal"),
        ("Welcome Opening Reception", "meal"),
        # a slash between two kinds lists them: the first names the block
        ("Morning Tea/Snacks", "break"),
        ("Lunch/free time/Afternoon Activities", "meal"),
        ("Workshop/Panel", "workshop"),
    ],
)
def test_a_slash_between_words_of_one_kind_keeps_the_compound_going(title, kind):
    assert kind_of(title, "en") == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Mobile Session: Rochester Development Tour", "other"),
        ("Séance : visite du chantier de la médiathèque", "other"),
        ("Session 2: Panel discussion on climate", "panel"),
        ("Session 1 : La co-construction des savoirs", "talk"),
    ],
)
def test_after_a_generic_label_and_a_colon_the_rest_names_the_kind(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize("title", ["Dessert in the Exhibit Hall", "Desserts partagés"])
def test_a_dessert_is_a_meal(title):
    assert kind_of(title) == "meal"


@pytest.mark.parametrize(
    "title",
    [
        "International/1st Time Attendee Orientation",
        "Delegate Orientation",
        "Participants orientation",
        "Arrive, register, T-shirts",
        "Register and pick up your badge",
    ],
)
def test_attendees_shown_round_or_registering_are_welcomed(title):
    assert kind_of(title, "en") == "welcome"


def test_a_register_kept_is_no_welcome():
    assert kind_of("Register of members", "en") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thursday, July 13\n\n7:00am – 7:00pm\n\nEarly Registration\n\n10:00am – 12:00pm\n\n"
            "Regional summit\n\n\nCity Tour (pre-registration required)\n\n\nVIP Reception\n\n"
            "Museum of Contemporary Art\n\n\nOpen Dinner\n\nAviation Museum\n",
            [
                ("07:00", "19:00", "welcome"),
                ("10:00", "12:00", "other"),
                (None, None, "other"),
                (None, None, "meal"),
                (None, None, "meal"),
            ],
        ),
        (
            "Jeudi 13 juillet\n\n9h00 – 10h00\n\nAccueil des participants\n\n10h00 – 12h00\n\n"
            "Table ronde régionale\n\n\nVisite guidée de la ville\n\n\nCocktail dînatoire\n\n"
            "Musée des Beaux-Arts\n",
            [
                ("09:00", "10:00", "welcome"),
                ("10:00", "12:00", "panel"),
                (None, None, "other"),
                (None, None, "meal"),
            ],
        ),
    ],
)
def test_moments_set_wider_apart_after_the_last_time_are_their_own(text, expected):
    assert spans(text) == expected


def test_an_untimed_meal_between_two_times_still_fills_the_gap():
    text = (
        "Samedi 3 juin\n\n10h00 – 13h00\n\nIntroduction du séminaire\n\n\nREPAS\n\n\n"
        "14h30 – 16h30\n\nAteliers\n"
    )
    assert spans(text)[1] == ("13:00", "14:30", "meal")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soirée culture et santé\nUn événement mêlant culture et santé, avec un éclairage "
            "sur la médecine d’urgence.\nAccueil à partir de 18h30 pour une visite guidée de "
            "l’exposition photos (15 min).\nOuverture de la soirée à 19h avec un chant arménien "
            "et une danse traditionnelle.\nDes temps d’échanges seront proposés.\n",
            [("18:30", "19:00", "welcome"), ("19:00", None, "welcome")],
        ),
        (
            "Culture and health evening\nAn evening on emergency medicine in conflict zones.\n"
            "Welcome from 6:30 pm with a guided tour of the photo exhibition.\nDinner at 8 pm "
            "with traditional dishes from the region.\nThere will be time for questions.\n",
            [("18:30", "20:00", "welcome"), ("20:00", None, "meal")],
        ),
    ],
)
def test_moments_each_opening_a_sentence_with_their_time_are_blocks(text, expected):
    reading = read_programme(text)
    got = [(b["start"], b["end"], b["kind"]) for b in reading.programme["days"][0]["blocks"]]
    assert got == expected
    assert [u["line"] for u in reading.unread] == [2, 5]  # the sentences read are not left out


def test_a_sentence_opening_with_no_moment_is_none():
    text = "Soirée\nRendez-vous à 18h30 devant la mairie pour une balade.\nNous partirons à 19h.\n"
    assert [s for s, _, _ in spans(text)] == ["18:30"]


@pytest.mark.parametrize(
    "text",
    [
        "Friday, July 14\n\n1:30pm – 2:30pm: CONCURRENT SESSIONS\n\nSESSION 1: Diplomacy at the "
        "Local Level: Mayors Panel\n\nElected officials play a critical role in sister city "
        "programs: come and listen to how you can engage your officials.\n\n"
        "  • Ron Nirenberg, Mayor of the City of San Antonio\n  • Lisa Gillmor, Mayor of Santa "
        "Clara\n\nSESSION 2: Youth Exchanges\n\n  • Paul Durand, Director of Youth Programs\n\n"
        "3:00pm – 3:30pm: Closing\n",
        "Vendredi 14 juillet\n\n14h00 – 15h00 : Sessions parallèles\n\nSession 1 : La démocratie "
        "locale\n\n  • Marie Dupont, maire de Lyon\n  • Jean Martin, adjoint au maire de Rennes\n\n"
        "Session 2 : Les jumelages\n\n  • Paul Durand, président du comité de jumelage\n\n"
        "15h00 – 15h30 : Clôture\n",
    ],
)
def test_numbered_sessions_under_a_block_naming_its_sessions_are_its_parts(text):
    day = parse_programme(text)["days"][0]
    assert [(b["start"], b["end"]) for b in day["blocks"]] == [
        ("13:30", "14:30") if "July" in text else ("14:00", "15:00"),
        ("15:00", "15:30"),
    ]
    parts = day["blocks"][0]["items"]
    assert [len(i["speakers"]) for i in parts] == [2, 1]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Participant Driven Conversations (Sportsplex)", "workshop"),
        ("Participant-led conversations", "workshop"),
        ("Conversations en parallèle", "workshop"),
        ("Plenary Conversation", "plenary"),
    ],
)
def test_conversations_led_by_participants_or_in_parallel_are_work_in_groups(title, kind):
    assert kind_of(title) == kind


# Twenty-third round, speakers
def _who(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [
        (s["name"], s.get("organisation"), s["role"], s.get("topic"))
        for b in blocks(text)
        for s in b["speakers"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Jeudi 10 février 2011\n10h-11h Session 2\n- Agnès d’Arripe, LASCO\n- Paul Martin, LASCO\n",
        "Thursday, February 10, 2011\n10:00-11:00 Session 2\n- Anne d'Ornano, Leeds University\n"
        "- Paul Martin, Leeds University\n",
    ],
)
def test_a_last_name_with_its_elided_particle_is_a_name(text):
    got = _who(text)
    assert got[0][0] in ("Agnès d’Arripe", "Anne d'Ornano")
    assert len(got) == 2


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Jeudi 10 février 2011\n14h-15h Session 2\n- Nathalie Garric, LLL, Université "
            "Rabelais, et Michel Goldberg, LIENSs, « Confrontation de savoirs : le problème »\n",
            ("Nathalie Garric", "LLL, Université Rabelais"),
            ("Michel Goldberg", "LIENSs"),
        ),
        (
            "Thursday, February 10, 2011\n2:00-3:00 pm Session 2\n- Jane Smith, Acme Corp, and "
            "John Doe, Leeds University, “Why data matters: a case”\n",
            ("Jane Smith", "Acme Corp"),
            ("John Doe", "Leeds University"),
        ),
    ],
)
def test_a_bullet_parting_two_people_by_a_comma_and_et_gives_both_the_quoted_talk(
    text, first, second
):
    got = _who(text)
    assert [g[:2] for g in got] == [first, second]
    assert got[0][3] == got[1][3] and got[0][3] and ":" in got[0][3]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "Jeudi 10 février 2011\n14h-15h Session 2\n- Angela Settani, Université de Milan, "
            "« Dispositifs en ligne : « créateurs » d’un espace public ? »\n",
            "Dispositifs en ligne : « créateurs » d’un espace public ?",
        ),
        (
            "Thursday, February 10, 2011\n2:00-3:00 pm Session 2\n- Jane Smith, Acme Corp, "
            "“Why “open” data matters”\n",
            "Why “open” data matters",
        ),
    ],
)
def test_a_quoted_talk_quoting_a_word_in_its_turn_is_the_topic(text, topic):
    got = _who(text)
    assert got[0][1] in ("Université de Milan", "Acme Corp")
    assert got[0][3] == topic


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Friday, Oct 3, 2014\n3:45-5:15 p.m. Opening Ceremony with Keynote Speaker Kelly "
            "Leonard and Robyn Scott: Using Improvisation to Improve Creativity\n"
            "6:00-7:00 p.m. Closing Session with Keynote Speaker Dr. Amit Sood\n",
            "Keynote Speaker",
        ),
        (
            "jeudi 12 mars 2026\n9h Séance d’ouverture avec les conférenciers Anne Leroy et "
            "Paul Martin : les sols vivants\n10h Clôture avec l’intervenante Dr. Amit Sood\n",
            None,
        ),
    ],
)
def test_people_after_with_and_a_speakers_label_give_the_block(text, role):
    got = blocks(text)
    assert [len(b["speakers"]) for b in got] == [2, 1]
    assert got[0]["title"] in ("Opening Ceremony", "Séance d’ouverture")
    first = got[0]["speakers"][0]
    assert first["topic"] in ("Using Improvisation to Improve Creativity", "les sols vivants")
    assert role is None or first["role"] == role
    assert got[1]["speakers"][0]["name"] == "Amit Sood"


@pytest.mark.parametrize(
    "text",
    [
        "Friday, Oct 3, 2014\n6:00-7:00 p.m. Closing Session with Keynote Speakers from Acme "
        "Corp\n7:00-8:00 p.m. Dinner with Speakers\n",
        "jeudi 12 mars 2026\n12h Déjeuner avec les intervenants\n"
        "14h Atelier avec les intervenants Salle Molière et Jardin\n",
    ],
)
def test_a_speakers_label_then_no_person_names_no_one(text):
    assert all(not b["speakers"] for b in blocks(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Témoins : Elisabeth Quignard et Nastasia Hollender (Association Les Petits Frères) – "
            "Jérémy Gassein et Doriane Pietrucha (dispositif Monalisa)",
            ["Association Les Petits Frères"] * 2 + ["dispositif Monalisa"] * 2,
        ),
        (
            "Speakers: Jane Smith and Tom Reed (Acme Corp), Ann Lee (Leeds University)",
            ["Acme Corp", "Acme Corp", "Leeds University"],
        ),
        # A comma parts the groups; a body after a comma is the last one's alone.
        (
            "Speakers: Jane Smith, Tom Reed and Ann Lee (Acme Corp)",
            [None, "Acme Corp", "Acme Corp"],
        ),
        ("Speakers: Jane Smith and Tom Reed, Acme Corp", [None, "Acme Corp"]),
    ],
)
def test_a_body_after_people_joined_by_et_is_each_ones(text, expected):
    got = [sp["organisation"] for sp in labelled_speakers(text)]
    assert got[-len(expected) :] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Avec comme témoins : Elisabeth Quignard et Nastasia Hollender de l’Association Les "
            "Petits Frères des Pauvres – Jérémy Gassein et Doriane Pietrucha du dispositif "
            "Monalisa dans l’Aube.",
            [
                ("Elisabeth Quignard", "Association Les Petits Frères des Pauvres"),
                ("Nastasia Hollender", "Association Les Petits Frères des Pauvres"),
                ("Jérémy Gassein", "dispositif Monalisa"),
                ("Doriane Pietrucha", "dispositif Monalisa"),
            ],
        ),
        (
            "With as guests: Jane Smith and Tom Reed of the Acme Foundation; Ann Lee from the "
            "University of Leeds",
            [
                ("Jane Smith", "Acme Foundation"),
                ("Tom Reed", "Acme Foundation"),
                ("Ann Lee", "University of Leeds"),
            ],
        ),
    ],
)
def test_a_name_then_de_and_a_body_is_that_person_from_it(text, expected):
    assert [(sp["name"], sp["organisation"]) for sp in labelled_speakers(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Café citoyen sur l’isolement\n\nAvec comme témoins : Elisabeth Quignard et Nastasia "
        "Hollender de l’Association Les Petits Frères des Pauvres.\n\nMercredi 6 juillet 2022\n\n"
        "Ordre du jour :\n  • Le débat citoyen de 18h30 à 20h10 ;\n  • Présentation par les "
        "témoins\n",
        "Citizens' café on loneliness\n\nWith as witnesses: Jane Smith and Tom Reed of the Acme "
        "Foundation.\n\nWednesday, July 6, 2022\n\nAgenda:\n  • The public debate from 6:30 pm "
        "to 8:10 pm;\n  • Presentation by the witnesses\n",
    ],
)
def test_people_announced_above_a_schedule_of_one_moment_give_it(text):
    reading = read_programme(text)
    (block,) = [b for d in reading.programme["days"] for b in d["blocks"]]
    assert [sp["name"] for sp in block["speakers"]][:1] in (["Elisabeth Quignard"], ["Jane Smith"])
    assert len(block["speakers"]) == 2
    assert not any("Smith" in u["text"] or "Quignard" in u["text"] for u in reading.unread)


@pytest.mark.parametrize(
    "text",
    [
        "Café citoyen\n\nAvec comme témoins : Elisabeth Quignard et Nastasia Hollender de "
        "l’Association Les Petits Frères des Pauvres.\n\nMercredi 6 juillet 2022\n\nOrdre du "
        "jour :\n  • Le débat citoyen de 18h30 à 20h10 ;\n  • Le verre de l’amitié de 20h10 à 21h ;\n",
        "Citizens' café\n\nWith as witnesses: Jane Smith and Tom Reed of the Acme Foundation.\n\n"
        "Wednesday, July 6, 2022\n\nAgenda:\n  • The public debate from 6:30 pm to 8:10 pm;\n"
        "  • Drinks from 8:10 pm to 9 pm\n",
    ],
)
def test_people_announced_above_a_schedule_of_two_moments_give_none(text):
    assert all(not b["speakers"] for b in blocks(text))


@pytest.mark.parametrize(
    ("line", "role"),
    [
        (
            "  • Lisa M. Gillmor, Mayor of the City of Santa Clara, CA",
            "Mayor of the City of Santa Clara, CA",
        ),
        ("  • Tom Reed, Director of Planning at Laval, QC", "Director of Planning at Laval, QC"),
    ],
)
def test_a_state_code_after_a_function_ending_with_a_town_is_part_of_it(line, role):
    got = _who(f"Friday, Oct 3, 2014\n1:30-2:30 p.m. Mayors panel\n{line}\n")
    assert got[0][1:3] == (None, role)


@pytest.mark.parametrize(
    ("text", "name", "topic"),
    [
        (
            "vendredi 25 novembre 2016\n• 18h00 intervention de Jean-Louis Bianco sur « La place "
            "de la démocratie participative ».\n• 18h20 débat avec la salle.\n",
            "Jean-Louis Bianco",
            "La place de la démocratie participative",
        ),
        (
            "samedi 12 mars 2016\n10:00 - 11:00 | Conférence d’Anne Leroy sur les sols vivants\n"
            "11:00 - 12:00 | Pause\n",
            "Anne Leroy",
            "les sols vivants",
        ),
    ],
)
def test_a_talk_of_a_person_then_sur_is_theirs_on_that_subject(text, name, topic):
    got = blocks(text)[0]
    assert [(s["name"], s["topic"]) for s in got["speakers"]] == [(name, topic)]
    assert got["title"] in ("intervention", "Conférence")


def test_the_price_of_a_person_on_the_table_is_no_talk():
    text = "vendredi 25 novembre 2016\n19h30 Le prix de Jean Dupont sur la table\n20h Fin\n"
    assert not blocks(text)[0]["speakers"]


@pytest.mark.parametrize(
    ("text", "role", "topic"),
    [
        (
            "samedi 12 mars 2016\n17 h 45 La place active des aînés par Odile Plan initiatrice "
            "de l’association l’Or gris sur le thème « Être vieux ».\n19 h Apéritif\n",
            "initiatrice de l’association l’Or gris",
            "Être vieux",
        ),
        (
            "Saturday, March 12, 2016\n5:45 pm Ageing well by Ann Lee director of the Leeds Food "
            "Bank on the theme of staying young\n7:00 pm Drinks\n",
            "director of the Leeds Food Bank",
            "staying young",
        ),
    ],
)
def test_a_function_between_a_name_after_par_and_sur_is_their_role(text, role, topic):
    (sp,) = blocks(text)[0]["speakers"]
    assert (sp["role"], sp["topic"]) == (role, topic)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jeudi 10 février 2011\n11h-12h30 Session 1\n- Karen Rossignol, Centre de Recherche "
            "Henri Tudor, Luxembourg, « Savoirs »\n- Agnès Martin, LASCO, Louvain-la-Neuve\n"
            "- Anne Gagnebien, LABSIC, Paris 13\n",
            ["Centre de Recherche Henri Tudor", "LASCO", "LABSIC, Paris 13"],
        ),
        (
            "Thursday, February 10, 2011\n11:00-12:30 Session 1\n- Tom Reed, Leeds University, "
            "Leeds\n- Jane Smith, Acme Corp, Inc\n- Jane Doe, CEO, Acme\n",
            ["Leeds University", "Acme Corp, Inc", "Acme"],
        ),
    ],
)
def test_a_town_after_a_body_is_where_it_is_not_a_second_body(text, expected):
    assert [org for _, org, _, _ in _who(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Friday, Oct 3, 2014\n11:00 am: Registration (Kings Playhouse)\n1:30 pm: 20 x 20 "
        "Presentations: Thought provoking, visual presentations from diverse participants from "
        "across the region. (Kings Playhouse)\n3:00 pm: Break\n",
        "vendredi 3 octobre 2014\n11h : Accueil (Grange Fleurie)\n13h30 : Présentations : des "
        "exposés courts et visuels de participants venus de toute la région. (Grange Fleurie)\n"
        "15h : Pause\n",
    ],
)
def test_a_bracket_read_as_a_place_once_is_a_place_everywhere(text):
    got = blocks(text)
    assert not got[1]["speakers"]
    assert got[1]["title"].endswith(("(Kings Playhouse)", "(Grange Fleurie)"))


def test_a_bracket_naming_a_person_stays_a_person_beside_places():
    text = (
        "Friday, Oct 3, 2014\n11:00 am: Registration (Kings Playhouse)\n"
        "1:30 pm: Soil carbon (Jane Smith)\n3:00 pm: Break\n"
    )
    assert [s["name"] for s in blocks(text)[1]["speakers"]] == ["Jane Smith"]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Modérateurs : Julien Bancilhon, rédacteur en chef et Paul Martin, fondateur",
            ["Modérateur, rédacteur en chef", "Modérateur, fondateur"],
        ),
        ("Moderators: Jane Smith (Acme) and Tom Reed (NSF)", ["Moderator", "Moderator"]),
        ("Hosts: Jane Smith and Tom Reed", ["Host", "Host"]),
        ("Animation : Anne Leroy et Paul Martin", ["Animation", "Animation"]),
    ],
)
def test_a_chairs_label_in_the_plural_gives_each_the_singular(text, roles):
    assert [sp["role"] for sp in labelled_speakers(text)] == roles


@pytest.mark.parametrize(
    ("text", "role", "body"),
    [
        (
            "Colloque sur la démocratie participative\nvendredi 25 novembre 2016\n"
            "en présence de Jean-Louis Bianco,\nPrésident de l’Observatoire de la Laïcité.\n\n"
            "Programme\n• 15h30 accueil des participants\n• 18h00 intervention de Jean-Louis "
            "Bianco sur « La place de la démocratie participative ».\n• 18h20 débat avec la salle.\n",
            "Président de l’Observatoire de la Laïcité",
            None,
        ),
        (
            "Food and the city\nFriday, November 25, 2016\nWith a talk by Jane Smith, Director of "
            "the Leeds Food Bank. Free entry.\n\nProgram\n3:30 pm Welcome\n6:00 pm Talk by Jane "
            "Smith on food banks\n6:20 pm Questions\n",
            "Director of the Leeds Food Bank",
            None,
        ),
    ],
)
def test_a_bare_speaker_named_above_the_schedule_with_a_function_gets_it(text, role, body):
    (sp,) = [s for b in blocks(text) for s in b["speakers"]]
    assert (sp["role"], sp.get("organisation")) == (role, body)


def test_a_speaker_named_above_with_two_functions_gets_neither():
    text = (
        "Friday, November 25, 2016\nJane Smith, Director of the Leeds Food Bank, will speak. "
        "Jane Smith, mayor of Leeds, will open.\n\nProgram\n3:30 pm Welcome\n6:00 pm Talk by "
        "Jane Smith on food banks\n6:20 pm Questions\n"
    )
    (sp,) = [s for b in blocks(text) for s in b["speakers"]]
    assert sp["role"] is None


def _listed(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (s["name"], s["role"])
        for b in blocks(text)
        for s in [*b["speakers"], *(s for it in b["items"] for s in it["speakers"])]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "vendredi 16 février 2024\n19h Conférence\nIntervenants :\n- Madame Taline Kortian, "
            "reporter de guerre, proposera une analyse géopolitique du conflit.\n- Le docteur "
            "Nadia Gortzounian, membre fondatrice de l’association Santé Arménie, créée en "
            "réponse aux urgences, présentera les actions menées.\n20h30 Moment convivial\n",
            [
                ("Taline Kortian", "reporter de guerre"),
                ("Nadia Gortzounian", "membre fondatrice de l’association Santé Arménie"),
            ],
        ),
        (
            "Friday, February 16, 2024\n7:00 pm Conference\nSpeakers:\n- Jane Smith, war "
            "reporter, will give an analysis of the conflict.\n- Ann Lee, founding member of the "
            "Health Armenia association, founded in 2010, will present the work done.\n"
            "8:30 pm Drinks\n",
            [
                ("Jane Smith", "war reporter"),
                ("Ann Lee", "founding member of the Health Armenia association"),
            ],
        ),
    ],
)
def test_what_a_speaker_will_do_or_what_their_body_is_is_no_part_of_their_role(text, expected):
    assert _listed(text) == expected


def test_a_doctors_title_after_its_article_is_a_civility():
    text = (
        "vendredi 16 février 2024\n19h Conférence\nIntervenants :\n- Le docteur Nadia "
        "Gortzounian, médecin\n- La professeure Anne Leroy, historienne\n20h30 Moment convivial\n"
    )
    assert _listed(text) == [("Nadia Gortzounian", "médecin"), ("Anne Leroy", "historienne")]


def test_a_feminine_function_in_ere_is_a_role():
    text = (
        "vendredi 16 février 2024\n19h Conférence\nIntervenants :\n- Le docteur Tifenn "
        "Boisseau, médecin urgentiste au CHU de Poitiers, et Madame Sandra Testard, ambulancière "
        "au CHU de Poitiers, partageront leur retour d’expérience.\n20h30 Moment convivial\n"
    )
    assert _listed(text) == [
        ("Tifenn Boisseau", "médecin urgentiste au CHU de Poitiers"),
        ("Sandra Testard", "ambulancière au CHU de Poitiers"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "vendredi 16 février 2024\n20h Concert en duo par l’Ensemble K. Elodie Haas, violon ; "
            "Thérèse Bussière-Meyer, violoncelle\n21h Fin\n",
            [
                ("Elodie Haas", "Ensemble K", "violon"),
                ("Thérèse Bussière-Meyer", "Ensemble K", "violoncelle"),
            ],
        ),
        (
            "Friday, February 16, 2024\n8:00 pm Recital by the Trio Leeds: Ann Lee, piano; Tom "
            "Reed, cello\n9:00 pm End\n",
            [("Ann Lee", "Trio Leeds", "piano"), ("Tom Reed", "Trio Leeds", "cello")],
        ),
        # A sentence after the group names no member.
        ("vendredi 16 février 2024\n20h Spectacle par la troupe Ani. Ils dansent.\n21h Fin\n", []),
    ],
)
def test_the_members_of_a_group_after_par_each_with_their_part(text, expected):
    assert [(s["name"], s.get("organisation"), s["role"]) for s in blocks(text)[0]["speakers"]] == (
        expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moderator: Christopher Gergen | Forward Cities",
            [("Christopher Gergen", "Forward Cities", "Moderator")],
        ),
        (
            "Animation : Anne Leroy | maire de Lyon",
            [("Anne Leroy", None, "Animation, maire de Lyon")],
        ),
        # A table's row holds several bars: no such line.
        ("Moderator: | Christopher Gergen | Forward Cities |", []),
    ],
)
def test_a_bar_between_a_name_and_their_body_after_a_label_parts_them(text, expected):
    got = [(sp["name"], sp["organisation"], sp["role"]) for sp in labelled_speakers(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Bondy Blog : Nassira El Moaddem, Journaliste et directrice du Bondy Blog.", "Bondy Blog"),
        ("Acme Foundation: Jane Smith, director of the Acme Foundation", "Acme Foundation"),
        # Words the function does not name are what they speak on, as before.
        ("Le Temps : Nassira El Moaddem, journaliste", None),
    ],
)
def test_words_before_a_colon_the_function_names_are_the_persons_body(text, body):
    _, speakers, _ = title_and_speakers(text)
    assert [sp["organisation"] for sp in speakers] == [body]


@pytest.mark.parametrize(
    ("text", "title", "who"),
    [
        (
            "Why should we be concerned about education? Vic Jose",
            "Why should we be concerned about education?",
            ["Vic Jose"],
        ),
        ("Faut-il planter des haies ? Anne Leroy", "Faut-il planter des haies ?", ["Anne Leroy"]),
        # A place after the question is no one.
        ("What now? Grand Rapids", "What now? Grand Rapids", []),
    ],
)
def test_a_question_then_a_name_alone_is_who_puts_it(text, title, who):
    got_title, speakers, _ = title_and_speakers(text)
    assert (got_title, [sp["name"] for sp in speakers]) == (title, who)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Conférence inaugurale, Jean-Marc Levy-Leblond, Université de Nice",
            ("Conférence inaugurale", [("Jean-Marc Levy-Leblond", "Université de Nice")]),
        ),
        (
            "Keynote lecture, Ann Lee, University of Leeds",
            ("Keynote lecture", [("Ann Lee", "University of Leeds")]),
        ),
        # A moment no one gives keeps its words.
        (
            "Pause, Anne Leroy, Université de Nice",
            ("Pause, Anne Leroy, Université de Nice", []),
        ),
    ],
)
def test_a_talk_then_a_name_and_a_body_after_commas_is_theirs(text, expected):
    title, speakers, _ = title_and_speakers(text)
    assert (title, [(sp["name"], sp["organisation"]) for sp in speakers]) == expected


@pytest.mark.parametrize(
    "text",
    [
        "SCI Leadership Meetings (For SCI leadership only)",
        "RÉUNION Conseil Général (pour les adhérents uniquement)",
        "ANNUAL Board Meeting (Open to all members)",
    ],
)
def test_a_bracket_saying_whom_a_moment_is_for_names_no_one(text):
    title, speakers, _ = title_and_speakers(text)
    assert (title, speakers) == (text, [])


# Twenty-fourth round, blocks and days -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lunch"),
    [
        (
            "Day\nFriday, October 4\n10:00am - 11:30am Sessions\n12:45am - 2:15pm Lunch\n"
            "2:15pm - 3:00pm Workshops",
            ("12:45", "14:15", "meal"),
        ),
        (
            "Day\n11:00 a.m. - 12:00 a.m. Panel\n12:30 a.m. – 1:30 p.m. Lunch\n",
            ("12:30", "13:30", "meal"),
        ),
    ],
)
def test_a_start_at_twelve_am_ending_in_the_afternoon_is_noon(text, lunch):
    assert lunch in spans(text)


@pytest.mark.parametrize(
    ("text", "date", "hours"),
    [
        (
            "Annual Meeting\nSaturday October 26\n9:30 – 10:00 Registration\n1:00 – 2:00 Lunch\n\n"
            "Date:\nSaturday, October 26, 2019\nTime:\n9:30am - 2:00pm\nLocation:\n"
            "South Hadley Public Library",
            "2019-10-26",
            ("09:30", "14:00"),
        ),
        (
            "Journée des bénévoles\nSamedi 14 mai\n9h30 - 12h Ateliers\n12h - 13h30 Repas\n"
            "Date :\nSamedi 14 mai 2022\nHoraires :\n9h30 - 13h30\nLieu :\nSalle des fêtes",
            "2022-05-14",
            ("09:30", "13:30"),
        ),
    ],
)
def test_the_days_date_and_hours_written_again_under_its_schedule_are_that_day(text, date, hours):
    days = parse_programme(text)["days"]
    assert [(d["date"], d["start"], d["end"]) for d in days] == [(date, *hours)]
    assert len(days[0]["blocks"]) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Summit\n10:00am - 10:30am Break and Move\nConcurrent Sessions\n"
            "11:30am - 11:45am Break\n",
            [("10:00", "10:30", "break"), (None, None, "talk"), ("11:30", "11:45", "break")],
        ),
        (
            "Colloque\n12h00 - 13h30 Déjeuner\nAteliers en parallèle\n15h00 - 15h30 Pause\n"
            "15h30 - 17h00 Table ronde\n",
            [
                ("12:00", "13:30", "meal"),
                (None, None, "workshop"),
                ("15:00", "15:30", "break"),
                ("15:30", "17:00", "panel"),
            ],
        ),
        # The next block starts when the pause ends: the line happens during the pause.
        (
            "Colloque\n12h00 - 13h30 Déjeuner\nAteliers en parallèle\n13h30 - 15h00 Table ronde\n",
            [("12:00", "13:30", "meal"), ("13:30", "15:00", "panel")],
        ),
    ],
)
def test_a_session_named_under_a_pause_before_a_gap_is_a_moment_in_that_gap(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Colloque\n9H30 Ateliers\n12H30 Repas à l’Espace Fraternité 14H Les points forts\n"
            "14H30 Table ronde",
            ["09:30", "12:30", "14:00", "14:30"],
        ),
        (
            "Retreat\n8:30 Breakfast\n9:00 Registration 9:30 Opening remarks\n10:00 Panel",
            ["08:30", "09:00", "09:30", "10:00"],
        ),
        # A time written otherwise, or after `jusqu’à`, parts nothing.
        ("Fête\n14h Film jusqu’à 16h00 Débat\n17h Goûter", ["14:00", "17:00"]),
    ],
)
def test_a_short_line_holding_a_later_time_written_as_its_own_holds_two_blocks(text, expected):
    assert [start for start, _end, _kind in spans(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Journée\n9h Accueil\n15h00-18h30 (avec pause entre 16h40 et 17h15) : Ateliers "
            "thématiques\n18h30 Clôture",
            ("Ateliers thématiques", "workshop", "avec pause entre 16h40 et 17h15"),
        ),
        (
            "Day\n9:00am Registration\n2:00pm-5:00pm (with a break at 3:30): Round table on "
            "water\n5:00pm Closing",
            ("Round table on water", "panel", "with a break at 3:30"),
        ),
    ],
)
def test_a_bracket_between_the_times_and_the_title_is_a_note_on_them(text, expected):
    b = blocks(text)[1]
    assert (b["title"], b["kind"], b.get("description")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Annual Meeting\n9:30 – 10:00      Registration and Coffee\n"
        "10:00 – 10:15    Welcome – Vicki Kaufman, MFOL\n"
        "                          South Hadley Public Library\n10:15 – 10:30    Break\n",
        "Assemblée\n9h30 – 10h00      Accueil café\n"
        "10h00 – 10h15    Mot d’accueil – Marie Dupont, MJC\n"
        "                          Maison des associations de Quimper\n10h15 – 10h30    Pause\n",
    ],
)
def test_an_indented_line_naming_no_moment_under_a_padded_row_is_no_block(text):
    assert [b["start"] for b in blocks(text)] == ["09:30", "10:00", "10:15"]


@pytest.mark.parametrize(
    "title", ["Event Volunteer Orientation", "Volunteers orientation", "Staff Orientation"]
)
def test_those_who_staff_the_event_briefed_are_not_welcomed(title):
    assert kind_of(title, "en") != "welcome"


@pytest.mark.parametrize(
    "title",
    [
        "Member Meeting",
        "Membership Meeting",
        "Approve audited financials and review risks analysis",
        "Approval of the 2019 accounts",
        "Approbation des comptes 2023",
        "Adoption du budget",
    ],
)
def test_the_members_meeting_and_approving_their_accounts_are_everyones(title):
    assert kind_of(title) == "plenary"


@pytest.mark.parametrize("title", ["Board Member Meeting", "Budget"])
def test_a_board_meeting_apart_or_a_budget_named_alone_is_not_everyones(title):
    assert kind_of(title) != "plenary"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Presentation of Donna Forand Awards", "other"),
        ("Présentation des prix du concours", "other"),
        ("Presentation of the Student Prizes", "other"),
        # Projects that won awards are presented; awards joined to a meal give way to it.
        ("Presentation of the award-winning projects", "talk"),
        ("Presentation of awards and lunch", "meal"),
    ],
)
def test_awards_presented_are_handed_out(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Conference\nThursday, July 13\n\n10:00am – 12:00pm\n\nRegional summit\n\n\n"
            "City Tour\n\n\nSCI Leadership Meetings (For SCI leadership only)\n\n\n"
            "VIP Reception\n",
            ["Regional summit", "City Tour", "SCI Leadership Meetings", "VIP Reception"],
        ),
        (
            "Congrès\nJeudi 13 juillet\n\n10h00 – 12h00\n\nSommet régional\n\n\n"
            "Visite guidée de la ville\n\n\nRéunion des bénévoles\n\n\nCocktail\n",
            ["Sommet régional", "Visite guidée", "Réunion des bénévoles", "Cocktail"],
        ),
    ],
)
def test_a_meeting_set_apart_after_the_last_timed_block_is_a_moment(text, titles):
    got = [b["title"] for b in blocks(text)]
    assert len(got) == len(titles)
    assert all(g.startswith(t) for g, t in zip(got, titles, strict=True))


# Twenty-fourth round, speakers


@pytest.mark.parametrize(
    ("text", "title", "who"),
    [
        (
            "14h : Accueil\n14h15 : Juliette Roussin (Université Laval)\n"
            "« Rousseau and Condorcet on dependence. »\n15h : Pause\n",
            "« Rousseau and Condorcet on dependence. »",
            [("Juliette Roussin", "Université Laval", None)],
        ),
        (
            "9:00 Welcome\n9:15 Ann MacLeod (University of Leeds)\n“Why soils matter”\n"
            "10:00 Coffee break\n",
            "“Why soils matter”",
            [("Ann MacLeod", "University of Leeds", None)],
        ),
        (
            "3:00 pm Welcome\n3:15 pm Tom Reed (Acme Foundation)\n“Why soils matter”\n"
            "3:45 pm Break\n",
            "“Why soils matter”",
            [("Tom Reed", "Acme Foundation", None)],
        ),
        (
            "9:00 Welcome\n9:15 Jane Smith (Director, Acme Foundation)\n10:00 Coffee break\n",
            "Jane Smith (Director, Acme Foundation)",
            [("Jane Smith", None, "Director, Acme Foundation")],
        ),
        # A room or a town in brackets names no body: no one.
        (
            "9:00 Welcome\n9:15 Anne Roux (salle 2)\n10:00 Pause\n",
            "Anne Roux (salle 2)",
            [],
        ),
        ("9:00 Welcome\n9:15 Jean Moulin (Lyon)\n10:00 Pause\n", "Jean Moulin (Lyon)", []),
    ],
)
def test_a_block_titled_by_a_person_and_their_body_in_brackets_is_theirs(text, title, who):
    block = parse_programme(text)["days"][0]["blocks"][1]
    assert block["title"] == title
    assert [(sp["name"], sp.get("organisation"), sp["role"]) for sp in block["speakers"]] == who


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kathleen McCrudden Illert (European University Institute)", "Kathleen McCrudden Illert"),
        ("Ann MacLeod, University of Leeds", "Ann MacLeod"),
        # Leading the words, a place's name (`McKinley Food Court`): no one.
        ("McKinley Food Court (Henderson Campus Center)", None),
    ],
)
def test_mc_and_mac_glued_to_a_capital_are_part_of_a_last_name(text, name):
    sp = person(text, strict=False)
    assert (sp["name"] if sp else None) == name


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Ouverture Présentation par José Dhers, animateur de la démarche Allocution de "
            "Jacques Salvator – Maire d’Aubervilliers",
            [
                ("José Dhers", "animateur de la démarche"),
                ("Jacques Salvator", "Maire d’Aubervilliers"),
            ],
        ),
        (
            "Opening remarks by Ann Lee, curator of the museum Address by Tom Reed, Mayor of Leeds",
            [("Ann Lee", "curator of the museum"), ("Tom Reed", "Mayor of Leeds")],
        ),
        # A function's words go on: no talk, no second person.
        (
            "Accueil par Jean Dupont, Président de France Nature Environnement",
            [("Jean Dupont", "Président de France Nature Environnement")],
        ),
    ],
)
def test_a_talk_then_its_speaker_run_on_after_a_function_is_the_next_person(text, who):
    _, speakers, _ = title_and_speakers(text)
    assert [(sp["name"], sp["role"]) for sp in speakers] == who


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "« Réinterroger la notion de communauté » par Claude Jacquier, Directeur de "
            "recherche au CNRS Débat",
            "Directeur de recherche au CNRS",
        ),
        (
            "Keynote by Jane Smith, Director of Research at NASA Debate",
            "Director of Research at NASA",
        ),
        ("Keynote by Jane Smith, historian Discussion", "historian"),
        ("Intervention de Joël Roman, philosophe Débat général", "philosophe"),
        # After `de`/`of` the word names a body: kept.
        (
            "Mot de Jean Dupont, Président de la Commission nationale du Débat",
            "Président de la Commission nationale du Débat",
        ),
        # After a capitalised word too (`the Great Debate`).
        ("Talk by Ann Lee, Chair of the Great Debate", "Chair of the Great Debate"),
    ],
)
def test_a_capitalised_debate_closing_a_function_is_the_next_part(text, role):
    _, speakers, _ = title_and_speakers(text)
    assert [sp["role"] for sp in speakers] == [role]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Massachusetts Library System - Sarah Sogigian, Executive Director",
            "Massachusetts Library System",
        ),
        (
            "Conseil Départemental de l’Yonne – Anne Leroy, vice-présidente",
            "Conseil Départemental de l’Yonne",
        ),
        # A moment, a place or a title in small words is no body.
        ("Atelier Compost – Jane Smith, animatrice", None),
        ("Salle des Fêtes – Jane Smith, Mayor", None),
        ("Board Meeting – Jane Smith, Chair", None),
    ],
)
def test_a_body_then_a_dash_and_a_person_with_a_function_is_their_body(text, body):
    title, speakers, _ = title_and_speakers(text)
    assert title == text.split(" – ")[0].split(" - ")[0]
    assert [sp["organisation"] for sp in speakers] == [body]


@pytest.mark.parametrize(
    ("text", "title", "who"),
    [
        (
            "Par J. Caneill (AgroSup Dijon)",
            "Par J. Caneill (AgroSup Dijon)",
            [("J. Caneill", "AgroSup Dijon")],
        ),
        (
            "By Jane Smith, University of Leeds",
            "By Jane Smith, University of Leeds",
            [("Jane Smith", "University of Leeds")],
        ),
        (
            "Présentation du programme par A.Mésséan et P. Prévost",
            "Présentation du programme",
            [("A. Mésséan", None), ("P. Prévost", None)],
        ),
        ("Talk by J. Smith and A. Lee", "Talk", [("J. Smith", None), ("A. Lee", None)]),
        # No person after the word: nothing.
        ("Par ici la sortie", "Par ici la sortie", []),
    ],
)
def test_people_after_a_leading_par_or_by_and_initials_after_par_are_speakers(text, title, who):
    got_title, speakers, _ = title_and_speakers(text)
    assert (got_title, [(sp["name"], sp["organisation"]) for sp in speakers]) == (title, who)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Intervention à deux voix d’un historien (P. Cornu) et d’un agronome (J.M. Meynard)",
            [("P. Cornu", "historien"), ("J.M. Meynard", "agronome")],
        ),
        (
            "A conversation between a historian (Ann Lee) and a farmer (Tom Reed)",
            [("Ann Lee", "historian"), ("Tom Reed", "farmer")],
        ),
        # A room in the bracket, or no function before it: no one.
        ("Visite d’un atelier (salle 2)", []),
    ],
)
def test_a_function_then_its_holder_in_brackets_is_a_speaker(text, who):
    title, speakers, _ = title_and_speakers(text)
    assert title == text
    assert [(sp["name"], sp["role"]) for sp in speakers] == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Expression théâtrale : « Gagarine » par le collectif Yva (Yvette, Véronique et Anne)",
            [],
        ),
        ("Performance by the Leeds Trio (Ann, Tom and Eva)", []),
        # Full names are people; given names after a title naming no group too.
        ("Concert par la troupe Ani (Claire Roux et Paul Martin)", ["Claire Roux", "Paul Martin"]),
        ("Atelier sol (Claire, Paul)", ["Claire", "Paul"]),
    ],
)
def test_given_names_alone_in_brackets_after_a_group_are_its_members_not_speakers(text, who):
    _, speakers, _ = title_and_speakers(text)
    assert [sp["name"] for sp in speakers] == who


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "Théo Froment pour le PAT du Nord de l’Yonne",
            [("Théo Froment", "PAT du Nord de l’Yonne")],
        ),
        ("Jane Smith for the Leeds Food Bank", [("Jane Smith", "Leeds Food Bank")]),
        ("Lucie Liège :", [("Lucie Liège", None)]),
        ("Jane Smith:", [("Jane Smith", None)]),
        # No person named beyond doubt: no one.
        ("Inscriptions pour le PAT du Nord", []),
        ("Programme :", []),
    ],
)
def test_a_person_for_their_body_or_alone_before_a_colon_under_a_block_speaks(line, who):
    text = f"10h30-11h15\nForum des initiatives\n{line}\n11h15-12h30\nPause\n"
    block = parse_programme(text)["days"][0]["blocks"][0]
    assert [(sp["name"], sp.get("organisation")) for sp in block["speakers"]] == who


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Marc-André Selosse biologiste, spécialisé en botanique et mycologie",
            "biologiste, spécialisé en botanique et mycologie",
        ),
        ("Jane Miller biologist, specialised in soils, Leeds", "biologist, specialised in soils"),
        # What follows the comma is no more of the function: cut as before.
        (
            "Patrick Gendraud Président du Conseil départemental, qui nous accueille",
            "Président du Conseil départemental",
        ),
    ],
)
def test_what_a_function_is_specialised_in_after_its_comma_is_more_of_it(text, role):
    sp = named_then_function(text)
    assert sp is not None and sp["role"] == role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joël Roman, philosophe (ouvrage « Eux et Nous »)", ("philosophe", None)),
        ("Jane Smith, historian (book “Us and Them”)", ("historian", None)),
        # A body in the bracket is read as before.
        ("Jane Smith, historienne (Université de Lyon)", ("historienne", "Université de Lyon")),
    ],
)
def test_a_bracket_naming_a_work_of_theirs_is_no_part_of_the_function(text, expected):
    sp = person(text, strict=False)
    assert sp is not None and (sp["role"], sp["organisation"]) == expected


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Business portion of meeting (MC - Sonia Theroux)", [("Sonia Theroux", "MC")]),
        (
            "Soirée (Maîtresse de cérémonie : Anne Leroy)",
            [("Anne Leroy", "Maîtresse de cérémonie")],
        ),
        # `MC` leading a name that is no label's (`MC Hammer`) names no one.
        ("MC Hammer live", []),
    ],
)
def test_a_master_of_ceremonies_label_names_who_leads_the_moment(text, who):
    _, speakers, _ = title_and_speakers(text)
    assert [(sp["name"], sp["role"]) for sp in speakers] == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Allocutions d’accueil Philippe Augier, maire de Deauville, président de la Région "
            "Basse-Normandie Paul Mentré, président de la communauté de communes Anne d’Ornano, "
            "présidente du Conseil général",
            ["Philippe Augier", "Paul Mentré", "Anne d’Ornano"],
        ),
        (
            "Welcome Ann Lee, Mayor of Leeds Tom Reed, Director of the Leeds Museum",
            ["Ann Lee", "Tom Reed"],
        ),
        # After a body's word the name is the body's; no function after it, no person.
        ("Accueil par Jane Smith, professeur à l’Université Jean Moulin, Lyon", ["Jane Smith"]),
    ],
)
def test_people_each_with_a_function_run_on_with_no_mark_are_each_a_speaker(text, who):
    _, speakers, _ = title_and_speakers(text)
    assert [sp["name"] for sp in speakers] == who


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Cemvita Factory", "Cemvita Factory"),
        ("Acme Consulting", "Acme Consulting"),
        ("Green Ventures", "Green Ventures"),
        # Words naming no body are the next part, no body.
        ("Soil Health", None),
    ],
)
def test_a_companys_name_under_a_speaker_is_their_body(line, body):
    text = f"3:45 PM\tInvited Talk\nTara Karimi, PhD.\n{line}\n4:15 PM\tBreak\n"
    block = parse_programme(text)["days"][0]["blocks"][0]
    assert [sp.get("organisation") for sp in block["speakers"]] == [body]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vida Karen Ifrah, Consultante scientifique en ADP, Luxembourg",
            ("Consultante scientifique en ADP", None),
        ),
        ("Jane Smith, Professor at MIT, Cambridge", ("Professor at MIT", None)),
        # A function naming no body before the word: the word is the body, as before.
        ("Jane Smith, CEO, Acme", ("CEO", "Acme")),
        (
            "Jane Smith, Professor at MIT, Harvard University",
            ("Professor at MIT", "Harvard University"),
        ),
    ],
)
def test_a_town_after_a_function_held_at_a_named_body_is_no_body(text, expected):
    sp = person(text, strict=False)
    assert sp is not None and (sp["role"], sp["organisation"]) == expected


# Twenty-fifth round, blocks and days


def _times(text: str) -> list[list[tuple[str | None, str | None, str]]]:
    days = parse_programme(text)["days"]
    return [[(b["start"], b["end"], b["title"]) for b in d["blocks"]] for d in days]


@pytest.mark.parametrize(
    "text",
    [
        "### Monday\n\n**9:00 am** Welcome\n**12:00 pm** Lunch\n**1:00 am** Command line\n"
        "**2:30 pm** Modules\n**5:00 pm** End\n",
        "Lundi\n9:00 am Accueil\n12:00 pm Déjeuner\n1:30 am Atelier\n3:00 pm Pause\n",
    ],
)
def test_an_am_typed_for_pm_after_noon_keeps_the_day_going(text):
    days = _times(text)
    assert len(days) == 1
    assert [s for s, _e, _t in days[0]][2] in ("13:00", "13:30")


def test_an_am_after_the_evening_still_starts_the_next_day():
    text = "Day\n9:00 am Opening\n2:00 pm Talks\n6:00 pm Dinner\n8:00 am Breakfast\n9:00 am Talks\n"
    assert len(_times(text)) == 2


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("7:45-8 Gayle talk", ("19:45", "20:00", "Gayle talk")),
        ("7:45–8 Gayle talk", ("19:45", "20:00", "Gayle talk")),
        # A count opening the title after a spaced dash is no end.
        ("7:45 - 2 ateliers", ("19:45", "20:00", "2 ateliers")),
    ],
)
def test_a_bare_hour_ends_a_range_whose_start_has_minutes(line, expected):
    text = f"Soirée\n6:00-7:00 pm Check-in\n{line}\n8-8:10 Update\n"
    assert _times(text)[0][1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rencontre des AMAP\n\nVendredi 7 février / à partir de 18h\nAccueil - Apéro\n"
        "Samedi 8 février\n9h Accueil\n10h Atelier\n",
        "Rencontre des AMAP\n\nVendredi 7 février 2020 / à partir de 18h\nAccueil - Apéro\n"
        "Samedi 8 février 2020\n9h Accueil\n10h Atelier\n",
        "Annual Gathering\n\nFriday, May 3, 2024 / from 6pm\nWelcome drinks and introductions\n"
        "Saturday, May 4, 2024\n9:00 Opening\n10:00 Workshops\n",
    ],
)
def test_a_day_heading_saying_when_it_begins_heads_its_untimed_first_moment(text):
    days = parse_programme(text)["days"]
    assert len(days) == 2
    first = days[0]["blocks"]
    assert [(b["start"], b["title"][:7]) for b in first] in (
        [("18:00", "Accueil")],
        [("18:00", "Welcome")],
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Fin des travaux vers 18h30", ("18:30", None, "Fin des travaux")),
        ("Closing around 6:30 pm", ("18:30", None, "Closing")),
        ("Visite du site à 18h30", ("18:30", None, "Visite du site")),
    ],
)
def test_a_moment_said_about_then_at_the_end_of_its_line_is_a_block(line, expected):
    text = f"Journée\n9h Accueil\n10h Atelier\n5:30 pm Débat\n{line}\n"
    blocks = _times(text)[0]
    assert blocks[-1] == expected
    assert blocks[-2][1] == "18:30"


def test_the_end_said_again_under_its_block_is_no_moment():
    text = "Day\n2:00-2:30 pm Assembly\n2:45-17:00 General Assembly\nMeeting to end around 5pm\n"
    assert len(_times(text)[0]) == 2


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Zoom session ends", "closing"),
        ("La réunion se termine", "closing"),
        ("La séance prend fin", "closing"),
        # An activity said to end is the moment it stops, as before.
        ("Hacking ends", "other"),
        ("Silent Auction Closes", "other"),
    ],
)
def test_the_gathering_or_its_session_said_to_end_closes_it(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    "text",
    [
        "ROAD MAP // June 28-29, 2013\nAGENDA\nPrioritizing meeting (Friday, June 28)\n"
        "6:30pm: Welcome\n7:00pm: Criteria\nAction steps meeting (Saturday, June 29)\n"
        "9:00am: Greeting\n10:00am: Report back\n",
        "Rencontres 2025\nProgramme\nJournée d’étude (jeudi 3 avril 2025)\n9h Accueil\n"
        "10h Atelier\nAssemblée (vendredi 4 avril 2025)\n9h Accueil\n11h Clôture\n",
    ],
)
def test_a_meetings_name_then_its_weekday_and_date_in_brackets_heads_the_day(text):
    days = parse_programme(text)["days"]
    assert [d["date"] for d in days] in (
        ["2013-06-28", "2013-06-29"],
        ["2025-04-03", "2025-04-04"],
    )


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "Hackathon\nTime\tEvent\n6:00 PM\tDinner\n11:00 PM\tLate Night Snack\n"
            "HACK-THROUGH-THE-NIGHT\n",
            (None, None, "HACK-THROUGH-THE-NIGHT"),
        ),
        (
            "Fête\n18h Concert\n22h Bal populaire\nBuffet de minuit\n",
            (None, None, "Buffet de minuit"),
        ),
    ],
)
def test_a_moment_after_the_days_last_time_with_no_end_has_no_time(text, last):
    assert _times(text)[0][-1] == last


def test_a_bare_hour_ends_a_range_whose_start_has_its_french_h():
    text = "Jour\n9h30-12 Ateliers\n12h-14h Repas\n14h-17 Forum\n"
    assert _times(text)[0][-1] == ("14:00", "17:00", "Forum")


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        (
            "Rencontre\n\nVendredi 7 février 2020\n18h Accueil\nSoirée : projection d’un film "
            "et débat\nSamedi 8 février 2020\n9h Accueil\n10h Ateliers\n",
            (None, None, "Soirée : projection d’un film et débat"),
        ),
        (
            "Retreat\n\nFriday, May 3, 2024\n6:00 pm Arrivals\nEvening: film screening and "
            "discussion\nSaturday, May 4, 2024\n9:00 Opening\n10:00 Workshops\n",
            (None, None, "Evening: film screening and discussion"),
        ),
    ],
)
def test_a_part_of_the_day_saying_what_happens_before_the_next_day_is_a_moment(text, moment):
    days = _times(text)
    assert len(days) == 2 and days[0][-1] == moment
    # What happens names the kind, not the part of the day (an evening is no meal).
    assert parse_programme(text)["days"][0]["blocks"][-1]["kind"] == "film"


def test_a_part_of_the_day_heading_timed_lines_stays_a_heading():
    text = (
        "Journée\n\nSamedi 8 février 2020\nMatin : Agricultures des villes et des champs\n"
        "9h Accueil\n10h Table ronde\n"
    )
    assert [t for _s, _e, t in _times(text)[0]] == ["Accueil", "Table ronde"]


@pytest.mark.parametrize(
    "text",
    [
        "Annual meeting\n6:00-7:00 pm Check-in\n7:45-8 Jane Doe, Director, City of Leeds\n"
        "“Water in our town”\nQ&A\n8-8:10 Ward Update\n",
        "Assemblée\n18h-19h Accueil\n19h45-20h Marie Dupont, directrice, Ville de Lyon\n"
        "« L’eau dans la ville »\nQuestions-réponses\n20h-20h10 Point sur le quartier\n",
    ],
)
def test_questions_as_the_one_part_of_a_block_naming_no_kind_make_it_a_talk(text):
    block = parse_programme(text)["days"][0]["blocks"][1]
    assert block["start"] == "19:45" and block["kind"] == "talk"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "### Monday\n**8:50 am** Zoom session starts\n**9:00 am** Library prep\n"
            "**10:30 am** Break\n",
            ["welcome", "other", "break"],
        ),
        (
            "Jeudi\n13h45 La séance débute\n14h Étude de cas\n16h Pause\n",
            ["welcome", "other", "break"],
        ),
        # Later in the day, what starts stays what it names.
        (
            "Friday\n6:00 pm Registration Begins\n6:30 pm Workshop Begins\n8:30 pm Closing\n",
            ["welcome", "workshop", "closing"],
        ),
    ],
)
def test_the_days_first_block_said_to_start_is_its_welcome(text, kinds):
    assert [b["kind"] for b in parse_programme(text)["days"][0]["blocks"]] == kinds


# Twenty-fifth round, speakers


def _block_people(text: str) -> list[list[tuple[str | None, str | None, str | None]]]:
    """Each block's speakers as (name, organisation, role)."""
    return [
        [(sp["name"], sp.get("organisation"), sp.get("role")) for sp in b["speakers"]]
        for day in parse_programme(text)["days"]
        for b in day["blocks"]
    ]


@pytest.mark.parametrize(
    ("line", "who", "title"),
    [
        (
            "**9:30 am**  Library Prep and Sequencing __Kristin Mars, PacBio__",
            [("Kristin Mars", "PacBio", None)],
            "Library Prep and Sequencing",
        ),
        (
            "9h30 Atelier cuisine (pratique) **Dr. Marie Roux, AMAP de Nantes**",
            [("Marie Roux", "AMAP de Nantes", None)],
            "Atelier cuisine (pratique)",
        ),
        ("10:00 Soil sampling *Ann Lee, INRAE*", [("Ann Lee", "INRAE", None)], "Soil sampling"),
        # A body alone in bold is no person; a title all in bold marks no part.
        ("10:00 Command line basics __Bioinformatics Core__", [], "Command line basics"),
        ("10:00 **Jane Smith Memorial Lecture**", [], "Jane Smith Memorial Lecture"),
    ],
)
def test_words_in_bold_ending_a_line_after_its_title_are_a_part_of_their_own(line, who, title):
    text = f"{line}\n12:00 Lunch\n"
    block = parse_programme(text)["days"][0]["blocks"][0]
    assert _block_people(text)[0] == who
    assert block["title"].startswith(title)


@pytest.mark.parametrize(
    ("title", "who"),
    [
        (
            "Welcome from Wendy Griswold, Huston Gibson, and Kate Nesse, KSU",
            [
                ("Wendy Griswold", "KSU", None),
                ("Huston Gibson", "KSU", None),
                ("Kate Nesse", "KSU", None),
            ],
        ),
        (
            "Ouverture par Marie Dupont, Paul Martin et Claire Roux, Mairie de Lyon",
            [
                ("Marie Dupont", "Mairie de Lyon", None),
                ("Paul Martin", "Mairie de Lyon", None),
                ("Claire Roux", "Mairie de Lyon", None),
            ],
        ),
        (
            "Conférence animée par Marie Dupont et Claire Roux, responsables de la commission "
            "scolarité",
            [
                ("Marie Dupont", None, "responsables de la commission scolarité"),
                ("Claire Roux", None, "responsables de la commission scolarité"),
            ],
        ),
        # Each with their own body: each keeps theirs.
        (
            "Panel with Tom Hardy (NIH) and Jane Roe (NSF)",
            [("Jane Roe", "NSF", None), ("Tom Hardy", "NIH", None)],
        ),
    ],
)
def test_a_description_after_names_listed_is_each_ones(title, who):
    _, speakers, _ = title_and_speakers(title)
    assert sorted((sp["name"], sp["organisation"], sp["role"]) for sp in speakers) == sorted(who)


@pytest.mark.parametrize(
    ("title", "who"),
    [
        ("Welcome from Melissa Hansen, Village of Union", [("Melissa Hansen", "Village of Union")]),
        ("Recap of the 2013 reports with Kate Nesse", [("Kate Nesse", None)]),
        ("Dinner with Kate Nesse", []),
        ("Atelier cuisine avec Marie Roux", [("Marie Roux", None)]),
        # Capitalised words that are no person's name, with or after `from`.
        ("Lunch with Local Farmers", []),
        ("Greetings from Jordan Valley, Inc.", []),
        ("News from North Carolina, USA", []),
    ],
)
def test_a_name_beyond_doubt_after_with_or_from_is_who_gives_the_block(title, who):
    _, speakers, _ = title_and_speakers(title)
    assert [(sp["name"], sp["organisation"]) for sp in speakers] == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "6:30pm: Welcome from Wendy Griswold and Huston Gibson, KSU\n"
            "6:40pm: Recap of the village vision with Huston Gibson\n7:00pm: Adjourn\n",
            ["Huston Gibson"],
        ),
        (
            "9h Accueil par Marie Dupont et Huston Lebrun, Mairie de Lyon\n"
            "9h30 Visite du quartier avec Huston Lebrun\n11h Clôture\n",
            ["Huston Lebrun"],
        ),
        # A name the programme gives nowhere else, and a meal, get no one.
        (
            "6:30pm: Welcome from Wendy Griswold and Kate Nesse, KSU\n"
            "6:40pm: Recap of the village vision with Huston Gibson\n7:00pm: Adjourn\n",
            [],
        ),
        (
            "6:30pm: Welcome from Wendy Griswold and Huston Gibson, KSU\n"
            "6:40pm: Dinner with Huston Gibson\n8:00pm: Adjourn\n",
            [],
        ),
    ],
)
def test_a_speakers_name_read_elsewhere_ending_a_title_after_with_is_that_person(text, who):
    second = parse_programme(text)["days"][0]["blocks"][1]
    assert [sp["name"] for sp in second["speakers"]] == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Programme\n14h00 : Accueil\n14h30 - 16h30 : Conférence sur la scolarité\n"
            "18h15 : Clôture\nConférence sur la scolarité\n\nMarie Dupont et Claire Roux, "
            "responsables de la commission scolarité, animeront cette conférence.\n",
            [
                ("Marie Dupont", "responsables de la commission scolarité"),
                ("Claire Roux", "responsables de la commission scolarité"),
            ],
        ),
        (
            "Agenda\n2:00 pm Welcome\n2:30 pm Soil health and farming\n4:00 pm Closing\n"
            "Soil health and farming\n\nAnn Lee, director of the Leeds Soil Lab, will lead "
            "the session. Bring your questions.\n",
            [("Ann Lee", "director of the Leeds Soil Lab")],
        ),
        # Capitalised words that are no person's name give no one.
        (
            "Agenda\n2:00 pm Welcome\n2:30 pm Soil health and farming\n4:00 pm Closing\n"
            "Soil health and farming\n\nThe Leeds Soil Lab will lead the session.\n",
            [],
        ),
    ],
)
def test_a_section_below_headed_by_a_blocks_title_names_who_gives_it(text, who):
    block = parse_programme(text)["days"][0]["blocks"][1]
    assert [(sp["name"], sp.get("role")) for sp in block["speakers"]] == who


@pytest.mark.parametrize(
    ("title", "who"),
    [
        ("(talk) Plot.ly: Sensor Data Visualization", []),
        ("(talk) Strap: Why Analytics Matter", []),
        ("Conférence Acme : Pourquoi Voter Demain", []),
        # A name after the talk's word is still a person.
        ("Position Paper: Sofa Kiromilli", ["Sofa Kiromilli"]),
    ],
)
def test_a_question_or_data_words_after_a_talks_head_are_its_subject_not_a_person(title, who):
    _, speakers, _ = title_and_speakers(title)
    assert [sp["name"] for sp in speakers] == who


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("6:45-6:55 LHENA President Frank Brown", [("Frank Brown", None, "LHENA President")]),
        ("9h00 Madame la Maire Anne Roux", [("Anne Roux", None, "Madame la Maire")]),
        (
            "7:45-8:00 Gayle Prest, Sustainability Director, City of Minneapolis “Moving the "
            "Needle”",
            [("Gayle Prest", "City of Minneapolis", "Sustainability Director")],
        ),
        (
            "14h30 Oskar Lebrun, directeur de l’école, Ville de Nantes",
            [("Oskar Lebrun", "Ville de Nantes", "directeur de l’école")],
        ),
        # A kind's title, or words naming no one, before the function: no person.
        ("10:00 Opening Session, Chair, Room A", []),
        ("10:00 Introduction of Task Force Members", []),
    ],
)
def test_a_timed_title_that_is_a_person_with_their_function_is_their_moment(line, who):
    assert _block_people(f"{line}\n12:00 Lunch\n")[0] == who


# Twenty-sixth round, blocks and days -------------------------------------------------------
@pytest.mark.parametrize(
    ("row", "cleaned"),
    [
        ("7:00 PM\t#food Food begins", "7:00 PM Food begins"),
        ("9h30 #atelier-velo Atelier vélo", "9h30 Atelier vélo"),
        ("#accueil Accueil des participants", "Accueil des participants"),
        # A hashtag inside the title, or one not before a capital, is kept.
        ("10:00 Talk on #climate policy", "10:00 Talk on #climate policy"),
        ("10:00 #1 Keynote", "10:00 #1 Keynote"),
    ],
)
def test_a_pages_tag_glued_before_a_title_is_no_word_of_it(row, cleaned):
    from facilitateur.models.programme.clean_lines import clean_line

    assert clean_line(row) == cleaned


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Board of Directors & Past Chairs Dinner", "meal"),
        ("Board of Directors & First Time Attendees Lunch", "meal"),
        ("Friends of the Library and Volunteers Reception", "meal"),
        ("Council of Elders & Youth Delegates Workshop", "workshop"),
        # Not a name in title case: the last word is not its head.
        ("Board of directors meeting, then dinner", None),
    ],
)
def test_the_last_word_of_an_english_name_in_title_case_is_its_head(title, kind):
    assert kind_of(title, "en") == kind


@pytest.mark.parametrize(
    ("text", "span", "title"),
    [
        (
            "10H  Ouverture des stands jusqu’à 12h00.\n10H45  Grand débat\n12H00  Repas\n",
            ("10:00", "12:00"),
            "Ouverture des stands",
        ),
        (
            "2:00 pm Exhibit hall open until 5 pm\n2:30 pm Panel on housing\n4:00 pm Awards\n",
            ("14:00", "17:00"),
            "Exhibit hall open",
        ),
        (
            "9:00 Market opens till 1:00\n9:30 Cooking demo\n10:30 Kids' games\n",
            ("09:00", "13:00"),
            "Market opens",
        ),
    ],
)
def test_an_end_said_after_until_at_the_end_of_a_title_ends_the_block(text, span, title):
    first = blocks(text)[0]
    assert (first["start"], first["end"]) == span
    assert first["title"] == title


@pytest.mark.parametrize(
    "text",
    [
        "Dimanche 13 septembre\n10h - 12h ou 14h - 16h\nAtelier semences paysannes\n",
        "Sunday, September 13\n10:00-12:00 or 14:00-16:00\nSeed saving workshop\n",
        "Dimanche 13 septembre\n10h-12h ou 14h-16h : Atelier semences paysannes\n",
    ],
)
def test_ranges_joined_by_or_give_one_activity_twice(text):
    read = blocks(text)
    assert [(b["start"], b["end"]) for b in read] == [("10:00", "12:00"), ("14:00", "16:00")]
    assert read[0]["title"] == read[1]["title"]
    assert not read[0]["title"].lower().startswith(("ou", "or"))


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        ("Inscription 5€, gratuit pour les moins de 12 ans.", "talk"),
        ("Registration: $20, free for members.", "talk"),
    ],
)
def test_signing_up_at_a_price_does_not_make_a_welcome(note, kind):
    text = f"Samedi 12 mars\n10h - 12h\nLe compost au jardin avec Anne Roux\n{note}\n14h Repas\n"
    assert blocks(text)[0]["kind"] == kind


@pytest.mark.parametrize(
    ("text", "span", "title"),
    [
        (
            "Le week-end nourricier\nVendredi 11 septembre, 20h30\nConférence sur la résilience."
            "\nSamedi 12 septembre, 9h - 13h\nDeuxième rencontre des structures nourricières "
            "(voir le compte-rendu de la première).\nUne demi-journée pour construire une "
            "filière.\n",
            ("09:00", "13:00"),
            "Deuxième rencontre des structures nourricières",
        ),
        (
            "Harvest weekend\nFriday, September 11, 8:30 pm\nTalk on food resilience.\n"
            "Saturday, September 12, 9am-1pm\nSecond meeting of the local food producers, "
            "following the first one in spring.\nA half-day to build the food chain together.\n",
            ("09:00", "13:00"),
            "Second meeting of the local food producers",
        ),
    ],
)
def test_a_line_right_under_a_day_giving_its_hours_is_that_days_moment(text, span, title):
    day = parse_programme(text)["days"][1]
    assert [(b["start"], b["end"]) for b in day["blocks"]] == [span]
    assert day["blocks"][0]["title"].startswith(title)
    described = day["blocks"][0].get("description", "")
    assert "half-day" in described or "demi-journée" in described


def test_a_day_giving_its_hours_then_timed_lines_keeps_its_timed_blocks():
    text = (
        "Samedi 12 septembre, 9h - 17h\nUne journée pour découvrir le jardin partagé et ses "
        "habitants.\n9h Accueil\n10h Atelier compost\n"
    )
    assert [b["title"] for b in blocks(text)] == ["Accueil", "Atelier compost"]


@pytest.mark.parametrize(
    "line",
    [
        "Sur inscription : contact@jardins.fr",
        "Registration: hello@harvest.org",
    ],
)
def test_a_sign_up_by_mail_is_no_part_of_the_block(line):
    text = f"9:00 Opening\n10:00 Seed swap\n{line}\n11:00 Lunch\n"
    assert [b["items"] for b in blocks(text)] == [[], [], []]
    assert line in [u["text"] for u in read_programme(text).unread]


@pytest.mark.parametrize("placeholder", ["TBC", "TBA", "À confirmer", "À venir", "To be announced"])
def test_a_line_saying_its_content_is_not_known_yet_is_no_moment(placeholder):
    text = f"9:00 Welcome\n9:30 Talks\n10:30 Closing\n{placeholder}\n"
    assert [b["title"] for b in blocks(text)] == ["Welcome", "Talks", "Closing"]


@pytest.mark.parametrize(
    ("text", "described"),
    [
        (
            "Agenda\n7:00 PM\tFood begins\n7:30 PM\tCommunity sharings\n8:45 PM\tRetrospective"
            "\n🍕 Food\nPizza and drinks for everyone.\n🗣 Sharings\nThree short talks by "
            "members.\n",
            {"Food begins": "Pizza", "Community sharings": "Three short talks"},
        ),
        (
            "Programme\n18h Apéritif d’accueil\n19h Ateliers du soir\n21h Clôture\n📚 Ateliers"
            "\nTrois ateliers au choix, sur inscription sur place.\n",
            {"Ateliers du soir": "Trois ateliers"},
        ),
    ],
)
def test_a_pictograph_heading_after_the_schedule_naming_a_block_describes_it(text, described):
    read = blocks(text)
    assert all(b["start"] is not None for b in read)
    for b in read:
        if b["title"] in described:
            assert b.get("description", "").startswith(described[b["title"]])


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("2:30 pm  Cluster computing and modules __Bioinformatics Core__", "talk"),
        ("14h30 Les données ouvertes – Service Informatique de la Ville", "talk"),
        ("10:00 Startup - Tactical Stuff", "talk"),
        # Several parts between dashes, the body ending the last: read as before.
        ("9h Visite du port - Présentation de l’action – Observatoire Citoyen", "other"),
        # No body after the dash: another moment, as before.
        ("10:00 Walk to the harbour - weather permitting", "other"),
    ],
)
def test_a_subject_then_a_dash_and_a_body_presenting_it_is_a_talk(line, kind):
    assert blocks(f"{line}\n16:00 Lunch\n")[0]["kind"] == kind


def test_a_subject_then_a_dash_and_a_place_is_no_talk():
    assert blocks("18h Quartier Nord – Salle des Fêtes\n20h Repas\n")[0]["kind"] == "other"


# Twenty-sixth round, speakers


def _speakers_of(line: str) -> list[tuple[str | None, str | None, str | None]]:
    """The speakers of a title read alone, as (name, organisation, role)."""
    _, speakers, _ = title_and_speakers(line)
    return [(sp["name"], sp.get("organisation"), sp.get("role")) for sp in speakers]


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "projection du film documentaire Les agités du bocal suivi d'un temps d'échange "
            "avec Yann Bruell de la LPO.",
            [("Yann Bruell", "LPO", None)],
        ),
        (
            '"Les semences paysannes au potager" avec Olivier Garnier de l\'association '
            '"Koal Kozh".',
            [("Olivier Garnier", "Koal Kozh", None)],
        ),
        (
            "Atelier cuisine avec Marie Roux de l'association Les Jardins.",
            [("Marie Roux", "Les Jardins", None)],
        ),
        (
            "Screening followed by a discussion with Ann Kowalski of the RSPB.",
            [("Ann Kowalski", "RSPB", None)],
        ),
        (
            "Discussion with Ann Kowalski from Friends of the Earth Foundation",
            [("Ann Kowalski", "Friends of the Earth Foundation", None)],
        ),
        # A place said the same way is no body; whoever shares a meal does not speak.
        ("Atelier avec Marie Roux de la Drôme.", []),
        ("Walk with Ann Kowalski from Boston.", []),
        ("Déjeuner avec Marie Roux de la LPO.", []),
    ],
)
def test_a_person_after_with_then_the_body_they_come_from_is_theirs(line, who):
    assert _speakers_of(line) == who


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "9:00 AM Welcome\n  • Fred Morgan, President & CEO, Oklahoma Chamber & COSC Chair",
            [("Fred Morgan", "Oklahoma Chamber", "President & CEO, COSC Chair")],
        ),
        (
            "9:00 AM Welcome\n  • Fred Morgan, President, Acme Foundation and Board Chair",
            [("Fred Morgan", "Acme Foundation", "President, Board Chair")],
        ),
        (
            "9h00 Accueil\n- Marie Roux, présidente, Fédération des Jardins et trésorière du GAB",
            [("Marie Roux", "Fédération des Jardins", "présidente, trésorière du GAB")],
        ),
        # A body whose name holds `et`, `&`, `and` (no function after it) stays whole.
        (
            "9h00 Accueil\n- Marie Roux, présidente, Ligue des droits et libertés",
            [("Marie Roux", "Ligue des droits et libertés", "présidente")],
        ),
        (
            "9:00 AM Welcome\n  • Fred Morgan, CEO, Ben & Jerry's",
            [("Fred Morgan", "Ben & Jerry's", "CEO")],
        ),
    ],
)
def test_a_body_joined_to_one_more_function_ends_the_list_as_the_organisation(line, who):
    assert _block_people(f"{line}\n12:00 Lunch\n")[0] == who


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "Retour Mooc Machine learning in Python with scikit-learn, David Arturo Amor Quiroz "
            "(Machine Learning Engineer - Inria)",
            [("David Arturo Amor Quiroz", "Inria", "Machine Learning Engineer")],
        ),
        (
            "Retour sur le cours avec les élèves, David Quiroz (ingénieur - Inria)",
            [("David Quiroz", "Inria", "ingénieur")],
        ),
        (
            "Building apps with Python, Ann Lee (Engineer - Acme)",
            [("Ann Lee", "Acme", "Engineer")],
        ),
        # A place or a subject in brackets after a name is no function.
        ("Hommage à la Résistance, Jean Moulin (Lyon)", []),
        ("Visite du quartier, Saint Michel (Centre-ville)", []),
    ],
)
def test_a_title_then_a_name_with_their_function_in_brackets_is_who_gives_it(line, who):
    assert _speakers_of(line) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "2:30 – 2:40 Welcome and CEO’s remarks (Mark de Bruijn)\n"
            "- Introduce Guest Speakers: Sonia Theroux, Sonia Furstenau\n3:00 - 4:00 Talk\n",
            [("Mark de Bruijn", None, None)],
        ),
        (
            "14h00 Ouverture (Marie Roux)\n"
            "- Présentation des intervenants : Anne Leroy, Paul Martin\n15h00 Pause\n",
            [("Marie Roux", None, None)],
        ),
        (
            "2:30 pm Opening (Mark de Bruijn)\n"
            "- Introduction of our panelists: Anne Leroy, Paul Martin\n3:00 pm Talk\n",
            [("Mark de Bruijn", None, None)],
        ),
        # A topic then its people still gives them (`Introduction to Python` is a topic).
        (
            "14h00 Ouverture (Marie Roux)\n- Le Temps : Michel Brunet, Amélie Vialet\n"
            "15h00 Pause\n",
            [
                ("Marie Roux", None, None),
                ("Michel Brunet", None, None),
                ("Amélie Vialet", None, None),
            ],
        ),
        (
            "2:30 pm Opening (Mark de Bruijn)\n- Introduction to Python: Anne Leroy, Paul Martin\n"
            "3:00 pm Talk\n",
            [
                ("Mark de Bruijn", None, None),
                ("Anne Leroy", None, None),
                ("Paul Martin", None, None),
            ],
        ),
    ],
)
def test_a_part_introducing_the_speakers_names_no_one_speaking_in_it(text, who):
    block = parse_programme(text)["days"][0]["blocks"][0]
    people = [*block["speakers"], *(sp for item in block["items"] for sp in item["speakers"])]
    assert [(sp["name"], sp.get("organisation"), sp.get("role")) for sp in people] == who


# Twenty-seventh round, blocks and days -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Workshop\n\n2:30 PM, 16 July | Room B3\n\nDuration\tActivity\n5 mins\tWelcome\n"
            "20 mins\tOpening Talk\nSpeakers:\n• Anne Leroy\n1 hour\tHands-on Session\n"
            "10 mins\tClosing Remarks\n",
            [
                ("14:30", "14:35", "Welcome"),
                ("14:35", "14:55", "Opening Talk"),
                ("14:55", "15:55", "Hands-on Session"),
                ("15:55", "16:05", "Closing Remarks"),
            ],
        ),
        # French, a colon after the duration, an hour and its minutes in words.
        (
            "Matinée d’étude\nSamedi 12 mars 2022, 9h30\n\n15 minutes : Accueil\n"
            "45 minutes : Conférence d’ouverture\n1 heure 30 : Ateliers\n30 min : Synthèse\n",
            [
                ("09:30", "09:45", "Accueil"),
                ("09:45", "10:30", "Conférence d’ouverture"),
                ("10:30", "12:00", "Ateliers"),
                ("12:00", "12:30", "Synthèse"),
            ],
        ),
        # A Markdown table, the start in a sentence.
        (
            "The session starts at 10:00 am.\n\n| Duration | Item |\n|---|---|\n"
            "| 10 min | Introductions |\n| 1.5 hours | Breakout groups |\n| 20 min | Wrap-up |\n",
            [
                ("10:00", "10:10", "Introductions"),
                ("10:10", "11:40", "Breakout groups"),
                ("11:40", "12:00", "Wrap-up"),
            ],
        ),
    ],
)
def test_a_table_of_durations_starts_each_part_where_the_one_before_ends(text, expected):
    got = [(b["start"], b["end"], b["title"].strip(" |")) for b in blocks(text)]
    assert got == expected


def test_durations_without_a_start_or_fewer_than_three_rows_are_left_as_written():
    from facilitateur.models.programme.durations import times_from_durations

    rows = ["5 mins\tWelcome", "20 mins\tTalk", "1 hour\tWorkshop"]
    assert times_from_durations(["Workshop", "", *rows]) == ["Workshop", "", *rows]
    two = ["9:00 Opening", "5 mins\tWelcome", "20 mins\tTalk"]
    assert times_from_durations(two) == two


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "EMBC 2025 Workshop: Open Biomedical Multimodal AI Research – From Pixels to Molecules",
            2025,
        ),
        ("Forum 2024 – Habiter demain, se déplacer autrement et partager l’espace public", 2024),
    ],
)
def test_a_year_in_the_events_name_before_its_subject_dates_the_days(text, year):
    got = parse_programme(f"{text}\n\n14 June\n9:00 Welcome\n10:00 Talk\n")
    assert got["days"][0]["date"] == f"{year}-06-14"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Time\tActivity\n9:30am\tPlenary\n10:30am\tBreak\n10:45pm\tAgenda Hacking\n"
            "11:15am\tWorking Sessions\n12:45pm\tLunch\n3:30pm\tClosing\n",
            ["09:30", "10:30", "10:45", "11:15", "12:45", "15:30"],
        ),
        (
            "9:00 a.m. Accueil\n10:15 a.m. Pause\n10:30 p.m. Ateliers\n11:30 a.m. Synthèse\n"
            "12:30 p.m. Déjeuner\n",
            ["09:00", "10:15", "10:30", "11:30", "12:30"],
        ),
    ],
)
def test_a_pm_slipped_into_the_morning_keeps_the_morning_on_one_day(text, expected):
    days = parse_programme(text)["days"]
    assert len(days) == 1
    assert [b["start"] for b in days[0]["blocks"]] == expected


def test_an_evening_after_the_morning_keeps_its_pm():
    text = "9:00am Talks\n11:00am Break\n7:00pm Dinner\n8:30pm Concert\n"
    assert [b["start"] for b in blocks(text)] == ["09:00", "11:00", "19:00", "20:30"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "9h30 : Accueil café\n-10h : Présentation de la journée\n-11h30 Pause\n"
            "-11h45 Intervention de la partenaire\n13h Repas\n",
            [
                ("09:30", "10:00", "Accueil café"),
                ("10:00", "11:30", "Présentation de la journée"),
                ("11:30", "11:45", "Pause"),
                ("11:45", "13:00", "Intervention de la partenaire"),
                ("13:00", None, "Repas"),
            ],
        ),
        (
            "9:00 Registration and coffee\n• 9:15 Keynote\n• 10:30 Break\n• 10:45 Panel\n"
            "12:00 Lunch\n",
            [
                ("09:00", "09:15", "Registration and coffee"),
                ("09:15", "10:30", "Keynote"),
                ("10:30", "10:45", "Break"),
                ("10:45", "12:00", "Panel"),
                ("12:00", None, "Lunch"),
            ],
        ),
    ],
)
def test_bulleted_times_under_a_welcome_or_a_break_are_the_days_next_blocks(text, expected):
    assert [(b["start"], b["end"], b["title"]) for b in blocks(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "9h30 Accueil\n10h/12h30\n- 10h : Présentation\n- 11h30 Pause\n13h Repas\n",
        "9:00 Welcome\n10:00 - 12:30\n- 10:00 Keynote\n- 11:30 Break\n13:00 Lunch\n",
    ],
)
def test_a_range_alone_over_dashed_timed_lines_is_not_their_title(text):
    got = [(b["start"], b["title"]) for b in blocks(text)]
    assert got[1:4] == [
        ("10:00", got[1][1]),
        ("11:30", got[2][1]),
        ("13:00", got[3][1]),
    ]
    assert not got[1][1][:1].isdigit()


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Le conseil municipal ouvert au public : 23/07/2020 à 18h30\n\n"
            "A l’ordre du jour :\nBudget\nTravaux\n",
            "2020-07-23",
        ),
        ("Open day: 14 June 2025 at 6 pm\n\nCome and meet the team.\n", "2025-06-14"),
    ],
)
def test_the_line_giving_an_events_time_gives_its_date(text, when):
    assert parse_programme(text)["days"][0]["date"] == when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Rencontre des élus le 30 septembre\n\nAprès l’annulation de la rencontre prévue le "
            "17 février 2021, la nouvelle date est fixée au jeudi 30 septembre 2021\n\n"
            "- 13h30 Accueil\n- 14h Table ronde\n- 16h Clôture\n",
            "2021-09-30",
        ),
        (
            "Members’ meeting on 12 October\n\nPostponed from 4 May 2024 to Saturday "
            "12 October 2024.\n\n9:00 Welcome\n10:00 Reports\n12:00 Lunch\n",
            "2024-10-12",
        ),
    ],
)
def test_the_title_day_and_month_choose_among_the_full_dates_under_it(text, when):
    assert parse_programme(text)["days"][0]["date"] == when


def test_one_named_team_reporting_gives_a_talk_several_teams_a_report_back():
    text = (
        "9:00 Security Team Report\n9:30 Release Team Report - Jane Doe\n10:00 Team reports\n"
        "10:30 Reports from the teams\n11:00 End\n"
    )
    kinds = [b["kind"] for b in blocks(text)[:4]]
    assert kinds[0] != "report_back"
    assert kinds[1:] == ["talk", "report_back", "report_back"]


@pytest.mark.parametrize(
    "title",
    ["Collaborative Working Sessions", "Work session", "Sessions de travail collaboratives"],
)
def test_a_working_session_is_a_workshop(title):
    assert kind_of(title, "en") == "workshop"
    assert spans(f"9:00 {title}\n10:00 Pause\n")[0][2] == "workshop"


# Twenty-seventh round, speakers


@pytest.mark.parametrize(
    "cell, who",
    [
        (
            "Yadav Yadavendra, Todd DeSantis",
            [("Yadav Yadavendra", None, None), ("Todd DeSantis", None, None)],
        ),
        (
            "Xianyuan Liu, Jean Martin",
            [("Xianyuan Liu", None, None), ("Jean Martin", None, None)],
        ),
        # A body after the name stays the name's body.
        ("Marie Dupont, Acme Corp", [("Marie Dupont", "Acme Corp", None)]),
        ("Yann Martin, Meta AI", [("Yann Martin", "Meta AI", None)]),
    ],
)
def test_a_presenter_cell_names_a_second_person_named_beyond_doubt(cell, who):
    text = f"9:00\tOpening\n9:30\tStorage on Linux\t{cell}\n10:00\tBreak\n"
    assert _block_people(text)[1] == who


@pytest.mark.parametrize(
    "name", ["Todd DeSantis", "Marie DeVries", "Joe DiMaggio", "Anne LaGuardia"]
)
def test_a_last_name_with_its_particle_glued_to_a_capital_is_a_name(name):
    assert person(name, strict=False) == {
        "name": name,
        "organisation": None,
        "role": None,
        "topic": None,
    }


@pytest.mark.parametrize(
    "line",
    [
        "14:35 Opening Talk: Towards Deployment-Centric Multimodal AI – Prof. Haiping Lu",
        "14:35 Ouverture : Vers une IA Multimodale Déployée – Pr. Haiping Lu",
    ],
)
def test_words_before_a_dash_and_a_civility_are_no_person(line):
    people = _block_people(f"14:00 Welcome\n{line}\n15:00 Closing\n")[1]
    # The talk's words are never a person's name with the speaker for a role.
    assert [name for name, _, _ in people if name != "Haiping Lu"] == [], people


@pytest.mark.parametrize(
    "line, who",
    [
        (
            "- Ouverture de la journée par la déléguée élue de région : Marie-Ange Louvet",
            ("Marie-Ange Louvet", None, "déléguée élue de région"),
        ),
        ("- Welcome by the Mayor: Jane Smith", ("Jane Smith", None, "Mayor")),
        # Words that are no function give no role.
        ("- Présentation par le groupe : Marie Roux", ("Marie Roux", None, None)),
    ],
)
def test_a_function_after_par_before_the_name_is_its_role(line, who):
    block = parse_programme(f"10h00 Accueil\n{line}\n11h00 Pause\n")["days"][0]["blocks"][0]
    assert [
        (sp["name"], sp.get("organisation"), sp.get("role")) for sp in block["items"][0]["speakers"]
    ] == [who]


@pytest.mark.parametrize(
    "line, who",
    [
        (
            "- Deux témoins 1er témoin : Jean Dupont, éleveur 2eme témoin : Anne Roux, maraîchère",
            [("Jean Dupont", None, "éleveur"), ("Anne Roux", None, "maraîchère")],
        ),
        (
            "- Farmers speak: first speaker: Ann Lee, farmer; second speaker: Tom Reed, teacher",
            [("Ann Lee", None, "farmer"), ("Tom Reed", None, "teacher")],
        ),
    ],
)
def test_numbered_labels_part_the_people_they_introduce(line, who):
    block = parse_programme(f"10h00 Accueil\n{line}\n11h00 Pause\n")["days"][0]["blocks"][0]
    people = [sp for item in block["items"] for sp in item["speakers"]]
    assert [(sp["name"], sp.get("organisation"), sp.get("role")) for sp in people] == who


@pytest.mark.parametrize(
    "line, who",
    [
        (
            "Intervenants : Anne Roux, maraîchère accompagnée de Valérie, apicultrice",
            [("Anne Roux", None, "maraîchère"), ("Valérie", None, "apicultrice")],
        ),
        (
            "Speakers: Tom Reed, farmer accompanied by Sarah Lee (Leeds)",
            [("Tom Reed", None, "farmer"), ("Sarah Lee", "Leeds", None)],
        ),
    ],
)
def test_accompanied_by_names_another_person(line, who):
    block = parse_programme(f"12h00 Table ronde\n{line}\n13h00 Repas\n")["days"][0]["blocks"][0]
    people = [*block["speakers"], *(sp for item in block["items"] for sp in item["speakers"])]
    assert [(sp["name"], sp.get("organisation"), sp.get("role")) for sp in people] == who


def test_a_function_named_by_its_ending_may_say_what_it_is_about():
    text = (
        "14h15 Conférence\n"
        "  • Blaise Berger, accompagnateur de projets et d’initiatives rurales\n"
        "  • Gilles Maréchal, chercheur CNRS et fondateur\n16h Pause\n"
    )
    assert _block_people(text)[0] == [
        ("Blaise Berger", None, "accompagnateur de projets et d’initiatives rurales"),
        ("Gilles Maréchal", None, "chercheur CNRS et fondateur"),
    ]


# Twenty-eighth round, blocks and days


@pytest.mark.parametrize(
    "text, cells",
    [
        (
            "Horaires\tGrand public\tTechnique\tAtelier\n"
            "14h - 15h\tLe libre au quotidien\n"
            "Anne Roux, Framasoft\tHTML5 et ses amis\n"
            "Paul Martin, Mozilla\tDessiner avec Krita\n"
            "Jean Dupont\t\t\n"
            "15h - 16h\tLa vie privée en ligne\n"
            "Marie Lenoir, LDN\tUn réseau citoyen\n"
            "Luc Petit\tLa musique libre\n"
            "Claire Moreau\n",
            [
                ("14:00", "15:00", "Le libre au quotidien", "Anne Roux"),
                ("14:00", "15:00", "HTML5 et ses amis", "Paul Martin"),
                ("14:00", "15:00", "Dessiner avec Krita", "Jean Dupont"),
                ("15:00", "16:00", "La vie privée en ligne", "Marie Lenoir"),
                ("15:00", "16:00", "Un réseau citoyen", "Luc Petit"),
                ("15:00", "16:00", "La musique libre", "Claire Moreau"),
            ],
        ),
        (
            "Time\tMain hall\tRoom B\tRoom C\n"
            "10:00 am - 11:00 am\tOpen data for cities\n"
            "Sarah Lee, City of Leeds\tTesting with Python\n"
            "Tom Reed\tMaps for everyone\n"
            "Ann Baker\n"
            "11:15 am - 12:00 pm\tSecurity basics\n"
            "Mark Jones\tThe cloud at home\n"
            "Emma Clark\tLearning Rust\n"
            "David Young\t\n",
            [
                ("10:00", "11:00", "Open data for cities", "Sarah Lee"),
                ("10:00", "11:00", "Testing with Python", "Tom Reed"),
                ("10:00", "11:00", "Maps for everyone", "Ann Baker"),
                ("11:15", "12:00", "Security basics", "Mark Jones"),
                ("11:15", "12:00", "The cloud at home", "Emma Clark"),
                ("11:15", "12:00", "Learning Rust", "David Young"),
            ],
        ),
    ],
)
def test_a_column_per_track_copied_staggered_gives_a_block_per_cell(text, cells):
    read = [
        (b["start"], b["end"], b["title"], b["speakers"][0]["name"] if b["speakers"] else None)
        for b in blocks(text)
    ]
    assert read == cells


def test_a_tab_table_of_one_cell_per_row_is_not_read_as_tracks():
    text = "9:00\tWelcome\nJane Smith\tMayor\n10:00\tKeynote\nTom Reed\tUniversity\n"
    assert [b["start"] for b in blocks(text)] == ["09:00", "10:00"]


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("Dimanche 25 novembre, ateliers", "workshop"),
        ("Saturday 12 May: Workshops", "workshop"),
        ("Samedi 26 mai – tables rondes", "panel"),
    ],
)
def test_a_day_heading_naming_its_blocks_kind_gives_it(heading, kind):
    text = (
        f"Vendredi 24 mai\n9h Accueil\n{heading}\n"
        "10h-12h Débuter avec Git\nSébastien Douche\n14h-17h Passer à Puppet\nAnne Roux\n"
    )
    assert [b["kind"] for b in blocks(text, 1)] == [kind, kind]


def test_a_day_heading_with_one_moment_in_the_singular_names_no_kind_for_the_day():
    text = (
        "Vendredi 24 mai\n9h Accueil\nSamedi 25 mai, atelier vélo\n"
        "10h-12h Débuter avec Git\nSébastien Douche\n"
    )
    assert [b["kind"] for day in parse_programme(text)["days"] for b in day["blocks"]][-1] == "talk"


@pytest.mark.parametrize(
    "text, first",
    [
        (
            "Programme de la journée :\n\n"
            "Accueil à partir de 11 heures pour ceux qui le souhaitent, apportez votre repas.\n\n"
            "13 h 30 - 14 h 30 : remue-méninges sur un nom\n",
            ("11:00", "13:30", "welcome", "Accueil", "Pour ceux qui le souhaitent"),
        ),
        (
            "Agenda\nLunch from 12 noon: bring your own sandwiches, drinks are provided.\n\n"
            "1:30 pm - 2:30 pm Brainstorm on a name\n",
            ("12:00", "13:30", "meal", "Lunch", "Bring your own sandwiches"),
        ),
    ],
)
def test_a_moment_said_in_a_sentence_before_the_times_is_a_block(text, first):
    b = blocks(text)[0]
    described = b.get("description", "")[: len(first[4])]
    assert (b["start"], b["end"], b["kind"], b["title"], described) == first


def test_a_sentence_with_a_time_naming_no_moment_is_no_block():
    text = "Visite guidée à partir de 10 heures pour les familles.\n\n14h - 15h Conférence\n"
    assert [b["start"] for b in blocks(text)] == ["14:00"]


# Twenty-eighth round, speakers


@pytest.mark.parametrize(
    "text, tracks",
    [
        (
            "Samedi 24 novembre\n"
            "14h - 15h\tLe libre à l’école\n"
            "Marie Dupont, Framasoft\tHTML5 et ses amis\n"
            "Paul Martin, Mozilla\tKrita pour dessiner\n"
            "Jean Roux\t\n"
            "15h - 16h\tClôture\n",
            [
                ("Le libre à l’école", [("Marie Dupont", "Framasoft")]),
                ("HTML5 et ses amis", [("Paul Martin", "Mozilla")]),
                ("Krita pour dessiner", [("Jean Roux", None)]),
            ],
        ),
        (
            "Time\tMain hall\t\tWorkshop room\n"
            "2:00 PM - 3:00 PM\tOpen data for cities\n"
            "Sarah Miller\tThe future of maps\n"
            "Tom Reed, OpenStreetMap\t\n"
            "3:00 PM - 4:00 PM\tClosing\n",
            [
                ("Open data for cities", [("Sarah Miller", None)]),
                ("The future of maps", [("Tom Reed", "OpenStreetMap")]),
            ],
        ),
    ],
)
def test_the_cell_after_people_in_a_track_table_is_the_next_track(text, tracks):
    blocks = parse_programme(text)["days"][0]["blocks"][: len(tracks)]
    assert [
        (b["title"], [(sp["name"], sp.get("organisation")) for sp in b["speakers"]]) for b in blocks
    ] == tracks
    assert len({(b["start"], b["end"]) for b in blocks}) == 1


@pytest.mark.parametrize(
    "row",
    ["Jane Smith\tMayor", "Tom Reed\tUniversity of Leeds", "Marie Dupont\tAssociation des maires"],
)
def test_a_person_then_their_function_or_body_in_the_next_cell_is_no_next_track(row):
    # Merging the twenty-eighth round: a cell after people that names a function or a body, or
    # is a single word, says what they are or where they come from, not another track's talk.
    text = f"9:00\tWelcome\n{row}\n10:00\tKeynote\n"
    assert [b["start"] for b in parse_programme(text)["days"][0]["blocks"]] == ["09:00", "10:00"]


@pytest.mark.parametrize(
    "line, title, who",
    [
        (
            "9:30 AM: Welcome Remarks — Executive Vice President for Academic Affairs and Provost"
            " Jeffrey E. Hecker",
            "Welcome Remarks",
            ("Jeffrey E. Hecker", "Executive Vice President for Academic Affairs and Provost"),
        ),
        (
            "9:30 AM: Update from the field — Regional Director Sarah Miller",
            "Update from the field",
            ("Sarah Miller", "Regional Director"),
        ),
        (
            "9h30 Mot d’accueil – Vice-présidente Marie Dupont",
            "Mot d’accueil",
            ("Marie Dupont", "Vice-présidente"),
        ),
    ],
)
def test_a_function_then_a_name_after_a_dash_is_the_speaker(line, title, who):
    block = parse_programme(f"{line}\n11:00 AM: Break\n")["days"][0]["blocks"][0]
    assert block["title"] == title
    assert [(sp["name"], sp.get("role")) for sp in block["speakers"]] == [who]


def test_words_before_a_name_after_a_dash_that_end_in_no_function_give_no_one():
    text = "9:30 AM: Opening — University of Leeds Jane Smith\n11:00 AM: Break\n"
    assert parse_programme(text)["days"][0]["blocks"][0]["speakers"] == []


@pytest.mark.parametrize(
    "line",
    [
        "1:45 PM: Breakout Session #1 (Four Choices)",
        "1:45 PM: Parallel workshops (Three Tracks)",
        "13h45 Ateliers en parallèle (Trois Salles)",
    ],
)
def test_a_count_in_brackets_is_no_speaker(line):
    text = f"{line}\n3:00 PM: Break\n"
    assert parse_programme(text)["days"][0]["blocks"][0]["speakers"] == []


@pytest.mark.parametrize(
    "line",
    [
        "18h00 Vernissage de l’exposition « Les haies » de Jeanne Roux, Atelier du Val",
        "18h00 Anniversaire des « Fables » de Jean Martin, Éditions du Rhône",
    ],
)
def test_de_after_a_quoted_work_names_its_author_not_a_speaker(line):
    block = parse_programme(f"{line}\n20h00 Repas\n")["days"][0]["blocks"][0]
    assert block["speakers"] == []
    assert not any(item["speakers"] for item in block["items"])


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "14h Libérer Internet\nJulien Vaubourg et Sébastien Jean, LDN\n16h Fin\n",
            [("Julien Vaubourg", "LDN"), ("Sébastien Jean", "LDN")],
        ),
        (
            "2:00 PM Soil health\nAnn Lee and Tom Reed, Leeds University\n3:00 PM Break\n",
            [("Ann Lee", "Leeds University"), ("Tom Reed", "Leeds University")],
        ),
    ],
)
def test_people_joined_by_and_share_the_body_after_the_last_one(text, who):
    block = parse_programme(text)["days"][0]["blocks"][0]
    assert [(sp["name"], sp.get("organisation")) for sp in block["speakers"]] == who


# Twenty-ninth round, blocks and days


@pytest.mark.parametrize(
    "text",
    [
        "1700 - Arrivée, installation\n1730 - Accueil\n1800 - Début de la réunion\n"
        "1845 - Fin des échanges\n",
        "1700 Early arrival\n1730 Welcome\n1800 Meeting starts\n1845 End of the groups\n",
    ],
)
def test_an_evening_in_four_digits_without_a_leading_zero_is_read_as_times(text):
    got = blocks(text)
    assert [(b["start"], b["end"]) for b in got] == [
        ("17:00", "17:30"),
        ("17:30", "18:00"),
        ("18:00", "18:45"),
        ("18:45", None),
    ]


def test_years_that_could_be_evening_times_stay_years():
    # Not in rising steps of five minutes, or beside a clock written the usual way.
    got = blocks("1900 Fondation\n1914 Guerre\n1936 Congés\n1945 Paix\n9h Accueil\n")
    assert [b["title"] for b in got] == ["Accueil"]
    got = blocks("1900 Fondation\n1910 Musée\n1930 Salle\n1945 Paix\n9h Accueil\n")
    assert [b["title"] for b in got] == ["Accueil"]


def test_am_or_pm_glued_to_the_title_ends_the_time():
    got = blocks(
        "8:00ambreakfast\n9:00amEvan welcoming speech\n10amOpen Space\n5pmretreat adjourns\n"
    )
    assert [(b["start"], b["title"]) for b in got] == [
        ("08:00", "breakfast"),
        ("09:00", "Evan welcoming speech"),
        ("10:00", "Open Space"),
        ("17:00", "retreat adjourns"),
    ]


@pytest.mark.parametrize(
    "text, title",
    [
        ("9h Accueil\nVers 12h30 Déjeuner\n14h Ateliers\n", "Déjeuner"),
        ("9:00 am Welcome\naround 12:30 pm Lunch\n2:00 pm Talks\n", "Lunch"),
        ("9:00 Welcome\n~12:30-ish - Lunch\n14:00 Talks\n", "Lunch"),
        ("9:00am welcome\n~12:30pmlunch\n2pm talks\n", "lunch"),
    ],
)
def test_one_time_said_approximate_opening_a_line_starts_its_block(text, title):
    got = blocks(text)
    assert [(b["start"], b["title"]) for b in got][1] == ("12:30", title)


@pytest.mark.parametrize(
    "text",
    [
        "Workshop Schedule\n08:30 – 08:45\tOpening\n08:45 – 09:45\tPaper Session 1\n"
        "09:45 – 10:00\tBreak\n10:00 – 11:00\tSession 2\n",
        "Atelier de recherche\n8h30-8h45 Accueil\n8h45-9h45 Session de communications 1\n"
        "9h45-10h Pause\n10h-11h Session 2\n",
    ],
)
def test_a_session_named_by_what_is_presented_is_talks_even_in_a_workshop(text):
    got = blocks(text)
    assert (got[1]["kind"], got[3]["kind"]) == ("talk", "workshop")


@pytest.mark.parametrize(
    "text",
    [
        "> De 14h à 15h15 : Atelier pour enfants\n> 18h30 : Projection\n",
        "> From 2 pm to 3:15 pm: Children's workshop\n> 6:30 pm: Film\n",
    ],
)
def test_an_arrow_before_a_range_said_with_its_preposition_starts_a_block(text):
    got = blocks(text)
    assert [(b["start"], b["end"]) for b in got] == [("14:00", "15:15"), ("18:30", None)]


@pytest.mark.parametrize(
    "text",
    [
        "17h15 - Projection du film\nUn film de Jean Roux\nDurée : 1h36\n19h - Débat\n",
        "5:15 pm Film screening\nRunning time: 96 min\n7:00 pm Discussion\n",
    ],
)
def test_a_length_under_a_start_ends_the_block_and_is_no_time_of_day(text):
    got = blocks(text)
    assert [(b["start"], b["end"]) for b in got] == [("17:15", "18:51"), ("19:00", None)]
    assert len(parse_programme(text)["days"]) == 1


@pytest.mark.parametrize(
    "text, titles",
    [
        (
            "- BO Twirling : 9h – 10h30\n- Handball – HBCRK : 10h30 – 12h\n",
            ["BO Twirling", "Handball – HBCRK"],
        ),
        ("• Yoga: 9:00 – 10:30\n• Football: 10:30 – 12:00\n", ["Yoga", "Football"]),
    ],
)
def test_a_bullet_before_a_title_then_its_times_is_no_part_of_the_title(text, titles):
    assert [b["title"] for b in blocks(text)] == titles


@pytest.mark.parametrize(
    "text",
    [
        "Friday (Code Retreat)\n8:00 Breakfast\n9:00 Pairing\nSaturday (Open Space)\n8:00 Breakfast\n",
        "Vendredi (journée d’étude)\n8h Accueil\n9h Ateliers\nSamedi (journée famille)\n8h Accueil\n",
    ],
)
def test_a_weekday_then_words_in_brackets_heads_its_day(text):
    got = read_programme(text)
    assert [len(d["blocks"]) for d in got.programme["days"]] == [2, 1]
    assert got.unread == []


# Twenty-ninth round, speakers


def _people(text: str) -> list[tuple[str | None, str | None, str | None]]:
    block = parse_programme(text)["days"][0]["blocks"][0]
    found = list(block["speakers"]) + [sp for item in block["items"] for sp in item["speakers"]]
    return [(sp["name"], sp.get("organisation"), sp.get("role")) for sp in found]


@pytest.mark.parametrize(
    "line, who",
    [
        (
            "10:00 – 10:30 Invited Talk: Dr. Benjamin Steenhoek, Microsoft Research",
            ("Benjamin Steenhoek", "Microsoft Research", None),
        ),
        (
            "10h00 – 10h30 Conférence : Claire Dubois, Météo France",
            ("Claire Dubois", "Météo France", None),
        ),
    ],
)
def test_a_name_and_two_capitalised_words_after_a_comma_are_a_person_and_their_body(line, who):
    assert _people(f"{line}\n11:00 – 11:30 Break\n") == [who]


def test_two_names_after_a_comma_each_named_beyond_doubt_stay_two_people():
    people = _people("10:00 – 10:30 Panel: Jane Smith, Paul Martin\n11:00 – 11:30 Break\n")
    assert [name for name, _, _ in people] == ["Jane Smith", "Paul Martin"]


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "11:00 – 12:00 Panel\nPanelists:\nAmit Sikder, Assistant Professor, Computer Science,"
            " Iowa State University\n12:00 – 13:00 Lunch\n",
            [("Amit Sikder", "Iowa State University", "Assistant Professor, Computer Science")],
        ),
        (
            "14h00 Table ronde\nIntervenants :\nClaire Dubois, maîtresse de conférences, Sciences"
            " Politiques, Université de Lyon\n15h00 Pause\n",
            [
                (
                    "Claire Dubois",
                    "Université de Lyon",
                    "maîtresse de conférences, Sciences Politiques",
                )
            ],
        ),
    ],
)
def test_a_field_of_study_after_a_function_is_no_person(text, who):
    assert _people(text) == who


@pytest.mark.parametrize(
    "text, guests",
    [
        (
            "19h Débat\nAnimée par Mohammed Fazani, co-directeur de l’association ALIFS, en"
            " présence de Maître Francine Lingdagba et Michèle Tribalat.\n20h30 Fin\n",
            ["Francine Lingdagba", "Michèle Tribalat"],
        ),
        (
            "7:00 PM Debate\nChaired by Jane Smith, director of the Acme Foundation, in the"
            " presence of Paul Martin and Anne Roux.\n8:30 PM End\n",
            ["Paul Martin", "Anne Roux"],
        ),
    ],
)
def test_people_in_the_presence_of_are_guests_not_words_of_the_chairs_role(text, guests):
    chair, *others = _people(text)
    assert "présence" not in (chair[2] or "") and "presence" not in (chair[2] or "")
    assert [(name, org, role) for name, org, role in others] == [(g, None, None) for g in guests]


@pytest.mark.parametrize(
    "text",
    [
        "17h15 Projection du film Héritages\nUn film de Philippe Aractingi (Prod. Dolce Vita"
        " Films)\n19h Fin\n",
        "5:15 PM Screening: Heritages\nA film by Philippe Aractingi (Dolce Vita Films)\n7:00 PM"
        " End\n",
    ],
)
def test_the_maker_of_a_film_with_a_body_in_brackets_is_no_speaker(text):
    assert _people(text) == []


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "14h30 Atelier d’écriture\nAnimé par Christophe Dabitch, auteur et scénariste autour"
            " de sa BD Immigrants\n16h Fin\n",
            ("Christophe Dabitch", None, "Animation, auteur et scénariste"),
        ),
        (
            "2:30 PM Reading\nWith Jane Smith, writer, about her novel The Tide\n4:00 PM End\n",
            ("Jane Smith", None, "writer"),
        ),
    ],
)
def test_their_own_work_after_a_function_is_their_topic_not_their_body(text, who):
    assert _people(text) == [who]


@pytest.mark.parametrize(
    "room",
    ["Espace Littérature Homme et Société", "Salle du Conseil", "Room 12, University Centre"],
)
def test_a_room_under_a_speaker_is_no_organisation_of_theirs(room):
    text = f"14h30 Atelier\nAnimé par Christophe Dabitch, auteur et scénariste\n{room}\n16h Fin\n"
    assert _people(text) == [("Christophe Dabitch", None, "Animation, auteur et scénariste")]


@pytest.mark.parametrize(
    "line, who",
    [
        (
            "6:10 PM Invite Veronica from Parks to give an update on the renovation",
            ("Veronica", "Parks", None),
        ),
        ("6:10 PM Update by Sam from Public Works, on roads", ("Sam", "Public Works", None)),
        ("18h10 Mot d’accueil par Julie de chez Emmaüs", ("Julie", "Emmaüs", None)),
    ],
)
def test_a_given_name_from_a_service_after_invite_or_by_is_that_person(line, who):
    assert _people(f"{line}\n7:00 PM End\n") == [who]


@pytest.mark.parametrize(
    "line", ["6:10 PM Songs from Ireland", "6:10 PM Letters from Home, a reading"]
)
def test_capitalised_words_from_a_place_with_no_given_name_before_are_no_one(line):
    assert _people(f"{line}\n7:00 PM End\n") == []


@pytest.mark.parametrize(
    "line, who",
    [
        ("10h00 Contes pour enfants par Norbert Crettol, Grange à Émile.", "Norbert Crettol"),
        ("10:00 Storytelling by Ann Lee, Barn Theatre.", "Ann Lee"),
    ],
)
def test_a_place_after_a_name_s_comma_is_where_they_give_it_not_their_body(line, who):
    assert _people(f"{line}\n12:00 End\n") == [(who, None, None)]


def test_a_body_after_a_name_s_comma_stays_their_organisation():
    line = "10:00 Storytelling by Ann Lee, Acme Theatre Company."
    assert _people(f"{line}\n12:00 End\n") == [("Ann Lee", "Acme Theatre Company", None)]


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "2:55 PM Introduction to the Tutorials\nSpeakers:\n• Xianyuan Liu\n• Jiayang Zhang\n"
            "3:15 PM Guided Tutorial\n",
            [("Xianyuan Liu", None, None), ("Jiayang Zhang", None, None)],
        ),
        (
            "14h55 Table ronde\nIntervenants :\n- Marie Dupont, INRAE\n- Paul Martin (CNRS)\n"
            "15h15 Atelier\n",
            [("Marie Dupont", "INRAE", None), ("Paul Martin", "CNRS", None)],
        ),
    ],
)
def test_bullets_under_a_speakers_label_alone_on_its_line_are_its_people(text, who):
    assert _people(text) == who


@pytest.mark.parametrize("name", ["Zixuan (Kelly) Ding", "Jean (Jeannot) Dupont"])
def test_a_nickname_in_brackets_between_given_and_last_name_is_part_of_the_name(name):
    text = f"2:55 PM Tutorials\nSpeakers:\n• Jane Smith\n• {name}\n3:15 PM Break\n"
    assert _people(text) == [("Jane Smith", None, None), (name, None, None)]


# Thirtieth round, blocks and days


@pytest.mark.parametrize(
    "text",
    [
        "Agenda\nLundi 21/06 (17h30-19h) : Jeux de société\nMardi 22/06 (18h-19h) : Cuisine\n"
        "Mercredi 23/06 (18h30-19h30) : Théâtre\nMercredi 23/06 (21h-23h) : Match\n",
        "Agenda\nMonday 6/21 (5:30pm-7pm): Board games\nTuesday 6/22 (6pm-7pm): Cooking\n"
        "Wednesday 6/23 (6:30pm-7:30pm): Theatre\nWednesday 6/23 (9pm-11pm): Match\n",
        "Agenda\nLundi 21/06 17h30-19h : Jeux de société\nMardi 22/06 18h-19h : Cuisine\n"
        "Mercredi 23/06 18h30-19h30 : Théâtre\nMercredi 23/06 21h-23h : Match\n",
    ],
)
def test_a_weekday_and_a_day_month_date_then_a_block_on_each_line_are_that_day_s_blocks(text):
    days = parse_programme(text)["days"]
    assert [len(d["blocks"]) for d in days] == [1, 1, 2]
    assert [d["label"].split()[0][:2] for d in days] in (
        ["Lu", "Ma", "Me"],
        ["Mo", "Tu", "We"],
    )
    assert [(b["start"], b["end"]) for b in days[2]["blocks"]] == [
        ("18:30", "19:30"),
        ("21:00", "23:00"),
    ]
    assert days[2]["blocks"][0]["title"] in ("Théâtre", "Theatre")


def test_a_place_after_a_date_s_range_and_comma_still_heads_the_day():
    # The colon of the rule above is what makes `Théâtre` a title; a comma leaves a place.
    got = parse_programme("Samedi 16 juin, 14h-17h, salle des fêtes\n14h Accueil\n15h Atelier\n")
    assert [b["title"] for b in got["days"][0]["blocks"]] == ["Accueil", "Atelier"]


@pytest.mark.parametrize(
    "text",
    [
        "Matinée :\n• 10h sur le site : coupe du ruban\n\nMidi :\n• 11h30 à la cave : table ronde\n"
        "• 12h30 à la cave : repas\n\nAprès-midi :\n• 15h : visite du parc\n",
        "Morning:\n- 10:00 at the park: ribbon cutting\n\nNoon:\n- 11:30 at the cellar: debate\n"
        "- 12:30 at the cellar: lunch\n\nAfternoon:\n- 3pm: guided tour\n",
    ],
)
def test_noon_in_words_with_its_colon_over_timed_lines_heads_that_part_of_the_day(text):
    days = _times(text)
    assert len(days) == 1
    assert [(s, e) for s, e, _ in days[0]] == [
        ("10:00", "11:30"),
        ("11:30", "12:30"),
        ("12:30", "15:00"),
        ("15:00", None),
    ]


@pytest.mark.parametrize(
    "heading",
    ["24 et 25 mars 2017", "Rencontre des 24 et 25 mars 2017", "24-25 March 2017"],
)
def test_days_listed_before_their_month_start_the_schedule_on_the_first_of_them(heading):
    text = (
        f"{heading}\nProgramme\n09:00 Accueil\n10:00 Ateliers\n12:00 Déjeuner\n"
        "09:00 Accueil\n10:00 Balade\n12:00 Repas\n"
    )
    days = parse_programme(text)["days"]
    assert [d["date"] for d in days] == ["2017-03-24", "2017-03-25"]


@pytest.mark.parametrize(
    "text",
    [
        "- 9h30 – Accueil\n- 10h00 / Rencontre-débat avec Jeanne Martin, sociologue. - 12h30 "
        "– Repas\n- 14h30 / Conférence avec Paul Durand (à confirmer). - 17h00 // Groupes de "
        "travail\n",
        "- 9:30 – Welcome\n- 10:00 / Debate with Jane Smith, sociologist. - 12:30 – Lunch\n"
        "- 14:30 / Lecture with Paul Brown (to be confirmed). - 17:00 // Working groups\n",
    ],
)
def test_one_or_two_slashes_part_a_time_from_its_title_and_mark_a_block_run_on(text):
    got = _times(text)[0]
    assert [(s, e) for s, e, _ in got] == [
        ("09:30", "10:00"),
        ("10:00", "12:30"),
        ("12:30", "14:30"),
        ("14:30", "17:00"),
        ("17:00", None),
    ]
    assert got[1][2].startswith(("Rencontre", "Debate"))
    assert got[4][2] in ("Groupes de travail", "Working groups")


@pytest.mark.parametrize(
    "text, date",
    [
        (
            "The 2021 PERLS workshop is on Tuesday, December 14th, time zone: New York.\n\n"
            "Workshop schedule - Tuesday, December 14th\n8:00am Welcome\n9:00am Talks\n",
            "2021-12-14",
        ),
        (
            "L’édition 2021 du séminaire aura lieu le mardi 14 décembre, à Paris.\n\n"
            "Programme du mardi 14 décembre\n9h Accueil\n10h Conférence\n",
            "2021-12-14",
        ),
        # The weekday is wrong in that year: the sentence dates another day, or another year.
        (
            "The 2021 workshop is on Wednesday, December 14th.\n\n"
            "Schedule - Wednesday, December 14th\n9:00 Welcome\n10:00 Talk\n",
            None,
        ),
    ],
)
def test_a_year_in_the_sentence_naming_the_schedule_s_day_is_that_day_s_year(text, date):
    assert parse_programme(text)["days"][0]["date"] == date


@pytest.mark.parametrize(
    "heading",
    ["Saturday and Sunday (Open Space Event)", "Samedi et dimanche (forum ouvert)"],
)
def test_weekdays_sharing_a_schedule_then_words_in_brackets_head_those_days(heading):
    text = f"Vendredi\n09:00 Accueil\n10:00 Code\n{heading}\n09:00 Café\n10:00 Sessions\n"
    days = parse_programme(text)["days"]
    # Thirty-sixth round: two weekdays joined are two days, each with the shared blocks.
    first, _joined, second = heading.split(" ", 2)
    brackets = second.split(" ", 1)[1]
    assert [d["label"] for d in days] == ["Vendredi", f"{first} {brackets}", second]
    assert [b["title"] for b in days[1]["blocks"]] == ["Café", "Sessions"]
    assert [b["title"] for b in days[2]["blocks"]] == ["Café", "Sessions"]


@pytest.mark.parametrize(
    "text",
    [
        "8:00ambreakfast\n9:00amwelcome\n~noonlunch\n1:30pmsessions\n",
        "8:00ampetit-déjeuner\n9:00amaccueil\n~noondéjeuner\n1:30pmateliers\n",
    ],
)
def test_noon_said_approximate_and_glued_to_the_title_is_that_block_s_start(text):
    got = _times(text)[0]
    assert [(s, e) for s, e, _ in got] == [
        ("08:00", "09:00"),
        ("09:00", "12:00"),
        ("12:00", "13:30"),
        ("13:30", None),
    ]
    assert got[2][2] in ("lunch", "déjeuner")


def test_a_word_starting_with_noon_without_the_approximate_mark_is_no_time():
    assert [t for _, _, t in _times("9:00 Welcome\nnoonday prayer\n1pm talk\n")[0]][-1] == "talk"


# Thirtieth round, speakers


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "9:30am Talks\nMechanism Design (Jake Goldenfein)\nMetrics are Tricky (Rachel Thomas)\n"
            "10:00am Lunch\n",
            [("Jake Goldenfein", None, None), ("Rachel Thomas", None, None)],
        ),
        (
            "8:20am [Plenary] Culturing PERLS (Mark Nitzberg)\n8:55am Break\n",
            [("Mark Nitzberg", None, None)],
        ),
        (
            "14h Exposés\nJardins Partagés (Claire Roux)\nSols Vivants (Paul Martin)\n15h Pause\n",
            [("Claire Roux", None, None), ("Paul Martin", None, None)],
        ),
    ],
)
def test_capitalised_words_then_a_name_in_brackets_are_a_talk_and_who_gives_it(text, who):
    assert _people(text) == who


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "10h00 Rencontre-Débat\navec Etienne Butzbach, Président de Prisme et un représentant"
            " institutionnel (à confirmer).\n12h30 Buffet\n",
            ("Etienne Butzbach", None, "Président de Prisme"),
        ),
        (
            "10:00 Panel\nwith Ann Lee, Director of Research and a representative of the"
            " council\n12:00 Lunch\n",
            ("Ann Lee", None, "Director of Research"),
        ),
        (
            "14h30 Rencontre-Débat\navec Fabrice Dhume, enseignant-chercheur à Paris 7, membre"
            " URMIS. - 17h00 // Groupes de travail\n20h Dîner\n",
            ("Fabrice Dhume", None, "enseignant-chercheur à Paris 7, membre URMIS"),
        ),
    ],
)
def test_another_guest_not_named_or_the_next_block_ends_a_speaker_s_function(text, who):
    assert _people(text)[0] == who


@pytest.mark.parametrize(
    "line, who",
    [
        (
            "10h Présentation par Samuel Thirion, Secrétaire Général du Réseau Together et des"
            " participants aux diverses phases du projet",
            ("Samuel Thirion", None, "Secrétaire Général du Réseau Together"),
        ),
        (
            "10h Budget\nMarie Dupont, vice-présidente en charge des finances, informe les"
            " délégués que le contrat est renouvelé",
            ("Marie Dupont", None, "vice-présidente en charge des finances"),
        ),
        (
            "10:00 Budget\nAnn Lee, Treasurer of the board, presents the accounts of the year",
            ("Ann Lee", None, "Treasurer of the board"),
        ),
    ],
)
def test_other_participants_or_what_they_do_there_end_a_speaker_s_function(line, who):
    assert _people(f"{line}\n12h Buffet\n")[0] == who


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "10h Débat\navec Samir Hadj Belgacem (Docteur en sociologie, ATER à Versailles)\n"
            "12h Buffet\n",
            ("Samir Hadj Belgacem", None, "Docteur en sociologie, ATER à Versailles"),
        ),
        (
            "10h Débat\navec Marie Dupont, docteure en histoire\n12h Buffet\n",
            ("Marie Dupont", None, "docteure en histoire"),
        ),
    ],
)
def test_docteur_names_a_function(text, who):
    assert _people(text) == [who]


@pytest.mark.parametrize(
    "text",
    [
        "14h Débat\navec le collectif les Bonnets d’ânes – St Denis, et un représentant\n17h Fin\n",
        "2:00 pm Panel\nwith the Friends of the Park – Saint Albans\n3:00 pm End\n",
    ],
)
def test_a_saint_and_one_word_is_a_town_not_a_person(text):
    assert _people(text) == []


@pytest.mark.parametrize(
    "line, who",
    [
        (
            "8pm Invited Steve Rodriguez, former chair Saratoga Springs GOP party, Charlie Brown,"
            " Chair Saratoga Springs Democratic party",
            [
                ("Steve Rodriguez", "Saratoga Springs GOP party", "former chair"),
                ("Charlie Brown", "Saratoga Springs Democratic party", "Chair"),
            ],
        ),
        (
            "20h Invitée : Marie Dupont, présidente Association Terre Vivante",
            [("Marie Dupont", "Association Terre Vivante", "présidente")],
        ),
        (
            "8pm Guests: Ann Lee, Director Leeds City Council",
            [("Ann Lee", "Leeds City Council", "Director")],
        ),
    ],
)
def test_a_function_then_a_body_named_by_its_kind_with_nothing_between(line, who):
    assert _people(f"{line}\n9pm Adjourn\n") == who


@pytest.mark.parametrize(
    "role",
    [
        "Secrétaire Général du Réseau Together",
        "Directeur Général de la Fédération Nationale",
        "Director General Leeds City Council",
    ],
)
def test_a_function_of_several_words_is_not_cut_before_its_body(role):
    line = f"10h Table ronde\navec Samuel Thirion, {role}"
    assert _people(f"{line}\n12h Buffet\n") == [("Samuel Thirion", None, role)]


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "9:00am Theme 1\n[Presentations]\nStuart Russell\nMireille Hildebrandt\n"
            "[Panel discussion]\nStuart Russell\nMireille Hildebrandt\nNatasha Jaques\n"
            "10:40am Break\n",
            ["Stuart Russell", "Mireille Hildebrandt", "Natasha Jaques"],
        ),
        (
            "9h Thème 1\n- Exposés\nMarie Dupont\nPaul Martin\n- Table ronde\nMarie Dupont\n"
            "Paul Martin\nClaire Roux\n10h30 Pause\n",
            ["Marie Dupont", "Paul Martin", "Claire Roux"],
        ),
    ],
)
def test_a_person_named_again_in_a_later_part_of_a_block_speaks_once_there(text, who):
    assert [name for name, _org, _role in _people(text)] == who


def test_a_person_named_again_with_a_new_function_stays():
    text = "9:00am Theme 1\n[Presentations]\nAnn Lee\n[Panel]\nAnn Lee, moderator\n10am Break\n"
    assert _people(text) == [("Ann Lee", None, None), ("Ann Lee", None, "moderator")]


@pytest.mark.parametrize(
    "line, title, who",
    [
        (
            "1:05 pm National Keynote Speaker- The Honorable John Hickenlooper, Governor of"
            " Colorado (Invited) – THEME: Progress and Success in the Denver Region",
            "National Keynote Speaker – THEME: Progress and Success in the Denver Region",
            ("John Hickenlooper", None, "Governor of Colorado"),
        ),
        (
            "14h Conférencière – Marie Dupont, historienne (à confirmer)",
            "Conférencière",
            ("Marie Dupont", None, "historienne"),
        ),
    ],
)
def test_a_noun_for_who_speaks_then_a_dash_and_a_person(line, title, who):
    block = parse_programme(f"{line}\n3:00 pm Break\n")["days"][0]["blocks"][0]
    assert block["title"] == title
    assert _people(f"{line}\n3:00 pm Break\n") == [who]


@pytest.mark.parametrize(
    "bullet",
    ["Land Use – Quality Growth and Sustainable Development", "Mobilité – Villes et Campagnes"],
)
def test_a_theme_and_its_subtitle_in_a_bullet_are_no_person(bullet):
    text = f"2:30 pm Leaders Panel\n  • Transport\n  • {bullet}\n  • Housing\n3:00 pm Break\n"
    assert _people(text) == []


def test_a_loose_name_and_a_body_named_by_its_kind_in_a_bullet_stay_a_person():
    text = "2:30 pm Panel\n  • Choukri Benayed – Leeds Food Bank\n3:00 pm Break\n"
    assert _people(text) == [("Choukri Benayed", "Leeds Food Bank", None)]


@pytest.mark.parametrize(
    "line, title, who",
    [
        (
            "10:20 Opening Talk: Towards Deployment-Centric Multimodal AI – Prof. Haiping Lu",
            "Opening Talk: Towards Deployment-Centric Multimodal AI",
            "Haiping Lu",
        ),
        (
            "10h20 Conférence : Les Éco-Quartiers de demain – Dr Xu Wen",
            "Conférence : Les Éco-Quartiers de demain",
            "Xu Wen",
        ),
    ],
)
def test_a_civility_and_a_name_after_a_title_s_dash_give_the_talk(line, title, who):
    block = parse_programme(f"{line}\n11:00 Break\n")["days"][0]["blocks"][0]
    assert block["title"] == title
    assert _people(f"{line}\n11:00 Break\n") == [(who, None, None)]


@pytest.mark.parametrize(
    "line, title, who",
    [
        (
            "7:15 Introductory Remarks by Bob Turner/Approval of Minutes",
            "Introductory Remarks / Approval of Minutes",
            "Bob Turner",
        ),
        (
            "19h15 Accueil par Marie Dupont / Lecture du compte rendu",
            "Accueil / Lecture du compte rendu",
            "Marie Dupont",
        ),
    ],
)
def test_a_slash_after_a_name_opens_the_block_s_next_part(line, title, who):
    block = parse_programme(f"{line}\n8:00 Break\n")["days"][0]["blocks"][0]
    assert block["title"] == title
    assert _people(f"{line}\n8:00 Break\n") == [(who, None, None)]


@pytest.mark.parametrize(
    "line, who",
    [
        (
            "avec Zouina MEDDOUR, militante quartiers populaires, Collectif du Blanc Mesnil, le"
            " Takticollectif de Toulouse, Emmanuelle Joshua, enseignante en REP à Marseille",
            [
                ("Zouina MEDDOUR", "Collectif du Blanc Mesnil", "militante quartiers populaires"),
                ("Emmanuelle Joshua", None, "enseignante en REP à Marseille"),
            ],
        ),
        (
            "avec Marie Dupont, maraîchère, Association Terre Vivante, la Ferme du Bec",
            [("Marie Dupont", "Association Terre Vivante", "maraîchère")],
        ),
    ],
)
def test_a_group_named_with_its_article_after_a_guest_s_body_is_not_theirs(line, who):
    assert _people(f"10h Rencontre-débat\n{line}\n12h Buffet\n") == who


@pytest.mark.parametrize(
    "names",
    [
        ["Jake Goldenfein", "Finale Doshi-Velez", "Evi Micha"],
        ["Marie Dupont", "Oumou Keïta-Traoré", "Paul Martin"],
    ],
)
def test_a_name_shaped_line_between_two_bare_names_is_a_name(names):
    text = "10:50am Theme 2\n[Panel discussion]\n" + "\n".join(names) + "\n12:15pm Lunch\n"
    assert [name for name, _org, _role in _people(text)] == names


def test_a_moment_between_two_bare_names_is_no_name():
    text = "10:50am Talks\nJake Goldenfein\nClosing Remarks\nEvi Micha\n12:15pm Lunch\n"
    assert "Closing Remarks" not in [name for name, _org, _role in _people(text)]


@pytest.mark.parametrize(
    "label, role",
    [
        ("Modérateurs", "Modératrice, codirectrice artistique"),
        ("Animateurs", "Animatrice, codirectrice artistique"),
        ("Modérateur", "Modérateur, codirectrice artistique"),
        ("Moderators", "Moderator, codirectrice artistique"),
    ],
)
def test_a_chair_s_plural_noun_agrees_with_a_woman_s_function(label, role):
    people = labelled_speakers(
        f"{label} : Julien Bancilhon, rédacteur en chef et Fabienne Lavanchy, codirectrice"
        " artistique"
    )
    assert people[-1]["role"] == role


# Thirty-first round, blocks and days


@pytest.mark.parametrize(
    "text, titles",
    [
        (
            "Programme\n\nA 16h00, visites d'entreprises locales, société Tente.\n\n"
            "A 21h00, dîner d'accueil organisé par l'association.\n",
            [
                "visites d'entreprises locales, société Tente.",
                "dîner d'accueil organisé par l'association.",
            ],
        ),
        (
            "Programme\n\nAt 10:00, a visit of the castle and its park.\n\n"
            "At 13:00, lunch with the host families of the town.\n",
            ["a visit of the castle and its park.", "lunch with the host families of the town."],
        ),
    ],
)
def test_lines_each_opening_with_their_time_and_a_comma_are_the_schedule(text, titles):
    result = parse_programme(text)
    blocks = [b for d in result["days"] for b in d["blocks"]]
    assert [b["title"] for b in blocks] == titles


def test_one_sentence_opening_with_a_time_under_a_block_stays_its_description():
    text = (
        "10h00 Accueil\nÀ 10h15, on vous demandera de vous préparer pour la suite.\n11h00 Atelier\n"
    )
    blocks = parse_programme(text)["days"][0]["blocks"]
    assert [b["title"] for b in blocks] == ["Accueil", "Atelier"]


@pytest.mark.parametrize(
    "dates, first, second, third",
    [
        ("les 13 / 14 / 15 septembre 2002", "VENDREDI 13", "SAMEDI 14", "DIMANCHE 15"),
        ("13, 14 and 15 September 2002", "Friday 13th", "Saturday 14th", "Sunday 15th"),
    ],
)
def test_a_weekday_and_its_day_of_the_month_head_a_day_dated_from_above(
    dates, first, second, third
):
    text = (
        f"Jumelage\n\n{dates}\n\n{first}\n\n16h00 Visites\n\n21h00 Dîner\n\n"
        f"{second}\n\n10h00 Visite\n\n13h00 Repas\n\n{third}\n\n10h00 Messe\n\n18h30 Départ\n"
    )
    days = parse_programme(text)["days"]
    assert [d["date"] for d in days] == ["2002-09-13", "2002-09-14", "2002-09-15"]
    assert [len(d["blocks"]) for d in days] == [2, 2, 2]


@pytest.mark.parametrize(
    "text",
    [
        "Programme\n\n- 16h15 introduction\n- 16h30 session 1 (45’)\n- 17h15 clôture (15’)\n",
        "Agenda\n\n- 4.15PM introduction\n- 4.30PM session 1 (45')\n- 5.15PM wrap up (15')\n",
    ],
)
def test_minutes_written_with_the_prime_are_a_length(text):
    blocks = parse_programme(text)["days"][0]["blocks"]
    assert [b["end"] for b in blocks][1:] == [blocks[2]["start"], blocks[2]["start"][:3] + "30"]
    assert "'" not in blocks[2]["title"] and "’" not in blocks[1]["title"]


@pytest.mark.parametrize(
    "line, start, end, title",
    [
        (
            "9:00 - 9:10a Welcome and opening remarks",
            "09:00",
            "09:10",
            "Welcome and opening remarks",
        ),
        ("1:30p-2:45p Ateliers en parallèle", "13:30", "14:45", "Ateliers en parallèle"),
        ("10:15 - 11:00a Keynote", "10:15", "11:00", "Keynote"),
    ],
)
def test_the_half_of_the_day_said_by_its_letter_after_the_minutes(line, start, end, title):
    block = parse_programme(f"Agenda\n\n{line}\n")["days"][0]["blocks"][0]
    assert (block["start"], block["end"], block["title"]) == (start, end, title)


@pytest.mark.parametrize(
    "text",
    [
        "Programme\n\n9h00 Café-accueil\n9h30 Plénière\n10h30 Café d’accueil\n11h00 Atelier\n",
        "Agenda\n\n9:00 Welcome coffee\n9:30 Keynote\n10:30 Welcome coffee\n11:00 Workshop\n",
    ],
)
def test_a_welcome_coffee_opening_the_day_is_its_welcome(text):
    kinds = [b["kind"] for b in parse_programme(text)["days"][0]["blocks"]]
    assert kinds[0] == "welcome" and kinds[2] == "break"


@pytest.mark.parametrize(
    "title, language",
    [
        ("Collaborative Sessions", "en"),
        ("Collaborative time (room B)", "en"),
        ("Séances collaboratives", "fr"),
        ("Temps collaboratif", "fr"),
    ],
)
def test_sessions_said_collaborative_are_workshops(title, language):
    assert kind_of(title, language) == "workshop"


@pytest.mark.parametrize(
    "text, start, end, title",
    [
        (
            "Programme\n\n14H00 Débat\n16H30\nà 18H00 : répartition en deux ateliers\n"
            "18H00 Pause\n",
            "16:30",
            "18:00",
            "répartition en deux ateliers",
        ),
        (
            "Agenda\n\n14:00 Welcome\n16:30\nto 18:00 Workshops in small groups\n18:00 Dinner\n",
            "16:30",
            "18:00",
            "Workshops in small groups",
        ),
    ],
)
def test_a_range_cut_after_its_start_is_one_block(text, start, end, title):
    blocks = parse_programme(text)["days"][0]["blocks"]
    assert [(b["start"], b["end"], b["title"]) for b in blocks][1] == (start, end, title)
    assert len(blocks) == 3


@pytest.mark.parametrize(
    "line, title",
    [
        ("10:00 🍻 Happy Hour🍻", "Happy Hour"),
        (
            "10h00 Sortie au parc avec pique-nique 🧺🥖, danses 💃🏾",
            "Sortie au parc avec pique-nique, danses",
        ),
        ("10h00 Atelier musique 🎹", "Atelier musique"),
    ],
)
def test_pictographs_are_no_words_of_a_title(line, title):
    blocks = parse_programme(f"Programme\n\n{line}\n11h00 Pause\n")["days"][0]["blocks"]
    assert blocks[0]["title"] == title


@pytest.mark.parametrize(
    "title, language",
    [
        ("Public Comment", "en"),
        ("Comments from the public", "en"),
        ("Commentaires du public", "fr"),
        ("La parole est à la salle", "fr"),
    ],
)
def test_the_public_s_comments_are_its_turn_to_speak(title, language):
    assert kind_of(title, language) == "q_and_a"


@pytest.mark.parametrize(
    "title, language",
    [
        ("Propose your topic and choose the ones you are interested in", "en"),
        ("Generate topics", "en"),
        ("Proposition des sujets", "fr"),
        ("Choix des sujets", "fr"),
    ],
)
def test_topics_proposed_or_chosen_by_all_are_the_open_space(title, language):
    assert kind_of(title, language) == "open_space"


# Thirty-first round, speakers


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "9:00-10:00 | Welcome\nJane Smith, Director, Center on Urban and Regional Policy,"
            " Leeds University, and Tom Reed, Senior Fellow, Acme Institute |\n"
            "10:00-10:30 | Break |\n",
            [
                ("Jane Smith", "Center on Urban and Regional Policy, Leeds University", "Director"),
                ("Tom Reed", "Acme Institute", "Senior Fellow"),
            ],
        ),
        (
            "9h00 Ouverture\nAnne Roux, directrice, Agence de l’eau Loire et Bretagne, et Paul"
            " Marin, maire, Syndicat des eaux et forêts\n10h00 Pause\n",
            [
                ("Anne Roux", "Agence de l’eau Loire et Bretagne", "directrice"),
                ("Paul Marin", "Syndicat des eaux et forêts", "maire"),
            ],
        ),
    ],
)
def test_people_each_with_function_and_body_after_commas_are_each_apart(text, who):
    assert _people(text) == who


def test_a_function_and_places_after_commas_are_one_person():
    text = "9h00 Ouverture\nAnne Roux, directrice, Paris, France\n10h00 Pause\n"
    assert [name for name, _org, _role in _people(text)] == ["Anne Roux"]


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "19h00 Débat public\nen présence de Pierre Durand, maire de Millau,\navec le Dr Paul"
            " Martin, anesthésiste à l'hôpital de Millau, le Professeur Anne Roux, cheffe de"
            " service à l'Assistance Publique - Hôpitaux de Marseille et le Dr Marc Petit,"
            " urgentiste\n20h00 Fin\n",
            ["Pierre Durand", "Paul Martin", "Anne Roux", "Marc Petit"],
        ),
        (
            "7:00 pm Public debate\nwith Dr Paul Martin, anaesthetist at Leeds Hospital, the"
            " Professor Anne Roux, head of care - Leeds Teaching Hospitals and Dr Marc Petit,"
            " emergency doctor\n8:00 pm End\n",
            ["Paul Martin", "Anne Roux", "Marc Petit"],
        ),
    ],
)
def test_a_doctor_s_title_after_its_article_starts_the_next_person(text, who):
    assert [name for name, _org, _role in _people(text)] == who


@pytest.mark.parametrize(
    "line, who",
    [
        (
            "14h00 ouverture, en présence de Pierre Gosnat Député - Maire d'Ivry",
            ("Pierre Gosnat", None, "Député - Maire d'Ivry"),
        ),
        (
            "2:00 pm Opening remarks\nJane Smith Director, Leeds City Council",
            ("Jane Smith", "Leeds City Council", "Director"),
        ),
    ],
)
def test_a_function_word_after_a_name_without_comma_is_no_last_name(line, who):
    assert _people(f"{line}\n15:00 Pause\n") == [who]


def test_a_last_name_after_its_particle_may_be_a_function_word():
    assert person("Jean Le Maire, adjoint", strict=False)["name"] == "Jean Le Maire"


@pytest.mark.parametrize(
    "line, name",
    [
        ("Speaker 2: A/Prof. Chun Wie Chong", "Chun Wie Chong"),
        ("Speaker 11: A/ Prof. Ruth Reef", "Ruth Reef"),
        ("Speaker 3: Assoc. Prof. Tom Reed", "Tom Reed"),
    ],
)
def test_an_associate_professor_s_abbreviated_title_is_no_part_of_the_name(line, name):
    assert _people(f"9:40 Session 1: short talks\n{line}\n10:00 Break\n") == [(name, None, None)]


@pytest.mark.parametrize(
    "line, who",
    [
        (
            "Jane Smith, Director, D.C. Office of Planning",
            ("Jane Smith", "D.C. Office of Planning", "Director"),
        ),
        (
            "Tom Reed, Deputy Director, U.S. Department of Energy",
            ("Tom Reed", "U.S. Department of Energy", "Deputy Director"),
        ),
    ],
)
def test_the_periods_of_an_abbreviated_place_end_no_sentence_in_a_body(line, who):
    assert _people(f"9:00 Panel\n{line}\n10:00 Break\n") == [who]


@pytest.mark.parametrize(
    "line",
    [
        "21h-23h : Coupe d'Europe Diffusion France-Portugal ⚽",
        "Mercredi 23/06 (20h-22h) : Festival d'Automne Projection Paris-Lyon 🎬.",
        "20h-22h : Soirée de Bretagne Concert Nantes-Rennes 🎵",
    ],
)
def test_what_an_event_shows_or_plays_is_no_person(line):
    assert _people(f"{line}\n23h Fin\n") == []


@pytest.mark.parametrize(
    "line, who",
    [
        ("Speaker 8: Dr. CK Yao", ("CK Yao", None, None)),
        ("Intervenant : Pr JP Singh, IIT Delhi", ("JP Singh", "IIT Delhi", None)),
    ],
)
def test_two_capitals_after_a_doctor_s_title_are_a_person_s_initials(line, who):
    assert _people(f"9:40 Session 4: short talks\n{line}\n10:00 Break\n") == [who]


# Thirty-second round, blocks and days ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Soirée Serverless : Kafka et Quarkus\n\nMardi 9 mai 2023 à 19h00\n\n"
        "19h00 : Accueil\n19h30 : Les opérateurs en Java\n",
        "Evening of Poetry: Voices of the Coast\n\nFriday, March 3, 2023\n\n"
        "7:00 pm Doors open\n7:30 pm Readings\n",
    ],
)
def test_a_part_of_the_day_above_the_first_day_names_the_event(text):
    got = parse_programme(text)
    assert len(got["days"]) == 1
    assert got["title"] == text.split("\n")[0]
    assert [b["start"] for b in got["days"][0]["blocks"]] == ["19:00", "19:30"]


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("La quête de Bob, l'appli en fin de cycle", "talk"),
        ("A talk at the end of the project", "talk"),
        ("Le projet en fin de parcours", "talk"),
        ("Fin", "closing"),
        ("The end", "closing"),
    ],
)
def test_at_the_end_of_something_says_when_not_the_day_s_end(title, kind):
    assert (kind_of(title) or "talk") == kind


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Assemblée des habitants du quartier Nord\n\nLa séance a été ouverte à 18h30, et "
            "levée à 20h45. Les points ont été traités.\n\nOrdre du jour\n- Budget\n",
            ("18:30", "20:45"),
        ),
        (
            "Neighbourhood Watch meeting\n\nDoors open at 6 pm and we will close at 9:30 pm.\n"
            "\nAgenda\n- Budget\n",
            ("18:00", "21:30"),
        ),
    ],
)
def test_the_end_of_an_event_said_later_in_the_sentence_of_its_start(text, span):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [span]


@pytest.mark.parametrize(
    "text",
    [
        "Journée des bénévoles\nSamedi 6 avril 2024\n\n"
        "Accueil des bénévoles : à partir de 9h avec un café\n\n10h00 Ateliers\n12h00 Repas\n",
        "Volunteers' Day\nSaturday, 6 April 2024\n\n"
        "Volunteer check-in: from 9 am with coffee and pastries\n\n10:00 am Workshops\n"
        "12:00 pm Lunch\n",
    ],
)
def test_a_title_then_its_start_said_with_its_word_and_what_comes_with_it(text):
    got = blocks(text)
    assert [(b["start"], b["end"]) for b in got] == [
        ("09:00", "10:00"),
        ("10:00", "12:00"),
        ("12:00", None),
    ]
    assert got[0]["title"] in ("Accueil des bénévoles", "Volunteer check-in")


# Thirty-second round, speakers


def _everyone(text: str) -> list[tuple[str | None, str | None, str | None]]:
    found = []
    for day in parse_programme(text)["days"]:
        for block in day["blocks"]:
            found += block["speakers"]
            found += [sp for item in block["items"] for sp in item["speakers"]]
    return [(sp["name"], sp.get("role"), sp.get("topic")) for sp in found]


@pytest.mark.parametrize(
    "line, who",
    [
        ("Hypermedia Workshop w/ Mike Amundsen", "Mike Amundsen"),
        ("Atelier cuisine w/ Marie Roux", "Marie Roux"),
    ],
)
def test_w_slash_in_a_title_is_with(line, who):
    assert _everyone(f"10:00 {line}\n11:00 Lunch\n") == [(who, None, None)]


@pytest.mark.parametrize(
    "line, who",
    [
        ("Hypermedia Workshop w/ Mike Amundsen Details", "Mike Amundsen"),
        ("Keynote by Jane Smith Details", "Jane Smith"),
        ("Conférence par Anne Roux En savoir plus", "Anne Roux"),
    ],
)
def test_a_web_page_s_link_ending_a_cell_is_no_word_of_the_name(line, who):
    assert _everyone(f"10:00\t{line}\n11:00\tLunch\n") == [(who, None, None)]


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "14:00 Ordre du jour\n  • Commission Voirie (par Félix Le Goater)\n"
            "  • Commission Culture (par Michèle Weber)\n  • Votes (par les conseillers)\n",
            ["Félix Le Goater", "Michèle Weber"],
        ),
        (
            "3:00 PM Updates\n  - Water quality report (by John Smith)\n"
            "  - Budget (by Leeds City Council)\n",
            ["John Smith"],
        ),
        (
            "9:00 Bilans\n  - Bilan moral (présenté par Anne Roux)\n"
            "  - Report (presented by Tom Reed)\n",
            ["Anne Roux", "Tom Reed"],
        ),
    ],
)
def test_a_bracket_opening_with_par_or_by_names_who_gives_the_point(text, who):
    assert [name for name, _, _ in _everyone(text)] == who


@pytest.mark.parametrize(
    "line, who",
    [
        (
            "Councillors Lila Cyr, Ken Kennedy and Vyrn Peterson on Retaining Wall progress",
            [
                ("Lila Cyr", "Councillor", "Retaining Wall progress"),
                ("Ken Kennedy", "Councillor", "Retaining Wall progress"),
                ("Vyrn Peterson", "Councillor", "Retaining Wall progress"),
            ],
        ),
        (
            "Conseillères Claire Dupont et Sophie Martin sur le budget participatif",
            [
                ("Claire Dupont", "Conseillère", "le budget participatif"),
                ("Sophie Martin", "Conseillère", "le budget participatif"),
            ],
        ),
        ("Trustees Leeds City Council and Bradford Council", []),
        ("Members Retaining Wall and Dock Repairs", []),
    ],
)
def test_a_function_in_the_plural_names_the_people_after_it(line, who):
    assert _everyone(f"9:00 Updates\n  • {line}\n") == who


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "Réunion plénière du conseil de quartier\n"
            "4 élus invités (Carine Petit, Didier Antonnelli, Sylvie Lequin)\n"
            "La réunion a été ouverte à 19h35.\nOrdre du jour\n"
            "  • Conseil de quartier (par Félix Le Goater)\n"
            "  • Commission Voirie (par Félix Le Goater)\n"
            "  • Commission Culture (par Michèle Weber)\n"
            "  • Votes (par les conseillers)\n",
            ["Félix Le Goater", "Michèle Weber"],
        ),
        (
            "Neighbourhood association general meeting\nThe meeting starts at 7:30 pm.\n"
            "Agenda\n1. Minutes (by Ann Lee)\n2. Treasurer's report (by Tom Reed)\n"
            "3. Councillors Jane Smith and Bob Turner on the new park\n",
            ["Ann Lee", "Tom Reed", "Jane Smith", "Bob Turner"],
        ),
    ],
)
def test_who_presents_the_untimed_points_of_a_one_block_meeting_speaks_in_it(text, who):
    assert [name for name, _, _ in _everyone(text)] == who


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "October meeting of the neighborhood association, at 7:30pm.\n"
            "Bob Ryan, Director of Public Services and other staff will discuss parking. "
            "Mark Shroder, a member of the Noise Board, will also discuss noise complaints.\n"
            "Members will discuss a new Dog Park.\n"
            "Neighborhood President Malcolm St. Romain addresses the membership.\n",
            [
                ("Bob Ryan", "Director of Public Services", None),
                ("Mark Shroder", "member of the Noise Board", None),
                ("Malcolm St. Romain", "Neighborhood President", None),
            ],
        ),
        (
            "Assemblée générale de l’association, à 18h30.\n"
            "Anne Roux, directrice du centre social, présentera le bilan de l’année.\n"
            "La Mairie, service jeunesse, présentera les travaux.\n"
            "Trésorière Marie Leroy présentera les comptes.\n",
            [
                ("Anne Roux", "directrice du centre social", None),
                ("Marie Leroy", "Trésorière", None),
            ],
        ),
    ],
)
def test_a_sentence_saying_a_named_person_presents_gives_a_one_block_meeting_its_speaker(text, who):
    assert _everyone(text) == who


# Thirty-third round, blocks and days -----------------------------------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "7:30am Eucharist\nCash breakfast\nCongress registration\n9:00am Morning Prayer\n"
            "9:30-10:30am Keynote\n",
            [
                ("07:30", "09:00", "Eucharist"),
                ("07:30", "09:00", "Cash breakfast"),
                ("07:30", "09:00", "Congress registration"),
                ("09:00", "09:30", "Morning Prayer"),
                ("09:30", "10:30", "Keynote"),
            ],
        ),
        (
            "Jeudi 24 octobre\n7h30 Messe\nPetit-déjeuner\nInscriptions au congrès\n"
            "8h30 Départ des participants\n9h00-10h30 Ateliers\n",
            [
                ("07:30", "08:30", "Messe"),
                ("07:30", "08:30", "Petit-déjeuner"),
                ("07:30", "08:30", "Inscriptions au congrès"),
                ("08:30", "09:00", "Départ des participants"),
                ("09:00", "10:30", "Ateliers"),
            ],
        ),
    ],
)
def test_an_untimed_line_under_a_start_alone_runs_beside_that_block(text, expected):
    read = parse_programme(text)
    assert [(b["start"], b["end"], b["title"]) for b in read["days"][0]["blocks"]] == expected
    assert not read.get("warnings")  # running beside on purpose: no overlap to warn of


def test_an_untimed_line_after_a_block_with_its_end_fills_the_time_left():
    # The rule above leaves alone a moment between a block ending and the next time.
    assert [
        (b["start"], b["end"], b["title"])
        for b in blocks("10:00-12:00 Talk\nLunch\n14:00 Workshop\n")
    ] == [("10:00", "12:00", "Talk"), ("12:00", "14:00", "Lunch"), ("14:00", None, "Workshop")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "7:30am Cash breakfast\n7:00-8:45am Registration\n8:30am Morning Prayer\n"
            "8:45am-3:30pm Workshop\n",
            [("07:30", "08:30"), ("07:00", "08:45"), ("08:30", "08:45"), ("08:45", "15:30")],
        ),
        (
            "7h30 Petit-déjeuner\n7h00-8h45 Inscriptions\n8h30 Prière du matin\n"
            "8h45-15h30 Atelier\n",
            [("07:30", "08:30"), ("07:00", "08:45"), ("08:30", "08:45"), ("08:45", "15:30")],
        ),
        # The next later time falls after the earlier block: the lines list hours, each on
        # its own, and the block given its start alone keeps no end.
        (
            "Sunday\n- Silent Auction Closes 1:45pm\n- Sales Areas 10am–6pm\n"
            "- Exhibition 10am–5pm\n- Contest begins 8pm\n",
            [("13:45", None), ("10:00", "18:00"), ("10:00", "17:00"), ("20:00", None)],
        ),
    ],
)
def test_a_start_alone_before_an_earlier_time_ends_at_the_next_later_one(text, expected):
    assert [(b["start"], b["end"]) for b in blocks(text)] == expected


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "Journée d’étude organisée par la ville le 15 mars\n\n7 mars 2018\n\n"
            "9h – Ouverture\n9h30 – Table ronde\n12h – Déjeuner\n",
            "2018-03-15",
        ),
        (
            "A study day hosted by the city on March 15\n\nMarch 7, 2018\n\n"
            "9:00 Welcome\n9:30 Panel\n12:00 Lunch\n",
            "2018-03-15",
        ),
        # A title naming no day: the date under it is the day's.
        (
            "Journée d’étude\n\n7 mars 2018\n\n9h – Ouverture\n9h30 – Table ronde\n"
            "12h – Déjeuner\n",
            "2018-03-07",
        ),
    ],
)
def test_a_date_alone_under_a_title_naming_another_day_dates_the_page_not_the_day(text, day):
    assert parse_programme(text)["days"][0]["date"] == day


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Congrès de la fédération\n\nLe congrès ouvre ses portes au Palais des Congrès.\n\n"
            "Après l’accueil des participants dès 10h30, l’assemblée générale débutera à 13h. "
            "L’inauguration du village aura lieu à 19h où les participants découvriront les "
            "stands : les partenaires, le ski. Enfin, un dîner clôturera cette première journée.\n",
            [
                ("10:30", "13:00", "welcome", "accueil des participants"),
                ("13:00", "19:00", "plenary", "assemblée générale"),
                ("19:00", None, "other", "inauguration du village"),
                (None, None, "meal", "dîner"),
            ],
        ),
        (
            "Journée portes ouvertes du club\n\nAprès l’accueil des familles dès 9h30, la visite "
            "des ateliers commencera à 10h. Le pique-nique aura lieu à 12h30 dans le parc. "
            "Enfin, un goûter clôturera la journée.\n",
            [
                ("09:30", "10:00", "welcome", "accueil des familles"),
                ("10:00", "12:30", "other", "visite des ateliers"),
                ("12:30", None, "meal", "pique-nique"),
                (None, None, "meal", "goûter"),
            ],
        ),
        # Times in a sentence naming no moment stay the one event's start and end.
        (
            "Réunion plénière du conseil\n\nLa réunion a été ouverte à 19h35, et fermée à "
            "21h15. Son ordre du jour a été traité.\n",
            [("19:35", "21:15", "plenary", "Réunion plénière du conseil")],
        ),
    ],
)
def test_a_paragraph_telling_the_moments_and_their_times_gives_one_block_each(text, expected):
    assert [(b["start"], b["end"], b["kind"], b["title"]) for b in blocks(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Friday, October 25\n9:30-10:30am Keynote\n3:45-5:00pm Seminars\nFree Evening\n\n"
            "Saturday, October 26\n9:00am Morning Prayer\n",
            [
                ("09:30", "10:30", "Keynote"),
                ("15:45", "17:00", "Seminars"),
                ("17:00", None, "Free Evening"),
            ],
        ),
        (
            "Vendredi 25 octobre\n9h30-10h30 Conférence\n14h-17h Ateliers\nSoirée libre\n\n"
            "Samedi 26 octobre\n9h00 Accueil\n",
            [
                ("09:30", "10:30", "Conférence"),
                ("14:00", "17:00", "Ateliers"),
                ("17:00", None, "Soirée libre"),
            ],
        ),
        (
            "9h30-10h30 Conférence\n10h30-12h Ateliers\nAprès-midi libre\n17h Dîner\n",
            [
                ("09:30", "10:30", "Conférence"),
                ("10:30", "12:00", "Ateliers"),
                ("12:00", "17:00", "Après-midi libre"),
                ("17:00", None, "Dîner"),
            ],
        ),
    ],
)
def test_a_part_of_the_day_left_free_after_a_block_with_its_end_is_the_next_moment(text, expected):
    assert [(b["start"], b["end"], b["title"]) for b in blocks(text)] == expected


# Thirty-third round, speakers --------------------------------------------------------------
def _people33(text: str) -> list[tuple[str | None, str | None, str | None]]:
    found = []
    for day in parse_programme(text)["days"]:
        for block in day["blocks"]:
            found += block["speakers"]
            found += [sp for item in block["items"] for sp in item["speakers"]]
    return [(sp["name"], sp.get("organisation"), sp.get("role")) for sp in found]


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "9h30 - 11h : TABLE RONDE N°1\n\nprésidée par Anne Leroy, Sénatrice du Finistère\n\n"
            "« Des rapports juridiques : quelles marges pour les acteurs locaux ? »\n\n"
            "11h15 - 12h30 : TABLE RONDE N°2\n",
            [("Anne Leroy", None, "Présidence, Sénatrice du Finistère")],
        ),
        (
            "9:30 - 11:00 Panel 1\n\nChaired by Jane Roe, Senator for Ohio\n\n"
            "“Vertical ties: what room is left for local actors?”\n\n11:15 - 12:30 Panel 2\n",
            [("Jane Roe", None, "Chair, Senator for Ohio")],
        ),
    ],
)
def test_a_quoted_title_under_a_chair_and_their_function_is_no_part_of_it(text, who):
    assert _people33(text) == who


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "• 13:30 Keynote, Chair: Michael Thomsen\nMartin Berger\n"
            "Towards GPU-accelerated automated reasoning\n• 14:30 Closing session\n",
            [("Michael Thomsen", None, "Chair"), ("Martin Berger", None, None)],
        ),
    ],
)
def test_a_hyphen_glued_to_small_letters_does_not_end_a_name(text, who):
    assert _people33(text) == who
    assert person("Nouvelles PME-industrielles du Grand Ouest", strict=False) is None
    assert person("Filière BTP-services en Bretagne", strict=False) is None
    # A name's own hyphens and a dash before a function still part it as before.
    assert (person("Jean-Pierre MARTIN-DUPONT, maire") or {})["name"] == "Jean-Pierre MARTIN-DUPONT"
    assert (person("Jane Smith - CEO", strict=False) or {})["role"] == "CEO"


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "• 09:05 Keynote, Chair: Fritz Holm\nSam Staton\n"
            "On probabilistic programming and/or programming languages for quantum computation\n"
            "• 10:00 Break\n",
            [("Fritz Holm", None, "Chair"), ("Sam Staton", None, None)],
        ),
        (
            "• 9h05 Conférence, animée par Marie Roux\nPaul Martin\n"
            "Sur les programmes de recherche de l’université\n• 10h00 Pause\n",
            [("Marie Roux", None, "Animation"), ("Paul Martin", None, None)],
        ),
    ],
)
def test_a_line_saying_what_a_talk_is_about_is_not_the_speakers_body(text, who):
    assert _people33(text) == who


@pytest.mark.parametrize(
    "text",
    [
        "8:00-8:45am RFC Supporter Breakfast (by invitation only)\n9:00-10:00am Opening\n",
        "8h00-8h45 Petit-déjeuner Partenaires (on registration)\n9h00-10h00 Ouverture\n",
    ],
)
def test_a_bracket_saying_on_what_terms_one_comes_makes_no_person(text):
    assert _people33(text) == []


# Thirty-fourth round, blocks and days -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Program\nMonday May 8th  Tuesday May 9th\nWednesday May 10th\n\n"
            "9:00  10:00  Opening  Group work  Group work\n"
            "10:00  10:30  Coffee break  Coffee break  Coffee break\n"
            "10:30  12:00  Keynote  Group work\n",
            [
                [
                    ("09:00", "10:00", "welcome"),
                    ("10:00", "10:30", "break"),
                    ("10:30", "12:00", "talk"),
                ],
                [
                    ("09:00", "10:00", "workshop"),
                    ("10:00", "10:30", "break"),
                    ("10:30", "12:00", "workshop"),
                ],
                [("09:00", "10:00", "workshop"), ("10:00", "10:30", "break")],
            ],
        ),
        (
            "Lundi 3 juin 2024    Mardi 4 juin 2024\n"
            "9h00 - 10h30    Accueil    Atelier\n"
            "10h30 - 11h00    Pause    Pause\n"
            "12h00 - 13h30    Déjeuner    Déjeuner\n",
            [
                [
                    ("09:00", "10:30", "welcome"),
                    ("10:30", "11:00", "break"),
                    ("12:00", "13:30", "meal"),
                ],
                [
                    ("09:00", "10:30", "workshop"),
                    ("10:30", "11:00", "break"),
                    ("12:00", "13:30", "meal"),
                ],
            ],
        ),
    ],
)
def test_a_week_padded_into_a_column_per_day_is_read_day_by_day(text, days):
    programme = parse_programme(text)
    assert [
        [(b["start"], b["end"], b["kind"]) for b in day["blocks"]] for day in programme["days"]
    ] == days


def test_a_padded_table_whose_header_is_no_row_of_days_is_read_as_before():
    # Rooms over the columns, not days: one day, as before.
    text = "Salle A  Salle B\n9h00  10h00  Atelier  Conférence\n10h00  10h30  Pause  Pause\n"
    assert len(parse_programme(text)["days"]) == 1


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Working on Problems", "workshop"),
        ("Work on the cases", "workshop"),
        ("Travail sur les projets", "workshop"),
        ("Progress Report", "report_back"),
        ("Progress reports from the groups", "report_back"),
        ("Points d’étape", "report_back"),
        ("Take-aways", "report_back"),
        ("Key takeaways", "report_back"),
        # A report joined to a meal is the meal; work in a talk's subject stays the talk.
        ("Progress Report + Planning Dinner for Group Leaders", "meal"),
        ("Keynote: working on climate", "talk"),
        # A greeting in the singular, a keynote in two words.
        ("Greeting", "welcome"),
        ("Key note", "talk"),
        ("Key-note speech", "talk"),
    ],
)
def test_work_at_something_and_reports_of_progress_name_their_kinds(title, kind):
    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Débat annuel\n18oct2023\n- 17h-18h : Assemblée générale\n", "2023-10-18"),
        ("Annual meeting\n3june2024\n- 5pm-6pm: General assembly\n", "2024-06-03"),
        ("Jeudi 3juin2024\n9h : Accueil\n", "2024-06-03"),
    ],
)
def test_a_date_glued_into_one_word_is_the_day_s_date(text, when):
    assert parse_programme(text)["days"][0]["date"] == when


@pytest.mark.parametrize(
    "text",
    [
        "15h : Alexandre Hippert « Paie ta science ! »\n18h : Olivier Gorichon « Le progrès »\n",
        '3 pm: Jane Doe "Why Bees Matter"\n5 pm: John Smith "Soil and Us"\n',
    ],
)
def test_a_name_then_a_title_in_quotes_is_a_talk(text):
    assert [b["kind"] for b in blocks(text)] == ["talk", "talk"]
    # A word that is no name before the quotes says nothing of a talk.
    assert blocks("15h : Concert « Tempos »\n")[0]["kind"] != "talk"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "11:00- about 12:10ish - part one\n12:10ish-12:45ish – part two\n"
            "12:45ish -13:00 – part three\n",
            [
                ("11:00", "12:10", "part one"),
                ("12:10", "12:45", "part two"),
                ("12:45", "13:00", "part three"),
            ],
        ),
        (
            "9h - vers 10h-ish Atelier\n10h - 11h Pause\n",
            [("09:00", "10:00", "Atelier"), ("10:00", "11:00", "Pause")],
        ),
        (
            "4pm - 5pmish Drinks\n5pm - 6pm Talk\n",
            [("16:00", "17:00", "Drinks"), ("17:00", "18:00", "Talk")],
        ),
    ],
)
def test_a_range_s_end_said_approximate_is_no_word_of_its_title(text, expected):
    assert [(b["start"], b["end"], b["title"]) for b in blocks(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ORDRE DU JOUR\n\n1    20H30 : Présentation du projet\n\n2    Budget\n",
            [("20:30", "Présentation du projet")],
        ),
        (
            "Agenda\n1\t7:00 pm Public comment\n2\t7:30 pm Budget vote\n",
            [("19:00", "Public comment"), ("19:30", "Budget vote")],
        ),
    ],
)
def test_a_point_s_number_in_its_own_column_before_a_time_starts_no_title(text, expected):
    assert [(b["start"], b["title"]) for b in blocks(text)] == expected


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "lundi 2 mars 2026\n\nAssemblée générale - samedi 14 mars 2026 - 14h\n\n"
            "14h00 : Accueil\n14h30 : Rapport moral\n",
            "2026-03-14",
        ),
        (
            "Thursday 5 March 2026\n\nCity Council - Tuesday 10 March 2026 - 7pm\n\n"
            "7:00 pm Public comment\n7:30 pm Budget\n",
            "2026-03-10",
        ),
    ],
)
def test_a_meeting_dated_under_the_page_s_date_is_the_day_s_date(text, when):
    assert parse_programme(text)["days"][0]["date"] == when
    # A date later than the heading but said without its weekday (a deadline) changes nothing.
    assert (
        parse_programme("lundi 2 mars 2026\n\nInscriptions avant le 14 mars 2026\n\n9h Accueil\n")[
            "days"
        ][0]["date"]
        == "2026-03-02"
    )


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Fête du village\n\nVendredi 22 août :\n\nOuverture des fêtes à 22 h 30 avec le bal.\n\nSamedi 23 :\n\n"
            "À 14 heures, concours de pétanque ;\n\nÀ 19 h 30 : soirée tapas ;\n",
            ("22:30", "Ouverture des fêtes"),
        ),
        (
            "Village fair\n\nFriday 8 May:\n\nOpening of the fair at 6 pm with the town band.\n\n"
            "Saturday 9:\n\nAt 10 am, craft market;\n\nAt 2 pm: parade;\n",
            ("18:00", "Opening of the fair"),
        ),
    ],
)
def test_a_day_whose_one_moment_is_said_in_a_sentence_keeps_it(text, first):
    reading = read_programme(text)
    days = reading.programme["days"]
    assert len(days) == 2
    assert (days[0]["blocks"][0]["start"], days[0]["blocks"][0]["title"]) == first
    assert not [u for u in reading.unread if first[1] in u["text"]]


# Thirty-fourth round, speakers


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "15h : Alexandre Hippert « Paie ta science ! J’ai beau chercher »\n"
            "18h : Olivier Gorichon « le progrès s’est mis à table »\n",
            [("Alexandre Hippert", None, None), ("Olivier Gorichon", None, None)],
        ),
        (
            "3:00pm Jane Smith “Why soils matter to all of us”\n4:00pm Closing\n",
            [("Jane Smith", None, None)],
        ),
        # A place then a title in quotes names no one.
        ("15h : Salle Victor Hugo « Le jardin partagé »\n", []),
    ],
)
def test_a_name_then_a_title_in_quotes_without_a_colon_gives_the_talk(text, who):
    assert _people33(text) == who


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "9:00-9:20 Greeting Héloise GOUTTE, GANIL\n"
            "10:00-10:20 Housekeeping Cécile MERLIN and Valentin ROCTON, GANIL\n",
            [
                ("Héloise GOUTTE", "GANIL", None),
                ("Cécile MERLIN", "GANIL", None),
                ("Valentin ROCTON", "GANIL", None),
            ],
        ),
        (
            "9h00-9h20 Accueil Marie DUPONT, Mairie de Lyon\n"
            "9h20-9h40 Mot d’accueil Jean-Marc LE ROUX, maire de Brest\n",
            [
                ("Marie DUPONT", "Mairie de Lyon", None),
                ("Jean-Marc LE ROUX", None, "maire de Brest"),
            ],
        ),
        # A school or a room named after someone, then a town, is a place.
        ("9h00-12h00 Lycée Victor HUGO, Lyon\n14h00-15h00 Salle Jean MOULIN, bâtiment B\n", []),
    ],
)
def test_a_title_then_names_with_last_names_in_capitals_then_their_body(text, who):
    assert _people33(text) == who


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "10:10-11:30 |\nRevitalizing the Core Anthony Williams, Mayor of Washington Douglas"
            " Duncan, Montgomery County Executive Katherine Hanley, Chair, Fairfax County Board"
            " Moderator: John Tydings, President, Board of Trade |\n11:30-11:45 | Break |\n",
            [
                ("Anthony Williams", None, "Mayor of Washington"),
                ("Douglas Duncan", None, "Montgomery County Executive"),
                ("Katherine Hanley", "Fairfax County Board", "Chair"),
                ("John Tydings", "Board of Trade", "Moderator, President"),
            ],
        ),
        (
            "14h-15h Table ronde Anne Leroy, maire de Lyon Paul Martin, directeur de l’Agence"
            " de l’eau\n15h-16h Pause\n",
            [
                ("Anne Leroy", None, "maire de Lyon"),
                ("Paul Martin", None, "directeur de l’Agence de l’eau"),
            ],
        ),
        # Places named after people, each with a town: no function, no one.
        ("14h-16h Visite Jardin Marie Curie, Lyon Parc Victor Hugo, Paris\n", []),
    ],
)
def test_people_run_on_after_a_title_each_with_their_function(text, who):
    assert _people33(text) == who


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "8:30-8:40 | Welcome |\nAnthony Williams, Mayor, Washington, D.C. |\n9:00 | Break |\n",
            [("Anthony Williams", "Washington, D.C", "Mayor")],
        ),
        (
            "8:30-8:40 | Welcome |\nJane Roe, Director, Albany, N.Y., and Tom Reed, CEO |\n"
            "9:00 | Break |\n",
            [("Jane Roe", "Albany, N.Y", "Director"), ("Tom Reed", None, "CEO")],
        ),
    ],
)
def test_a_state_code_with_its_dots_after_a_town_is_where_the_function_is_held(text, who):
    assert _people33(text) == who


@pytest.mark.parametrize(
    "text, who, title",
    [
        (
            '2:00pm "Promises Pattern in Javascript" by Acatl Pacheco DCC 337\n3:00pm Break\n',
            [("Acatl Pacheco", None, None)],
            '"Promises Pattern in Javascript" DCC 337',
        ),
        (
            "14h00 Atelier compost par Anne Roux Salle 12\n15h00 Pause\n",
            [("Anne Roux", None, None)],
            "Atelier compost Salle 12",
        ),
    ],
)
def test_a_room_after_the_name_after_by_is_no_word_of_the_name(text, who, title):
    assert _people33(text) == who
    assert parse_programme(text)["days"][0]["blocks"][0]["title"] == title


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "10:00 Greetings\n  Larry Hubich, SFL President\n  Linda Silas, CFNU President\n"
            "11:00 Break\n",
            [("Larry Hubich", "SFL", "President"), ("Linda Silas", "CFNU", "President")],
        ),
        (
            "10h00 Ouverture\n  Anne Leroy, CNRS Directrice\n11h00 Pause\n",
            [("Anne Leroy", "CNRS", "Directrice")],
        ),
        # An acronym that is a function itself is no body.
        (
            "10:00 Welcome\n  Ann Lee, CEO Founder\n11:00 Break\n",
            [("Ann Lee", None, "CEO Founder")],
        ),
    ],
)
def test_a_body_acronym_before_one_function_is_the_organisation(text, who):
    assert _people33(text) == who


@pytest.mark.parametrize(
    "text, who",
    [
        (
            '13h20-13h30 : M. Ousmane SARR dit "SARROUSS", poète\n13h30-17h : Conférences\n',
            [("Ousmane SARR", None, "poète")],
        ),
        (
            "7:00pm Jane Smith aka “The Storyteller”, Director of the Library\n8:00pm Close\n",
            [("Jane Smith", None, "Director of the Library")],
        ),
    ],
)
def test_a_nickname_said_after_the_name_leaves_the_function_after_it(text, who):
    assert _people33(text) == who


# Thirty-fifth round, blocks and days ---------------------------------------------------------
@pytest.mark.parametrize(
    "text, afternoon",
    [
        (
            "Date: June 28, 2017\n\n08:50 to 9:20\tArrival\t\t\n9:30 to 10:45\tTalks\t\t\n"
            "09:30\tAnna Bell\tMcGill\t\n10:00\tBob Carr\tIRCM\t\n"
            "12:30 to 1:10\tLunch break\t\t\n01:10\tDan Earl\tMcGill\t\n"
            "01:40\tEve Ford\tMcGill\t\n02:15\tClosing remarks\t\t\n",
            [("13:10", "13:40"), ("13:40", "14:15"), ("14:15", None)],
        ),
        (
            "| 09:00 - 10:00 | Registration |\n| 10:00 - 12:00 | Workshops |\n"
            "| 12:00 - 1:00 | Lunch |\n| 01:00 | Demos |\n| 02:30 | Wrap-up |\n",
            [("13:00", "14:30"), ("14:30", None)],
        ),
    ],
)
def test_a_noon_range_ending_without_its_zero_shows_the_12_hour_clock(text, afternoon):
    prog = parse_programme(text)
    assert len(prog["days"]) == 1
    assert [(b["start"], b["end"]) for b in prog["days"][0]["blocks"]][-len(afternoon) :] == (
        afternoon
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "09:00:00 - 10:30:00\tOpening\n10:30:00\tCoffee break\n11:15:00\tAnne Martin\n"
            "12:00\tLunch\n",
            [
                ("09:00", "10:30", "Opening"),
                ("10:30", "11:15", "Coffee break"),
                ("11:15", "12:00", "Anne Martin"),
                ("12:00", None, "Lunch"),
            ],
        ),
        (
            "14:00:00 Atelier vélo\n15:30:00 Pause\n16:00:00 Restitution\n",
            [
                ("14:00", "15:30", "Atelier vélo"),
                ("15:30", "16:00", "Pause"),
                ("16:00", None, "Restitution"),
            ],
        ),
    ],
)
def test_seconds_after_the_minutes_are_part_of_the_time(text, expected):
    assert [(b["start"], b["end"], b["title"]) for b in blocks(text)] == expected


@pytest.mark.parametrize(
    "first, second, dates",
    [
        ("Jour 1 - 4 novembre 2025", "Jour 2 - 5 novembre 2025", ["2025-11-04", "2025-11-05"]),
        ("Day 2 – 15 March 2024", "Day 3 – 16 March 2024", ["2024-03-15", "2024-03-16"]),
        ("Journée 1 – 7 juin 2023", "Journée 2 – 8 juin 2023", ["2023-06-07", "2023-06-08"]),
    ],
)
def test_a_numbered_part_before_its_date_is_no_day_of_the_month(first, second, dates):
    text = (
        f"{first}\n\n9h00 - Accueil\n10h00 - Visite\n\n{second}\n\n9h00 - Atelier\n11h00 - Bilan\n"
    )
    assert [d["date"] for d in parse_programme(text)["days"]] == dates


@pytest.mark.parametrize(
    "text, date",
    [
        (
            "April 12 Meeting Agenda is here!\n\nNeighborhood Association General Meeting\n"
            "Monday, April 14, 2014\n\n6:30-6:35 Meet and Greet\n6:35-7:00 Reports\n",
            "2014-04-14",
        ),
        (
            "12 mars : l’ordre du jour est en ligne\n\nAssemblée générale de l’association\n"
            "Lundi 14 mars 2022\n\n18h30 Accueil\n19h00 Rapport moral\n",
            "2022-03-14",
        ),
    ],
)
def test_a_full_date_with_its_weekday_outweighs_a_day_said_in_a_post_title(text, date):
    prog = parse_programme(text)
    assert [d["date"] for d in prog["days"]] == [date]


@pytest.mark.parametrize(
    "text, ends",
    [
        (
            "Matin (9h00 - 12h00)\n\n9h00 - Accueil\n10h30 - Visite du laboratoire\n\n"
            "Après-midi (14h00 - 17h00)\n\n14h00 - Visite du site\n16h00 - Questions\n",
            ["10:30", "12:00", "16:00", "17:00"],
        ),
        (
            "Morning (9:00 - 12:00)\n\n9:00 Welcome\n10:30 Lab tour\n\n"
            "Afternoon (1:30 - 5:00)\n\n1:30 Site visit\n3:30 Questions\n",
            ["10:30", "12:00", "15:30", "17:00"],
        ),
    ],
)
def test_a_part_heading_giving_its_hours_ends_its_last_block(text, ends):
    assert [b["end"] for b in blocks(text)] == ends


@pytest.mark.parametrize(
    "text",
    [
        "09:30 to 10:30\tTalks\t\t\n10:00\tAnna Bell\tMcGill\t\n\t15 min break\t\t\n"
        "10:45\tBob Carr\tIRCM\t\n11:15\tClosing remarks\t\t\n",
        "09:30 à 10:30\tExposés\t\t\n10:00\tAnne Roux\tCNRS\t\n\t15 min de pause\t\t\n"
        "10:45\tPaul Marc\tInserm\t\n11:15\tClôture\t\t\n",
    ],
)
def test_a_table_row_saying_only_its_length_has_no_time_said(text):
    got = [(b["start"], b["end"], b["kind"]) for b in blocks(text)]
    assert got[1][:2] == ("10:00", None)
    assert got[2] == (None, None, "break")
    assert got[3][:2] == ("10:45", "11:15")


@pytest.mark.parametrize(
    "title, kind",
    [
        ("Talks ends", "closing"),
        ("Talks end", "closing"),
        ("Presentations are over", "closing"),
        ("Les exposés se terminent", "closing"),
        # An activity beside the talks ending is the moment it stops, as before.
        ("Hacking ends", "other"),
        ("Voting closes", "other"),
    ],
)
def test_the_talks_said_to_end_close_the_day(title, kind):
    assert kind_of(title, guess_language(title)) == kind


# Thirty-fifth round, speakers


def _people35(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (s["name"], s.get("organisation"), s.get("role"), s.get("topic"))
        for b in parse_programme(text)["days"][0]["blocks"]
        for s in b["speakers"]
    ]


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "Journée d'étude\n\n9:30\tMarie Dupont\tCNRS\tLes sols vivants\n"
            "10:00\tPierre Martin\tUniversité de Lyon\tL'eau des villes\n11:00\tPause\t\t\n",
            [
                ("Marie Dupont", "CNRS", None, "Les sols vivants"),
                ("Pierre Martin", "Université de Lyon", None, "L'eau des villes"),
            ],
        ),
        (
            "Workshop\n\n| 09:30 | Anna Berg | Stanford | Soil carbon |\n"
            "| 10:00 | David Cole | Whitehead Institute, MIT | Urban water |\n| 11:00 | Coffee | | |\n",
            [
                ("Anna Berg", "Stanford", None, "Soil carbon"),
                ("David Cole", "Whitehead Institute, MIT", None, "Urban water"),
            ],
        ),
        # A room, a subject in lower case: where and what, no body.
        (
            "Day\n\n09:00\tJohn Smith\tRoom 12\n10:00\tMary Jones\tMain Hall\n",
            [("John Smith", None, None, None), ("Mary Jones", None, None, None)],
        ),
        (
            "Day\n\n09:00\tJohn Smith\tWhy cities matter\n10:00\tMary Jones\tGreen roofs\n",
            [("John Smith", None, None, None), ("Mary Jones", None, None, None)],
        ),
        # A function, or how the talk is held, is no body.
        (
            "Jour\n\n09:00\tClaire Roux\tPrésidente\tBilan\n10:00\tPaul Martin\tEn ligne\tEau\n",
            [("Claire Roux", None, None, None), ("Paul Martin", None, None, None)],
        ),
    ],
)
def test_the_cells_after_a_name_in_a_row_are_their_body_then_their_topic(text, who):
    assert _people35(text) == who


def test_a_row_read_as_no_ones_keeps_its_cells_as_notes():
    text = "Day\n\n09:00\tJohn Smith\tMozilla\tOpen web\n10:00\tLunch\t\t\n"
    first = parse_programme(text)["days"][0]["blocks"][0]
    assert (first["speakers"], first["description"]) == ([], "Mozilla · Open web")


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "Workshop\n\n09:30\tAnna Berg\tStanford\tSoil carbon\n10:00\tDavid Cole\tMIT\tWater\n"
            "10:30\tMansha Imtiyaz\tBerg, Stanford\tSeeds\n11:00\tCoffee\t\t\n",
            [
                ("Anna Berg", "Stanford", None, "Soil carbon"),
                ("David Cole", "MIT", None, "Water"),
                ("Mansha Imtiyaz", "Berg, Stanford", None, "Seeds"),
            ],
        ),
        (
            "Journée\n\n| 9h30 | Marie Dupont | CNRS | Sols |\n| 10h | Paul Durand | INRAE | Eau |\n"
            "| 10h30 | Nguyen Thanh | INRAE, Avignon | Semences |\n",
            [
                ("Marie Dupont", "CNRS", None, "Sols"),
                ("Paul Durand", "INRAE", None, "Eau"),
                ("Nguyen Thanh", "INRAE, Avignon", None, "Semences"),
            ],
        ),
    ],
)
def test_a_name_shaped_title_in_a_table_of_people_is_a_person(text, who):
    assert _people35(text) == who


def test_name_shaped_titles_alone_name_no_one():
    text = "Day\n\n09:00\tGreen Futures\tGreenpeace\tclimate\n10:00\tOpen Data\tMozilla\tdata\n"
    assert _people35(text) == []
    assert parse_programme(text)["days"][0]["blocks"][0]["description"] == "Greenpeace · climate"


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "7:35-7:50 Representative reports (Land Use, Transportation, Treasurer, Foster "
            "Green EcoDistrict, Foster Streetscape Plan, Library)\n7:50 Close\n",
            [],
        ),
        ("10h Rapports (Voirie Communale, Budget Participatif, Plan Vélo)\n11h Fin\n", []),
        # One name known beyond doubt: the bracket names people, as before.
        (
            "10:00 Panel (Ann Lee, Acme and Tom Reed, NSF)\n11:00 Break\n",
            [("Ann Lee", "Acme", None, None), ("Tom Reed", "NSF", None, None)],
        ),
    ],
)
def test_a_bracket_listing_subjects_none_named_beyond_doubt_names_no_one(text, who):
    assert _people35(text) == who


@pytest.mark.parametrize(
    "text, title, who",
    [
        (
            "20 h 30 conférence de Christian Velot suivie d’un débat avec la salle\n",
            "conférence suivie d’un débat avec la salle",
            [("Christian Velot", None, None, None)],
        ),
        (
            "8 pm Talk by Ann Lee followed by a debate with the audience\n",
            "Talk followed by a debate with the audience",
            [("Ann Lee", None, None, None)],
        ),
        # After `de`, a subject stays one: no talk is said.
        ("10h La pensée de Guy Héraud suivie d’un débat\n", None, []),
    ],
)
def test_what_follows_a_talk_after_the_name_is_no_word_of_the_name(text, title, who):
    assert _people35(text) == who
    if title:
        assert parse_programme(text)["days"][0]["blocks"][0]["title"] == title


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "6:40-6:55 Brad Taylor, ONI Crime Prevention Office*\n6:55 Break\n",
            [("Brad Taylor", "ONI Crime Prevention Office", None, None)],
        ),
        ("10h00 Claire Martin, CNRS\n11h00 Pause\n", [("Claire Martin", "CNRS", None, None)]),
        # A moment or a room after the comma is no body: no one is read.
        ("10:00 Ann Lee, Coffee Break\n11:00 Close\n", []),
        ("10h00 Claire Martin, Salle 2\n11h00 Pause\n", []),
        # More after the body's bracket: more than a body, not read so.
        (
            "7:05 Jim Labbe, Audobon Society (opposes measure), and Floy Jones (co-petitioner)"
            " to discuss Measure 26-156\n8:00 Close\n",
            [],
        ),
    ],
)
def test_a_title_that_is_a_name_then_a_body_is_that_person(text, who):
    assert _people35(text) == who


@pytest.mark.parametrize(
    "line",
    [
        "Related LibGuide: Friends of Libraries by Maura Deedy",
        "See also: Soil guide by Ann Lee",
        "Photo : Claire Roux",
        "Crédits photos : Claire Roux",
    ],
)
def test_a_pages_credits_under_a_block_name_no_speaker(line):
    first = parse_programme(f"Day\n\n14h00 Atelier\n\n{line}\n")["days"][0]["blocks"][-1]
    assert (first["speakers"], first["items"], first["description"]) == ([], [], line)


@pytest.mark.parametrize(
    "text, title, who",
    [
        (
            "10h30 Atelier de Gravure par Alexandre David Tout public à partir de 7 ans.\n",
            "Atelier de Gravure Tout public à partir de 7 ans.",
            [("Alexandre David", None, None, None)],
        ),
        (
            "3 pm Storytelling by Ann Lee All ages, free\n",
            "Storytelling All ages, free",
            [("Ann Lee", None, None, None)],
        ),
    ],
)
def test_whom_a_block_is_for_after_the_name_is_no_word_of_the_name(text, title, who):
    assert _people35(text) == who
    assert parse_programme(text)["days"][0]["blocks"][0]["title"] == title


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "15h-17h Table ronde\nArts, Musique : Valentin Carayol\nplus d’infos : contact@x.org\n",
            [("Valentin Carayol", None, None, "Arts, Musique")],
        ),
        (
            "3pm Panel\nMusic: Ann Lee\nmore info: www.example.org\n",
            [("Ann Lee", None, None, "Music")],
        ),
    ],
)
def test_a_practical_note_in_lower_case_does_not_carry_on_the_line_above(text, who):
    assert _people35(f"Day\n\n{text}") == who


# Thirty-sixth round, blocks and days


def _days36(text):
    return [
        (d["label"], [(b["start"], b["title"]) for b in d["blocks"]])
        for d in parse_programme(text)["days"]
    ]


@pytest.mark.parametrize(
    "prose, schedule, expected",
    [
        (
            "Saturday the doors will open at 9am which allows plenty of time to chat before "
            "the unconference kicks off. At 10am there will be a short welcome. We’ll have "
            "until 9pm to give presentations.",
            "9am:  Registration\n10am:  Kick-off\n1pm:  Lunch\n",
            [("", [("09:00", "Registration"), ("10:00", "Kick-off"), ("13:00", "Lunch")])],
        ),
        (
            "Samedi les portes ouvriront à 9h pour laisser le temps de prendre un café avant "
            "le début. À 10h il y aura un court mot d’accueil. Nous aurons jusqu’à 21h pour "
            "présenter nos projets.",
            "9h Accueil\n10h Ouverture\n13h Déjeuner\n",
            [("", [("09:00", "Accueil"), ("10:00", "Ouverture"), ("13:00", "Déjeuner")])],
        ),
    ],
)
def test_times_said_in_a_paragraph_above_the_schedule_start_no_blocks(prose, schedule, expected):
    assert _days36(f"BarCamp\n\n{prose}\n\n{schedule}") == expected


@pytest.mark.parametrize(
    "prose, day1, day2",
    [
        (
            "The activities begin on Friday, October 22nd, at 6:30pm. Come and socialize "
            "with other participants until 9pm.",
            "Friday, October 22nd\n\n6:30pm – 9pm – Socializing",
            "Saturday, October 23rd\n\n9am:  Registration\n10am:  Kick-off",
        ),
        (
            "Les activités commencent le vendredi 22 octobre, à 18h30. Venez rencontrer les "
            "autres participants jusqu’à 21h.",
            "Vendredi 22 octobre\n\n18h30 – 21h – Apéritif",
            "Samedi 23 octobre\n\n9h Accueil\n10h Ouverture",
        ),
    ],
)
def test_a_day_told_in_a_sentence_above_the_day_headings_is_no_day(prose, day1, day2):
    days = parse_programme(f"BarCamp\n\n{prose}\n\n{day1}\n\n{day2}\n")["days"]
    assert [len(d["blocks"]) for d in days] == [1, 2]


@pytest.mark.parametrize(
    "text",
    [
        "Conseil communautaire\n\nmardi 3 juin 2014\n\n18h Séance du conseil\nEtaient présents :"
        "\nAVENSAN\nBRACH\nCASTELNAU-DE-MEDOC\nLISTRAC-MEDOC\nLE PORGE\nPatrick BAUDIN\n",
        "City Council\n\nTuesday, June 3, 2014\n\n6 pm Council meeting\nPresent:\nNORTH WARD\n"
        "SOUTH WARD\nEAST WARD\nWEST WARD\nCENTRAL WARD\n",
    ],
)
def test_an_attendance_list_in_capitals_gives_no_blocks(text):
    days = parse_programme(text)["days"]
    assert [len(d["blocks"]) for d in days] == [1]


@pytest.mark.parametrize(
    "text, first",
    [
        (
            "Programme :\n\nVENDREDI 21 SEPTEMBRE 2018 :\n\nProjection du film « Demain » à la "
            "salle des fêtes, suivi d'un débat.\n\nSAMEDI 22 SEPTEMBRE 2018 :\n\n14H00 - Rencontre"
            "\n19H00 - Repas\n",
            ("2018-09-21", None, "film"),
        ),
        (
            "Schedule:\n\nFriday, September 21, 2018\n\nFilm screening of “Tomorrow” in the "
            "town hall, followed by a debate.\n\nSaturday, September 22, 2018\n\n2:00 pm "
            "Gathering\n7:00 pm Dinner\n",
            ("2018-09-21", None, "film"),
        ),
    ],
)
def test_a_dated_day_whose_one_moment_is_untimed_is_kept(text, first):
    days = parse_programme(text)["days"]
    block = days[0]["blocks"][0]
    assert len(days) == 2
    assert (days[0]["date"], block["start"], block["kind"]) == first


@pytest.mark.parametrize(
    "text",
    [
        "Tuesday, July 21, 2009\n\nRegular Meeting\nCommunity Hall\n1801 Fairview Avenue East\n"
        "Thursday, July 23, 2009\n\n\n7:00 pm Call to Order\n8:00 pm Round Robin\n",
        "mardi 21 juillet 2009\n\nRéunion ordinaire\nSalle des fêtes\n12 rue de la Paix\n"
        "jeudi 23 juillet 2009\n\n\n19h Ouverture\n20h Tour de table\n",
    ],
)
def test_a_posts_date_above_the_meetings_own_date_is_not_the_days(text):
    assert [d["date"] for d in parse_programme(text)["days"]] == ["2009-07-23"]


@pytest.mark.parametrize(
    "text, titles",
    [
        (
            "Samedi 22 septembre 2018\n\nAccueil des initiatives invitées :\n\n14H00 - Rencontre"
            "\n19H00 - Repas\nAccueil du public :\n20H30 - Concert\n",
            ["Rencontre", "Repas", "Concert"],
        ),
        (
            "Saturday, September 22, 2018\n\nWelcome of the invited groups:\n\n2:00 pm - Meeting"
            "\n7:00 pm - Dinner\nPublic welcome:\n8:30 pm - Concert\n",
            ["Meeting", "Dinner", "Concert"],
        ),
    ],
)
def test_a_moment_named_before_a_colon_above_timed_lines_is_their_heading(text, titles):
    blocks = parse_programme(text)["days"][0]["blocks"]
    assert [b["title"] for b in blocks] == titles


@pytest.mark.parametrize(
    "text, labels",
    [
        (
            "Schedule\n\nFriday\n9:00am welcome\n5pm dinner\n\nSaturday and Sunday (Open Space)"
            "\n9:00am breakfast\n10am Open Space sessions\n6pm debrief\n",
            ["Friday", "Saturday (Open Space)", "Sunday (Open Space)"],
        ),
        (
            "Programme\n\nVendredi\n9h accueil\n17h dîner\n\nSamedi et dimanche\n9h petit déjeuner"
            "\n10h forum ouvert\n18h bilan\n",
            ["Vendredi", "Samedi", "dimanche"],
        ),
    ],
)
def test_two_weekdays_joined_head_the_same_moments_on_each(text, labels):
    days = parse_programme(text)["days"]
    assert [d["label"] for d in days] == labels
    assert [len(d["blocks"]) for d in days] == [2, 3, 3]


# Thirty-sixth round, speakers


def _everyone36(text: str) -> list[str]:
    programme = parse_programme(text)
    return [
        s["name"]
        for day in programme["days"]
        for b in day["blocks"]
        for s in [*b["speakers"], *(x for i in b["items"] for x in i["speakers"])]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Réunion du 3 juin 2014\n18h00 Conseil communautaire\nEtaient présents :\nAVENSAN\n"
        "BRACH\nPatrick BAUDIN\nBrigitte DAULIAC\nWindy BATAILLEY\nEtaient excusés :\n"
        "- Carmen PICAZO a donné pouvoir à Didier PHOENIX\n1\n"
        "Secrétaire de séance : Martial ZANINETTI\n19h00 Pot\n",
        "Monday 3 June 2014\n7:00 pm Council meeting\nPresent:\nAnn Lee\nTom Reed, Treasurer\n"
        "Apologies: Mary Jones, Paul Smith\nAbsent: John Brown\nProxies:\n- Eva Roy\n"
        "8:00 pm Close\n",
        "| 19h | Conseil municipal |\nMembres présents : Claire Martin, Paul Durand\n"
        "Pouvoirs :\nJean DUPONT à Paul DURAND\n",
    ],
)
def test_who_attends_a_sitting_is_excused_or_gives_a_proxy_speaks_no_word(text):
    assert _everyone36(text) == []


def test_a_line_after_the_attendance_list_is_read_again():
    text = "7:00 pm Council meeting\nPresent:\nAnn Lee\nGuest speaker: Tom Reed (NSF)\n"
    assert _everyone36(text) == ["Tom Reed"]


@pytest.mark.parametrize(
    "line, who",
    [
        (
            "8:00 A Dialogue with Parks Superintendent Tim Gallagher",
            ("Tim Gallagher", "Parks Superintendent"),
        ),
        (
            "20h Conversation avec le conseiller municipal Paul Durand",
            ("Paul Durand", "conseiller municipal"),
        ),
        ("8:00 Conversation with Police Chief Ann Lee", ("Ann Lee", "Police Chief")),
    ],
)
def test_the_function_before_a_name_starts_after_with(line, who):
    speakers = parse_programme(f"Day\n\n{line}\n9:00 Close\n")["days"][0]["blocks"][0]["speakers"]
    assert [(s["name"], s["role"]) for s in speakers] == [who]


@pytest.mark.parametrize(
    "label",
    ["Participants :", "Participants:", "Intervenants :", "Panelists:"],
)
def test_people_under_a_label_each_with_their_function_or_what_they_present(label):
    text = (
        f"Day\n\n14h00 : Table ronde « Faire ensemble »\n{label}\n"
        "◦ Jonathan ATTIAS - Co-réalisateurs du film « Des clics »\n◦ Patrice CAPEL\n"
        "◦ Élise H pour présenter le projet TERA\n16h Fin\n"
    )
    assert _people35(text) == [
        ("Jonathan ATTIAS", None, "Co-réalisateurs du film « Des clics »", None),
        ("Patrice CAPEL", None, None, None),
        ("Élise H", None, None, "le projet TERA"),
    ]


@pytest.mark.parametrize(
    "line, who",
    [
        (
            "Speakers: Ann Lee to present the Riverside plan, Tom Reed (EPA)",
            [("Ann Lee", None, None, "the Riverside plan"), ("Tom Reed", "EPA", None, None)],
        ),
        (
            "Intervenants : Paul Roux pour parler des jardins partagés ; Claire Martin (INRAE)",
            [("Paul Roux", None, None, "jardins partagés"), ("Claire Martin", "INRAE", None, None)],
        ),
        ("Intervenants : Association Terre pour présenter le projet", []),
    ],
)
def test_a_name_then_what_they_come_to_present_is_their_topic(line, who):
    assert _people35(f"Day\n\n14h00 Atelier\n{line}\n16h Fin\n") == who


def test_participants_before_a_colon_name_a_round_tables_people_not_its_public():
    text = "Day\n\n14h00 Atelier\nParticipants : 20 maximum, tout public\n16h Fin\n"
    assert _people35(text) == []
    text = "Day\n\n14h00 Atelier\nParticipants : Ann Lee (NSF), Tom Reed (EPA)\n16h Fin\n"
    assert _people35(text) == [("Ann Lee", "NSF", None, None), ("Tom Reed", "EPA", None, None)]


@pytest.mark.parametrize(
    "words, role",
    [
        ("Co-réalisateurs du film « Des clics de conscience »", True),
        ("co-fondatrices de l’association", True),
        ("Co-organisers of the forum", True),
        ("Coopératives du Tarn", False),
    ],
)
def test_a_function_shared_in_the_plural_after_co_is_a_function(words, role):
    assert is_role(words) is role


@pytest.mark.parametrize(
    "line, who",
    [
        (
            "- 15h Animations (visite de la ferme). *Didier* donnera quelques infos sur le "
            "réseau et nous pourrons avoir un débat sur le foncier avec Daniel. Claude "
            "devrait présenter les SEL.",
            ["Didier", "Daniel", "Claude"],
        ),
        (
            "- 3 pm Open afternoon (farm tour). Ann will talk about the levy, then a "
            "discussion of the plan with Tom.",
            ["Ann", "Tom"],
        ),
        ("- 3 pm Open afternoon. A debate with the audience. Everyone will present.", []),
    ],
)
def test_who_speaks_named_by_a_first_name_in_the_sentences_after_a_timed_title(line, who):
    assert _everyone36(f"Day\n\n{line}\n- 17h Fin\n") == who


@pytest.mark.parametrize(
    "title, who",
    [
        ("Extended facilitated discussion with Cultivate Strategy", []),
        ("Débat avec Pollen Conseil", []),
        ("Q&A with Blue Sky Partners", []),
        ("Q & A with Matt Mullenweg", ["Matt Mullenweg"]),
        ("Q&A with Ann Lee", ["Ann Lee"]),
        ("Échange avec Marie-Aude RAVET", ["Marie-Aude RAVET"]),
    ],
)
def test_an_exchange_with_a_firms_name_is_held_with_no_one(title, who):
    assert [s["name"] for s in title_and_speakers(title)[1]] == who


# Thirty-seventh round, blocks and days ----------------------------------------------------------
@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Programme\n\n9:00\t-- -- -- Breakfast & Registration -- -- --\n10:00\tTalk\n",
            "Breakfast & Registration",
        ),
        ("Programme\n\n9h00 ——— Déjeuner ———\n10h00 Atelier\n", "Déjeuner"),
        ("Programme\n\n| 9:00 | --- Pause café --- |\n| 10:00 | Atelier |\n", "Pause café"),
    ],
)
def test_the_dashes_framing_a_title_are_no_words_of_it(text, title):
    assert blocks(text)[0]["title"] == title


def test_a_title_with_a_dash_inside_keeps_it():
    assert blocks("Programme\n\n9:00 Talk -- Jane Doe\n10:00 Lunch\n")[0]["title"].startswith(
        "Talk"
    )


@pytest.mark.parametrize(
    "header, rows",
    [
        (
            "Time\tSpeaker\tTitle",
            ["9:00 - 9:30\tAnn Lee – NSF\tOpening remarks", "9:30 - 10:00\tBreak"],
        ),
        (
            "| Heure | Intervenant | Sujet |",
            [
                "| 9h00 - 9h30 | Marie Roux (INRAE) | Les sols vivants |",
                "| 9h30 - 10h00 | Pause |",
            ],
        ),
    ],
)
def test_under_a_header_naming_the_people_first_the_title_is_the_cell_under_its_heading(
    header, rows
):
    text = "\n".join(["Programme", "", header, *rows, ""])
    first = blocks(text)[0]
    assert first["title"] in ("Opening remarks", "Les sols vivants")
    assert first["speakers"][0]["name"] in ("Ann Lee", "Marie Roux")


def test_a_session_label_under_the_people_heading_stays_the_rows_title():
    text = (
        "Programme\n\nTime\tAuthors\tTitle\n10:00 - 10:45\tSession 1\tMental Models\n"
        "\tRita Lee and Tom Reed\tA paper on models\n10:45 - 11:00\tBreak\t\n"
    )
    assert blocks(text)[0]["title"].startswith("Session 1")


@pytest.mark.parametrize(
    "text, start, end",
    [
        (
            "Assemblée de quartier\nPublié le 12/05/2023 à 08h12\n"
            "Le jeudi 25 mai 2023 de 18h30 à 20h, salle des fêtes.\nOrdre du jour à venir.\n",
            "18:30",
            "20:00",
        ),
        (
            "Spring Repair Café\nActualité du : Lundi 18 Septembre 2023 à 14:18\n"
            "Samedi 30 septembre 2023 de 10h à 18h30 à la salle des fêtes, entrée libre.\n"
            "Venez nombreux.\n",
            "10:00",
            "18:30",
        ),
    ],
)
def test_a_single_time_on_another_date_than_the_events_hours_is_when_the_page_was_written(
    text, start, end
):
    assert [(b["start"], b["end"]) for b in blocks(text)] == [(start, end)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Assemblée générale\nHeure de début : 19h00\nOrdre du jour\n"
            "Rapport moral et votes - 30' :\nLecture du rapport\n"
            "Débat avec les adhérents : 45’\nSynthèse du débat : 5’\n",
            [("19:00", "19:30"), ("19:30", "20:15"), ("20:15", "20:20")],
        ),
        (
            "Annual meeting\nStart: 7:00 pm\nAgenda\nOfficers' reports - 20 min\n"
            "Budget vote - 15 min\nOpen floor - 25 min\n",
            [("19:00", "19:20"), ("19:20", "19:35"), ("19:35", "20:00")],
        ),
    ],
)
def test_parts_given_by_the_length_closing_their_line_are_chained_from_the_start_above(
    text, expected
):
    assert [(b["start"], b["end"]) for b in blocks(text)] == expected


# Thirty-seventh round, speakers ------------------------------------------------------------
def _people37(text: str) -> list[tuple[str, list[tuple[str | None, str | None]]]]:
    return [
        (b["title"], [(s["name"], s.get("organisation")) for s in b["speakers"]])
        for b in blocks(text)
    ]


@pytest.mark.parametrize(
    "table, read",
    [
        (
            "Tuesday, 12 September 2023\nTime\tSpeaker\tTitle\n"
            "9:00 - 9:05\tAuble – SchedMD\tWelcome\n"
            "10:00 - 10:30\tBreak\n"
            "10:30 - 11:00\tJacobsen and Samuel – NERSC\tNever use HA again\n"
            "11:00 - 11:30\tEyrich (Google) and Fryer (Recursion)\tCloud foundations\n",
            [
                ("Welcome", [("Auble", "SchedMD")]),
                ("Break", []),
                ("Never use HA again", [("Jacobsen", "NERSC"), ("Samuel", "NERSC")]),
                ("Cloud foundations", [("Eyrich", "Google"), ("Fryer", "Recursion")]),
            ],
        ),
        (
            "Jeudi 12 mars 2026\n| Heure | Intervenant | Sujet |\n|---|---|---|\n"
            "| 9h00 - 9h30 | Martin et Durand - Inrae | Les sols vivants |\n"
            "| 9h30 - 10h00 | Lefèvre (Cerema) | La ville en transition |\n",
            [
                ("Les sols vivants", [("Martin", "Inrae"), ("Durand", "Inrae")]),
                ("La ville en transition", [("Lefèvre", "Cerema")]),
            ],
        ),
        (
            "Schedule\nTime\tSpeaker\tTitle\n"
            "09:00 - 10:00\tSession 1\tMental Models\n"
            "10:00 - 11:00\tInvited Speaker : Nicolas Fay\tThe role of iconicity\n",
            [("Session 1", []), ("Invited Speaker", [("Nicolas Fay", None)])],
        ),
    ],
)
def test_a_speakers_column_says_its_cells_are_people_even_last_names_alone(table, read):
    assert _people37(table) == read


@pytest.mark.parametrize(
    "line, who",
    [
        ("Intervenants : Martin (Inrae)", [("Martin", "Inrae", None)]),
        ("Intervenants : Roux (agricultrice)", [("Roux", None, "agricultrice")]),
        (
            "Speakers: Eyrich (Google) and Fryer (Recursion)",
            [("Eyrich", "Google", None), ("Fryer", "Recursion", None)],
        ),
        (
            "Intervenants : Martin et Durand (Inrae)",
            [("Martin", "Inrae", None), ("Durand", "Inrae", None)],
        ),
        ("Intervenants : Association (Inrae)", []),
    ],
)
def test_one_word_names_a_person_with_their_body_in_brackets_where_people_are_said(line, who):
    assert [(s["name"], s["organisation"], s["role"]) for s in labelled_speakers(line)] == who


@pytest.mark.parametrize(
    "line, who",
    [
        ("Animateur de séance : Benoît Goupilleau", [("Benoît Goupilleau", "Animateur de séance")]),
        ("Présidence de la séance : Paul Roux", [("Paul Roux", "Présidence de la séance")]),
        ("Animatrice de la réunion : Anne Leroy", [("Anne Leroy", "Animatrice de la réunion")]),
        ("Chair of the meeting: Ann Lee", [("Ann Lee", "Chair of the meeting")]),
        ("Animateur de séance : la commission", []),
    ],
)
def test_a_chairs_noun_then_the_sitting_it_chairs_labels_the_chair(line, who):
    assert [(s["name"], s["role"]) for s in labelled_speakers(line)] == who


@pytest.mark.parametrize(
    "line, who",
    [
        ("Animation : Marie Durand", ["Marie Durand"]),
        ("Moderator: Tom Bertrand", ["Tom Bertrand"]),
        ("Intervenants : Paul Millet et", ["Paul Millet"]),
        ("Animée par Jean Dupont, avec :", ["Jean Dupont"]),
    ],
)
def test_a_name_ending_as_a_joining_word_keeps_its_letters_after_a_label(line, who):
    assert [s["name"] for s in labelled_speakers(line)] == who


@pytest.mark.parametrize(
    "line, title, who",
    [
        (
            "19h00 Rapports – Présidente – Anne Roux, Trésorier – Paul Millet",
            "Rapports",
            [("Anne Roux", "Présidente"), ("Paul Millet", "Trésorier")],
        ),
        (
            "7:00 pm Officer reports – President – Dan Conlon, Treasurer – Tom Graney, "
            "Membership – Eileen.",
            "Officer reports",
            [("Dan Conlon", "President"), ("Tom Graney", "Treasurer"), ("Eileen", "Membership")],
        ),
        ("19h00 Budget – Paris – Lyon, Lille – Nantes", None, []),
    ],
)
def test_offices_each_before_a_dash_and_their_holder_name_who_reports(line, title, who):
    block = blocks(f"Jour\n{line}\n21h00 Fin\n")[0]
    assert [(s["name"], s["role"]) for s in block["speakers"]] == who
    if title:
        assert block["title"] == title


@pytest.mark.parametrize(
    "title, read",
    [
        ("Keynote, Harrison Owen", ("Keynote", ["Harrison Owen"])),
        ("Conférence, Marie Durand et Paul Roux", ("Conférence", ["Marie Durand", "Paul Roux"])),
        ("Plénière, Jean Dupont", ("Plénière", ["Jean Dupont"])),
        ("Lunch, Main Hall", ("Lunch, Main Hall", [])),
        ("Keynote, Grand Ballroom", ("Keynote, Grand Ballroom", [])),
    ],
)
def test_a_kind_then_a_comma_then_people_alone_names_who_gives_it(title, read):
    got, people, _ = title_and_speakers(title)
    assert (got, [s["name"] for s in people]) == read


# Thirty-eighth round, blocks and days


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "lundi 12 octobre 2020\n\nRéunion de Conseil\n\nLe Conseil Municipal se réunira "
            "à la Mairie, le Jeudi 22 octobre 2020, à 20 heures 30\n\nORDRE DU JOUR :\n\n"
            "- Budget\n- Questions diverses.\n",
            "2020-10-22",
        ),
        (
            "Trailside Point Block Watch\n\nSunday, May 9, 2010\n\nBlock Watch Meeting - "
            "Tuesday, May 11th at 7:00PM\n\nMEETING AGENDA\n\nI.  CALL TO ORDER\n\n"
            "II.  FINANCIALS\n",
            "2010-05-11",
        ),
        (
            "Friday, March 3, 2023\n\nThe board will meet on Monday, March 13, 2023 at 6:30 pm "
            "in the library.\n\n1. Minutes\n2. Budget\n",
            "2023-03-13",
        ),
        (
            "Vendredi 3 mars 2023\n\nAssemblée générale - samedi 11 mars à 14h\n\n"
            "- Rapport moral\n- Vote\n",
            "2023-03-11",
        ),
        # The date said with no time stays a date of the text, the page's date the day's.
        (
            "Friday, March 3, 2023\n\nMinutes of Monday, February 13, 2023 approved.\n\n"
            "7:00 pm Call to order\n8:00 pm Adjourn\n",
            "2023-03-03",
        ),
    ],
)
def test_a_date_said_with_a_time_under_a_page_date_is_the_meetings(text, day):
    assert parse_programme(text)["days"][0]["date"] == day


@pytest.mark.parametrize(
    "text, read",
    [
        (
            "Agenda:\nTime\tSpeaker\tAffiliation\tTitle\n"
            "10:00 AM\tBarry Smith\tArgonne National Laboratory\tWelcome and introduction\n"
            "10:05 AM\tVincent Robert\tCEA Paris-Saclay\tSolving saddle-point systems\n"
            "10:30 AM\tEnd\t\t\n",
            [
                ("Welcome and introduction", [("Barry Smith", "Argonne National Laboratory")]),
                ("Solving saddle-point systems", [("Vincent Robert", "CEA Paris-Saclay")]),
            ],
        ),
        (
            "Programme\n| Heure | Intervenant | Structure | Sujet |\n|---|---|---|---|\n"
            "| 9h00 | Marie Durand | Inrae | Les sols vivants |\n"
            "| 9h30 | Paul Roux | Ademe | La sobriété énergétique |\n| 10h00 | Fin | | |\n",
            [
                ("Les sols vivants", [("Marie Durand", "Inrae")]),
                ("La sobriété énergétique", [("Paul Roux", "Ademe")]),
            ],
        ),
    ],
)
def test_a_column_naming_each_speakers_body_is_a_field_of_the_row(text, read):
    got = parse_programme(text)["days"][0]["blocks"][: len(read)]
    assert [
        (b["title"], [(s["name"], s.get("organisation")) for s in b["speakers"]]) for b in got
    ] == read


@pytest.mark.parametrize(
    "title",
    [
        "Camp closed!",
        "BoF concludes",
        "Conference concludes",
        "Meeting adjourned",
        "Le forum se clôture",
        "La séance est levée",
        "La fête se termine",
    ],
)
def test_the_gathering_said_to_conclude_or_be_closed_closes_it(title):
    assert kind_of(title, "en") == "closing"


@pytest.mark.parametrize("title", ["Hackathon ends", "Voting closes", "Hacking ends"])
def test_an_activity_said_to_end_still_is_no_close(title):
    assert kind_of(title, "en") != "closing"


@pytest.mark.parametrize(
    "text, first",
    [
        (
            "20 et 21 septembre : Fête de quartier\n\nVENDREDI 20:\n\nJeu chez les commerçants "
            "participants\n\nSAMEDI 21:\n\n10h00 – 11h00 : Atelier\n\n11h00 – 12h00 : Gym\n",
            ("VENDREDI 20", "Jeu chez les commerçants participants"),
        ),
        (
            "Street party\n\nFRIDAY 20:\n\nTreasure hunt in the shops\n\nSATURDAY 21:\n\n"
            "10:00 – 11:00: Pottery\n\n11:00 – 12:00: Gym\n",
            ("FRIDAY 20", "Treasure hunt in the shops"),
        ),
    ],
)
def test_a_weekday_and_its_number_with_one_untimed_line_is_a_day_of_its_own(text, first):
    days = parse_programme(text)["days"]
    assert len(days) == 2
    assert (days[0]["label"], days[0]["blocks"][0]["title"]) == first
    assert days[0]["blocks"][0]["start"] is None


@pytest.mark.parametrize(
    "title, lang",
    [
        ("Group photo & Lunch", "en"),
        ("Photo session & Dinner", "en"),
        ("Lunch & Group photo", "en"),
        ("Yoga et petit-déjeuner", "fr"),
    ],
)
def test_a_moment_of_no_session_kind_joined_to_a_meal_is_the_meal(title, lang):
    assert kind_of(title, lang) == "meal"


@pytest.mark.parametrize(
    "text, title",
    [
        (
            "Trailside Point Block Watch\n\nSunday, May 9, 2010\n\nBlock Watch Meeting - "
            "Tuesday, May 11th at 7:00PM\n\nI.  CALL TO ORDER\n\nII.  FINANCIALS\n",
            "Block Watch Meeting",
        ),
        (
            "Comité des fêtes\n\nVendredi 3 mars 2023\n\nAssemblée générale - samedi 11 mars "
            "à 14h\n\n- Rapport moral\n- Vote\n",
            "Assemblée générale",
        ),
    ],
)
def test_the_words_before_the_meetings_date_and_time_name_it(text, title):
    assert parse_programme(text)["days"][0]["blocks"][0]["title"] == title


# Thirty-eighth round, speakers ---------------------------------------------------------------
@pytest.mark.parametrize(
    "table, who",
    [
        (
            "Time\tSpeaker\tAffiliation\tTitle\n"
            "10:00 AM\tAnn Lee\tEDF R&D, ENPC, and Sorbonne Université\tSolvers in practice\n"
            "10:20 AM\tTom Reed, Kim Park, Li Wei\tArgonne National Laboratory\tNew features\n"
            "10:40 AM\tJeremy L Thompson\tUniversity of Colorado Boulder\tRatel\n"
            "11:00 AM\tAll participants\t\tOpen discussion\n",
            [
                [("Ann Lee", "EDF R&D, ENPC, and Sorbonne Université")],
                [
                    ("Tom Reed", "Argonne National Laboratory"),
                    ("Kim Park", "Argonne National Laboratory"),
                    ("Li Wei", "Argonne National Laboratory"),
                ],
                [("Jeremy L Thompson", "University of Colorado Boulder")],
                [],
            ],
        ),
        (
            "| Heure | Intervenant | Structure | Sujet |\n"
            "| 9h00 | Marie Durand et Paul Roux | Inrae | Les sols vivants |\n"
            "| 9h30 | Léa Martin | Université de Lyon | L’eau |\n",
            [
                [("Marie Durand", "Inrae"), ("Paul Roux", "Inrae")],
                [("Léa Martin", "Université de Lyon")],
            ],
        ),
    ],
)
def test_a_column_headed_affiliation_is_the_organisation_of_the_people_cell(table, who):
    got = blocks(f"Jour\n{table}")
    assert [[(s["name"], s["organisation"]) for s in b["speakers"]] for b in got] == who


@pytest.mark.parametrize(
    "text, name",
    [
        ("Jeremy L Thompson", "Jeremy L Thompson"),
        ("Marie A Dupont (Inrae)", "Marie A Dupont"),
        ("Vitamin D Levels", None),
        ("Plan B Meeting", None),
    ],
)
def test_a_middle_initial_without_its_stop_after_a_known_given_name(text, name):
    sp = person(text, strict=False)
    assert (sp["name"] if sp else None) == name


# Thirty-ninth round, speakers


@pytest.mark.parametrize(
    "text",
    [
        "Continuing Education – Dana Prom Smith",
        "Community Programs – Molly Larsen/Julie Holmes",
        "Trésorerie – Anne Roux",
        "Vie associative - Paul Marin, trésorier",
    ],
)
def test_a_subject_then_a_dash_and_a_name_is_no_person_from_a_body(text):
    # The subject is no name and the name after the dash no body: the line names no person
    # with an organisation (the title's reading takes the one after the dash).
    assert person(text, strict=False) is None


@pytest.mark.parametrize(
    "text, names",
    [
        ("Community Programs – Molly Larsen/Julie Holmes", ["Molly Larsen", "Julie Holmes"]),
        ("Atelier jardin – Camille Martin/Paul Roux", ["Camille Martin", "Paul Roux"]),
        ("Atelier jardin – Camille Martin", ["Camille Martin"]),
    ],
)
def test_names_beyond_doubt_parted_by_a_slash_are_as_many_people(text, names):
    _title, people, _minutes = title_and_speakers(text)
    assert [p["name"] for p in people] == names


@pytest.mark.parametrize(
    "text, organisation, role",
    [
        ("Anne Roux (voir page 3), maraîchère", None, "maraîchère"),
        ("Jane Smith (see schedule below)", None, None),
        ("Jane Smith (cf. annexe)", None, None),
        ("Anne Roux (Inrae)", "Inrae", None),
    ],
)
def test_a_bracket_sending_the_reader_elsewhere_is_no_body(text, organisation, role):
    sp = person(text, strict=False)
    assert sp is not None
    assert (sp["organisation"], sp["role"]) == (organisation, role)


@pytest.mark.parametrize(
    "text, names",
    [
        ("Intervenants : Anne Roux / Paul Marin", ["Anne Roux", "Paul Marin"]),
        ("Speakers: Molly Larsen/Julie Holmes", ["Molly Larsen", "Julie Holmes"]),
        ("Speakers: Jane Smith, Head of Sales/Marketing", ["Jane Smith"]),
    ],
)
def test_a_list_of_names_parted_by_slashes_after_a_label(text, names):
    assert [p["name"] for p in labelled_speakers(text)] == names


# Thirty-ninth round, blocks and days


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Vendredi\n9h à 18h : LES CONSTATS !\n9h00 - 9h30 : Accueil du collectif\n"
            "9h30 - 12h00 : Les semences paysannes\n14h00 - 18h00 : Ateliers d’échange\n",
            [("09:00", "09:30"), ("09:30", "12:00"), ("14:00", "18:00")],
        ),
        (
            "Saturday\n1:00 pm - 5:00 pm AFTERNOON TRACK\n1:00 pm - 2:00 pm Soil and water\n"
            "2:00 pm - 3:30 pm Seeds exchange\n3:30 pm - 5:00 pm Closing plenary\n",
            [("13:00", "14:00"), ("14:00", "15:30"), ("15:30", "17:00")],
        ),
        # A title in capitals holding one moment only is a block.
        (
            "Samedi\n9h - 12h : MARCHÉ\n9h - 10h : Accueil\n14h - 16h : Conférence\n",
            [("09:00", "12:00"), ("09:00", "10:00"), ("14:00", "16:00")],
        ),
        # Written as a title, a range over others is an activity lasting while they happen.
        (
            "Samedi\n8h - 18h : Marché du terroir\n8h - 9h : Accueil\n9h - 10h : Conférence\n",
            [("08:00", "18:00"), ("08:00", "09:00"), ("09:00", "10:00")],
        ),
    ],
)
def test_a_range_in_capitals_over_the_timed_blocks_under_it_is_a_part(text, expected):
    day = parse_programme(text)["days"][0]
    assert [(b["start"], b["end"]) for b in day["blocks"]] == expected


@pytest.mark.parametrize(
    "heading, date",
    [
        ("Monthly Meeting Agenda 7/14/11", "2011-07-14"),
        ("Meeting Agenda 12/25/2024", "2024-12-25"),
        ("Réunion du bureau 14/07/11", "2011-07-14"),
        ("Réunion du bureau 03/04/25", "2025-04-03"),
    ],
)
def test_a_date_in_the_title_with_its_year_in_two_digits_or_month_first(heading, date):
    text = f"{heading}\n18:30 - 18:40 Welcome\n18:40 - 19:30 Continuing Education\n"
    assert parse_programme(text)["days"][0]["date"] == date


@pytest.mark.parametrize(
    "text, kinds",
    [
        (
            "Samedi 12 mai 2018\nDès 14 h 30 les amateurs de musique se retrouvaient à la "
            "Chapelle du Collège pour un récital poétique. Au programme, des œuvres exécutées "
            "par Marguerite DURAND, mezzo-soprano et Paul ROUX, pianiste.\n"
            "A 16 h la messe était célébrée.\n",
            ["other", "other"],
        ),
        (
            "Saturday, May 12, 2018\nAt 2:30 pm the members gathered in the Chapel for a piano "
            "recital. Works played by Mary Smith, soprano, and Paul Reed, pianist.\n"
            "At 4 pm the tour of the new school began.\n",
            ["other", "other"],
        ),
    ],
)
def test_a_sentence_naming_a_show_with_its_performers_named_is_no_talk(text, kinds):
    assert [b["kind"] for b in blocks(text)] == kinds


# Fortieth round, blocks and days -----------------------------------------------------------
@pytest.mark.parametrize(
    "line, label",
    [
        ("Friday 9-10am:** Session 9", "Friday"),
        ("Friday 9:00 Session 9", "Friday"),
        ("Vendredi 9h-10h Accueil", "Vendredi"),
    ],
)
def test_a_day_heading_then_its_first_block_on_one_line_without_a_colon(line, label):
    text = f"Thursday\n9-9:50am\nSession 6\n{line}\n10-11am\nSession 10\n"
    days = parse_programme(text)["days"]
    assert [d["label"] for d in days] == ["Thursday", label]
    assert [(b["start"], b["end"]) for b in days[1]["blocks"]] == [
        ("09:00", "10:00"),
        ("10:00", "11:00"),
    ]


def test_a_remark_in_brackets_after_a_weekday_and_its_hours_starts_no_day():
    text = (
        "Monday\n9:00 Welcome\n10:00 Session 1\n"
        "Tuesday 4:30pm - 6pm (entire building unavailable)\n11:00 Session 2\n"
    )
    assert len(parse_programme(text)["days"]) == 1


@pytest.mark.parametrize("lunch", ["Lunch/free time\\", "Déjeuner libre\\"])
def test_a_backslash_ending_a_line_is_a_markdown_line_break(lunch):
    text = f"9:00 Session 3\n12:30 {lunch}\n14:00 Session 4\n"
    assert blocks(text)[1]["title"] == lunch[:-1]


@pytest.mark.parametrize(
    "line, title",
    [
        ("Saturday Morning: Potluck Breakfast at the hall; shuttles leave from there.", "Potluck"),
        ("Dimanche matin : Petit-déjeuner partagé au foyer", "Petit-déjeuner"),
    ],
)
def test_a_colon_after_a_weekday_and_its_part_of_the_day_parts_the_moment(line, title):
    text = f"Friday\n9:00 Session 9\n10:00 Session 10\n{line}\n"
    days = parse_programme(text)["days"]
    assert len(days) == 2
    assert days[1]["blocks"][0]["title"].startswith(title)


# Fortieth round, speakers


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Accueil et présentation de Perche Nature", []),
        ("Présentation de Vélo Longchamp : bilan de l’année", []),
        ("Intervention de Terre Vivante", []),
        ("Accueil et présentation de Marie Dupont", [("Marie Dupont", None, None)]),
        ("Présentation de M. Dupont", [("M. Dupont", None, None)]),
        ("Intervention de Jean-Paul Martin", [("Jean-Paul Martin", None, None)]),
    ],
)
def test_after_de_a_bare_name_is_someone_only_beyond_doubt(line, who):
    assert _speakers_of(line) == who


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "Conférence par Virginie Raisson-Victor (Présidente GIEC Pays de Loire)",
            [("Virginie Raisson-Victor", "GIEC Pays de Loire", "Présidente")],
        ),
        (
            "Talk by Ann Lee (Director NRC Bay of Fundy)",
            [("Ann Lee", "NRC Bay of Fundy", "Director")],
        ),
        (
            "Talk by Ann Lee (Professor of Law UCL London)",
            [("Ann Lee", "UCL London", "Professor of Law")],
        ),
        ("Conférence de Jean Dupont (chercheur INRAE)", [("Jean Dupont", None, "chercheur INRAE")]),
    ],
)
def test_a_function_then_a_body_opening_with_its_acronym_in_brackets(line, who):
    assert _speakers_of(line) == who


# Forty-first round, blocks and days


@pytest.mark.parametrize(
    "text",
    [
        "Thursday 16 May, 2019\n8:30 Coffee\n9:00 Opening\n\n"
        "Friday 17 May, 2019\n8:30 Coffee\n9:00 Talk\n",
        "Jeudi 16 mai, 2019\n8h30 Café\n9h Ouverture\n\nVendredi 17 mai, 2019\n8h30 Café\n9h Atelier\n",
    ],
)
def test_a_day_heading_with_its_year_after_a_comma_is_dated(text):
    days = parse_programme(text)["days"]
    assert [d["date"] for d in days] == ["2019-05-16", "2019-05-17"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "8:30a Coffee\n9:00a Opening\n11:30a Talk one\n12:15a Talk two\n1:00p Lunch\n",
            [("11:30", "12:15"), ("12:15", "13:00")],
        ),
        (
            "9:00 am Opening\n11:30 am Talk one\n12:30 am Talk two\n1:15 pm Lunch\n",
            [("11:30", "12:30"), ("12:30", "13:15")],
        ),
        # At night `12:30 am` stays half past midnight.
        (
            "8:00 pm Dinner\n10:30 pm Dance\n12:30 am Night walk\n1:30 am End\n",
            [("22:30", "00:30"), ("00:30", "01:30")],
        ),
    ],
)
def test_twelve_something_am_after_the_morning_is_noon(text, expected):
    assert [(s, e) for s, e, _ in spans(text)][-3:-1] == expected


@pytest.mark.parametrize(
    ("text", "welcome", "unread"),
    [
        (
            "Assemblée générale\n\nVous pouvez lire le rapport. L'accueil commencera dès 19h.\n\n"
            "Assemblée générale extraordinaire (20h00)\n\nBilan\n",
            ("19:00", "20:00", "welcome", "L'accueil"),
            ["Vous pouvez lire le rapport."],
        ),
        (
            "Annual meeting\n\nYou can read the report. Doors open at 7 pm, with the bar.\n\n"
            "General meeting (8:00 pm)\n\nReport\n",
            ("19:00", "20:00", "welcome", "Doors open"),
            ["You can read the report."],
        ),
        (
            "Fête\n\nAccueil à partir de 13h30 sur la place.\n\n14h Ouverture\n15h Jeux\n",
            ("13:30", "14:00", "welcome", "Accueil"),
            [],
        ),
    ],
)
def test_the_welcome_said_in_the_prose_above_the_schedule_is_its_first_block(text, welcome, unread):
    reading = read_programme(text)
    first = reading.programme["days"][0]["blocks"][0]
    assert (first["start"], first["end"], first["kind"], first["title"]) == welcome
    assert [u["text"] for u in reading.unread] == unread


def test_a_welcome_named_but_not_the_sentences_subject_is_no_block():
    text = "Réunion\n\nNous vous attendons pour l'accueil à 19h.\n\nAssemblée (20h00)\n"
    assert [b["title"] for b in blocks(text)] == ["Assemblée"]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Here is a tentative schedule for the 2016 conference.\n\nFRIDAY, 16 SEPTEMBER\n"
            "8:00 a.m. - 8:30 a.m. Registration\n8:30 a.m. - 9:00 a.m. Opening\n",
            ["2016-09-16"],
        ),
        (
            "Programme\nVoici le programme provisoire des rencontres 2019, à compléter.\n\n"
            "VENDREDI 17 MAI\n9h Accueil\n10h Atelier\n\nSAMEDI 18 MAI\n9h Accueil\n10h Atelier\n",
            ["2019-05-17", "2019-05-18"],
        ),
        # 16 September 2012 was a Sunday: the club's history, not the day's year.
        (
            "About us\nFounded in 2012, the club meets every year.\n\nFRIDAY, 16 SEPTEMBER\n"
            "8:00 a.m. - 8:30 a.m. Registration\n8:30 a.m. - 9:00 a.m. Opening\n",
            [None],
        ),
    ],
)
def test_the_one_year_the_prose_names_dates_the_weekdays_that_fall_in_it(text, dates):
    assert [d["date"] for d in parse_programme(text)["days"]] == dates


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Jane Roe: Latent Representation for Error Recovery in End-to-End", None),
        ("End-to-end learning", None),
        ("Face-to-face", None),
        ("Tête-à-tête avec le maire", None),
        ("The end", "closing"),
    ],
)
def test_a_word_twinned_by_to_names_no_moment(title, kind):
    assert kind_of(title, "en") == kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("une soirée-débat grand public", "panel"),
        ("Soirée-conférence avec Jean Dupont", "talk"),
        ("Matinée-atelier", "workshop"),
        ("Soirée dansante", "meal"),
        ("Repas-débat", "meal"),
    ],
)
def test_a_part_of_the_day_joined_to_what_happens_says_when_not_what(title, kind):
    assert kind_of(title, "fr") == kind


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Votre mairie / Actualités / Le Conseil municipal se réunira le jeudi 25 novembre"
            " à 21H00\n\nLe Conseil municipal se réunira le jeudi 25 novembre à 21H00\n\n"
            "ORDRE DU JOUR\n\n1 - Approbation du procès verbal\n\n2 - Budget\n",
            "Le Conseil municipal",
        ),
        (
            "Home / News / The board will meet on May 4, 2024 at 7 pm\n\nAgenda\n\n"
            "1. Minutes\n2. Budget\n",
            "The board",
        ),
        (
            "L'assemblée générale aura lieu le 3 mai 2024 à 18h\n\nOrdre du jour\n\n"
            "1. Rapport moral\n2. Questions diverses\n",
            "L'assemblée générale",
        ),
    ],
)
def test_a_path_of_links_and_the_call_s_verb_are_no_part_of_the_event_s_title(text, title):
    assert [b["title"] for b in blocks(text)] == [title]


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Accueil / Agenda / Fête", "Accueil / Agenda / Fête"),
        ("2 - Construction ALSH / Restaurant scolaire - Maîtrise", None),
        ("Registration / Coffee / Mingle", "Registration / Coffee / Mingle"),
    ],
)
def test_slashes_between_words_are_no_path_of_links_without_a_longer_title_after(line, kept):
    from facilitateur.models.programme.clean_lines import clean_line

    assert clean_line(line) == (kept or line)


@pytest.mark.parametrize(
    "title",
    [
        'Moshe Sipper et al. "New Pathways in Coevolutionary Computation"',
        'David R. White et al. "Modelling Genetic Programming as Sampling"',
        "Ting Hu et al. « Programmation génétique et bioinformatique »",
        'Indika Rajapakse, University of Michigan "Cellular Reprogramming"',
        "Wei Zhang, Université de Lyon « Les graphes »",
    ],
)
def test_a_first_author_or_a_name_and_body_then_a_quoted_subject_is_a_talk(title):
    assert spans(f"9:00 Opening\n9:15 {title}\n10:15 Break\n")[1][2] == "talk"


def test_words_then_et_al_without_a_name_s_shape_are_no_talk():
    assert spans('9:00 Opening\n9:15 the workshop et al. "x y z"\n10:15 Break\n')[1][2] != "talk"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Samedi 5 octobre\n\n• 14h : Fresque de la biodiversité – durée 3h – places limitées"
            "\n\n• 18h : Concert\n",
            ("14:00", "17:00"),
        ),
        ("Saturday\n10:00 Guided walk - duration 90 min\n2:00 pm Concert\n", ("10:00", "11:30")),
        ("Samedi\n10h Visite guidée, durée : 1h30\n15h Concert\n", ("10:00", "11:30")),
    ],
)
def test_a_length_said_after_its_label_in_the_line_gives_the_end(text, span):
    assert spans(text)[0][:2] == span


@pytest.mark.parametrize(
    "text",
    [
        "Fête de quartier\n\nVENDREDI 20:\n\nJeu chez les commerçants participants\n\nSAMEDI 21:\n\n"
        "Deux espaces principaux : Place de la Croix\n\n1. Village enfants (9h-14h)\n\n"
        "  • 10h00 – 11h00 : Conte\n  • 11h45 : Atelier\n",
        "Street fair\n\nFRIDAY 20:\n\nGames in the shops taking part\n\nSATURDAY 21:\n\n"
        "Two main areas: Market Square\n\n1. Children's village (9am-2pm)\n\n"
        "  • 10:00 – 11:00: Storytelling\n  • 11:45: Pottery\n",
    ],
)
def test_a_lost_day_above_a_day_whose_times_come_a_few_lines_under_its_heading(text):
    days = parse_programme(text)["days"]
    assert [len(d["blocks"]) for d in days] == [1, 2]
    assert days[0]["blocks"][0]["start"] is None


# Forty-first round, speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            '10:30a Moshe Sipper et al. "New Pathways in Coevolutionary Computation"\n11:15a Break',
            [[("Moshe Sipper", None, None)], []],
        ),
        (
            "14h00 Amadou Traoré et coll. « Les sols vivants du Sahel »\n15h00 Pause",
            [[("Amadou Traoré", None, None)], []],
        ),
        ("12:15p Stephen Kelly et al.\n1:00p Lunch", [[("Stephen Kelly", None, None)], []]),
        ('9:00 Session Two et al. "Results"\n10:00 Break', [[], []]),
        ('9:00 University of Michigan et al. "Results"\n10:00 Break', [[], []]),
    ],
)
def test_a_name_then_et_al_is_its_first_author_speaking(text, who):
    assert _block_people(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            '11:30a Joel Lehman "Evolutionary Computation and AI Safety"\n12:15p Lunch',
            [[("Joel Lehman", None, None)], []],
        ),
        (
            "10h00 Camille Martin « Pourquoi planter des haies »\n11h00 Pause",
            [[("Camille Martin", None, None)], []],
        ),
        ('10:00 Opening Remarks "Welcome to the workshop"\n11:00 Break', [[], []]),
    ],
)
def test_a_name_beyond_doubt_then_a_title_in_quotes_is_its_speaker(text, who):
    assert _block_people(text) == who


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "Sylvain Calinon: Exploiting Geometric Approaches and Ergodic Control",
            [("Sylvain Calinon", None, None)],
        ),
        ("Camille Martin : pourquoi planter des haies", [("Camille Martin", None, None)]),
        ("Marie Dupont : Pause café", []),
        ("Session Deux : les haies vives du bocage", []),
        ("Atelier Jardin : les haies vives du bocage", []),
    ],
)
def test_a_name_beyond_doubt_then_a_colon_and_a_title_is_its_speaker(line, who):
    assert _speakers_of(line) == who


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "Tetsuya Ogata: Latent Representation for Error Recovery in End-to-End Robot Motion "
            "Generation (20 mins + 5 mins Q&A)",
            [],
        ),
        ("Les semences paysannes de la Haute Vallée (30 min + 10 min de questions)", []),
        (
            "Conférence de Marie Dupont (Université de Lyon) (30 min + 10 min de questions)",
            [("Marie Dupont", "Université de Lyon", None)],
        ),
    ],
)
def test_lengths_added_up_in_brackets_are_no_body(line, who):
    assert _speakers_of(line) == who


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "Débat animé par les journalistes Marie Dupont et Jean Martin",
            [
                ("Marie Dupont", None, "Animation, journaliste"),
                ("Jean Martin", None, "Animation, journaliste"),
            ],
        ),
        (
            "La soirée, animée par les journalistes Marie Dupont et Jean Martin, sera introduite "
            "par un film",
            [
                ("Marie Dupont", None, "Animation, journaliste"),
                ("Jean Martin", None, "Animation, journaliste"),
            ],
        ),
        (
            "Panel moderated by the journalists Ann Lee and Tom Reed",
            [
                ("Ann Lee", None, "Moderator, journalist"),
                ("Tom Reed", None, "Moderator, journalist"),
            ],
        ),
        ("Atelier animé par les associations Terre Vivante et Perche Nature", []),
    ],
)
def test_a_function_in_the_plural_before_names_is_each_ones(line, who):
    assert _speakers_of(line) == who
    if "sera introduite" in line:
        assert title_and_speakers(line)[0] == line  # the sentence goes on: nothing lost


# Forty-second round, blocks and days


@pytest.mark.parametrize(
    ("text", "title", "about"),
    [
        (
            "Wednesday 2 July\n9:30am Axel Kilian, Princeton University\n"
            "architecture, computational design\n10:30am Coffee\n",
            "Axel Kilian",
            "architecture, computational design",
        ),
        (
            "Jeudi 3 juillet\n14h Claire Martin, Université de Lyon\n"
            "les sols vivants et leur mesure\n15h Pause\n",
            "Claire Martin",
            "les sols vivants et leur mesure",
        ),
    ],
)
def test_a_timed_person_from_a_body_is_their_talk_and_the_line_under_its_subject(
    text: str, title: str, about: str
) -> None:
    """A timed line that is a person then their body is their talk, titled by their name;
    the line in lower case under it is what they speak about, never more of the title."""
    first = parse_programme(text)["days"][0]["blocks"][0]
    assert (first["title"], first["kind"]) == (title, "talk")
    assert about in first["description"]
    assert about not in first["title"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "9:00-10:00: Welcome\n11:30-12:00: Data session\n\n"
            "ALL DAY: Open ideas lounge\n\n12:00-1:00: Lunch\n",
            "Open ideas lounge",
        ),
        (
            "9h-10h : Accueil\n10h-12h : Ateliers\nToute la journée : librairie éphémère\n"
            "12h : Déjeuner\n",
            "librairie éphémère",
        ),
    ],
)
def test_a_whole_day_line_between_timed_lines_is_a_moment_of_its_own(text: str, title: str) -> None:
    """`ALL DAY: …` between timed lines is an untimed moment of its own, no note of the
    timed block above it."""
    blocks = parse_programme(text)["days"][0]["blocks"]
    assert blocks[2]["title"] == title
    assert (blocks[2]["start"], blocks[2]["end"]) == (None, None)
    assert title not in (blocks[1].get("description") or "")
    assert len(blocks) == 4


@pytest.mark.parametrize(
    ("text", "title", "hours"),
    [
        (
            "Objet : médiathèque\nPORTES OUVERTES : La médiathèque sera ouverte au public le "
            "samedi 4 mai 2019 de 9h à 12h30.\nProgramme :\n10h30. Arrivée du maire\n"
            "11h. Discours\n",
            "PORTES OUVERTES",
            ("09:00", "12:30"),
        ),
        (
            "Open house: the new library welcomes everyone on Saturday, May 4, 2019 from "
            "9 am to 12:30 pm.\n\nProgramme:\n10:30 am Arrival of the mayor\n11 am Speeches\n",
            "Open house",
            ("09:00", "12:30"),
        ),
    ],
)
def test_a_moment_said_in_a_sentence_ending_with_its_hours_opens_the_schedule(
    text: str, title: str, hours: tuple[str, str]
) -> None:
    """`PORTES OUVERTES : … de 9h à 12h30.` above the schedule's heading and its times is a
    moment at those hours, titled by the words before the colon."""
    first = parse_programme(text)["days"][0]["blocks"][0]
    assert (first["title"], (first["start"], first["end"])) == (title, hours)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Budget Approval", "plenary"),
        ("Minutes adoption", "plenary"),
        ("Business Arising from the Minutes", "plenary"),
        ("Report from the President", "talk"),
        ("Report of the Treasurer", "talk"),
        ("Rapport de la présidente", "talk"),
        ("Reports", "talk"),
        ("Report of the Board", "plenary"),
    ],
)
def test_an_assemblys_business_is_plenary_and_an_officers_report_a_talk(
    title: str, kind: str
) -> None:
    """An assembly's business named with the thing approved first, or arising from the
    minutes, is everyone's; a report by one named function, or reports alone, are talks."""
    assert kind_of(title, "fr" if title.startswith("Rapport") else "en") == kind


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "COMPTE RENDU\nCONSEIL MUNICIPAL\n\nJEUDI 19 DECEMBRE 2019 • 18H30\n\nSALLE DU CONSEIL\n"
            "Secrétaire de séance : Michel Cotten\nPrésents : P. Baniel, M. Baqué.\n",
            "CONSEIL MUNICIPAL",
        ),
        (
            "MINUTES\nBOARD OF DIRECTORS\n\nTHURSDAY, MAY 4, 2023 • 7 PM\n\nTOWN HALL\n"
            "Present: Ann Lee, Tom Roe.\n",
            "BOARD OF DIRECTORS",
        ),
    ],
)
def test_a_record_titled_by_the_documents_name_is_the_sitting_under_it(
    text: str, title: str
) -> None:
    """`COMPTE RENDU` then `CONSEIL MUNICIPAL` above the sitting's date and time: the block
    is the sitting, the first line names the document."""
    blocks = [b for d in parse_programme(text)["days"] for b in d["blocks"]]
    assert [b["title"] for b in blocks] == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Thursday 3 July\n1:30pm Stephanie Morgan\ngames, tech, and the next big pivot\n"
            "3pm Coffee\n",
            "Stephanie Morgan",
        ),
        (
            "Vendredi 4 juillet\n14h Claire Martin\nles sols vivants et leur mesure\n15h Pause\n",
            "Claire Martin",
        ),
    ],
)
def test_a_timed_name_alone_with_a_subject_under_it_is_their_talk(text: str, title: str) -> None:
    """A timed line that is a person's name alone, a line in lower case under it: their
    talk, the line its subject, never glued to the title."""
    first = parse_programme(text)["days"][0]["blocks"][0]
    assert (first["title"], first["kind"]) == (title, "talk")


def test_afterward_in_american_spelling_opens_the_next_moment() -> None:
    """`Afterward: …` after the last timed line is the moment after it, as `Afterwards:`."""
    blocks = parse_programme(
        "5:00-5:15 Wrap-up\n5:15-6:00 Winners announced\nAfterward: Drinks!\n"
    )["days"][0]["blocks"]
    assert [(b["title"], b["start"]) for b in blocks[1:]] == [
        ("Winners announced", "17:15"),
        ("Afterward: Drinks!", None),
    ]


@pytest.mark.parametrize(
    ("text", "meal", "sentence"),
    [
        (
            "Schedule\nMonday\nBreakfast: Post your plans if you want others to join you.\n"
            "9am\nConference Overview\n",
            "Breakfast",
            "Post your plans if you want others to join you.",
        ),
        (
            "Programme\nSamedi\nDéjeuner : Chacun apporte un plat à partager.\n14h\nAteliers\n",
            "Déjeuner",
            "Chacun apporte un plat à partager.",
        ),
    ],
)
def test_a_meal_then_a_colon_and_a_sentence_is_the_meal_described(
    text: str, meal: str, sentence: str
) -> None:
    """`Breakfast: Post your plans …` first under a day: the meal, untimed, the sentence its
    description (as without the colon), never a line left unread."""
    first = parse_programme(text)["days"][0]["blocks"][0]
    assert (first["title"], first["kind"], first["start"]) == (meal, "meal", None)
    assert first["description"] == sentence


@pytest.mark.parametrize(
    ("text", "title", "note"),
    [
        (
            "Monday\n9am\nOverview\n11:10am-12:00pm\nSession 2\nAfternoon\nLunch/free time\n"
            "(Hall unavailable 3:30pm-5pm)\nEvening\nDinner in town\n8pm\nLightning talks\n",
            "Lunch/free time",
            "(Hall unavailable 3:30pm-5pm)",
        ),
        (
            "Lundi\n9h\nOuverture\n11h-12h\nAtelier 2\nAprès-midi\nTemps libre\n"
            "(salle fermée de 15h30 à 17h)\nSoirée\nDîner en ville\n20h\nConcert\n",
            "Temps libre",
            "(salle fermée de 15h30 à 17h)",
        ),
    ],
)
def test_hours_in_brackets_under_an_untimed_moment_are_a_note_on_it(
    text: str, title: str, note: str
) -> None:
    """A line wholly in brackets giving hours of its own under an untimed moment is a note
    on it: the moment keeps no time, its title no bracket."""
    blocks = parse_programme(text)["days"][0]["blocks"]
    moment = next(b for b in blocks if b["title"].startswith(title))
    assert (moment["title"], moment["start"], moment["end"]) == (title, None, None)
    assert note in moment["description"]


# Forty-second round, speakers


def _who_in_rows(text: str) -> list[tuple[str, str, list[str]]]:
    return [
        (b["start"], b["title"], [s["name"] for s in b["speakers"]])
        for d in parse_programme(text)["days"]
        for b in d["blocks"]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Day 1\nTime\tTopic\tInstructor\n09:00 - 9:15\tIntroduction to Workshop\tRadhika\n"
            "9:15 - 10:15\tR Refresher Session\tMary\n10:15 - 10:30\tCoffee\t\n",
            [
                ("09:00", "Introduction to Workshop", ["Radhika"]),
                ("09:15", "R Refresher Session", ["Mary"]),
                ("10:15", "Coffee", []),
            ],
        ),
        (
            "Jeudi 12 mars 2026\n| Heure | Thème | Animatrice |\n| 9h00 - 10h00 | Les haies | Maud |\n"
            "| 10h00 - 11h00 | Le compost | Jean Martin |\n",
            [("09:00", "Les haies", ["Maud"]), ("10:00", "Le compost", ["Jean Martin"])],
        ),
        (
            "Horaire\tSujet\tPrésenté par\n14h00 - 15h00\tLes semis\tAline\n",
            [("14:00", "Les semis", ["Aline"])],
        ),
    ],
)
def test_a_column_headed_by_who_teaches_names_people(text, expected):
    assert _who_in_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Time\tTopic\tInstructor\n13:50 - 15:15\tSetting up for DGE Analysis: Count Data QC\t"
            "Meeta\n16:30 - 17:00\tDGE Analysis: Pairwise Comparisons (Wald Test)\tMeeta\n",
            [
                ("13:50", "Setting up for DGE Analysis: Count Data QC", ["Meeta"]),
                ("16:30", "DGE Analysis: Pairwise Comparisons (Wald Test)", ["Meeta"]),
            ],
        ),
        (
            "| Heure | Sujet | Intervenant |\n| 10h00 - 11h00 | Le sol vivant (Vers De Terre) | "
            "Jean Martin |\n",
            [("10:00", "Le sol vivant (Vers De Terre)", ["Jean Martin"])],
        ),
    ],
)
def test_a_title_under_its_heading_names_no_one(text, expected):
    assert _who_in_rows(text) == expected


def _speakers_in(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (b["title"], s["name"], s.get("organisation"), s["topic"])
        for d in parse_programme(text)["days"]
        for b in d["blocks"]
        for s in b["speakers"]
    ]


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("9:30am Axel Kilian, Princeton University", "Princeton University"),
        ("1:30pm Jérémie Gallien, London Business School", "London Business School"),
        ("9:30am Machine Learning, Stanford University", None),  # no name: a subject
    ],
)
def test_a_school_word_last_names_the_body_after_a_name(line, body):
    people = _speakers_in(f"Wednesday 2 July 2014\n{line}\n4pm Coffee\n")
    assert [org for _, _, org, _ in people] == ([body] if body else [])


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Wednesday 2 July 2014\n9:30am Axel Kilian, Princeton University\n"
            "architecture, computational design\n10:30am Coffee\n",
            ("Axel Kilian", "Princeton University", "architecture, computational design"),
        ),
        (
            "Mercredi 2 juillet 2014\n9h30 Marie Dupont, Université de Lyon\n"
            "agroécologie et sols vivants\n10h30 Pause\n",
            ("Marie Dupont", "Université de Lyon", "agroécologie et sols vivants"),
        ),
        (
            "Wednesday 2 July 2014\n1:30pm Stephanie Morgan\ngames, tech, and the next pivot\n"
            "2:30pm Coffee\n",
            ("Stephanie Morgan", None, "games, tech, and the next pivot"),
        ),
        (
            "Mercredi 2 juillet 2014\n14h Claire Martin\nle compost en ville\n15h Pause\n",
            ("Claire Martin", None, "le compost en ville"),
        ),
    ],
)
def test_a_line_in_lower_case_under_a_person_and_body_is_their_topic(text, who):
    people = _speakers_in(text)
    assert [(n, o, t) for _, n, o, t in people] == [who]
    assert who[2] not in people[0][0]  # no part of the title


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Wednesday 2 July 2014\n9:30am Axel Kilian, Princeton University\n11am Paul Debevec, "
            "USC\n4pm Design Show and Tell\nPanel: Debevec, Kilian, Summers\n6pm Dinner\n",
            ["Debevec", "Kilian", "Summers"],
        ),
        (
            "Samedi 5 juillet 2014\n9h30 Marie Dupont, CNRS\n11h00 Jean Roux, INRAE\n"
            "16h00 Concours\nJury : Dupont, Roux et Petit\n18h00 Dîner\n",
            ["Dupont", "Roux", "Petit"],
        ),
        (  # one of five named above: the others may be anything
            "Wednesday 2 July 2014\n9:30am Axel Kilian, Princeton University\n11am Paul Debevec, "
            "USC\n4pm Design Show and Tell\nPanel: Debevec, Gallien, Moore, Summers, Smith\n"
            "6pm Dinner\n",
            [],
        ),
    ],
)
def test_last_names_after_a_label_of_people_named_above_speak(text, who):
    last = [b for d in parse_programme(text)["days"] for b in d["blocks"]][-2]
    assert [s["name"] for s in last["speakers"]] == who


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "Form teams - coordinated by Eddie, Susan and Deb",
            [("Eddie", None, None), ("Susan", None, None), ("Deb", None, None)],
        ),
        (
            "Table ronde animée par Maud et Julie",
            [("Maud", None, "Animation"), ("Julie", None, "Animation")],
        ),
        (
            "Panel moderated by Ann and Tom",
            [("Ann", None, "Moderator"), ("Tom", None, "Moderator")],
        ),
        ("Session run by Apple and Google", []),  # no given names: no one
        ("Visite coordonnée par Lyon et Dijon", []),
    ],
)
def test_given_names_alone_after_a_leading_participle_lead_the_part(line, who):
    assert _speakers_of(line) == who
    if who:
        assert "by" not in title_and_speakers(line)[0].split()


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "9:40 Session 1: short talks\nSpeaker 1: Dr. Arash Zamyadi\nSpeaker 2: Dr. Simone Li\n"
            "10:00 Coffee\n",
            ["Arash Zamyadi", "Simone Li"],
        ),
        (
            "9h40 Table ronde\nIntervenant 1 : Marie Dupont\nIntervenant 2 : Jean Martin\n"
            "10h30 Pause\n",
            ["Marie Dupont", "Jean Martin"],
        ),
    ],
)
def test_a_numbered_speaker_label_names_a_speaker_of_the_block(text, who):
    first = blocks(text)[0]
    assert [s["name"] for s in first["speakers"]] == who
    assert first["items"] == []


# Forty-third round, blocks and days ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "9h00 - 9h45 9h00\nMarie Dupont\nAccueil\n9h45 - 10h30 9h45\nPaul Roux\nConférence\n",
        "9:00 - 9:45 9:00\nAnn Lee\nWelcome\n9:45 - 10:30 9:45\nTom Ray\nKeynote\n",
    ],
)
def test_a_range_then_its_start_again_is_one_range(text):
    # A second time column repeating the start is no title and no block.
    got = [(b["start"], b["end"]) for b in blocks(text)]
    assert got == [("09:00", "09:45"), ("09:45", "10:30")]
    assert not any(b["title"][:1].isdigit() for b in blocks(text))


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Programme\n• entre 14h et 15h15 :\n• Atelier cartes sensibles avec Marie\n"
            "• Atelier jeux de rôle\n• Atelier fresque du climat\n• entre 15h30 et 16h45 :\n"
            "• Atelier écriture\n• Atelier théâtre forum\n",
            [
                "Atelier cartes sensibles avec Marie",
                "Atelier jeux de rôle",
                "Atelier fresque du climat",
                "Atelier écriture",
                "Atelier théâtre forum",
            ],
        ),
        (
            "Agenda\n- Between 2:00 and 3:15 pm:\n- Workshop A: mapping the river\n"
            "- Workshop B: seed saving\n- Between 3:30 and 4:45 pm:\n- Workshop C: bike repair\n"
            "- Workshop D: compost\n",
            [
                "Workshop A: mapping the river",
                "Workshop B: seed saving",
                "Workshop C: bike repair",
                "Workshop D: compost",
            ],
        ),
    ],
)
def test_a_slot_in_words_heads_parallel_parts_opening_alike(text, titles):
    got = blocks(text)
    assert [b["title"] for b in got] == titles
    assert [b["kind"] for b in got] == ["workshop"] * len(titles)
    assert (got[0]["start"], got[-1]["start"]) == ("14:00", "15:30")
    assert all(b["items"] == [] for b in got)


def test_parts_opening_otherwise_stay_parts_of_their_slot():
    text = "9h-12h :\n• Atelier du matin\n• Restitution en plénière\n• Atelier bis\n12h Déjeuner\n"
    first = blocks(text)[0]
    assert first["title"] == "Atelier du matin"
    assert len(first["items"]) == 2


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Jeudi 30 octobre 2014\nOuverture et introduction 9h00 :\nMarie Dupont\n"
            "9h30 - Conférence inaugurale\n10h00 - Débat\n",
            ("09:00", "09:30", "Ouverture et introduction"),
        ),
        (
            "Friday 3 October 2014\nWelcome and introduction 9:00:\nJane Doe\n9:30 - Keynote\n"
            "10:00 - Debate\n",
            ("09:00", "09:30", "Welcome and introduction"),
        ),
    ],
)
def test_a_title_then_its_time_then_a_colon_is_a_block(text, first):
    b = blocks(text)[0]
    assert (b["start"], b["end"], b["title"]) == first


@pytest.mark.parametrize(
    "updated",
    ["Mise à jour le 06/12/2022", "Publié le 3 mars 2024", "Updated on May 2, 2023"],
)
def test_the_pages_own_date_dates_no_day(updated):
    text = f"Colloque\n{updated}\nProgramme\n10h : Ouverture\n10h30-12h : Table ronde\n"
    assert parse_programme(text)["days"][0]["date"] is None


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Tuesday, September 23, 2008\nOur next meeting is on Saturday 27th September 1 – 5 pm.\n"
            "1.00 - 1.15pm – Welcome\n1.15 – 2.00pm – Discussion\n",
            "2008-09-27",
        ),
        (
            "Mardi 3 mars 2015\nLa réunion aura lieu le samedi 7 mars à la salle des fêtes.\n"
            "14h - Accueil\n14h30 - Débat\n",
            "2015-03-07",
        ),
    ],
)
def test_a_post_dated_above_its_meetings_weekday_and_day(text, when):
    assert parse_programme(text)["days"][0]["date"] == when


@pytest.mark.parametrize(
    ("line", "start", "end", "title"),
    [
        ("5:00-7:00 ish- Soup Meal\n7:00 - Campfire\n", "17:00", "19:00", "Soup Meal"),
        ("17h30 ish : Apéro\n19h Dîner\n", "17:30", "19:00", "Apéro"),
    ],
)
def test_ish_after_a_space_belongs_to_the_time(line, start, end, title):
    b = blocks(line)[0]
    assert (b["start"], b["end"], b["title"]) == (start, end, title)


def _room_table(rows: list[tuple[str, list[str]]]) -> str:
    return "Heure Salle A Salle B\n" + "".join(
        f"{times}\n" + "".join(f"{line}\n" for line in cells) for times, cells in rows
    )


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            _room_table(
                [
                    (
                        "14h - 14h45 14h",
                        ["Marie Dupont", "La ville en transition", "Paul Martin", "Habiter demain"],
                    ),
                    (
                        "14h45 - 15h30 14h45",
                        ["Claire Petit", "Le climat et nous", "Jean Roux", "Manger local"],
                    ),
                    ("15h30 - 16h15 15h30", ["Table ronde des maires", "Que peut une commune ?"]),
                    (
                        "16h15 - 17h 16h15",
                        ["Julie Bernard", "Les communs", "Pierre Lefebvre", "Les jardins partagés"],
                    ),
                ]
            ),
            [
                "La ville en transition",
                "Habiter demain",
                "Le climat et nous",
                "Manger local",
                "Table ronde des maires",
                "Les communs",
                "Les jardins partagés",
            ],
        ),
        (
            "Time Room 1 Room 2\n9:00 - 9:45\nAnn Smith\nWhy do we sleep?\nJohn Brown\nCan bees count?\n"
            "9:45 - 10:30\nMary Jones\nWhat is a gene?\nDavid Clark\nHow old is the sea?\n"
            "10:30 - 11:15\nLinda Scott\nWhere do comets come from?\nPaul Walker\nWhy is ice slippery?\n",
            [
                "Why do we sleep?",
                "Can bees count?",
                "What is a gene?",
                "How old is the sea?",
                "Where do comets come from?",
                "Why is ice slippery?",
            ],
        ),
    ],
)
def test_a_table_of_room_cells_copied_line_by_line_makes_a_block_a_cell(text, titles):
    got = blocks(text)
    assert [b["title"] for b in got] == titles
    assert got[0]["start"] == got[1]["start"] and got[0]["end"] == got[1]["end"]
    assert all(b["items"] == [] for b in got)


@pytest.mark.parametrize("end", ["19h", "19 h", "19:00"])
def test_a_range_alone_ending_on_its_hour_is_no_block_titled_by_it(end):
    titles = [b["title"] for b in blocks(f"9h Accueil\n18h15 - {end}\n10h Atelier\n")]
    assert titles == ["Accueil", "Atelier"]


@pytest.mark.parametrize(
    "text",
    [
        "Accueil 9h00 :\nMarie Dupont\nSéance 01 : 9h30-11h45\nModérateur Jean Martin\n"
        "9h30 - Paul Roux : Les origines\n10h30 - Débat\n",
        "Welcome 9:00:\nJane Doe\nSession 2: 9:30-11:45: Case studies\nChair: John Smith\n"
        "9:30 - Ann Lee: First case\n10:30 - Discussion\n",
    ],
)
def test_a_session_with_its_range_heads_its_talks(text):
    got = blocks(text)
    assert [b["start"] for b in got] == ["09:00", "09:30", "10:30"]
    assert got[0]["items"] == []  # no part of the block above
    assert not any("9:30-11:45" in b["title"] or "9h30-11h45" in b["title"] for b in got)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Should the name Transition Town be adopted?", "plenary"),
        ("Faut-il créer un conseil citoyen ?", "plenary"),
        ("Débat : faut-il créer un conseil citoyen ?", "panel"),  # a kind said: that kind
        ("Pourquoi Git ?", "other"),  # too short to be put to the room
    ],
)
def test_a_question_put_to_the_meeting_is_a_plenary(title, kind):
    text = f"14h00 – 14h45 – Accueil\n14h45 – 15h30 – {title}\n15h30 – 16h00 – Clôture\n"
    assert blocks(text)[1]["kind"] == kind


@pytest.mark.parametrize("title", ["Teabreak", "Coffeebreak"])
def test_a_break_glued_to_its_drink_is_a_break(title):
    assert kind_of(title) == "break"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Visioning Exercise", "workshop"),
        ("Exercice de groupe sur le budget", "workshop"),
        ("Morning Exercise", None),
        ("Warm-up exercises", None),
    ],
)
def test_an_exercise_done_together_is_a_workshop(title, kind):
    assert kind_of(title) == kind


# Forty-third round, speakers


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "9h30 - Benjamin Stora : Aux origines du nationalisme.\n"
            "10h00 - Gilbert Meynier : Pourquoi le 1er novembre.\n"
            "10h30 - Soufi Fouad : Réflexions sur les opportunités.\n"
            "11h00 - Débat\n",
            ["Benjamin Stora", "Gilbert Meynier", "Soufi Fouad"],
        ),
        (
            "9:00 Jane Miller: Robust planning for robots\n"
            "9:30 Kensuke Harada: Grasping with care\n"
            "10:00 Thomas Roberts: Learning from errors in motion\n"
            "10:30 Coffee break\n",
            ["Jane Miller", "Kensuke Harada", "Thomas Roberts"],
        ),
    ],
)
def test_a_name_the_list_lacks_is_read_as_the_programme_names_its_other_speakers(text, who):
    read = blocks(text)
    assert [s["name"] for b in read for s in b["speakers"]] == who
    assert read[2]["title"].split()[0] not in who[2]


def test_a_name_shape_before_a_colon_is_no_one_without_the_programmes_own_evidence():
    # One talk only written as a person then a colon: two capitalised words before a colon
    # stay a title and its subtitle; and a kind of moment or a body is never a person.
    alone = blocks(
        "9:00 Jane Miller: Robust planning for robots\n9:30 Kensuke Harada: Grasping\n10:00 End\n"
    )
    assert [s["name"] for b in alone for s in b["speakers"]] == ["Jane Miller"]
    text = (
        "9:00 Jane Miller: Robust planning for robots\n"
        "9:30 Thomas Roberts: Learning from errors\n"
        "10:00 Round Table: Grasping with care\n"
        "10:30 City Council: The budget\n"
    )
    assert [s["name"] for b in blocks(text) for s in b["speakers"]] == [
        "Jane Miller",
        "Thomas Roberts",
    ]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("9h30 Séance 1\nModérateur Amar Mohand –Amer\n10h00 Pause\n", ("Amar Mohand –Amer", None)),
        ("9:30 Panel\nModerator: Jane Miller -Smith\n10:00 Break\n", ("Jane Miller -Smith", None)),
        # Spaced both sides, the dash still parts a name from its body.
        ("9:30 Panel\nModerator: Jane Miller - Acme\n10:00 Break\n", ("Jane Miller", "Acme")),
    ],
)
def test_a_hyphen_spaced_before_only_joins_a_compound_last_name(text, who):
    sp = blocks(text)[0]["speakers"][0]
    assert (sp["name"], sp.get("organisation")) == who


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Hocine Smaali-Dalila Aït-el-Djoudi", ["Hocine Smaali", "Dalila Aït-el-Djoudi"]),
        ("Jane Smith - Mary Jones", ["Jane Smith", "Mary Jones"]),
        ("Jean-Pierre Roux", ["Jean-Pierre Roux"]),  # a compound given name
        ("Anne Dupont-Martin", ["Anne Dupont-Martin"]),  # a compound last name
    ],
)
def test_a_hyphen_between_two_whole_names_parts_two_people(line, who):
    first = blocks(f"9h00 Ouverture et introduction\n{line}\n9h30 Pause\n")[0]
    assert [s["name"] for s in first["speakers"]] == who
    assert first["title"] == "Ouverture et introduction"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Rencontre citoyenne : la santé\n\nAU PROGRAMME :\n"
            "  • Catherine BASSANI, présidente de l’Edenn. L’Edenn est une collectivité.\n"
            "  • Enfin, Marie DURAND, journaliste nous parlera de la nature.\n\n"
            "On vous attend jeudi 13 décembre à 20h00 pour débattre.\n",
            [
                ("Catherine BASSANI", "présidente de l’Edenn"),
                ("Marie DURAND", "journaliste"),
            ],
        ),
        (
            "Town hall on housing\n\nOn the panel:\n"
            "- Jane Smith, Director of the Leeds Food Bank. She has run it since 2010.\n"
            "- Finally, Thomas Reed, Mayor of Leeds, will talk about the budget.\n\n"
            "Join us on 3 March at 7:00 pm in the town hall.\n",
            [("Jane Smith", "Director of the Leeds Food Bank"), ("Thomas Reed", "Mayor of Leeds")],
        ),
    ],
)
def test_a_bulleted_list_of_people_above_the_one_moment_names_its_speakers(text, who):
    (block,) = [b for d in parse_programme(text)["days"] for b in d["blocks"]]
    assert [(s["name"], s["role"]) for s in block["speakers"]] == who


def test_a_bulleted_list_above_with_an_entry_that_is_no_person_gives_no_speakers():
    text = (
        "Rencontre citoyenne : la santé\n\n"
        "  • Catherine BASSANI, présidente de l’Edenn.\n"
        "  • Salle Voltaire, au Manoir.\n\n"
        "On vous attend jeudi 13 décembre à 20h00 pour débattre.\n"
    )
    (block,) = [b for d in parse_programme(text)["days"] for b in d["blocks"]]
    assert block["speakers"] == []


@pytest.mark.parametrize(
    ("title", "who"),
    [
        (
            "Atelier compost avec les interventions de Marie Dupont, maraîchère et Paul Martin, "
            "Responsable du service Espaces verts, mairie de Bègles.",
            [
                ("Marie Dupont", None, "maraîchère"),
                ("Paul Martin", "mairie de Bègles", "Responsable du service Espaces verts"),
            ],
        ),
        (
            "Atelier conseils de quartier avec l’intervention de Julie Dumont, adjointe déléguée "
            "aux quartiers, à la démocratie participative – Ville de Libourne",
            [
                (
                    "Julie Dumont",
                    "Ville de Libourne",
                    "adjointe déléguée aux quartiers, à la démocratie participative",
                )
            ],
        ),
        (
            "Workshop on trails with Jane Smith, Director, Parks and Trails – City of Leeds",
            [("Jane Smith", "City of Leeds", "Director, Parks and Trails")],
        ),
    ],
)
def test_a_town_or_university_named_by_its_kind_closes_the_functions_as_their_body(title, who):
    people = title_and_speakers(title)[1]
    assert [(s["name"], s.get("organisation"), s["role"]) for s in people] == who


@pytest.mark.parametrize(
    ("title", "who", "kept"),
    [
        (
            "Conclusion par Dalila Aït-el-djoudi et clôture du colloque.",
            ["Dalila Aït-el-djoudi"],
            "Conclusion et clôture du colloque.",
        ),
        (
            "Closing remarks by Jane Smith and wrap-up of the day",
            ["Jane Smith"],
            "Closing remarks and wrap-up of the day",
        ),
        ("Conclusion par Jean Dupont et Marie Roux", ["Jean Dupont", "Marie Roux"], "Conclusion"),
    ],
)
def test_and_then_another_moment_after_the_person_is_no_second_person(title, who, kept):
    read, people, _ = title_and_speakers(title)
    assert [s["name"] for s in people] == who
    assert read == kept


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "10h - 10h45\nEtienne Klein\nWhat does time reveal?\n"
            "10h45 - 11h30\nJean Viard\nIs time a fact of society?\n"
            "11h30 - 12h15\nHidehiro Tachibana\nIn what kind of time do people live?\n"
            "12h15 - 13h\nJulia Desojo\nWhen did the dinosaurs appear?\n",
            "Hidehiro Tachibana",
        ),
        (
            "9h00\nMarie Dupont\nLes haies du bocage\n"
            "9h45\nPaul Martin\nLe sol vivant\n"
            "10h30\nSoufi Fouad\nLa mémoire des lieux\n"
            "11h15\nClaire Roux\nL’eau des villes\n",
            "Soufi Fouad",
        ),
    ],
)
def test_a_name_alone_the_list_lacks_is_a_speaker_where_the_programme_names_people_so(text, who):
    third = blocks(text)[2]
    assert who in [s["name"] for s in third["speakers"]]
    assert who not in [i["title"] for i in third["items"]]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "8:00pm Committee Reports\n"
            "Coordination of Projects – Linda Guarino\n"
            "Community Programs – Molly Larsen\n"
            "Volunteer Support – Hattie Braun\n"
            "8:30pm Garden questions\n",
            ["Linda Guarino", "Molly Larsen", "Hattie Braun"],
        ),
        (
            "20h00 Rapports des commissions\n"
            "Finances – Claire Roux\n"
            "Jardins partagés – Paul Martin\n"
            "Vie associative – Soufi Fouad\n"
            "20h30 Questions\n",
            ["Claire Roux", "Paul Martin", "Soufi Fouad"],
        ),
    ],
)
def test_a_name_after_a_dash_the_list_lacks_is_read_as_the_programme_names_its_people(text, who):
    first = blocks(text)[0]
    people = [s["name"] for i in first["items"] for s in i["speakers"]]
    assert people + [s["name"] for s in first["speakers"]] == who


# Forty-fourth round, blocks and days -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "14h00 - 15h40:\n14h00 - 14h40 : Ouverture\n14h40 - 15h40 : Atelier\n",
        "9:00 - 10:30 am :\n9:00 - 9:45 Keynote\n9:45 - 10:30 Panel\n",
    ],
)
def test_times_alone_closed_by_a_colon_are_no_block_titled_by_their_end(text):
    titles = [b["title"] for b in blocks(text)]
    assert len(titles) == 2
    assert not any(t.endswith(":") or t[:1].isdigit() for t in titles)


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "14h00 - 14h40 : Claire Roux & Paul Martin (CNRS, Lille) - conférence invitée\n"
            "Apprendre des corpus comparables pour simplifier les textes\n"
            "14h40 - 15h10 : Anne Morel (Université de Brest, France)\n"
            "Traduire la science pour tous les publics\n",
            [
                "Apprendre des corpus comparables pour simplifier les textes",
                "Traduire la science pour tous les publics",
            ],
        ),
        (
            "2:00 pm - 2:40 pm: John Rochford (University of Massachusetts, USA) - invited speaker\n"
            "Developing Simple Web Text for People with Disabilities\n"
            "2:40 pm - 3:10 pm: Mike Unwalla (TechScribe, Sheffield, UK)\n"
            "Controlled language for text simplification\n",
            [
                "Developing Simple Web Text for People with Disabilities",
                "Controlled language for text simplification",
            ],
        ),
    ],
)
def test_the_line_under_a_timed_line_naming_only_its_people_is_their_talks_title(text, titles):
    read = blocks(text)
    assert [b["title"] for b in read] == titles
    assert all(b["kind"] == "talk" and not b["items"] for b in read)


def test_a_field_under_a_timed_line_naming_only_its_people_is_no_title():
    read = blocks("1:00 - 5:00 p.m. Women Mayors (University, Second Level)\nChair: Rita Mullins\n")
    assert read[0]["title"] == "Women Mayors (University, Second Level)"


@pytest.mark.parametrize(
    ("text", "spans_read"),
    [
        (
            "- 10:50am - Bus Returns\n- 11:05pm - Regroup\n- 11:20pm - Discuss actions\n"
            "- 12:15pm - Lunch\n- 1:00pm - Discuss again\n",
            [("10:50", "11:05"), ("11:05", "11:20"), ("11:20", "12:15"), ("12:15", "13:00")],
        ),
        (
            "9:00am Doors open\n10:30pm Workshop one\n11:00pm Workshop two\n11:30pm Wrap-up\n"
            "12:00pm Lunch\n",
            [("09:00", "10:30"), ("10:30", "11:00"), ("11:00", "11:30"), ("11:30", "12:00")],
        ),
    ],
)
def test_pm_starts_in_a_row_between_morning_times_are_the_same_slip(text, spans_read):
    read = blocks(text)
    assert [(b["start"], b["end"]) for b in read[: len(spans_read)]] == spans_read
    assert len(parse_programme(text)["days"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Date: Sunday, April 29, 2007\nLocation: Room 609\nTime: 8:30am – 11:00am\n\n"
        "8:30am-coffee and conversation\n9:00am-Panel Presentations\n10:00am-Questions\n",
        "Date : samedi 14 mars 2026\nLieu : salle des fêtes\nHoraires : 9h – 12h\n\n"
        "9h - Accueil\n10h - Table ronde\n11h - Questions\n",
    ],
)
def test_the_hours_field_of_the_events_details_is_no_block_and_ends_the_last(text):
    read = blocks(text)
    assert len(read) == 3
    assert read[-1]["end"] in ("11:00", "12:00")


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "== March 11: team meeting day == (arrive today)\n- 7 pm: group dinner\n"
            "== March 12: structured agenda with specific tracks == (invitation-only)\n"
            "- 10 am: Introductions\n- 1 pm: Lunch\n"
            "== March 13: open space: working and hacking sessions ==\n- 11 am: Board meeting\n"
            "== March 14: structured agenda ==\n- 10 am: Circle\n- 12 pm: Lunch\n",
            ["March 11", "March 12", "March 13", "March 14"],
        ),
        (
            "12 mars : journée des équipes\n- 19h : dîner\n"
            "13 mars : forum ouvert (ouvert au public)\n- 10h : accueil\n- 11h : ouverture\n"
            "14 mars : ateliers\n- 10h : cercle\n",
            ["12 mars", "13 mars", "14 mars"],
        ),
    ],
)
def test_a_date_then_a_colon_and_words_naming_the_day_heads_it(text, days):
    assert [d["label"] for d in parse_programme(text)["days"]] == days


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Le vendredi 21 octobre de 14 h à 19 h 50\nde 14 h à 16 h : Plénière\n"
            "19 h 50 : Réception\nLe samedi 22 octobre de 7 h à 21 h\nFORUM COMMUNAUTAIRE\n"
            "à partir de 7 h : Déjeuner libre\n9 h : Ateliers\n",
            ["vendredi 21 octobre", "samedi 22 octobre"],
        ),
        (
            "On Friday, May 3 from 2 pm to 8 pm\n2:00 pm Plenary\n7:50 pm Reception\n"
            "On Saturday, May 4 from 7 am to 9 pm\nCOMMUNITY FORUM\n7:00 am Breakfast\n"
            "9:00 am Workshops\n",
            ["Friday, May 3", "Saturday, May 4"],
        ),
    ],
)
def test_a_weekday_and_date_after_an_article_head_a_day_without_its_year(text, labels):
    days = parse_programme(text)["days"]
    assert [d["label"] for d in days] == labels
    assert all(b["start"] for d in days for b in d["blocks"])  # the heading in capitals: none


# Forty-fourth round, speakers


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "Rémi Cardon & Natalia Grabar (UMR 8163 STL – CNRS / Université de Lille, "
            "F-59000 Lille, France) - invited speaker présentation",
            [
                (
                    "Rémi Cardon",
                    "UMR 8163 STL – CNRS / Université de Lille, F-59000 Lille, France",
                    "invited speaker",
                ),
                (
                    "Natalia Grabar",
                    "UMR 8163 STL – CNRS / Université de Lille, F-59000 Lille, France",
                    "invited speaker",
                ),
            ],
        ),
        (
            "Marie Dupont et Paul Martin (Laboratoire LIRIS, Lyon, France) - conférenciers invités",
            [
                ("Marie Dupont", "Laboratoire LIRIS, Lyon, France", "conférenciers invités"),
                ("Paul Martin", "Laboratoire LIRIS, Lyon, France", "conférenciers invités"),
            ],
        ),
        (
            "Sílvia Araújo (Centre d’Études Humaines - CEHUM, Université du Minho, Braga, "
            "Portugal) & Radia Hannachi (HCTI EA-4249, Université de Bretagne Sud, Lorient, France)",
            [
                (
                    "Sílvia Araújo",
                    "Centre d’Études Humaines - CEHUM, Université du Minho, Braga, Portugal",
                    None,
                ),
                (
                    "Radia Hannachi",
                    "HCTI EA-4249, Université de Bretagne Sud, Lorient, France",
                    None,
                ),
            ],
        ),
        (
            "Mike Unwalla (TechScribe, Sheffield, UK) - industrial talk",
            [("Mike Unwalla", "TechScribe, Sheffield, UK", None)],
        ),
        ("Jane Smith (Paris, Lyon, Lille)", []),
    ],
)
def test_names_each_with_their_body_in_brackets_are_the_authors_sharing_it(line, who):
    (block,) = blocks(f"14h00 - 14h40: {line}\n")
    assert people_of(block) == who


@pytest.mark.parametrize(
    ("line", "role", "topic"),
    [
        (
            "Fériel Lalami, sociologue. “Expériences et transmission dans le mouvement féministe”",
            "sociologue",
            "Expériences et transmission dans le mouvement féministe",
        ),
        (
            "Souad Labbize, Ecrivaine, “Glisser nue sur la rampe. Récit de femmes.”",
            "Ecrivaine",
            "Glisser nue sur la rampe. Récit de femmes.",
        ),
        (
            "Jane Smith, historian. “Cities. Why they matter to all of us”",
            "historian",
            "Cities. Why they matter to all of us",
        ),
    ],
)
def test_a_talk_in_quotes_after_the_function_s_full_stop_is_no_part_of_the_role(line, role, topic):
    (block,) = blocks(f"9h00 - 9h45 : Table ronde\nModérateur : Paul Martin, journaliste\n{line}\n")
    found = {s["name"]: s for s in block["speakers"]}
    found |= {s["name"]: s for it in block["items"] for s in it["speakers"]}
    name = line.split(",")[0]
    assert (found[name]["role"], found[name]["topic"]) == (role, topic)


@pytest.mark.parametrize(
    "line",
    [
        "May 18 | Harnett County - Lillington NC",
        "Mardi 3 mai | Comté de Bonaventure - New Carlisle QC",
        "June 2 | Chittenden County - Burlington VT",
    ],
)
def test_a_town_and_its_state_s_postal_code_is_no_person(line):
    text = f"- 9:00am - Welcome\n- 10:00am - Break\n{line}\n- 9:00am - Recap\n- 10:00am - Break\n"
    assert all(not people_of(b) for d in parse_programme(text)["days"] for b in d["blocks"])


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "11am Paul Debevec, USC\ncomputer graphics\n"
            "1:30pm Jérémie Gallien, London Business School\nhealthcare\n"
            "2:30pm Chanel Summers, University of Southern California\nsound design\n"
            "3:30pm Coffee\n",
            ("Chanel Summers", "University of Southern California", "sound design"),
        ),
        (
            "9h00 Marie Dupont, Université de Lyon\nles sols vivants\n"
            "10h00 Paul Martin, INRAE Avignon\nles haies\n"
            "11h00 Soufi Fouad, Université de Caen\nla mémoire des lieux\n"
            "12h00 Déjeuner\n",
            ("Soufi Fouad", "Université de Caen", "la mémoire des lieux"),
        ),
    ],
)
def test_a_name_and_its_body_the_list_lacks_is_a_speaker_where_the_programme_names_people_so(
    text, who
):
    third = blocks(text)[2]
    assert third["title"] == who[0]
    assert [(s["name"], s.get("organisation"), s["topic"]) for s in third["speakers"]] == [who]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "8:30am-coffee, breakfast and conversation\n9:00am-Panel Presentations\n"
            "10:00am-Questions, Comments and Dialogue\n\n"
            "Moderator: Christopher T. Gates, Executive Director, PACE\n\n"
            "– Carolyn J. Lukensmeyer, President, AmericaSpeaks\n"
            "– Carey Shea, Associate Director, Rockefeller Foundation\n",
            ["Christopher T. Gates", "Carolyn J. Lukensmeyer", "Carey Shea"],
        ),
        (
            "9h00 Accueil café\n9h30 Table ronde\n11h00 Questions et échanges avec la salle\n\n"
            "Animatrice : Claire Roux, journaliste\n\n"
            "– Paul Martin, maire de Lyon\n– Marie Dupont, présidente de l’association Acme\n",
            ["Claire Roux", "Paul Martin", "Marie Dupont"],
        ),
    ],
)
def test_a_panel_s_people_listed_below_the_schedule_go_on_the_panel_not_the_questions(text, who):
    got = blocks(text)
    assert [s["name"] for s in got[1]["speakers"]] == who
    assert got[2]["speakers"] == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "1:00 - 5:00 p.m. Women Mayors (University, Second Level)\n\n"
            "Chair:\nRITA L. MULLINS\nMayor of Palatine\n\n"
            "5:30 - 7:30 p.m. Early-Bird Reception\n",
            ("RITA L. MULLINS", "Chair, Mayor of Palatine"),
        ),
        (
            "14h00 - 16h00 Table ronde des élus\nModératrice : CLAIRE ROUX\n16h00 Pause\n",
            ("CLAIRE ROUX", "Modératrice"),
        ),
    ],
)
def test_a_name_in_capitals_after_a_speakers_label_is_that_person_as_written(text, who):
    assert [(s["name"], s["role"]) for s in blocks(text)[0]["speakers"]] == [who]


def test_capitals_after_a_label_naming_no_known_given_name_or_a_thing_are_no_person():
    text = "14h00 Atelier\nAnimation : ROSE GARDEN\n15h00 Pause\n"
    assert people_of(blocks(text)[0]) == []


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("9:00-10:00 Night Hike with Leah", ["Leah"]),
        ("11h45 : Atelier vannerie avec Claire", ["Claire"]),
        ("9:00-10:00 Walk with May", []),
        ("9:00-10:00 Dinner with Grace", []),
        ("9:00-10:00 Coffee with Friends", []),
        (
            "15h Animations. Nous pourrons avoir un débat sur la ferme avec Daniel",
            [],
        ),
    ],
)
def test_a_known_given_name_alone_after_with_ending_a_short_title_leads_it(line, who):
    (block,) = blocks(f"{line}\n")
    assert [s["name"] for s in block["speakers"]] == who


# Forty-fifth round, blocks and days ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Session #\tTime/Room\tMain Room\tSide Room\tLibrary\n"
            "1\t09:15 - 10:15\tOpen source today\tTesting at scale\t\n"
            "2\t10:30 - 11:30\tRemote teams\t\tBuild tools\n",
            [
                ("09:15", "10:15", "Open source today", "Main Room"),
                ("09:15", "10:15", "Testing at scale", "Side Room"),
                ("10:30", "11:30", "Remote teams", "Main Room"),
                ("10:30", "11:30", "Build tools", "Library"),
            ],
        ),
        (
            "| N° | Horaire / Salle | Amphi A | Salle 2 |\n"
            "| 1 | 9h - 10h | Mobilités douces | Jardins partagés |\n"
            "| 2 | 10h15 - 11h | Énergie citoyenne | Habitat léger |\n",
            [
                ("09:00", "10:00", "Mobilités douces", "Amphi A"),
                ("09:00", "10:00", "Jardins partagés", "Salle 2"),
                ("10:15", "11:00", "Énergie citoyenne", "Amphi A"),
                ("10:15", "11:00", "Habitat léger", "Salle 2"),
            ],
        ),
    ],
)
def test_a_room_grid_numbering_its_rows_gives_a_block_per_room_without_the_number(text, expected):
    got = [(b["start"], b["end"], b["title"], b["description"]) for b in blocks(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Day 1: Talks\n9:00 - 10:00 Keynote\n10:00 - 10:30 Coffee break\n"
            "Day 2 Workshops\n9:00 - 12:00 Data Visualisation\n",
            [
                ("Day 1", [("09:00", "talk"), ("10:00", "break")]),
                ("Day 2", [("09:00", "workshop")]),
            ],
        ),
        (
            "Jour 1 : conférences\n9h - 10h Conférence inaugurale\n"
            "Jour 2 Ateliers\n9h - 12h Cartographie participative\n",
            [("Jour 1", [("09:00", "talk")]), ("Jour 2", [("09:00", "workshop")])],
        ),
    ],
)
def test_a_numbered_day_then_words_naming_it_without_a_colon_heads_that_day(text, expected):
    got = [
        (d["label"], [(b["start"], b["kind"]) for b in d["blocks"]])
        for d in parse_programme(text)["days"]
    ]
    assert got == expected


def test_a_numbered_day_running_on_in_lower_case_is_a_sentence_not_a_day():
    text = "9:00 - 10:00 Keynote\nDay 1 went well\n10:00 - 10:30 Coffee break\n"
    assert len(parse_programme(text)["days"]) == 1


@pytest.mark.parametrize(
    ("title", "language", "kind"),
    [
        ("Problem Session 1.a (Kammoun): Positivity everywhere", "en", "workshop"),
        ("Exercise sessions", "en", "workshop"),
        ("Problem class 2", "en", "workshop"),
        ("Séance d’exercices : équations différentielles", "fr", "workshop"),
        ("Travaux dirigés (groupe B)", "fr", "workshop"),
        ("Problems of cities session", "en", "talk"),
    ],
)
def test_sessions_where_the_participants_solve_problems_are_workshops(title, language, kind):
    assert kind_of(title, language) == kind


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (
            "Time\tAuthor(s)\tAffiliation\tTitle\n"
            "9.00 - 9.30\tAnn Lee\tAgResearch\tBig data in biology\n"
            "9.30 - 9.50\tTom Reed\tLandcare Research\tSoil maps at scale\n",
            ["Big data in biology", "Soil maps at scale"],
        ),
        (
            "| Heure | Intervenant(e)s | Titre |\n"
            "| 9h - 9h30 | Claire Roux | Les jardins partagés |\n"
            "| 9h30 - 10h | Paul Martin | L’habitat léger |\n",
            ["Les jardins partagés", "L’habitat léger"],
        ),
    ],
)
def test_a_header_saying_its_plural_in_brackets_heads_its_columns(text, titles):
    assert [b["title"] for b in blocks(text)] == titles
    assert read_programme(text).unread == []  # the header row lays out the table


@pytest.mark.parametrize(
    "text",
    [
        "Le forum doit se tenir cette année 2019.\n\n"
        "Il aura lieu le samedi 11 mai à l’auditorium du musée.\n\n"
        "9 H 30 : Accueil et café\n10 H 00 : Table ronde Sociétés savantes et numérique\n",
        "Our forum takes place this year, 2019.\n\nIt will be held on Saturday, May 11 "
        "at the museum.\n\n9:30 Welcome and coffee\n10:00 Round table on digital archives\n",
    ],
)
def test_a_day_said_without_its_year_takes_the_year_the_prose_calls_this_one(text):
    assert parse_programme(text)["days"][0]["date"] == "2019-05-11"


# Forty-fifth round, speakers


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("9:00 - 10:00 • Lecture 1.a (Blitvic): Positivity everywhere", ["Blitvic"]),
        ("14h00 Conférence 2 (Dupont) : Les sols vivants", ["Dupont"]),
        ("9:00 - 10:00 Talk 3 (Online): Soil carbon", []),
        ("9:00 - 10:00 Lecture 2 (Zoom): Soil carbon", []),
        ("14h00 Conférence 3 (Amphithéâtre) : Les sols", []),
        ("9:00 - 10:00 Session 4 (Plenary): Soil carbon", []),
    ],
)
def test_a_counted_talks_bracket_holding_a_last_name_alone_names_its_teacher(line, who):
    (block,) = blocks(f"{line}\n")
    assert [s["name"] for s in block["speakers"]] == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "14h00 Table ronde\nNadine MORANO, député UMP de Meurthe et Moselle et porte parole"
            " de l’UMP Marielle de SARNEZ, député européenne du MODEM\n",
            ["Nadine MORANO", "Marielle de SARNEZ"],
        ),
        (
            "2:00 PM Panel\nVincent GESSEIR, Researcher at CNRS Salem KACET, candidate for the"
            " 8th district\n",
            ["Vincent GESSEIR", "Salem KACET"],
        ),
    ],
)
def test_a_last_name_in_capitals_and_its_comma_start_the_next_person_after_initials(text, who):
    assert [s["name"] for s in blocks(text)[0]["speakers"]] == who


def test_a_counted_workshops_bracketed_last_name_is_its_leader_too():
    (block,) = blocks("14h00 Atelier 2 (Dupont) : Les sols vivants\n")
    assert [s["name"] for s in block["speakers"]] == ["Dupont"]


_GRID = (
    "Day 1\n| Time | Main Room | Side Room | Library |\n|---|---|---|---|\n"
    "| 09:15 - 10:15 | Paving the Java Onramp (Cay Horstmann) | Kafka and Streaming (Vik) "
    "| Mindfulness for stress relief (Chair Yoga) |\n"
    "| 10:30 - 11:30 | The Darkside of AI (Alexius Diakogiannis) | Les outils (Mohammend) "
    "| Surviving the AI era (James) |\n"
    "| 11:45 - 12:45 | Hustlers vs winners (Heinz & Kirk) | AGI (Patrycja & Marcus)) "
    "| Selling your skills (Viktor D.) |\n"
)


def test_a_grid_cells_bracket_at_its_end_names_its_convener_even_a_given_name_alone():
    got = {b["title"]: [s["name"] for s in b["speakers"]] for b in blocks(_GRID)}
    assert got["Kafka and Streaming"] == ["Vik"]
    assert got["Les outils"] == ["Mohammend"]
    assert got["AGI"] == ["Patrycja", "Marcus"]
    assert got["Selling your skills"] == ["Viktor D."]
    assert got["Mindfulness for stress relief (Chair Yoga)"] == []


def test_the_same_unknown_given_names_in_brackets_outside_a_grid_name_no_one():
    text = "09:15 Kafka and Streaming (Vik)\n10:30 Les outils (Mohammend)\n11:45 AGI (Tapas)\n"
    assert [people_of(b) for b in blocks(text)] == [[], [], []]


@pytest.mark.parametrize("line", ["9:00 Yoga (Chair Yoga)", "14h00 Sophrologie (Animateur Nature)"])
def test_a_chairs_noun_then_one_word_with_no_colon_in_a_bracket_is_no_one(line):
    (block,) = blocks(f"{line}\n")
    assert people_of(block) == []


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "10h00 Regard historique\nAnimation Hugues Perinel, fondateur du Réseau service"
            " public\n11h00 Pause\n",
            ("Hugues Perinel", None, "Animation, fondateur du Réseau service public"),
        ),
        (
            "10:00 Panel\nModerator Ann Lee, journalist at the Leeds Post\n11:00 Break\n",
            ("Ann Lee", None, "Moderator, journalist at the Leeds Post"),
        ),
    ],
)
def test_a_chairs_noun_before_a_name_with_no_colon_leads_their_role(text, who):
    assert people_of(blocks(text)[0]) == [who]


# Forty-sixth round, blocks and days


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        (
            "Schedule\n\nHow does registration work?\n\nThe Registration Desk opens on Saturday"
            " morning, and is your first port of call when you arrive.\n\nSaturday\n"
            "09:30 Doors open\n11:00 Welcome Talk\n12:00 Sessions\n",
            ["09:30", "11:00", "12:00"],
        ),
        (
            "Programme\n\nComment se passe l’accueil ?\n\nL’accueil des participants ouvre à 9h30 le"
            " samedi, présentez-vous avec votre confirmation d’inscription.\n\nSamedi\n"
            "9h30 Accueil des participants\n11h00 Plénière d’ouverture\n12h30 Déjeuner\n",
            ["09:30", "11:00", "12:30"],
        ),
    ],
)
def test_a_question_over_a_paragraph_before_the_schedule_is_no_moment(text, starts):
    days = parse_programme(text)["days"]
    assert [[b["start"] for b in d["blocks"]] for d in days] == [starts]


@pytest.mark.parametrize(
    ("heading", "when"),
    [
        ("Workshop Date: November, 18th 2025", "2025-11-18"),
        ("Date : novembre, 18 2025", "2025-11-18"),
        ("May, 3 talks", None),
    ],
)
def test_a_comma_after_the_month_then_the_day_and_its_year_is_the_same_date(heading, when):
    text = f"{heading}\n08:30 – 09:00 Opening talk\n09:00 – 09:30 Break\n"
    assert [d["date"] for d in parse_programme(text)["days"]] == [when]


def _ranges46(text: str) -> list[tuple[str | None, str | None, str]]:
    (day,) = parse_programme(text)["days"]
    return [(b["start"], b["end"], b["title"]) for b in day["blocks"]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "8h30 : accueil des participants\n\nAccueil de 8H30 à 9H00\n\n9H00 : ouverture\n",
            [("08:30", "09:00", "accueil des participants"), ("09:00", None, "ouverture")],
        ),
        (
            "9:00-9:30 Registration\n9:00 Registration and coffee\n9:30 Opening talk\n",
            [("09:00", "09:30", "Registration and coffee"), ("09:30", None, "Opening talk")],
        ),
    ],
)
def test_a_moment_said_again_with_its_range_at_the_same_start_is_one_block(text, want):
    assert _ranges46(text) == want


def test_two_moments_at_the_same_start_with_other_words_stay_two():
    text = "9:00 Registration\n9:00-9:30 Coffee\n9:30 Opening talk\n"
    assert [t for _s, _e, t in _ranges46(text)] == ["Registration", "Coffee", "Opening talk"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "14h -18h\nConférences-débat\nA partir de 18h\nApéritif\n9h30-12h30\n"
            "Assemblée générale\n",
            [["14:00", "18:00", "09:30"]],
        ),
        (
            "2:00pm - 5:00pm Talks\n5:00pm Reception\n9:00am - 11:30am Annual general meeting\n",
            [["14:00", "17:00", "09:00"]],
        ),
        (
            "14h-18h Conférences\n18h Apéritif\n9h30-12h30 Assemblée générale\n14h Visite\n",
            [["14:00", "18:00"], ["09:30", "14:00"]],
        ),
    ],
)
def test_one_morning_block_written_after_the_afternoon_is_the_same_day(text, days):
    got = parse_programme(text)["days"]
    assert [[b["start"] for b in d["blocks"]] for d in got] == days


@pytest.mark.parametrize(
    "text",
    [
        "Quatrième débat :\n\n18H30 Débat public :\n\n« Quels risques pour l’hôpital public ? »\n\n"
        "• 21H00 : repas\n\nDimanche 3 novembre 2013\n\n9H à 10H00 : activités\n",
        "Evening panel:\n\n6:30pm Public debate:\n\n“Which risks for public hospitals?”\n\n"
        "• 9:00pm Dinner\n\nSunday 3 November 2013\n\n9:00am - 10:00am Members' reports\n",
        "Quatrième débat :\n\n18H30 Débat public :\n\n« Quels risques pour l’hôpital public ? »\n\n"
        "• 21H00 : repas\n\nAssemblée générale\n\n9H à 10H00 : activités\n10H à 11H00 : synthèse\n",
    ],
)
def test_a_bulleted_time_before_the_next_days_morning_is_a_block_of_its_own(text):
    first = parse_programme(text)["days"][0]["blocks"]
    assert [(b["start"], b["end"]) for b in first][:2] == [("18:30", "21:00"), ("21:00", None)]
    assert first[0]["items"] == []


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("General Session: Keynote Speaker", "talk"),
        ("General Session - Panel Discussion: Senior Dining Technology", "panel"),
        ("Séance générale : table ronde des élus", "panel"),
        ("General Session", "plenary"),
        ("Séance générale", "plenary"),
    ],
)
def test_a_general_session_gives_way_to_the_telling_word_after_it(title, kind):
    assert kind_of(title, None) == kind


# Forty-sixth round, speakers ---------------------------------------------------------------
def _topics46(b: dict) -> list[tuple[str, str | None, str | None, str | None]]:
    found = [*b["speakers"], *(s for it in b["items"] for s in it["speakers"])]
    return [(s["name"], s.get("organisation"), s["role"], s["topic"]) for s in found]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "14h-18h\nConférences-débat\nAvec chacun des intervenants :\n"
            "- Claire Lavigne – INRAe PSH\n"
            "Paysage et bioagresseurs - Régis Ambroise – Agronome et urbaniste\n"
            "Agriculture après pétrole - Servane Penvern – INRAe Ecodév\n18h\nApéritif\n",
            [
                ("Claire Lavigne", "INRAe PSH", None, None),
                ("Régis Ambroise", None, "Agronome et urbaniste", "Paysage et bioagresseurs"),
                ("Servane Penvern", "INRAe Ecodév", None, "Agriculture après pétrole"),
            ],
        ),
        (
            "2:00 - 4:00\nPanel on farming\nSoil health after oil - Ann Lee – University of Leeds"
            "\nWater and crops - Tom Reed – agronomist\n4:00 - 4:30\nBreak\n",
            [
                ("Ann Lee", "University of Leeds", None, "Soil health after oil"),
                ("Tom Reed", None, "agronomist", "Water and crops"),
            ],
        ),
    ],
)
def test_a_subject_a_dash_then_a_person_a_dash_and_their_body_or_function_speaks_on_it(text, who):
    assert _topics46(blocks(text)[0]) == who


def test_a_subject_a_dash_then_a_street_or_a_place_after_a_dash_is_no_one():
    text = (
        "14h-16h\nVisites\nVisite du site - Salle Jean Jaurès – Bâtiment B\n"
        "Atelier compost - Parc Monceau – Paris\nBalade en forêt - Jean Moulin – Lyon\n16h\nGoûter\n"
    )
    assert _topics46(blocks(text)[0]) == []


@pytest.mark.parametrize(
    ("text", "who", "title"),
    [
        (
            '8:30am - 10:00am Opening Session & Keynote Speaker:\n    Dr. Dale Henry - "Your Best'
            ' Unlimited"\n10:00am - 10:15am Break\n',
            "Dale Henry",
            '"Your Best Unlimited"',
        ),
        (
            "9h00 Conférence\nPr Zélie Quarmont – Les sols vivants et leurs vers\n10h00 Pause\n",
            "Zélie Quarmont",
            "Les sols vivants et leurs vers",
        ),
    ],
)
def test_a_civility_a_name_a_dash_then_a_subject_is_a_talk_whatever_the_given_name(
    text, who, title
):
    (item,) = blocks(text)[0]["items"]
    assert ([s["name"] for s in item["speakers"]], item["title"]) == ([who], title)


def test_a_civility_before_a_place_then_a_dash_names_no_one():
    assert (
        people_of(blocks("9h00 Visites\nMme Salle Polyvalente - Repas partagé\n10h Fin\n")[0]) == []
    )


@pytest.mark.parametrize(
    ("line", "who", "topic"),
    [
        (
            "16h30 : Conférence par Monsieur André Mourot sur « Mes souvenirs d’enfant » puis"
            " une présentation de ses articles",
            "André Mourot",
            "Mes souvenirs d’enfant",
        ),
        (
            '4:30 pm Talk by Mrs Ann Lee on "Soils after oil" then a tour of the farm',
            "Ann Lee",
            "Soils after oil",
        ),
    ],
)
def test_par_a_civility_a_name_then_sur_a_subject_in_quotes_is_their_topic_the_rest_kept(
    line, who, topic
):
    (block,) = blocks(f"{line}\n")
    assert [(s["name"], s["topic"]) for s in block["speakers"]] == [(who, topic)]
    assert block["title"].endswith(line.split()[-1])  # what follows the quote stays said
