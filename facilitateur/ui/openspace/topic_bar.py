"""The Open Space's topic bar: what can be done to the card in hand (selected on the board or
in the marketplace list), each with its key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolBar

from facilitateur.ui import theme
from facilitateur.ui.openspace.topic_dialogs import MergeDialog, TopicDialog

if TYPE_CHECKING:
    from facilitateur.ui.openspace.screen import OpenSpaceScreen


class TopicBar(QToolBar):
    def __init__(self, screen: OpenSpaceScreen) -> None:
        super().__init__(objectName="topicBar")
        self.screen = screen
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(self.iconSize() * 0.8)
        for icon, text, keys, slot in (
            ("wrench", self.tr("Edit…"), "F2", self.edit),
            ("plus", self.tr("+1 dot"), "+", lambda: self.vote(1)),
            ("minus", self.tr("−1 dot"), "-", lambda: self.vote(-1)),
            ("pin", self.tr("Pin / unpin"), "Ctrl+P", self.toggle_pin),
            ("copy", self.tr("Merge…"), "Ctrl+M", self.merge),
            ("arrow-up", self.tr("Back to the list"), "", self.unassign),
            ("trash-2", self.tr("Withdraw"), "", self.remove),
        ):
            action = self.addAction(theme.icon(icon), text, slot)
            if keys:
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                action.setToolTip(f"{text} ({shown})")
        self.actions()[5].setToolTip(self.tr("Back to the list (Del on the board)"))
        self.actions()[6].setToolTip(
            self.tr("Withdraw the topic from the marketplace (Ctrl+Z brings it back)")
        )

    def edit(self) -> None:
        if (tid := self.screen.topic()) is None or (t := self.screen.board.topic(tid)) is None:
            return
        dialog = TopicDialog(t, self.screen)
        if dialog.exec():
            self.screen.run("topic.update", {"topic": str(tid), **dialog.args()})

    def vote(self, delta: int) -> None:
        if (tid := self.screen.topic()) is not None:
            self.screen.run("topic.vote", {"topic": str(tid), "delta": delta})

    def toggle_pin(self) -> None:
        tid = self.screen.topic()
        if tid is None:
            return
        if tid not in self.screen.board.placed:
            self.screen.status.emit(self.tr("Only a card on the board can be pinned."))
            return
        self.screen.run(
            "topic.pin", {"topic": str(tid), "pinned": tid not in self.screen.board.pinned}
        )

    def merge(self) -> None:
        if (tid := self.screen.topic()) is None or (t := self.screen.board.topic(tid)) is None:
            return
        dialog = MergeDialog(t, self.screen.board, self.screen)
        if dialog.other.count() and dialog.exec():
            self.screen.run("topic.merge", {"topic": str(tid), "other": dialog.other.currentData()})

    def unassign(self) -> None:
        if (tid := self.screen.topic()) is not None:
            self.screen.run("topic.unassign", {"topic": str(tid)})

    def remove(self) -> None:
        if (tid := self.screen.topic()) is not None:
            self.screen.run("topic.remove", {"topic": str(tid)})
