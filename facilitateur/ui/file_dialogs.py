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

from PySide6.QtCore import QCoreApplication, QFileInfo
from PySide6.QtWidgets import QFileDialog, QFileIconProvider, QWidget

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
    return dialog


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
