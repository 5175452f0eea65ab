"""The synthesis PDF, read back with pypdf (and checked by qpdf where it is installed)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from helpers import cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from facilitateur.export.pdf import export_pdf

PARIS = ZoneInfo("Europe/Paris")
# Emoji and Chinese are drawn by a fallback font, Arabic is shaped and ordered.
HOSTILE = "<b>&</b> Bravo 🎉👍🏽 你好 السلام عليكم " + "x" * 5000


@pytest.fixture
def day(sample_file, clock):
    clock.set(datetime(2016, 1, 19, 9, 4, tzinfo=PARIS))
    ef = sample_file
    ef.execute("timer.start", {})
    ef.execute("speaker.next", {"block": "#1"})
    clock.advance(300)
    ef.execute("note.add", {"block": "#1", "kind": "decision", "text": HOSTILE, "author": "Julie"})
    ef.execute(
        "note.add",
        {
            "block": "#1",
            "kind": "action",
            "text": "Envoyer le compte rendu",
            "owner": "Marie",
            "due": "2016-03-15",
        },
    )
    ef.execute("note.add", {"block": "#1", "text": "Le micro 2 grésille", "internal": True})
    clock.advance(400)
    ef.execute("timer.next", {})
    clock.advance(3600)
    ef.execute("timer.end", {})
    return ef


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_sections_in_order_with_contents_bookmarks_and_metadata(day, tmp_path, clock):
    out = tmp_path / "synthese.pdf"
    with day.session() as s:
        pages = export_pdf(s, out, clock.now())
    reader = PdfReader(out)
    assert len(reader.pages) == pages >= 6
    text = text_of(out)
    flat = text.replace("\n", " ")
    headings = [
        "Sommaire",
        "Chiffres clés",
        "Le programme tel qu’il s’est déroulé",
        "Les séquences",
        "Forum ouvert",
        "Tableau des actions",
        "Temps de parole",
        "Clôture",
    ]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert "Séance levée à 10\u00a0h\u00a015." in text
    # The last block that ran (planned until 10:30) ended at 10:15:40: early, said as such.
    assert "fin en avance de 14\u00a0min" in flat
    assert f"page 2 / {pages}" in text
    top = [o.title for o in reader.outline if not isinstance(o, list)]
    assert top == headings[1:]
    assert (
        reader.metadata.title
        == "2ème Rencontre des pionniers des alliances en territoire — Synthèse"
    )
    assert reader.metadata.author == "Julie"
    assert reader.metadata.subject == "Synthèse"
    assert reader.trailer["/Root"]["/Lang"] == "fr"


def test_the_programme_colours_a_late_start_and_an_early_one(day, clock):
    from reportlab.platypus import Table

    from facilitateur.export.pdf import gather
    from facilitateur.export.pdf.labels import Wording
    from facilitateur.export.pdf.programme_section import programme
    from facilitateur.export.pdf.style import EARLY, LATE, drawable

    with day.session() as s:
        data = gather(s, clock.now())
    table = next(f for f in programme(data, Wording("fr")) if isinstance(f, Table))
    # The opening block started 4 minutes late (9:04 for 9:00): its start delay is in red;
    # it ran 11 min 40 s for 15 planned: shorter, in green.
    assert table._cellvalues[1][3] == drawable("+4\u00a0min")
    assert table._cellStyles[1][3].color == LATE
    assert table._cellStyles[1][2].color != LATE
    assert table._cellvalues[1][4] == drawable("−3\u00a0min")
    assert table._cellStyles[1][4].color == EARLY


def test_the_contents_give_the_page_each_bookmark_points_to(day, tmp_path, clock):
    out = tmp_path / "synthese.pdf"
    with day.session() as s:
        export_pdf(s, out, clock.now())
    reader = PdfReader(out)

    def flat(outline):
        for item in outline:
            yield from flat(item) if isinstance(item, list) else [item]

    lines = reader.pages[1].extract_text().splitlines()
    bookmarks = list(flat(reader.outline))
    assert len(bookmarks) >= 10
    for mark in bookmarks:
        page = reader.get_destination_page_number(mark) + 1
        at = lines.index(mark.title)
        number = next(x for x in lines[at:] if x.strip(" .").isdigit())
        assert number.strip(" .") == str(page), (mark.title, lines[at : at + 3], page)
    # Every entry is a link to its heading.
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    assert len(links) >= 2 * len(bookmarks)  # the title and the page number


def test_user_text_survives_as_text_and_internal_notes_stay_out(day, tmp_path, clock):
    out = tmp_path / "synthese.pdf"
    with day.session() as s:
        export_pdf(s, out, clock.now(), chosen=["blocks"])
    footer = re.compile(r"2ème Rencontre des pionniers des alliances en territoirepage \d+ / \d+")
    text = footer.sub("", text_of(out).replace("\n", ""))  # the long word runs over two pages
    assert "<b>&</b>" in text  # escaped, not taken as markup
    assert "Bravo 🎉👍🏽 你好" in text  # in a font that has them: still text

    assert "x" * 5000 in text  # a 5,000-character word wraps instead of breaking the page
    # Arabic is shaped: the letters in their joined forms (pypdf reads them back in logical
    # order, whatever the order they are drawn in).
    from arabic_reshaper import reshape

    assert reshape("السلام عليكم") in text
    assert "grésille" not in text
    with day.session() as s:
        export_pdf(s, out, clock.now(), chosen=["blocks"], include_internal=True)
    assert "grésille" in text_of(out)


def test_english_letter_and_a_failed_export_leaves_no_file(day, tmp_path, clock):
    out = tmp_path / "synthesis.pdf"
    with day.session() as s:
        export_pdf(s, out, clock.now(), lang="en", page="Letter")
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "The programme as run" in text_of(out)
    missing = tmp_path / "no-such-folder" / "x.pdf"
    with day.session() as s, pytest.raises(OSError):
        export_pdf(s, missing, clock.now())
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed on this machine")
def test_qpdf_finds_the_file_clean(day, tmp_path, clock):
    out = tmp_path / "synthese.pdf"
    with day.session() as s:
        export_pdf(s, out, clock.now())
    result = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_command_line_writes_the_synthesis(day, tmp_path):
    day.close()
    out = tmp_path / "cli.pdf"
    res = cli(
        "export", "pdf", "--db", day.location, "-o", out, "--sections", "cover,figures,closing"
    )
    assert res.returncode == 0, res.stderr
    assert "Chiffres clés" in text_of(out) and "Les séquences" not in text_of(out)
    bad = cli("export", "pdf", "--db", day.location, "-o", out, "--sections", "cover,nope")
    assert bad.returncode == 2 and "unknown 'nope'" in bad.stderr


def test_the_menu_writes_the_synthesis(qtbot, tmp_path):
    from facilitateur.ui.actions import ActionId
    from facilitateur.ui.app import make_app
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    make_app("fr")
    try:
        w = MainWindow(ScriptedInteraction())
        qtbot.addWidget(w)
        w.open_sample(tmp_path / "s.facil")
        out = tmp_path / "synthese.pdf"
        w.interaction.paths.append(out)
        w.action_map[ActionId.EXPORT_PDF].trigger()
        qtbot.waitUntil(lambda: w.exports.job is None, timeout=60_000)
        # The sample day has not run: its programme, with its planned speakers.
        text = text_of(out)
        assert "Programme" in text and "Le programme" in text and "Yannick BLANC" in text
        assert "Synthèse écrite" in w.statusBar().currentMessage()
        w.current.file.close()
    finally:
        make_app("en")


def test_the_export_dialog_chooses_sections_and_cancel_leaves_no_file(qtbot, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from facilitateur.export.pdf import PageSize, Section
    from facilitateur.ui.actions import ActionId
    from facilitateur.ui.app import make_app
    from facilitateur.ui.export_dialog import ExportDialog, PdfChoice
    from facilitateur.ui.interaction import ScriptedInteraction
    from facilitateur.ui.main_window import MainWindow

    make_app("en")
    dialog = ExportDialog(PdfChoice(["cover", "actions"], "fr", "Letter"))
    qtbot.addWidget(dialog)
    assert [n for n, c in dialog.sections.items() if c.isChecked()] == ["cover", "actions"]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for check in dialog.sections.values():
        check.setChecked(False)
    assert not ok.isEnabled()  # a document with no section cannot be asked for
    dialog.sections["speaking"].setChecked(True)
    dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
    chosen = dialog.choice()
    assert (chosen.sections, chosen.lang, chosen.page) == (["speaking"], "en", "Letter")
    assert chosen.page is PageSize.LETTER and chosen.sections[0] is Section.SPEAKING

    w = MainWindow(ScriptedInteraction())
    qtbot.addWidget(w)
    w.open_sample(tmp_path / "s.facil")
    w.current.file.execute("timer.start", {})  # the day has begun: a synthesis, not a programme
    w.current.file.execute("speaker.next", {"block": "#1"})
    try:
        out = tmp_path / "only.pdf"
        w.interaction.pdf_choices.append(chosen)
        w.interaction.paths.append(out)
        w.action_map[ActionId.EXPORT_PDF].trigger()
        qtbot.waitUntil(lambda: w.exports.job is None, timeout=60_000)
        text = text_of(out)
        assert "Speaking time" in text and "Action table" not in text
        assert round(float(PdfReader(out).pages[0].mediabox.width)) == 612  # Letter
        remembered = PdfChoice.remembered("fr")  # remembered next time, as the members
        assert remembered.sections == [Section.SPEAKING] and remembered.page is PageSize.LETTER

        cancelled = tmp_path / "cancelled.pdf"
        w.interaction.pdf_choices.append(PdfChoice())  # the whole document: long enough
        w.interaction.paths.append(cancelled)
        w.action_map[ActionId.EXPORT_PDF].trigger()
        w.exports.job.cancel()
        qtbot.waitUntil(lambda: w.exports.job is None, timeout=60_000)
        assert not cancelled.exists()
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".facilitateur-")]
        assert "cancelled" in w.statusBar().currentMessage()

        # A failure in the child process comes back as a message; no file is left.
        not_an_image = tmp_path / "logo.png"
        not_an_image.write_text("not an image")
        failed = tmp_path / "failed.pdf"
        w.interaction.pdf_choices.append(PdfChoice(logo=str(not_an_image)))
        w.interaction.paths.append(failed)
        w.action_map[ActionId.EXPORT_PDF].trigger()
        qtbot.waitUntil(lambda: w.exports.job is None, timeout=60_000)
        assert not failed.exists()
        assert not [p for p in tmp_path.iterdir() if p.name.startswith(".facilitateur-")]
        (_title, text) = w.interaction.errors[-1]
        assert "logo.png" in text and "not an image" in text

        # A folder that does not exist: said at once, nothing started.
        w.interaction.pdf_choices.append(PdfChoice())
        w.interaction.paths.append(tmp_path / "no-such-folder" / "x.pdf")
        w.action_map[ActionId.EXPORT_PDF].trigger()
        assert w.exports.job is None
        assert "no-such-folder" in w.interaction.errors[-1][1]
    finally:
        w.current.file.close()


def test_the_open_space_section_has_the_board_the_reports_and_the_ranking(
    sample_file, tmp_path, clock
):
    from pathlib import Path

    from facilitateur.models.storage.replay import replay

    forum = Path(__file__).parent / "fixtures" / "forum-ouvert.jsonl"
    replay(sample_file, forum.read_text(encoding="utf-8").splitlines())
    with sample_file.session() as s:
        from facilitateur.models.openspace.model import Proposal

        second = s.query(Proposal).filter(Proposal.text.like("Un guichet%")).one()
    sample_file.execute("proposal.vote", {"proposal": str(second.id), "votes": 9})
    out = tmp_path / "synthese.pdf"
    with sample_file.session() as s:
        export_pdf(s, out, clock.now(), chosen=["figures", "openspace", "actions"], lang="en")
    text = text_of(out)
    # The key figures count the workshops on the board (a day not run: the plan's figures).
    assert "16\nworkshops" in text
    for heading in ("Open Space", "The workshop board", "The workshop reports", "Convergence"):
        assert heading in text
    assert "Report by: Julie · 38\u00a0participants" in text
    assert "Les financeurs veulent des preuves d’impact" in text
    assert "No report handed in." in text
    ranking = text[text.index("Convergence: the proposals ranked") :]
    assert ranking.index("Un guichet unique") < ranking.index("Créer un fonds")
    assert "Réunir les fondations du territoire" in text  # a next step, in the action table


def test_an_event_without_open_space_has_no_such_section(event_file, tmp_path, clock):
    event_file.execute("event.set", {"title": "Réunion", "date": "2016-01-19"})
    event_file.execute("block.add", {"title": "Accueil", "start": "09:00", "end": "09:30"})
    out = tmp_path / "s.pdf"
    with event_file.session() as s:
        export_pdf(s, out, clock.now())
    assert "Forum ouvert" not in text_of(out) and "Ateliers" not in text_of(out)


def test_a_logo_goes_on_the_cover_and_a_bad_one_is_refused(day, tmp_path, clock):
    from PySide6.QtGui import QColor, QImage

    logo = tmp_path / "logo.png"
    image = QImage(400, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#2563eb"))
    assert image.save(str(logo))
    out = tmp_path / "s.pdf"
    with day.session() as s:
        export_pdf(s, out, clock.now(), chosen=["cover"], logo=logo)
    cover = PdfReader(out).pages[0]
    images = list(cover.images)
    assert len(images) == 1 and images[0].image.size == (400, 100)
    bad = tmp_path / "logo.jpg"
    bad.write_text("pas une image")
    with day.session() as s, pytest.raises(ValueError, match="not an image"):
        export_pdf(s, tmp_path / "t.pdf", clock.now(), logo=bad)
    assert not (tmp_path / "t.pdf").exists()
    result = cli("export", "pdf", "--db", day.location, "-o", tmp_path / "u.pdf", "--logo", bad)
    assert (
        result.returncode == 2 and "--logo:" in result.stderr and "Traceback" not in result.stderr
    )


@pytest.fixture(scope="module")
def fonts_pair():
    from reportlab.pdfbase.ttfonts import TTFont

    from facilitateur.export.pdf.style import FastFont
    from facilitateur.paths import resources_dir

    path = str(resources_dir() / "fonts" / "DejaVuSans.ttf")
    return FastFont("F", path), TTFont("S", path)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(st.text(max_size=40), min_size=1, max_size=30))
def test_the_fast_font_encodes_text_exactly_as_reportlab(fonts_pair, texts):
    """FastFont's one-call encoding gives the same bytes as reportlab's character loop, as
    characters get their codes text after text (glyphs missing, no-break spaces, any script)."""
    from reportlab.pdfbase.pdfdoc import PDFDocument

    fast, slow = fonts_pair
    doc = PDFDocument()  # a fresh document: no character has its code yet
    for text in texts * 2:  # the second time every character has its code: the fast path
        assert fast.splitString(text, doc) == slow.splitString(text, doc)


def test_brackets_in_right_to_left_text_are_mirrored():
    from facilitateur.export.pdf.text import visual

    # Drawn left to right, an opening bracket read right to left looks like ")".
    assert visual("שלום (abc) עולם", rtl=True) == "םלוע (abc) םולש"
    assert visual("abc (שלום) def") == "abc (םולש) def"


@pytest.mark.parametrize("prefix", ["", "Note : "])
def test_a_long_right_to_left_paragraph_reads_from_the_top(tmp_path, prefix):
    """Broken into lines in reading order, each line then put in visual order: the first line
    holds the first words (pypdf gives each line back in reading order)."""
    from reportlab.platypus import SimpleDocTemplate

    from facilitateur.export.pdf.bidi_paragraph import Para
    from facilitateur.export.pdf.style import styles

    hebrew = ["אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה"]
    words = [w + chr(0x05D0 + i) for i in range(5) for w in hebrew]  # 40 different words
    text = prefix + " ".join(words)
    out = tmp_path / "rtl.pdf"
    SimpleDocTemplate(str(out), leftMargin=200, rightMargin=200).build(
        [Para(text, styles()["body"])]
    )
    lines = [x.strip() for x in PdfReader(out).pages[0].extract_text().splitlines()]
    assert len(lines) >= 4
    assert " ".join(lines) == text


def test_a_system_font_that_has_the_characters_comes_before_the_last_resort(tmp_path, monkeypatch):
    from facilitateur.export.pdf import fallback
    from facilitateur.paths import resources_dir

    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    usable = resources_dir() / "fonts" / "FacilitateurFallback.ttf"  # a real TrueType file
    monkeypatch.setattr(
        fallback, "SYSTEM_FONTS", (str(tmp_path / "absent.ttf"), str(broken), str(usable))
    )
    for cached in (fallback.font_for, fallback._system):
        cached.cache_clear()
    try:
        assert (
            fallback.with_fallbacks("Salut 你好 !") == 'Salut <font name="Fallback2">你好</font> !'
        )
        assert fallback.with_fallbacks("\u0d9a") == "\u0d9a"  # in no font: left as it was
    finally:
        for cached in (fallback.font_for, fallback._system):
            cached.cache_clear()


def test_a_section_that_came_after_the_remembered_choice_starts_ticked(qtbot):
    from PySide6.QtCore import QSettings

    from facilitateur.ui.app import make_app
    from facilitateur.ui.export_dialog import PdfChoice

    make_app("en")
    st = QSettings()
    st.setValue("pdf/sections", "cover,actions")  # saved by a version without the Open Space
    st.remove("pdf/known")
    assert PdfChoice.remembered("fr").sections == ["cover", "openspace", "actions"]
    PdfChoice(["cover", "actions"]).save()  # now unticked by the user: it stays so
    assert PdfChoice.remembered("fr").sections == ["cover", "actions"]


def test_closing_the_window_during_an_export_leaves_no_file(qtbot, tmp_path):
    from helpers import sample_window

    from facilitateur.ui.actions import ActionId
    from facilitateur.ui.export_dialog import PdfChoice

    w = sample_window(qtbot, tmp_path)
    out = tmp_path / "out" / "synthese.pdf"
    out.parent.mkdir()
    killed = out.parent / ".facilitateur-killed"  # left by an app killed during an export
    killed.mkdir()
    (killed / "synthese.pdf").write_bytes(b"%PDF-1.4 half")
    os.utime(killed, (0, 0))
    w.interaction.pdf_choices.append(PdfChoice())
    w.interaction.paths.append(out)
    w.action_map[ActionId.EXPORT_PDF].trigger()
    assert w.exports.job is not None
    job = w.exports.job
    w.action_map[ActionId.EXPORT_PDF].trigger()  # a second Ctrl+E: told, not started
    assert w.exports.job is job and "already" in w.statusBar().currentMessage()
    w.close()
    assert w.exports.job is None
    assert list(out.parent.iterdir()) == []  # the stale folder swept, the new one removed


@pytest.mark.skipif(sys.platform == "win32", reason="a process is not asked whether it runs")
def test_an_export_folder_left_by_a_killed_app_is_swept_at_once_not_one_of_a_living_one(
    tmp_path,
):
    from facilitateur.ui.pdf_job import PREFIX, _alive, _sweep

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # its number is free now: the app that made the folder was killed
    if _alive(gone.pid):
        pytest.skip("the process number was given to another process at once")
    for owner in (gone.pid, os.getpid()):
        folder = tmp_path / f"{PREFIX}{owner}-abc"
        folder.mkdir()
        (folder / "synthese.pdf").write_bytes(b"%PDF-1.4 half")
    _sweep(tmp_path)  # both folders are minutes old, far from the six hours
    assert [p.name for p in tmp_path.iterdir()] == [f"{PREFIX}{os.getpid()}-abc"]


@pytest.mark.parametrize(
    "late, expected",
    [
        (timedelta(minutes=75), "ended 1\u00a0h\u00a015\u00a0min late"),
        (timedelta(seconds=-20), "ended on time"),
        (timedelta(minutes=-6), "ended 6\u00a0min early"),
        (None, ""),
    ],
)
def test_the_key_figures_say_whether_the_day_ended_late_or_early(late, expected):
    from facilitateur.export.pdf.labels import Wording
    from facilitateur.export.pdf.sections import _end_note

    assert _end_note(late, Wording("en")) == expected
