"""The discount and points spread over the check's lines, every kopeck worked out by hand.

Amounts are in kopecks: 60000 is 600.00.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_loyalty.domain.checkout import MAX, CheckLine, Terms, quote
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.line_split import largest_remainder, returned_share, split_lines
from pos_loyalty.domain.programme import Programme

TOBACCO = frozenset({"tobacco"})
PROGRAMME: dict[str, Any] = {
    "tiers": [{"name": "T", "threshold": "0", "discount_percent": "10", "earn_percent": "5"}],
    "max_redeem_percent": "50",
    "min_check_for_redeem": "500.00",
    "point_value": "1.00",
    "no_discount_categories": ["tobacco"],
    "no_earn_categories": ["tobacco"],
}


def figures(shares: Any) -> list[tuple[int, int]]:
    return [(s.discount, s.points_value) for s in shares]


def test_mixed_check_with_tobacco_and_redeem_max_splits_as_computed_by_hand() -> None:
    p = Programme.from_dict(PROGRAMME)
    lines = (CheckLine(60000), CheckLine(30000, "dairy"), CheckLine(20000, "tobacco"))
    q = quote(p, Terms(tier=p.tiers[0], spendable=1000), lines, MAX)
    # eligible 900.00; 10 % = 90.00; cap 50 % of 810.00 = 405 points worth 405.00
    assert (q.discount, q.redeemed_value) == (9000, 40500)
    shares = split_lines(
        lines, discount=q.discount, points_value=q.redeemed_value, excluded=p.no_discount_categories
    )
    # 90.00 as 600:300 -> 60.00, 30.00; 405.00 as 540:270 -> 270.00, 135.00; tobacco nothing
    assert figures(shares) == [(6000, 27000), (3000, 13500), (0, 0)]
    assert [s.paid for s in shares] == [27000, 13500, 20000]
    assert sum(s.paid for s in shares) == q.payable == 60500


def test_three_equal_lines_give_the_odd_kopeck_to_the_first() -> None:
    lines = (CheckLine(10000),) * 3
    # 1.00 / 3 = 0.333..: 33 each and the one kopeck left to the first line
    shares = split_lines(lines, discount=100, points_value=0, excluded=TOBACCO)
    assert figures(shares) == [(34, 0), (33, 0), (33, 0)]


def test_three_equal_lines_give_two_odd_kopecks_to_the_first_two() -> None:
    lines = (CheckLine(10000),) * 3
    # 0.02 / 3: nothing whole, two kopecks left, equal remainders: lines 1 and 2
    shares = split_lines(lines, discount=2, points_value=1, excluded=TOBACCO)
    # points weighed by what is left: 99.99, 99.99, 100.00 -> the third has the largest share
    assert figures(shares) == [(1, 0), (1, 0), (0, 1)]


def test_redeem_max_on_three_lines_of_333_33() -> None:
    p = Programme.from_dict(
        {**PROGRAMME, "tiers": [{"name": "T", "threshold": "0", "discount_percent": "5"}]}
    )
    lines = (CheckLine(33333),) * 3
    q = quote(p, Terms(tier=p.tiers[0], spendable=10_000), lines, MAX)
    # 5 % of 999.99 = 49.9995 -> 50.00; cap 50 % of 949.99 = 474 points
    assert (q.discount, q.redeemed_value) == (5000, 47400)
    shares = split_lines(lines, discount=5000, points_value=47400, excluded=TOBACCO)
    # 50.00 / 3 = 16.666..: 16.67, 16.67, 16.66; 474.00 over 316.66, 316.66, 316.67
    # = 157.99..., 157.99..., 158.00...: floors 157.99, 157.99, 158.00, one kopeck to line 1
    assert [s.discount for s in shares] == [1667, 1667, 1666]
    assert sum(s.points_value for s in shares) == 47400
    assert [s.points_value for s in shares] == [15800, 15800, 15800]


def test_only_excluded_lines_get_nothing() -> None:
    shares = split_lines(
        (CheckLine(5000, "tobacco"),), discount=0, points_value=0, excluded=TOBACCO
    )
    assert figures(shares) == [(0, 0)]


def test_figures_that_do_not_fit_the_eligible_lines_are_refused() -> None:
    with pytest.raises(InvalidInput, match="quote the check again"):
        split_lines((CheckLine(100, "tobacco"),), discount=1, points_value=0, excluded=TOBACCO)


def test_returned_lines_add_their_shares() -> None:
    lines = (CheckLine(60000), CheckLine(30000), CheckLine(20000, "tobacco"))
    shares = split_lines(lines, discount=9000, points_value=40500, excluded=TOBACCO)
    back = returned_share(shares, [1, 2])
    assert (back.amount, back.discount, back.points_value, back.paid) == (50000, 3000, 13500, 33500)


def test_largest_remainder_of_nothing_is_nothing() -> None:
    assert largest_remainder(0, [1, 2]) == (0, 0)
    assert largest_remainder(5, [0, 0]) == (0, 0)


LINES = st.lists(
    st.builds(
        CheckLine,
        st.integers(min_value=1, max_value=10_000_000),
        st.sampled_from(["", "dairy", "tobacco"]),
    ),
    min_size=1,
    max_size=12,
)


@given(lines=LINES, discount_share=st.fractions(0, 1), points_share=st.fractions(0, 1))
def test_shares_add_up_never_exceed_a_line_and_spare_excluded_lines(
    lines: list[CheckLine], discount_share: Any, points_share: Any
) -> None:
    eligible = sum(x.amount for x in lines if x.category not in TOBACCO)
    discount = int(eligible * discount_share)
    points_value = int((eligible - discount) * points_share)
    shares = split_lines(lines, discount=discount, points_value=points_value, excluded=TOBACCO)
    assert sum(s.discount for s in shares) == discount
    assert sum(s.points_value for s in shares) == points_value
    for line, share in zip(lines, shares, strict=True):
        assert 0 <= share.discount + share.points_value <= line.amount
        assert share.discount >= 0 and share.points_value >= 0
        if line.category in TOBACCO:
            assert (share.discount, share.points_value) == (0, 0)
