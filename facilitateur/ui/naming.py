"""A widget with its object name, typed as the widget it is.

Qt accepts every property of a class and of its bases as a keyword of its constructor
(`QLineEdit(objectName="title")`), but PySide6's type stubs list only the class's own, so mypy
refuses `objectName=`. `named(QLineEdit(), "title")` says the same, and mypy knows the result
is a `QLineEdit`.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Q = TypeVar("Q", bound=QObject)


def named(obj: Q, name: str) -> Q:
    """`obj` with its object name set (the name tests, style sheets and screenshots find it by)."""
    obj.setObjectName(name)
    return obj
