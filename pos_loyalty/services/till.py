"""The shop's till as a client: calculate a check, confirm it, cancel it, refund some lines.

The till sends its check (lines with codes, amounts and categories, the card it scanned, the
points to redeem) and gets back the quote spread over the lines (domain.line_split), so the
fiscal receipt shows each line's discount in kopecks that add up exactly. Every figure comes
from the same use cases as the counter: `quote_checkout`, `record_checkout`, and for lines
coming back `record_goods_refund` (till_refunds.py).

Idempotency: each till check id is kept (`TillCheckRepository`) with the hash of what was
calculated. Confirming records the sale and marks the check in one transaction, so a repeated
confirmation returns the same sale; a different check under a confirmed id is a `Conflict`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

from pos_loyalty.domain import fields
from pos_loyalty.domain.checkout import Quote
from pos_loyalty.domain.errors import Conflict, InvalidInput, NotFound
from pos_loyalty.domain.line_split import LineShare, split_lines
from pos_loyalty.domain.reservations import Authorisation
from pos_loyalty.domain.sales import Sale
from pos_loyalty.domain.till_checks import (
    TillCheck,
    TillLine,
    TillRecord,
    TillState,
    check_from_dict,
    with_counter_choice,
)
from pos_loyalty.services.checkout import Checkout, quote_checkout, record_checkout
from pos_loyalty.services.lookup import MemberView, require_programme, view_card
from pos_loyalty.services.ports import Clock, RedemptionAuthoriser, UnitOfWork
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.redemptions import Held, reserving
from pos_loyalty.services.slips import StoreHeader

__all__ = ["TillCheck", "TillLine", "TillRecord", "TillState", "check_from_dict"]


class TillCheckRepository(Protocol):
    """The till checks by the till's check id."""

    def get(self, check_id: str) -> TillRecord | None: ...
    def put(self, record: TillRecord) -> None: ...


RedeemLimit = Callable[[Checkout], Checkout]
"""The checkout with the terminal's redemption allowance applied (the counter's own hook)."""


class TillUnitOfWork(UnitOfWork, Protocol):
    """A unit of work that also keeps the till's checks."""

    till_checks: TillCheckRepository


@dataclass(frozen=True, slots=True)
class Calculation:
    """The quote of a till check, spread over its lines, with the member it is for."""

    check: TillCheck
    quote: Quote
    shares: tuple[LineShare, ...]
    view: MemberView | None


@dataclass(frozen=True, slots=True)
class Confirmed:
    """A confirmed till check: the sale it became and its lines' shares (the same on a repeat)."""

    record: TillRecord
    sale: Sale
    shares: tuple[LineShare, ...]
    repeated: bool
    redemption: Authorisation | None = None
    """How the points redeemed were authorised (None: none redeemed, or no authoriser)."""


def _validate(check: TillCheck) -> None:
    if not check.check_id.strip():
        raise InvalidInput("the check has no id: send the till's check id", code="till_no_id")
    fields.check_length(check.check_id, 64, "check_id")
    for line in check.lines:
        fields.check_length(line.code, 64, "code")
        fields.check_length(line.name, 200, "name")
        fields.check_length(line.category, fields.CATEGORY, "category")


def _calculate(
    check: TillCheck, uow: UnitOfWork, clock: Clock, limit: RedeemLimit | None = None
) -> Calculation:
    cmd = Checkout(card_number=check.card_number, lines=check.check_lines, redeem=check.redeem)
    q = quote_checkout(cmd if limit is None else limit(cmd), uow=uow, clock=clock)
    with uow.read_only():
        programme = require_programme(uow)
        view = view_card(uow, check.card_number, clock) if check.card_number else None
    shares = split_lines(
        check.check_lines,
        discount=q.discount,
        points_value=q.redeemed_value,
        excluded=programme.no_discount_categories,
        redeemed_points=q.redeemed_points,
        earned_points=q.earned_points + q.bonus_points,
        no_earn=programme.no_earn_categories,
    )
    return Calculation(check, q, shares, view)


