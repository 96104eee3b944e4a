"""Refund maths: partial refunds that add up exactly to the sale, never more, never twice.

After each refund the cumulative figures are recomputed from the cumulative share returned
(all refunds of the sale so far / the sale's total); a refund's effect is the change in those
figures. After the last refund the totals equal exactly what the sale earned, redeemed and paid.

Goods returned with figures of their own (a till's lines, split at the sale: line_split.py)
are refunded by those figures instead of a share of the whole sale (`goods_refund_effect`), so
a line excluded from the discount gives back its full price and no points. Both kinds may follow
each other on one sale: each effect is bounded by what the sale has left to undo, and the
refund that brings back the last of the goods undoes exactly the rest.
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
    _check_amount(sale, refunded_before, amount)
    before = cumulative(sale, refunded_before)
    after = cumulative(sale, refunded_before + amount)
    return RefundEffect(
        amount=amount,
        points_reversed=after.points_reversed - before.points_reversed,
        points_returned=after.points_returned - before.points_returned,
        money_returned=after.money_returned - before.money_returned,
        after=after,
    )


def _check_amount(sale: SaleFigures, refunded_before: Minor, amount: Minor) -> None:
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


@dataclass(frozen=True, slots=True)
class ReturnedGoods:
    """Goods coming back with their own figures from the sale (a till's lines, or parts of them).

    `amount` is their value, `paid` the money paid for them, `earned` the points they earned
    (promotion bonus included) and `redeemed` the points that paid for them.
    """

    amount: Minor
    paid: Minor
    earned: int
    redeemed: int


def refund_effect_after(sale: SaleFigures, done: Cumulative, amount: Minor) -> RefundEffect:
    """The counter's refund of `amount` after the refunds recorded so far (`done`).

    When every earlier refund was the counter's, `done` is the cumulative share and this is
    exactly `refund_effect`. After a refund of goods by their own figures the cumulative share
    may be below what was already undone: a figure then waits (never negative) until the share
    catches up, and the refund of the last goods undoes exactly the rest.
    """
    plain = refund_effect(sale, done.refunded, amount)
    if done == cumulative(sale, done.refunded):
        return plain
    after = plain.after
    return _effect_to(
        amount,
        done,
        Cumulative(
            refunded=after.refunded,
            points_reversed=max(after.points_reversed, done.points_reversed),
            points_returned=max(after.points_returned, done.points_returned),
            money_returned=max(after.money_returned, done.money_returned),
        ),
    )


def goods_refund_effect(sale: SaleFigures, done: Cumulative, goods: ReturnedGoods) -> RefundEffect:
    """Refund goods by their own figures, after the refunds recorded so far (`done`).

    Each figure is the goods' own, but never more than the sale has left to undo; the refund
    that brings back the last of the sale's goods undoes exactly what is left.
    """
    _check_amount(sale, done.refunded, goods.amount)
    refunded = done.refunded + goods.amount
    if refunded == sale.total:
        return _effect_to(goods.amount, done, cumulative(sale, refunded))
    after = Cumulative(
        refunded=refunded,
        points_reversed=done.points_reversed
        + _within(goods.earned, sale.earned, done.points_reversed),
        points_returned=done.points_returned
        + _within(goods.redeemed, sale.redeemed, done.points_returned),
        money_returned=done.money_returned + _within(goods.paid, sale.paid, done.money_returned),
    )
    return _effect_to(goods.amount, done, after)


def _within(figure: int, whole: int, undone: int) -> int:
    """`figure`, limited to what is left of `whole` once `undone` was undone (never negative)."""
    return max(0, min(figure, whole - undone))


def _effect_to(amount: Minor, done: Cumulative, after: Cumulative) -> RefundEffect:
    return RefundEffect(
        amount=amount,
        points_reversed=after.points_reversed - done.points_reversed,
        points_returned=after.points_returned - done.points_returned,
        money_returned=after.money_returned - done.money_returned,
        after=after,
    )
