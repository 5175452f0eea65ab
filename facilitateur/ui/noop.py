"""A text marked for translation where it is written, translated where it is shown.

PySide6's `QT_TRANSLATE_NOOP` is typed `(object, object) -> object`, so every text it marks would
reach `tr()` or `QCoreApplication.translate()` as an `object`. This one takes a context and an
English text and gives the text back as a `str`. lupdate finds the texts by the function's name,
whichever module it is imported from.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text`, marked for lupdate in `context`; translated later with that same context."""
    return text
