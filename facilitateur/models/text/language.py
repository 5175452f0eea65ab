"""The languages the application and its documents speak."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    """A language of the interface and of the documents (its code, as on the command line)."""

    FR = "fr"
    EN = "en"

    @classmethod
    def of(cls, code: object, default: Language) -> Language:
        """The language whose code is `code` (a setting, Qt's item data), else `default`."""
        try:
            return cls(str(code))
        except ValueError:
            return default
