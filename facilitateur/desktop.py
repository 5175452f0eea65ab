"""The Linux desktop's launcher: an applications-menu entry with the icon, and `.facil` files
opened by the application (`facilitateur --install-desktop`, `--uninstall-desktop`).

Everything goes into the user's data folder (`$XDG_DATA_HOME`, by default ~/.local/share), as
the freedesktop.org specifications describe: nothing system-wide, no administrator needed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

from facilitateur.launch import launcher_command
from facilitateur.paths import resources_dir

ENTRY = "facilitateur.desktop"
MIME_TYPE = "application/x-facilitateur"
MIME_PACKAGE = "facilitateur.xml"
ICON = "facilitateur"  # the icon theme's name of the application's icon
MIME_ICON = MIME_TYPE.replace("/", "-")  # and of its files' icon
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def supported() -> bool:
    """Whether this system's desktop follows freedesktop.org (Linux and other Unix desktops)."""
    return sys.platform not in ("win32", "darwin")


def data_home() -> Path:
    """`$XDG_DATA_HOME`, or ~/.local/share when it is unset or not absolute (the specification's
    rule)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def _quote(argument: str) -> str:
    """An argument of the entry's Exec line (Desktop Entry specification, "The Exec key")."""
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`"):
        return argument.replace("%", "%%")
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return '"' + escaped.replace("%", "%%") + '"'


def desktop_entry(command: list[str]) -> str:
    """The text of the applications-menu entry that runs `command` with the file opened."""
    # Then the rule of every string value: a backslash is written twice.
    exec_line = (" ".join(_quote(part) for part in command) + " %f").replace("\\", "\\\\")
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Facilitateur",
            "GenericName=Facilitation of gatherings",
            "GenericName[fr]=Animation de rencontres",
            "Comment=Run a gathering from the podium: agenda, timers, speakers, notes, synthesis",
            "Comment[fr]=Animer une rencontre depuis le pupitre : programme, minutage, "
            "prises de parole, notes, synthèse",
            f"Exec={exec_line}",
            f"Icon={ICON}",
            "Terminal=false",
            "StartupNotify=true",
            "StartupWMClass=Facilitateur",  # X11: the class of its windows (QApplication name)
            f"MimeType={MIME_TYPE};",
            "Categories=Office;ProjectManagement;",
            "Keywords=meeting;agenda;timer;speakers;notes;open space;réunion;animation;",
            "",
        ]
    )


def _targets(home: Path) -> dict[Path, Path | None]:
    """Each file installed, with the resource it copies (None: the entry, written)."""
    app = resources_dir() / "app"
    icons = home / "icons" / "hicolor"
    targets: dict[Path, Path | None] = {
        home / "applications" / ENTRY: None,
        home / "mime" / "packages" / MIME_PACKAGE: app / "facilitateur-mime.xml",
        icons / "scalable" / "apps" / f"{ICON}.svg": app / "facilitateur.svg",
        icons / "scalable" / "mimetypes" / f"{MIME_ICON}.svg": app / "facilitateur.svg",
    }
    for size in ICON_SIZES:
        folder = icons / f"{size}x{size}"
        targets[folder / "apps" / f"{ICON}.png"] = app / f"facilitateur-{size}.png"
        targets[folder / "mimetypes" / f"{MIME_ICON}.png"] = app / f"facilitateur-{size}.png"
    return targets


def _refresh(home: Path) -> None:
    """Rebuild the desktop's caches of entries and types, where their tools are installed (a
    desktop without them reads the folders themselves); a failure of theirs is not ours."""
    for tool, folder in (
        ("update-desktop-database", home / "applications"),
        ("update-mime-database", home / "mime"),
    ):
        program = shutil.which(tool)
        if program and folder.is_dir():
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                subprocess.run(
                    [program, str(folder)],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                    timeout=60,
                    check=False,
                )
    icons = home / "icons" / "hicolor"
    if icons.is_dir():
        os.utime(icons)  # icon caches are checked against the theme folder's time


def install(command: list[str] | None = None) -> list[Path]:
    """Install the entry (running `command`, by default this application's launcher), the
    `.facil` type and the icons for the current user; returns the files written."""
    home = data_home()
    written = []
    for target, source in _targets(home).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text(desktop_entry(command or launcher_command()), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    _refresh(home)
    return written


def uninstall() -> list[Path]:
    """Remove what `install` wrote (folders are left: they are the desktop's); returns the files
    removed."""
    home = data_home()
    removed = []
    for target in _targets(home):
        if target.exists():
            target.unlink()
            removed.append(target)
    _refresh(home)
    return removed
