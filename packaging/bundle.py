"""What the standalone build holds, and what it declares to Windows and macOS.

Read by the PyInstaller spec beside it (facilitateur.spec) and by the tests, so that what the
macOS bundle declares and what the bundle carries are checked on any system.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "Facilitateur"
# Reverse-DNS names for macOS (the bundle, the file type) and Windows (the file type's ProgID).
BUNDLE_ID = "org.facilitateur.Facilitateur"
EVENT_TYPE = "org.facilitateur.event"
SUFFIX = "facil"
MIME_TYPE = "application/x-facilitateur"
# Qt's own translations kept (its dialogs' buttons): the languages the application ships.
LANGUAGES = ("fr", "en")
# Never imported by the application; PyInstaller would otherwise collect them from the venv.
EXCLUDES = ["tkinter", "PyInstaller", "pytest", "hypothesis", "pypdf", "ruff", "importlinter"]


def version() -> str:
    """The application's version, read from its source (the spec must not import the package)."""
    for line in (ROOT / "facilitateur" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise ValueError("no __version__ in facilitateur/__init__.py")


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source, folder in the bundle) of every file the application reads at run time: the
    resources where `facilitateur.paths.resources_dir` finds them installed, and Alembic's
    environment and migration scripts, which Alembic reads as files, not as modules."""
    resources = root / "resources"
    out = []
    for folder in sorted(p for p in resources.iterdir() if p.is_dir()):
        # The translations' sources (.ts) are for translators; the application reads the .qm.
        wanted = "*.qm" if folder.name == "translations" else "*"
        for path in sorted(folder.glob(wanted)):
            if path.is_file():
                out.append((str(path), f"facilitateur/resources/{folder.name}"))
    migrations = root / "facilitateur" / "models" / "storage" / "migrations"
    for name in ("env.py", "script.py.mako"):
        out.append((str(migrations / name), "facilitateur/models/storage/migrations"))
    for script in sorted((migrations / "versions").glob("[0-9]*.py")):
        out.append((str(script), "facilitateur/models/storage/migrations/versions"))
    return out


def keep_qt_translation(destination: str) -> bool:
    """Whether a file PyInstaller collected is kept: Qt's translations only in LANGUAGES."""
    parts = Path(destination).parts
    if "translations" not in parts or not destination.endswith(".qm") or "Qt" not in parts:
        return True
    stem = Path(destination).stem  # qtbase_fr, qt_help_en …
    return stem.rsplit("_", 1)[-1] in LANGUAGES


def info_plist() -> dict:
    """macOS: the bundle's Info.plist entries; `.facil` files are the application's documents,
    a type it declares (exports), so that the Finder shows their icon and opens them with it."""
    return {
        "CFBundleName": NAME,
        "CFBundleDisplayName": NAME,
        "CFBundleShortVersionString": version(),
        "CFBundleVersion": version(),
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follows the system's dark mode
        "CFBundleDocumentTypes": [
            {
                "CFBundleTypeName": "Facilitateur event",
                "CFBundleTypeRole": "Editor",
                "LSHandlerRank": "Owner",
                "LSItemContentTypes": [EVENT_TYPE],
                "CFBundleTypeIconFile": "facilitateur.icns",
            }
        ],
        "UTExportedTypeDeclarations": [
            {
                "UTTypeIdentifier": EVENT_TYPE,
                "UTTypeDescription": "Facilitateur event",
                "UTTypeConformsTo": ["public.data", "public.database"],
                "UTTypeIconFile": "facilitateur.icns",
                "UTTypeTagSpecification": {
                    "public.filename-extension": [SUFFIX],
                    "public.mime-type": [MIME_TYPE],
                },
            }
        ],
    }
