"""What `pip install .` puts in the wheel: every package of the sources, every resource folder."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_and_resource_folder_is_installed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    listed = set(config["setuptools"]["packages"])
    sources = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "facilitateur").rglob("__init__.py")
    }
    assert sources - listed == set()  # a package missing here is missing once installed
    folders = {
        f"facilitateur.resources.{d.name}" for d in (ROOT / "resources").iterdir() if d.is_dir()
    }
    assert folders - listed == set()
    data = config["setuptools"]["package-data"]
    assert all(folder in data for folder in folders)
