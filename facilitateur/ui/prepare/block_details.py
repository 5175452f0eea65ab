"""Under the agenda: the selected block's section, description and speakers in full."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from facilitateur.ui import dates
from facilitateur.ui.prepare.agenda_nodes import BlockNode
from facilitateur.ui.prepare.kinds import kind_label

GREY = "color:gray"


class BlockDetails(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blockDetails")
        self.setAccessibleName(self.tr("Details of the block"))
        self.setOpenLinks(False)
        self.setMinimumHeight(90)

    def show_block(self, node: BlockNode | None) -> None:
        """Show the block's details, or a hint when nothing is selected."""
        if node is None:
            hint = self.tr("Select a block to see its details.")
            self.setHtml(f"<p style='{GREY}'>{escape(hint)}</p>")
            return
        b = node.block
        when = dates.span(b.start, b.end) if b.start else dates.clock(b.end)
        when = "" if when == "—" else when
        head = " · ".join(escape(x) for x in (when, kind_label(b.kind)) if x)
        parts = []
        if b.section:
            parts.append(f"<div style='{GREY}'>{escape(b.section)}</div>")
        parts.append(f"<div><b>{escape(b.title)}</b> <span style='{GREY}'>{head}</span></div>")
        if b.description:
            parts.append(f"<div>{escape(b.description)}</div>")
        if b.speakers:
            heading = self.tr("Speakers:")
            items = []
            for speaker in b.speakers:
                line = f"<b>{escape(speaker.name)}</b>"
                if speaker.role:
                    line += ", " + escape(speaker.role)
                if speaker.topic:
                    line += " — <i>" + escape(speaker.topic) + "</i>"
                items.append("<li>" + line + "</li>")
            listing = "".join(items)
            parts.append(f"<div>{escape(heading)}</div><ul>{listing}</ul>")
        self.setHtml("".join(parts))
