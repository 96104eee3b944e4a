"""A check's discount and points spread over its lines, in kopecks that add up exactly.

A fiscal receipt shows the discount on each line, and the till's totals must equal the
companion's to the kopeck. So each figure of the quote (the discount, then the value of the
points redeemed) is shared out by the largest-remainder method:

1. every line eligible for a discount gets the floor of its exact share (the figure times its
   weight over the sum of the weights);
2. the kopecks left over go one each to the lines with the largest fractional parts, the
   earlier line first on a tie, so the same check always splits the same way.

The discount is weighed by each line's amount; the points by what each line still costs after
its discount, so a line never pays more than it costs. Lines of a category excluded from the
discount (`programme.no_discount_categories`) get neither: points pay only for
discount-eligible lines (checkout.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.money import Minor, floor, format_money


@dataclass(frozen=True, slots=True)
class LineShare:
    """One line's part of the check: its amount, its discount, the points value paying for it."""

    amount: Minor
    discount: Minor
    points_value: Minor

    @property
    def paid(self) -> Minor:
        """What the customer pays in money for this line."""
        return self.amount - self.discount - self.points_value


def largest_remainder(total: Minor, weights: Sequence[int]) -> tuple[Minor, ...]:
    """Share `total` in proportion to `weights`: whole kopecks summing exactly to `total`."""
    whole = sum(weights)
    if total == 0 or whole == 0:
        return tuple(0 for _ in weights)
    exact = [Fraction(total * w, whole) for w in weights]
    parts = [floor(x) for x in exact]
    left = total - sum(parts)
    # Earlier lines win ties: sorted() is stable and the key puts larger remainders first.
    order = sorted(range(len(weights)), key=lambda i: -(exact[i] - parts[i]))
    for i in order[:left]:
        parts[i] += 1
    return tuple(parts)


def split_lines(
    lines: Sequence[CheckLine],
    *,
    discount: Minor,
    points_value: Minor,
    excluded: frozenset[str],
) -> tuple[LineShare, ...]:
    """Spread a quote's discount and redeemed points' value over the check's lines."""
    eligible = [0 if x.category in excluded else x.amount for x in lines]
    _check_figures(sum(eligible), discount, points_value)
    discounts = largest_remainder(discount, eligible)
    after = [w - d for w, d in zip(eligible, discounts, strict=True)]
    points = largest_remainder(points_value, after)
    return tuple(
        LineShare(amount=x.amount, discount=d, points_value=p)
        for x, d, p in zip(lines, discounts, points, strict=True)
    )


def _check_figures(eligible: Minor, discount: Minor, points_value: Minor) -> None:
    """Refuse figures no quote gives: they would not fit on the eligible lines."""
    if discount < 0 or points_value < 0 or discount + points_value > eligible:
        raise InvalidInput(
            f"a discount of {format_money(discount)} and points worth "
            f"{format_money(points_value)} do not fit on lines eligible for "
            f"{format_money(eligible)}: quote the check again",
            code="split_does_not_fit",
        )


def returned_share(shares: Sequence[LineShare], returned: Sequence[int]) -> LineShare:
    """The returned lines (by index) together: their amount, discount and points value."""
    picked = [shares[i] for i in returned]
    return LineShare(
        amount=sum(x.amount for x in picked),
        discount=sum(x.discount for x in picked),
        points_value=sum(x.points_value for x in picked),
    )
