"""The application's log: a rotating file in the user's log folder, where uncaught errors go
with their traceback (the window also says them, with the details to copy)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from platformdirs import user_log_path

from facilitateur.paths import APP_NAME

LOG_NAME = "facilitateur.log"
MAX_BYTES = 1_000_000
KEPT = 3  # older files kept beside the current one

log = logging.getLogger("facilitateur")


def log_dir() -> Path:
    """The user's log folder for the application (created on demand)."""
    path = user_log_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def start_logging() -> Path | None:
    """Send the application's log to its file (once); the file, or None when it cannot be
    written (a read-only home: the application runs on, without a log)."""
    for handler in log.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    try:
        path = log_dir() / LOG_NAME
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=KEPT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path
