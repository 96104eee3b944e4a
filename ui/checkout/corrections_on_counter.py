"""Corrections on the window: F7 points by hand, F8 a refund, F9 the void of the last sale.

The window's side of the session's `corrections`: it asks the cashier (the adjustment and
refund forms, the void's question naming the sale it undoes) and a manager where the approval
policy wants one (`CheckoutWindow.approval`), then says what was recorded. A blocked or replaced
card is refused before anyone is asked; the core refuses it again when recording.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pos_loyalty.domain.approvals import Action
from pos_loyalty.domain.sales import Sale
from pos_loyalty.services.refunds import Refunded
from ui.checkout.text import money, points
from ui.checkout.void_prompt import void_question
from ui.dialogs.manager_pin import approval_reason

if TYPE_CHECKING:
    from ui.checkout.window import CheckoutWindow


class CorrectionsOnCounter(QObject):
    """Asks for, approves and reports the counter's adjustments, refunds and voids."""

    def __init__(self, window: CheckoutWindow) -> None:
        super().__init__(window)
        self._window = window
        c = window.session.corrections
        window.history_panel.refund_requested.connect(self._on_history_panel_refund_requested)
        window.history_panel.void_requested.connect(self.offer_void)
        c.refund_recorded.connect(self._on_corrections_refund_recorded)
        c.void_offered.connect(self._on_corrections_void_offered)
        c.balance_adjusted.connect(self._on_corrections_balance_adjusted)

    def adjust(self) -> None:
        """Add or remove points by hand for the member on screen (F7), approved if need be."""
        w = self._window
        view = w.session.view
        if view is None or view.member is None:
            w.show_message("error", self.tr("Scan the member's card first."))
            return
        if not view.can_transact:  # a blocked or replaced card: the core would refuse it too
            w.show_message("error", w.member_panel.state_label.text())
            return
        answer = w.prompts.adjustment(w)
        if answer is None:
            return
        approval = w.approval(Action.ADJUST, approval_reason("adjust"), abs(answer[0]))
        if approval is not None:
            w.session.corrections.adjust(answer[0], answer[1], approval.approved_by)

    def offer_void(self) -> None:
        """Void the last sale (F9): the session names it, the cashier confirms that one."""
        self._window.session.corrections.offer_void()  # or the refusal is shown

    def _on_history_panel_refund_requested(self, sale: Sale) -> None:
        w = self._window
        answer = w.prompts.refund(w, sale, w.language)
        if answer is None:
            return
        amount, reason = answer
        approval = w.approval(Action.REFUND, approval_reason("refund"), amount)
        if approval is not None:
            w.session.corrections.refund(sale.id, amount, reason, approval.approved_by)

    def _on_corrections_void_offered(self, sale: Sale) -> None:
        w = self._window
        tz = w.session.now().tzinfo
        question = void_question(sale, w.session.view, w.language, tz)
        if w.prompts.void(w, question):
            w.session.corrections.void(sale.id)

    def _on_corrections_refund_recorded(self, done: Refunded) -> None:
        r, lang = done.refund, self._window.language
        text = self.tr("Refund recorded: money back %1, points taken back %2, given back %3.")
        text = text.replace("%1", money(r.money_returned, lang))
        text = text.replace("%2", points(r.points_reversed, lang))
        text = text.replace("%3", points(r.points_returned, lang))
        if done.balance_after is not None and done.balance_after < 0:
            text += " " + self.tr("The balance is NEGATIVE: earned points were already spent.")
        self._window.show_message("ok", text)

    def _on_corrections_balance_adjusted(self, _wallet: object) -> None:
        self._window.show_message("ok", self.tr("Points adjusted."))
