"""Small dialogs on one topic: edit its fields, merge another topic into it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from facilitateur.models.openspace.board import Board, TopicView
from facilitateur.models.openspace.similar import most_similar_first
from facilitateur.ui.naming import named


class TopicDialog(QDialog):
    """Title, conveners, description and interest of a topic."""

    def __init__(self, topic: TopicView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Topic"))
        self.title = named(QLineEdit(topic.title), "topicDialogTitle")
        self.convener = named(QLineEdit(topic.convener), "topicDialogConvener")
        self.convener.setPlaceholderText(self.tr("Several: Anne Martin, Paul Roux"))
        self.description = named(QPlainTextEdit(topic.description), "topicDialogDescription")
        self.interest = named(QSpinBox(maximum=9999), "topicDialogInterest")
        self.interest.setValue(topic.interest)
        form = QFormLayout(self)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Convened by"), self.convener)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Interest (dots)"), self.interest)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, 360)

    def args(self) -> dict:
        return {
            "title": self.title.text(),
            "convener": self.convener.text(),
            "description": self.description.toPlainText(),
            "interest": self.interest.value(),
        }


class MergeDialog(QDialog):
    """Pick the similar topic to merge into this one."""

    def __init__(self, keep: TopicView, board: Board, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge two topics"))
        self.other = named(QComboBox(), "mergeOther")
        others = [t for t in board.topics if t.id != keep.id]
        # The most similar title first: the one to merge is proposed, not the next in the list.
        for i in most_similar_first(keep.title, [t.title for t in others]):
            t = others[i]
            who = f" — {t.convener}" if t.convener else ""
            self.other.addItem(f"#{t.number} {t.title}{who}", str(t.id))
        self.other.setToolTip(self.tr("The most similar titles first"))
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "“%1” stays; the topic chosen joins it: both conveners, the interest added up, the descriptions joined. Ctrl+Z undoes the merge."
            ).replace("%1", keep.title),
            wordWrap=True,
        )
        form.addRow(intro)
        form.addRow(self.tr("Merge with"), self.other)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)  # Enter merges
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 180)
