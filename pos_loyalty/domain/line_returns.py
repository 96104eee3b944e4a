"""A till line coming back whole or in part: its figures prorated by quantity, to the kopeck.

A line of 5 may come back 2 now and 3 later. Each part takes its share of what is still left
of the line (its amount, discount, points value, money paid, points earned and redeemed):

1. the part's amount is the amount left times the quantity returned over the quantity left,
   rounded half up;
2. that amount is shared between the discount, the points value and the money paid still left
   by the largest-remainder method (line_split.py), so no figure ever goes below zero or above
   what is left of it;
3. the points earned and redeemed still left are taken in the same proportion, floored (as the
   refund maths floors points, refunds.py);
4. the part that brings back the rest of the line (or all of its money, for a line of a few
   kopecks) takes exactly what is left.

So the parts of a line always add up exactly to the line's own figures, whatever their order.
A line's quantity is the till's text ("5", "0.350"); one that is not a number comes back whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction

from pos_loyalty.domain.errors import Conflict, InvalidInput
from pos_loyalty.domain.line_split import LineShare, largest_remainder
from pos_loyalty.domain.money import floor, round_half_up

_QUANTITY = re.compile(r"\d{1,12}([.,]\d{1,6})?")
NOTHING = LineShare(amount=0, discount=0, points_value=0)


@dataclass(frozen=True, slots=True)
class ReturnedLine:
    """What has come back of one line (index from 0) so far: the quantity and its figures."""

    index: int
    quantity: Decimal
    figures: LineShare
    whole: bool
    """Nothing of the line is left to return."""


def parse_quantity(text: str) -> Decimal | None:
    """A quantity as the till writes it ("2", "0.350", "1,5"), or None if it is not one."""
    text = text.strip()
    if not _QUANTITY.fullmatch(text):
        return None
    value = Decimal(text.replace(",", "."))
    return value if value > 0 else None


def return_part(
    line: LineShare,
    quantity_text: str,
    before: ReturnedLine | None,
    asked_text: str | None,
    *,
    index: int,
) -> tuple[LineShare, ReturnedLine]:
    """The figures of this part of the line (`asked_text`; None: all that is left), and the
    line's returned state after it. The caller refuses a line already back in full."""
    done = before or ReturnedLine(index, Decimal(0), NOTHING, whole=False)
    left = _minus(line, done.figures)
    total = parse_quantity(quantity_text)
    remaining = None if total is None else total - done.quantity
    asked = None if asked_text is None else _asked(asked_text, index)
    if asked is None or asked == remaining:
        return left, ReturnedLine(index, total or done.quantity, line, whole=True)
    if remaining is None:
        raise InvalidInput(
            f"line {index + 1} has the quantity {quantity_text!r}, which is not a number: "
            "return the whole line (leave out its quantity)",
            code="till_quantity_unknown",
            line=index + 1,
            quantity=quantity_text,
        )
    if asked > remaining:
        raise Conflict(
            f"line {index + 1}: {asked} cannot come back, only {remaining} of {total} is left "
            "to refund",
            code="till_quantity_too_large",
            line=index + 1,
            asked=str(asked),
            remaining=str(remaining),
        )
    part = prorate(left, Fraction(asked) / Fraction(remaining))
    after = ReturnedLine(index, done.quantity + asked, _plus(done.figures, part), whole=False)
    return part, after


def _asked(text: str, index: int) -> Decimal:
    asked = parse_quantity(text)
    if asked is None:
        raise InvalidInput(
            f"line {index + 1}: {text!r} is not a quantity to return: give a number above 0 "
            "such as 2 or 0.350",
            code="till_quantity_invalid",
            line=index + 1,
            quantity=text,
        )
    return asked


def prorate(left: LineShare, share: Fraction) -> LineShare:
    """`share` (0 < share < 1) of what is left of a line, in whole kopecks and points."""
    amount = round_half_up(left.amount * share)
    if amount == left.amount:  # all the money left comes back: no point may stay behind
        return left
    discount, points_value, _paid = largest_remainder(
        amount, [left.discount, left.points_value, left.paid]
    )
    return LineShare(
        amount=amount,
        discount=discount,
        points_value=points_value,
        earned=floor(left.earned * share),
        redeemed=floor(left.redeemed * share),
    )


def _minus(a: LineShare, b: LineShare) -> LineShare:
    return LineShare(
        amount=a.amount - b.amount,
        discount=a.discount - b.discount,
        points_value=a.points_value - b.points_value,
        earned=a.earned - b.earned,
        redeemed=a.redeemed - b.redeemed,
    )


def _plus(a: LineShare, b: LineShare) -> LineShare:
    return replace(
        a,
        amount=a.amount + b.amount,
        discount=a.discount + b.discount,
        points_value=a.points_value + b.points_value,
        earned=a.earned + b.earned,
        redeemed=a.redeemed + b.redeemed,
    )
