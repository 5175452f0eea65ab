"""A shared event's password, kept where PostgreSQL itself looks for it: its password file
(`~/.pgpass`, or `%APPDATA%\\postgresql\\pgpass.conf` on Windows, or `$PGPASSFILE`), readable
by this user only. Never in the application's settings, never in clear anywhere else."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from facilitateur.models.storage.engines import SharedEvent


def password_file() -> Path:
    """Where libpq reads passwords from on this computer."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _key(shared: SharedEvent) -> str:
    port = str(shared.port or 5432)
    return ":".join(
        _field(v) for v in (shared.host or "localhost", port, shared.database, shared.user or "*")
    )


def remember_password(shared: SharedEvent, password: str, path: Path | None = None) -> Path:
    """Write (or replace) the line of this shared event in the password file, made readable by
    this user only (libpq ignores a file others can read)."""
    path = path or password_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = _key(shared)
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    kept = [line for line in lines if not line.startswith(key + ":")]
    kept.append(f"{key}:{_field(password)}")
    part = path.with_name(path.name + ".part")
    fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write("\n".join(kept) + "\n")
    os.chmod(part, 0o600)
    part.replace(path)
    return path


def forget_password(shared: SharedEvent, path: Path | None = None) -> None:
    """Take this shared event's line out of the password file."""
    path = path or password_file()
    if not path.exists():
        return
    key = _key(shared)
    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if not line.startswith(key + ":")]
    if kept != lines:
        path.write_text("\n".join(kept) + ("\n" if kept else ""), encoding="utf-8")
