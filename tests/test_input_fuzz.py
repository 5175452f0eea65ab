"""Hostile input of every other kind: spreadsheets, event documents, journal lines, note text.
Each gives a result or a clear error with its place — never a traceback, never a hang."""

from __future__ import annotations

import io
import json
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from fuzz_count import seen, took
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl.utils.exceptions import IllegalCharacterError

from facilitateur.clock import FakeClock
from facilitateur.export.json_import import DocumentError, import_json
from facilitateur.models.commands import REGISTRY, CommandError
from facilitateur.models.programme import ProgrammeError
from facilitateur.models.programme.api import parse_file
from facilitateur.models.storage.replay import ReplayError, parse_line, replay
from facilitateur.models.storage.store import EventFile

CLOCK = datetime(2016, 1, 19, 8, 0, tzinfo=UTC)
PIECES = ["\x00", "\x1b[31m", "\u202e", "😀", "<b>", "&amp;", "\r\n", "العربية", "é", " "]
HOSTILE_TEXT = st.one_of(
    st.text(st.characters(codec=None, exclude_categories=("Cs",)), max_size=400),
    st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=60).map("".join),
)
cell = st.one_of(
    st.none(),
    HOSTILE_TEXT,
    st.integers(-(10**9), 10**9),
    st.floats(allow_nan=True, allow_infinity=True),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from(["9h15", "10:30", "Table ronde", "Début", "Fin", "Titre", "Intervenants"]),
)
# References as commands take them (`#N`, `#N.M`), numbers of any length included.
_NUMBER = st.integers(min_value=0, max_value=10**30)
REFS = st.builds(lambda n, m: f"#{n}" if m is None else f"#{n}.{m}", _NUMBER, st.none() | _NUMBER)
# Lone surrogates: valid in a JSON string (`"\ud800"`), not text any file can hold.
SURROGATE_TEXT = st.text(st.characters(codec=None, categories=("Cs", "Ll")), min_size=1, max_size=8)
JSONISH = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | HOSTILE_TEXT
    | SURROGATE_TEXT
    | REFS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(HOSTILE_TEXT, inner, max_size=5),
    max_leaves=30,
)
# JSON nested to any depth, as text (Python's own encoder would give up before the reader).
DEEP = st.builds(
    lambda n, kind: (("[" * n) + ("]" * n)) if kind else ('{"a":' * n) + "1" + ("}" * n),
    st.integers(1, 30_000),
    st.booleans(),
)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(cell, max_size=6), max_size=25))
def test_any_spreadsheet_gives_a_programme_or_a_located_error(rows):
    seen("programme xlsx")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        try:
            sheet.append(row)
        except (ValueError, TypeError, IllegalCharacterError):  # openpyxl refuses these itself
            return
    data = io.BytesIO()
    book.save(data)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "programme.xlsx"
        path.write_bytes(data.getvalue())
        start = time.perf_counter()
        try:
            parse_file(path)
        except ProgrammeError as e:
            assert e.line >= 1 and e.message
        took(start)


@given(st.binary(max_size=3000))
def test_any_bytes_named_xlsx_give_a_located_error(data):
    seen("programme xlsx")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "programme.xlsx"
        path.write_bytes(b"PK" + data)
        try:
            parse_file(path)
        except ProgrammeError as e:
            assert e.line >= 1 and e.message


def _document(content: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "doc.json", Path(folder) / "new.facil"
        source.write_text(content, encoding="utf-8", errors="surrogatepass")
        start = time.perf_counter()
        try:
            import_json(source, target, FakeClock(CLOCK)).close()
        except DocumentError as e:
            assert str(e).startswith(str(source)) or str(e).startswith(str(target))
            assert sorted(p.name for p in Path(folder).iterdir()) == ["doc.json"]  # no file left
        took(start, "event JSON document imported")


@given(HOSTILE_TEXT)
def test_any_text_as_an_event_document_gives_an_event_or_a_located_error(text):
    seen("event JSON document")
    _document(text)


@given(JSONISH)
def test_any_json_value_as_an_event_document_gives_an_event_or_a_located_error(value):
    seen("event JSON document")
    _document(json.dumps(value, ensure_ascii=False))


@given(
    st.dictionaries(
        st.sampled_from(
            ["event", "days", "people", "notes", "rooms", "topics", "format", "version", "journal"]
        ),
        JSONISH,
        max_size=8,
    )
)
def test_event_like_documents_give_an_event_or_a_located_error(doc):
    seen("event JSON document")
    # Escaped (`\ud800`): the form in which a surrogate reaches the reader as a string.
    _document(json.dumps({"format": "facilitateur-event", **doc}))


COMMANDS = sorted(REGISTRY)


def _scratch(tmp_path_factory):
    ef = EventFile.open(tmp_path_factory.mktemp("fuzz") / "fuzz.facil", FakeClock(CLOCK))
    ef.execute("event.set", {"title": "Fuzz", "date": "2016-01-19", "start": "09:00"})
    ef.execute("block.add", {"title": "Accueil", "start": "09:00", "end": "09:30"})
    return ef


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    ef = _scratch(tmp_path_factory)
    yield ef
    ef.close()


@pytest.fixture(scope="module")
def pdf_scratch(tmp_path_factory):
    """A file of its own: the PDF is laid out at each case, without the 1 MB note."""
    ef = _scratch(tmp_path_factory)
    yield ef
    ef.close()


@given(HOSTILE_TEXT)
def test_any_journal_line_parses_or_says_why(raw):
    seen("journal lines")
    try:
        parse_line(raw)
    except ValueError as e:
        assert str(e)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(COMMANDS), st.sampled_from(["text", "title", "block", "x"]), DEEP)
