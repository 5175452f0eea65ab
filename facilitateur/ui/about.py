"""Help → About: what the application is, its version and whose icons it draws."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitateur import __version__
from facilitateur.ui.actions import tr_action


def about_box(parent: QWidget) -> QMessageBox:
    """The About box, with the application's icon (the parent window's)."""
    text = QCoreApplication.translate(
        "MainWindow", "Facilitateur %1 — run a gathering from the podium, offline."
    ).replace("%1", __version__)
    icons = QCoreApplication.translate("MainWindow", "Icons: Lucide (ISC licence).")
    box = QMessageBox(
        QMessageBox.Icon.NoIcon,
        tr_action("About Facilitateur"),
        f"{text}\n\n{icons}",
        parent=parent,
    )
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    return box
