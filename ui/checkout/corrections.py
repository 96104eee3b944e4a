"""Corrections at the counter: a refund of a sale, the void of the last one, points by hand.

`Corrections` belongs to the `CheckoutSession` and, like it, holds no widgets: each use case
runs on the worker (its own unit of work), under the cashier signed in when it was asked for,
and reports back with a signal. A refund or a void shows on the customer display, prints its
slip and reads the member again, as an adjustment does, so the member panel shows the balance
they left. What the core refuses reaches the window as the session's `problem_found`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from pos_loyalty.services.points import adjust_balance
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.refunds import Refunded, refund_sale, void_sale, voidable_sale
from ui.core_messages import core_message

if TYPE_CHECKING:
    from ui.checkout.session import CheckoutSession


class Corrections(QObject):
    """Refunds, voids and adjustments for the session's counter, each run on the worker."""

    refund_recorded = Signal(object)
    """A `Refunded`: a refund or a void, recorded."""
    void_offered = Signal(object)
    """The `Sale` a void would undo now, for the cashier to confirm by its name."""
    balance_adjusted = Signal(object)
    """The member's wallet after points were added or removed by hand."""

    def __init__(
        self, session: CheckoutSession, uow_factory: Callable[[], UnitOfWork], clock: Clock
    ) -> None:
        super().__init__(session)
        self._session, self._uow, self._clock = session, uow_factory, clock

    def refund(self, sale_id: str, amount: int, reason: str, approved_by: str = "") -> None:
        """Refund goods worth `amount` of a sale (then print the refund slip)."""
        s = self._session
        store, actor = s.store(), s.actor
        s.worker.submit(
            lambda: refund_sale(
                sale_id,
                amount,
                reason,
                uow=self._uow(),
                clock=self._clock,
                actor=actor,
                store=store,
                approved_by=approved_by,
            ),
            self._on_refunded,
            self._fail,
        )

    def offer_void(self) -> None:
        """Find the sale a void would undo now; `void_offered` names it (or a refusal shows)."""
        actor = self._session.actor
        self._session.worker.submit(
            lambda: voidable_sale(uow=self._uow(), clock=self._clock, actor=actor),
            self.void_offered.emit,
            self._fail,
            channel="void",
        )

    def void(self, sale_id: str) -> None:
        """Void exactly the sale `sale_id` (the core refuses it if it is no longer voidable)."""
        s = self._session
        store, actor = s.store(), s.actor
        s.worker.submit(
            lambda: void_sale(
                sale_id, uow=self._uow(), clock=self._clock, actor=actor, store=store
            ),
            self._on_refunded,
            self._fail,
        )

    def _on_refunded(self, done: Refunded) -> None:
        s = self._session
        s.display.refund(done)
        self.refund_recorded.emit(done)
        if done.slip is not None:
            s.print(done.slip, done.refund.id)
        self._refresh_member()

    def adjust(self, points: int, reason: str, approved_by: str) -> bool:
        """Add or remove points by hand for the current member."""
        s = self._session
        view = s.view
        if view is None or view.member is None:
            s.problem_found.emit(self.tr("Scan the member's card first."))
            return False
        member_id, card, actor = view.member.id, view.card.number, s.actor
        s.worker.submit(
            lambda: adjust_balance(
                member_id,
                points,
                reason,
                uow=self._uow(),
                clock=self._clock,
                actor=actor,
                approved_by=approved_by,
                card_number=card,  # the core refuses a blocked or replaced card
            ),
            self._on_adjusted,
            self._fail,
        )
        return True

    def _on_adjusted(self, wallet: Any) -> None:
        self.balance_adjusted.emit(wallet)
        self._refresh_member()

    def _refresh_member(self) -> None:
        view = self._session.view
        if view is not None:
            self._session.look_up(view.card.number)

    def _fail(self, exc: BaseException) -> None:
        self._session.problem_found.emit(core_message(exc))