def calculate_till_check(
    check: TillCheck,
    *,
    uow: TillUnitOfWork,
    clock: Clock,
    over: str | None = None,
    limit: RedeemLimit | None = None,
) -> Calculation:
    """Quote the till's check line by line and keep it for the confirmation.

    Where the till sends neither a card nor a redemption, the ones chosen at the counter for
    this check stay (`with_counter_choice`). `over`: keep it only over the kept check with this
    digest (the counter's choice must not undo a check the till sent again meanwhile).
    `limit`: the terminal's redemption allowance applied to the quote, as the counter's quote
    applies it (the server's balance online, the offline caps when it does not answer).
    """
    _validate(check)
    with uow.read_only():
        check = with_counter_choice(check, uow.till_checks.get(check.check_id))
    done = _calculate(check, uow, clock, limit)
    with uow:
        kept = uow.till_checks.get(check.check_id)
        if kept is not None and kept.state != TillState.CALCULATED:
            if kept.digest == check.digest and kept.state == TillState.CONFIRMED:
                return done
            raise _closed(kept)
        if over is not None and (kept is None or kept.digest != over):
            raise Conflict(
                f"the till sent the check {check.check_id} again meanwhile: choose again",
                code="till_check_moved",
                check=check.check_id,
            )
        q = done.quote
        uow.till_checks.put(
            TillRecord(
                check, check.digest, q.discount, q.redeemed_points, TillState.CALCULATED, clock()
            )
        )
        uow.commit()
    return done


def _closed(kept: TillRecord) -> Conflict:
    return Conflict(
        f"the check {kept.check.check_id} is already {kept.state.value}: "
        "give a changed check a new id at the till",
        code="till_check_closed",
        check=kept.check.check_id,
        state=kept.state.value,
    )


def quote_till_check(
    check: TillCheck, *, uow: UnitOfWork, clock: Clock, limit: RedeemLimit | None = None
) -> Calculation:
    """The quote of a check spread over its lines, as it stands now; writes nothing."""
    return _calculate(check, uow, clock, limit)


def read_till_check(check_id: str, *, uow: TillUnitOfWork) -> TillRecord:
    """The check kept under the till's id (NotFound if it was never calculated)."""
    with uow.read_only():
        return _kept(uow, check_id)


def _kept(uow: TillUnitOfWork, check_id: str) -> TillRecord:
    kept = uow.till_checks.get(check_id)
    if kept is None:
        raise NotFound(
            f"no check {check_id} was calculated: calculate it first",
            code="till_check_unknown",
            check=check_id,
        )
    return kept


def confirm_till_check(
    check_id: str,
    receipt_no: str,
    *,
    uow: TillUnitOfWork,
    clock: Clock,
    actor: Actor,
    store: StoreHeader | None = None,
    large_confirmed: bool = False,
    authoriser: RedemptionAuthoriser | None = None,
) -> Confirmed:
    """Record the sale exactly as calculated; a repeat returns the same sale.

    With an `authoriser` the points the check redeems are reserved first, as at the counter
    (`services.redemptions.reserving`): at the central server while it answers, within the
    offline caps when it does not. Fewer points than calculated refuse the confirmation (409):
    the till calculates again and shows the customer the new figures.
    """
    with uow.read_only():
        seen = _kept(uow, check_id)
    cmd = Checkout(
        card_number=seen.check.card_number,
        lines=seen.check.check_lines,
        redeem=seen.check.redeem,
        receipt_no=receipt_no,
        large_confirmed=large_confirmed,
    )
    if seen.state != TillState.CALCULATED:
        authoriser = None  # a repeat or a refusal: nothing to reserve
    with reserving(cmd, uow=uow, clock=clock, authoriser=authoriser) as held:
        done = _record(seen, held, uow=uow, clock=clock, actor=actor, store=store)
    if done.repeated:
        return done
    return replace(done, redemption=held.authorisation)


