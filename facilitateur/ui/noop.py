"""A text marked for translation where it is written, translated where it is shown.

PySide6's `QT_TRANSLATE_NOOP` is typed `(object, object) -> object`, so every text it marks would
reach `tr()` or `QCoreApplication.translate()` as an `object`. This one takes a context and an
English text and gives the text back as a `str`. lupdate finds the texts by the function's name,
whichever module it is imported from.

`TextContext` is the other half: a module's texts with a count, outside a widget.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """`text`, marked for lupdate in `context`; translated later with that same context."""
    return text


class TextContext(QObject):
    """The context of a module's texts, named by the subclass (`class Exports(TextContext)`).
    A text with a count is translated by `Exports.tr("%n turns", "", n)`: only `tr` gives it its
    plural forms in the .ts files (lupdate reads a count in `translate` only when it is written
    as a number)."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        # Called on the class: the context is its name, as lupdate files the text.
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)
