"""How the application runs itself: in a child process, and from a desktop launcher.

Installed with pip or pipx, `sys.executable` is a Python interpreter and the application is its
`facilitateur` package; in the standalone build (PyInstaller), `sys.executable` is the
application's own program, which takes the command line's arguments directly.
"""

from __future__ import annotations

import sys
from pathlib import Path

SCRIPTS = ("facilitateur", "facilitateur-gui")  # the launchers pip makes (pyproject.toml)
# The hidden subcommand by which the standalone build reads its file as another process would
# (models.connection.seen_from_outside runs `python -c _PEEK` where there is a Python).
PEEK_COMMAND = "_peek"


def frozen() -> bool:
    """Whether this runs from the standalone build, where `sys.executable` is no interpreter."""
    return bool(getattr(sys, "frozen", False))


def own_command() -> list[str]:
    """The command that runs `facilitateur …` in a child process (arguments to be appended)."""
    if frozen():
        return [sys.executable]
    return [sys.executable, "-m", "facilitateur"]


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


def peek(uri: str, query: str) -> int:
    """The hidden subcommand PEEK_COMMAND: what `models.connection._PEEK` does, for the
    standalone build; only on a read-only connection (`mode=ro`), nothing else imported."""
    import sqlite3

    if "mode=ro" not in uri.partition("?")[2].split("&"):
        print(f"{PEEK_COMMAND}: only reads (mode=ro)", file=sys.stderr)
        return 2
    con = sqlite3.connect(uri, uri=True)
    try:
        print(*con.execute(query).fetchone())
    finally:
        con.close()
    return 0