def _record(
    seen: TillRecord,
    held: Held,
    *,
    uow: TillUnitOfWork,
    clock: Clock,
    actor: Actor,
    store: StoreHeader | None,
) -> Confirmed:
    """Record the sale of the check `seen`, and the check as confirmed, in one transaction."""
    with uow:
        kept = _kept(uow, seen.check.check_id)  # under the write lock: a racing repeat waits
        if kept.state == TillState.CONFIRMED:
            return _confirmed(uow, kept, repeated=True)
        if kept.state == TillState.CANCELLED:
            raise _closed(kept)
        if kept.digest != seen.digest:  # calculated again since it was read: not this check
            raise _changed(kept, kept.discount, kept.redeemed_points)
        committed = record_checkout(held.checkout, uow=uow, clock=clock, actor=actor, store=store)
        _require_as_calculated(kept, committed.quote)
        held.recorded(committed.sale)
        kept = replace(
            kept,
            state=TillState.CONFIRMED,
            sale_id=committed.sale.id,
            receipt_no=held.checkout.receipt_no,
            updated_at=clock(),
        )
        uow.till_checks.put(kept)
        done = _confirmed(uow, kept, repeated=False)
        uow.commit()
    return done


def _confirmed(uow: TillUnitOfWork, kept: TillRecord, *, repeated: bool) -> Confirmed:
    """The sale of a confirmed check, split over its lines as it was recorded."""
    assert kept.sale_id is not None
    sale = uow.sales.get(kept.sale_id)
    assert sale is not None  # recorded in the same transaction as the check
    return Confirmed(kept, sale, sale_shares(uow, sale), repeated)


def sale_shares(uow: UnitOfWork, sale: Sale) -> tuple[LineShare, ...]:
    """A recorded sale's discount and points spread over its lines (inside a transaction)."""
    programme = uow.programmes.get(sale.programme_version) or require_programme(uow)
    return split_lines(
        sale.lines,
        discount=sale.discount,
        points_value=sale.redeemed_value,
        excluded=programme.no_discount_categories,
        redeemed_points=sale.redeemed_points,
        earned_points=sale.figures.earned,
        no_earn=programme.no_earn_categories,
    )


def _require_as_calculated(kept: TillRecord, q: Quote) -> None:
    """The balance or the programme may have moved since the calculation: never surprise."""
    if (q.discount, q.redeemed_points) != (kept.discount, kept.redeemed_points):
        raise _changed(kept, q.discount, q.redeemed_points)


def _changed(kept: TillRecord, discount: int, points: int) -> Conflict:
    return Conflict(
        f"the check {kept.check.check_id} now gives a discount of {discount} kopecks and "
        f"{points} points (calculated: {kept.discount}, {kept.redeemed_points}): "
        "calculate it again and show the customer the new figures",
        code="till_check_changed",
        check=kept.check.check_id,
    )


def cancel_till_check(check_id: str, *, uow: TillUnitOfWork, clock: Clock) -> TillRecord:
    """Drop a calculated check the till did not sell; a confirmed one needs a refund."""
    with uow:
        kept = _kept(uow, check_id)
        if kept.state == TillState.CANCELLED:
            return kept
        if kept.state == TillState.CONFIRMED:
            raise Conflict(
                f"the check {check_id} was sold: refund its lines instead of cancelling",
                code="till_check_sold",
                check=check_id,
            )
        kept = replace(kept, state=TillState.CANCELLED, updated_at=clock())
        uow.till_checks.put(kept)
        uow.commit()
    return kept


def kept_check(uow: TillUnitOfWork, check_id: str) -> TillRecord:
    """The check kept under the till's id, inside an open transaction (NotFound if never
    calculated)."""
    return _kept(uow, check_id)
