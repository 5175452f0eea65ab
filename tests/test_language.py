"""One language at a time, in good language: counts in the singular or the plural (never
`(s)`), one form of times and dates per language on every screen and in the exports, no
English in the French interface nor French in the English one, deadlines as people write
them, and a search that folds ligatures like accents."""

from __future__ import annotations

import ast
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from helpers import cli, run_reference_day
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from facilitateur.clock import FakeClock
from facilitateur.models.notes.capture import parse_capture
from facilitateur.models.notes.deadlines import read_deadline
from facilitateur.models.text.datetime_forms import NBSP, forms, system_region
from facilitateur.models.text.folding import fold, fold_text
from facilitateur.models.text.plural import count
from facilitateur.sample import create_sample
from facilitateur.ui.actions import ActionId
from facilitateur.ui.app import make_app
from facilitateur.ui.dates import clock as dates_clock
from facilitateur.ui.dates import short_date as dates_short
from facilitateur.ui.interaction import ScriptedInteraction
from facilitateur.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
PARIS = ZoneInfo("Europe/Paris")
PLURAL_MARK = re.compile(r"[^\W\d_]\((?:s|x|es)\)")
# What the programme reader recognises in what people wrote (`intervenant(e)s` as a column
# heading): read, never shown.
READ_ONLY = ROOT / "facilitateur" / "models" / "programme"


# Counts -------------------------------------------------------------------------------------
def _user_strings(path: Path):
    """Every string literal of a module but its docstrings, with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            yield node.lineno, node.value


def test_no_text_counts_with_a_parenthesised_plural():
    """`0 sujet(s)`, `nouveau(x) jour(s)`: nowhere in the sources' texts, nor the translations."""
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text[:80]!r}"
        for path in sorted((ROOT / "facilitateur").rglob("*.py"))
        if READ_ONLY not in path.parents
        for line, text in _user_strings(path)
        if PLURAL_MARK.search(text)
    ]
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            texts = [message.find("source"), message.find("translation")]
            texts += list(message.iter("numerusform"))
            found += [
                f"{ts.name}: {el.text[:80]!r}"
                for el in texts
                if el is not None and el.text and PLURAL_MARK.search(el.text)
            ]
    assert found == []


def test_the_scan_finds_a_parenthesised_plural(tmp_path):
    """(The scan above would see one: it is no test that can never fail.)"""
    module = tmp_path / "m.py"
    module.write_text('"""Topics(s) in a docstring are not shown."""\nX = "%1 jour(s)"\n')
    assert [text for _line, text in _user_strings(module) if PLURAL_MARK.search(text)] == [
        "%1 jour(s)"
    ]


def _translated(lang: str, context: str, text: str, n: int) -> str:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"facilitateur_{lang}.qm"))
    app = QCoreApplication.instance() or make_app(lang)
    app.installTranslator(translator)
    try:
        return QCoreApplication.translate(context, text, "", n)
    finally:
        app.removeTranslator(translator)


# (context, source, French for 0, 1, 2, English for 0, 1, 2)
COUNTS = [
    (
        "OpenSpaceScreen",
        "%n topics",
        ("0 sujet", "1 sujet", "2 sujets"),
        ("0 topics", "1 topic", "2 topics"),
    ),
    (
        "OpenSpaceScreen",
        "%n placed",
        ("0 placé", "1 placé", "2 placés"),
        ("0 placed", "1 placed", "2 placed"),
    ),
    (
        "PrepareScreen",
        "%n blocks",
        ("0 bloc", "1 bloc", "2 blocs"),
        ("0 blocks", "1 block", "2 blocks"),
    ),
    ("ImportDialog", "%n days", ("0 jour", "1 jour", "2 jours"), ("0 days", "1 day", "2 days")),
    (
        "Exports",
        "%n actions written to %2",
        ("0 action écrite dans %2", "1 action écrite dans %2", "2 actions écrites dans %2"),
        ("0 actions written to %2", "1 action written to %2", "2 actions written to %2"),
    ),
    (
        "SpeakingDialog",
        "%n people",
        ("0 personne", "1 personne", "2 personnes"),
        ("0 people", "1 person", "2 people"),
    ),
    (
        "FileMenu",
        "%n items merged from %2 — Ctrl+Z undoes the merge",
        tuple(
            f"{n} élément{'s' if n > 1 else ''} fusionné{'s' if n > 1 else ''} depuis %2 — Ctrl+Z annule la fusion"
            for n in range(3)
        ),
        tuple(
            f"{n} item{'' if n == 1 else 's'} merged from %2 — Ctrl+Z undoes the merge"
            for n in range(3)
        ),
    ),
    (
        "BoardModel",
        "%n seats",
        ("0 place", "1 place", "2 places"),
        ("0 seats", "1 seat", "2 seats"),
    ),
]


@pytest.mark.parametrize(("context", "source", "french", "english"), COUNTS)
def test_counts_of_0_1_2_in_each_language(qtbot, context, source, french, english):
    """French takes the singular for 0 and 1, English for 1 only."""
    assert tuple(_translated("fr", context, source, n) for n in range(3)) == french
    assert tuple(_translated("en", context, source, n) for n in range(3)) == english


