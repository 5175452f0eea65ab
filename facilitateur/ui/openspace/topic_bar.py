"""The Open Space's topic bar: what can be done to the card in hand (selected on the board or
in the marketplace list), each with its key."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolBar, QWidget

from facilitateur.models.commands.front import Commands
from facilitateur.models.openspace.board import Board
from facilitateur.ui import theme
from facilitateur.ui.openspace.topic_dialogs import MergeDialog, TopicDialog


class TopicBar(QToolBar):
    """Acts on the card in hand through what it is given: the command runner, the topic in
    hand, the board as shown, where to say a refusal, and the window its dialogs belong to."""

    def __init__(
        self,
        run: Callable[[str, dict[str, Any]], object],
        in_hand: Callable[[], uuid.UUID | None],
        board: Callable[[], Board],
        say: Callable[[str], None],
        dialogs_parent: QWidget,
    ) -> None:
        super().__init__()
        self.setObjectName("topicBar")
        self.run, self.in_hand, self.board, self.say = run, in_hand, board, say
        self.commands = Commands(run)
        self.dialogs_parent = dialogs_parent
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
        if (tid := self.in_hand()) is None or (t := self.board().topic(tid)) is None:
            return
        dialog = TopicDialog(t, self.dialogs_parent)
        if dialog.exec():
            self.commands.topic_update(str(tid), **dialog.args())

    def vote(self, delta: int) -> None:
        if (tid := self.in_hand()) is not None:
            self.commands.topic_vote(str(tid), delta=delta)

    def toggle_pin(self) -> None:
        tid = self.in_hand()
        if tid is None:
            return
        if tid not in self.board().placed:
            self.say(self.tr("Only a card on the board can be pinned."))
            return
        self.commands.topic_pin(str(tid), pinned=tid not in self.board().pinned)

    def merge(self) -> None:
        if (tid := self.in_hand()) is None or (t := self.board().topic(tid)) is None:
            return
        dialog = MergeDialog(t, self.board(), self.dialogs_parent)
        if dialog.other.count() and dialog.exec():
            self.commands.topic_merge(str(tid), dialog.other.currentData())

    def unassign(self) -> None:
        if (tid := self.in_hand()) is not None:
            self.commands.topic_unassign(str(tid))

    def remove(self) -> None:
        if (tid := self.in_hand()) is not None:
            self.commands.topic_remove(str(tid))
