"""The counter's keys: which key does what, as an action of the window and a button.

Every action of the counter has a key (F2 Find, F8 Refund, Esc the next customer, Ctrl+R
Rewards) that works wherever the cursor is in the window; the ones worked with the mouse too get
a button in the window's key grid, the key written in its text. A language switch titles them
again (`retitle`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

if TYPE_CHECKING:
    from ui.checkout.window import CheckoutWindow

Key = tuple[str, str, Callable[[], None], bool]
"""A key, its title in the language in force, what it does, and whether it has a button."""


class CounterKeys(QObject):
    """The window's actions by key (`actions`), and their buttons in its key grid."""

    def __init__(self, window: CheckoutWindow) -> None:
        super().__init__(window)
        self._window = window
        self.actions: dict[str, QAction] = {}
        for key, title, slot, with_button in self._table():
            action = QAction(f"{key}  {title}", window)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            window.addAction(action)
            self.actions[key] = action
            if with_button:
                button = QPushButton(action.text())
                button.setObjectName(f"button{key}")
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.clicked.connect(action.trigger)
                button.setProperty("role", "key")
                window.button_grid.add(button)

    def _table(self) -> list[Key]:
        w = self._window
        q, h = w.quote_panel, w.history_panel
        return [
            ("F2", self.tr("Find"), w.search.focus, True),
            ("F3", self.tr("Lines"), q.toggle_lines, True),
            ("F4", self.tr("Redeem max"), q.redeem_max, False),
            ("F5", self.tr("No card"), w.session.without_card, True),
            ("F6", self.tr("Over the cap"), w.sale.lift_cap, True),
            ("F7", self.tr("Adjust points"), w.corrections.adjust, True),
            ("F8", self.tr("Refund"), h.request_refund, False),
            ("F9", self.tr("Void"), w.corrections.offer_void, False),
            ("F10", self.tr("Reprint"), h.request_reprint, False),
            ("F11", self.tr("Reports"), w.open_reports, True),
            ("F12", self.tr("Settings"), w.open_settings, True),
            ("Ctrl+B", self.tr("Back office"), w.open_backoffice, True),
            ("Esc", self.tr("New customer"), w.new_customer, True),
            ("Ctrl+N", self.tr("New member"), w.registering.open_for_key, True),
            ("Ctrl+M", self.tr("Club membership"), w.membership.open_for_key, True),
            ("Ctrl+R", self.tr("Rewards"), w.rewards.open_for_key, True),
            ("F1", self.tr("Lock"), w.shift.lock, True),
            ("Shift+F1", self.tr("Sign out"), w.shift.sign_out, True),
        ]

    def retitle(self) -> None:
        """Title every action and its button again in the language now in force."""
        grid = self._window.button_grid
        for key, title, _slot, _with_button in self._table():
            self.actions[key].setText(f"{key}  {title}")
            button = grid.findChild(QPushButton, f"button{key}")
            if button is not None:
                button.setText(f"{key}  {title}")
