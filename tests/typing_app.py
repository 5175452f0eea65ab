"""Run by test_typing_crash: the real window types a note, one key every 40 ms, and reports
each key (its index and time) on stdout until it is killed."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from facilitateur.ui.actions import ActionId
from facilitateur.ui.app import make_app
from facilitateur.ui.interaction import ScriptedInteraction
from facilitateur.ui.main_window import MainWindow

TEXT = "Le forum ouvert propose de creer un reseau regional des pionniers des alliances " * 3


def main() -> None:
    app = make_app("en")
    window = MainWindow(ScriptedInteraction())
    window.remember_geometry = False
    window.open_path(Path(sys.argv[1]), create=True)
    window.show()
    window.show_screen(ActionId.SCREEN_NOTES)
    window.notes.new_note()
    editor = window.notes.editor.text
    state = {"i": 0}

    def type_one() -> None:
        i = state["i"]
        if i >= len(TEXT):
            return
        QTest.keyClick(editor, TEXT[i], Qt.KeyboardModifier.NoModifier)
        print(f"{i + 1} {time.time():.3f}", flush=True)
        state["i"] = i + 1

    timer = QTimer()
    timer.timeout.connect(type_one)
    timer.start(40)
    app.exec()


if __name__ == "__main__":
    main()
