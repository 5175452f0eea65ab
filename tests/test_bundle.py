"""The standalone build's spec, on any system: what goes in the bundle, what each system's branch
builds (run here with PyInstaller's building blocks recorded, not executed), what the macOS
bundle declares, and the icon files it uses. .ci/run builds and runs the Linux bundle itself."""

from __future__ import annotations

import importlib.util
import plistlib
import struct
import sys
from pathlib import Path

import pytest

from facilitateur import __version__
from facilitateur.models.storage.schema import REVISIONS

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP = ROOT / "resources" / "app"


def _bundle():
    spec = importlib.util.spec_from_file_location("bundle", PACKAGING / "bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class _Recorder:
    """Stands for one of PyInstaller's building blocks: records how the spec called it."""

    def __init__(self, calls: list, kind: str) -> None:
        self.calls, self.kind = calls, kind

    def __call__(self, *args, **kwargs):
        made = _Built(self.kind, args, kwargs)
        self.calls.append(made)
        return made


class _Built:
    def __init__(self, kind: str, args: tuple, kwargs: dict) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs
        self.pure, self.scripts, self.binaries = [], [], []
        self.datas = [("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA")]
        self.datas += [("PySide6/Qt/translations/qtbase_fr.qm", "x", "DATA")]


def _run_spec(platform: str, monkeypatch) -> list[_Built]:
    calls: list[_Built] = []
    names = {k: _Recorder(calls, k) for k in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts its folder first
    source = (PACKAGING / "facilitateur.spec").read_text(encoding="utf-8")
    try:
        exec(compile(source, "facilitateur.spec", "exec"), {"SPECPATH": str(PACKAGING), **names})
    finally:
        sys.modules.pop("bundle", None)
    return calls


def _of(calls: list[_Built], kind: str) -> list[_Built]:
    return [c for c in calls if c.kind == kind]


def test_the_bundle_carries_every_resource_and_every_migration_as_files():
    bundle = _bundle()
    carried = {(Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in bundle.datas()}
    for folder in (ROOT / "resources").iterdir():
        if folder.is_dir():
            for path in folder.iterdir():
                wanted = path.suffix == ".qm" if folder.name == "translations" else True
                entry = (path.relative_to(ROOT).as_posix(), f"facilitateur/resources/{folder.name}")
                assert (entry in carried) == wanted, entry
    versions = "facilitateur/models/storage/migrations/versions"
    scripts = {Path(src).name[:4] for src, dest in carried if dest == versions}
    assert scripts == set(REVISIONS)  # Alembic reads each migration as a file
    assert (
        "facilitateur/models/storage/migrations/env.py",
        "facilitateur/models/storage/migrations",
    ) in carried
    assert not bundle.keep_qt_translation("PySide6/Qt/translations/qtbase_de.qm")
    assert bundle.keep_qt_translation("PySide6/Qt/translations/qtbase_fr.qm")
    assert bundle.keep_qt_translation("facilitateur/resources/translations/facilitateur_fr.qm")
    assert bundle.version() == __version__


def test_linux_builds_one_program_for_the_window_and_the_command_line(monkeypatch):
    calls = _run_spec("linux", monkeypatch)
    (analysis,) = _of(calls, "Analysis")
    assert analysis.args[0] == [str(ROOT / "facilitateur" / "__main__.py")]
    assert analysis.kwargs["datas"] == _bundle().datas()
    (exe,) = _of(calls, "EXE")
    assert exe.kwargs["name"] == "facilitateur" and exe.kwargs["console"]
    assert not _of(calls, "BUNDLE")
    (collect,) = _of(calls, "COLLECT")
    kept = collect.args[-1]  # the datas, Qt's translations filtered
    assert [d[0] for d in kept] == ["PySide6/Qt/translations/qtbase_fr.qm"]


def test_windows_builds_a_windowed_program_and_a_console_one_with_the_icon(monkeypatch):
    calls = _run_spec("win32", monkeypatch)
    gui, cli = _of(calls, "EXE")
    assert (gui.kwargs["name"], gui.kwargs["console"]) == ("Facilitateur", False)
    assert (cli.kwargs["name"], cli.kwargs["console"]) == ("facilitateur-cli", True)
    assert gui.kwargs["icon"] == str(APP / "facilitateur.ico")
    (collect,) = _of(calls, "COLLECT")
    assert collect.args[:2] == (gui, cli)
    assert not _of(calls, "BUNDLE")


def test_macos_builds_an_app_bundle_declaring_the_facil_document_type(monkeypatch):
    calls = _run_spec("darwin", monkeypatch)
    (exe,) = _of(calls, "EXE")
    assert exe.kwargs["console"] is False and exe.kwargs["argv_emulation"] is False
    (app,) = _of(calls, "BUNDLE")
    assert app.kwargs["name"] == "Facilitateur.app"
    assert app.kwargs["icon"] == str(APP / "facilitateur.icns")
    info = app.kwargs["info_plist"]
    plistlib.loads(plistlib.dumps(info))  # a valid property list
    (document,) = info["CFBundleDocumentTypes"]
    (declared,) = info["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor"
    tags = declared["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["facil"]
    assert tags["public.mime-type"] == ["application/x-facilitateur"]
    assert info["CFBundleShortVersionString"] == __version__


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_each_icon_image_has_its_size(size):
    assert _png_size((APP / f"facilitateur-{size}.png").read_bytes()) == (size, size)


def test_the_windows_and_macos_icon_files_hold_every_size():
    ico = (APP / "facilitateur.ico").read_bytes()
    _reserved, kind, count = struct.unpack("<HHH", ico[:6])
    sizes = set()
    for i in range(count):
        side, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]
        )
        width, height = _png_size(ico[offset : offset + length])
        assert width == height == (side or 256)
        sizes.add(width)
    assert kind == 1 and sizes == {16, 24, 32, 48, 64, 128, 256}

    icns = (APP / "facilitateur.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    at, found = 8, {}
    while at < len(icns):
        kind_, length = icns[at : at + 4], struct.unpack(">I", icns[at + 4 : at + 8])[0]
        found[kind_] = _png_size(icns[at + 8 : at + length])[0]
        at += length
    assert found == {
        b"icp4": 16,
        b"icp5": 32,
        b"icp6": 64,
        b"ic07": 128,
        b"ic08": 256,
        b"ic09": 512,
        b"ic10": 1024,
    }


def test_the_window_has_the_application_icon(qtbot):
    from facilitateur.ui.app import make_app

    app = make_app("en")
    sizes = {(s.width(), s.height()) for s in app.windowIcon().availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes
    assert app.desktopFileName() == "facilitateur"


def test_pip_and_pipx_install_a_launcher_without_console_for_windows():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["gui-scripts"] == {"facilitateur-gui": "facilitateur.cli:main"}
    assert project["scripts"] == {"facilitateur": "facilitateur.cli:main"}
    assert any(r.startswith("pyinstaller") for r in project["optional-dependencies"]["build"])
