"""Hostile and arbitrary input to the programme parser: a result or a located error, fast."""

from __future__ import annotations

import time

from fuzz_count import seen, took
from hypothesis import given
from hypothesis import strategies as st

from facilitateur.models.programme import ProgrammeError, parse_programme
from facilitateur.models.programme.from_json import check_contract

TOKENS = [
    "9h",
    "9h15",
    "09:15",
    "12:00 Noon",
    "1:00",
    "9.15",
    "pm",
    "-",
    "–",
    "à",
    "to",
    "de",
    ":",
    "•",
    "o",
    "►",
    "1.",
    "Table ronde",
    "Pause",
    "REPAS",
    "Yannick BLANC,",
    "Préfet",
    "Intervenants :",
    "Moderator:",
    "(",
    ")",
    "[20 mn]",
    "(45 min)",
    "19 janvier 2016",
    "Samedi 14 mai",
    "matin",
    "PROGRAMME",
    "«",
    "»",
    "\t",
    "|",
    "\n",
    "\n\n",
    " ",
    "é",
    "‮",
    "😀",
    "\x00",
    "\x1b",
    "Agenda 21)",
]
programme_like = st.lists(st.sampled_from(TOKENS), max_size=120).map(" ".join)


def _parse(text: str, fmt: str = "text") -> None:
    start = time.perf_counter()
    try:
        result = parse_programme(text, fmt)
    except ProgrammeError as e:
        assert e.line >= 1 and e.message
    else:
        check_contract(result)  # whatever comes out has the contract's shape
    took(start, f"programme read ({fmt})")  # a figure for benchmarks, not an assertion


@given(st.text(max_size=3000))
def test_any_text_gives_a_programme_or_a_located_error(text):
    seen("programme text")
    _parse(text)


@given(programme_like)
def test_programme_like_noise_gives_a_programme_or_a_located_error(text):
    seen("programme text")
    _parse(text)


@given(programme_like)
def test_any_csv_gives_a_programme_or_a_located_error(text):
    seen("programme CSV")
    _parse("Début;Fin;Titre;Intervenants\n" + text.replace(" ", ";"), "csv")


@given(st.text(max_size=2000))
def test_any_json_gives_a_programme_or_a_located_error(text):
    seen("programme JSON")
    _parse(text, "json")


def test_a_one_megabyte_paste_is_read_whole():
    line = "9h15-10h30 : La diversité des enjeux des territoires, avec Yannick BLANC, Préfet\n"
    count = 1_000_000 // len(line)
    result = parse_programme(line * count)
    assert len(result["days"][0]["blocks"]) == count


# Lines built to make a pattern try every split of their spaces or hyphens (a dozen authors each
# with a bracket then no end, a paragraph of prose after a colon, a run of hyphens after `ville
# de`): read as any line is, their time noted for benchmarks/reliability.py like every case here.
BACKTRACKING_BAIT = [
    "9h00 - 9h30 : " + ", ".join(["Ann Lee (Acme)"] * 12) + " trailing!\n10h Pause\n",
    ("Informations pratiques : " + "un mot de plus " * 290 + "\n") * 10 + "9h Accueil\n",
    "9h Table ronde\nAvec Jean Dupont, maire, ville de " + "-".join(["A"] * 24) + " 2\n",
]


def test_lines_built_to_backtrack_give_a_programme():
    for text in BACKTRACKING_BAIT:
        seen("programme text")
        _parse(text)
    assert parse_programme(BACKTRACKING_BAIT[0])["days"][0]["blocks"][0]["start"] == "09:00"
