"""The notes' table: the text takes the width, the other columns what their content needs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from facilitateur.models.notes.deadlines import read_deadline
from facilitateur.ui import dates, theme
from facilitateur.ui.notes.notes_model import (
    AUTHOR,
    DUE,
    KIND,
    KIND_NAMES,
    OWNER,
    PLACE,
    SPEAKER,
    STATUS,
    TEXT,
    WHEN,
    NotesFilter,
    RowRole,
    tr,
)
from facilitateur.ui.tables import ElidingDelegate, share_width, text_width

# The columns other than the text: their least width (below it their words would not read),
# and the most they take however long their content (past it, it is cut in the middle).
LEAST = {WHEN: 48, KIND: 96, PLACE: 110, SPEAKER: 110, OWNER: 90, DUE: 86, STATUS: 50, AUTHOR: 70}
MOST = {PLACE: 260, SPEAKER: 200, OWNER: 180, AUTHOR: 140}
TEXT_LINES = 2  # a note shows its first two lines (a decision or an action, whole)


class DueDelegate(QStyledItemDelegate):
    """A deadline typed as people write it (`15/03`, `vendredi`, `dans 15 jours`, `Mar 15`;
    nothing: no deadline), read by the reader of the notes typed at the podium. A text that is
    no date is shown in red with what would be, Return does not take it, and if the person
    leaves the cell anyway the deadline stays as it was and `unread` says why."""

    unread = Signal(str)

    def __init__(self, parent: QWidget, today: Callable[[], date]) -> None:
        super().__init__(parent)
        self.today = today

    def _read(self, typed: str) -> date | None:
        return read_deadline(typed, self.today(), dates.current_forms().month_first)

    def createEditor(self, parent, option, index) -> QLineEdit:
        editor = QLineEdit(parent)
        editor.setObjectName("dueEditor")
        editor.setValidator(_DeadlineValidator(editor, self._read))
        editor.setPlaceholderText(self.tr("no deadline"))
        editor.textChanged.connect(lambda text, e=editor: self._mark(e, text))
        editor.textEdited.connect(lambda _text, e=editor: e.setProperty("typed", True))
        return editor

    def _mark(self, editor: QLineEdit, text: str) -> None:
        wrong = bool(text.strip()) and self._read(text) is None
        editor.setStyleSheet(f"color: {theme.DANGER.name()};" if wrong else "")
        editor.setToolTip(dates.not_a_deadline(self.today().year) if wrong else "")

    def setEditorData(self, editor, index) -> None:
        if editor.property("typed"):  # the view refills an open editor at each change of its
            return  # row: what is being typed is never replaced
        row = index.data(RowRole)
        editor.setText(dates.short_date(row.due) if row is not None else "")
        editor.selectAll()

    def setModelData(self, editor, model, index) -> None:
        typed = editor.text().strip()
        due = self._read(typed) if typed else None
        if typed and due is None:
            self.unread.emit(
                self.tr("“%1” is not a date: the deadline was not changed. %2")
                .replace("%1", typed)
                .replace("%2", dates.not_a_deadline(self.today().year))
            )
            return
        model.setData(index, QDate(due.year, due.month, due.day) if due else QDate())


class _DeadlineValidator(QValidator):
    """Nothing, or a text the deadline reader takes: anything else is still being typed (Qt's
    item views then keep the editor open on Return)."""

    def __init__(self, parent: QLineEdit, read: Callable[[str], date | None]) -> None:
        super().__init__(parent)
        self.read = read

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if not text.strip() or self.read(text) is not None:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos


class NotesTable(QTableView):
    """The notes' table: the text takes the width and two lines; the other columns keep what
    their content needs (the names of the day's blocks, speakers and authors), cut in the
    middle when they must give up width; a cut cell shows its whole text in its tooltip. Never
    a horizontal scroll bar."""

    def __init__(
        self, name: str, model: NotesFilter, hidden: tuple[int, ...], today: Callable[[], date]
    ) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setItemDelegate(
            ElidingDelegate(self, middle=(PLACE, SPEAKER, OWNER, AUTHOR), wrap=(TEXT,))
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        # Fixed heights and widths, never "resize to contents": that would measure every one
        # of 10,000 rows at each keystroke of the search.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().lineSpacing() * TEXT_LINES + 10
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for col in hidden:
            self.setColumnHidden(col, True)
        self.due = DueDelegate(self, today)  # `today`: the day a deadline counts from
        self.setItemDelegateForColumn(DUE, self.due)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.wanted: dict[int, int] = {}
        # A time and a deadline are never cut, whatever their language's form (measured once:
        # the language and the font stay for the application's life).
        self.whole = self._whole_values()
        self.least = {**LEAST, **{c: max(LEAST[c], w) for c, w in self.whole.items()}}
        self.show_contents({})

    def show_contents(self, contents: dict[int, list[str]]) -> None:
        """The texts of the columns (their distinct values: the day's blocks, speakers,
        owners and authors), from which each column's width is taken."""
        model = self.model()

        def head(col: int) -> int:
            return text_width(self, [str(model.headerData(col, Qt.Orientation.Horizontal))])

        kinds = contents.get(KIND) or [tr(k) for k in KIND_NAMES.values()]
        fixed = {
            WHEN: self.whole[WHEN],  # in the language's form (`10:55 PM`)
            KIND: text_width(self, kinds, bold=True) + 24,  # (and the flag of an open action)
            DUE: self.whole[DUE],  # (`Dec 28, 2026`)
            STATUS: 50,
        }
        self.wanted = {}
        for col in (WHEN, KIND, PLACE, SPEAKER, OWNER, DUE, STATUS, AUTHOR):
            if self.isColumnHidden(col):
                continue
            content = fixed.get(col) or text_width(self, contents.get(col, []))
            self.wanted[col] = min(max(content, head(col)), MOST.get(col, 10_000))
        self.fit_columns()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def _whole_values(self) -> dict[int, int]:
        """The widths a time and a deadline need in the interface's forms: `10:55 PM` and
        `Dec 28, 2026` are wider than `22 h 55` and `28/12/2026`, and are never cut."""
        metrics = self.fontMetrics()
        pad = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 12
        return {
            WHEN: metrics.horizontalAdvance(dates.clock(time(22, 55))) + pad,
            DUE: metrics.horizontalAdvance(dates.short_date(date(2026, 12, 28))) + pad,
        }

    def fit_columns(self) -> None:
        share_width(self.horizontalHeader(), self.viewport().width(), self.wanted, self.least, TEXT)
