"""The application as a whole: start-up, languages, the shortcut registry and its docs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTableWidget

from facilitateur.paths import resources_dir
from facilitateur.ui.actions import SPECS, ActionId, shortcuts_markdown
from facilitateur.ui.app import make_app
from facilitateur.ui.help_dialog import ShortcutsDialog
from facilitateur.ui.interaction import ScriptedInteraction
from facilitateur.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent


def test_smoke_start_on_the_sample_day_exits_cleanly(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-m", "facilitateur", "--smoke", "--demo"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr


def test_smoke_start_on_a_given_file_creates_it(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    path = tmp_path / "jour.facil"
    out = subprocess.run(
        [sys.executable, "-m", "facilitateur", "--smoke", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert path.exists()


def test_the_french_interface_is_french(qtbot):
    make_app("fr")
    try:
        w = MainWindow(ScriptedInteraction())
        qtbot.addWidget(w)
        assert w.action_map[ActionId.ADD_BLOCK].text() == "Ajouter un bloc"
        assert [m.title() for m in w.menuBar().findChildren(type(w.recent_menu))][:1]
        assert w.menuBar().actions()[0].text() == "&Fichier"
        assert w.prepare.tr("%n blocks", "", 8) == "8 blocs"
        assert w.prepare.tr("%n blocks", "", 1) == "1 bloc"
        from facilitateur.models.agenda.timing import Phase, RunState
        from facilitateur.ui.run.texts import phase_text

        assert phase_text(Phase.OVERTIME, RunState.RUNNING, -5) == "DÉPASSEMENT"
        assert w.action_map[ActionId.RUN_NEXT].text() == "Suivant"
    finally:
        make_app("en")
    assert QApplication.translate("PrepareScreen", "%n blocks", "", 1) == "1 block"


def _source_texts() -> set[str]:
    pattern = re.compile(r'(?:\btr|QT_TRANSLATE_NOOP)\(\s*(?:"[A-Za-z]+",\s*)?"((?:[^"\\]|\\.)+)"')
    texts = set()
    for path in (ROOT / "facilitateur" / "ui").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        texts |= {m.group(1).replace("\\n", "\n") for m in pattern.finditer(source)}

    return texts


def test_every_interface_text_is_translated_into_french():
    ts = ET.parse(resources_dir() / "translations" / "facilitateur_fr.ts")
    translated = {}
    for message in ts.getroot().iter("message"):
        tr = message.find("translation")
        translated[message.find("source").text] = tr.get("type") != "unfinished"
    contexts = {c.find("name").text for c in ts.getroot().iter("context")}
    missing = sorted(t for t in _source_texts() - contexts if not translated.get(t))

    assert not missing, f"python tools/translations.py update, then set or plural: {missing}"
    assert (resources_dir() / "translations" / "facilitateur_fr.qm").exists()


def test_the_user_guide_shortcut_table_is_the_registry():
    guide = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    assert shortcuts_markdown() in guide, "update docs/user-guide.md from shortcuts_markdown()"


def test_the_readme_starts_with_its_two_commands_then_five_steps_each_with_its_picture():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = (
        "```sh\npython3 -m venv .venv && .venv/bin/pip install . && .venv/bin/facilitateur\n```",
        "```sh\npython3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/pytest\n```",
    )
    assert readme.startswith("# Facilitateur\n\n" + "\n\n".join(commands) + "\n\n## ")
    steps = re.findall(r"^### (\d)\. (.+)$", readme, re.MULTILINE)
    assert [(n, title.split(" (")[0]) for n, title in steps] == [
        ("1", "Prepare"),
        ("2", "Run"),
        ("3", "Note"),
        ("4", "Open Space"),
        ("5", "The synthesis"),
    ]
    first_other = readme.index("\n## ", readme.index("### 5."))
    pictures = re.findall(r"!\[[^\]]+\]\((docs/screenshots/[^)]+\.png)\)", readme[:first_other])
    assert len(pictures) == 5
    for picture in pictures:
        image = QImage(str(ROOT / picture))
        assert (image.width(), image.height()) == (1366, 768), picture
    assert "(docs/user-guide.md)" in readme[:first_other]  # the long reference moved there
    assert "## Keyboard shortcuts" not in readme


def test_help_lists_every_action_that_has_keys(qtbot):
    make_app("en")
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "shortcutsTable")
    assert table.rowCount() == sum(1 for s in SPECS if s.keys)
    texts = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert {"Undo", "Add a block", "Move up", "Keyboard shortcuts"} <= texts


def test_the_shortcuts_page_finds_an_action_by_words_or_keys_whatever_the_accents(qtbot):
    make_app("fr")
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    table = dialog.table

    def shown() -> list[str]:
        return [
            table.item(r, 1).text() for r in range(table.rowCount()) if not table.isRowHidden(r)
        ]

    qtbot.keyClicks(dialog.search, "preparer")  # typed without its accent
    found = shown()
    dialog.search.setText("ctrl+z")
    undo = shown()
    dialog.search.clear()
    everything = shown()
    make_app("en")
    assert found == ["Préparer"]
    assert "Annuler" in undo and len(undo) < 4
    assert len(everything) == table.rowCount()


def test_icons_referenced_by_the_interface_are_shipped():
    from facilitateur.ui.theme import KIND_ICONS

    names = {s.icon for s in SPECS if s.icon} | set(KIND_ICONS.values())
    names |= {"triangle-alert", "calendar-days", "sparkles", "file-plus", "folder-open", "plus"}
    missing = [n for n in names if not (resources_dir() / "icons" / f"{n}.svg").exists()]
    assert not missing
    assert (resources_dir() / "icons" / "LICENSE").exists()


def test_the_journal_reference_lists_every_command_as_the_code_does():
    from facilitateur.models.commands.reference import command_tables

    doc = (ROOT / "docs" / "journal.md").read_text(encoding="utf-8")
    assert command_tables() in doc, (
        "regenerate with python -m facilitateur.models.commands.reference"
    )


def test_help_documents_the_note_prefixes(qtbot):
    from PySide6.QtWidgets import QLabel

    make_app("en")
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "notePrefixes").text()
    assert all(p in text for p in ("D:", "A:", "@who", "?", "«", "I:"))


def test_help_about_names_the_version_and_the_icons_licence_in_french(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from facilitateur import __version__

    make_app("fr")
    w = MainWindow(ScriptedInteraction())
    qtbot.addWidget(w)
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(f"{box.windowTitle()}|{box.text()}")
            box.accept()
        else:
            QTimer.singleShot(10, read_and_close)

    QTimer.singleShot(0, read_and_close)
    w.action_map[ActionId.ABOUT].trigger()
    make_app("en")
    assert len(seen) == 1
    assert __version__ in seen[0] and "Icônes : Lucide (licence ISC)." in seen[0]
    assert "animer une rencontre depuis le pupitre, hors ligne" in seen[0]


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_is_logged_and_said_with_its_details_to_copy(qtbot, tmp_path):
    import logging
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication

    from facilitateur.logs import log, log_dir, start_logging
    from facilitateur.ui.error_dialog import ErrorDialog, ErrorReporter

    make_app("fr")
    hook = sys.excepthook
    try:
        path = start_logging()
        assert path is not None and path.parent == log_dir()
        w = MainWindow(ScriptedInteraction())
        qtbot.addWidget(w)
        ErrorReporter(w).install()

        def broken_slot() -> None:
            raise ZeroDivisionError("une erreur de test")

        for _ in range(3):  # repeated by a timer: one dialog, the others only logged
            QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: w.findChild(ErrorDialog) is not None)
        qtbot.wait(50)
        (dialog,) = w.findChildren(ErrorDialog)
        assert dialog.windowTitle() == "Une erreur inattendue"
        assert "ZeroDivisionError: une erreur de test" in dialog.details
        qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
        assert "une erreur de test" in QGuiApplication.clipboard().text()
        for handler in log.handlers:
            handler.flush()
        logged = path.read_text(encoding="utf-8")
        assert logged.count("ZeroDivisionError: une erreur de test") == 3
        dialog.reject()
    finally:
        sys.excepthook = hook
        for handler in list(log.handlers):
            log.removeHandler(handler)
            handler.close()
        log.setLevel(logging.NOTSET)
        make_app("en")


def test_help_opens_the_log_folder(qtbot):
    make_app("en")
    w = MainWindow(ScriptedInteraction())
    qtbot.addWidget(w)
    assert w.action_map[ActionId.LOG_FOLDER].text() == "Open the log folder"
    assert w.action_map[ActionId.LOG_FOLDER] in w.menuBar().actions()[-1].menu().actions()


def test_every_command_has_words_for_undo_and_redo():
    import facilitateur.models.commands  # noqa: F401  (every command registered)
    from facilitateur.models.commands.core import REGISTRY
    from facilitateur.ui.command_names import NAMES

    assert sorted(REGISTRY) == sorted(NAMES)


def test_undo_and_redo_say_the_command_in_words_in_french(qtbot, tmp_path):
    make_app("fr")
    w = MainWindow(ScriptedInteraction())
    qtbot.addWidget(w)
    try:
        w.open_sample(tmp_path / "sample.facil")
        undo, redo = w.action_map[ActionId.UNDO], w.action_map[ActionId.REDO]
        w.current.run("note.add", {"block": "#1", "text": "Bienvenue"})
        assert undo.statusTip() == "Annuler : ajouter une note"
        assert undo.toolTip() == "Annuler : ajouter une note (Ctrl+Z)"
        undo.trigger()
        assert redo.statusTip() == "Rétablir : ajouter une note"
        assert "note.add" not in undo.statusTip() + redo.statusTip()
    finally:
        w.current.file.close()
        make_app("en")
