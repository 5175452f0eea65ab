"""Texts marked for translation with the interface's own, typed `QT_TRANSLATE_NOOP`: lupdate
still finds them (in their context), and the screens show them translated."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from facilitateur.paths import resources_dir
from facilitateur.ui.noop import QT_TRANSLATE_NOOP


def _lupdate() -> str:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else "pyside6-lupdate"


def test_lupdate_finds_the_texts_marked_with_the_typed_mark(tmp_path):
    source = tmp_path / "marked.py"
    source.write_text(
        "from facilitateur.ui.noop import QT_TRANSLATE_NOOP\n"
        'NAMES = {"a": QT_TRANSLATE_NOOP("Marks", "Open the door")}\n',
        encoding="utf-8",
    )
    ts = tmp_path / "marks.ts"
    subprocess.run([_lupdate(), str(source), "-ts", str(ts)], check=True, capture_output=True)
    found = [
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    ]
    assert found == [("Marks", "Open the door")]


def test_a_marked_text_is_the_english_and_shows_translated(qtbot):
    marked = QT_TRANSLATE_NOOP("Actions", "Open…")
    assert marked == "Open…"
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "facilitateur_fr.qm"))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Actions", marked) == "Ouvrir…"
    finally:
        app.removeTranslator(translator)
