"""The till's open check at the counter: the card scanned there and the redemption chosen there.

The till may send its check without a card; the cashier then scans the customer's card at the
counter and chooses the points to redeem. `choose_at_counter` puts both on the kept check and
calculates it again with the same use case as the till's own calculation, so the till's next
calculation or confirmation uses them (`domain.till_checks.with_counter_choice`), and
`look_at_till_check` is what the till reads to learn them (`GET /v1/checks/{id}`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from pos_loyalty.domain.checkout import RedeemRequest
from pos_loyalty.domain.till_checks import TillRecord, TillState
from pos_loyalty.services.ports import Clock
from pos_loyalty.services.till import (
    Calculation,
    Confirmed,
    RedeemLimit,
    TillUnitOfWork,
    calculate_till_check,
    quote_till_check,
    read_till_check,
    sale_shares,
)


def choose_at_counter(
    check_id: str,
    card_number: str | None,
    redeem: RedeemRequest,
    *,
    uow: TillUnitOfWork,
    clock: Clock,
    limit: RedeemLimit | None = None,
) -> Calculation:
    """Put the counter's card and redemption on the till's open check and calculate it.

    A check the till confirmed or cancelled meanwhile is refused as closed (409 at the API).
    `limit`: the terminal's redemption allowance, as for the till's own calculation.
    """
    kept = read_till_check(check_id, uow=uow)
    chosen = replace(
        kept.check,
        card_number=card_number,
        redeem=redeem if card_number else None,
        chosen_at_counter=True,
    )
    return calculate_till_check(chosen, uow=uow, clock=clock, over=kept.digest, limit=limit)


@dataclass(frozen=True, slots=True)
class TillLook:
    """Where a till check stands, with its figures: as they stand now while it is open, as
    recorded once it is sold, none once it is cancelled."""

    record: TillRecord
    calculation: Calculation | None = None
    confirmed: Confirmed | None = None


def look_at_till_check(
    check_id: str, *, uow: TillUnitOfWork, clock: Clock, limit: RedeemLimit | None = None
) -> TillLook:
    """The kept check and its figures (`limit` as for its calculation); writes nothing."""
    kept = read_till_check(check_id, uow=uow)
    if kept.state == TillState.CALCULATED:
        figures = quote_till_check(kept.check, uow=uow, clock=clock, limit=limit)
        return TillLook(kept, calculation=figures)
    if kept.state == TillState.CONFIRMED and kept.sale_id is not None:
        with uow.read_only():
            sale = uow.sales.get(kept.sale_id)
            assert sale is not None  # recorded in the same transaction as the check
            shares = sale_shares(uow, sale)
        return TillLook(kept, confirmed=Confirmed(kept, sale, shares, repeated=True))
    return TillLook(kept)
