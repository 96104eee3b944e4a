"""The shop's till as a client: calculate a check, confirm it, cancel it, refund some lines.

The till sends its check (lines with codes, amounts and categories, the card it scanned, the
points to redeem) and gets back the quote spread over the lines (domain.line_split), so the
fiscal receipt shows each line's discount in kopecks that add up exactly. Every figure comes
from the same use cases as the counter: `quote_checkout`, `record_checkout`, `record_refund`.

Idempotency: each till check id is kept (`TillCheckRepository`) with the hash of what was
calculated. Confirming records the sale and marks the check in one transaction, so a repeated
confirmation returns the same sale; a different check under a confirmed id is a `Conflict`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol

from pos_loyalty.domain import fields
from pos_loyalty.domain.checkout import Quote
from pos_loyalty.domain.errors import Conflict, InvalidInput, NotFound
from pos_loyalty.domain.line_split import LineShare, returned_share, split_lines
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
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.refunds import Refunded, record_refund
from pos_loyalty.services.slips import StoreHeader

__all__ = ["TillCheck", "TillLine", "TillRecord", "TillState", "check_from_dict"]


class TillCheckRepository(Protocol):
    """The till checks by the till's check id."""

    def get(self, check_id: str) -> TillRecord | None: ...
    def put(self, record: TillRecord) -> None: ...


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


def _validate(check: TillCheck) -> None:
    if not check.check_id.strip():
        raise InvalidInput("the check has no id: send the till's check id", code="till_no_id")
    fields.check_length(check.check_id, 64, "check_id")
    for line in check.lines:
        fields.check_length(line.code, 64, "code")
        fields.check_length(line.name, 200, "name")
        fields.check_length(line.category, fields.CATEGORY, "category")


def _calculate(check: TillCheck, uow: UnitOfWork, clock: Clock) -> Calculation:
    cmd = Checkout(card_number=check.card_number, lines=check.check_lines, redeem=check.redeem)
    q = quote_checkout(cmd, uow=uow, clock=clock)
    with uow.read_only():
        excluded = require_programme(uow).no_discount_categories
        view = view_card(uow, check.card_number, clock) if check.card_number else None
    shares = split_lines(
        check.check_lines, discount=q.discount, points_value=q.redeemed_value, excluded=excluded
    )
    return Calculation(check, q, shares, view)


def calculate_till_check(
    check: TillCheck, *, uow: TillUnitOfWork, clock: Clock, over: str | None = None
) -> Calculation:
    """Quote the till's check line by line and keep it for the confirmation.

    Where the till sends neither a card nor a redemption, the ones chosen at the counter for
    this check stay (`with_counter_choice`). `over`: keep it only over the kept check with this
    digest (the counter's choice must not undo a check the till sent again meanwhile).
    """
    _validate(check)
    with uow.read_only():
        check = with_counter_choice(check, uow.till_checks.get(check.check_id))
    done = _calculate(check, uow, clock)
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


def quote_till_check(check: TillCheck, *, uow: UnitOfWork, clock: Clock) -> Calculation:
    """The quote of a check spread over its lines, as it stands now; writes nothing."""
    return _calculate(check, uow, clock)


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
) -> Confirmed:
    """Record the sale exactly as calculated; a repeat returns the same sale."""
    cmd = Checkout(card_number=None, lines=(), receipt_no=receipt_no)
    with uow:
        kept = _kept(uow, check_id)  # read under the write lock: a racing repeat waits
        if kept.state == TillState.CONFIRMED:
            return _confirmed(uow, kept, repeated=True)
        if kept.state == TillState.CANCELLED:
            raise _closed(kept)
        cmd = replace(
            cmd,
            card_number=kept.check.card_number,
            lines=kept.check.check_lines,
            redeem=kept.check.redeem,
            large_confirmed=large_confirmed,
        )
        committed = record_checkout(cmd, uow=uow, clock=clock, actor=actor, store=store)
        _require_as_calculated(kept, committed.quote)
        kept = replace(
            kept,
            state=TillState.CONFIRMED,
            sale_id=committed.sale.id,
            receipt_no=receipt_no,
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
    )


def _require_as_calculated(kept: TillRecord, q: Quote) -> None:
    """The balance or the programme may have moved since the calculation: never surprise."""
    if (q.discount, q.redeemed_points) != (kept.discount, kept.redeemed_points):
        raise Conflict(
            f"the check {kept.check.check_id} now gives a discount of {q.discount} kopecks and "
            f"{q.redeemed_points} points (calculated: {kept.discount}, {kept.redeemed_points}): "
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


@dataclass(frozen=True, slots=True)
class TillRefund:
    """A refund of some lines: the lines' figures as split at the sale, and the refund made."""

    lines: tuple[int, ...]
    shares: tuple[LineShare, ...]
    returned: LineShare
    refunded: Refunded


def refund_till_lines(
    check_id: str,
    lines: tuple[int, ...],
    *,
    uow: TillUnitOfWork,
    clock: Clock,
    actor: Actor,
    approved_by: str = "",
    store: StoreHeader | None = None,
) -> TillRefund:
    """Refund whole lines (numbered from 1) of a confirmed till check, each line once."""
    with uow:
        kept = _kept(uow, check_id)
        if kept.state != TillState.CONFIRMED or kept.sale_id is None:
            raise Conflict(
                f"the check {check_id} was not sold ({kept.state.value}): nothing to refund",
                code="till_check_not_sold",
                check=check_id,
            )
        indexes = _returned_lines(kept, lines)
        sale = uow.sales.get(kept.sale_id)
        assert sale is not None  # recorded in the same transaction as the check
        shares = sale_shares(uow, sale)
        back = returned_share(shares, indexes)
        done = record_refund(
            sale.id,
            back.amount,
            "till: lines returned",
            uow=uow,
            clock=clock,
            actor=actor,
            store=store,
            approved_by=approved_by,
        )
        uow.till_checks.put(replace(kept, returned=kept.returned + tuple(indexes)))
        uow.commit()
    return TillRefund(tuple(lines), tuple(shares[i] for i in indexes), back, done)


def _returned_lines(kept: TillRecord, lines: tuple[int, ...]) -> list[int]:
    count = len(kept.check.lines)
    if not lines:
        raise InvalidInput("no lines to refund: name the lines returned", code="till_no_lines")
    indexes = [n - 1 for n in lines]
    if any(not 0 <= i < count for i in indexes) or len(set(indexes)) != len(indexes):
        raise InvalidInput(
            f"lines {list(lines)}: give each returned line once, numbered 1 to {count}",
            code="till_line_unknown",
        )
    again = sorted(i + 1 for i in indexes if i in kept.returned)
    if again:
        raise Conflict(
            f"lines {again} of the check {kept.check.check_id} were already refunded",
            code="till_line_refunded",
            check=kept.check.check_id,
        )
    return indexes
