"""The checks a received sale or refund must pass: figures the core's own maths could make."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.errors import InvalidCardNumber, InvalidInput, NotAllowed
from pos_loyalty.domain.refunds import Cumulative, refund_effect
from pos_loyalty.domain.sale_checks import check_refund, check_sale
from pos_loyalty.domain.sales import Refund, Sale

AT = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)
SALE = Sale(
    id="s1",
    terminal_id="T-A",
    receipt_no="",
    business_date=AT.date(),
    created_at=AT,
    lines=(CheckLine(1000_00), CheckLine(500_00)),
    total=1500_00,
    discount=75_00,
    redeemed_points=100,
    redeemed_value=100_00,
    paid=1325_00,
    earned_points=66,
    card_number="0420000000013",
)
NOTHING = Cumulative(0, 0, 0, 0)


def _refund(amount: int, money: int, reversed_: int = 0, returned: int = 0) -> Refund:
    return Refund("r1", "s1", "T-C", date(2026, 4, 2), AT, amount, reversed_, returned, money)


def test_a_sale_the_checkout_could_make_passes() -> None:
    check_sale(SALE, point_value=100)
    check_sale(SALE)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"total": 1600_00}, "total_not_lines"),
        ({"paid": 1500_00}, "paid_not_payable"),
        ({"discount": 1600_00, "paid": 0}, "discount_over_total"),
        ({"lines": (CheckLine(0),), "total": 0}, "sale_lines"),
        ({"lines": (CheckLine(10**9),), "total": 10**9}, "amount_over_max"),
        ({"redeemed_points": 0}, "redeemed_value"),
        ({"earned_points": 10**8}, "points_implausible"),
        ({"refunded": 2000_00}, "refunded"),
    ],
)
def test_a_sale_whose_figures_do_not_add_up_is_refused(
    changes: dict[str, object], code: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        check_sale(replace(SALE, **changes))
    assert refused.value.code == code


def test_redeemed_points_must_be_worth_their_value_when_the_programme_is_known() -> None:
    with pytest.raises(InvalidInput, match=r"100 points redeemed are not worth 100\.00"):
        check_sale(SALE, point_value=50)


def test_a_sale_with_a_misread_card_is_refused() -> None:
    with pytest.raises(InvalidCardNumber, match="wrong check digit"):
        check_sale(replace(SALE, card_number="0420000000014"))


def test_refunds_may_return_the_sale_in_parts_but_never_more() -> None:
    effect = refund_effect(SALE.figures, 0, 500_00)
    first = _refund(500_00, effect.money_returned, effect.points_reversed, effect.points_returned)
    check_refund(first, SALE, NOTHING)
    after = effect.after
    with pytest.raises(NotAllowed, match="more than what is left to refund"):
        check_refund(_refund(1000_01, 0), SALE, after)
    with pytest.raises(NotAllowed, match="money returned"):
        check_refund(_refund(100_00, 1325_00), SALE, after)
    with pytest.raises(NotAllowed, match="points taken back"):
        check_refund(_refund(100_00, 0, reversed_=67), SALE, after)


def test_a_refund_over_the_maximum_check_is_refused() -> None:
    with pytest.raises(InvalidInput, match="above the maximum check"):
        check_refund(_refund(10**12, 10**12), SALE, NOTHING)
