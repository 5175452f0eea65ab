"""A workshop's report typed as a note-taker types it: real key events at a person's pace, the
save timer firing between the words, then the report read back from the file and from another
process. Nothing typed may be lost or moved."""

from __future__ import annotations

import pytest
from helpers import exported, open_space_window, type_keys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from facilitateur.models.notes.model import Note, NoteKind
from facilitateur.models.openspace.model import Proposal, Topic, WorkshopReport

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, tmp_path):
    w = open_space_window(qtbot, tmp_path)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    yield w
    w.run.stage.close()
    w.current.file.close()


def open_report(window, title_start: str):
    os = window.open_space
    os.tabs.setCurrentWidget(os.reports)
    tab = os.reports
    row = next(
        i for i in range(tab.list.count()) if tab.list.item(i).text().startswith(title_start)
    )
    tab.list.setCurrentRow(row)
    return tab.form


def focused():
    return QApplication.focusWidget()


def type_text(qtbot, text: str) -> None:
    """Keys as a person types them, into whatever has the keyboard."""
    type_keys(qtbot, focused(), text)


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), k, modifier)


def pause(qtbot, form) -> None:
    """The note-taker stops to listen: the save timer fires (and the screen refreshes)."""
    qtbot.waitUntil(lambda: not form.timer.isActive(), timeout=3000)
    qtbot.wait(50)


def stored_report(window, title_start: str) -> dict:
    with window.current.file.session() as s:
        topic = next(t for t in s.scalars(select(Topic)) if t.title.startswith(title_start))
        report = s.scalars(select(WorkshopReport).where(WorkshopReport.topic_id == topic.id)).one()
        q = select(Proposal).where(Proposal.report_id == report.id).order_by(Proposal.position)
        proposals = [p.text for p in s.scalars(q)]
        q = select(Note).where(Note.topic_id == topic.id, Note.kind == NoteKind.ACTION)
        steps = [
            (n.text, n.owner, n.due.isoformat() if n.due else None)
            for n in s.scalars(q.order_by(Note.created_at, Note.id))
        ]
        return {
            "topic": str(topic.id),
            "convener": report.convener,
            "note_taker": report.note_taker,
            "count": report.participants_count,
            "names": report.participant_names,
            "key_points": report.key_points,
            "proposals": proposals,
            "steps": steps,
            "status": report.status,
        }


def exported_report(path, topic_id: str) -> dict:
    """The same report as another process reads it (`facilitateur export json`)."""
    doc = exported(path)
    space = doc["open_space"]
    report = next(r for r in space["reports"] if r["topic_id"] == topic_id)
    proposals = sorted(report["proposals"], key=lambda p: p["position"])
    steps = [
        (n["text"], n["owner"], n["due"])
        for n in doc["notes"]
        if n["topic_id"] == topic_id and n["kind"] == "action"
    ]
    return {
        "topic": topic_id,
        "convener": report["convener"],
        "note_taker": report["note_taker"],
        "count": report["participants_count"],
        "names": report["participant_names"],
        "key_points": report["key_points"],
        "proposals": [p["text"] for p in proposals],
        "steps": steps,
        "status": report["status"],
    }


KEY_POINTS = (
    "Les achats groupés réduisent les coûts\n"
    "Il faut un référent « achats » par commune\n"
    "Budget : 12 000 € sur 3 ans\n"
    "Partenaires : Caisse d’Épargne, Région"
)


