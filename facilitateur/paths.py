"""Where files live: the user's data folder and the resources shipped with the application."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Facilitateur"
SUFFIX = ".facil"


def resources_dir() -> Path:
    """The `resources/` folder, installed as the package `facilitateur.resources`."""
    try:
        found = Path(str(resources.files("facilitateur.resources")))
        if (found / "icons").is_dir():
            return found
    except ModuleNotFoundError:
        pass
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
