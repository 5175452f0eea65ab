"""Reading a programme (pasted text, CSV, xlsx or JSON) into an agenda. No Qt here.

The entry points load on first use, so importing a small part (the words, say) stays cheap.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "FORMATS",
    "ProgrammeError",
    "Reading",
    "open_programme",
    "parse_file",
    "parse_programme",
    "read_file",
    "read_programme",
]


def __getattr__(name: str) -> Any:
    if name == "ProgrammeError":
        from facilitateur.models.programme.model import ProgrammeError

        return ProgrammeError
    if name in (
        "FORMATS",
        "Reading",
        "open_programme",
        "parse_file",
        "parse_programme",
        "read_file",
        "read_programme",
    ):
        from facilitateur.models.programme import api

        return getattr(api, name)
    raise AttributeError(name)
