"""Notes (Ctrl+3): every note of the day with filters, inline editing, and the action list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitateur.clock import Clock, SystemClock
from facilitateur.models.agenda.read import deadline_day, event_dates, event_settings
from facilitateur.models.commands.core import Changes
from facilitateur.models.commands.front import Commands
from facilitateur.models.notes.model import ActionStatus, NoteKind
from facilitateur.models.notes.query import read_notes
from facilitateur.models.storage.base import TableName
from facilitateur.ui import dates, theme
from facilitateur.ui.naming import named
from facilitateur.ui.notes.note_editor import NoteEditor
from facilitateur.ui.notes.note_menu import NoteMenu
from facilitateur.ui.notes.notes_model import (
    AUTHOR,
    DUE,
    INTERNAL,
    KIND,
    KIND_NAMES,
    OWNER,
    PLACE,
    SPEAKER,
    STATUS,
    WHEN,
    NotesFilter,
    NotesModel,
    RowRole,
)
from facilitateur.ui.notes.notes_model import tr as tr_notes
from facilitateur.ui.notes.notes_table import NotesTable
from facilitateur.ui.qt_event import QtEvent, note_saved
from facilitateur.ui.run.note_capture import NoteCapture

WATCHED = (TableName.NOTE, TableName.PERSON, TableName.AGENDA_BLOCK, TableName.TOPIC)
EDITOR_WIDTH = 320  # beside the list: enough for a paragraph, the list keeps the rest


class NotesScreen(QWidget):
    status = Signal(str)

    def __init__(self, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesScreen")
        self.clock = clock or SystemClock()  # the day a deadline counts from (see _deadline_day)
        self.current: QtEvent | None = None
        self._event_dates: tuple[date, ...] = ()  # see _deadline_day
        self._pending = False
        self._stale = False
        self._dirty: set | None = set()  # notes changed since shown (None: everything)
        # The distinct names of each column, from which its width is taken.
        self._contents: dict[int, set[str]] = {
            KIND: set(),
            PLACE: set(),
            SPEAKER: set(),
            OWNER: set(),
            AUTHOR: set(),
        }
        self.model = NotesModel(self._run, None, self)
        self.filter = NotesFilter(self)
        self.filter.setSourceModel(self.model)
        self.actions_filter = NotesFilter(self)
        self.actions_filter.setSourceModel(self.model)
        self.actions_filter.set(kind="action")

        self.search = named(QLineEdit(), "notesSearch")
        self.search.setPlaceholderText(self.tr("Search the notes (accents do not matter)"))
        self.search.setClearButtonEnabled(True)
        self.kind = self._combo("notesKind", self.tr("All kinds"))
        for key, name in KIND_NAMES.items():
            self.kind.addItem(tr_notes(name), key)
        self.place = self._combo("notesBlock", self.tr("All blocks"))
        self.speaker = self._combo("notesSpeaker", self.tr("All speakers"))
        self.author = self._combo("notesAuthor", self.tr("All authors"))
        self.internal = self._combo("notesInternal", self.tr("Public and internal"))
        self.internal.addItem(self.tr("Public only"), False)
        self.internal.addItem(self.tr("Internal only"), True)
        for box, name in (
            (self.kind, self.tr("Kind of note")),
            (self.place, self.tr("Block")),
            (self.speaker, self.tr("Speaker")),
            (self.author, self.tr("Author")),
            (self.internal, self.tr("Public or internal")),
        ):
            box.setAccessibleName(name)
            box.setToolTip(name)
            box.setMinimumContentsLength(8)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        # Its three choices are short and all said whole (the others take what is left).
        self.internal.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.internal.setMinimumWidth(self.internal.sizeHint().width())
        self.search.setAccessibleName(self.tr("Search the notes"))
        # The editor beside the list folds away, and the list takes its width.
        self.editor_toggle = named(QToolButton(), "notesEditorToggle")
        self.editor_toggle.setCheckable(True)
        self.editor_toggle.setChecked(True)
        self.editor_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.editor_toggle.toggled.connect(self.show_editor)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for w in (self.kind, self.place, self.speaker, self.author):
            filters.addWidget(w, 1)
        filters.addWidget(self.internal)
        filters.addWidget(self.editor_toggle)

        # Who and by when an action is due are in the Actions tab; here the text has the room.
        self.table = self._table("notesTable", self.filter, hidden=(OWNER, DUE, STATUS))
        self.action_table = self._table(
            "actionsTable", self.actions_filter, hidden=(WHEN, KIND, SPEAKER, AUTHOR)
        )
        self.table.setAccessibleName(self.tr("All notes"))
        self.action_table.setAccessibleName(self.tr("Actions"))
        self.tabs = named(QTabWidget(), "notesTabs")
        self.tabs.addTab(self.table, theme.icon("message-square-text"), self.tr("All notes"))
        self.tabs.addTab(self.action_table, theme.icon("flag"), self.tr("Actions"))
        self.count = named(QLabel(), "notesCount")
        self.capture = NoteCapture(self._run, self._links, today=self._deadline_day)
        self.capture.saved.connect(lambda: self.status.emit(note_saved(self.current)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.editor = NoteEditor(self._run, None, self._stored, self._refusal)
        self.editor.conflict.take_theirs.connect(self._settled)
        self.editor.saved.connect(lambda _t: self.status.emit(note_saved(self.current)))
        split = named(QSplitter(), "notesSplit")
        split.addWidget(self.tabs)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setCollapsible(0, False)
        split.setSizes([1000, EDITOR_WIDTH])
        split.splitterMoved.connect(lambda *_: self._editor_moved())
        self.split = split
        self._update_editor_toggle()
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.capture)
        layout.addWidget(self.count)

        self.search.textChanged.connect(lambda text: self._filter(words=text))
        self.kind.currentIndexChanged.connect(
            lambda _i: self._filter(kind=self.kind.currentData() or "")
        )
        self.place.currentIndexChanged.connect(
            lambda _i: self._filter(place=self.place.currentData() or "")
        )
        self.speaker.currentIndexChanged.connect(
            lambda _i: self._filter(speaker=self.speaker.currentData() or "")
        )
        self.author.currentIndexChanged.connect(
            lambda _i: self._filter(author=self.author.currentData() or "")
        )
        self.internal.currentIndexChanged.connect(
            lambda _i: self._filter(internal=self.internal.currentData())
        )
        delete = QAction(theme.icon("trash-2"), self.tr("Delete the note"), self)
        delete.setShortcut("Del")
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)
        self.action_table.addAction(delete)
        self.delete_action = delete
        new_note = QAction(theme.icon("plus"), self.tr("New note"), self)
        new_note.setShortcut("Ctrl+Shift+N")
        new_note.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new_note.triggered.connect(self._new_note_beside)
        self.addAction(new_note)
        for table in (self.table, self.action_table):
            table.selectionModel().currentRowChanged.connect(
                lambda current, _prev: self._show_in_editor(current)
            )

    def _combo(self, name: str, everything: str) -> QComboBox:
        box = named(QComboBox(), name)
        box.addItem(everything, None)
        return box

    def _table(self, name: str, model: NotesFilter, hidden: tuple[int, ...]) -> NotesTable:
        table = NotesTable(name, model, hidden, self._deadline_day)
        table.due.unread.connect(self.status)
        table.customContextMenuRequested.connect(lambda pos, t=table: self._menu(t, pos))
        return table

    # The event -------------------------------------------------------------------------------
    def _deadline_day(self) -> date:
        """The day a note's deadline counts from (`vendredi`, `15/03`): the meeting's, from the
        days read when they change (a note is typed even while a shared server is away)."""
        return deadline_day(self._event_dates, self.clock.now().astimezone().date())

    def set_event(self, event: QtEvent | None) -> None:
        self.current = event
        self._event_dates = event_dates(event.file) if event is not None else ()
        if event is not None:
            event.changed.connect(self._on_changed)
        if self.isVisible() or event is None:
            self.reload()
        else:  # read when first shown: opening a file of 10,000 notes does not wait for them
            self.model.set_rows([], None)
            self._dirty, self._stale = None, True

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(TableName.DAY) and self.current is not None:
            self._event_dates = event_dates(self.current.file)
        # Reading every note costs time with thousands of them: only while the screen is shown
        # (a note typed at the podium must not stall it), otherwise when it is next shown; and
        # when only notes changed, only those notes (each note is saved as it is typed here).
        if not changes.touches(*WATCHED):
            return
        shown = self.editor.note_id
        if changes.result.get("remote") and shown in changes.ids and self.current is not None:
            stored = read_notes(self.current.file, [shown])
            if stored:
                self.editor.show_stored(stored[0].text, stored[0].version)
        if changes.tables <= {TableName.NOTE} and self._dirty is not None:
            self._dirty |= set(changes.ids)
        else:
            self._dirty = None  # names of blocks, people or topics: read everything again
        self._stale = True
        if self.isVisible() and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._refresh)

    def _refresh(self) -> None:
        if self._dirty is None or len(self._dirty) > 500 or self.current is None:
            self.reload()  # (a long time away: reading them all is as quick)
            return
        ids, self._dirty = self._dirty, set()
        self._pending = self._stale = False
        changed = read_notes(self.current.file, ids)
        self.model.apply(changed, ids - {r.id for r in changed})
        for box, values in (
            (self.place, {r.place for r in changed if r.place}),
            (self.speaker, {r.speaker for r in changed if r.speaker}),
            (self.author, {r.author for r in changed if r.author}),
        ):
            for v in sorted(values):
                if box.findData(v) < 0:
                    box.addItem(v, v)
        if self._add_contents(changed):  # a new name: the columns are sized again
            self._size_columns()
        self._update_count()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._refresh()

    def reload(self) -> None:
        self._pending = self._stale = False
        self._dirty = set()
        rows, tz = [], None
        if self.current is not None:
            rows = read_notes(self.current.file)
            tz = event_settings(self.current.file).tz
        self.model.set_rows(rows, tz)
        for box, values in (
            (self.place, sorted({r.place for r in rows if r.place})),
            (self.speaker, sorted({r.speaker for r in rows if r.speaker})),
            (self.author, sorted({r.author for r in rows if r.author})),
        ):
            keep = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for v in values:
                box.addItem(v, v)
            box.setCurrentIndex(max(box.findData(keep), 0) if keep else 0)
            box.blockSignals(False)
        self._contents = {KIND: set(), PLACE: set(), SPEAKER: set(), OWNER: set(), AUTHOR: set()}
        self._add_contents(rows)
        self._size_columns()
        self._update_count()

    def _add_contents(self, rows) -> bool:
        """Remember the kinds, blocks, speakers, owners and authors of `rows`; whether one
        is new."""
        before = sum(len(v) for v in self._contents.values())
        for r in rows:
            label = tr_notes(KIND_NAMES.get(r.kind, r.kind))
            self._contents[KIND].add(f"{label} · {tr_notes(INTERNAL)}" if r.internal else label)
            for col, value in ((PLACE, r.place), (SPEAKER, r.speaker), (OWNER, r.owner)):
                if value:
                    self._contents[col].add(value)
            if r.author:
                self._contents[AUTHOR].add(r.author)
        return sum(len(v) for v in self._contents.values()) != before

    def _size_columns(self) -> None:
        """The tables' columns sized to the day's blocks, speakers, owners and authors."""
        contents = {col: sorted(values) for col, values in self._contents.items()}
        for table in (self.table, self.action_table):
            table.show_contents(contents)

    # The editor beside the list ----------------------------------------------------------------
    def _new_note_beside(self) -> None:
        self.show_editor(True)
        self.new_note()

    def show_editor(self, shown: bool) -> None:
        """Unfold the editor beside the list (at its usual width), or fold it away."""
        sizes = self.split.sizes()
        total = sum(sizes)
        if shown and sizes[1] == 0:
            self.split.setSizes([max(total - EDITOR_WIDTH, 0), EDITOR_WIDTH])
        elif not shown and sizes[1] > 0:
            self.split.setSizes([total, 0])
        self._update_editor_toggle()

    def _editor_moved(self) -> None:
        self._update_editor_toggle()

    def _update_editor_toggle(self) -> None:
        shown = self.split.sizes()[1] > 0
        self.editor_toggle.blockSignals(True)
        self.editor_toggle.setChecked(shown)
        self.editor_toggle.blockSignals(False)
        self.editor_toggle.setIcon(theme.icon("panel-right-close" if shown else "panel-right-open"))
        self.editor_toggle.setText(self.tr("Editor"))
        self.editor_toggle.setToolTip(
            self.tr("Fold the editor away: the list takes its width")
            if shown
            else self.tr("Show the editor beside the list (Ctrl+Shift+N starts a note)")
        )

    def _filter(self, **criteria) -> None:
        self.filter.set(**criteria)
        self._update_count()

    def _update_count(self) -> None:
        actions = [r for r in self.model.rows if r.kind == NoteKind.ACTION]
        open_actions = sum(1 for r in actions if r.status != ActionStatus.DONE)
        shown = self.tr("Showing %1 of %n notes", "", len(self.model.rows))
        self.count.setText(
            shown.replace("%1", str(self.filter.rowCount()))
            + " · "
            + self.tr("%n actions, %1 open", "", len(actions)).replace("%1", str(open_actions))
        )

    # Changes ---------------------------------------------------------------------------------
    @property
    def commands(self) -> Commands[Changes | None]:
        """The commands as methods, sent to the open event (nothing when none is open)."""
        return Commands(self._run)

    def _run(self, cmd: str, args: dict) -> Changes | None:
        return self.current.run(cmd, args) if self.current else None

    def _stored(self, note_id) -> tuple[str, int] | None:
        """A note's text and version as stored now (the editor's "take theirs")."""
        if self.current is None:
            return None
        rows = read_notes(self.current.file, [note_id])
        return (rows[0].text, rows[0].version) if rows else None

    def _settled(self) -> None:
        if self.current is not None:
            self.current.settled()

    def _refusal(self) -> str:
        """Why the last command was refused, as said to the user."""
        return self.current.last_refusal if self.current is not None else ""

    def _links(self) -> dict:
        """A note typed here goes to the block chosen in the filter (or to the day)."""
        row = next((r for r in self.model.rows if r.place == self.place.currentData()), None)
        return {"block": str(row.block_id)} if row is not None and row.block_id is not None else {}

    def _show_in_editor(self, index) -> None:
        row = index.data(RowRole) if index.isValid() else None
        if row is not None and row.id != self.editor.note_id:
            title = " · ".join(
                x
                for x in (
                    row.place,
                    row.speaker,
                    dates.time_of_day(row.created_at, self.model.tz),
                )
                if x
            )
            self.editor.edit(row.id, row.text, title, row.version)

    def new_note(self) -> None:
        """A longer note in the editor, for the block chosen in the filter (or the day)."""
        args: dict = {"author": self.capture.author.text().strip()}
        row = next((r for r in self.model.rows if r.place == self.place.currentData()), None)
        if row is not None and row.block_id is not None:
            args["block"] = str(row.block_id)
        self.editor.start_new(args, self.place.currentData() or self.tr("New note"))

    def _selected(self, table: QTableView | None = None):
        table = table or (self.table if self.tabs.currentIndex() == 0 else self.action_table)
        index = table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def delete_selected(self) -> None:
        row = self._selected()
        if row is not None and self.commands.note_remove(str(row.id)):
            self.status.emit(self.tr("Note deleted — Ctrl+Z brings it back"))

    def _menu(self, table: QTableView, pos) -> None:
        row = self._selected(table)
        if row is not None and self.current is not None:
            menu = NoteMenu(self._run, self.current.file, row, self.delete_action, self)
            menu.exec(table.viewport().mapToGlobal(pos))