def test_every_field_of_the_report_keeps_every_keystroke(window, qtbot):
    form = open_report(window, "Mutualiser")
    form.convener.setFocus()
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "Claire Dubois, Éric")
    pause(qtbot, form)  # saved while the name is being typed …
    type_text(qtbot, " N’Guyen")  # … and the typing goes on where it was
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.note_taker
    type_text(qtbot, "Léa ")
    pause(qtbot, form)
    type_text(qtbot, "Roussel")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() in (form.count, form.count.lineEdit())
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_text(qtbot, "14")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.names
    type_text(qtbot, "Anne, Paul, ")
    pause(qtbot, form)
    type_text(qtbot, "Zoé")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.key_points

    # Key points: a line, Return, the save, the next line; then a paste.
    type_text(qtbot, "Les achats groupés réduisent les coûts")
    pause(qtbot, form)
    key(qtbot, Qt.Key.Key_Return)
    pause(qtbot, form)  # the save after the Return must not take the new line away
    type_text(qtbot, "Il faut un référent « achats »")
    pause(qtbot, form)
    type_text(qtbot, " par commune")
    key(qtbot, Qt.Key.Key_Return)
    QApplication.clipboard().setText(
        "Budget : 12 000 € sur 3 ans\nPartenaires : Caisse d’Épargne, Région"
    )
    key(qtbot, Qt.Key.Key_V, CTRL)
    pause(qtbot, form)
    assert form.key_points.toPlainText() == KEY_POINTS
    key(qtbot, Qt.Key.Key_Tab)  # Tab moves on: it types no tab character
    assert focused() is form.proposals
    assert "\t" not in form.key_points.toPlainText()

    type_text(qtbot, "Créer une centrale d’achat")
    key(qtbot, Qt.Key.Key_Return)
    pause(qtbot, form)
    type_text(qtbot, "Un groupement ")
    pause(qtbot, form)
    type_text(qtbot, "de commandes")
    key(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Une charte d’achat responsable")
    pause(qtbot, form)

    on_screen = {
        "convener": form.convener.text(),
        "note_taker": form.note_taker.text(),
        "count": form.count.value(),
        "names": form.names.text(),
        "key_points": form.key_points.toPlainText(),
        "proposals": form.proposals.toPlainText(),
    }
    assert on_screen == {
        "convener": "Claire Dubois, Éric N’Guyen",
        "note_taker": "Léa Roussel",
        "count": 14,
        "names": "Anne, Paul, Zoé",
        "key_points": KEY_POINTS,
        "proposals": "Créer une centrale d’achat\nUn groupement de commandes\n"
        "Une charte d’achat responsable",
    }
    stored = stored_report(window, "Mutualiser")
    expected = {
        "topic": stored["topic"],
        "convener": "Claire Dubois, Éric N’Guyen",
        "note_taker": "Léa Roussel",
        "count": 14,
        "names": "Anne, Paul, Zoé",
        "key_points": KEY_POINTS,
        "proposals": [
            "Créer une centrale d’achat",
            "Un groupement de commandes",
            "Une charte d’achat responsable",
        ],
        "steps": [],
        "status": "draft",
    }
    assert stored == expected
    assert exported_report(window.current.file.path, stored["topic"]) == expected


def test_next_steps_are_typed_what_tab_who_tab_by_when_and_read_back(window, qtbot):
    interaction = window.interaction
    form = open_report(window, "Bénévolat")
    form.proposals.setFocus()
    key(qtbot, Qt.Key.Key_Tab)  # the table, empty: on to the button
    if focused() is form.steps:
        key(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.add_step
    key(qtbot, Qt.Key.Key_Return)  # a new step, its first cell open for typing at once
    assert form.steps.rowCount() == 1 and form.steps.editing()
    type_text(qtbot, "Rédiger la convention")
    key(qtbot, Qt.Key.Key_Tab)  # → who (the step is saved meanwhile)
    type_text(qtbot, "Claire ")
    pause(qtbot, form)  # saved while the owner is being typed: the cell stays open
    assert form.steps.editing()
    type_text(qtbot, "Dubois")
    key(qtbot, Qt.Key.Key_Tab)  # → by when
    type_text(qtbot, "15/03")
    key(qtbot, Qt.Key.Key_Tab)  # → a new step
    assert form.steps.rowCount() == 2 and form.steps.currentRow() == 1
    type_text(qtbot, "Envoyer le compte rendu aux participants")
    pause(qtbot, form)
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Léa Roussel")
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "1er avril")
    key(qtbot, Qt.Key.Key_Return)  # ends the step …
    key(qtbot, Qt.Key.Key_Return)  # … and another Return adds nothing
    pause(qtbot, form)
    assert form.steps.rowCount() == 2 and not form.steps.editing()

    # Empty rows are not kept: a step opened and left at once goes.
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert form.steps.rowCount() == 3
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.steps.rowCount() == 2)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: form.steps.rowCount() == 2)

    expected = [
        ("Rédiger la convention", "Claire Dubois", "2016-03-15"),
        ("Envoyer le compte rendu aux participants", "Léa Roussel", "2016-04-01"),
    ]
    stored = stored_report(window, "Bénévolat")
    assert stored["steps"] == expected
    assert exported_report(window.current.file.path, stored["topic"])["steps"] == expected

    # A step with an owner but nothing to do cannot go unnoticed when the report is marked done.
    key(qtbot, Qt.Key.Key_Return, CTRL)
    key(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Marc")
    key(qtbot, Qt.Key.Key_Return)
    pause(qtbot, form)
    assert form.steps.rowCount() == 3
    interaction.confirmations[:] = [False]
    form.status.setCurrentIndex(form.status.findData("done"))
    assert form.status.currentData() != "done"
    assert stored_report(window, "Bénévolat")["status"] == "draft"
    interaction.confirmations[:] = [True]
    form.status.setCurrentIndex(form.status.findData("done"))
    assert stored_report(window, "Bénévolat")["status"] == "done"
    assert stored_report(window, "Bénévolat")["steps"] == expected

    # Del on a step (not while typing in it) removes it.
    form.steps.setFocus()
    form.steps.setCurrentCell(0, 0)
    key(qtbot, Qt.Key.Key_Delete)
    pause(qtbot, form)
    assert stored_report(window, "Bénévolat")["steps"] == expected[1:]


def test_next_steps_saved_at_once_come_back_in_the_order_typed(sample_file):
    ef = sample_file
    ef.execute("topic.add", {"title": "Atelier", "convener": "Anne"})
    steps = [{"text": f"Étape {i}", "owner": "Anne", "due": None} for i in range(8)]
    ef.execute("report.set", {"topic": "#1", "next_steps": steps})
    with ef.session() as s:
        q = select(Note).where(Note.kind == NoteKind.ACTION)
        texts = [n.text for n in s.scalars(q.order_by(Note.created_at, Note.id))]
    assert texts == [f"Étape {i}" for i in range(8)]


def test_a_deadline_is_read_as_a_person_types_it():
    from datetime import date

    from facilitateur.models.notes.deadlines import read_deadline as parse_date

    day = date(2016, 1, 19)  # the event's day: a date without a year is the next one after it
    assert parse_date("15/03", day) == date(2016, 3, 15)
    assert parse_date("15.03.16", day) == date(2016, 3, 15)
    assert parse_date("2016-03-15", day) == date(2016, 3, 15)
    assert parse_date("1er avril", day) == date(2016, 4, 1)
    assert parse_date("15 mars 2017", day) == date(2017, 3, 15)
    assert parse_date("10/01", day) == date(2017, 1, 10)
    assert parse_date("lundi", day) == date(2016, 1, 25)  # the next Monday
    for text in ("fin mars", "32/01", "", "lundi soir", "15/03 à Paris"):
        assert parse_date(text, day) is None


def test_a_save_between_any_two_keystrokes_changes_nothing_typed(window, qtbot):
    form = open_report(window, "Réussir")
    form.key_points.setFocus()
    text = "Surtout éviter l’« usine à gaz »\nDes binômes\n\nÉcrire « ensemble »"
    for ch in text:  # the save (and the screen's refresh) after every key
        type_text(qtbot, ch)
        form.save()
        QApplication.processEvents()
    assert form.key_points.toPlainText() == text
    assert form.key_points.textCursor().position() == len(text)  # the cursor never moved
    assert stored_report(window, "Réussir")["key_points"] == text
