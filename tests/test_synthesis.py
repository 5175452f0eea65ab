"""The synthesis as a document worth sending: the reference day as it ran, exported in French
and English and read back from the PDF (text with its no-break spaces, fonts, sizes and
positions); a day not yet run; large events; the notes' Markdown; French typography."""

from __future__ import annotations

import re
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers import run_reference_day
from pypdf import PdfReader

from facilitateur.clock import FakeClock
from facilitateur.export.pdf import export_pdf
from facilitateur.sample import create_sample

PARIS = ZoneInfo("Europe/Paris")
NBSP, NNBSP = "\u00a0", "\u202f"
EVENING = datetime(2016, 1, 19, 18, 30, tzinfo=PARIS)


def pages_of(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """The text with its lines joined (a phrase may be broken over two lines)."""
    return text.replace("\n", " ")


def spans(path, page: int) -> list[tuple[str, str, float, float, float]]:
    """(text, font, size, x, y) of every piece of text drawn on a page."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            name = str(font.get("/BaseFont", "")) if font else ""
            found.append((text.strip(), name, size * tm[0] * cm[0], x, y))

    PdfReader(path).pages[page].extract_text(visitor_text=visit)
    return found


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The reference day as it ran (tests/fixtures/journee-animee.jsonl), exported in both
    languages at 18:30 that day: {lang: (path, pages' text)}."""
    folder = tmp_path_factory.mktemp("reference")
    clock = FakeClock(datetime(2016, 1, 19, 7, 30, tzinfo=PARIS))
    ef = create_sample(folder / "journee.facil", clock)
    run_reference_day(ef)
    out = {}
    try:
        for lang in ("fr", "en"):
            path = folder / f"synthese-{lang}.pdf"
            with ef.session() as s:
                export_pdf(s, path, EVENING, lang)
            out[lang] = (path, pages_of(path))
    finally:
        ef.close()
    return out


def page_with(pages: list[str], words: str) -> int:
    """The first page with these words (the contents page is passed over)."""
    return next(i for i, text in enumerate(pages) if i > 1 and words in text)


# French typography ------------------------------------------------------------------------


def _line_breaks_are_french(pages: list[str]) -> list[str]:
    wrong = []
    for text in pages:
        for line in text.splitlines():
            line = line.strip(" ")
            if line[:1] in ("»", ":", ";", "!", "?") or line.endswith("«"):
                wrong.append(line)
    return wrong


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_line_starts_with_a_closing_mark_nor_ends_with_an_opening_one(reference, lang):
    _path, pages = reference[lang]
    assert _line_breaks_are_french(pages) == []


def test_french_spaces_are_put_in_the_users_text_too(reference):
    _path, pages = reference["fr"]
    text = flat("\n".join(pages))
    # Typed with ordinary spaces, or none: no-break spaces, narrow before ; ! ?
    assert f"d’une «{NBSP}confiance{NBSP}» durable" in text
    assert f"locaux, sinon rien ne tient{NNBSP}; qui paie{NNBSP}?" in text
    assert f"62{NBSP}% des habitants" in text and f"9{NBSP}h{NBSP}15 de tournage" in text
    assert f"au total{NNBSP}!" in text  # typed "total!"
    assert f"Séance levée à 18{NBSP}h{NBSP}04." in text
    assert f"80{NBSP}% des bassins" in text
    # Our own words too.
    assert f"Rédaction{NBSP}: Julie et Marc" in text


def test_a_note_full_of_french_punctuation_never_breaks_before_it(event_file, tmp_path):
    """Typed with ordinary spaces, many marks: without the no-break spaces, lines would start
    with » : ; ! ? or end with « somewhere in it."""
    event_file.execute("event.set", {"title": "Réunion", "date": "2016-01-19"})
    event_file.execute("block.add", {"title": "Échanges", "start": "09:00", "end": "10:00"})
    phrase = "le mot « confiance » revient : oui ; vraiment ! pourquoi ? "
    words = ["ab", "abc", "abcde", "a", "abcdefg"]
    text = "".join(f"{words[i % 5]} {phrase}" for i in range(40))
    event_file.execute("note.add", {"block": "#1", "text": text})
    event_file.execute("block.update", {"block": "#1", "title": text[:300]})
    out = tmp_path / "s.pdf"
    with event_file.session() as s:
        export_pdf(s, out, EVENING, chosen=["programme", "blocks"])
    pages = pages_of(out)
    assert _line_breaks_are_french(pages) == []
    assert f"«{NBSP}confiance{NBSP}» revient{NBSP}: oui{NNBSP}; vraiment{NNBSP}!" in flat(
        "\n".join(pages)
    )


# Quotation marks, one form of times and dates, lists, plurals --------------------------------


def test_quotations_are_not_wrapped_twice(reference):
    fr = flat("\n".join(reference["fr"][1]))
    en = flat("\n".join(reference["en"][1]))
    # Typed with « … »: kept; typed with "…": French marks; typed bare: wrapped once.
    assert (
        f"«{NBSP}Les alliances en territoire ne se décrètent pas, elles se cultivent{NBSP}»" in fr
    )
    assert f"«{NBSP}Une fondation quartiers, c’est d’abord un outil de confiance{NBSP}»" in fr
    assert f"«{NBSP}Le numérique ne remplace pas la rencontre" in fr
    for text in (fr, en):
        assert f"«{NBSP}«" not in text and f"»{NBSP}»" not in text and "“«" not in text
    assert "“Une fondation quartiers, c’est d’abord un outil de confiance”" in en
    assert "“Le numérique ne remplace pas la rencontre" in en


def test_one_form_of_time_and_of_date_per_language(reference):
    fr = "\n".join(reference["fr"][1])
    en = "\n".join(reference["en"][1])
    assert not re.search(r"\d:\d\d", fr)  # never "14:40" beside "9 h 15"
    assert not re.search(r"\d\d/\d\d/\d{4}", fr + en)
    assert f"14{NBSP}h{NBSP}40{NBSP}– 15{NBSP}h{NBSP}25 · Salle Vauban" in fr  # Open Space slots
    assert f"15{NBSP}février{NBSP}2016" in fr  # an action's deadline
    assert not re.search(rf"\d{NBSP}h{NBSP}\d\d(?!{NBSP}min)", en)
    assert f"2:40–3:25{NBSP}PM · Salle Vauban" in en
    assert f"9:04–9:19{NBSP}AM" in en and f"February{NBSP}15,{NBSP}2016" in en
    assert f"January{NBSP}19,{NBSP}2016" in en


def test_lists_are_joined_by_the_language(reference):
    fr = flat("\n".join(reference["fr"][1]))
    en = flat("\n".join(reference["en"][1]))
    assert "Synthèse rédigée par Julie et Marc." in fr
    assert "Report written by Julie and Marc." in en
    assert "Julie, Marc" not in fr + en
    assert PdfReader(reference["fr"][0]).metadata.author == "Julie et Marc"


def test_counts_take_their_plural_in_both_languages(reference):
    fr = "\n".join(reference["fr"][1])
    en = "\n".join(reference["en"][1])
    assert "(s)" not in fr + en
    assert f"1{NBSP}participant·e" in fr and f"1{NBSP}participant " in flat(en)
    assert f"0{NBSP}faite" in fr  # French: singular for 0 and 1
    assert f"0{NBSP}done" in en
    assert "14\npersonnes ont pris la parole" in fr and "14\npeople took the floor" in en
    assert "3\ndécisions" in fr and "3\ndecisions" in en


def test_plural_forms_of_the_wording():
    from facilitateur.export.pdf.labels import Wording

    fr, en = Wording("fr"), Wording("en")
    assert [fr.count(n, "n_actions") for n in (0, 1, 2)] == [
        f"0{NBSP}action",
        f"1{NBSP}action",
        f"2{NBSP}actions",
    ]
    assert [en.count(n, "n_actions") for n in (0, 1, 2)] == [
        f"0{NBSP}actions",
        f"1{NBSP}action",
        f"2{NBSP}actions",
    ]
    assert fr.count(1900, "n_turns") == f"1{NNBSP}900{NBSP}prises de parole"
    assert en.count(1900, "n_turns") == f"1,900{NBSP}turns"


# Nothing entered is left out -------------------------------------------------------------------


def test_every_speaker_with_organisation_role_category_and_topic(reference):
    fr = flat("\n".join(reference["fr"][1]))
    # A speaker from the floor: organisation and category typed at the podium.
    assert "Adjoint au maire, Ville de Tourcoing (Collectivités)" in fr
    assert "Marie LEROY (question)" in fr and "Habitante (Associations)" in fr
    # A planned speaker's topic.
    assert f"Sujet{NBSP}: Les solutions d’animation du territoire" in fr
    assert "Ville de Tourcoing" in flat("\n".join(reference["en"][1]))


def test_segments_are_sub_sections_with_their_own_speakers_and_notes(reference):
    path, pages = reference["fr"]
    start = next(i for i, text in enumerate(pages) if text.startswith("Les séquences\n"))
    text = "\n".join(pages[start:])
    order = [
        "La diversité des enjeux des territoires\n",
        f"Film introductif{NBSP}: regard croisé",
        "Le film montre trois regards",
        f"Table ronde{NBSP}: typologie et enjeux",
        "Yannick BLANC",
        "Les territoires de faible densité",
        "L’animation de la co-construction en territoire\n",
    ]
    at = [text.index(x) for x in order]
    assert at == sorted(at)
    # Each segment's title is a heading of its own, in bold: not a grey line of titles.
    page = next(i for i in range(start, len(pages)) if "Film introductif" in pages[i])
    heads = [s for s in spans(path, page) if s[0].startswith("Film introductif")]
    assert heads and "Bold" in heads[0][1]
    assert not any("· Film introductif" in line for line in text.splitlines())


def test_notes_are_read_as_markdown(reference):
    path, pages = reference["fr"]
    text = "\n".join(pages)
    assert "**" not in text and "*les clubs" not in text
    page = page_with(pages, "jouer collectif")
    found = spans(path, page)
    bold = " ".join(s[0] for s in found if "Bold" in s[1])
    # Bold across the editor's hard wrap, nested emphasis inside bold.
    assert "jouer collectif sur les territoires en s’appuyant sur les" in flat(bold)
    assert "réseaux existants plutôt que d’en créer de nouveaux" in flat(bold)
    assert "les besoins réels des PME" in flat(bold)
    italic = " ".join(s[0] for s in found if "Oblique" in s[1])
    assert "les clubs d’entreprises" in italic
    # The list: one item per line, after its bullet.
    lines = [line.strip() for line in pages[page].splitlines()]
    assert any(line.startswith("• les chambres consulaires") for line in lines)


def test_markdown_of_the_notes_editor():
    from facilitateur.export.pdf.markdown import NotePart, note_parts

    wrapped = (
        "Une phrase assez longue pour que l’éditeur la coupe à quatre-vingts colonnes, avec "
        "**une\nphrase en gras** et *de l'italique avec **du gras dedans** encore* fin."
    )
    assert note_parts(wrapped, "en") == [
        NotePart(
            "Une phrase assez longue pour que l’éditeur la coupe à quatre-vingts colonnes, "
            "avec <b>une phrase en gras</b> et <i>de l’italique avec <b>du gras dedans</b> "
            "encore</i> fin."
        )
    ]
    items = note_parts("Points :\n\n- un\n  suite\n- deux\n  - imbriqué\n\n1. a\n2. b", "en")
    assert [(p.markup, p.bullet, p.level) for p in items] == [
        (f"Points{NBSP}:", None, 0),  # typed with a space: never parted from its word
        ("un suite", "•", 1),
        ("deux", "•", 1),
        ("imbriqué", "–", 2),
        ("a", "1.", 1),
        ("b", "2.", 1),
    ]
    # A note without formatting keeps the lines as typed; markup typed is text.
    assert note_parts("Ligne un\nLigne deux", "en") == [NotePart("Ligne un<br/>Ligne deux")]
    assert note_parts("<b>&</b> x", "en") == [NotePart("&lt;b&gt;&amp;&lt;/b&gt; x")]


# A document, not a dump ------------------------------------------------------------------------


def test_key_figures_are_a_page_of_large_numbers(reference):
    path, pages = reference["fr"]
    page = page_with(pages, "Chiffres clés\n")
    found = spans(path, page)
    size = {s[0]: s[2] for s in found}
    for figure in ("9\xa0h", "14", "2\xa0h\xa004", "3", "4", "16"):
        assert size[figure] >= 20, figure
    text = flat(pages[page])
    assert "personnes ont pris la parole" in text and "de parole" in text
    assert f"2{NBSP}comptes rendus remis · 2{NBSP}en brouillon" in text
    assert "Temps de parole par catégorie" in text and "Collectivités" in text
    assert len([s for s in found if s[4] < 400]) < len(found)  # not an 11-row table


def test_the_programme_has_start_delay_and_overrun_and_a_timeline_with_hours(reference):
    path, pages = reference["fr"]
    page = page_with(pages, "Le programme tel qu’il s’est déroulé")
    text = pages[page]
    assert "Retard\nau début" in text or "Retard au début" in text
    assert "Dépassement" in text
    # Mot d'accueil: planned 9:00-9:15, ran 9:04-9:19: 4 minutes late, no overrun.
    row = ["Mot d’accueil", f"9{NBSP}h{NBSP}00{NBSP}– 9{NBSP}h{NBSP}15"]
    row += [f"9{NBSP}h{NBSP}04{NBSP}– 9{NBSP}h{NBSP}19", f"+4{NBSP}min", "="]
    assert "\n".join(row) in text
    # The timeline: an hour tick for every hour of the day, across the page's width.
    ticks = {s[0]: s[3] for s in spans(path, page) if re.fullmatch(rf"\d+{NBSP}h", s[0])}
    assert {f"{h}{NBSP}h" for h in range(9, 19)} <= ticks.keys()
    assert ticks[f"18{NBSP}h"] - ticks[f"9{NBSP}h"] > 250


def test_speaking_time_beyond_the_allotted_time_is_shown(reference):
    fr = flat("\n".join(reference["fr"][1]))
    assert "Florence RAINEIX Directeur Général" in fr
    assert f"13{NBSP}min{NBSP}50{NBSP}s 5{NBSP}min +8{NBSP}min{NBSP}50{NBSP}s" in fr


def test_no_cell_of_the_action_table_runs_to_many_lines(reference):
    path, pages = reference["fr"]
    page = page_with(pages, "Tableau des actions")
    found = spans(path, page)
    what = [s for s in found if s[3] < 300 and s[4] < 760]  # the first column, under the title
    start = next(i for i, s in enumerate(what) if s[0].startswith("Publier la cartographie"))
    end = next(i for i, s in enumerate(what) if i >= start and s[0].endswith("Dépôts"))
    assert len({round(s[4]) for s in what[start : end + 1]}) <= 3
    # Where the actions came from: a line across the table, not a narrow column.
    origin = [s for s in found if s[0].startswith("La diversité des enjeux")]
    assert len(origin) == 1 and "Table ronde" in origin[0][0]


def test_the_closing_is_not_a_page_of_its_own(reference):
    _path, pages = reference["fr"]
    page = page_with(pages, "Séance levée")
    assert "Temps de parole par catégorie" in pages[page]
    assert "Document établi le 19\u00a0janvier\u00a02016." in pages[page]


def test_the_cover_has_the_venue_on_one_line(reference):
    _path, pages = reference["fr"]
    venue = "siège de la Fédération Nationale des Caisses d’Epargne (5, rue Masseran 75007 Paris)"
    assert venue in [line.strip() for line in pages[0].splitlines()]


def test_the_english_document_is_a_summary_report(reference):
    path, pages = reference["en"]
    reader = PdfReader(path)
    assert reader.metadata.subject == "Summary report"
    assert "Summary report" in pages[0]
    assert "Synthesis" not in "\n".join(pages)


def test_a_day_not_yet_run_is_its_programme_with_the_speakers_planned(sample_file, tmp_path):
    out = tmp_path / "programme.pdf"
    with sample_file.session() as s:
        export_pdf(s, out, EVENING)
    pages = pages_of(out)
    text = flat("\n".join(pages))
    assert "Programme" in pages[0] and "Synthèse" not in pages[0]
    assert "Cette journée n’a pas encore eu lieu" in text
    assert "Hervé GICQUEL 1er Maire adjoint de Charenton" in text
    assert f"Sujet{NBSP}: Les solutions d’animation du territoire" in text
    assert "intervenant·e·s prévu·e·s" in text
    for absent in ("Clôture", "Temps de parole", "Séance levée", "Réalisé", "non réalisée"):
        assert absent not in text, absent
    assert PdfReader(out).metadata.subject == "Programme"


# Large events --------------------------------------------------------------------------------


def _large_event():
    sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
    import large_event

    return large_event


def test_a_day_of_sixty_blocks_exports_in_both_languages(event_file, tmp_path):
    """The shape that failed (a timeline taller than the page), smaller in turns and notes:
    built by replaying its commands, exported in French and English."""
    large_event = _large_event()
    shape = large_event.Shape(blocks=60, people=40, turns=180, notes=240, workshops=16)
    large_event.build(event_file, shape)
    for lang in ("fr", "en"):
        out = tmp_path / f"grande-{lang}.pdf"
        with event_file.session() as s:
            pages = export_pdf(s, out, EVENING, lang)
        texts = pages_of(out)
        assert len(texts) == pages > 20
        # The timeline runs over two pages, each with its hours.
        hour = f"8{NBSP}h" if lang == "fr" else f"8{NBSP}AM"
        assert sum(hour in t for t in texts) >= 2
        assert "Ville de Tourcoing" in "\n".join(texts)


def test_the_same_day_not_yet_run_exports_its_programme(event_file, tmp_path):
    large_event = _large_event()
    large_event.build(event_file, large_event.Shape(blocks=60, people=40, run=False))
    out = tmp_path / "programme.pdf"
    with event_file.session() as s:
        export_pdf(s, out, EVENING, "en")
    text = "\n".join(pages_of(out))
    assert "This day has not taken place yet" in text and "Speaking time" not in text


# Events of any size ----------------------------------------------------------------------------

NIGHTLY = __import__("os").environ.get("HYPOTHESIS_PROFILE") == "nightly"


@pytest.mark.parametrize(
    "size",
    [
        # The extremes of the issue: one of everything; 200 blocks over five days with 2,000
        # people (2,000 categories too); a programme not yet run of 200 blocks.
        dict(days=1, blocks=1, people=1, turns=1, notes=1, workshops=1, rooms=1, categories=1),
        dict(
            days=5, blocks=200, people=2000, turns=2000, notes=400, workshops=80, rooms=10,
            categories=2000,
        ),
        dict(
            days=5, blocks=200, people=2000, turns=0, notes=0, workshops=80, rooms=40,
            categories=5, ran=False,
        ),
    ],
    ids=["one-of-everything", "two-hundred-blocks-two-thousand-people", "programme"],
)  # fmt: skip
def test_events_at_the_extremes_export(tmp_path, size):
    from synthesis_data import Size, event

    data = event(Size(**size), ["Atelier « co-construction » : quels leviers ?", "Bonjour"])
    for lang in ("fr", "en"):
        from facilitateur.export.pdf import write_pdf

        assert write_pdf(data, tmp_path / f"{lang}.pdf", lang) >= 1


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

sizes = st.builds(
    dict,
    days=st.integers(1, 5),
    blocks=st.integers(1, 200),
    people=st.integers(1, 2000),
    turns=st.integers(0, 600),
    notes=st.integers(0, 300),
    workshops=st.integers(0, 80),
    rooms=st.integers(1, 40),
    categories=st.integers(0, 2000),
    ran=st.booleans(),
)
texts = st.lists(st.text(max_size=300), min_size=1, max_size=12)


@settings(
    max_examples=400 if NIGHTLY else 30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(size=sizes, words=texts, lang=st.sampled_from(["fr", "en"]), seed=st.integers(0, 9))
def test_random_events_of_any_size_export(tmp_path, size, words, lang, seed):
    """Any number of blocks, people, days, categories, turns, notes and workshops, with any
    text: the synthesis is laid out (every chart and table splits or fits)."""
    from synthesis_data import Size, event

    from facilitateur.export.pdf import write_pdf

    size["days"] = min(size["days"], size["blocks"])
    out = tmp_path / "random.pdf"
    assert write_pdf(event(Size(**size), words, seed), out, lang) >= 1
    assert out.stat().st_size > 0


# A layout failure that still happens: a clear message naming the section -----------------------

# Makes the programme section hold a flowable larger than any page (no input is known to do it
# any more), in the process that lays out the synthesis: that of the test, the command line or
# the application's child process (through PYTHONPATH).
TOO_TALL = """
from reportlab.platypus import Spacer

import facilitateur.export.pdf.document as document

document.BUILDERS["programme"] = lambda data, w: [Spacer(10, 5000)]
"""


def test_a_layout_failure_names_its_section_and_leaves_no_file(sample_file, tmp_path, monkeypatch):
    from reportlab.platypus import Spacer

    from facilitateur.export.pdf import LayoutFailure, document

    monkeypatch.setitem(document.BUILDERS, "programme", lambda data, w: [Spacer(10, 5000)])
    out = tmp_path / "out" / "s.pdf"
    out.parent.mkdir()
    with sample_file.session() as s, pytest.raises(LayoutFailure) as failed:
        export_pdf(s, out, EVENING)
    assert failed.value.reason == "pdf_layout"
    assert failed.value.values["section"] == "programme" and failed.value.values["page"] == 5
    assert "section 'programme', page 5" in str(failed.value)
    assert list(out.parent.iterdir()) == []


def _hooked(tmp_path) -> dict:
    import os

    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(TOO_TALL, encoding="utf-8")
    return {**os.environ, "PYTHONPATH": str(hook)}


def test_the_command_line_says_a_layout_failure_in_one_line(sample_file, tmp_path):
    import subprocess

    sample_file.close()
    out = tmp_path / "s.pdf"
    argv = [sys.executable, "-m", "facilitateur", "export", "pdf", "--db", sample_file.location]
    result = subprocess.run(
        [*argv, "-o", str(out), "--progress"],
        capture_output=True,
        text=True,
        env=_hooked(tmp_path),
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "section 'programme', page 5" in result.stderr
    # For the application: the reason and its values, on a line of their own.
    refusal = [line for line in result.stdout.splitlines() if line.startswith("refusal ")]
    assert refusal and refusal[0].startswith("refusal pdf_layout {")
    assert '"section": "programme"' in refusal[0]
    assert not out.exists()


def test_the_application_says_a_layout_failure_in_its_language(qtbot, tmp_path, monkeypatch):
    from facilitateur.ui.actions import ActionId
    from facilitateur.ui.app import make_app
    from facilitateur.ui.export_dialog import PdfChoice
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    monkeypatch.setenv("PYTHONPATH", _hooked(tmp_path)["PYTHONPATH"])
    make_app("fr")
    try:
        w = MainWindow(ScriptedInteraction())
        qtbot.addWidget(w)
        w.open_sample(tmp_path / "s.facil")
        out = tmp_path / "synthese.pdf"
        w.interaction.pdf_choices.append(PdfChoice(lang="fr"))
        w.interaction.paths.append(out)
        w.action_map[ActionId.EXPORT_PDF].trigger()
        qtbot.waitUntil(lambda: w.exports.job is None, timeout=60_000)
        _title, said = w.interaction.errors[-1]
        assert said.startswith("La synthèse n’a pas pu être mise en page")
        assert "« Le programme tel qu’il s’est déroulé, avec sa frise »" in said
        assert "(page 5)" in said and "Traceback" not in said
        assert not out.exists()
        w.current.file.close()
    finally:
        make_app("en")


def test_the_export_dialog_says_a_day_not_run_is_exported_as_its_programme(qtbot, tmp_path):
    from facilitateur.ui.app import make_app
    from facilitateur.ui.export_dialog import ExportDialog, PdfChoice

    make_app("fr")
    try:
        dialog = ExportDialog(PdfChoice(), not_run=True)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.notice.isVisible()
        assert dialog.notice.text().startswith("Cette journée n’a pas encore eu lieu")
        assert not dialog.sections["speaking"].isEnabled()
        assert dialog.sections["programme"].isEnabled()
        ran = ExportDialog(PdfChoice())
        qtbot.addWidget(ran)
        ran.show()
        assert not ran.notice.isVisible() and ran.sections["speaking"].isEnabled()
    finally:
        make_app("en")


def test_the_dialog_is_told_whether_the_day_has_run(qtbot, tmp_path, monkeypatch):
    """File → Export the synthesis asks the file (through the domain): the sample day has not
    run; once a block has started it has."""
    from facilitateur.ui import export_dialog
    from facilitateur.ui.actions import ActionId
    from facilitateur.ui.app import make_app
    from facilitateur.ui.main_window import MainWindow

    make_app("en")
    w = MainWindow()  # the real dialogs
    qtbot.addWidget(w)
    w.remember_geometry = False
    w.open_sample(tmp_path / "s.facil")
    seen = []

    def shown(self):
        seen.append(self.notice.isVisibleTo(self))
        return 0  # Cancel

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", shown)
    w.action_map[ActionId.EXPORT_PDF].trigger()
    w.current.file.execute("timer.start", {})
    w.action_map[ActionId.EXPORT_PDF].trigger()
    assert seen == [True, False]
    assert w.exports.job is None and not list(tmp_path.glob("*.pdf"))  # cancelled: nothing
    w.current.file.close()