def test_a_command_nested_to_any_depth_is_refused_in_words(scratch, cmd, key, deep):
    seen("journal lines")
    line = f'{{"cmd": "{cmd}", "args": {{"{key}": {deep}}}}}'
    before = _count(scratch)
    start = time.perf_counter()
    try:
        replay(scratch, [line])
    except ReplayError as e:
        assert e.line == 1 and e.message
    assert _count(scratch) in (before, before + 1)
    took(start)


@given(DEEP, st.sampled_from(["event", "days", "notes", "journal", "x"]))
def test_an_event_document_nested_to_any_depth_gives_a_located_error(deep, key):
    seen("event JSON document")
    _document(f'{{"format": "facilitateur-event", "version": 1, "{key}": {deep}}}')


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.sampled_from(COMMANDS),
    st.dictionaries(
        HOSTILE_TEXT
        | st.sampled_from(
            [
                "block",
                "text",
                "title",
                "topic",
                "room",
                "slot",
                "day",
                "start",
                "end",
                "kind",
                "name",
            ]
        ),
        JSONISH,
        max_size=5,
    ),
)
def test_any_command_with_any_arguments_applies_or_is_refused_whole(scratch, cmd, args):
    seen("journal lines")
    line = json.dumps({"cmd": cmd, "args": args}, ensure_ascii=False)
    before = scratch.redo_label(), _count(scratch)
    start = time.perf_counter()
    try:
        replay(scratch, [line])
    except ReplayError as e:
        assert e.line == 1 and e.message
        assert (scratch.redo_label(), _count(scratch)) == before  # nothing half-applied
    took(start)


def _count(ef) -> int:
    with ef.session() as s:
        from facilitateur.models.storage.journal import JournalEntry

        return s.query(JournalEntry).count()


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(HOSTILE_TEXT.filter(lambda t: t.strip()))
def test_any_note_text_is_kept_exactly_or_refused(scratch, text):
    seen("note text")
    start = time.perf_counter()
    try:
        changes = scratch.execute("note.add", {"block": "#1", "text": text})
    except CommandError as e:
        assert "note" in str(e)
        return
    took(start)
    from facilitateur.models.notes.model import Note

    with scratch.session() as s:
        stored = s.get(Note, next(iter(changes.ids)))
        assert stored is None or stored.text == text.strip().replace("\x00", "\ufffd")


def test_a_one_megabyte_paste_into_a_note_is_saved(scratch):
    seen("note text")
    text = ("Les territoires pionniers ‮ 😀 \x00 <b>&</b> " * 30_000)[:1_000_000]
    start = time.perf_counter()
    changes = scratch.execute("note.add", {"block": "#1", "text": text})
    took(start)
    assert changes.ids


@settings(
    max_examples=max(10, settings.default.max_examples // 8),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(HOSTILE_TEXT.filter(lambda t: t.strip()), HOSTILE_TEXT.filter(lambda t: t.strip()))
def test_a_synthesis_of_fuzzed_content_passes_qpdf_and_reads_back(pdf_scratch, note, title):
    import shutil
    import subprocess

    from pypdf import PdfReader

    from facilitateur.export.pdf import gather, write_pdf

    seen("PDF of fuzzed content")
    pdf_scratch.execute(
        "note.add", {"block": "#1", "kind": "action", "text": note, "owner": title[:50]}
    )
    pdf_scratch.execute("topic.add", {"title": title[:400], "convener": note[:100]})
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "s.pdf"
        with pdf_scratch.session() as s:
            data = gather(s, CLOCK)
        pages = write_pdf(data, out, "fr", ["blocks", "openspace", "actions"])
        assert len(PdfReader(out).pages) == pages
        if shutil.which("qpdf"):
            check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True)
            assert check.returncode == 0, check.stdout


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(REFS, st.sampled_from(["block.update", "note.add", "speaker.add", "timer.start"]))
@example("#1", "timer.start")  # twice: the second is refused, the block's timer running
@example("#1", "timer.start")
def test_any_block_number_names_a_block_or_is_refused_in_words(scratch, ref, cmd):
    seen("journal lines")
    extra = {
        "block.update": {"title": "Bloc"},
        "note.add": {"text": "Mot"},
        "speaker.add": {"name": "Anne"},
        "timer.start": {},
    }[cmd]
    try:
        replay(scratch, [json.dumps({"cmd": cmd, "args": {"block": ref, **extra}})])
    except ReplayError as e:  # never an exception of the database for a number out of range
        assert e.line == 1 and e.message
        if ref != "#1":  # the scratch's one block may refuse for its state (its timer running)
            assert "no block" in e.message or "no segment" in e.message
