"""Every user action in one registry: id, text, icon, shortcuts, menu. Menus, the toolbar and
the Help → Keyboard shortcuts page are built from it (and the user guide's table is checked
against it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from facilitateur.ui.action_ids import MENUS, ActionId, ActionSpec
from facilitateur.ui.action_specs import OPEN_SPACE_AND_HELP_SPECS, PREPARE_SPECS
from facilitateur.ui.run_action_specs import RUN_SPECS
from facilitateur.ui.theme import icon

# In menu order: menus appear, and their actions are listed, as here.
SPECS: tuple[ActionSpec, ...] = (*PREPARE_SPECS, *RUN_SPECS, *OPEN_SPACE_AND_HELP_SPECS)


def tr_action(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


def tr_menu(key: str) -> str:
    return QCoreApplication.translate("Menus", MENUS[key])


def build_actions(owner: QWidget) -> dict[ActionId, QAction]:
    """Create one QAction per spec, parented to `owner`."""
    actions = {}
    for spec in SPECS:
        action = QAction(tr_action(spec.text), owner)
        action.setObjectName(spec.id.value)
        if spec.icon:
            action.setIcon(icon(spec.icon))
        if spec.keys:
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
        if spec.local:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        actions[spec.id] = action
    return actions


def shortcut_rows(translated: bool = True) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action that has keys, in registry order.

    Translated rows use the platform's key names; untranslated ones (the user guide) portable ones.
    """
    fmt = QKeySequence.SequenceFormat.NativeText
    if not translated:
        fmt = QKeySequence.SequenceFormat.PortableText
    rows = []
    for spec in SPECS:
        if spec.keys:
            keys = ", ".join(QKeySequence(k).toString(fmt) for k in spec.keys)
            menu = tr_menu(spec.menu) if translated else MENUS[spec.menu]
            text = tr_action(spec.text) if translated else spec.text
            rows.append((menu.replace("&", ""), text, keys))
    return rows


def shortcuts_markdown() -> str:
    """The user guide's shortcut table (docs/user-guide.md), generated from the registry
    (English, portable keys)."""
    lines = ["| Menu | Action | Keys |", "|---|---|---|"]
    for menu, text, keys in shortcut_rows(translated=False):
        lines.append(f"| {menu} | {text.rstrip('…')} | {keys.replace(', ', ' or ')} |")
    return "\n".join(lines)
