"""Every screen and dialog, with the content of a day that was run, on a laptop's screen: each
control has a name a screen reader can say, every icon comes from the shipped set, no table
scrolls sideways, and the columns that matter (the person, the text) keep their width."""

from __future__ import annotations

from datetime import timedelta

import pytest
from gallery import VIEWS, close, gallery_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QMenu,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)

SIZES = ((1366, 768), (1280, 720))


@pytest.fixture(scope="module")
def day_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("gallery")


def _views(qtbot, folder, lang="en", size=(1366, 768)):
    """Each view of the gallery opened in turn: (its name, the window it shows)."""
    windows = {}
    try:
        for view in VIEWS:
            if view.midday not in windows:
                windows[view.midday] = gallery_window(folder, lang, view.midday, size)
                qtbot.addWidget(windows[view.midday])
            window = windows[view.midday]
            shown = view.open(window)
            try:
                yield view.name, shown
            finally:
                close(window, shown)
    finally:
        for window in windows.values():
            window.close()
        from facilitateur.ui.app import make_app

        make_app("en")


def _said_name(widget: QWidget) -> str:
    """What a screen reader says for the widget: its accessible name, or what Qt derives from
    a button's text or a label whose buddy it is."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def _nameless(top: QWidget) -> list[str]:
    out = []
    for w in (top, *top.findChildren(QWidget)):
        if w is not top and not w.isVisibleTo(top):
            continue
        if w.focusPolicy() == Qt.FocusPolicy.NoFocus or w.focusProxy() is not None:
            continue  # the focus goes to another widget, judged on its own
        parent = w.parentWidget()
        if _said_name(w):
            continue
        # The line inside a spin box or a combo box is said by its box.
        if parent is not None and parent.focusProxy() is w and _said_name(parent):
            continue
        out.append(f"{type(w).__name__}#{w.objectName()} in {type(parent).__name__}")
    return out


def test_every_focusable_control_of_every_screen_and_dialog_has_a_name(qtbot, day_folder):
    missing = {}
    for name, shown in _views(qtbot, day_folder):
        nameless = _nameless(shown)
        if nameless:
            missing[name] = nameless
    assert not missing, "\n".join(f"{k}: {', '.join(v)}" for k, v in missing.items())


def _icons(top: QWidget):
    for button in top.findChildren(QAbstractButton):
        if button.isVisibleTo(top) and not button.icon().isNull():
            yield f"{type(button).__name__} {button.text()!r}", button.icon()
    for menu in top.findChildren(QMenu):
        for action in menu.actions():
            if not action.icon().isNull():
                yield f"menu {action.text()!r}", action.icon()


def test_every_icon_shown_comes_from_the_shipped_set(qtbot, day_folder):
    """Dialog buttons (OK, Cancel), message boxes and the menus draw our line icons, not Qt's
    coloured stock ones."""
    foreign = set()
    for name, shown in _views(qtbot, day_folder):
        for what, icon in _icons(shown):
            if not icon.name().startswith("lucide:"):
                foreign.add(f"{name}: {what}")
    assert not foreign, sorted(foreign)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1280x720"])
def test_no_table_of_any_screen_scrolls_sideways(qtbot, day_folder, lang, size):
    scrolling = []
    for name, shown in _views(qtbot, day_folder, lang, size):
        for view in shown.findChildren(QAbstractItemView):
            if not view.isVisibleTo(shown) or view.width() < 50:
                continue
            QApplication.processEvents()
            bar = view.horizontalScrollBar()
            if bar.maximum() > 0:
                scrolling.append(f"{name}: {view.objectName() or type(view).__name__}")
    assert not scrolling


def _dialog_table(shown, name) -> QTableView:
    table = shown.findChild(QTableView, name)
    assert table is not None and table.isVisibleTo(shown)
    return table


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_speaking_time_per_person_shows_every_name_whole(qtbot, day_folder, lang):
    for name, shown in _views(qtbot, day_folder, lang):
        if name != "speaking-person":
            continue
        table = _dialog_table(shown, "speakingPeople")
        fm = QFontMetrics(table.font())
        names = [table.item(r, 0).text() for r in range(table.rowCount())]
        assert len(names) > 5
        widest = max(fm.horizontalAdvance(n) for n in names)
        assert table.columnWidth(0) >= widest + 8  # no "F…", no "Y…"
        assert table.horizontalScrollBar().maximum() == 0
        # The figures say hours or minutes: "13 min 50 s", never "48:51".
        times = [table.item(r, 2).text() for r in range(table.rowCount())]
        assert all(":" not in t and ("min" in t or " s" in t.replace("\u00a0", " ")) for t in times)
        return
    pytest.fail("no speaking-time dialog in the gallery")


def test_the_notes_text_takes_the_width_and_the_editor_folds_away(qtbot, day_folder):
    for name, shown in _views(qtbot, day_folder):
        if name != "notes":
            continue
        notes = shown.notes
        table = notes.table
        from facilitateur.ui.notes.notes_model import TEXT

        before = table.columnWidth(TEXT)
        assert before >= int(0.4 * table.viewport().width())
        assert before > notes.editor.width()  # the text, not the empty editor, has the room
        qtbot.mouseClick(notes.editor_toggle, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert notes.split.sizes()[1] == 0
        assert table.columnWidth(TEXT) > before
        with qtbot.waitActive(shown):
            shown.activateWindow()
        table.setFocus()
        qtbot.keyClick(
            table,
            Qt.Key.Key_N,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        QApplication.processEvents()
        assert notes.split.sizes()[1] > 0  # a new note unfolds the editor
        # The editor's buttons: icons of the shipped set, big enough to hit.
        bar = notes.editor.findChild(QToolBar, "noteEditorBar")
        bar_buttons = [bar.widgetForAction(a) for a in bar.actions()]
        assert len(bar_buttons) == 3
        for b in bar_buttons:
            assert b.icon().name().startswith("lucide:") and b.iconSize().width() >= 20
        return
    pytest.fail("no notes screen in the gallery")


def test_every_conflict_of_the_open_space_can_be_seen(qtbot, day_folder):
    for name, shown in _views(qtbot, day_folder):
        if name != "open-space-board":
            continue
        screen = shown.open_space
        conflicts = screen.conflicts
        if conflicts.count() <= 3:
            pytest.skip("the sample board has few conflicts")
        QApplication.processEvents()
        last = conflicts.visualItemRect(conflicts.item(conflicts.count() - 1))
        assert not conflicts.viewport().rect().contains(last)  # three shown at first
        assert screen.conflicts_toggle.isVisible()
        qtbot.mouseClick(screen.conflicts_toggle, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        for i in range(conflicts.count()):
            rect = conflicts.visualItemRect(conflicts.item(i))
            assert conflicts.viewport().rect().contains(rect), i
        return
    pytest.fail("no Open Space board in the gallery")


def test_a_report_status_on_a_card_is_said_in_words(qtbot):
    from facilitateur.models.openspace.model import ReportStatus
    from facilitateur.ui.app import make_app
    from facilitateur.ui.openspace.texts import status_icon, status_short

    make_app("fr")
    try:
        words = [status_short(s) for s in ReportStatus]
    finally:
        make_app("en")
    assert words == ["pas encore de compte rendu", "compte rendu en cours", "compte rendu terminé"]
    assert not any("CR" in w or "✓" in w for w in words)
    assert {status_icon(s).name() for s in ReportStatus} == {
        "lucide:circle",
        "lucide:circle-dashed",
        "lucide:circle-check",
    }


@pytest.mark.parametrize(
    ("lang", "seconds", "said"),
    [
        ("en", 45, "45 s"),
        ("en", 48 * 60 + 51, "48 min 51 s"),
        ("en", 13 * 60, "13 min"),
        ("en", 2 * 3600 + 4 * 60 + 10, "2 h 4 min"),
        ("en", 3600, "1 h"),
        ("fr", 48 * 60 + 51, "48 min 51 s"),
        ("fr", 2 * 3600 + 4 * 60 + 10, "2 h 04"),
    ],
)
def test_a_speaking_time_says_hours_and_minutes(qtbot, lang, seconds, said):
    from facilitateur.ui.app import make_app
    from facilitateur.ui.run.speaking_dialog import spoken

    make_app(lang)
    try:
        text = spoken(timedelta(seconds=seconds))
    finally:
        make_app("en")
    assert text == said.replace(" ", "\u00a0")  # (never cut at the end of a line)


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1280x720"])
def test_the_agenda_toolbar_shows_every_button_at_a_laptop_width(qtbot, day_folder, size):
    for name, shown in _views(qtbot, day_folder, "fr", size):
        if name != "prepare":
            continue
        toolbar = shown.prepare.toolbar
        QApplication.processEvents()
        qtbot.wait(50)  # (the toolbar is fitted once it has its width)
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        assert extension is None or not extension.isVisible()  # nothing hidden behind »
        for action in toolbar.actions():
            widget = toolbar.widgetForAction(action)
            if widget is not None and action.isVisible() and not action.isSeparator():
                assert widget.isVisible(), action.text()
                assert widget.toolTip()  # an icon alone still says what it does
        return
    pytest.fail("no Préparer screen in the gallery")


def test_the_quick_add_hint_fits_its_field_and_the_star_is_explained(qtbot, day_folder):
    for name, shown in _views(qtbot, day_folder, "fr", (1280, 720)):
        if name != "run-midday":
            continue
        panel = shown.run.speaker_panel
        field = panel.quick
        hint = QFontMetrics(field.font()).horizontalAdvance(field.placeholderText())
        assert hint < field.width() - 8  # not "(! point o…"
        assert "!" in field.toolTip() and "?" in field.toolTip() and ">" in field.toolTip()
        if any("★" in panel.queue.item(i).text() for i in range(panel.queue.count())):
            assert "★" in panel.done_label.text()
        return
    pytest.fail("no podium in the gallery")


def test_the_import_preview_shows_the_speakers_names_whole(qtbot, day_folder):
    from facilitateur.ui.prepare.programme_tree import SPEAKERS, ProgrammeTree

    for name, shown in _views(qtbot, day_folder):
        if name != "import":
            continue
        tree = shown.findChild(ProgrammeTree)
        fm = QFontMetrics(tree.font())
        widest = 0
        for item in _tree_items(tree):
            for speaker in filter(None, (s.strip() for s in item.text(SPEAKERS).split(";"))):
                widest = max(widest, fm.horizontalAdvance(speaker))
        assert widest > 0
        assert tree.columnWidth(SPEAKERS) >= widest  # a name wraps between names, never cut
        return
    pytest.fail("no import dialog in the gallery")


def _tree_items(tree):
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.child(i) for i in range(item.childCount()))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_file_dialog_shows_places_types_and_dates_whole(qtbot, tmp_path, lang):
    """Qt's own dialog opens narrow, where "Ordinateur", "Fichier d’événement" and the dates of
    the files are cut: it opens wide enough for them, on a laptop's screen."""
    from PySide6.QtWidgets import QListView, QSplitter, QTreeView

    from facilitateur.ui.app import make_app
    from facilitateur.ui.file_dialogs import file_dialog

    make_app(lang)
    (tmp_path / "journee.facil").write_bytes(b"")
    dialog = file_dialog(None, "", tmp_path, "*.facil")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.findChild(QTreeView, "treeView")
    qtbot.waitUntil(lambda: tree.model().rowCount(tree.rootIndex()) == 1)
    header, fm = tree.header(), QFontMetrics(tree.font())
    row = tree.model().index(0, 0, tree.rootIndex())
    for column in (0, 1, 2, 3):
        said = str(row.siblingAtColumn(column).data())
        assert header.sectionSize(column) > fm.horizontalAdvance(said), (column, said)
    side = dialog.findChild(QSplitter, "splitter").sizes()[0]
    sidebar = dialog.findChild(QListView, "sidebar")
    places = [sidebar.model().index(i, 0).data() for i in range(sidebar.model().rowCount())]
    assert places
    assert all(side > QFontMetrics(sidebar.font()).horizontalAdvance(p) + 24 for p in places)
    dialog.close()
    make_app("en")
