"""The preview of a read programme: days, blocks and their items, editable before applying."""

from __future__ import annotations

import copy
from datetime import date, time
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
)

from facilitateur.models.agenda.model import BlockKind
from facilitateur.models.agenda.timeofday import parse_clock
from facilitateur.models.programme.assemble import BlockNote, DayNote
from facilitateur.models.programme.model import KindRule, Rule
from facilitateur.models.programme.people import (
    labelled_speakers,
    speaker_list,
    speakers_from_text,
)
from facilitateur.models.programme.times import BLOCK_LINE, hhmm, read_range
from facilitateur.models.programme.words import kind_of
from facilitateur.ui import dates, theme
from facilitateur.ui.noop import QT_TRANSLATE_NOOP
from facilitateur.ui.prepare.agenda_nodes import not_a_time
from facilitateur.ui.prepare.kinds import kind_label
from facilitateur.ui.tables import ElidingDelegate, text_width

START, END, TITLE, KIND, SPEAKERS = range(5)
SPEAKERS_LEAST, SPEAKERS_MOST = 150, 240
PathRole = Qt.ItemDataRole.UserRole + 1
DayRole = Qt.ItemDataRole.UserRole + 2

# How each block was found, said in the tooltip of its title.
RULES = {
    Rule.TIMED_LINE: QT_TRANSLATE_NOOP("ProgrammeRules", "A line that starts with a time"),
    Rule.TABLE_ROW: QT_TRANSLATE_NOOP(
        "ProgrammeRules", "A row of a table (cells between tabs or “|”, or on their own lines)"
    ),
    Rule.TIME_ALONE: QT_TRANSLATE_NOOP(
        "ProgrammeRules", "Times alone on a line, the title on the next one"
    ),
    Rule.TITLE_FIRST: QT_TRANSLATE_NOOP(
        "ProgrammeRules", "A title followed by its times (“Opening: 10am - 10:30am”)"
    ),
    Rule.UNTIMED: QT_TRANSLATE_NOOP(
        "ProgrammeRules", "A line without a time, placed between the timed blocks around it"
    ),
    Rule.COLUMNS: QT_TRANSLATE_NOOP(
        "ProgrammeRules", "A row of the table, columns by their header"
    ),
    Rule.BY_HAND: QT_TRANSLATE_NOOP("ProgrammeRules", "Added by hand"),
}
KIND_RULES = {
    KindRule.WORD: QT_TRANSLATE_NOOP("ProgrammeRules", "Kind from the words “%1”"),
    KindRule.COLUMN: QT_TRANSLATE_NOOP("ProgrammeRules", "Kind from the table’s kind column"),
    KindRule.CHAIRED: QT_TRANSLATE_NOOP(
        "ProgrammeRules", "Kind: several speakers and a moderator make a panel"
    ),
    KindRule.PARTS: QT_TRANSLATE_NOOP("ProgrammeRules", "Kind from the words “%1” of its part"),
    KindRule.WITH_ITEMS: QT_TRANSLATE_NOOP(
        "ProgrammeRules", "Kind: no word says it; with several parts under it, a plenary"
    ),
    KindRule.DEFAULT: QT_TRANSLATE_NOOP(
        "ProgrammeRules", "Kind: no word says it and someone speaks, a talk"
    ),
    KindRule.NOTHING_NAMED: QT_TRANSLATE_NOOP(
        "ProgrammeRules", "Kind: no word says it and nobody is named, another kind"
    ),
    KindRule.BETWEEN_TALKS: QT_TRANSLATE_NOOP(
        "ProgrammeRules", "Kind: no word says it, between two talks, a talk"
    ),
}


def rule_text(note: BlockNote) -> str:
    """How a block was found and why it has its kind, in the interface language."""
    found = QCoreApplication.translate("ProgrammeRules", RULES[note.rule])
    kind = QCoreApplication.translate("ProgrammeRules", KIND_RULES.get(note.kind_rule, ""))
    return f"{found}\n{kind.replace('%1', note.kind_word)}" if kind else found


