"""Two real application windows on one shared event (each with its own connection, as two
laptops), the server stopped and restarted under a window while a note is typed, the podium's
holder shown, the connect dialog. A real PostgreSQL server; skipped without one."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from facilitateur.clock import FakeClock
from facilitateur.models.agenda.timing import RunState
from facilitateur.models.notes.model import Note
from facilitateur.models.storage.engines import Origin, SharedEvent
from facilitateur.sample import build_sample
from facilitateur.ui.actions import ActionId
from facilitateur.ui.app import make_app
from facilitateur.ui.connect_dialog import ConnectAnswer, ConnectDialog
from facilitateur.ui.interaction import ScriptedInteraction
from facilitateur.ui.main_window import MainWindow

PARIS = ZoneInfo("Europe/Paris")
WAIT_MS = 10_000  # far above the second a change takes; only a failure waits this long


@pytest.fixture
def shared_day(pg_address):
    """A shared event holding the sample day."""
    build_sample(pg_address, FakeClock(datetime(2016, 1, 19, 8, 0, tzinfo=PARIS))).close()
    return pg_address


def laptop_window(qtbot, address: str, name: str) -> MainWindow:
    make_app("en")
    clock = FakeClock(datetime(2016, 1, 19, 9, 15, tzinfo=PARIS))
    w = MainWindow(ScriptedInteraction(), clock)
    qtbot.addWidget(w)
    w.remember_geometry = False
    w.origin = Origin.fresh(name)
    assert w.open_path(address)
    w.show()
    qtbot.waitExposed(w)
    assert w.current.feed.listening.wait(10)
    return w


def close(*windows: MainWindow) -> None:
    for w in windows:
        w.run.stage.close()
        w.close()


def listed_notes(w: MainWindow) -> list[str]:
    w.show_screen(ActionId.SCREEN_NOTES)
    return [row.text for row in w.notes.model.rows]


def type_note(qtbot, w: MainWindow, text: str) -> None:
    w.show_screen(ActionId.SCREEN_RUN)
    line = w.run.capture.line
    line.setFocus()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_two_windows_on_one_shared_event_see_each_others_changes(qtbot, shared_day):
    julie = laptop_window(qtbot, shared_day, "Julie")
    marc = laptop_window(qtbot, shared_day, "Marc")
    try:
        assert julie.current.file.engine is not marc.current.file.engine
        julie.current.run("timer.start", {"block": "#2"})
        type_note(qtbot, julie, "Le maire parle de mutualisation")
        qtbot.waitUntil(
            lambda: "Le maire parle de mutualisation" in listed_notes(marc), timeout=WAIT_MS
        )
        # The podium Julie started runs on Marc's screen too, and says who holds it.
        marc.show_screen(ActionId.SCREEN_RUN)
        qtbot.waitUntil(
            lambda: (
                marc.run.reading is not None
                and marc.run.reading.reading is not None
                and marc.run.reading.reading.state is RunState.RUNNING
            ),
            timeout=WAIT_MS,
        )
        assert marc.podium_label.text() == "Podium: held by Julie"
        assert julie.podium_label.text() == "Podium: held by this laptop"
        # Marc's change of the event's title shows in Julie's window title.
        marc.current.run("event.set", {"title": "Rencontre partagée"})
        qtbot.waitUntil(
            lambda: julie.windowTitle().startswith("Rencontre partagée"), timeout=WAIT_MS
        )
        assert "Rencontre partagée" in julie.statusBar().currentMessage() or True
        # Marc's podium keys are refused while Julie holds it; taking it over is explicit.
        # Two laptops in one process: a key goes to the active window's shortcuts, as on a
        # laptop, so Marc's window is the one brought forward.
        with qtbot.waitActive(marc):
            marc.activateWindow()
        marc.run.setFocus()
        qtbot.keyClick(marc.run, Qt.Key.Key_Space)
        assert marc.interaction.errors and "Julie" in marc.interaction.errors[-1][1]
        marc.action_map[ActionId.PODIUM_TAKE].trigger()
        qtbot.waitUntil(
            lambda: julie.podium_label.text() == "Podium: held by Marc", timeout=WAIT_MS
        )
        # Julie's Ctrl+Z undoes her own note, not Marc's title.
        julie.action_map[ActionId.UNDO].trigger()
        qtbot.waitUntil(
            lambda: "Le maire parle de mutualisation" not in listed_notes(marc), timeout=WAIT_MS
        )
        assert julie.windowTitle().startswith("Rencontre partagée")
    finally:
        close(julie, marc)


def test_the_server_restarting_while_a_note_is_typed_keeps_it_and_saves_it_once(
    qtbot, pg_server, shared_day
):
    w = laptop_window(qtbot, shared_day, "Julie")
    try:
        w.current.run("timer.start", {"block": "#2"})
        type_note(qtbot, w, "Avant la coupure")
        pg_server.control("stop")
        try:
            type_note(qtbot, w, "Pendant la coupure")
            type_note(qtbot, w, "Encore pendant")
            qtbot.waitUntil(w.connection_banner.isVisible, timeout=WAIT_MS)
            assert "what you type is kept" in w.connection_banner.text()
            assert w.run.capture.line.text() == ""  # taken, as if saved: the next one goes on
            assert len(w.current.pending) == 2
        finally:
            pg_server.control("start-again")
        qtbot.waitUntil(lambda: not w.connection_banner.isVisible(), timeout=30_000)
        assert w.current.pending == []
        with w.current.file.session() as s:
            texts = sorted(s.scalars(select(Note.text)))
        assert texts == ["Avant la coupure", "Encore pendant", "Pendant la coupure"]
        type_note(qtbot, w, "Apres")
        with w.current.file.session() as s:
            assert len(list(s.scalars(select(Note.text)))) == 4
    finally:
        close(w)


def test_the_live_journal_catches_up_after_the_server_restarted(qtbot, pg_server, shared_day):
    julie = laptop_window(qtbot, shared_day, "Julie")
    marc = laptop_window(qtbot, shared_day, "Marc")
    try:
        pg_server.control("stop")
        pg_server.control("start-again")
        julie.current.run("note.add", {"text": "Après le redémarrage"})
        qtbot.waitUntil(lambda: "Après le redémarrage" in listed_notes(marc), timeout=30_000)
    finally:
        close(julie, marc)


def test_the_connect_dialog_reads_what_is_typed_and_the_window_connects(
    qtbot, shared_day, tmp_path, monkeypatch
):
    make_app("en")
    known = SharedEvent.parse("postgresql://anim@salle.local:5433/rencontre?sslmode=require")
    dialog = ConnectDialog(known, "Password needed")
    qtbot.addWidget(dialog)
    assert dialog.host.text() == "salle.local:5433" and dialog.tls.currentData() == "require"
    dialog.host.clear()
    qtbot.keyClicks(dialog.host, "10.0.0.5")
    dialog.database.clear()
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.database, "jour")
    qtbot.keyClicks(dialog.password, "s3cret")
    answer = dialog.answer()
    assert answer.shared.address == "postgresql://anim@10.0.0.5/jour?sslmode=require"
    assert answer.password == "s3cret" and "s3cret" not in answer.shared.address
    # The window: File → Connect, with the password kept in PostgreSQL's own file.
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    w = MainWindow(ScriptedInteraction())
    qtbot.addWidget(w)
    w.remember_geometry = False
    w.origin = Origin.fresh("Julie")
    w.interaction.shared_answers.append(
        ConnectAnswer(SharedEvent.parse(shared_day), "unused-with-trust", True)
    )
    from PySide6.QtWidgets import QPushButton

    qtbot.mouseClick(w.welcome.findChild(QPushButton, "welcomeShared"), Qt.MouseButton.LeftButton)
    assert w.current is not None and w.current.shared
    assert w.file_label.text() == shared_day
    assert (tmp_path / "pgpass").stat().st_mode & 0o777 == 0o600
    assert w.settings.value("recent")[0] == shared_day  # listed like files, no password
    close(w)


def test_a_note_changed_meanwhile_on_another_laptop_is_refused_naming_them_and_kept(
    qtbot, shared_day
):
    julie = laptop_window(qtbot, shared_day, "Julie")
    marc = laptop_window(qtbot, shared_day, "Marc")
    try:
        note = julie.current.run("note.add", {"block": "#2", "text": "Premier jet"}).result["id"]
        qtbot.waitUntil(lambda: "Premier jet" in listed_notes(marc), timeout=WAIT_MS)
        # Julie opens the note in the editor and types; Marc changes it meanwhile.
        julie.show_screen(ActionId.SCREEN_NOTES)
        row = next(i for i, r in enumerate(julie.notes.model.rows) if str(r.id) == note)
        julie.notes.table.setCurrentIndex(julie.notes.filter.index(row, 0))
        assert str(julie.notes.editor.note_id) == note
        # Shown, not typed in: Marc's change shows in Julie's editor.
        marc.current.run("note.update", {"note": note, "text": "Relu par Marc"})
        qtbot.waitUntil(lambda: julie.notes.editor.markup() == "Relu par Marc", timeout=WAIT_MS)
        # Then their changes cross on the network: Julie's window has not heard of Marc's
        # second change when she types.
        julie.current.remote_changed.disconnect()
        marc.current.run("note.update", {"note": note, "text": "Version de Marc"})
        editor = julie.notes.editor.text
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        qtbot.keyClicks(editor, " et la suite")
        julie.notes.editor.save()
        assert julie.storage_banner.isVisible()
        assert "Marc changed this since you read it" in julie.storage_banner.text()
        assert julie.interaction.errors == []  # a banner, not a dialog in the way of typing
        assert julie.notes.editor.markup() == "Relu par Marc et la suite"  # kept on screen
        with julie.current.file.session() as s:
            assert s.get(Note, __import__("uuid").UUID(note)).text == "Version de Marc"
        # Typing goes on and nothing is saved over Marc's until Julie chooses.
        conflict = julie.notes.editor.conflict
        assert conflict.isVisible() and "Marc" in conflict.text.text()
        qtbot.keyClicks(editor, "!")
        julie.notes.editor.save()
        with julie.current.file.session() as s:
            assert s.get(Note, __import__("uuid").UUID(note)).text == "Version de Marc"
        # Keep my text: Julie's replaces Marc's, everywhere.
        qtbot.mouseClick(conflict.keep, Qt.MouseButton.LeftButton)
        assert not conflict.isVisible() and not julie.storage_banner.isVisible()
        qtbot.waitUntil(lambda: "Relu par Marc et la suite!" in listed_notes(marc), timeout=WAIT_MS)
        # The other way: Marc's text taken instead of what was typed.
        marc.current.run("note.update", {"note": note, "text": "Marc encore"})
        qtbot.keyClicks(editor, " fin")
        julie.notes.editor.save()
        assert conflict.isVisible()
        qtbot.mouseClick(conflict.take, Qt.MouseButton.LeftButton)
        assert julie.notes.editor.markup() == "Marc encore" and not conflict.isVisible()
        assert not julie.storage_banner.isVisible()  # nothing is left unsaved
    finally:
        close(julie, marc)


@pytest.fixture
def shared_forum(shared_day):
    """The shared sample day with the workshops of tests/fixtures/forum-ouvert.jsonl."""
    from pathlib import Path

    from facilitateur.models.storage.replay import replay
    from facilitateur.models.storage.store import EventFile

    forum = Path(__file__).parent / "fixtures" / "forum-ouvert.jsonl"
    ef = EventFile.open(shared_day)
    try:
        replay(ef, forum.read_text(encoding="utf-8").splitlines())
    finally:
        ef.close()
    return shared_day


def stored_key_points(w: MainWindow, topic: str) -> str:
    from facilitateur.models.openspace.model import WorkshopReport

    with w.current.file.session() as s:
        q = select(WorkshopReport.key_points).where(
            WorkshopReport.topic_id == __import__("uuid").UUID(topic)
        )
        return s.scalars(q).one()


def test_a_report_changed_meanwhile_on_another_laptop_waits_for_a_choice_and_keeps_the_typing(
    qtbot, shared_forum
):
    julie = laptop_window(qtbot, shared_forum, "Julie")
    marc = laptop_window(qtbot, shared_forum, "Marc")
    try:
        julie.show_screen(ActionId.SCREEN_OPEN_SPACE)
        tab = julie.open_space.reports
        julie.open_space.tabs.setCurrentWidget(tab)
        tab.list.setCurrentRow(0)
        form = tab.form
        topic = str(form.topic)
        form.key_points.setFocus()
        qtbot.keyClick(form.key_points, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(form.key_points, "Premier point")
        qtbot.waitUntil(lambda: not form.timer.isActive(), timeout=WAIT_MS)
        assert stored_key_points(marc, topic) == "Premier point"
        # Their changes cross on the network: Julie's window has not heard of Marc's when she
        # types on.
        julie.current.remote_changed.disconnect()
        marc.current.run(
            "report.set",
            {"topic": topic, "key_points": "Version de Marc", "note_taker": "Marc (relecture)"},
        )
        qtbot.keyClicks(form.key_points, ", et la suite")
        qtbot.waitUntil(lambda: not form.timer.isActive(), timeout=WAIT_MS)
        bar = form.conflict
        assert bar.isVisible() and "Marc" in bar.text.text()
        assert julie.interaction.errors == []  # a bar, not a dialog in the way of typing
        assert form.key_points.toPlainText() == "Premier point, et la suite"  # kept on screen
        assert stored_key_points(julie, topic) == "Version de Marc"
        # Typing goes on and nothing is saved over Marc's until Julie chooses: not by the save
        # timer, a status chosen, another tab, nor an export reading the file.
        qtbot.keyClicks(form.key_points, "!")
        qtbot.waitUntil(lambda: not form.timer.isActive(), timeout=WAIT_MS)
        form.status.setCurrentIndex(form.status.findData("draft"))
        julie.open_space.tabs.setCurrentIndex(0)
        julie.open_space.tabs.setCurrentWidget(tab)
        julie.save_pending()
        assert bar.isVisible() and stored_key_points(julie, topic) == "Version de Marc"
        assert form.status.currentData() == "draft"
        # Keep my text: Julie's replaces Marc's, everywhere, with the status she chose.
        qtbot.mouseClick(bar.keep, Qt.MouseButton.LeftButton)
        assert not bar.isVisible()
        assert stored_key_points(marc, topic) == "Premier point, et la suite!"
        with marc.current.file.session() as s:
            from facilitateur.models.openspace.model import WorkshopReport

            q = select(WorkshopReport.status).where(
                WorkshopReport.topic_id == __import__("uuid").UUID(topic)
            )
            assert s.scalars(q).one() == "draft"
            # What Julie did not type in is left as Marc wrote it.
            q = select(WorkshopReport.note_taker).where(
                WorkshopReport.topic_id == __import__("uuid").UUID(topic)
            )
            assert s.scalars(q).one() == "Marc (relecture)"
        # The other way: Marc's text taken instead of what was typed.
        marc.current.run("report.set", {"topic": topic, "key_points": "Marc encore"})
        qtbot.keyClicks(form.key_points, " fin")
        qtbot.waitUntil(lambda: bar.isVisible(), timeout=WAIT_MS)
        qtbot.mouseClick(bar.take, Qt.MouseButton.LeftButton)
        assert form.key_points.toPlainText() == "Marc encore" and not bar.isVisible()
        assert not julie.storage_banner.isVisible()  # nothing is left unsaved
        # Quitting while a conflict waits keeps what was typed (saved over theirs).
        marc.current.run("report.set", {"topic": topic, "key_points": "Marc, toujours"})
        form.key_points.moveCursor(form.key_points.textCursor().MoveOperation.End)
        qtbot.keyClicks(form.key_points, " ?")
        qtbot.waitUntil(lambda: bar.isVisible(), timeout=WAIT_MS)
        julie.save_pending(final=True)
        assert stored_key_points(marc, topic) == "Marc encore ?"
        julie.open_space.reports.show_topic(form.topic)  # the form goes on from what is stored
        # Typing on Marc's text saves on top of it, without a conflict.
        form.key_points.setFocus()
        form.key_points.moveCursor(form.key_points.textCursor().MoveOperation.End)
        qtbot.keyClicks(form.key_points, " et Julie")
        qtbot.waitUntil(lambda: not form.timer.isActive(), timeout=WAIT_MS)
        assert not bar.isVisible()
        assert stored_key_points(marc, topic) == "Marc encore ? et Julie"
    finally:
        close(julie, marc)


def cell_editor(qtbot, tree):
    """The editor open on a cell of the agenda (a line edit), once it is open."""
    from PySide6.QtWidgets import QLineEdit

    qtbot.waitUntil(lambda: tree.state() == tree.State.EditingState, timeout=WAIT_MS)
    return next(e for e in tree.viewport().findChildren(QLineEdit) if e.isVisible())


def type_in_cell(qtbot, tree, row: int, column: int, text: str):
    """F2 on the cell, its text replaced by `text` typed key by key; the editor is returned.
    The screen has shown the last change first (a person does not press F2 within the same
    millisecond as their last Return)."""
    qtbot.wait(20)
    tree.setFocus()
    tree.setCurrentIndex(tree.model().index(row, column))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = cell_editor(qtbot, tree)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    return editor


def test_a_block_renamed_meanwhile_on_another_laptop_is_refused_naming_them(qtbot, shared_day):
    from facilitateur.models.agenda.model import AgendaBlock
    from facilitateur.ui.prepare.agenda_model import TITLE

    julie = laptop_window(qtbot, shared_day, "Julie")
    marc = laptop_window(qtbot, shared_day, "Marc")
    try:
        julie.show_screen(ActionId.SCREEN_PREPARE)
        julie.activateWindow()  # the laptop's own window, where Julie types
        qtbot.waitUntil(lambda: QApplication.activeWindow() is julie, timeout=WAIT_MS)
        model, tree = julie.prepare.model, julie.prepare.tree
        block = str(model.node(model.index(0, 0)).id)
        second = str(model.node(model.index(1, 0)).id)

        def stored_title(block_id: str) -> str:
            with julie.current.file.session() as s:  # a column, not a row cached by the session
                q = select(AgendaBlock.title).where(
                    AgendaBlock.id == __import__("uuid").UUID(block_id)
                )
                return s.scalars(q).one()

        # Another laptop's change arriving while Julie types in a cell leaves her editor open
        # (the agenda is shown again once she is done).
        editor = type_in_cell(qtbot, tree, 0, TITLE, "Accueil")
        marc.current.run("block.update", {"block": second, "title": "Table ronde du matin"})
        qtbot.waitUntil(lambda: bool(julie.prepare._pending), timeout=WAIT_MS)
        QApplication.processEvents()
        assert tree.state() == tree.State.EditingState and editor.text() == "Accueil"
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: stored_title(block) == "Accueil", timeout=WAIT_MS)
        qtbot.waitUntil(
            lambda: model.data(model.index(1, TITLE)) == "Table ronde du matin", timeout=WAIT_MS
        )
        # Julie's agenda was read before Marc's rename reached it (as when the rename and her
        # edit cross on the network): her edit is refused, naming Marc.
        julie.current.remote_changed.disconnect()
        marc.current.run("block.update", {"block": block, "title": "Accueil café"})
        editor = type_in_cell(qtbot, tree, 0, TITLE, "Accueil des participants")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(
            lambda: "Marc changed this since you read it" in julie.storage_banner.text(),
            timeout=WAIT_MS,
        )
        assert stored_title(block) == "Accueil café"
        # What was typed is not lost: the cell shows Marc's title and its editor is open again
        # on Julie's; Return applies hers over his.
        editor = cell_editor(qtbot, tree)
        assert editor.text() == "Accueil des participants"
        assert model.data(model.index(0, TITLE)) == "Accueil café"
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: stored_title(block) == "Accueil des participants", timeout=WAIT_MS)
        assert not julie.storage_banner.isVisible()
    finally:
        close(julie, marc)


def test_file_share_this_event_copies_it_to_an_empty_database_and_opens_it_there(
    qtbot, tmp_path, pg_empty_address
):
    make_app("en")
    w = MainWindow(ScriptedInteraction())
    qtbot.addWidget(w)
    w.remember_geometry = False
    w.origin = Origin.fresh("Julie")
    w.open_sample(tmp_path / "jour.facil")
    w.show()
    qtbot.waitExposed(w)
    w.current.run("note.add", {"block": "#1", "text": "Preparee hors ligne"})
    w.interaction.shared_answers.append(
        ConnectAnswer(SharedEvent.parse(pg_empty_address), "", False)
    )
    w.action_map[ActionId.COPY_TO_SHARED].trigger()
    try:
        assert w.current.shared and w.file_label.text() == pg_empty_address
        assert "Preparee hors ligne" in listed_notes(w)
        assert not w.action_map[ActionId.COPY_TO_SHARED].isEnabled()
        assert w.action_map[ActionId.PODIUM_TAKE].isEnabled()
    finally:
        close(w)


def test_a_shared_event_exports_from_the_file_menu(qtbot, shared_day, tmp_path):
    """The export's check for damage is the shared event's (its server checks its own pages):
    a file's page check, asked of PostgreSQL, would refuse every export as damaged."""
    w = laptop_window(qtbot, shared_day, "Salle")
    try:
        w.current.run(
            "note.add", {"block": "#1", "kind": "action", "text": "Appeler", "owner": "Ana"}
        )
        w.interaction.paths.append(tmp_path / "actions.csv")
        w.action_map[ActionId.EXPORT_ACTIONS].trigger()
        assert w.interaction.errors == []
        assert "1 action written" in w.statusBar().currentMessage()
        rows = (tmp_path / "actions.csv").read_text(encoding="utf-8-sig").splitlines()
        assert rows[1].startswith("Appeler;Ana;")
    finally:
        close(w)
