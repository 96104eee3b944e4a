"""Merging two members: choose the other one by their card, see both side by side, confirm.

The member whose page is open is kept. Typing or scanning the other member's card reads that
member off the GUI thread; the Merge button is enabled only when both are shown and they are
two different members. The panel runs the merge (`merge.merge_members`) when `confirmed` is
emitted, and shows what the use case refused in `message`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_loyalty.domain.cards import CARD_LENGTH, Card, CardState
from pos_loyalty.domain.members import format_phone, mask_phone
from pos_loyalty.services.history import MemberPage, member_page_for_card
from pos_loyalty.services.ports import Clock, UnitOfWork
from ui.backoffice.words import card_state
from ui.checkout.text import points
from ui.core_messages import core_message
from ui.worker import Worker


def main_card(cards: tuple[Card, ...]) -> str | None:
    """The card to name a member by: their oldest active card, else their oldest card."""
    active = [c for c in cards if c.state == CardState.ACTIVE]
    chosen = active or list(cards)
    return chosen[0].number if chosen else None


class MergeDialog(QDialog):
    """Choose the member to merge into the one shown, and confirm with both on screen."""

    confirmed = Signal(str, str)

    def __init__(
        self,
        kept: MemberPage,
        worker: Worker,
        uow_factory: Callable[[], UnitOfWork],
        clock: Clock,
        language: str,
        *,
        full_phones: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two members"))
        self._worker, self._uow, self._clock = worker, uow_factory, clock
        self._language, self._full_phones = language, full_phones
        self.kept, self.other = kept, None
        self.other_page: MemberPage | None = None
        layout = QVBoxLayout(self)
        intro = self.tr(
            "The other member's cards, points and tier spend move to the member kept; "
            "their history stays. This cannot be undone."
        )
        note = QLabel(intro, self)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.card_edit = QLineEdit(self)
        self.card_edit.setObjectName("otherCard")
        self.card_edit.setPlaceholderText(self.tr("Scan or type the other member's card"))
        self.card_edit.textEdited.connect(self._on_card_edit_text_edited)
        layout.addWidget(self.card_edit)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Keep"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Merge into it"), self), 0, 1)
        self.kept_label = QLabel(self._describe(kept), self)
        self.other_label = QLabel(self)
        self.other_label.setObjectName("otherMember")
        grid.addWidget(self.kept_label, 1, 0)
        grid.addWidget(self.other_label, 1, 1)
        layout.addLayout(grid)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = QPushButton(self.tr("Merge these two"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(False)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.clicked.connect(self._on_merge_button_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _describe(self, page: MemberPage) -> str:
        m = page.member
        phone = format_phone(m.phone) if self._full_phones else mask_phone(m.phone)
        cards = ", ".join(f"{c.number} ({card_state(c.state)})" for c in page.cards)
        balance = points(page.standing.balance, self._language)
        return "\n".join(
            [
                m.name or self.tr("(erased)"),
                phone,
                self.tr("Cards: {cards}").format(cards=cards or "—"),
                self.tr("Balance: {balance} points").format(balance=balance),
                self.tr("Tier: {tier}").format(tier=page.standing.tier.name),
            ]
        )

    def _on_card_edit_text_edited(self, text: str) -> None:
        digits = text.strip().replace(" ", "")
        self.other_page = None
        self.merge_button.setEnabled(False)
        self.other_label.clear()
        self.message.clear()
        if len(digits) != CARD_LENGTH:
            self._worker.forget("members.merge")
            return
        uow, clock = self._uow, self._clock
        self._worker.submit(
            lambda: member_page_for_card(digits, uow=uow(), clock=clock, page_size=1),
            self._on_other_read,
            lambda exc: self.message.setText(core_message(exc)),
            channel="members.merge",
        )

    def _on_other_read(self, page: MemberPage) -> None:
        self.other_label.setText(self._describe(page))
        if page.member.id == self.kept.member.id:
            self.message.setText(self.tr("This card belongs to the member kept: scan another."))
            return
        self.other_page = page
        self.merge_button.setEnabled(True)

    def _on_merge_button_clicked(self) -> None:
        keep = main_card(self.kept.cards)
        other = self.card_edit.text().strip().replace(" ", "")
        if self.other_page is None or keep is None:
            return
        self.merge_button.setEnabled(False)
        self.confirmed.emit(keep, other)

    def show_refusal(self, message: str) -> None:
        """Show why the merge was refused; the dialog stays open."""
        self.message.setText(message)
        self.merge_button.setEnabled(self.other_page is not None)
