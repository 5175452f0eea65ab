"""The first page when no event is open: the sample day, a new event, or a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitateur.ui import theme


class WelcomePage(QWidget):
    sample_requested = Signal()
    new_requested = Signal()
    open_requested = Signal()
    shared_requested = Signal()
    recent_requested = Signal(object)  # a Path, or a shared event's address

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel("Facilitateur")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(
            self.tr(
                "Run your gathering from the podium, offline, and write its synthesis the same evening."
            )
        )
        subtitle.setWordWrap(True)

        buttons = QVBoxLayout()
        for name, text, signal, obj in (
            ("sparkles", self.tr("Open the sample day"), self.sample_requested, "welcomeSample"),
            ("file-plus", self.tr("New empty event"), self.new_requested, "welcomeNew"),
            ("folder-open", self.tr("Open an event file…"), self.open_requested, "welcomeOpen"),
            (
                "users",
                self.tr("Connect to a shared event…"),
                self.shared_requested,
                "welcomeShared",
            ),
        ):
            b = QPushButton(theme.icon(name), text, objectName=obj)
            b.setMinimumHeight(44)
            b.setStyleSheet("text-align: left; padding-left: 14px;")
            b.clicked.connect(signal)
            buttons.addWidget(b)

        # Why the last event was not reopened, when it was not (the main window says).
        self.notice = QLabel(objectName="welcomeNotice", wordWrap=True)
        self.notice.setStyleSheet(
            "QLabel#welcomeNotice { background: #fef3c7; color: #78350f; padding: 8px 10px; border: 1px solid #f59e0b; border-radius: 4px; }"
        )
        self.notice.hide()
        self.recent_title = QLabel(self.tr("Recent events"))
        self.recent = QListWidget(objectName="welcomeRecent")
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )

        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(24)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(self.notice)
        column.addWidget(self.recent_title)
        column.addWidget(self.recent, 2)
        column.addStretch(1)
        box = QWidget()
        box.setLayout(column)
        box.setMaximumWidth(620)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 3)
        outer.addStretch(1)

    def set_recent(self, paths: list[Path | str]) -> None:
        """List the recent files that still exist, and the recent shared events."""
        from facilitateur.models.engines import SharedEvent

        self.recent.clear()
        for p in paths:
            if isinstance(p, str):  # a shared event's address
                shared = SharedEvent.parse(p)
                text = self.tr("%1   —   shared, on %2").replace("%1", shared.database)
                item = QListWidgetItem(theme.icon("users"), text.replace("%2", shared.host))
            else:
                item = QListWidgetItem(theme.icon("calendar-days"), f"{p.stem}   —   {p.parent}")
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.recent.addItem(item)
        self.recent_title.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))

    def set_notice(self, text: str) -> None:
        """Say something above the recent events (empty: nothing)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
