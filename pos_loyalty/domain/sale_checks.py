"""Whether a recorded sale or refund is one the checkout and refund rules could have made.

A terminal records sales and refunds with the core's own maths (`checkout.quote`,
`refunds.refund_effect`), so their figures always add up. Whoever receives them from
elsewhere (the chain's server) checks them with these functions before trusting them: a
sale whose figures do not add up, or a refund returning more than its sale left, would
rewrite a member's spend and tier everywhere. Each refusal is an `InvalidInput` or
`NotAllowed` with a code and a sentence naming the figures.
"""

from __future__ import annotations

from pos_loyalty.domain.cards import validate_card_number
from pos_loyalty.domain.check_limits import DEFAULT_MAX_CHECK, looks_like_card_number
from pos_loyalty.domain.errors import InvalidInput, NotAllowed
from pos_loyalty.domain.ledger import LedgerEntry
from pos_loyalty.domain.money import Minor, format_money
from pos_loyalty.domain.refunds import Cumulative, cumulative, refund_effect
from pos_loyalty.domain.sales import Refund, Sale, SaleKind

MAX_SALE_BONUS = 1_000_000
"""Promotion bonus points on one sale above this are no promotion a shop runs."""

FIX = "the terminal's figures do not add up: check its software and database before it syncs"


def _refuse(what: str, code: str, **params: str | int) -> InvalidInput:
    error = InvalidInput(f"{what}: {FIX}", code=code)
    error.params.update(params)
    return error


def check_amount(amount: Minor, name: str, *, max_check: Minor = DEFAULT_MAX_CHECK) -> None:
    """Refuse an amount that is negative, a card number, or above the largest check."""
    if amount < 0:
        raise _refuse(f"{name} {format_money(amount)} is negative", "amount_negative")
    if amount > max_check or (amount and looks_like_card_number(amount)):
        raise _refuse(
            f"{name} {format_money(amount)} is above the maximum check of "
            f"{format_money(max_check)} (or reads as a card number)",
            "amount_over_max",
            amount=amount,
            maximum=max_check,
        )


def check_sale(
    sale: Sale, *, max_check: Minor = DEFAULT_MAX_CHECK, point_value: Minor | None = None
) -> None:
    """Refuse a sale whose figures the checkout could not have made.

    `point_value` is the programme's value of one point when known (the redeemed value is
    then exactly points × value); without it only the signs of points and value must agree.
    """
    _check_lines(sale, max_check)
    for name in ("discount", "redeemed_value", "paid", "refunded"):
        check_amount(getattr(sale, name), name, max_check=max_check)
    if sale.discount > sale.total:
        raise _refuse(
            f"discount {format_money(sale.discount)} is more than the total "
            f"{format_money(sale.total)}",
            "discount_over_total",
        )
    _check_paid(sale)
    _check_points(sale, point_value)
    if sale.refunded > sale.total:
        raise _refuse(f"refunded {format_money(sale.refunded)} is more than the total", "refunded")
    if sale.card_number is not None:
        validate_card_number(sale.card_number)
    if sale.kind == SaleKind.MEMBERSHIP:
        _check_membership(sale)


def _check_membership(sale: Sale) -> None:
    """A membership fee: a member's, paid in full in money, no points, a later end date."""
    points = sale.earned_points + sale.bonus_points + sale.redeemed_points
    if sale.member_id is None or sale.card_number is None or sale.discount or points:
        raise _refuse(
            "a membership sale must name a member and a card, with no discount and no points",
            "membership_sale_figures",
        )
    until, before = sale.membership_until, sale.membership_before
    if until is None or until < sale.business_date or (before is not None and until <= before):
        raise _refuse(
            "a membership sale must end on or after its day and after the previous end",
            "membership_sale_dates",
        )


