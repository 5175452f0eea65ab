"""Notes, decisions and actions: capture syntax, commands and undo, internal notes kept out."""

from __future__ import annotations

import json
from datetime import date

import pytest

from facilitateur.export.json_export import event_document
from facilitateur.models.commands import CommandError
from facilitateur.models.notes.capture import Capture, parse_capture
from facilitateur.models.notes.model import Note

TODAY = date(2016, 1, 19)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("D: On crée un comité de pilotage", Capture("decision", "On crée un comité de pilotage")),
        (
            "A: Envoyer le compte rendu @Marie avant le 15/03",
            Capture("action", "Envoyer le compte rendu", "Marie", date(2016, 3, 15)),
        ),
        (
            "A: Share the minutes @Tom by 2026-03-15",
            Capture("action", "Share the minutes", "Tom", date(2026, 3, 15)),
        ),
        (
            "A: Relancer la mairie @Jean_DUPONT pour le 2 février",
            Capture("action", "Relancer la mairie", "Jean DUPONT", date(2016, 2, 2)),
        ),
        (
            "A: Bilan avant le 10/01",
            Capture("action", "Bilan", "", date(2017, 1, 10)),
        ),  # the next 10 January
        ("? Qui finance la suite", Capture("question", "Qui finance la suite")),
        ("« Il faut oser la confiance »", Capture("quote", "Il faut oser la confiance")),
        ('"We need trust"', Capture("quote", "We need trust")),
        ("I: Une plateforme commune", Capture("idea", "Une plateforme commune")),
        ("Le PTCE de Charenton a dix ans", Capture("note", "Le PTCE de Charenton a dix ans")),
    ],
)
def test_capture_prefixes_in_french_and_english(line, expected):
    assert parse_capture(line, TODAY) == expected


def notes(ef) -> list[Note]:
    with ef.session() as s:
        return list(s.query(Note).order_by(Note.created_at))


def test_a_note_is_linked_to_its_block_and_speaker_and_every_change_undoes(sample_file, clock):
    sample_file.execute(
        "note.add",
        {
            "block": "#2.2",
            "kind": "quote",
            "text": "Oser la confiance",
            "speaker": "yannick blanc",
            "author": "Julie",
        },
    )
    (n,) = notes(sample_file)
    assert (n.kind, n.author, n.speaker_id is not None, n.block_id is not None) == (
        "quote",
        "Julie",
        True,
        True,
    )
    clock.advance(60)
    sample_file.execute("note.update", {"note": str(n.id), "text": "Il faut oser la confiance"})
    sample_file.execute("note.move", {"note": str(n.id), "block": "#3"})
    sample_file.execute("note.remove", {"note": str(n.id)})
    assert notes(sample_file) == []
    for _ in range(3):
        sample_file.undo()
    (n,) = notes(sample_file)
    assert n.text == "Oser la confiance"


def test_actions_have_a_status_and_others_do_not(sample_file):
    sample_file.execute(
        "note.add", {"block": "#1", "kind": "action", "text": "Envoyer", "owner": "Marie"}
    )
    sample_file.execute("note.add", {"block": "#1", "text": "Une note"})
    action, note = notes(sample_file)
    assert (action.status, note.status) == ("open", "")
    sample_file.execute("action.set_status", {"note": str(action.id), "status": "done"})
    with pytest.raises(CommandError, match="only an action"):
        sample_file.execute("action.set_status", {"note": str(note.id), "status": "done"})
    with pytest.raises(CommandError, match="nobody named"):
        sample_file.execute("note.add", {"text": "x", "speaker": "Personne INCONNUE"})


def test_internal_notes_stay_out_of_the_json_export_unless_asked(sample_file):
    sample_file.execute("note.add", {"block": "#1", "text": "Penser à remercier la FNCE"})
    sample_file.execute(
        "note.add", {"block": "#1", "text": "Le micro 2 grésille", "internal": True}
    )
    with sample_file.session() as s:
        public = event_document(s)
        everything = event_document(s, include_internal=True)
    assert [n["text"] for n in public["notes"]] == ["Penser à remercier la FNCE"]
    assert "grésille" not in json.dumps(public, ensure_ascii=False)  # not even in the journal
    assert [n["text"] for n in everything["notes"]] == [
        "Penser à remercier la FNCE",
        "Le micro 2 grésille",
    ]
