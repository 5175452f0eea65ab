"""Where files live: the user's data folder and the resources shipped with the application."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path

if TYPE_CHECKING:  # the storage reads its paths from here
    from facilitateur.models.storage.engines import SharedEvent

APP_NAME = "Facilitateur"
SUFFIX = ".facil"


def resources_dir() -> Path:
    """The `resources/` folder, installed as the package `facilitateur.resources` (a folder
    without `__init__.py`: a namespace package, whose location is read from its import spec —
    `importlib.resources.files` gives a MultiplexedPath there, not a path), or beside the
    sources when they are used where they are."""
    try:
        spec = importlib.util.find_spec("facilitateur.resources")
    except ModuleNotFoundError:
        spec = None
    for location in (spec.submodule_search_locations or []) if spec else []:
        if (Path(location) / "icons").is_dir():
            return Path(location)
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    """The user's data folder for event files (created on demand)."""
    path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_event_path() -> Path:
    """The event file used when the user has not chosen one."""
    return data_dir() / f"evenement{SUFFIX}"


def sample_script() -> Path:
    """The reference day as a script of commands."""
    return resources_dir() / "sample" / "rencontre-pionniers-2016.jsonl"


def run_sample_script() -> Path:
    """The reference day prepared then run, as a script of commands each with its time."""
    return resources_dir() / "sample" / "rencontre-pionniers-2016-animee.jsonl"


def shared_event_path(shared: SharedEvent) -> Path:
    """Where this laptop keeps what belongs to a shared event locally (its snapshots, the name
    suggested for a copy): a name in the data folder, never written itself."""
    import hashlib
    import re

    key = hashlib.sha256(shared.address.encode()).hexdigest()[:8]
    stem = re.sub(r"[^\w.-]+", "-", f"{shared.database}-{shared.host or 'localhost'}")[:60]
    folder = data_dir() / "partages"
    folder.mkdir(exist_ok=True)
    return folder / f"{stem}-{key}{SUFFIX}"
