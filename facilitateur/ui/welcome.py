"""The first page when no event is open: what the application does and its main keys, the
sample day (prepared, or already run), a new event, a file, and the recent events."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitateur.sample import Sample
from facilitateur.ui import theme
from facilitateur.ui.naming import named
from facilitateur.ui.noop import QT_TRANSLATE_NOOP

# What a facilitator does, in the order of the day: the keys, then what they do.
KEYS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("Ctrl+1",), QT_TRANSLATE_NOOP("WelcomePage", "Prepare: the agenda, its speakers, the rooms")),
    (
        ("Ctrl+2", "Space"),
        QT_TRANSLATE_NOOP("WelcomePage", "Run the day from the podium: Space starts and pauses"),
    ),
    (
        ("PgDown", "PgUp"),
        QT_TRANSLATE_NOOP(
            "WelcomePage", "The clicker: next speaker or next block, and back (undone exactly)"
        ),
    ),
    (("F5",), QT_TRANSLATE_NOOP("WelcomePage", "The timer on the stage display, for the speakers")),
    (
        ("Ctrl+3", "Ctrl+K"),
        QT_TRANSLATE_NOOP("WelcomePage", "Notes: decisions, actions, quotes, typed as they come"),
    ),
    (
        ("Ctrl+4",),
        QT_TRANSLATE_NOOP(
            "WelcomePage", "Open Space: topics, the board, workshop reports, the dots"
        ),
    ),
    (("Ctrl+E",), QT_TRANSLATE_NOOP("WelcomePage", "The synthesis in PDF, the same evening")),
)


def key_name(key: str) -> str:
    """A key as the interface's language writes it (`Espace`, `Page suiv` …)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def _soft() -> str:
    """Secondary text: the palette's text, a little lighter (still readable at a glance)."""
    c = QApplication.palette().color(QPalette.ColorRole.WindowText)
    return f"rgba({c.red()}, {c.green()}, {c.blue()}, 190)"


class WelcomePage(QWidget):
    sample_requested = Signal(object)  # a Sample: prepared, or as run
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
        subtitle = named(
            QLabel(
                self.tr(
                    "Run your gathering from the podium, offline, and write its synthesis the same evening."
                )
            ),
            "welcomeSubtitle",
        )
        subtitle.setWordWrap(True)

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(12)
        column.addWidget(self._keys())
        column.addSpacing(12)
        column.addLayout(self._buttons())

        # Why the last event was not reopened, when it was not (the main window says).
        self.notice = named(QLabel(wordWrap=True), "welcomeNotice")
        self.notice.setStyleSheet(
            "QLabel#welcomeNotice { background: #fef3c7; color: #78350f; padding: 8px 10px; border: 1px solid #f59e0b; border-radius: 4px; }"
        )
        self.notice.hide()
        self.recent_title = named(QLabel(self.tr("Recent events")), "welcomeRecentTitle")
        bold = self.recent_title.font()
        bold.setBold(True)
        self.recent_title.setFont(bold)
        self.recent = named(QListWidget(), "welcomeRecent")
        self.recent.setAccessibleName(self.tr("Recent events"))
        # A long folder is shortened in its middle (the whole path in the tooltip), never
        # scrolled sideways.
        self.recent.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.no_recent = named(
            QLabel(
                self.tr(
                    "None yet. The sample day, as run, shows every screen filled in: the podium, the notes, the speaking times, the Open Space and the synthesis."
                ),
                wordWrap=True,
            ),
            "welcomeNoRecent",
        )
        self.no_recent.setStyleSheet(f"color: {_soft()}")
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.notice)
        side.addWidget(self.recent_title)
        side.addWidget(self.recent, 1)
        side.addWidget(self.no_recent)
        side.addStretch(0)

        # Two columns side by side, their tops aligned, the pair in the middle of the page.
        left, right = QWidget(), QWidget()
        left.setLayout(column)
        right.setLayout(side)
        left.setMaximumWidth(680)
        right.setMaximumWidth(480)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(left, 7, Qt.AlignmentFlag.AlignTop)
        row.addSpacing(32)
        row.addWidget(right, 5)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 12)
        outer.addStretch(1)
        outer.addLayout(row, 8)
        outer.addStretch(1)

    def _keys(self) -> QFrame:
        """What the application does, a line a screen, each with its keys."""
        frame = named(QFrame(), "welcomeKeys")
        grid = QGridLayout(frame)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        for row, (keys, text) in enumerate(KEYS):
            caps = QHBoxLayout()
            caps.setSpacing(4)
            for key in keys:
                cap = named(QLabel(key_name(key)), "welcomeKey")
                cap.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
                cap.setStyleSheet(
                    "QLabel#welcomeKey { border: 1px solid palette(mid); border-bottom-width: 2px;"
                    " border-radius: 4px; background: palette(base); padding: 1px 6px;"
                    " font-weight: bold; }"
                )
                caps.addWidget(cap)
            caps.addStretch(1)
            caps.setAlignment(Qt.AlignmentFlag.AlignVCenter)
            words = QLabel(QCoreApplication.translate("WelcomePage", text), wordWrap=True)
            grid.addLayout(caps, row, 0)
            grid.addWidget(words, row, 1)
        grid.setColumnStretch(1, 1)
        return frame

    def _buttons(self) -> QVBoxLayout:
        buttons = QVBoxLayout()
        for name, text, detail, clicked, obj in (
            (
                "sparkles",
                self.tr("Open the sample day, already run"),
                self.tr(
                    "The reference day of 2016 as it was run: speakers, notes, Open Space, synthesis"
                ),
                lambda: self.sample_requested.emit(Sample.RUN),
                "welcomeRunSample",
            ),
            (
                "calendar-days",
                self.tr("Open the sample day, prepared"),
                self.tr("Its programme ready to run: to try the podium and the clicker"),
                lambda: self.sample_requested.emit(Sample.PREPARED),
                "welcomeSample",
            ),
            ("file-plus", self.tr("New empty event"), "", self.new_requested.emit, "welcomeNew"),
            (
                "folder-open",
                self.tr("Open an event file…"),
                "",
                self.open_requested.emit,
                "welcomeOpen",
            ),
            (
                "users",
                self.tr("Connect to a shared event…"),
                "",
                self.shared_requested.emit,
                "welcomeShared",
            ),
        ):
            b = named(QPushButton(theme.icon(name), text), obj)
            b.setMinimumHeight(38)
            b.setStyleSheet("text-align: left; padding-left: 14px;")
            b.setAccessibleName(text)
            if detail:
                b.setAccessibleDescription(detail)
            b.clicked.connect(clicked)
            buttons.addWidget(b)
            if detail:
                hint = named(QLabel(detail, wordWrap=True), obj + "Hint")
                hint.setStyleSheet(f"color: {_soft()}; padding-left: 14px;")
                buttons.addWidget(hint)
                buttons.addSpacing(4)
        return buttons

    def set_recent(self, paths: list[Path | str]) -> None:
        """List the recent files that still exist, and the recent shared events."""
        from facilitateur.models.storage.engines import SharedEvent

        self.recent.clear()
        for p in paths:
            if isinstance(p, str):  # a shared event's address
                shared = SharedEvent.parse(p)
                text = self.tr("%1   —   shared, on %2").replace("%1", shared.database)
                item = QListWidgetItem(theme.icon("users"), text.replace("%2", shared.host))
                item.setToolTip(p)
            else:
                item = QListWidgetItem(theme.icon("calendar-days"), f"{p.stem}\n{p.parent}")
                item.setToolTip(str(p))
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)

    def set_notice(self, text: str) -> None:
        """Say something above the recent events (empty: nothing)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
