"""Refund maths: cumulative shares, so partial refunds add up exactly to the sale."""

from __future__ import annotations

from datetime import UTC

import pytest

from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.errors import InvalidInput, NotAllowed
from pos_loyalty.domain.refunds import SaleFigures, cumulative, refund_effect
from pos_loyalty.domain.sales import Sale

# the second sale of the worked example: 1000.00, 149 points redeemed, paid 851.00, earned 42
WORKED = SaleFigures(total=100000, paid=85100, earned=42, redeemed=149)


def test_three_partial_refunds_add_up_exactly_to_the_sale() -> None:
    first = refund_effect(WORKED, 0, 30000)
    # share 0.3: earned floor(12.6) = 12, redeemed floor(44.7) = 44, money 851.00 x 0.3 = 255.30
    assert (first.points_reversed, first.points_returned, first.money_returned) == (12, 44, 25530)
    second = refund_effect(WORKED, 30000, 30000)
    # share 0.6: floor(25.2) = 25 -> +13; floor(89.4) = 89 -> +45; 510.60 -> +255.30
    assert (second.points_reversed, second.points_returned, second.money_returned) == (
        13,
        45,
        25530,
    )
    third = refund_effect(WORKED, 60000, 40000)
    # share 1: 42 -> +17; 149 -> +60; 851.00 -> +340.40
    assert (third.points_reversed, third.points_returned, third.money_returned) == (17, 60, 34040)
    assert 12 + 13 + 17 == 42 and 44 + 45 + 60 == 149 and 25530 + 25530 + 34040 == 85100
    assert third.after == cumulative(WORKED, 100000)


def test_thirds_of_an_odd_amount_still_add_up_to_the_kopeck() -> None:
    sale = SaleFigures(total=10000, paid=9999, earned=5, redeemed=1)
    a = refund_effect(sale, 0, 3333)
    # share 0.3333: money 9999 x 0.3333 = 3332.6667 -> 3333; earned floor(1.6665) = 1; redeemed 0
    assert (a.money_returned, a.points_reversed, a.points_returned) == (3333, 1, 0)
    b = refund_effect(sale, 3333, 3333)
    # share 0.6666: 6665.3334 -> 6665 (+3332); floor(3.333) = 3 (+2); floor(0.6666) = 0 (+0)
    assert (b.money_returned, b.points_reversed, b.points_returned) == (3332, 2, 0)
    c = refund_effect(sale, 6666, 3334)
    # share 1: 9999 (+3334); 5 (+2); 1 (+1)
    assert (c.money_returned, c.points_reversed, c.points_returned) == (3334, 2, 1)


def test_money_returned_rounds_half_up_on_an_exact_half_kopeck() -> None:
    sale = SaleFigures(total=2000, paid=1001, earned=0, redeemed=0)
    half = refund_effect(sale, 0, 1000)
    # 10.01 x 1/2 = 5.005 -> 5.01; the rest 10.01 - 5.01 = 5.00
    assert half.money_returned == 501
    assert refund_effect(sale, 1000, 1000).money_returned == 500


def test_a_full_refund_at_once_gives_back_exactly_what_the_sale_did() -> None:
    effect = refund_effect(WORKED, 0, 100000)
    assert (effect.points_reversed, effect.points_returned, effect.money_returned) == (
        42,
        149,
        85100,
    )


def test_points_are_never_reversed_ahead_of_the_share() -> None:
    # 1 kopeck of a 1000.00 sale: floor(42 x 0.00001) = 0 points, round(851.00 x 0.00001) = 0.01
    effect = refund_effect(WORKED, 0, 1)
    assert (effect.points_reversed, effect.points_returned, effect.money_returned) == (0, 0, 1)


def test_a_refund_larger_than_what_is_left_is_refused_with_a_clear_message() -> None:
    with pytest.raises(
        NotAllowed,
        match=r"refund of 300\.01 is more than what is left to refund "
        r"on this sale \(300\.00 of 1000\.00\)",
    ):
        refund_effect(WORKED, 70000, 30001)


def test_a_refund_of_a_sale_refunded_in_full_is_refused() -> None:
    with pytest.raises(NotAllowed, match=r"\(0\.00 of 1000\.00\)"):
        refund_effect(WORKED, 100000, 1)


@pytest.mark.parametrize("amount", [0, -100])
def test_a_refund_of_nothing_or_less_is_refused(amount: int) -> None:
    with pytest.raises(InvalidInput, match="must be more than 0"):
        refund_effect(WORKED, 0, amount)


def test_a_sales_refund_figures_include_its_promotion_bonus() -> None:
    from datetime import date, datetime

    sale = Sale(
        id="s",
        terminal_id="T1",
        receipt_no="1",
        business_date=date(2026, 3, 2),
        created_at=datetime(2026, 3, 2, tzinfo=UTC),
        lines=(CheckLine(300000),),
        total=300000,
        discount=0,
        redeemed_points=10,
        redeemed_value=1000,
        paid=299000,
        earned_points=149,
        bonus_points=100,
        refunded=50000,
    )
    assert sale.figures == SaleFigures(total=300000, paid=299000, earned=249, redeemed=10)
    assert sale.left_to_refund == 250000
