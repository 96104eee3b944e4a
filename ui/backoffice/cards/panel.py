"""The Cards tab: one card on the left (find, block, replace), issuing and printing on the right.

A replacement that generated a new number puts it in the list to print, so the new plastic
is printed next.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ui.backoffice.cards.card_box import CardBox, Confirm, ask
from ui.backoffice.cards.print_box import PrintBox
from ui.backoffice.context import BackOffice


class CardsPanel(QWidget):
    """Find, block, replace, issue and print cards."""

    def __init__(
        self, context: BackOffice, parent: QWidget | None = None, *, confirm: Confirm = ask
    ) -> None:
        super().__init__(parent)
        self.card_box = CardBox(context, self, confirm=confirm)
        self.print_box = PrintBox(context, self)
        left = QVBoxLayout()
        left.addWidget(self.card_box)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)  # the two boxes side by side within 1024 pixels
        layout.addLayout(left, 1)
        layout.addWidget(self.print_box, 1)
        self.card_box.replaced.connect(self._on_card_box_replaced)

    def _on_card_box_replaced(self, old: str, new: str, generated: bool) -> None:
        if generated:
            self.print_box.add_numbers([new])
