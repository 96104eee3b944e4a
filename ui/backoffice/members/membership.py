"""The member page's "Club membership" button: sell or renew, with the counter's dialog.

The offer (fee, period, new end date) is read off the GUI thread for the member's card in use,
the manager confirms in the same dialog as at the counter, and the fee is recorded by the core's
`sell_membership` (selling or renewing) under the person signed in. The slip is kept with the
sale (the counter reprints it from the history, F10); the list and the page are read again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from pos_loyalty.domain.cards import CardState
from pos_loyalty.services.history import MemberPage
from pos_loyalty.services.membership import (
    MembershipOffer,
    MembershipSold,
    Step,
    membership_offer,
)
from ui.backoffice.context import BackOffice
from ui.checkout.membership_dialog import MembershipDialog, record_membership, sold_text
from ui.core_messages import core_message
from ui.station import load_station

if TYPE_CHECKING:
    from ui.backoffice.members.panel import MembersPanel


def card_in_use(page: MemberPage) -> str:
    """The member's active card ('' if none: the core would refuse every other one)."""
    return next((c.number for c in page.cards if c.state == CardState.ACTIVE), "")


class MembershipAction(QObject):
    """Sells or renews the club membership of the member shown on the page."""

    def __init__(self, panel: MembersPanel, context: BackOffice) -> None:
        super().__init__(panel)
        self.panel, self.context = panel, context
        self.dialog: MembershipDialog | None = None

    def open(self) -> None:
        """Read what a sale would do for the member shown, then show the dialog."""
        page, ctx = self.panel.page_view.page, self.context
        if page is None:
            return
        card = card_in_use(page)
        if not card:
            text = self.tr("This member has no active card: issue one in the Cards tab first.")
            self.panel.say(text, error=True)
            return
        uow, clock = ctx.uow_factory, ctx.clock
        ctx.worker.submit(
            lambda: membership_offer(card, uow=uow(), clock=clock),
            self._on_offered,
            lambda exc: self.panel.say(core_message(exc, ctx.language), error=True),
        )

    def _on_offered(self, offer: MembershipOffer) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = MembershipDialog(offer, self.context.language, self.panel)
        self.dialog.confirmed.connect(self._on_dialog_confirmed)
        self.dialog.open()

    def _on_dialog_confirmed(self, offer: MembershipOffer) -> None:
        ctx = self.context
        uow, clock, actor = ctx.uow_factory, ctx.clock, ctx.actor

        def task() -> MembershipSold:
            store = load_station(uow()).store  # the kept slip names the store
            return record_membership(offer, uow=uow(), clock=clock, actor=actor, store=store)

        ctx.worker.submit(task, lambda done: self._on_sold(done, offer), self._on_refused)

    def _on_sold(self, done: MembershipSold, offer: MembershipOffer) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.accept()
        text = sold_text(done, offer.step is Step.RENEW, self.context.language)
        self.panel.say(
            text
            + " "
            + self.tr(
                "To print its slip, choose the sale in the history at the counter and press F10."
            )
        )
        self.panel.model.refresh()
        self.panel.page_view.reload()

    def _on_refused(self, exc: BaseException) -> None:
        text = core_message(exc, self.context.language)
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.show_refusal(text)
        self.panel.say(text, error=True)
