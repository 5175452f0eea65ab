"""How the application runs itself from a desktop launcher.

Installed with pip or pipx, `sys.executable` is a Python interpreter and the application is its
`facilitateur` package; in the standalone build (PyInstaller), `sys.executable` is the
application's own program, which takes the command line's arguments directly.
"""

from __future__ import annotations

import sys
from pathlib import Path

SCRIPTS = ("facilitateur", "facilitateur-gui")  # the launchers pip makes (pyproject.toml)


def frozen() -> bool:
    """Whether this runs from the standalone build, where `sys.executable` is no interpreter."""
    return bool(getattr(sys, "frozen", False))


def launcher_command() -> list[str]:
    """The command a desktop launcher runs to open the application: the standalone program,
    else the `facilitateur` script this was started by (pipx's stays valid across upgrades),
    else this interpreter with `-m facilitateur`."""
    if frozen():
        return [sys.executable]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.stem in SCRIPTS and script.is_file():
        return [str(script.absolute())]
    return [sys.executable, "-m", "facilitateur"]
