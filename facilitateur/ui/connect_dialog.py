"""File → Connect to a shared event: the server's address, the database, the user, the password
and how the connection is protected (TLS). The password is kept, when asked, in PostgreSQL's
own password file (readable by this user only), never in the settings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.storage.engines import SharedEvent
from facilitateur.ui.naming import named
from facilitateur.ui.noop import QT_TRANSLATE_NOOP

# TLS modes (libpq's sslmode), as the dialog offers them.
TLS_MODES = (
    ("prefer", QT_TRANSLATE_NOOP("ConnectDialog", "If the server offers it (prefer)")),
    ("require", QT_TRANSLATE_NOOP("ConnectDialog", "Always, encrypted (require)")),
    (
        "verify-full",
        QT_TRANSLATE_NOOP(
            "ConnectDialog", "Always, with the server's certificate checked (verify-full)"
        ),
    ),
    ("disable", QT_TRANSLATE_NOOP("ConnectDialog", "Never (a closed network only) (disable)")),
)


@dataclass(frozen=True)
class ConnectAnswer:
    """What was typed: the shared event, its password (empty: from the password file) and
    whether to keep the password in PostgreSQL's password file."""

    shared: SharedEvent
    password: str
    remember: bool


class ConnectDialog(QDialog):
    def __init__(
        self, known: SharedEvent | None = None, why: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a shared event"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Several laptops work on one event held by a PostgreSQL server on the venue's network. Ask the person who set it up for these details."
            ),
            wordWrap=True,
        )
        self.why = named(QLabel(why, wordWrap=True), "connectWhy")
        self.why.setStyleSheet("color: #b91c1c; font-weight: bold;")
        self.why.setVisible(bool(why))
        self.host = named(QLineEdit(), "connectHost")
        self.host.setPlaceholderText(
            self.tr("e.g. 192.168.1.10 or serveur.local (:port if not 5432)")
        )
        self.database = named(QLineEdit(), "connectDatabase")
        self.database.setPlaceholderText(self.tr("one database per event, e.g. rencontre2016"))
        self.user = named(QLineEdit(), "connectUser")
        self.password = named(QLineEdit(), "connectPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: the one kept on this computer"))
        self.tls = named(QComboBox(), "connectTls")
        for value, text in TLS_MODES:
            self.tls.addItem(QCoreApplication.translate("ConnectDialog", text), value)
        self.remember = named(
            QCheckBox(
                self.tr(
                    "Remember the password on this computer (PostgreSQL's password file, readable by you only)"
                )
            ),
            "connectRemember",
        )
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.host)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Encryption (TLS)"), self.tls)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.why)
        column.addLayout(form)
        column.addWidget(self.remember)
        column.addWidget(buttons)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        for field in (self.host, self.database):
            field.textChanged.connect(self._check)
        if known is not None:
            self.host.setText(known.host + (f":{known.port}" if known.port else ""))
            self.database.setText(known.database)
            self.user.setText(known.user)
            index = self.tls.findData(known.sslmode or "prefer")
            self.tls.setCurrentIndex(max(0, index))
            self.password.setFocus()
        self._check()

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.host.text().strip() and self.database.text().strip()))

    def answer(self) -> ConnectAnswer | None:
        """What was typed, or None when the server is not a host[:port]."""
        host, _, port = self.host.text().strip().rpartition(":")
        if not host or not port.isdigit():
            host, port = self.host.text().strip(), ""
        shared = SharedEvent(
            host=host,
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=int(port) if port else None,
            sslmode=self.tls.currentData() or "",
        )
        return ConnectAnswer(shared, self.password.text(), self.remember.isChecked())