def speakers_text(speakers: list[dict[str, Any]]) -> str:
    """The names, one per `;`, as the speakers cell shows them and takes them back."""
    return "; ".join(s["name"] for s in speakers)


class _KindEditor(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        box = QComboBox(parent)
        for kind in BlockKind:
            box.addItem(theme.kind_icon(kind), kind_label(kind), kind.value)
        return box

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.UserRole)), 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class ProgrammeTree(QTreeWidget):
    """Shows a programme (the JSON of `program parse`) and keeps the user's edits in it."""

    edited = Signal()
    refused = Signal(str)
    clock_changed = Signal(int, bool)  # a day's index, its 12-hour reading on or off

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("programmePreview")
        self.setColumnCount(5)
        self.setHeaderLabels(
            [
                self.tr("Start"),
                self.tr("End"),
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("Speakers"),
            ]
        )
        self.setTreePosition(TITLE)
        self.setAlternatingRowColors(True)
        # The titles and the speakers' names wrap (between names), never cut: what is
        # imported is read whole before it is imported.
        self.setWordWrap(True)
        self.setItemDelegate(ElidingDelegate(self, wrap=(TITLE, SPEAKERS), names=(SPEAKERS,)))
        self.setItemDelegateForColumn(KIND, _KindEditor(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("The agenda read"))
        header = self.header()
        for col in (START, END, KIND):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.resizeSection(SPEAKERS, SPEAKERS_LEAST)
        header.sectionResized.connect(lambda *_: self.scheduleDelayedItemsLayout())
        self.programme: dict[str, Any] | None = None
        self.notes: list[DayNote] = []
        self._loading = False
        self.itemChanged.connect(self._changed)

    def show_programme(
        self, programme: dict[str, Any] | None, notes: list[DayNote] | None = None
    ) -> None:
        """Show a programme (a copy is kept and edited), with what the reader says of it."""
        self.notes = copy.deepcopy(notes or [])
        self._fill(copy.deepcopy(programme))

    def _fill(self, programme: dict[str, Any] | None) -> None:
        self._loading = True
        self.clear()
        self.programme = programme
        for d, day in enumerate((programme or {}).get("days", [])):
            note = self.notes[d] if d < len(self.notes) else None
            when = _date_text(day.get("date"))
            label = " · ".join(x for x in (day.get("label"), when) if x) or self.tr(
                "Day %1"
            ).replace("%1", str(d + 1))
            top = QTreeWidgetItem(
                [_clock_text(day.get("start")), _clock_text(day.get("end")), label, "", ""]
            )
            top.setData(TITLE, DayRole, d)
            top.setIcon(TITLE, theme.icon("calendar-days"))
            font = top.font(TITLE)
            font.setBold(True)
            top.setFont(TITLE, font)
            if note is not None and (note.ambiguous or note.forced is not None):
                # The 12-hour reading of the day, shown and switched with one click.
                top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                on = note.forced if note.forced is not None else note.twelve_hour
                top.setCheckState(KIND, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                top.setText(KIND, self.tr("12-hour clock"))
                top.setToolTip(
                    KIND,
                    self.tr(
                        "Ticked: times without am/pm are read on a 12-hour clock (1:30 after 12:30 is 13:30). Unticked: they are read as written."
                    ),
                )
            self.addTopLevelItem(top)
            for b, block in enumerate(day["blocks"]):
                node = self._node(block, (d, b))
                if note is not None and b < len(note.blocks):
                    node.setToolTip(TITLE, rule_text(note.blocks[b]))
                    node.setToolTip(KIND, rule_text(note.blocks[b]))
                top.addChild(node)
                for i, item in enumerate(block.get("items", [])):
                    node.addChild(self._node(item, (d, b, i)))
        self.expandAll()
        self._fit_speakers()
        self._loading = False

    def _fit_speakers(self) -> None:
        """The speakers' column as wide as the longest name, within the bounds: a name is
        never cut, and the title keeps most of the width."""
        names = [
            s["name"]
            for day in (self.programme or {}).get("days", [])
            for block in day["blocks"]
            for part in (block, *block.get("items", []))
            for s in part.get("speakers", [])
        ]
        widest = text_width(self, names)
        self.header().resizeSection(SPEAKERS, max(SPEAKERS_LEAST, min(widest, SPEAKERS_MOST)))

    def _node(self, data: dict[str, Any], path: tuple[int, ...]) -> QTreeWidgetItem:
        node = QTreeWidgetItem(
            [
                _clock_text(data.get("start")),
                _clock_text(data.get("end")),
                data["title"],
                kind_label(data.get("kind", "other")),
                speakers_text(data.get("speakers", [])),
            ]
        )
        node.setData(TITLE, PathRole, path)
        node.setData(KIND, Qt.ItemDataRole.UserRole, data.get("kind", "other"))
        node.setIcon(TITLE, theme.kind_icon(data.get("kind", "other")))
        if data.get("end_inferred"):
            node.setForeground(END, Qt.GlobalColor.gray)
            node.setToolTip(END, self.tr("End inferred from the next block"))
        node.setToolTip(SPEAKERS, self._speakers_tip(data.get("speakers", [])))
        node.setFlags(node.flags() | Qt.ItemFlag.ItemIsEditable)
        return node

    def _speakers_tip(self, speakers: list[dict[str, Any]]) -> str:
        lines = []
        for s in speakers:
            about = ", ".join(x for x in (s.get("organisation"), s.get("role")) if x)
            lines.append(f"{s['name']} — {about}" if about else s["name"])
        if lines:
            lines.append(self.tr("Edit: names separated by “;”, e.g. Name (Organisation), role"))
        return "\n".join(lines)

    # Corrections from the lines the reader did not understand ------------------------------
    def _selected_path(self) -> tuple[int, ...] | None:
        node = self.currentItem()
        if node is None:
            return None
        path = node.data(TITLE, PathRole)
        if path:
            return tuple(path)
        day = node.data(TITLE, DayRole)
        return (day,) if day is not None else None

    def add_block(self, text: str) -> bool:
        """Add a block read from `text` (`14h30 Atelier` or a title) after the selected block,
        or at the end of the selected day (or of the last one)."""
        if not self.programme or not self.programme.get("days"):
            self.refused.emit(self.tr("There is no day to add a block to"))
            return False
        path = self._selected_path() or (len(self.programme["days"]) - 1,)
        day = self.programme["days"][path[0]]
        m = BLOCK_LINE.match(text.strip())
        start = end = None
        title = text.strip()
        if m:
            a, b = read_range(m)
            start, end, title = (
                hhmm(a.minutes if a else None),
                hhmm(b.minutes if b else None),
                m.group("rest"),
            )
        block: dict[str, Any] = {
            "start": start,
            "end": end,
            "end_inferred": False,
            "title": title,
            "kind": kind_of(title) or "talk",
            "speakers": [],
            "items": [],
        }
        at = path[1] + 1 if len(path) > 1 else len(day["blocks"])
        day["blocks"].insert(at, block)
        if path[0] < len(self.notes):
            self.notes[path[0]].blocks.insert(at, BlockNote(Rule.BY_HAND, KindRule.WORD, ""))
        self._refill((path[0], at))
        return True

    def add_speaker(self, text: str) -> bool:
        """Add the speaker written in `text` to the selected block or part."""
        path = self._selected_path()
        if path is None or len(path) < 2:
            self.refused.emit(self.tr("Select the block of this speaker in the agenda first"))
            return False
        data = self._data_at(path)
        people = labelled_speakers(text) or speaker_list(text, single=True)
        data["speakers"] = [*data.get("speakers", []), *(people or speakers_from_text(text))]
        self._refill(path)
        return True

    def _data_at(self, path: tuple[int, ...]) -> dict[str, Any]:
        assert self.programme is not None  # a path is of the programme shown
        block = self.programme["days"][path[0]]["blocks"][path[1]]
        return block["items"][path[2]] if len(path) == 3 else block

    def _refill(self, select: tuple[int, ...]) -> None:
        self._fill(self.programme)
        top = self.topLevelItem(select[0])
        node = top.child(select[1]) if top is not None and len(select) > 1 else top
        if node is not None and len(select) == 3:
            node = node.child(select[2])
        if node is not None:
            self.setCurrentItem(node)
        self.edited.emit()

    def _target(self, node: QTreeWidgetItem) -> dict[str, Any] | None:
        path = node.data(TITLE, PathRole)
        if not path or self.programme is None:
            return None
        block = self.programme["days"][path[0]]["blocks"][path[1]]
        return block["items"][path[2]] if len(path) == 3 else block

    # The keyboard -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return (or Enter) edits the cell under the cursor, as F2 does, and never reaches the
        dialog's Import button: a correction is typed, then confirmed with Return. Space on a
        day switches its 12-hour reading, whichever of its cells has the cursor."""
        node = self.currentItem()
        key = Qt.Key(event.key())
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if node is not None and plain and self.state() != self.State.EditingState:
            column = self.currentColumn()
            clock = node.data(TITLE, DayRole) is not None and bool(
                node.flags() & Qt.ItemFlag.ItemIsUserCheckable
            )
            if key == Qt.Key.Key_Space and clock:
                on = node.checkState(KIND) == Qt.CheckState.Checked
                node.setCheckState(KIND, Qt.CheckState.Unchecked if on else Qt.CheckState.Checked)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if node.flags() & Qt.ItemFlag.ItemIsEditable and column in (
                    START,
                    END,
                    TITLE,
                    KIND,
                    SPEAKERS,
                ):
                    self.editItem(node, column)
                event.accept()
                return
        super().keyPressEvent(event)

    def _changed(self, node: QTreeWidgetItem, column: int) -> None:
        if self._loading:
            return
        day = node.data(TITLE, DayRole)
        if day is not None:
            if column == KIND and node.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                on = node.checkState(KIND) == Qt.CheckState.Checked
                # Later: the tree is rebuilt on the new reading, not under the click's feet.
                QTimer.singleShot(0, lambda: self.clock_changed.emit(day, on))
            return
        data = self._target(node)
        if data is None:
            return
        text = node.text(column).strip()
        try:
            if column == TITLE:
                if not text:
                    raise ValueError(self.tr("A block needs a title"))
                data["title"] = text
            elif column in (START, END) and "items" in data:
                key = "start" if column == START else "end"
                try:
                    data[key] = parse_clock(text).strftime("%H:%M") if text else None
                except ValueError:
                    raise ValueError(not_a_time(text)) from None
                self._loading = True  # shown as every time is (`9h15` typed, `9 h 15` shown)
                node.setText(column, _clock_text(data[key]))
                self._loading = False
                data["end_inferred"] = False if key == "end" else data.get("end_inferred", False)
            elif column == KIND:
                data["kind"] = node.data(KIND, Qt.ItemDataRole.UserRole)
                node.setIcon(TITLE, theme.kind_icon(data["kind"]))
            elif column == SPEAKERS:
                data["speakers"] = speakers_from_text(text, data.get("speakers", []))
                self._loading = True
                node.setText(SPEAKERS, speakers_text(data["speakers"]))
                node.setToolTip(SPEAKERS, self._speakers_tip(data["speakers"]))
                self._loading = False
            else:
                return
        except ValueError as e:
            self.refused.emit(str(e))
            self._loading = True
            node.setText(
                column,
                {
                    TITLE: data["title"],
                    START: _clock_text(data.get("start")),
                    END: _clock_text(data.get("end")),
                }.get(column, ""),
            )
            self._loading = False
            return
        self.edited.emit()


def _clock_text(value: str | None) -> str:
    """A programme's `HH:MM` as the interface writes times (`9 h 15`, `9:15 AM`)."""
    try:
        return dates.clock(time.fromisoformat(value)) if value else ""
    except ValueError:
        return value or ""


def _date_text(value: str | None) -> str:
    """A programme's ISO date as the interface writes dates."""
    try:
        return dates.short_date(date.fromisoformat(value)) if value else ""
    except ValueError:
        return value or ""
