"""The check at the counter, on the window: typed, quoted, confirmed, and the sale it became.

The quote panel's amount, lines and points go to the session as they are typed, and its quote
comes back to the panel. Enter confirms: a check above the large-check threshold is asked
about first, and a check the till sent is the till's to confirm (the session says so). F6 lets
this check redeem over the cap once a second person approves. A recorded sale is said on the
message line and in the quote panel: what is to pay, the points and the new balance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pos_loyalty.domain.approvals import Action
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.services.checkout import Committed
from ui.checkout.text import money, points

if TYPE_CHECKING:
    from ui.checkout.window import CheckoutWindow


class SaleOnCounter(QObject):
    """Takes the check from the quote panel to the session and says what became of it."""

    def __init__(self, window: CheckoutWindow) -> None:
        super().__init__(window)
        self._window = window
        s, q = window.session, window.quote_panel
        q.check_edited.connect(self._on_quote_panel_check_edited)
        q.confirm_requested.connect(self._on_quote_panel_confirm_requested)
        s.quote_computed.connect(q.show_quote)
        s.sale_committed.connect(self._on_session_sale_committed)

    def lift_cap(self) -> None:
        """Let this check redeem over the cap, approved by a manager other than the cashier."""
        w = self._window
        view = w.session.view
        if view is None or not view.can_transact:
            w.show_message("error", self.tr("Scan the member's card first."))
            return
        approval = w.approval(Action.REDEEM_OVER_CAP, self.tr("redeem points over the cap"))
        if approval is not None and approval.manager is not None:  # always a second person
            w.session.allow_over_cap(approval.approved_by)
            w.show_message(
                "ok",
                self.tr("Redemption cap lifted by %1 for this check.").replace(
                    "%1", approval.manager.name
                ),
            )

    def _on_quote_panel_check_edited(self) -> None:
        check = self._window.quote_panel.read_check()
        if check is not None:
            self._window.session.set_check(*check)

    def _on_quote_panel_confirm_requested(self) -> None:
        s = self._window.session
        if s.till.is_open:
            s.confirm()  # refused, saying why: the till confirms its own check
            return
        check = self._window.quote_panel.read_check()
        if check is None:
            return
        s.set_check(*check)
        s.confirm(large_confirmed=self._large_check_confirmed(check[0]))

    def _large_check_confirmed(self, lines: tuple[CheckLine, ...]) -> bool:
        """Ask before recording a check above the large-check threshold (False: not asked)."""
        w = self._window
        quote, total = w.session.quote, sum(line.amount for line in lines)
        if quote is None or not quote.large_check or quote.total != total:
            return False
        question = self.tr("Record a large check of %1? Check the amount typed.").replace(
            "%1", money(total, w.language)
        )
        return w.prompts.confirm(w, self.tr("Large check"), question)

    def _on_session_sale_committed(self, done: Committed) -> None:
        w = self._window
        lang = w.language
        w.quote_panel.reset()
        text = self.tr("Sale recorded: to pay %1.").replace("%1", money(done.sale.paid, lang))
        if done.view is not None:
            text += " " + self.tr("Points +%1, −%2; balance now %3.").replace(
                "%1",
                points(done.sale.earned_points + done.sale.bonus_points + done.extra_bonus, lang),
            ).replace("%2", points(done.sale.redeemed_points, lang)).replace(
                "%3", points(done.balance_after, lang)
            )
            if w.session.view is not None:
                w.member_panel.show_member(w.session.view)
        w.quote_panel.show_committed(text)
        w.show_message("ok", text)
        w.search.focus()
