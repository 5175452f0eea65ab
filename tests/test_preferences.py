"""Edit → Preferences: language, note-taker, a new event's speaking time, the stage's border."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from facilitateur.ui.actions import ActionId
from facilitateur.ui.app import choose_language, current_language, make_app
from facilitateur.ui.interaction import ScriptedInteraction
from facilitateur.ui.main_window import MainWindow
from facilitateur.ui.preferences import LANGUAGE_KEY, PreferencesDialog


def _window(qtbot, tmp_path):
    make_app("fr")
    w = MainWindow(ScriptedInteraction())
    qtbot.addWidget(w)
    w.remember_geometry = False
    w.open_sample(tmp_path / "jour.facil")
    return w


def _answer(qtbot, fill, restart_answer: str | None) -> None:
    """Fill the preferences with `fill(dialog)` and press OK; then answer the restart question
    with the button of that text (None: no question expected)."""

    def preferences() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreferencesDialog):
            QTimer.singleShot(20, preferences)
            return
        fill(dialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        if restart_answer is not None:
            QTimer.singleShot(20, question)

    def question() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, question)
            return
        seen.append(box.text())
        (button,) = [b for b in box.buttons() if b.text() == restart_answer]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    seen: list[str] = []
    QTimer.singleShot(0, preferences)
    return seen


def test_preferences_apply_at_once_and_a_new_language_offers_a_restart(qtbot, tmp_path):
    w = _window(qtbot, tmp_path)
    try:
        assert w.action_map[ActionId.PREFERENCES].text() == "Préférences…"

        def fill(dialog: PreferencesDialog) -> None:
            dialog.language.setCurrentIndex(dialog.language.findData("en"))
            dialog.author.setText("Julie Martin")
            dialog.speaking.setValue(4)
            dialog.pulse.setChecked(True)

        seen = _answer(qtbot, fill, "Plus tard")
        w.action_map[ActionId.PREFERENCES].trigger()
        assert seen == ["Facilitateur will be in English from its next start. Restart now?"]
        # The name and the border apply at once; the language at the next start.
        assert w.run.capture.author.text() == w.notes.capture.author.text() == "Julie Martin"
        assert w.action_map[ActionId.STAGE_PULSE].isChecked() and w.run.stage.pulse
        assert QSettings().value(LANGUAGE_KEY) == "en"
        assert current_language() == "fr" and choose_language(None) == "en"
        assert choose_language("fr") == "fr"  # --lang still wins
        # A new event starts with the speaking time chosen.
        w.interaction.paths.append(tmp_path / "nouveau.facil")
        w.action_map[ActionId.NEW].trigger()
        with w.current.file.session() as s:
            from facilitateur.models import queries

            assert queries.the_event(s).speaker_seconds == 240
        w.current.file.close()
    finally:
        make_app("en")


def test_cancel_keeps_the_preferences_as_they_were(qtbot, tmp_path):
    w = _window(qtbot, tmp_path)
    try:

        def cancel() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, PreferencesDialog):
                QTimer.singleShot(20, cancel)
                return
            dialog.author.setText("Quelqu’un")
            dialog.reject()

        QTimer.singleShot(0, cancel)
        w.action_map[ActionId.PREFERENCES].trigger()
        assert QSettings().value("notes/author", "") in ("", None)
        assert w.run.capture.author.text() == ""
        w.current.file.close()
    finally:
        make_app("en")
