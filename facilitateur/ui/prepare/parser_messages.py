"""The programme reader's messages in the interface language.

The reader (in `facilitateur.models`, without Qt) writes its messages in English, as the
command line and the JSON contract show them; here each known shape gets translated.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from facilitateur.ui.noop import QT_TRANSLATE_NOOP

MESSAGES = [
    (
        r"no time for “(.+)”: set its start by hand",
        QT_TRANSLATE_NOOP("ParserMessages", "no time for “%1”: set its start by hand"),
    ),
    (
        r"“(.+)” starts before the previous block ends",
        QT_TRANSLATE_NOOP("ParserMessages", "“%1” starts before the previous block ends"),
    ),
    (
        r"“(.+)” ends before it starts: its end is left out",
        QT_TRANSLATE_NOOP("ParserMessages", "“%1” ends before it starts: its end is left out"),
    ),
    (
        r"no schedule found: .*",
        QT_TRANSLATE_NOOP(
            "ParserMessages", "no schedule found: no line starts with a time such as 9h15 or 09:15"
        ),
    ),
    (
        r"not text \(binary content\)",
        QT_TRANSLATE_NOOP("ParserMessages", "not text (binary content)"),
    ),
    (
        r"cannot decode byte (0x[0-9a-f]{2}).*",
        QT_TRANSLATE_NOOP(
            "ParserMessages", "cannot decode byte %1: not UTF-8 nor Windows-1252 text"
        ),
    ),
    (
        r"row without a title, skipped",
        QT_TRANSLATE_NOOP("ParserMessages", "row without a title, skipped"),
    ),
    (r"empty item, skipped", QT_TRANSLATE_NOOP("ParserMessages", "empty item, skipped")),
    (
        r"speakers not understood: (.+)",
        QT_TRANSLATE_NOOP("ParserMessages", "speakers not understood: %1"),
    ),
    (r"not a time: (.+)", QT_TRANSLATE_NOOP("ParserMessages", "not a time: %1")),
    (
        r"no header row naming .*",
        QT_TRANSLATE_NOOP(
            "ParserMessages",
            "no header row naming a title column (Titre, Title, Intitulé …) and a time column",
        ),
    ),
    (
        r"the table has a header but no programme rows",
        QT_TRANSLATE_NOOP("ParserMessages", "the table has a header but no programme rows"),
    ),
    (r"not valid JSON \((.+)\)", QT_TRANSLATE_NOOP("ParserMessages", "not valid JSON (%1)")),
    (
        r"larger than (\d+) MB: not a programme",
        QT_TRANSLATE_NOOP("ParserMessages", "larger than %1 MB: not a programme"),
    ),
    (r"cannot be read \((.+)\)", QT_TRANSLATE_NOOP("ParserMessages", "cannot be read (%1)")),
    (
        r"not a readable xlsx workbook \((.+)\)",
        QT_TRANSLATE_NOOP("ParserMessages", "not a readable xlsx workbook (%1)"),
    ),
    (
        r"the workbook unpacks to (\d+) MB, more than a programme .*",
        QT_TRANSLATE_NOOP(
            "ParserMessages",
            "the workbook unpacks to %1 MB, more than a programme holds: save the programme’s own sheet alone",
        ),
    ),
    (
        r"the workbook has no sheet",
        QT_TRANSLATE_NOOP("ParserMessages", "the workbook has no sheet"),
    ),
    (
        r"the first sheet has more than ([\d,]+) cells, more than a programme",
        QT_TRANSLATE_NOOP(
            "ParserMessages", "the first sheet has more than %1 cells, more than a programme holds"
        ),
    ),
    (
        r"not a programme: nested more than (\d+) levels deep",
        QT_TRANSLATE_NOOP("ParserMessages", "not a programme: nested more than %1 levels deep"),
    ),
]
_COMPILED = [(re.compile(f"^{rx}$"), template) for rx, template in MESSAGES]


def translate(message: str) -> str:
    """The message in the interface language, or as it is when its shape is unknown."""
    for rx, template in _COMPILED:
        if m := rx.match(message):
            text = QCoreApplication.translate("ParserMessages", template)
            if not m.groups():
                return text
            value = m.group(1)
            if re.fullmatch(r"\d{1,3}(,\d{3})+", value):  # a count, in the language's digits
                value = QLocale().toString(int(value.replace(",", "")))
            return text.replace("%1", value)
    return message
