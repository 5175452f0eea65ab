"""The file dialogs of the application, which never read the files they list.

Qt's own file dialog asks its icon provider for each file's icon and type; the provider asks
the MIME database, which opens a file whose name it does not know (`.facil`) and reads its
first bytes. That open and its `close()` happen in this process, and a `close()` of the event
file drops every SQLite lock the application holds on it (docs/reliability.md, the locking
rule). So every dialog is Qt's own (a platform's dialog may sniff files in this process, out of
our hands) with a provider that names icons and types from the file name alone. On Windows,
where locks belong to a handle and not to the process, the system's dialog is kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QFileInfo, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFileIconProvider,
    QHeaderView,
    QListView,
    QSplitter,
    QTreeView,
    QWidget,
)

from facilitateur.paths import SUFFIX


class NameOnlyIconProvider(QFileIconProvider):
    """Icons and type names from the file's name and kind (folder, file), never its content."""

    def icon(self, what):  # type: ignore[override]  # QFileInfo or IconType, as Qt overloads it
        if isinstance(what, QFileInfo):
            kind = (
                QFileIconProvider.IconType.Folder
                if what.isDir()
                else QFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:  # type: ignore[override]
        if info.isDir():
            return QCoreApplication.translate("FileDialogs", "Folder")
        if info.fileName().endswith(SUFFIX):
            return QCoreApplication.translate("FileDialogs", "Event file")
        suffix = info.suffix()
        if not suffix:
            return QCoreApplication.translate("FileDialogs", "File")
        return QCoreApplication.translate("FileDialogs", "%1 file").replace("%1", suffix.upper())


_PROVIDER: list[NameOnlyIconProvider] = []  # one for the application, made when first needed


def _provider() -> NameOnlyIconProvider:
    if not _PROVIDER:
        _PROVIDER.append(NameOnlyIconProvider())
    return _PROVIDER[0]


def file_dialog(parent: QWidget | None, title: str, start: Path, file_filter: str) -> QFileDialog:
    """A file dialog that cannot drop the event file's locks (see the module's docstring)."""
    dialog = QFileDialog(parent, title, str(start), file_filter)
    dialog.setObjectName("fileDialog")
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setIconProvider(_provider())
        # Qt's own French catalogue predates these two labels' current wording ("&Look in:",
        # "Files of &type:") and leaves them in English: they are said in ours instead.
        label = QFileDialog.DialogLabel
        dialog.setLabelText(label.LookIn, QCoreApplication.translate("FileDialogs", "&Look in:"))
        dialog.setLabelText(
            label.FileType, QCoreApplication.translate("FileDialogs", "Files of &type:")
        )
        _make_room(dialog)
    return dialog


def _make_room(dialog: QFileDialog) -> None:
    """Room for whole names and dates: Qt's dialog opens at about 640 px wide, where the places
    on its left ("Ordinateur") and the dates of the files ("28 11 2…6") are cut. What the
    person widened themselves (Qt keeps the columns and the sidebar between uses) is kept."""
    screen = (dialog.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    width = min(900, int(screen.width() * 0.9))
    dialog.resize(max(dialog.width(), width), max(dialog.height(), min(520, screen.height() - 80)))
    sidebar = dialog.findChild(QListView, "sidebar")
    splitter = dialog.findChild(QSplitter, "splitter")
    tree = dialog.findChild(QTreeView, "treeView")
    if sidebar is None or splitter is None or tree is None:  # another Qt's layout: leave it
        return
    metrics = sidebar.fontMetrics()
    places = max(metrics.horizontalAdvance(w) for w in ("Ordinateur", "Computer", "Documents"))
    side = places + 48  # the icon and the margins
    if splitter.sizes()[0] < side:
        splitter.setSizes([side, dialog.width() - side])
    header = tree.header()
    metrics, heading = tree.fontMetrics(), header.fontMetrics()

    def room(column: int, *samples: str) -> None:
        title = str(tree.model().headerData(column, Qt.Orientation.Horizontal) or "")
        needed = max(
            [heading.horizontalAdvance(title)] + [metrics.horizontalAdvance(t) for t in samples]
        )
        needed += 32  # the margins and the sorting arrow
        if header.sectionSize(column) < needed:
            header.resizeSection(column, needed)

    if header.count() < 4:
        return
    latest = QDateTime.fromString("2026-12-28T23:59:59", "yyyy-MM-ddTHH:mm:ss")
    room(1, "999.9 KiB", "999,9 Kio")
    provider = _provider()
    room(2, provider.type(QFileInfo(f"x{SUFFIX}")), provider.type(QFileInfo("x.pdf")))
    room(3, QLocale().toString(latest, QLocale.FormatType.ShortFormat))
    # The name takes what the others leave: it is what the person reads.
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def ask_open(parent: QWidget | None, title: str, folder: Path, file_filter: str) -> Path | None:
    """An existing file chosen by the user, or None."""
    dialog = file_dialog(parent, title, folder, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def ask_save(parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
    """Where to write a new file (the user confirms replacing an existing one), or None."""
    dialog = file_dialog(parent, title, suggested.parent, file_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(suggested.name)
    if not dialog.exec() or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])