def _untranslated(ts: Path) -> list[str]:
    """The messages of a .ts that would show their source, or nothing, in that language."""
    untranslated = []
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            untranslated.append(source)
        elif message.get("numerus") == "yes":
            forms_ = [f.text for f in translation.iter("numerusform")]
            if len(forms_) != 2 or not all(forms_):  # singular and plural, in both languages
                untranslated.append(source)
        elif not translation.text:
            untranslated.append(source)
    return untranslated


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_text_is_translated_in_each_language_with_its_two_forms(lang):
    """No unfinished text in either .ts, and every count has its singular and its plural
    (a count with no forms would show `%n` itself)."""
    assert _untranslated(TRANSLATIONS / f"facilitateur_{lang}.ts") == []


def test_the_completeness_scan_finds_a_count_without_its_forms(tmp_path):
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr"><context>'
        "<name>C</name>"
        '<message numerus="yes"><source>%n days</source><translation /></message>'
        "<message><source>Open</source><translation>Ouvrir</translation></message>"
        '<message><source>Close</source><translation type="unfinished" /></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    assert _untranslated(ts) == ["%n days", "Close"]


def test_counts_written_without_qt_and_on_the_command_line(tmp_path):
    """The model's texts for the command line say `1 day`, `2 blocks` (English, by code)."""
    assert [count(n, "day") for n in range(3)] == ["0 days", "1 day", "2 days"]
    assert [count(n, "bloc", lang="fr") for n in range(3)] == ["0 bloc", "1 bloc", "2 blocs"]
    script = tmp_path / "s.jsonl"
    script.write_text(
        '{"cmd": "day.add", "args": {"date": "2016-01-19"}}\n'
        '{"cmd": "block.add", "args": {"day": "#3", "title": "X"}}\n',
        encoding="utf-8",
    )
    done = cli("replay", script, "--db", tmp_path / "e.facil")
    assert done.returncode == 2
    assert "no day #3: the event has 1 day" in done.stderr


# Times and dates ----------------------------------------------------------------------------
REGIONS = [("fr", ""), ("fr", "CA"), ("en", ""), ("en", "US"), ("en", "GB"), ("en", "FR")]


