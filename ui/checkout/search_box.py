"""Find a member as you type: a card number, a phone number or a name; pick with arrows + Enter.

A key press after a quiet moment searches at once; keys that follow within `DEBOUNCE_MS` are
gathered into one more search when that time is up (so a paste or a fast typist sends two
searches, not twenty). An older search that comes back after a newer one was sent is dropped.
Thirteen digits and Enter is a card number.

The results float over the panels under the search line (a child of the window, outside its
layout): showing or hiding them repaints only the list, not the whole window laid out again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from pos_loyalty.domain.cards import Card, CardState
from pos_loyalty.domain.members import Member
from pos_loyalty.services.lookup import find_members
from pos_loyalty.services.ports import UnitOfWork
from ui.core_messages import core_message
from ui.worker import Worker

DEBOUNCE_MS = 80
MIN_CHARS = 2
LIMIT = 20
VISIBLE_ROWS = 8
CARD_DIGITS = 13


class SearchBox(QWidget):
    """A line to type a card, phone or name into, and the members found under it."""

    card_entered = Signal(str)
    results_shown = Signal(int)

    def __init__(
        self,
        worker: Worker,
        uow_factory: Callable[[], UnitOfWork],
        parent: QWidget | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._uow = uow_factory
        layout = QHBoxLayout(self)  # the hint beside the line: no empty row on a short screen
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setObjectName("search")
        self._set_texts()
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.edit.returnPressed.connect(self._on_edit_return_pressed)
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit, 3)
        self.hint = QLabel()
        self.hint.setObjectName("searchHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint, 1)
        self.results = QListWidget(self)
        self.results.setObjectName("results")
        self.results.setUniformItemSizes(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.results.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._pending = False

    def _set_texts(self) -> None:
        self.edit.setPlaceholderText("F2  " + self.tr("Card number, phone or name"))

    def changeEvent(self, event: QEvent) -> None:
        """Speak the language Settings switched to (the hint too, if one shows)."""
        if event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
            if self.results.count():
                self.hint.setText(self.tr("↑ ↓ to choose, Enter to take"))
            elif self.hint.text():
                self.hint.setText(self.tr("Nobody found"))
        super().changeEvent(event)

    def focus(self) -> None:
        """Put the cursor in the search line, its text selected."""
        self.edit.setFocus()
        self.edit.selectAll()

    def clear(self) -> None:
        """Empty the line and the results."""
        self._timer.stop()
        self._pending = False
        self._worker.forget("search")
        self.edit.clear()
        self._show([])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the line move through the results."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.results.count():
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return False

    def _on_edit_text_edited(self, _text: str) -> None:
        if self._timer.isActive():
            self._pending = True  # searched a moment ago: search again when the time is up
            return
        self._search()
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        if self._pending:
            self._pending = False
            self._search()
            self._timer.start()

    def _search(self) -> None:
        text = self.edit.text().strip()
        digits = text.replace(" ", "")
        if len(text) < MIN_CHARS or (digits.isdigit() and len(digits) == CARD_DIGITS):
            self._worker.forget("search")
            self._show([])
            return
        self._worker.submit(
            lambda: find_members(self._uow(), text, LIMIT),
            self._show,
            lambda exc: self.hint.setText(core_message(exc)),
            channel="search",
        )

    def _show(self, found: list[tuple[Member, list[Card]]]) -> None:
        self.results.clear()
        for member, cards in found:
            card = _best_card(cards)
            if card is None:
                continue
            phone = f"+{member.phone}" if member.phone else ""
            item = QListWidgetItem(f"{member.name}   {phone}   {card.number}")
            item.setData(Qt.ItemDataRole.UserRole, card.number)
            self.results.addItem(item)
        count = self.results.count()
        if count:
            self._place_results(count)
            self.results.setCurrentRow(0)
            self.hint.setText(self.tr("↑ ↓ to choose, Enter to take"))
        else:
            self.results.hide()
            searched = len(self.edit.text().strip()) >= MIN_CHARS
            self.hint.setText(self.tr("Nobody found") if searched and found == [] else "")
        self.results_shown.emit(count)

    def _place_results(self, count: int) -> None:
        """Float the list over the window under the search line, as wide as the line."""
        host = self.window()
        if self.results.parent() is not host:
            self.results.setParent(host)
        corner = self.mapTo(host, QPoint(0, self.height()))
        rows = min(count, VISIBLE_ROWS)
        height = rows * max(self.results.sizeHintForRow(0), 1) + 2 * self.results.frameWidth()
        self.results.setGeometry(corner.x(), corner.y(), self.edit.width(), height)
        self.results.show()
        self.results.raise_()

    def _on_edit_return_pressed(self) -> None:
        digits = self.edit.text().strip().replace(" ", "")
        if digits.isdigit() and (len(digits) == CARD_DIGITS or not self.results.count()):
            self._take(digits)
        elif self.results.currentItem() is not None:
            self._on_results_item_activated(self.results.currentItem())

    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        self._take(str(item.data(Qt.ItemDataRole.UserRole)))

    def _take(self, number: str) -> None:
        self._timer.stop()
        self._pending = False
        self._worker.forget("search")
        self._show([])
        self.hint.clear()
        self.card_entered.emit(number)


def _best_card(cards: list[Card]) -> Card | None:
    """The card to take for a member: an active one if there is one."""
    active = [c for c in cards if c.state == CardState.ACTIVE]
    ordered = active or cards
    return ordered[0] if ordered else None
