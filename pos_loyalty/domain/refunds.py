"""Refund maths: partial refunds that add up exactly to the sale, never more, never twice.

After each refund the cumulative figures are recomputed from the cumulative share returned
(all refunds of the sale so far / the sale's total); a refund's effect is the change in those
figures. After the last refund the totals equal exactly what the sale earned, redeemed and paid.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from pos_loyalty.domain.errors import InvalidInput, NotAllowed
from pos_loyalty.domain.money import Minor, floor, format_money, round_half_up


@dataclass(frozen=True, slots=True)
class SaleFigures:
    """What a sale did: its total, the money paid, the points it earned and redeemed."""

    total: Minor
    paid: Minor
    earned: int
    redeemed: int


@dataclass(frozen=True, slots=True)
class Cumulative:
    """What all refunds of a sale have undone so far."""

    refunded: Minor
    points_reversed: int
    points_returned: int
    money_returned: Minor


@dataclass(frozen=True, slots=True)
class RefundEffect:
    """What this one refund does."""

    amount: Minor
    points_reversed: int
    points_returned: int
    money_returned: Minor
    after: Cumulative


def cumulative(sale: SaleFigures, refunded: Minor) -> Cumulative:
    """The cumulative figures once `refunded` of the sale's goods have come back."""
    share = Fraction(refunded, sale.total)
    return Cumulative(
        refunded=refunded,
        points_reversed=floor(sale.earned * share),
        points_returned=floor(sale.redeemed * share),
        money_returned=round_half_up(sale.paid * share),
    )


def refund_effect(sale: SaleFigures, refunded_before: Minor, amount: Minor) -> RefundEffect:
    """The effect of refunding `amount` after `refunded_before` was already refunded."""
    if amount <= 0:
        raise InvalidInput(
            f"a refund of {format_money(amount)}: the amount must be more than 0",
            code="refund_not_positive",
            amount=amount,
        )
    left = sale.total - refunded_before
    if amount > left:
        raise NotAllowed(
            f"refund of {format_money(amount)} is more than what is left to refund on this sale "
            f"({format_money(left)} of {format_money(sale.total)}): check the amount",
            code="refund_too_large",
            amount=amount,
            left=left,
            total=sale.total,
        )
    before = cumulative(sale, refunded_before)
    after = cumulative(sale, refunded_before + amount)
    return RefundEffect(
        amount=amount,
        points_reversed=after.points_reversed - before.points_reversed,
        points_returned=after.points_returned - before.points_returned,
        money_returned=after.money_returned - before.money_returned,
        after=after,
    )
