"""The list of speakers at the podium: who speaks (with their own countdown), who is next,
quick-add from the floor, reorder by drag and drop or Alt+↑/↓."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QDropEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitateur.models.agenda.model import SpeechType
from facilitateur.models.agenda.timing import Phase, format_clock, phase_of, shown_seconds
from facilitateur.models.commands.front import UNSET, Commands
from facilitateur.models.speakers.queue import DONE, UNDER_WAY, WAITING, QueueEntry, SpeakerStatus
from facilitateur.ui import theme
from facilitateur.ui.actions import ActionId
from facilitateur.ui.naming import named
from facilitateur.ui.noop import QT_TRANSLATE_NOOP
from facilitateur.ui.run.podium_field import PodiumField
from facilitateur.ui.run.texts import phase_color

EntryRole = Qt.ItemDataRole.UserRole + 1
PREFIXES = {"!": SpeechType.POINT_OF_ORDER, "?": SpeechType.QUESTION, ">": SpeechType.REPLY}
# The "worlds" offered to an event that has none of its own yet, in the interface's language.
CATEGORIES = (
    QT_TRANSLATE_NOOP("SpeakerPanel", "Associations"),
    QT_TRANSLATE_NOOP("SpeakerPanel", "Businesses"),
    QT_TRANSLATE_NOOP("SpeakerPanel", "Local authorities"),
)


def parse_quick_add(text: str) -> tuple[str, str, str, SpeechType] | None:
    """`! Jean DUPONT (Ville de Lyon), maire` → (name, role, organisation, speech type);
    None when there is no name."""
    text = text.strip()
    speech = SpeechType.INTERVENTION
    if text[:1] in PREFIXES:
        speech, text = PREFIXES[text[0]], text[1:].strip()
    name, _, role = text.partition(",")
    organisation = ""
    if "(" in name and name.rstrip().endswith(")"):
        name, _, organisation = name.rstrip()[:-1].partition("(")
    name = " ".join(name.split())
    return (name, role.strip(), organisation.strip(), speech) if name else None


@dataclass(frozen=True)
class Floor:
    """Who has the floor and their own countdown, as the stage display shows it."""

    name: str
    digits: str
    phase: Phase
    seconds: int  # shown seconds; negative in overtime
    paused: bool


class QueueList(QListWidget):
    """Waiting speakers; a drop becomes a `speaker.move`."""

    moved = Signal(str, int)  # entry id, 1-based position among the block's entries

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("speakerQueue")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the podium keeps the keyboard
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def dropEvent(self, event: QDropEvent) -> None:
        """Turn the drop into a `speaker.move`; the list is rebuilt from the file afterwards."""
        item = self.currentItem()
        if item is None:
            return
        index = self.indexAt(event.position().toPoint())
        target = index.row() if index.isValid() else self.count()
        if (
            index.isValid()
            and self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.BelowItem
        ):
            target += 1
        entry_id, position, row = item.data(EntryRole)
        if target > row:
            target -= 1  # the dragged entry leaves its place first
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if target != row:
            self.moved.emit(entry_id, max(1, position + target - row))


class SpeakerPanel(QWidget):
    command = Signal(str, dict)
    done = Signal()  # Enter in the quick-add: the keyboard goes back to the podium

    def __init__(self, actions: dict[ActionId, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The list's commands, as methods: each is emitted as `command` (name, arguments).
        self.commands: Commands[None] = Commands(self.command.emit)
        self.setObjectName("speakerPanel")
        self.entries: list[QueueEntry] = []
        self.block_id: uuid.UUID | None = None
        title = QLabel(self.tr("Speakers"))
        font = title.font()
        font.setPixelSize(18)
        font.setBold(True)
        title.setFont(font)
        self.current_name = named(QLabel(), "speakerName")
        f = self.current_name.font()
        f.setPixelSize(24)
        f.setBold(True)
        self.current_name.setFont(f)
        self.current_name.setWordWrap(True)
        self.current_role = named(QLabel(), "speakerRole")
        self.current_role.setWordWrap(True)
        self.current_role.setStyleSheet("color: gray")
        self.countdown = named(QLabel(), "speakerCountdown")
        self.countdown.setFont(theme.timer_font(46))
        self.queue = QueueList()
        self.queue.moved.connect(lambda entry, pos: self.commands.speaker_move(entry, pos))
        self.done_label = named(QLabel(wordWrap=True), "speakersDone")
        self.done_label.setStyleSheet("color: gray")
        self.quick = PodiumField("speakerQuickAdd")
        # The hint fits the field (a laptop's 1280 pixels); the whole syntax is in the tooltip.
        self.quick.setPlaceholderText(self.tr("Add: Name (organisation), role"))
        self.quick.setAccessibleName(self.tr("Add a speaker"))
        self.quick.setToolTip(
            self.tr(
                "Add a speaker from the floor: Name (organisation), role, then Enter.\nStart with ! for a point of order (at the top of the list), ? for a question, > for a reply (right after the person speaking).\nCtrl+L comes here; Enter gives the keys back to the podium."
            )
        )
        self.people = QStringListModel(self)
        completer = QCompleter(self.people, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.quick.setCompleter(completer)
        self.category = named(QComboBox(), "speakerCategory")
        self.category.setEditable(True)
        category_line = self.category.lineEdit()
        assert category_line is not None  # an editable box has its line
        category_line.setPlaceholderText(self.tr("Category"))
        self.category.setMinimumWidth(130)
        self.category.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.category.setToolTip(self.tr("Category of a new person (the day's “worlds”)"))
        self.category.setAccessibleName(self.tr("Category of a new person"))
        self.quick.returnPressed.connect(self._quick_add)
        self.quick.returnPressed.connect(self.done)
        category_line.returnPressed.connect(self.done)
        add_row = QHBoxLayout()
        add_row.addWidget(self.quick, 1)
        add_row.addWidget(self.category)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.current_name)
        layout.addWidget(self.current_role)
        layout.addWidget(self.countdown)
        layout.addWidget(self.queue, 1)
        layout.addWidget(self.done_label)
        layout.addLayout(add_row)
        actions[ActionId.SPEAKER_ADD].triggered.connect(self.quick.setFocus)
        actions[ActionId.SPEAKER_UP].triggered.connect(lambda: self.move_selected(-1))
        actions[ActionId.SPEAKER_DOWN].triggered.connect(lambda: self.move_selected(+1))
        actions[ActionId.SPEAKER_REMOVE].triggered.connect(self.remove_selected)

    def show_queue(
        self,
        block_id: uuid.UUID | None,
        entries: list[QueueEntry],
        people: list[str],
        categories: list[str],
    ) -> None:
        """Show a block's list (after a command); the countdown follows in `show_time`."""
        self.block_id, self.entries = block_id, entries
        selected = self.queue.currentItem().data(EntryRole)[0] if self.queue.currentItem() else None
        self.queue.clear()
        block_positions: dict[uuid.UUID, int] = {}
        for e in entries:
            position = block_positions.get(e.block_id, 0) + 1
            block_positions[e.block_id] = position
            if e.status != WAITING:
                continue
            mark = "★ " if e.first_time else ""
            kind = {
                SpeechType.POINT_OF_ORDER: self.tr("point of order"),
                SpeechType.REPLY: self.tr("reply"),
                SpeechType.QUESTION: self.tr("question"),
            }.get(e.speech_type, "")
            role = e.role if len(e.role) <= 60 else e.role[:58].rstrip() + "…"
            text = (
                f"{mark}{e.name}"
                + (f" — {kind}" if kind else "")
                + (f"\n    {role}" if role else "")
            )
            item = QListWidgetItem(text)
            item.setData(EntryRole, (str(e.id), position, self.queue.count()))
            tips = [e.role, e.category]
            if e.first_time:
                tips.append(self.tr("has not spoken yet today"))
            else:
                tips.append(self.tr("%n turns already", "", e.turns_before))
            item.setToolTip("\n".join(t for t in tips if t))
            if e.speech_type == SpeechType.POINT_OF_ORDER:
                item.setForeground(QBrush(theme.DANGER))
            self.queue.addItem(item)
            if str(e.id) == selected:
                self.queue.setCurrentItem(item)
        done = sum(1 for e in entries if e.status == DONE)
        spoke = self.tr("%n spoke", "", done)
        waiting = self.tr("%n waiting", "", self.queue.count())
        parts = [spoke, waiting]
        if any(e.first_time and e.status == WAITING for e in entries):
            parts.append(self.tr("★ has not spoken yet today"))  # what the star means
        self.done_label.setText(" · ".join(parts))
        self.people.setStringList(people)
        current_category = self.category.currentText()
        self.category.clear()
        offered = set(categories) or {self.tr(c) for c in CATEGORIES}
        self.category.addItems(sorted(offered))
        self.category.setCurrentText(current_category)

    def under_way(self) -> QueueEntry | None:
        return next((e for e in self.entries if e.status in UNDER_WAY), None)

    def has_list(self) -> bool:
        """Whether the clicker's Next gives the floor (someone speaks or waits)."""
        return any(e.status in (*UNDER_WAY, WAITING) for e in self.entries)

    def show_time(self, now: datetime, warning: int, danger: int) -> Floor | None:
        """Update the speaker's countdown; return who has the floor, for the stage display."""
        e = self.under_way()
        if e is None:
            self.current_name.setText(self.tr("Nobody has the floor"))
            self.current_role.setText(
                self.tr("S gives the floor to the next speaker") if self.queue.count() else ""
            )
            self.countdown.setText("")
            return None
        reading = e.reading(now)
        phase = phase_of(reading.remaining, warning, danger)
        seconds = shown_seconds(reading, "countdown")
        digits = format_clock(seconds)
        paused_word = self.tr("paused")
        paused = "  (" + paused_word + ")" if e.status == SpeakerStatus.PAUSED else ""
        self.current_name.setText(e.name + paused)
        self.current_role.setText(e.role)
        self.countdown.setText(digits)
        pal = self.countdown.palette()
        pal.setColor(QPalette.ColorRole.WindowText, phase_color(phase, theme.is_dark()))
        self.countdown.setPalette(pal)
        return Floor(e.name, digits, phase, seconds, e.status == SpeakerStatus.PAUSED)

    def _quick_add(self) -> None:
        parsed = parse_quick_add(self.quick.text())
        if parsed is None or self.block_id is None:
            return
        name, role, organisation, speech = parsed
        category = self.category.currentText().strip()
        self.commands.speaker_add(
            str(self.target_block(speech)),
            name,
            speech_type=speech,
            role=role or UNSET,
            organisation=organisation or UNSET,
            category=category or UNSET,
        )
        self.quick.clear()  # (Ctrl+L again for the next request)

    def target_block(self, speech_type: SpeechType) -> uuid.UUID:
        """Which list of the block (itself or a segment) a request goes to: a point of order to
        the list of the first one waiting, a reply to the speaker's, anything else to the end."""
        under_way = self.under_way()
        waiting = [e for e in self.entries if e.status == WAITING]
        if speech_type == SpeechType.REPLY and under_way is not None:
            return under_way.block_id
        first = waiting[0] if waiting else under_way
        if speech_type == SpeechType.POINT_OF_ORDER and first is not None:
            return first.block_id
        if self.entries:
            return self.entries[-1].block_id
        assert self.block_id is not None  # requests are taken only while a block is shown
        return self.block_id

    def remove_selected(self) -> None:
        item = self.queue.currentItem()
        if item is not None:
            self.commands.speaker_remove(entry=item.data(EntryRole)[0])

    def move_selected(self, step: int) -> None:
        item = self.queue.currentItem() or (self.queue.item(0) if self.queue.count() else None)
        if item is None:
            return
        entry_id, position, _row = item.data(EntryRole)
        self.commands.speaker_move(entry_id, max(1, position + step))
