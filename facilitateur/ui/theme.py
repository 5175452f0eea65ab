"""Fusion style with our palette (light or dark, following the system) and the icon set."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption

from facilitateur.paths import resources_dir

# The timers' digits: a clear sans-serif (shipped, SIL Open Font License) whose figures are
# made tabular (OpenType `tnum`: every digit as wide as the others, so the digits never
# jitter), with a plain zero (neither dotted nor slashed).
TIMER_FAMILY = "Inter"
ACCENT = QColor("#2563eb")
WARNING = QColor("#b45309")
DANGER = QColor("#dc2626")
OK = QColor("#15803d")

ICON_PREFIX = "lucide:"
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
    """Register the timers' font (Inter), shipped, so that the digits look the same on every
    machine. The other shipped fonts are for the PDF only: the interface keeps the system's
    (and the PDF's last-resort font of boxes must never stand in for a system font that has
    the characters)."""
    from PySide6.QtGui import QFontDatabase

    QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / "Inter-Bold.otf"))


def digits_em(text: str, bold: bool = True) -> float:
    """How wide `text` is in the timers' font, in em; never less than `00:00` or `+0:00`, so
    that a countdown keeps its size as it passes `10:00` and into overtime (wider only from
    `+10:00`, or with hours). Any digit stands for all: they are tabular."""
    return _em("".join("0" if c.isdigit() else c for c in text), bold)


@cache
def _em(shape: str, bold: bool) -> float:
    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(timer_font(100, bold))
    return max(metrics.horizontalAdvance(s) for s in (shape, "00:00", "+0:00")) / 100


def timer_font(px: int, bold: bool = True) -> QFont:
    """The timers' font at `px` pixels, its figures tabular."""
    font = QFont(TIMER_FAMILY)
    font.setFeature(QFont.Tag("tnum"), 1)
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def is_dark() -> bool:
    """True when the application palette is dark."""
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


SP = QStyle.StandardPixmap
# Where Qt would draw a stock icon of its own (coloured, in another style) on a dialog's
# buttons, a message box or a field's clear button: one of ours, name and colour (None: text).
STANDARD_ICONS: dict[QStyle.StandardPixmap, tuple[str, QColor | None]] = {
    SP.SP_DialogOkButton: ("check", None),
    SP.SP_DialogApplyButton: ("check", None),
    SP.SP_DialogYesButton: ("check", None),
    SP.SP_DialogCancelButton: ("x", None),
    SP.SP_DialogCloseButton: ("x", None),
    SP.SP_DialogNoButton: ("x", None),
    SP.SP_DialogAbortButton: ("x", None),
    SP.SP_DialogSaveButton: ("save", None),
    SP.SP_DialogOpenButton: ("folder-open", None),
    SP.SP_DialogDiscardButton: ("trash-2", None),
    SP.SP_DialogResetButton: ("rotate-ccw", None),
    SP.SP_DialogRetryButton: ("rotate-ccw", None),
    SP.SP_DialogHelpButton: ("circle-help", None),
    SP.SP_LineEditClearButton: ("x", None),
    SP.SP_MessageBoxInformation: ("info", ACCENT),
    SP.SP_MessageBoxQuestion: ("circle-help", ACCENT),
    SP.SP_MessageBoxWarning: ("triangle-alert", WARNING),
    SP.SP_MessageBoxCritical: ("circle-x", DANGER),
}


class AppStyle(QProxyStyle):
    """Fusion, with the shipped line icons instead of Qt's stock ones on dialog buttons,
    message boxes and clear buttons: one style of icon on every screen (the file dialog's
    own icons, of files and folders, stay Qt's)."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def standardIcon(self, standard, option=None, widget=None) -> QIcon:  # type: ignore[override]
        ours = STANDARD_ICONS.get(standard)
        if ours is not None:
            return icon(*ours)
        return super().standardIcon(standard, option, widget)

    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:  # type: ignore[override]
        # Dialog buttons carry their icon on every system (Qt's default depends on the
        # desktop): OK and Cancel look like the application's other buttons everywhere.
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returnData)


_STYLE: list[AppStyle] = []  # the application's style lives as long as it


def apply_theme(app: QApplication) -> None:
    """Fusion, with the system's light or dark scheme, our accent colour and our icons."""
    if not _STYLE:
        _STYLE.append(AppStyle())
    if app.style() is not _STYLE[0]:
        app.setStyle(_STYLE[0])
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


def icon(name: str, color: QColor | str | None = None) -> QIcon:
    """An icon of the shipped set, drawn in `color` (default: the palette's text colour) at
    whatever size it is shown."""
    if color is None:
        color = QApplication.palette().color(QPalette.ColorRole.WindowText)
    return _icon(name, QColor(color).name())


class _SvgIcon(QIconEngine):
    """Draws a shipped SVG icon when it is first shown, at the size it is shown: most icons (of
    menus not yet opened) are never drawn at start-up."""

    def __init__(self, name: str, hex_color: str) -> None:
        super().__init__()
        self.name, self.hex_color = name, hex_color
        self._pixmaps: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def iconName(self) -> str:
        """`lucide:NAME`: how a test knows an icon shown comes from the shipped set."""
        return f"{ICON_PREFIX}{self.name}"

    def paint(self, painter: QPainter, rect, mode, state) -> None:
        data = _svg(self.name).replace("currentColor", self.hex_color).encode("utf-8")
        QSvgRenderer(QByteArray(data)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode, state) -> QPixmap:
        key = (size.width(), size.height(), mode)
        if key not in self._pixmaps:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            self.paint(painter, pixmap.rect(), QIcon.Mode.Normal, state)
            painter.end()
            if mode == QIcon.Mode.Disabled:
                pixmap = QApplication.style().generatedIconPixmap(mode, pixmap, QStyleOption())
            self._pixmaps[key] = pixmap
        return self._pixmaps[key]

    def scaledPixmap(self, size: QSize, mode, state, scale: float) -> QPixmap:
        """On a high-density screen: drawn at the screen's pixels, not enlarged."""
        pixmap = QPixmap(self.pixmap(size * scale, mode, state))
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _keep(_SvgIcon(self.name, self.hex_color))


_ENGINES: list[_SvgIcon] = []


def _keep(engine: _SvgIcon) -> _SvgIcon:
    """Engines live as long as the application (a few dozen), whoever owns them in Qt."""
    _ENGINES.append(engine)
    return engine


@cache
def _icon(name: str, hex_color: str) -> QIcon:
    return QIcon(_keep(_SvgIcon(name, hex_color)))


def kind_icon(kind: str) -> QIcon:
    """The icon of a block kind."""
    return icon(KIND_ICONS.get(kind, "circle-dot"))
