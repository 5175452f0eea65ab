"""The printed board and room signs: the real CLI, hostile text, read back with pypdf."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_cli import run

from facilitateur.export.board_pdf import signs_path, write_board, write_signs
from facilitateur.models.openspace.board import read_board
from facilitateur.models.storage.replay import replay

FORUM = Path(__file__).parent / "fixtures" / "forum-ouvert.jsonl"
HOSTILE = [
    "<b>gras</b> & <font size=80>énorme</font> <para>",
    "contrôle\x00\x07\x1b[31m fin",
    "Anticonstitutionnellement" * 12,
    "العمل الجماعي في الأقاليم",
    "Écologie 🌱 et 日本語",
]


def test_the_cli_prints_the_board_and_the_signs(sample_file, tmp_path):
    replay(sample_file, FORUM.read_text(encoding="utf-8").splitlines())
    sample_file.close()
    out = tmp_path / "tableau.pdf"
    result = run("export", "board", "--db", sample_file.location, "-o", str(out), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "room signs" in result.stderr
    page = PdfReader(out).pages[0]
    assert "Open Space — the workshop board" in page.extract_text()
    # The English export names its signs in English, beside the board.
    assert signs_path(out, "en").name == "tableau-rooms.pdf"
    signs = PdfReader(signs_path(out, "en"))
    assert len(signs.pages) == 6
    text = signs.pages[0].extract_text()
    assert "Grand auditorium" in text and "120 seats" in text and "by Marc Lefèvre" in text
    assert not list(tmp_path.glob("*.part"))


def test_hostile_text_is_escaped_and_every_page_reads_back(sample_file, tmp_path):
    ef = sample_file
    for i, text in enumerate(HOSTILE):
        ef.execute("topic.add", {"title": text, "convener": text[:40]})
        ef.execute("topic.assign", {"topic": f"#{i + 1}", "room": f"#{i % 6 + 1}", "slot": "#1"})
    ef.execute("room.update", {"room": "#2", "name": "<i>Salle</i> & co", "notes": "\x00 <br/>"})
    with ef.session() as s:
        board = read_board(s)
    grid = write_board(board, tmp_path / "b.pdf", "Titre <b>&</b>", "fr")
    signs = write_signs(board, tmp_path / "s.pdf", "Titre <b>&</b>", "fr")
    text = "".join(PdfReader(grid).pages[0].extract_text().split())
    assert "<b>gras</b>&<fontsize=80>énorme</font>" in text and "<i>Salle</i>&co" in text
    assert "\x1b" not in text and "\x07" not in text
    assert len(PdfReader(signs).pages) == 6
    if shutil.which("qpdf"):
        for pdf in (grid, signs):
            assert (
                subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True).returncode == 0
            )


def test_an_empty_board_still_prints(event_file, tmp_path):
    with event_file.session() as s:
        board = read_board(s)
    write_board(board, tmp_path / "b.pdf", "", "fr")
    write_signs(board, tmp_path / "s.pdf", "", "fr")
    assert "Aucun atelier" in PdfReader(tmp_path / "s.pdf").pages[0].extract_text()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_many_rooms_shrink_to_one_page(sample_file, tmp_path, lang):
    ef = sample_file
    for i in range(14):
        ef.execute("room.add", {"name": f"Salle {i}", "capacity": 10 + i})
    for i in range(40):
        ef.execute("topic.add", {"title": f"Sujet numéro {i} assez long pour passer à la ligne"})
        ef.execute(
            "topic.assign",
            {"topic": f"#{i + 1}", "room": f"#{i % 20 + 1}", "slot": f"#{i // 20 + 1}"},
        )
    with ef.session() as s:
        board = read_board(s)
    assert len(PdfReader(write_board(board, tmp_path / "b.pdf", "", lang)).pages) == 1
