"""Texts marked for translation where they are written, translated where they are shown.

PySide6's `QT_TRANSLATE_NOOP` is typed `(object, object) -> object`, so every text it marks
would reach `tr()` and `translate()` as an `object`. This is the same function with its types;
lupdate finds the texts by the function's name, which is kept.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text`, marked as a text of `context` for lupdate, to be translated where it is shown."""
    return text
