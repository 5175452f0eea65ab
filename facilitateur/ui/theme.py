"""Fusion style with our palette (light or dark, following the system) and the icon set."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from facilitateur.paths import resources_dir

MONO = "DejaVu Sans Mono"  # tabular digits: the timer does not jitter
ACCENT = QColor("#2563eb")
WARNING = QColor("#b45309")
DANGER = QColor("#dc2626")
OK = QColor("#15803d")

KIND_ICONS = {
    "welcome": "hand-heart",
    "plenary": "presentation",
    "talk": "mic",
    "panel": "users",
    "film": "film",
    "break": "coffee",
    "meal": "utensils",
    "workshop": "wrench",
    "open_space": "layout-grid",
    "report_back": "megaphone",
    "q_and_a": "message-circle-question",
    "closing": "flag",
    "other": "circle-dot",
}


def load_fonts() -> None:
    """Register the shipped fonts (DejaVu), so digits look the same on every machine."""
    from PySide6.QtGui import QFontDatabase

    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))


def is_dark() -> bool:
    """True when the application palette is dark."""
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication) -> None:
    """Fusion, with the system's light or dark scheme and our accent colour."""
    app.setStyle("Fusion")
    scheme = QGuiApplication.styleHints().colorScheme()
    dark = scheme == Qt.ColorScheme.Dark
    p = QPalette()
    if dark:
        base, window, text = QColor("#1e1f22"), QColor("#2b2d31"), QColor("#e8e8ea")
        alt, button, mid = QColor("#25272b"), QColor("#34363c"), QColor("#4b4e55")
    else:
        base, window, text = QColor("#ffffff"), QColor("#f4f5f7"), QColor("#1f2328")
        alt, button, mid = QColor("#f7f8fa"), QColor("#eceef2"), QColor("#c8ccd4")
    R = QPalette.ColorRole
    for role, color in (
        (R.Window, window),
        (R.WindowText, text),
        (R.Base, base),
        (R.AlternateBase, alt),
        (R.Text, text),
        (R.Button, button),
        (R.ButtonText, text),
        (R.ToolTipBase, base),
        (R.ToolTipText, text),
        (R.Mid, mid),
        (R.Highlight, ACCENT),
        (R.HighlightedText, QColor("#ffffff")),
        (R.Link, ACCENT),
        (R.PlaceholderText, QColor("#8a8f98")),
    ):
        p.setColor(role, color)
    p.setColor(QPalette.ColorGroup.Disabled, R.Text, QColor("#8a8f98"))
    p.setColor(QPalette.ColorGroup.Disabled, R.ButtonText, QColor("#8a8f98"))
    app.setPalette(p)


@cache
def _svg(name: str) -> str:
    return (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")


def icon(name: str, color: QColor | str | None = None, size: int = 48) -> QIcon:
    """An icon of the shipped set, drawn in `color` (default: the palette's text colour)."""
    if color is None:
        color = QApplication.palette().color(QPalette.ColorRole.WindowText)
    hex_color = QColor(color).name()
    return _icon(name, hex_color, size)


@cache
def _icon(name: str, hex_color: str, size: int) -> QIcon:
    data = QByteArray(_svg(name).replace("currentColor", hex_color).encode("utf-8"))
    renderer = QSvgRenderer(data)
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QIcon(pixmap)


def kind_icon(kind: str) -> QIcon:
    """The icon of a block kind."""
    return icon(KIND_ICONS.get(kind, "circle-dot"))
