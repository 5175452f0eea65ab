"""M at the podium: the message shown to the speaker on the stage display."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitateur.ui.naming import named


class MessageDialog(QDialog):
    def __init__(self, current: str, blink: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Message to the speaker"))
        self.text = named(QLineEdit(current), "messageText")
        self.text.setAccessibleName(self.tr("Message"))
        self.text.setPlaceholderText(self.tr("e.g. Two minutes left (empty: no message)"))
        self.blink = named(QCheckBox(self.tr("Blink")), "messageBlink")
        self.blink.setChecked(blink)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        clear = buttons.addButton(self.tr("Clear"), QDialogButtonBox.ButtonRole.ResetRole)
        clear.clicked.connect(self._clear)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Shown on the stage display, under the timer.")))
        layout.addWidget(self.text)
        layout.addWidget(self.blink)
        layout.addWidget(buttons)
        self.resize(460, 160)

    def _clear(self) -> None:
        """No message: the field emptied, and the dialog accepted."""
        self.text.clear()
        self.accept()

    def values(self) -> tuple[str, bool]:
        return self.text.text().strip(), self.blink.isChecked()
