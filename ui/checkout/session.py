"""One customer at the counter: who it is, the check, the quote, the sale and its slip.

`CheckoutSession` holds no widgets. It runs every use case through the `Worker` (each task
opens its own unit of work) and reports back with signals the window redraws from. Results
of requests that were overtaken (an older quote, the previous customer's lookup) are dropped.
Refunds, voids and adjustments by hand are its `corrections` (`ui/checkout/corrections.py`).

The customer display follows every change of state, so it never shows figures that are no
longer true: the member and their balance when a card is read or the amount is cleared, the
quote while one stands, the sale once recorded, the refund or void once made, nothing after Esc.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from pos_loyalty.domain.checkout import CheckLine, Quote, RedeemRequest
from pos_loyalty.domain.errors import LoyaltyError
from pos_loyalty.domain.slip import Slip
from pos_loyalty.services.challenges import member_challenges
from pos_loyalty.services.checkout import Checkout, Committed
from pos_loyalty.services.lookup import MemberView, lookup_card
from pos_loyalty.services.members import Registered, Registration, register_member
from pos_loyalty.services.ports import Clock, RedemptionAuthoriser, UnitOfWork
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.slips import reprint
from pos_loyalty.services.till import Calculation
from ui.checkout.corrections import Corrections
from ui.checkout.counter_devices import CounterDevices
from ui.checkout.display_feed import DisplayFeed
from ui.checkout.redemption_mode import RedemptionMode, authorised_mode
from ui.checkout.till_check import TillCheckAtCounter
from ui.checkout.worker_tasks import (
    Settings,
    load_settings,
    member_sales,
    quote_within_allowance,
    record_sale,
)
from ui.core_messages import core_message
from ui.worker import Worker


class CheckoutSession(QObject):
    """The counter's state for the current customer; every slow step runs on the worker."""

    settings_loaded = Signal(object)
    member_loaded = Signal(object)
    member_cleared = Signal()
    quote_computed = Signal(object)
    sale_committed = Signal(object)
    history_loaded = Signal(object)
    challenges_loaded = Signal(object)
    """The member's progress in the running challenges (a tuple of `Progress`)."""
    slip_printed = Signal(str)
    print_failed = Signal(str)
    display_updated = Signal(object)
    display_failed = Signal(str)
    problem_found = Signal(str)
    redemption_mode_changed = Signal(object)
    """A `RedemptionMode` (online, or an offline cap), or None when no limit applies."""
    card_unknown = Signal(str)
    """A valid card number this store does not know: it may be registered at the counter."""
    member_registered = Signal(object)
    """A `Registered`: the new member, their card and welcome bonus."""
    registration_refused = Signal(str)

    def __init__(
        self,
        worker: Worker,
        uow_factory: Callable[[], UnitOfWork],
        clock: Clock,
        actor: Actor,
        devices: CounterDevices,
        parent: QObject | None = None,
        *,
        limit: Callable[[Checkout], Checkout] | None = None,
        authoriser: RedemptionAuthoriser | None = None,
    ) -> None:
        super().__init__(parent)
        self._limit = limit or (lambda cmd: cmd)
        self._authoriser = authoriser
        self.worker = worker
        self._uow = uow_factory
        self._clock = clock
        self.actor = actor
        self.devices = devices
        self.display = DisplayFeed(
            worker, devices, lambda: self.language, self.display_updated.emit, self._display_fail
        )
        self.settings: Settings | None = None
        self.view: MemberView | None = None
        self.no_card = False
        self.lines: tuple[CheckLine, ...] = ()
        self.redeem: RedeemRequest = None
        self.override_by = ""
        self.receipt_no = ""
        self.quote: Quote | None = None
        self.last_slip_id = ""
        self.committing = False
        self.till = TillCheckAtCounter(worker, uow_factory, clock, self, limit=self._limit)
        self.till.arrived.connect(self._on_till_check)
        self.till.calculated.connect(lambda done: self._on_quote(done.quote))
        self.till.refused.connect(self._on_quote_failed)
        self.corrections = Corrections(self, uow_factory, clock)

    @property
    def language(self) -> str:
        """The slip and customer-display language of this store."""
        return self.settings.station.store.language if self.settings else "ru"

    def reload_settings(self) -> None:
        """Read the station's settings again (after the settings dialog, at start-up)."""
        self.worker.submit(
            lambda: load_settings(self._uow()), self._on_settings, self._fail, channel="settings"
        )

    def _on_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.settings_loaded.emit(settings)

    def look_up(self, number: str) -> None:
        """Look a card up and make its member the current customer."""
        self.worker.forget("quote")
        self.worker.submit(
            lambda: lookup_card(self._uow(), number, self._clock),
            self._on_member,
            self._on_lookup_failed,
            channel="member",
        )

    def _on_lookup_failed(self, exc: BaseException) -> None:
        self._fail(exc)
        if isinstance(exc, LoyaltyError) and exc.code == "card_unknown":
            self.card_unknown.emit(str(exc.params.get("card", "")))

    def act_as(self, staff_id: str) -> None:
        """Record everything from now on under `staff_id` (the next cashier signed in)."""
        self.actor = replace(self.actor, staff_id=staff_id)

    def register(self, cmd: Registration) -> None:
        """Register a member with the card scanned, then make them the current customer."""
        actor = self.actor
        self.worker.submit(
            lambda: register_member(cmd, uow=self._uow(), clock=self._clock, actor=actor),
            self._on_registered,
            lambda exc: self.registration_refused.emit(core_message(exc)),
            channel="register",
        )

    def _on_registered(self, done: Registered) -> None:
        self.member_registered.emit(done)
        self.look_up(done.card.number)

    def _on_member(self, view: MemberView) -> None:
        changed = self.view is None or self.view.card.number != view.card.number
        self.view, self.no_card = view, False
        if changed:
            self.override_by = ""
            self.display.member(view)  # a refresh (after a refund) keeps what is shown
        self.member_loaded.emit(view)
        self.load_history()
        self.load_challenges()
        self.requote()

    def without_card(self) -> None:
        """Make the next check one without a card (amount only)."""
        self._forget_customer()
        self.no_card = True
        self.member_cleared.emit()
        self.display.blank()
        self.requote()

    def clear(self) -> None:
        """Forget the customer and the check (Esc: the next customer; the till's check is no
        longer shown, and stays the till's)."""
        self.till.dismiss()
        self._forget_customer()
        self.lines, self.redeem, self.receipt_no, self.quote = (), None, "", None
        self.member_cleared.emit()
        self.quote_computed.emit(None)
        self.display.blank()

    def _forget_customer(self) -> None:
        for channel in ("member", "quote", "history", "challenges"):
            self.worker.forget(channel)
        self.view, self.no_card, self.override_by = None, False, ""

    def set_check(
        self, lines: tuple[CheckLine, ...], redeem: RedeemRequest, receipt_no: str = ""
    ) -> None:
        """Take the check as typed so far and quote it again (of a till's check, the points)."""
        if self.till.is_open:
            lines = self.till.lines
        cleared = bool(self.lines) and not lines
        self.lines, self.redeem, self.receipt_no = lines, redeem, receipt_no
        if cleared:
            self.display.member(self.view)  # the amount was cleared: its figures no longer hold
        self.requote()

    def allow_over_cap(self, manager_id: str) -> None:
        """Let this check redeem beyond the cap, approved by the manager `manager_id`."""
        self.override_by = manager_id
        self.requote()

    def command(self, *, large_confirmed: bool = False) -> Checkout:
        """The check as it stands, for a quote or a commit."""
        card = None if self.view is None else self.view.card.number
        return Checkout(
            card_number=card,
            lines=self.lines,
            redeem=self.redeem if card else None,
            receipt_no=self.receipt_no,
            override_redeem_cap=bool(self.override_by) and card is not None,
            approved_by=self.override_by if card else "",
            large_confirmed=large_confirmed,
        )

    def requote(self) -> None:
        """Quote the current check off the GUI thread (older quotes are dropped); a till's
        check takes the card and points chosen here instead (`TillCheckAtCounter.choose`)."""
        if self.till.is_open:
            view = self.view
            self.till.choose(view.card.number if view and view.can_transact else None, self.redeem)
            return
        usable = self.no_card or (self.view is not None and self.view.can_transact)
        if not self.lines or not usable:
            self.worker.forget("quote")
            self.quote = None
            self.quote_computed.emit(None)
            return
        cmd = self.command()
        self.worker.submit(
            lambda: quote_within_allowance(
                cmd, self._limit, uow_factory=self._uow, clock=self._clock
            ),
            self._on_quoted,
            self._on_quote_failed,
            channel="quote",
        )

    def _on_till_check(self, done: Calculation) -> None:
        """The till sent a check: it is the counter's check now, with the till's card if any."""
        check = done.check
        self.lines, self.receipt_no, self.override_by = check.check_lines, "", ""
        if check.card_number is None:
            self.requote()  # the card on screen, if any, goes on the till's check
            return
        self.redeem = check.redeem
        if self.view is None or self.view.card.number != check.card_number:
            self.look_up(check.card_number)  # the member is shown; the quote follows
        else:
            self.requote()

    def _on_quoted(self, result: tuple[Quote, RedemptionMode | None]) -> None:
        quote, mode = result
        self.redemption_mode_changed.emit(mode)
        self._on_quote(quote)

    def _on_quote(self, quote: Quote) -> None:
        self.quote = quote
        self.quote_computed.emit(quote)
        view = self.view
        if view is not None and view.member is not None and quote.balance_after is not None:
            first_name, after = view.member.first_name, quote.balance_after
            self.display.sale(first_name, quote.discount, quote.points_credited, after)

    def _on_quote_failed(self, exc: BaseException) -> None:
        self.quote = None
        self.quote_computed.emit(None)
        self.display.member(self.view)
        self._fail(exc)

    def refusal(self) -> str:
        """Why the check cannot be confirmed now ('' if it can)."""
        if self.committing:
            return self.tr("The sale is being recorded: wait a moment.")
        if self.till.is_open:
            return self.tr("The till confirms this check, not the counter (Esc stops showing it).")
        if self.view is None and not self.no_card:
            return self.tr("Scan the card first, or press F5 for a check without a card.")
        if self.view is not None and not self.view.can_transact:
            return self.tr("This card cannot be used: see the member panel.")
        if not self.lines:
            return self.tr("Type the amount of the check first.")
        return ""

    def confirm(self, *, large_confirmed: bool = False) -> bool:
        """Record the sale (then print its slip); False with a message if it cannot be.

        `large_confirmed`: the cashier said yes to a check above the large-check threshold.
        """
        refusal = self.refusal()
        if refusal:
            self.problem_found.emit(refusal)
            return False
        cmd, store, actor = self.command(large_confirmed=large_confirmed), self.store(), self.actor
        self.committing = True
        self.worker.submit(
            lambda: record_sale(
                cmd,
                self._limit,
                self._authoriser,
                uow_factory=self._uow,
                clock=self._clock,
                actor=actor,
                store=store,
            ),
            self._on_committed,
            self._on_commit_failed,
        )
        return True

    def _on_committed(self, done: Committed) -> None:
        self.committing = False
        self.lines, self.redeem, self.receipt_no, self.override_by = (), None, "", ""
        self.quote = None
        if done.view is not None and done.standing_after is not None:
            self.view = replace(done.view, standing=done.standing_after)
            member = done.view.member
            assert member is not None
            credited = done.quote.points_credited + done.extra_bonus
            self.display.sale(member.first_name, done.quote.discount, credited, done.balance_after)
        self.sale_committed.emit(done)
        if done.redemption is not None:
            self.redemption_mode_changed.emit(authorised_mode(done.redemption))
        if done.slip is not None:
            self.print(done.slip, done.sale.id)
        self.load_history()
        self.load_challenges()

    def _on_commit_failed(self, exc: BaseException) -> None:
        self.committing = False
        self._fail(exc)

    def print(self, slip: Slip, slip_id: str) -> None:
        """Print a slip off the GUI thread; a failure keeps `slip_id` for a reprint."""
        self.last_slip_id = slip_id
        self.worker.submit(
            lambda: self.devices.print_slip(slip), self.slip_printed.emit, self._on_print_failed
        )

    def reprint(self, slip_id: str = "") -> bool:
        """Reprint a kept slip (the last one by default) as a copy."""
        slip_id = slip_id or self.last_slip_id
        if not slip_id:
            self.problem_found.emit(self.tr("There is no slip to reprint yet."))
            return False
        self.last_slip_id = slip_id

        def task() -> str:
            return self.devices.print_slip(reprint(slip_id, uow=self._uow()))

        self.worker.submit(task, self.slip_printed.emit, self._on_print_failed)
        return True

    def _on_print_failed(self, exc: BaseException) -> None:
        self.print_failed.emit(core_message(exc))

    def now(self) -> datetime:
        """The counter clock's time (its zone is the one the cashier reads times in)."""
        return self._clock()

    def load_history(self) -> None:
        """Load the current member's recent sales."""
        view = self.view
        if view is None or view.member is None:
            self.worker.forget("history")
            self.history_loaded.emit([])
            return
        member_id = view.member.id
        self.worker.submit(
            lambda: member_sales(self._uow(), member_id),
            self.history_loaded.emit,
            self._fail,
            channel="history",
        )

    def load_challenges(self) -> None:
        """Load the current member's progress in the running challenges."""
        view = self.view
        if view is None or view.member is None or not view.can_transact:
            self.worker.forget("challenges")
            self.challenges_loaded.emit(())
            return
        member_id = view.member.id
        self.worker.submit(
            lambda: member_challenges(member_id, uow=self._uow(), clock=self._clock),
            self.challenges_loaded.emit,
            self._fail,
            channel="challenges",
        )

    def _display_fail(self, exc: BaseException) -> None:
        self.display_failed.emit(core_message(exc))

    def store(self) -> Any:
        """The store the slips are headed with (None until the settings are read)."""
        return self.settings.station.store if self.settings else None

    def _fail(self, exc: BaseException) -> None:
        self.problem_found.emit(core_message(exc))
