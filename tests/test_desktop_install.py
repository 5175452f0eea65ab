"""`facilitateur --install-desktop` and `--uninstall-desktop`: the applications-menu entry, the
`.facil` type and the icons, into the user's data folder (a temporary one here), and out again."""

from __future__ import annotations

import configparser
import json
import os
import shlex
import shutil
import subprocess
import sys

import pytest

from facilitateur import desktop
from facilitateur.launch import launcher_command

pytestmark = pytest.mark.skipif(not desktop.supported(), reason="freedesktop.org desktops only")


def _cli(*args, env):
    return subprocess.run(
        [sys.executable, "-m", "facilitateur", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def _entry(path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_then_uninstall_the_desktop_entry_the_file_type_and_the_icons(tmp_path):
    data = tmp_path / "data"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "QT_QPA_PLATFORM": "offscreen"}
    done = _cli("--install-desktop", env=env)
    assert done.returncode == 0, done.stderr
    written = {line for line in done.stdout.splitlines() if line}

    entry_path = data / "applications" / "facilitateur.desktop"
    mime = data / "mime" / "packages" / "facilitateur.xml"
    icons = data / "icons" / "hicolor"
    expected = {entry_path, mime, icons / "scalable" / "apps" / "facilitateur.svg"}
    expected.add(icons / "scalable" / "mimetypes" / "application-x-facilitateur.svg")
    for size in desktop.ICON_SIZES:
        expected.add(icons / f"{size}x{size}" / "apps" / "facilitateur.png")
        expected.add(icons / f"{size}x{size}" / "mimetypes" / "application-x-facilitateur.png")
    assert expected <= {data / line for line in written}
    assert all(path.is_file() for path in expected)
    assert (icons / "256x256" / "apps" / "facilitateur.png").read_bytes()[1:4] == b"PNG"

    entry = _entry(entry_path)
    assert entry["Type"] == "Application" and entry["Name"] == "Facilitateur"
    assert entry["Icon"] == "facilitateur" and entry["Terminal"] == "false"
    assert entry["MimeType"] == "application/x-facilitateur;"
    assert "Animer une rencontre" in entry["Comment[fr]"]
    assert "*.facil" in mime.read_text(encoding="utf-8")
    if shutil.which("update-mime-database"):  # the desktop's type cache now knows .facil
        assert "application/x-facilitateur:*.facil" in (data / "mime" / "globs2").read_text()

    # What a double-click runs: the entry's command with the file in place of %f.
    command = shlex.split(entry["Exec"].replace("\\\\", "\\"))
    assert command[-1] == "%f" and command[:-1] == [sys.executable, "-m", "facilitateur"]
    day = tmp_path / "jour.facil"
    report = tmp_path / "report.json"
    opened = subprocess.run(
        [*command[:-1], str(day), "--smoke", "--smoke-report", str(report)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert opened.returncode == 0, opened.stderr
    assert json.loads(report.read_text(encoding="utf-8"))["title"].startswith("jour")

    done = _cli("--uninstall-desktop", env=env)
    assert done.returncode == 0, done.stderr
    assert {data / line for line in done.stdout.splitlines() if line} == expected
    assert not any(path.exists() for path in expected)
    if shutil.which("update-mime-database"):
        assert "facil" not in (data / "mime" / "globs2").read_text()
    # Nothing of ours left, and a second removal finds nothing to remove.
    assert _cli("--uninstall-desktop", env=env).stdout == ""


def test_the_launcher_line_quotes_what_the_desktop_would_split():
    entry = desktop.desktop_entry(["/opt/Mes applis/facil%1/facilitateur", "--lang", "fr"])
    line = next(x for x in entry.splitlines() if x.startswith("Exec="))
    assert line == 'Exec="/opt/Mes applis/facil%%1/facilitateur" --lang fr %f'
    with_backslash = desktop.desktop_entry(["/opt/a\\b/facilitateur"])
    assert 'Exec="/opt/a\\\\\\\\b/facilitateur" %f' in with_backslash


def test_the_launcher_is_the_script_that_was_run_or_the_bundle(monkeypatch, tmp_path):
    script = tmp_path / "bin" / "facilitateur"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "argv", [str(script), "--install-desktop"])
    assert launcher_command() == [str(script)]
    monkeypatch.setattr(sys, "argv", ["/somewhere/facilitateur/__main__.py"])
    assert launcher_command() == [sys.executable, "-m", "facilitateur"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert launcher_command() == [sys.executable]
