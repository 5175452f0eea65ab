"""The agenda's editing operations of the Préparer screen: add a block or a segment, delete,
move, indent and outdent, add and remove days. Each is one command on the open event."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from facilitateur.models import queries
from facilitateur.models.timeofday import hhmm
from facilitateur.ui.prepare.agenda_nodes import BlockNode

NEW_BLOCK_MINUTES = 30


class AgendaEditing:
    """Mixed into PrepareScreen, whose tree, model, open event and `_run` it uses."""

    def add_block(self) -> None:
        """Add a block after the selected one (or at the end), starting when it ends."""
        if self.current is None:
            return
        if self.current_day() is None:
            self._run(
                "day.add", {"date": date.today().isoformat(), "start": "09:00", "end": "18:00"}
            )
            self._reload_days(select=0)
        node = self._current()
        anchor = (
            (node.parent or node) if node else (self.model.roots[-1] if self.model.roots else None)
        )
        args: dict = {
            "title": QCoreApplication.translate("PrepareScreen", "New block"),
            "day": str(self.current_day()),
            "minutes": NEW_BLOCK_MINUTES,  # the command places it after the one before
        }
        if anchor is not None:
            args["position"] = anchor.row + 2
        self._created(self._run("block.add", args))

    def add_segment(self) -> None:
        """Add a segment to the selected block (after the selected segment)."""
        node = self._current()
        if node is None:
            return
        parent = node.parent or node
        position = node.row + 2 if node.parent else len(parent.children) + 1
        args = {
            "title": QCoreApplication.translate("PrepareScreen", "New segment"),
            "parent": str(parent.id),
            "position": position,
        }
        self.tree.setExpanded(self.model.index_of(parent.id, 0), True)
        self._created(self._run("block.add", args))

    def delete_block(self) -> None:
        node = self._current()
        if node is None or self.current is None:
            return
        if node.children or node.speakers:
            question = QCoreApplication.translate(
                "PrepareScreen", "Delete “%1” with its segments and speakers?"
            ).replace("%1", node.title)
            if not self.current.interaction.confirm(
                QCoreApplication.translate("PrepareScreen", "Delete the block"), question
            ):
                return
        if self._run("block.remove", {"block": str(node.id)}):
            self.status.emit(
                QCoreApplication.translate(
                    "PrepareScreen", "“%1” deleted — Ctrl+Z brings it back"
                ).replace("%1", node.title)
            )

    def _moved(self, node: BlockNode, args: dict) -> None:
        if self._run("block.move", args):
            self._select_after = (node.id, False)

    def move_by(self, step: int) -> None:
        node = self._current()
        if node is not None:
            self._moved(node, {"block": str(node.id), "position": node.row + 1 + step})

    def indent(self) -> None:
        node = self._current()
        if node is None or node.parent is not None or node.row == 0:
            return
        above = self.model.roots[node.row - 1]
        self.tree.setExpanded(self.model.index_of(above.id, 0), True)
        self._moved(
            node,
            {"block": str(node.id), "parent": str(above.id), "position": len(above.children) + 1},
        )

    def outdent(self) -> None:
        node = self._current()
        if node is None or node.parent is None:
            return
        self._moved(node, {"block": str(node.id), "parent": "", "position": node.parent.row + 2})

    def add_day(self) -> None:
        if self.current is None:
            return
        with self.current.file.session() as s:
            days = queries.days(s)
            last = days[-1] if days else None
            when = (last.date + timedelta(days=1)) if last and last.date else date.today()
            hours = (hhmm(last.start), hhmm(last.end)) if last else ("09:00", "18:00")
        args = {"date": when.isoformat(), "start": hours[0] or "09:00", "end": hours[1] or "18:00"}
        if self._run("day.add", args):
            self._reload_days(select=len(self.day_ids))

    def remove_day(self) -> None:
        day_id = self.current_day()
        if self.current is None or day_id is None:
            return
        question = QCoreApplication.translate(
            "PrepareScreen", "Remove this day and all its blocks? (Ctrl+Z brings it back)"
        )
        if self.current.interaction.confirm(
            QCoreApplication.translate("PrepareScreen", "Remove this day"), question
        ):
            self._run("day.remove", {"day": str(day_id)})
