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
        when = dates.span(node.start, node.end) if node.start else dates.clock(node.end)
        when = "" if when == "—" else when
        head = " · ".join(escape(x) for x in (when, kind_label(node.kind)) if x)
        parts = []
        if node.section:
            parts.append(f"<div style='{GREY}'>{escape(node.section)}</div>")
        parts.append(f"<div><b>{escape(node.title)}</b> <span style='{GREY}'>{head}</span></div>")
        if node.description:
            parts.append(f"<div>{escape(node.description)}</div>")
        if node.speakers:
            heading = self.tr("Speakers:")
            items = []
            for name, role, topic in node.speakers:
                line = f"<b>{escape(name)}</b>"
                if role:
                    line += ", " + escape(role)
                if topic:
                    line += " — <i>" + escape(topic) + "</i>"
                items.append("<li>" + line + "</li>")
            listing = "".join(items)
            parts.append(f"<div>{escape(heading)}</div><ul>{listing}</ul>")
        self.setHtml("".join(parts))