@pytest.mark.parametrize(("lang", "region"), REGIONS)
def test_the_screens_and_the_exports_write_times_and_dates_alike(qtbot, lang, region):
    """Qt's rendering (every screen) and the exports' own give the same text, for every
    minute of a day and every day of a leap year."""
    from facilitateur.ui.dates import QtDateTimeForms

    make_app(lang)
    plain = forms(lang, region)
    qt = QtDateTimeForms(plain.lang, plain.twelve_hour, plain.month_first)
    for minute in range(0, 24 * 60):
        t = time(minute // 60, minute % 60)
        assert qt.clock(t) == plain.clock(t)
    day = date(2016, 1, 1)
    while day.year == 2016:
        for name in ("date", "short_date", "day_month"):
            assert getattr(qt, name)(day) == getattr(plain, name)(day)
        day += timedelta(days=1)


def test_each_language_has_one_form_and_english_follows_the_region():
    fr, us, gb = forms("fr"), forms("en", "US"), forms("en", "GB")
    at, day = time(17, 5), date(2016, 3, 1)
    assert (fr.clock(at), fr.short_date(day), fr.date(day), fr.day_month(day)) == (
        f"17{NBSP}h{NBSP}05",
        "01/03/2016",
        f"1er{NBSP}mars{NBSP}2016",
        "01/03",
    )
    assert (us.clock(at), us.short_date(day), us.date(day), us.day_month(day)) == (
        f"5:05{NBSP}PM",
        f"Mar{NBSP}1,{NBSP}2016",
        f"March{NBSP}1,{NBSP}2016",
        f"Mar{NBSP}1",
    )
    assert (gb.clock(at), gb.short_date(day), gb.date(day)) == (
        "17:05",
        f"1{NBSP}Mar{NBSP}2016",
        f"1{NBSP}March{NBSP}2016",
    )
    assert forms("en") == us  # no region known: as Qt's English
    assert system_region({"LANG": "en_GB.UTF-8"}) == "GB"
    assert system_region({"LC_ALL": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"}) == "FR"
    assert system_region({"LANG": "C.UTF-8"}) == ""


def test_the_synthesis_writes_times_and_dates_as_the_screens(tmp_path):
    """The PDF's forms are the screens' (the module they share), in the system's region."""
    from facilitateur.export.pdf.labels import Wording

    assert Wording("fr").clock(time(9, 15)) == forms("fr").clock(time(9, 15))
    assert Wording("en").date(date(2016, 1, 19)) == f"January{NBSP}19,{NBSP}2016"
    assert Wording("en", "GB").clock(time(17, 5)) == "17:05"
    assert Wording("en", "GB").hours(time(9), time(10, 30)) == "09:00–10:30"


# A French form is `9 h 15`; an English one `9:15 AM`. Either, in the other language, is a
# slip; so are numeric dates in English (`1/19/16`) and ISO dates anywhere on screen.
CLOCK = {
    "fr": re.compile(rf"\b\d{{1,2}}{NBSP}h{NBSP}\d\d\b"),
    "en": re.compile(rf"\b\d{{1,2}}:\d\d{NBSP}[AP]M\b"),
}
WRONG = {
    "fr": re.compile(r"\b\d{1,2}:\d\d\b|\b[AP]M\b|\d{4}-\d\d-\d\d|\b\d{1,2}/\d{1,2}/\d\d\b"),
    "en": re.compile(rf"\d{NBSP}h{NBSP}\d|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|\d{{4}}-\d\d-\d\d"),
}


@pytest.fixture(params=["fr", "en"])
def podium(request, qtbot, tmp_path):
    """The sample day at the podium, at 8:58 on its own day, in each language."""
    lang = request.param
    make_app(lang)
    clock = FakeClock(datetime(2016, 1, 19, 8, 58, tzinfo=PARIS))
    w = MainWindow(ScriptedInteraction(), clock)
    qtbot.addWidget(w)
    w.remember_geometry = False
    w.open_sample(tmp_path / "sample.facil")
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.show_screen(ActionId.SCREEN_RUN)
    QApplication.processEvents()
    yield lang, w, clock
    w.run.stage.close()
    w.current.file.close()


def test_the_podium_and_the_stage_display_write_times_in_the_language(qtbot, podium):
    lang, w, _clock = podium
    labels = w.run.labels
    shown = [labels.clock_label.text(), labels.projected.text(), labels.next_label.text()]
    shown += [labels.detail.text()]
    assert shown[0] == {"fr": f"8{NBSP}h{NBSP}58", "en": f"8:58{NBSP}AM"}[lang]
    for text in shown:
        assert not WRONG[lang].search(text), text
    assert CLOCK[lang].search(labels.projected.text())
    qtbot.keyClick(w.run, Qt.Key.Key_F5)  # the stage display, before the first block
    stage = w.run.stage
    qtbot.waitExposed(stage)
    w.run.refresh()
    assert stage.digits.text() == shown[0]
    assert (
        stage.phase.text()
        == {
            "fr": f"Début à 9{NBSP}h{NBSP}00",
            "en": f"Begins at 9:00{NBSP}AM",
        }[lang]
    )


def test_a_day_not_yet_begun_is_named_by_its_date_in_the_language(qtbot, podium):
    lang, w, clock = podium
    clock.set(datetime(2016, 1, 18, 20, 0, tzinfo=PARIS))  # the evening before
    w.run.refresh()
    offset = re.sub(r"<[^>]+>", "", w.run.labels.offset.text())
    assert offset == {"fr": "Journée du 19/01/2016", "en": f"Day of Jan{NBSP}19,{NBSP}2016"}[lang]


def test_prepare_writes_times_and_dates_in_the_language(qtbot, podium):
    lang, w, _clock = podium
    w.show_screen(ActionId.SCREEN_PREPARE)
    QApplication.processEvents()
    prepare = w.prepare
    model = prepare.model
    start = model.index(0, 0).data()
    assert start == {"fr": f"9{NBSP}h{NBSP}00", "en": f"9:00{NBSP}AM"}[lang]
    assert prepare.day_tabs.tabText(0).endswith(
        {"fr": "19/01/2016", "en": f"Jan{NBSP}19,{NBSP}2016"}[lang]
    )
    assert prepare.form.date.text() == {"fr": "19/01/2016", "en": f"Jan{NBSP}19,{NBSP}2016"}[lang]
    assert prepare.form.opens.text() == {"fr": f"9{NBSP}h{NBSP}00", "en": f"9:00{NBSP}AM"}[lang]
    texts = [prepare.summary.text(), prepare.details.toPlainText()]
    texts += [model.index(r, c).data() or "" for r in range(model.rowCount()) for c in (0, 1)]
    for text in texts:
        assert not WRONG[lang].search(text), text
    # A time typed as people type it is read, and shown in the language's form.
    view = prepare.tree
    index = model.index(0, 0)
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == start  # edited as it is shown
    editor.selectAll()
    qtbot.keyClicks(editor, "915" if lang == "fr" else "9:15 am")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wanted = {"fr": f"9{NBSP}h{NBSP}15", "en": f"9:15{NBSP}AM"}[lang]
    qtbot.waitUntil(lambda: model.index(0, 0).data() == wanted)


def test_notes_write_times_and_deadlines_in_the_language(qtbot, podium):
    lang, w, _clock = podium
    w.current.run("timer.start", {"block": "#1"})
    w.current.run(
        "note.add",
        {"block": "#1", "kind": "action", "text": "Envoyer le compte rendu", "due": "2016-03-15"},
    )
    w.show_screen(ActionId.SCREEN_NOTES)
    QApplication.processEvents()
    model = w.notes.model
    row = next(i for i, r in enumerate(model.rows) if r.kind == "action")
    from facilitateur.ui.notes.notes_model import DUE, WHEN

    assert model.index(row, WHEN).data() == {"fr": f"8{NBSP}h{NBSP}58", "en": f"8:58{NBSP}AM"}[lang]
    assert (
        model.index(row, DUE).data() == {"fr": "15/03/2016", "en": f"Mar{NBSP}15,{NBSP}2016"}[lang]
    )
    # The deadline's editor shows it in the same form.
    table = w.notes.table
    index = table.model().mapFromSource(model.index(row, DUE))
    table.setCurrentIndex(index)
    table.edit(index)
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == model.index(row, DUE).data()


def test_the_notes_table_shows_whole_times_and_deadlines_in_the_language(qtbot, podium):
    """`10:55 PM` and `Dec 28, 2026` are wider than `22 h 55` and `28/12/2026`: their columns
    follow the language's forms, at 1366×768, rather than cut them (`10:0…`)."""
    from facilitateur.ui.notes.notes_model import DUE, WHEN

    lang, w, _clock = podium
    w.current.run("timer.start", {"block": "#1"})
    w.current.run(
        "note.add",
        {"block": "#1", "kind": "action", "text": "Envoyer le compte rendu", "due": "2026-12-28"},
    )
    w.show_screen(ActionId.SCREEN_NOTES)
    QApplication.processEvents()
    # The time in the list of every note, the deadline in the Actions tab.
    for table, column, widest in (
        (w.notes.table, WHEN, dates_clock(time(22, 55))),
        (w.notes.action_table, DUE, dates_short(date(2026, 12, 28))),
    ):
        w.notes.tabs.setCurrentWidget(table)
        QApplication.processEvents()
        width = table.fontMetrics().horizontalAdvance(widest) + 8
        assert table.columnWidth(column) >= width, (lang, widest)


def test_the_note_hint_gives_deadlines_in_the_language(qtbot, podium):
    lang, w, _clock = podium
    hint = w.run.capture.line.placeholderText()
    assert {"fr": "avant le 15/03", "en": f"by Mar{NBSP}15"}[lang] in hint
    from facilitateur.ui.help_dialog import ShortcutsDialog

    help_text = _texts(ShortcutsDialog(w))
    wanted = {
        "fr": ("avant le 15/03", "pour le 1er mars", "vendredi", "dans 15 jours"),
        "en": ("by Mar 15", "by March 1", "next Friday", "in two weeks"),
    }[lang]
    assert all(any(form in t.replace(NBSP, " ") for t in help_text) for form in wanted)
    # And every example the hint gives is read back as the deadline it says.
    today = date(2016, 1, 19)
    for form in wanted:
        assert parse_capture(f"A: appeler Tom {form}", today).due is not None, form


# Deadlines ----------------------------------------------------------------------------------
TODAY = date(2026, 2, 25)  # a Wednesday


@pytest.mark.parametrize(
    ("typed", "due"),
    [
        ("15/03", date(2026, 3, 15)),
        ("15/03/2027", date(2027, 3, 15)),
        ("15.03.26", date(2026, 3, 15)),
        ("2026-03-15", date(2026, 3, 15)),
        ("15 mars", date(2026, 3, 15)),
        ("1er mars", date(2026, 3, 1)),
        ("1er février", date(2027, 2, 1)),  # passed this year: next year's
        ("vendredi 27 février", date(2026, 2, 27)),
        ("vendredi", date(2026, 2, 27)),
        ("mercredi", date(2026, 3, 4)),  # today is Wednesday: next week's
        ("ce mercredi", date(2026, 2, 25)),
        ("vendredi prochain", date(2026, 2, 27)),
        ("aujourd’hui", date(2026, 2, 25)),
        ("demain", date(2026, 2, 26)),
        ("après-demain", date(2026, 2, 27)),
        ("dans 3 jours", date(2026, 2, 28)),
        ("dans 15 jours", date(2026, 3, 11)),  # two weeks, as French counts them
        ("dans quinze jours", date(2026, 3, 11)),
        ("dans huit jours", date(2026, 3, 4)),
        ("dans deux semaines", date(2026, 3, 11)),
        ("dans un mois", date(2026, 3, 25)),
        ("March 15", date(2026, 3, 15)),
        ("Mar 15, 2026", date(2026, 3, 15)),
        ("15th March", date(2026, 3, 15)),
        ("Friday", date(2026, 2, 27)),
        ("next Friday", date(2026, 2, 27)),
        ("this Wednesday", date(2026, 2, 25)),
        ("tomorrow", date(2026, 2, 26)),
        ("in 3 days", date(2026, 2, 28)),
        ("in two weeks", date(2026, 3, 11)),
        ("in a month", date(2026, 3, 25)),
    ],
)
def test_a_deadline_is_read_as_people_write_it(typed, due):
    assert read_deadline(typed, TODAY) == due


@pytest.mark.parametrize(
    "typed", ["fin mars", "32/01", "", "lundi soir", "15/03 à Paris", "bientôt"]
)
def test_what_is_no_deadline_is_not_read_as_one(typed):
    assert read_deadline(typed, TODAY) is None


def test_figures_are_read_in_the_order_the_interface_writes_dates():
    assert read_deadline("3/4", TODAY) == date(2026, 4, 3)  # day first
    assert read_deadline("3/4", TODAY, month_first=True) == date(2026, 3, 4)
    assert read_deadline("3/15", TODAY) == date(2026, 3, 15)  # no 15th month: the other order


@pytest.mark.parametrize(
    ("line", "text", "owner", "due"),
    [
        (
            "A: Envoyer le compte rendu @Marie pour le 1er mars",
            "Envoyer le compte rendu",
            "Marie",
            date(2026, 3, 1),
        ),
        ("A: Relancer la mairie @Jean vendredi", "Relancer la mairie", "Jean", date(2026, 2, 27)),
        ("A: Relancer la mairie demain @Jean", "Relancer la mairie", "Jean", date(2026, 2, 26)),
        ("A: Faire le bilan dans 15 jours", "Faire le bilan", "", date(2026, 3, 11)),
        ("A: Call the funders @Tom next Friday", "Call the funders", "Tom", date(2026, 2, 27)),
        ("A: Share the minutes in two weeks", "Share the minutes", "", date(2026, 3, 11)),
        ("A: Préparer l’atelier de demain @Anne", "Préparer l’atelier de demain", "Anne", None),
        ("A: Avant tout, appeler Marie", "Avant tout, appeler Marie", "", None),
    ],
)
def test_the_note_captured_at_the_podium_reads_the_same_deadlines(line, text, owner, due):
    capture = parse_capture(line, TODAY)
    assert (capture.text, capture.owner, capture.due) == (text, owner, due)


TYPED_AT_THE_PODIUM = {
    "fr": [
        ("A: Relancer les financeurs @Marie dans 15 jours", date(2016, 2, 2)),
        ("A: Reserver la salle @Tom vendredi", date(2016, 1, 22)),
        ("A: Envoyer le compte rendu @Ana demain", date(2016, 1, 20)),
    ],
    "en": [
        ("A: Call the funders @Marie in two weeks", date(2016, 2, 2)),
        ("A: Book the room @Tom next Friday", date(2016, 1, 22)),
        ("A: Send the minutes @Ana tomorrow", date(2016, 1, 20)),
    ],
}


def test_deadlines_typed_at_the_podium_with_real_keys(qtbot, podium):
    """Ctrl+K, a line typed key by key, Enter: the note's deadline is read from the day it
    is (Tuesday 19 January 2016), in the interface's language."""
    from facilitateur.models.notes.model import Note

    lang, w, _clock = podium
    for typed, due in TYPED_AT_THE_PODIUM[lang]:
        w.run.setFocus()
        qtbot.keyClick(w.run, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.focusWidget() is w.run.capture.line
        qtbot.keyClicks(w.run.capture.line, typed)
        qtbot.keyClick(w.run.capture.line, Qt.Key.Key_Return)
        QApplication.processEvents()
        with w.current.file.session() as s:
            note = s.query(Note).order_by(Note.created_at.desc(), Note.id.desc()).first()
            assert (note.kind, note.due) == ("action", due), typed
            assert note.owner in typed and not note.text.endswith(("jours", "weeks", "Friday"))


def test_the_report_form_reads_its_next_steps_with_the_same_reader(qtbot):
    from facilitateur.ui.openspace.next_steps import NextStepsTable

    make_app("fr")
    table = NextStepsTable()
    qtbot.addWidget(table)
    table.today = TODAY
    table.show_steps([("Écrire la synthèse", "Anne", None)])
    table.item(0, 2).setText("dans 15 jours")
    assert table.steps() == [{"text": "Écrire la synthèse", "owner": "Anne", "due": "2026-03-11"}]
    assert table.problems() == []


# Folding ------------------------------------------------------------------------------------
def test_ligatures_fold_like_accents():
    assert fold("Cœur") == "coeur"
    assert fold("Œuvre, ÆSOP, Straße, l’été") == "oeuvre, aesop, strasse, l'ete"


def test_a_long_text_folds_at_once_as_each_of_its_lines_would():
    lines = ["Déjeuner", "Cœur", "Straße", "l’Or gris", "ÉLODIE", "Zoë", "Ångström", "plain", ""]
    assert fold_text("\n".join(lines)).split("\n") == [fold(line) for line in lines]


def test_the_programme_reader_reads_as_before_with_the_shared_folding():
    from facilitateur.models.programme import days_and_dates, words

    assert words.fold is fold and days_and_dates.fold is fold
    assert words.kind_of("Pause déjeuner") == "meal"
    assert words.kind_of("Table ronde : le cœur des territoires") == "panel"
    heading = days_and_dates.day_heading("Jour 2 : au cœur du sujet")
    assert heading == ("Jour 2", None, "au cœur du sujet")


def test_searching_coeur_finds_coeur_with_its_ligature(qtbot, podium):
    _lang, w, _clock = podium
    w.current.run("note.add", {"block": "#1", "kind": "note", "text": "Le cœur du projet"})
    w.current.run("note.add", {"block": "#1", "kind": "note", "text": "Une autre idée"})
    w.show_screen(ActionId.SCREEN_NOTES)
    QApplication.processEvents()
    search = w.notes.search
    search.setFocus()
    qtbot.keyClicks(search, "coeur")
    qtbot.wait(400)  # the search waits for the typing to pause
    QApplication.processEvents()
    proxy = w.notes.table.model()
    from facilitateur.ui.notes.notes_model import TEXT

    shown = [proxy.index(r, TEXT).data() for r in range(proxy.rowCount())]
    assert shown == ["Le cœur du projet"]


# Refusals -----------------------------------------------------------------------------------
REFUSING = {"CommandError", "StorageError", "ConnectionLost", "EventFileError", "FileInUse"}


def _command_errors():
    """Every refusal the model and the exports raise: (where, the name of its `Refusal`
    member, or the expression given instead when it is not one)."""
    folders = (ROOT / "facilitateur" / "models", ROOT / "facilitateur" / "export")
    for path in sorted(p for folder in folders for p in folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = (
                node.func.attr
                if isinstance(node.func, ast.Attribute)
                else getattr(node.func, "id", "")
            )
            if name not in REFUSING:
                continue
            reason = node.args[1] if len(node.args) > 1 else None
            reason = next((k.value for k in node.keywords if k.arg == "reason"), reason)
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            # One reason, or one of two (`"undo_conflict" if backwards else "redo_conflict"`).
            choices = [reason.body, reason.orelse] if isinstance(reason, ast.IfExp) else [reason]
            for choice in choices:
                member = (
                    isinstance(choice, ast.Attribute)
                    and isinstance(choice.value, ast.Name)
                    and choice.value.id == "Refusal"
                )
                # A reason chosen beforehand (`reason = Refusal.FULL` then `reason`) counts.
                chosen = isinstance(choice, ast.Name) and choice.id == "reason"
                yield where, choice.attr if member else "reason" if chosen else choice


def test_every_refusal_of_a_command_has_a_reason_the_interface_says():
    """Walks the source: every refusal raised carries a member of the one enumeration of
    reasons, and the interface has a text for each member (and for nothing else)."""
    from facilitateur.models.refusal import Refusal
    from facilitateur.ui.refusals import TEXTS

    errors = list(_command_errors())
    assert len(errors) > 100
    missing = [where for where, reason in errors if not isinstance(reason, str)]
    unknown = [
        (where, reason)
        for where, reason in errors
        if isinstance(reason, str) and reason != "reason" and reason not in Refusal.__members__
    ]
    assert (missing, unknown) == ([], [])
    assert set(TEXTS) == set(Refusal) and all(isinstance(k, Refusal) for k in TEXTS)


def test_the_source_walk_finds_a_refusal_without_its_reason(tmp_path, monkeypatch):
    source = tmp_path / "facilitateur" / "models" / "bad.py"
    source.parent.mkdir(parents=True)
    (tmp_path / "facilitateur" / "export").mkdir()
    source.write_text('raise CommandError("no")\nraise CommandError("x", "typed_as_text")\n')
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    found = [reason for _where, reason in _command_errors()]
    assert found[0] is None and isinstance(found[1], ast.Constant)


def test_a_refusal_reaches_the_french_user_in_french_with_french_forms(qtbot):
    from facilitateur.models.commands import CommandError
    from facilitateur.ui.refusals import explain

    make_app("fr")
    error = CommandError(
        "x", "slot_overlap", slot=(time(14), time(15)), other=(time(14, 30), time(15, 30))
    )
    assert explain(error) == (
        f"14{NBSP}h{NBSP}00{NBSP}– 15{NBSP}h{NBSP}00 chevauche le créneau "
        f"14{NBSP}h{NBSP}30{NBSP}– 15{NBSP}h{NBSP}30"
    )
    error = CommandError("x", "not_waiting", name="Tom")
    assert explain(error) == "« Tom » n’attend pas pour parler"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "fr",
            "1 ligne de la table « notes » renvoie à ce qui n’existe plus ; "
            "2 lignes de la table « topics » renvoient à ce qui n’existe plus",
        ),
        (
            "en",
            "1 row of the table notes refers to what is gone; "
            "2 rows of the table topics refer to what is gone",
        ),
    ],
)
def test_a_damaged_file_is_told_in_the_language_with_its_counts(qtbot, tmp_path, lang, said):
    """What the check of a damaged file found reaches the interface in its language (the
    model's summary is English, for the command line)."""
    from facilitateur.models.storage.integrity import Damage
    from facilitateur.ui.refusals import explain

    make_app(lang)
    damage = Damage((), {"notes": 1, "topics": 2})
    for error in (damage.warning(tmp_path / "jour.facil"), damage.error(tmp_path / "j.facil")):
        assert f"({said})" in explain(error)


# One language at a time ---------------------------------------------------------------------
# Words of one language that the other never uses: one of them on screen is a slip.
ENGLISH = set(
    [
        "the",
        "and",
        "of",
        "with",
        "to",
        "for",
        "from",
        "by",
        "is",
        "are",
        "not",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "which",
        "who",
        "when",
        "where",
        "will",
        "would",
        "should",
        "can",
        "cannot",
        "yet",
        "any",
        "every",
        "each",
        "none",
        "nothing",
        "something",
        "block",
        "blocks",
        "speaker",
        "speakers",
        "screen",
        "screens",
        "day",
        "days",
        "time",
        "times",
        "start",
        "starts",
        "end",
        "ends",
        "ended",
        "next",
        "previous",
        "save",
        "saved",
        "open",
        "close",
        "new",
        "file",
        "event",
        "topic",
        "topics",
        "room",
        "rooms",
        "slot",
        "slots",
        "report",
        "reports",
        "done",
        "left",
        "right",
        "speaking",
        "turn",
        "turns",
        "person",
        "people",
        "planned",
        "late",
        "early",
        "begins",
        "running",
        "paused",
        "stage",
        "display",
        "show",
        "hide",
        "add",
        "remove",
        "delete",
        "edit",
        "undo",
        "redo",
        "settings",
        "preferences",
        "help",
        "shortcuts",
        "keyboard",
        "workshop",
        "workshops",
        "board",
        "dots",
        "convener",
        "conveners",
        "marketplace",
        "agenda",
        "kind",
        "title",
        "minutes",
        "hour",
        "hours",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "am",
        "pm",
        "today",
        "tomorrow",
        "shift",
        "space",
        "enter",
        "escape",
        "esc",
        "delete",
        "pgdn",
        "pgup",
        "pgdown",
    ]
) - {"minutes", "date", "notes", "note", "question", "questions", "action", "actions"}
FRENCH = set(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "une",
        "et",
        "avec",
        "pour",
        "sur",
        "dans",
        "est",
        "sont",
        "pas",
        "aucun",
        "aucune",
        "jour",
        "jours",
        "journée",
        "bloc",
        "blocs",
        "écran",
        "intervenant",
        "intervenants",
        "intervenante",
        "séquence",
        "séquences",
        "salle",
        "salles",
        "créneau",
        "créneaux",
        "sujet",
        "sujets",
        "prise",
        "prises",
        "parole",
        "début",
        "fin",
        "prévu",
        "prévue",
        "suivant",
        "suivante",
        "enregistrer",
        "enregistré",
        "ouvrir",
        "fermer",
        "nouveau",
        "nouvelle",
        "fichier",
        "événement",
        "atelier",
        "ateliers",
        "tableau",
        "gommettes",
        "animateur",
        "animé",
        "restitution",
        "compte",
        "rendu",
        "rendus",
        "terminé",
        "terminés",
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "aujourd",
        "demain",
        "à",
        "où",
        "être",
        "ou",
    ]
)
WORD = re.compile(r"[^\W\d_]+")


def _texts(widget: QWidget) -> list[str]:
    """Every text a person may read in a widget and its children: labels, buttons, fields
    and their hints, tabs, lists, tables and trees (their first rows), tooltips, titles."""
    out = [widget.windowTitle()]
    for w in [widget, *widget.findChildren(QWidget)]:
        out.append(w.toolTip())
        out.append(w.accessibleName())
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        elif isinstance(w, QGroupBox):
            out.append(w.title())
        elif isinstance(w, QLineEdit):
            out += [w.placeholderText()]
        elif isinstance(w, QTextEdit):
            out += [w.placeholderText(), w.toPlainText()]
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QTabBar):
            out += [w.tabText(i) for i in range(w.count())] + [
                w.tabToolTip(i) for i in range(w.count())
            ]
        elif isinstance(w, QTabWidget):
            out += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QListWidget):
            out += [w.item(i).text() for i in range(min(w.count(), 40))]
        elif isinstance(w, QTreeWidget):
            for i in range(min(w.topLevelItemCount(), 10)):
                item = w.topLevelItem(i)
                out += [item.text(c) for c in range(w.columnCount())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model that keeps its one column to itself
                columns = 1
            for c in range(columns):
                out.append(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for r in range(min(model.rowCount(QModelIndex()), 30)):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.index(r, c).data(role)
                        out.append(value if isinstance(value, str) else "")
        for action in w.actions():
            out += [action.text(), action.toolTip()]
    return [t for t in out if t]


def _content(document: dict) -> list[str]:
    """The event's own words (titles, names, notes…), which are in whatever language they
    were written in: longest first, to be taken out of what the interface says."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str) and not re.fullmatch(
            r"[a-z_]*|[\d:T+.-]+|.{1,2}", value.strip()
        ):
            # As written, and as the screens show it: one line, without its marks.
            from facilitateur.ui.notes.notes_model import one_line

            plain = re.sub(r"\*\*(.+?)\*\*|(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*", r"\1\2", value)
            found.update((value, plain, one_line(value)))
            found.update(line.strip() for line in plain.splitlines() if len(line.strip()) > 2)

    walk(document)
    return sorted(found, key=len, reverse=True)


def _slips(texts: list[str], content: list[str], foreign: set[str]) -> set[str]:
    """The words of the other language in `texts`, once the event's own words are set aside."""
    slips = set()
    for text in texts:
        plain = re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", " ").replace("&", "")
        for words in content:
            plain = plain.replace(words, " ")
        slips |= {f"{w!r} in {text[:90]!r}" for w in WORD.findall(plain.lower()) if w in foreign}
    return slips


@pytest.fixture(scope="module")
def day_that_ran(tmp_path_factory) -> Path:
    """The sample day as it was run: its Open Space, its speakers, notes and actions."""
    path = tmp_path_factory.mktemp("ran") / "ran.facil"
    ef = create_sample(path, FakeClock(datetime(2016, 1, 19, 7, 30, tzinfo=PARIS)))
    run_reference_day(ef)
    ef.close()
    return path


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_language_is_spoken_alone_on_every_screen_and_dialog(
    qtbot, tmp_path, day_that_ran, lang
):
    """The interface in French says no English word (and the reverse) on its screens, the
    stage display and its dialogs, on a day that was run; the event's own words are set
    aside."""
    from facilitateur.export.json_export import event_document
    from facilitateur.ui.export_dialog import ExportDialog, PdfChoice
    from facilitateur.ui.file_dialogs import file_dialog
    from facilitateur.ui.help_dialog import ShortcutsDialog
    from facilitateur.ui.openspace.suggest_dialog import SuggestDialog
    from facilitateur.ui.openspace.topic_dialogs import TopicDialog
    from facilitateur.ui.preferences import Preferences, PreferencesDialog
    from facilitateur.ui.prepare.import_dialog import ImportDialog
    from facilitateur.ui.run.message_dialog import MessageDialog
    from facilitateur.ui.run.replan_dialog import ReplanDialog
    from facilitateur.ui.run.speaking_dialog import SpeakingDialog
    from facilitateur.ui.run.take_up_dialog import TakeUpDialog

    path = tmp_path / "ran.facil"
    shutil.copy(day_that_ran, path)
    make_app(lang)
    clock = FakeClock(datetime(2016, 1, 19, 17, 40, tzinfo=PARIS))
    w = MainWindow(ScriptedInteraction(), clock)
    qtbot.addWidget(w)
    w.remember_geometry = False
    assert w.open_path(path)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    with w.current.file.session() as s:
        content = [*_content(event_document(s, include_internal=True)), str(path)]
    # The file dialog lists the folders it is in, whose names are no language's.
    content += sorted({str(p) for p in (tmp_path, Path.home())}, key=len, reverse=True)
    foreign = ENGLISH if lang == "fr" else FRENCH
    texts: list[str] = []
    for screen in (
        ActionId.SCREEN_PREPARE,
        ActionId.SCREEN_RUN,
        ActionId.SCREEN_NOTES,
        ActionId.SCREEN_OPEN_SPACE,
    ):
        w.show_screen(screen)
        QApplication.processEvents()
        texts += _texts(w)
        if screen == ActionId.SCREEN_OPEN_SPACE:
            tabs = w.open_space.tabs
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                texts += _texts(w.open_space)
    texts += [a.text() for a in w.menuBar().actions()]
    texts += [a.text() for m in w.menuBar().findChildren(QWidget) for a in m.actions()]
    w.show_screen(ActionId.SCREEN_RUN)
    qtbot.keyClick(w.run, Qt.Key.Key_F5)
    qtbot.waitExposed(w.run.stage)
    w.run.refresh()
    texts += _texts(w.run.stage)
    w.run.stage.close()
    event = w.current
    dialogs = [
        SpeakingDialog(event, clock, w),
        ReplanDialog(event, clock, w),
        TakeUpDialog(event, clock, w),
        ImportDialog(event, w),
        ShortcutsDialog(w),
        PreferencesDialog(Preferences.saved(), w),
        ExportDialog(PdfChoice.remembered(lang), w),
        SuggestDialog(w.open_space.board, w),
        TopicDialog(w.open_space.board.topics[0], w),
        MessageDialog("", False, w),
        w.open_space.setup_dialog(),
        file_dialog(w, "", tmp_path, ""),
    ]
    for dialog in dialogs:
        dialog.show()
        QApplication.processEvents()
        texts += _texts(dialog)
        dialog.close()
    slips = _slips(texts, content, foreign)
    assert slips == set()
    w.current.file.close()


def test_the_scan_finds_a_word_of_the_other_language():
    assert _slips(["Bloc suivant : Table ronde"], ["Table ronde"], ENGLISH) == set()
    assert _slips(["Next block: Table ronde"], ["Table ronde"], FRENCH) == set()
    assert _slips(["Écran 1 (screen)"], [], ENGLISH) == {"'screen' in 'Écran 1 (screen)'"}


def test_the_screen_picker_names_screens_in_the_language(qtbot, podium):
    lang, w, _clock = podium
    picker = w.run.stage_control.screens
    names = [picker.itemText(i) for i in range(picker.count())]
    assert names and all(n.startswith({"fr": "Écran 1", "en": "Screen 1"}[lang]) for n in names[:1])
