"""Edit → Preferences: the interface's language, the note-taker's name, the speaking time a new
event starts with, and the stage display's options — remembered on this computer."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QProcess, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitateur.launch import own_command
from facilitateur.models.text.language import Language
from facilitateur.ui.action_ids import ActionId
from facilitateur.ui.naming import named
from facilitateur.ui.run.note_capture import AUTHOR_KEY
from facilitateur.ui.run.stage_control import PULSE_KEY

LANGUAGE_KEY = "ui/language"  # "" (the system's), "fr" or "en"
SPEAKING_KEY = "events/speaker_minutes"  # the speaking time a new event starts with
DEFAULT_SPEAKING_MINUTES = 5


def saved_language() -> str:
    """The language chosen in the preferences ("" when it follows the system)."""
    value = QSettings().value(LANGUAGE_KEY, "")
    return value if value in ("fr", "en") else ""


def new_event_speaking_seconds() -> int:
    """The speaking time, in seconds, that a new event starts with."""
    minutes = QSettings().value(SPEAKING_KEY, DEFAULT_SPEAKING_MINUTES, type=int)
    assert isinstance(minutes, int)  # as `type=int` asks
    return max(1, min(minutes, 120)) * 60


@dataclass(frozen=True)
class Preferences:
    language: str  # "", "fr" or "en"
    author: str
    speaking_minutes: int
    pulse: bool

    @classmethod
    def saved(cls) -> Preferences:
        st = QSettings()
        return cls(
            saved_language(),
            str(st.value(AUTHOR_KEY, "") or ""),
            new_event_speaking_seconds() // 60,
            bool(st.value(PULSE_KEY, False, type=bool)),
        )

    def save(self) -> None:
        st = QSettings()
        st.setValue(LANGUAGE_KEY, self.language)
        st.setValue(AUTHOR_KEY, self.author)
        st.setValue(SPEAKING_KEY, self.speaking_minutes)
        st.setValue(PULSE_KEY, self.pulse)


class PreferencesDialog(QDialog):
    """The preferences, each with what it does; OK keeps them."""

    def __init__(self, current: Preferences, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        system = "Français" if QLocale.system().name().startswith("fr") else "English"
        self.language = named(QComboBox(), "prefLanguage")
        self.language.addItem(self.tr("As the system (%1)").replace("%1", system), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.language.setAccessibleName(self.tr("Language of the interface"))
        self.author = named(QLineEdit(current.author), "prefAuthor")
        self.author.setPlaceholderText(self.tr("e.g. Julie Martin"))
        self.author.setAccessibleName(self.tr("Note-taker’s name"))
        self.speaking = named(QSpinBox(minimum=1, maximum=120), "prefSpeaking")
        self.speaking.setSuffix(self.tr(" min"))
        self.speaking.setValue(current.speaking_minutes)
        self.speaking.setAccessibleName(self.tr("Speaking time of a new event"))
        self.pulse = named(QCheckBox(self.tr("Pulsing border in overtime")), "prefPulse")
        self.pulse.setChecked(current.pulse)

        form = QFormLayout()
        form.addRow(self.tr("Language of the interface"), self.language)
        form.addRow(self.tr("Note-taker’s name"), self.author)
        form.addRow(self.tr("Speaking time of a new event"), self.speaking)
        hint = QLabel(
            self.tr(
                "The name goes with every note you take. An event's own speaking time is set in Prepare (event details)."
            ),
            wordWrap=True,
        )
        hint.setStyleSheet("color: palette(mid);")
        stage = QGroupBox(self.tr("Stage display"))
        stage_layout = QVBoxLayout(stage)
        stage_layout.addWidget(self.pulse)
        stage_layout.addWidget(
            QLabel(
                self.tr("The digits stay still; the border pulses red while time is over."),
                wordWrap=True,
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(stage)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def chosen(self) -> Preferences:
        return Preferences(
            self.language.currentData(),
            self.author.text().strip(),
            self.speaking.value(),
            self.pulse.isChecked(),
        )


def edit_preferences(window) -> None:
    """Edit → Preferences: ask, keep, and apply at once what can be (the note-taker's name, the
    stage's border); a new language needs a restart, offered."""
    from facilitateur.ui.app import choose_language, current_language

    dialog = PreferencesDialog(Preferences.saved(), window)
    if not dialog.exec():
        return
    chosen = dialog.chosen()
    chosen.save()
    apply_preferences(window, chosen)
    wanted = choose_language(chosen.language or None)
    if wanted != current_language():
        offer_restart(window, wanted)


def apply_preferences(window, chosen: Preferences) -> None:
    """What applies without a restart."""
    for author in (window.run.capture.author, window.notes.capture.author):
        author.setText(chosen.author)
    pulse = window.action_map[ActionId.STAGE_PULSE]
    if pulse.isChecked() != chosen.pulse:
        pulse.setChecked(chosen.pulse)


def offer_restart(window, wanted: Language) -> None:
    """The interface is built in one language: a new one shows at the next start, offered now
    (the open event reopens where it was)."""
    box = QMessageBox(window)
    box.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Language of the interface"))
    box.setText(
        "Facilitateur will be in English from its next start. Restart now?"
        if wanted == Language.EN
        else "Facilitateur sera en français dès son prochain démarrage. Redémarrer maintenant ?"
    )
    now = box.addButton(
        QCoreApplication.translate("PreferencesDialog", "Restart now"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("PreferencesDialog", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    if box.clickedButton() is now:
        restart(window)


def restart(window: QWidget) -> bool:
    """Close this window (which saves what is being typed and lets the event file go), stop
    receiving other launches, then start the application again on the open event; False when
    the new one could not be started (said in the log)."""
    from facilitateur.logs import log
    from facilitateur.ui.single_instance import SingleInstance

    program, *args = own_command()
    current = getattr(window, "current", None)  # the main window's open event, if any
    if current is not None:
        args.append(str(current.file.path))
    window.close()
    for instance in window.findChildren(SingleInstance):
        instance.close()  # the new one must not hand its file over to this one
    started, _pid = QProcess.startDetached(program, args)
    if not started:
        log.error("could not restart: %s %s", program, args)
    return started
