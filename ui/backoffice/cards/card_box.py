"""Find one card (scanned or typed), see its state and holder, block it or replace it.

A keyboard-wedge scanner types the number and Enter into the number field, so a scan finds
the card. A number with a wrong check digit is refused at once, with the reason. Replacing
moves the holder, with their balance and history, to a pre-printed card scanned into the
"new card" field, or to a new number when that field is empty; the old card then tells the
cashier which card holds the balance.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from pos_loyalty.domain.cards import CardState, validate_card_number
from pos_loyalty.domain.errors import InvalidCardNumber
from pos_loyalty.services.lookup import MemberView
from ui.backoffice.cards import jobs
from ui.backoffice.cards.card_view import holder_text, state_text
from ui.backoffice.context import BackOffice
from ui.backoffice.forms import row
from ui.backoffice.notice import Notice
from ui.checkout.text import points

Confirm = Callable[[QWidget, str, str], bool]
"""Ask a yes/no question (parent, title, text); True for yes."""


def ask(parent: QWidget, title: str, text: str) -> bool:
    """Ask with a message box whose default answer is No."""
    answer = QMessageBox.question(parent, title, text, defaultButton=QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class CardBox(QGroupBox):
    """One card: find, show, block, replace."""

    replaced = Signal(str, str, bool)
    """(old number, new number, whether the new number was generated) after a replacement."""

    def __init__(
        self, context: BackOffice, parent: QWidget | None = None, *, confirm: Confirm = ask
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("A card"))
        self._context = context
        self._confirm = confirm
        self.view: MemberView | None = None
        self.busy = False
        self._build()
        self._show(None)

    def _build(self) -> None:
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(self.tr("Scan the card or type its 13 digits"))
        self.number_edit.setMaxLength(40)
        self.find_button = QPushButton(self.tr("Find"), self)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.holder_label = QLabel(self)
        self.holder_label.setWordWrap(True)
        self.reason_combo = QComboBox(self)
        self.reason_combo.setEditable(True)
        self.reason_combo.addItems([self.tr("lost"), self.tr("stolen"), self.tr("damaged")])
        self.block_button = QPushButton(self.tr("Block the card"), self)
        self.new_edit = QLineEdit(self)
        self.new_edit.setPlaceholderText(
            self.tr("Scan the new pre-printed card, or leave empty for a new number")
        )
        self.replace_button = QPushButton(self.tr("Replace the card"), self)
        self.notice = Notice(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Card number"), row(self.number_edit, self.find_button))
        form.addRow(self.tr("State"), self.state_label)
        form.addRow(self.tr("Holder"), self.holder_label)
        form.addRow(self.tr("Block, because"), row(self.reason_combo, self.block_button))
        form.addRow(self.tr("New card"), row(self.new_edit, self.replace_button))
        form.addRow(self.notice)
        self.number_edit.textEdited.connect(self._on_number_edit_text_edited)
        self.number_edit.returnPressed.connect(self._on_number_edit_return_pressed)
        self.find_button.clicked.connect(self._on_find_button_clicked)
        self.block_button.clicked.connect(self._on_block_button_clicked)
        self.replace_button.clicked.connect(self._on_replace_button_clicked)

    # --- slots --------------------------------------------------------------------------

    def _on_number_edit_text_edited(self, text: str) -> None:
        if self.view is not None and not self.busy and text.strip() != self.view.card.number:
            self._show(None)  # block and replace act on the card shown: never on a stale one

    def _on_number_edit_return_pressed(self) -> None:
        self.look_up(self.number_edit.text())

    def _on_find_button_clicked(self) -> None:
        self.look_up(self.number_edit.text())

    def _on_block_button_clicked(self) -> None:
        if self.view is None:
            return
        reason = self.reason_combo.currentText().strip()
        if not reason:
            self.notice.show_text("error", self.tr("Say why the card is blocked: lost, stolen…"))
            return
        number, ctx = self.view.card.number, self._context
        question = self.tr(
            "Block card {number} ({reason})? It will allow nothing at the counter any more."
        )
        if not self._confirm(
            self, self.tr("Block the card"), question.format(number=number, reason=reason)
        ):
            return
        self._run(
            lambda: jobs.block(ctx.uow_factory, number, reason, ctx.clock, ctx.actor),
            self._on_blocked,
        )

    def _on_replace_button_clicked(self) -> None:
        if self.view is None:
            return
        new = self.new_edit.text().strip() or None
        if new is not None and not self._valid(new):
            return
        old, ctx = self.view.card.number, self._context
        if not self._confirm(self, self.tr("Replace the card"), self._replace_question(new)):
            return
        self._run(
            lambda: jobs.replace(ctx.uow_factory, old, new, ctx.clock, ctx.actor), self._on_replaced
        )

    def _replace_question(self, new: str | None) -> str:
        assert self.view is not None
        if new is None:
            text = self.tr(
                "Move the holder of card {old} and their balance to a new card number? "
                "Card {old} will then only say which card holds the balance."
            )
        else:
            text = self.tr(
                "Move the holder of card {old} and their balance to card {new}? "
                "Card {old} will then only say which card holds the balance."
            )
        return text.format(old=self.view.card.number, new=new)

    # --- work ---------------------------------------------------------------------------

    def look_up(self, text: str) -> None:
        """Look the card up (its number checked first) and show it."""
        number = text.strip()
        if self.busy:
            return
        self._show(None)
        if not self._valid(number):
            return
        ctx = self._context
        self._run(lambda: jobs.find(ctx.uow_factory, number, ctx.clock), self._on_found)

    def _valid(self, number: str) -> bool:
        try:
            validate_card_number(number)
        except InvalidCardNumber as exc:
            self.notice.show_error(exc)
            return False
        return True

    def _run(self, job: Callable[[], object], on_done: Callable[[object], None]) -> None:
        if self.busy:
            return
        self.busy = True
        self.notice.clear_text()
        self._enable()
        self._context.worker.submit(job, lambda r: self._done(on_done, r), self._on_failed)

    def _done(self, on_done: Callable[[object], None], result: object) -> None:
        self.busy = False
        on_done(result)

    def _on_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.notice.show_error(exc)
        self._enable()

    def _on_found(self, view: object) -> None:
        assert isinstance(view, MemberView)
        self._show(view)
        self.number_edit.selectAll()

    def _on_blocked(self, view: object) -> None:
        assert isinstance(view, MemberView)
        self._show(view)
        text = self.tr("Card {number} is blocked ({reason}).")
        self.notice.show_text(
            "ok", text.format(number=view.card.number, reason=view.card.block_reason)
        )

    def _on_replaced(self, done: object) -> None:
        assert isinstance(done, jobs.Replaced)
        old, new = done.old.card.number, done.new.card.number
        balance = done.new.standing.balance if done.new.standing is not None else 0
        text = self.tr(
            "Card {old} is replaced by card {new}, which holds the balance of {points} points now."
        )
        shown = points(balance, self._context.language)
        self._show(done.old)
        self.notice.show_text("ok", text.format(old=old, new=new, points=shown))
        self.new_edit.clear()
        self.replaced.emit(old, new, done.generated)

    def _show(self, view: MemberView | None) -> None:
        self.view = view
        if view is None:
            self.state_label.setText(self.tr("No card found yet."))
            self.holder_label.setText("")
        else:
            self.state_label.setText(state_text(view))
            self.holder_label.setText(holder_text(view, self._context.language))
        self._enable()

    def _enable(self) -> None:
        card = self.view.card if self.view is not None else None
        active = card is not None and card.state == CardState.ACTIVE and not self.busy
        self.block_button.setEnabled(active)
        held = card is not None and card.member_id is not None
        self.replace_button.setEnabled(
            held and card is not None and card.state != CardState.REPLACED and not self.busy
        )
        self.find_button.setEnabled(not self.busy)