def _check_lines(sale: Sale, max_check: Minor) -> None:
    if not sale.lines or any(line.amount <= 0 for line in sale.lines):
        raise _refuse("the sale has no lines, or a line of 0.00 or less", "sale_lines")
    check_amount(sale.total, "total", max_check=max_check)
    in_lines = sum(line.amount for line in sale.lines)
    if in_lines != sale.total:
        raise _refuse(
            f"total {format_money(sale.total)} is not the sum of its lines "
            f"({format_money(in_lines)})",
            "total_not_lines",
            total=sale.total,
            lines=in_lines,
        )


def _check_paid(sale: Sale) -> None:
    payable = sale.total - sale.discount - sale.redeemed_value
    if sale.paid != payable or sale.paid > sale.total:
        raise _refuse(
            f"paid {format_money(sale.paid)} is not the total {format_money(sale.total)} less "
            f"the discount {format_money(sale.discount)} and the points' value "
            f"{format_money(sale.redeemed_value)} ({format_money(payable)})",
            "paid_not_payable",
            paid=sale.paid,
            payable=payable,
        )


def _check_points(sale: Sale, point_value: Minor | None) -> None:
    if min(sale.redeemed_points, sale.earned_points, sale.bonus_points) < 0:
        raise _refuse("a number of points is negative", "points_negative")
    if point_value is not None:
        consistent = sale.redeemed_value == sale.redeemed_points * point_value
    else:
        consistent = (sale.redeemed_points == 0) == (sale.redeemed_value == 0)
    if not consistent:
        raise _refuse(
            f"{sale.redeemed_points} points redeemed are not worth "
            f"{format_money(sale.redeemed_value)}",
            "redeemed_value",
        )
    # floor(base × percent / 100 / 100) at most 100 % earning with a 100-fold multiplier
    if sale.earned_points > sale.total or sale.bonus_points > MAX_SALE_BONUS:
        raise _refuse(
            f"{sale.earned_points} points earned and {sale.bonus_points} bonus points on a "
            f"check of {format_money(sale.total)} are more than any programme gives",
            "points_implausible",
        )


def check_refund(refund: Refund, sale: Sale, before: Cumulative) -> None:
    """Refuse a refund beyond what is left of its sale, or returning more than its share.

    `before` is what the sale's earlier refunds undid (wherever they were made); together
    with this one they may return at most the share of the money paid and of the points
    earned and redeemed that the goods refunded so far stand for.
    """
    check_amount(refund.amount, "refund amount")
    check_amount(refund.money_returned, "money returned")
    if min(refund.points_reversed, refund.points_returned) < 0:
        raise _refuse("a number of points is negative", "points_negative")
    refund_effect(sale.figures, before.refunded, refund.amount)
    share = cumulative(sale.figures, before.refunded + refund.amount)
    given = {
        "money returned": (before.money_returned + refund.money_returned, share.money_returned),
        "points taken back": (
            before.points_reversed + refund.points_reversed,
            share.points_reversed,
        ),
        "points given back": (
            before.points_returned + refund.points_returned,
            share.points_returned,
        ),
    }
    for name, (total, allowed) in given.items():
        if total > allowed:
            shown = (
                (format_money(total), format_money(allowed))
                if "money" in name
                else (
                    str(total),
                    str(allowed),
                )
            )
            raise NotAllowed(
                f"refund {refund.id}: the {name} by this sale's refunds ({shown[0]}) would be "
                f"more than the share of the goods refunded ({shown[1]}): {FIX}",
                code="refund_over_share",
                given=total,
                allowed=allowed,
            )


MAX_ENTRY_POINTS = 1_000_000_000
"""Points one ledger entry may move: the import's bound for a balance (`import_rows`)."""


def check_entry(entry: LedgerEntry) -> None:
    """Refuse a ledger entry no terminal of ours writes: an implausible number of points, or a
    card number that is not one of ours. (Points earned offline are accepted; these are not.)"""
    if abs(entry.points) > MAX_ENTRY_POINTS:
        raise _refuse(
            f"entry {entry.id} moves {entry.points} points, more than {MAX_ENTRY_POINTS}",
            "entry_points_implausible",
            points=entry.points,
        )
    if entry.card_number:
        validate_card_number(entry.card_number)
