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

The points themselves are shared the same way, so a refund of some lines can undo exactly
their part: the points redeemed by each line's points value, the points earned (promotion
bonus included) by what each earning line was paid in money. A line of a category excluded
from earning (`programme.no_earn_categories`) gets none, unless nothing in the check earns and
a promotion's fixed bonus was still given: that bonus then goes by the lines' amounts.
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
    earned: int = 0
    """Points this line earned (its part of the sale's earned points and promotion bonus)."""
    redeemed: int = 0
    """Points redeemed paying for this line (their value is `points_value`)."""

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
    redeemed_points: int = 0,
    earned_points: int = 0,
    no_earn: frozenset[str] = frozenset(),
) -> tuple[LineShare, ...]:
    """Spread a quote's discount, redeemed points (and their value) and earned points over
    the check's lines."""
    eligible = [0 if x.category in excluded else x.amount for x in lines]
    _check_figures(sum(eligible), discount, points_value)
    discounts = largest_remainder(discount, eligible)
    after = [w - d for w, d in zip(eligible, discounts, strict=True)]
    points = largest_remainder(points_value, after)
    redeemed = largest_remainder(redeemed_points, points if any(points) else after)
    paid = [x.amount - d - p for x, d, p in zip(lines, discounts, points, strict=True)]
    earned = largest_remainder(earned_points, _earn_weights(lines, paid, no_earn))
    return tuple(
        LineShare(amount=x.amount, discount=d, points_value=p, earned=e, redeemed=r)
        for x, d, p, e, r in zip(lines, discounts, points, earned, redeemed, strict=True)
    )


def _earn_weights(
    lines: Sequence[CheckLine], paid: Sequence[Minor], no_earn: frozenset[str]
) -> Sequence[int]:
    """What each line was paid in money if it earns; failing that its amount (see above)."""
    earning = [0 if x.category in no_earn else m for x, m in zip(lines, paid, strict=True)]
    if any(earning):
        return earning
    by_amount = [0 if x.category in no_earn else x.amount for x in lines]
    return by_amount if any(by_amount) else [x.amount for x in lines]


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
        earned=sum(x.earned for x in picked),
        redeemed=sum(x.redeemed for x in picked),
    )
