"""Starting the application: Qt, language, theme, the main window, the asyncio loop."""

from __future__ import annotations

import argparse
import asyncio
import gc
import linecache
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSize, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from facilitateur import __version__
from facilitateur.desktop import ICON_SIZES
from facilitateur.models.text.language import Language
from facilitateur.paths import resources_dir


def choose_language(requested: str | None) -> Language:
    """The one asked for (`--lang`), else the one chosen in the preferences, else the
    system's (French systems get French)."""
    from facilitateur.ui.preferences import saved_language

    system = Language.FR if QLocale.system().name().startswith("fr") else Language.EN
    return Language.of(requested or saved_language(), system)


def current_language() -> Language:
    """The language the interface was built in."""
    return _language[0]


_language = [Language.EN]


_installed: list[QTranslator] = []


def install_translators(app: QApplication, lang: Language) -> None:
    """Load our translation (English too, for plural forms) and Qt's own for `lang`."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language[0] = lang
    language = QLocale.Language.French if lang == Language.FR else QLocale.Language.English
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"facilitateur_{lang}.qm")):
        _installed.append(ours)
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != Language.EN and qt.load(f"qtbase_{lang}", qt_folder):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)


def app_icon() -> QIcon:
    """The application's icon (windows, task bar, the Alt+Tab switcher), in every size drawn."""
    icon = QIcon()
    for size in ICON_SIZES:  # resources/app/facilitateur-N.png
        icon.addFile(str(resources_dir() / "app" / f"facilitateur-{size}.png"), QSize(size, size))
    return icon


def make_app(lang: str | None = None) -> QApplication:
    """The QApplication, named (for settings), translated and themed."""
    from facilitateur.ui.theme import apply_theme, load_fonts

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName("Facilitateur")
    app.setApplicationName("Facilitateur")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("facilitateur")  # Wayland matches windows to facilitateur.desktop
    install_translators(app, choose_language(lang))
    apply_theme(app)
    load_fonts()
    return app


def run_app(args: argparse.Namespace) -> int:
    """Open the main window as the command line asked, and run until it closes. When another
    Facilitateur runs here, it is asked to open the file (or to come to the front) instead."""
    alone = args.smoke or bool(args.demo)  # runs of their own, beside whatever runs
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if not alone:
        from facilitateur.ui import single_instance

        if single_instance.hand_over(args.path):
            return 0
    app = make_app(args.lang)  # the same application, now named, translated and themed
    from facilitateur.ui.main_window import MainWindow

    linecache.clearcache()  # see below
    window = MainWindow()
    if not args.smoke:  # an error nobody expected: logged, and said with its details
        from facilitateur.logs import start_logging
        from facilitateur.ui.error_dialog import ErrorReporter

        start_logging()
        ErrorReporter(window).install()
    instance = None
    if not alone:
        instance = single_instance.SingleInstance(window)
        instance.requested.connect(lambda path: single_instance.come_forward(window, path))
        instance.listen()
    window.remember_geometry = window.remember_files = not args.smoke
    scratch = Path(tempfile.mkdtemp(prefix="facilitateur-smoke-")) if args.smoke else None
    window.starting = True
    try:
        if args.demo or (args.smoke and args.path is None):
            from facilitateur.sample import Sample

            window.open_sample(
                scratch / "sample.facil" if scratch else None, Sample(args.demo or "prepared")
            )
        elif args.path is not None:
            if not window.open_path(args.path, create=True) and args.smoke:
                return 2
        else:
            window.open_last()
        # PySide6 reads the source of every module imported after it (looking for its
        # `__feature__` imports): megabytes of source lines left in linecache for nothing.
        linecache.clearcache()
        window.show()
        window.starting = False
        gc.freeze()  # what start-up made stays: later collections need not scan it
        gc.enable()
        if args.smoke:
            app.processEvents()
            window.repaint()
            if args.smoke_report:
                write_report(window, args.smoke_report)
            window.close()
            return 0

        return run_loop(app)
    finally:
        if instance is not None:
            instance.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)


def run_loop(app: QApplication) -> int:
    """Run Qt's event loop with asyncio inside it (qasync), so async work never blocks the UI."""
    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    quit_event = asyncio.Event()
    app.aboutToQuit.connect(quit_event.set)
    with loop:
        loop.run_until_complete(quit_event.wait())
    return 0


def _contents(window) -> dict[str, int]:
    """How much the open event holds: notes, workshops placed, their reports, dots."""
    if window.current is None:
        return {}
    from facilitateur.models.storage.contents import event_contents

    return event_contents(window.current.file)


def write_report(window, path: Path) -> None:
    """What the window shows, as JSON (for CI and the crash tests)."""
    import json

    run = window.run
    reading = run.reading
    report = {
        "screen": window.pages.currentWidget().objectName(),
        "title": window.windowTitle(),
        "block": reading.block.title if reading and reading.block else None,
        "state": reading.reading.state.value if reading and reading.reading else None,
        "elapsed_seconds": reading.reading.elapsed.total_seconds()
        if reading and reading.reading
        else None,
        "digits": run.digits.text(),
        "phase": run.phase.text(),
        "now": run.clock.now().isoformat(),
        "read_only": bool(window.current and window.current.file.read_only),
        "day_over": bool(reading and reading.day_over),
        **_contents(window),
        "banner": window.banner.text() if window.banner.isVisibleTo(window) else "",
    }
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
