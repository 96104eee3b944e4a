"""The checkout maths of DOMAIN.md, step by step, every number worked out by hand.

Amounts are in kopecks: 100000 is 1 000.00.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

import pytest

from pos_loyalty.domain.checkout import MAX, CheckLine, Terms, quote, quote_without_member
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.promotions import Effect, Promotion

BASE: dict[str, Any] = {
    "tiers": [{"name": "Bronze", "threshold": "0", "earn_percent": "5"}],
    "max_redeem_percent": "50",
    "min_check_for_redeem": "500.00",
    "point_value": "1.00",
    "no_discount_categories": ["tobacco"],
    "no_earn_categories": ["tobacco"],
}


def programme(**changes: Any) -> Programme:
    return Programme.from_dict({**BASE, **changes})


def terms(p: Programme, spendable: int = 0, tier: str | None = None, **kw: Any) -> Terms:
    return Terms(tier=p.tier_named(tier) if tier else p.tiers[0], spendable=spendable, **kw)


def check(*items: int | tuple[int, str]) -> tuple[CheckLine, ...]:
    return tuple(CheckLine(*x) if isinstance(x, tuple) else CheckLine(x) for x in items)


def offer(code: str, effect: Effect, **kw: Any) -> Promotion:
    return Promotion(
        code=code,
        name=code,
        starts_on=date(2026, 1, 1),
        ends_on=date(2026, 12, 31),
        effect=effect,
        **kw,
    )


# --- the worked example -------------------------------------------------------------------------


def test_worked_example_999_99_earns_49() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=100), check(99999), None)
    # 999.99 x 5 % = 49.9995 -> 49
    assert (q.payable, q.earned_points, q.redeemed_points) == (99999, 49, 0)


def test_worked_example_1000_redeeming_the_maximum_with_149_points() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=149), check(100000), MAX)
    # cap by percent: 50 % of 1000.00 = 500 points; balance 149 -> 149 redeemed
    # paid 1000.00 - 149.00 = 851.00; earned floor(851.00 x 5 %) = floor(42.55) = 42
    assert q.redeemed_points == 149
    assert q.redeemed_value == 14900
    assert q.payable == 85100
    assert q.earn_base == Fraction(85100)
    assert q.earned_points == 42
    assert q.redeem_cap == 149
    assert "redemption limited to 149 points: that is the spendable balance" in q.reason_lines()


def test_worked_example_400_asking_to_redeem_is_refused_and_earns_20() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=42), check(40000), MAX)
    # 400.00 < 500.00: no redemption; 400.00 x 5 % = 20
    assert (q.redeemed_points, q.payable, q.earned_points) == (0, 40000, 20)
    assert "no redemption: check below 500.00" in q.reason_lines()
    assert "списание невозможно: чек меньше 500,00" in q.reason_lines("ru")


def test_worked_example_tobacco_and_groceries_earn_35() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=42), check((30000, "tobacco"), 70000), None)
    # E = 700.00 (tobacco earns nothing); 700.00 x 5 % = 35
    assert (q.total, q.discountable, q.earnable, q.both) == (100000, 70000, 70000, 70000)
    assert q.earned_points == 35
    assert "tobacco: no discount, no points" in q.reason_lines()


# --- eligibility and discount -------------------------------------------------------------------


def test_d_e_and_b_come_from_the_categories_excluded_from_discount_and_from_earning() -> None:
    p = programme(no_discount_categories=["tobacco"], no_earn_categories=["tobacco", "gift_card"])
    q = quote(p, terms(p), check(100000, (30000, "tobacco"), (20000, "gift_card")), None)
    # D = groceries + gift card = 1200.00; E = groceries = 1000.00; B = groceries = 1000.00
    assert (q.total, q.discountable, q.earnable, q.both) == (150000, 120000, 100000, 100000)
    assert "gift_card: no points" in q.reason_lines()
    assert "tobacco: no discount, no points" in q.reason_lines()


def test_a_category_excluded_only_from_discount_still_earns() -> None:
    p = programme(
        no_discount_categories=["alcohol"],
        no_earn_categories=[],
        tiers=[{"name": "T", "threshold": "0", "discount_percent": "10", "earn_percent": "5"}],
    )
    q = quote(p, terms(p), check((100000, "alcohol")), None)
    # no discount on 1000.00 alcohol; D = 0, so the earn base is just E = 1000.00 -> 50 points
    assert (q.discount, q.payable, q.earned_points) == (0, 100000, 50)
    assert "no discount: nothing in this check may be discounted" in q.reason_lines()


def test_the_discount_rounds_half_up_to_the_kopeck() -> None:
    p = programme(tiers=[{"name": "T", "threshold": "0", "discount_percent": "5"}])
    # 5 % of 10.10 = 0.505 -> 0.51; 5 % of 10.30 = 0.515 -> 0.52
    assert quote(p, terms(p), check(1010), None).discount == 51
    assert quote(p, terms(p), check(1030), None).discount == 52
    # 5 % of 10.49 = 0.5245 -> 0.52
    assert quote(p, terms(p), check(1049), None).discount == 52


def test_the_discount_applies_only_to_discount_eligible_lines() -> None:
    p = programme(tiers=[{"name": "T", "threshold": "0", "discount_percent": "5"}])
    q = quote(p, terms(p), check((30000, "tobacco"), 1010), None)
    # 5 % of D = 10.10 -> 0.51; tobacco is not discounted; payable 310.10 - 0.51 = 309.59
    assert (q.discount, q.payable) == (51, 30959)


def test_tier_promotion_and_membership_discounts_add_up() -> None:
    p = programme(
        tiers=[{"name": "T", "threshold": "0", "discount_percent": "3"}],
        membership={"fee": "990.00", "period_days": 365, "extra_discount_percent": "1"},
    )
    promo = offer("EXTRA2", Effect.EXTRA_DISCOUNT, extra_discount_percent=Fraction(2))
    q = quote(p, terms(p, membership_active=True, promotions=(promo,)), check(123450), None)
    # 3 + 1 + 2 = 6 %; 6 % of 1234.50 = 74.07
    assert q.discount_percent == 6
    assert q.discount == 7407
    assert "discount 3 % (tier T)" in q.reason_lines()
    assert "discount 1 % (club membership)" in q.reason_lines()
    assert "discount 2 % (EXTRA2)" in q.reason_lines()


def test_the_total_discount_is_capped_by_max_discount_percent() -> None:
    p = programme(
        tiers=[{"name": "T", "threshold": "0", "discount_percent": "3"}],
        membership={"fee": "990.00", "period_days": 365, "extra_discount_percent": "1"},
        max_discount_percent="5",
    )
    promo = offer("EXTRA2", Effect.EXTRA_DISCOUNT, extra_discount_percent=Fraction(2))
    q = quote(p, terms(p, membership_active=True, promotions=(promo,)), check(123450), None)
    # 3 + 1 + 2 = 6 % capped at 5 %; 5 % of 1234.50 = 61.725 -> 61.73
    assert q.discount_percent == 5
    assert q.discount == 6173
    assert "discount capped at 5 % by the programme" in q.reason_lines()


def test_membership_extras_apply_only_while_the_membership_is_active() -> None:
    p = programme(
        tiers=[{"name": "T", "threshold": "0", "discount_percent": "3", "earn_percent": "2"}],
        membership={
            "fee": "990.00",
            "period_days": 365,
            "extra_discount_percent": "2",
            "extra_earn_percent": "1",
        },
    )
    active = quote(p, terms(p, membership_active=True), check(100000), None)
    lapsed = quote(p, terms(p, membership_active=False), check(100000), None)
    # active: 5 % off 1000.00 = 50.00, earn 3 % of 950.00 = 28.5 -> 28
    assert (active.discount, active.earned_points) == (5000, 28)
    # lapsed: 3 % off = 30.00, earn 2 % of 970.00 = 19.4 -> 19
    assert (lapsed.discount, lapsed.earned_points) == (3000, 19)


def test_earning_after_a_discount_is_on_the_money_paid() -> None:
    p = programme(
        tiers=[{"name": "S", "threshold": "0", "discount_percent": "5", "earn_percent": "3"}]
    )
    q = quote(p, terms(p), check(99999), None)
    # discount 5 % of 999.99 = 49.9995 -> 50.00; paid 949.99; base = 999.99 - 50.00 x 1 = 949.99
    # 3 % of 949.99 = 28.4997 -> 28
    assert (q.discount, q.payable, q.earn_base, q.earned_points) == (5000, 94999, 94999, 28)


# --- redemption ---------------------------------------------------------------------------------


def test_redeeming_the_maximum_is_limited_by_the_percent_cap_with_a_reason() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=1000), check(100000), MAX)
    # cap 50 % of 1000.00 = 500.00 = 500 points; paid 500.00; earn 5 % of 500.00 = 25
    assert (q.redeem_cap, q.redeemed_points, q.redeemed_value, q.payable) == (
        500,
        500,
        50000,
        50000,
    )
    assert q.earned_points == 25
    assert "redemption limited to 500 points (50 % of 1,000.00)" in q.reason_lines()
    assert "500 points pay 500.00" in q.reason_lines()


def test_redeeming_more_than_the_cap_is_limited_with_a_reason() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=1000), check(100000), 600)
    assert q.redeemed_points == 500
    assert "redemption limited to 500 points (50 % of 1,000.00)" in q.reason_lines()


def test_redeeming_more_than_the_balance_is_limited_to_the_balance_with_a_reason() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=200), check(100000), 300)
    assert (q.redeemed_points, q.payable) == (200, 80000)
    assert "redemption limited to 200 points: that is the spendable balance" in q.reason_lines()


def test_redeeming_a_number_within_the_cap_gives_exactly_that_number() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=1000), check(100000), 120)
    # paid 1000.00 - 120.00 = 880.00; earn 5 % = 44
    assert (q.redeemed_points, q.payable, q.earned_points) == (120, 88000, 44)
    assert not any("limited" in line for line in q.reason_lines())


def test_a_check_exactly_at_the_minimum_may_be_paid_with_points() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=1000), check(50000), MAX)
    # 50 % of 500.00 = 250 points
    assert (q.redeemed_points, q.payable) == (250, 25000)


def test_a_check_one_kopeck_below_the_minimum_may_not_be_paid_with_points() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=1000), check(49999), MAX)
    assert (q.redeemed_points, q.redeem_cap, q.payable) == (0, 0, 49999)
    assert "no redemption: check below 500.00" in q.reason_lines()


def test_the_minimum_is_on_the_whole_check_including_excluded_lines() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=1000), check((30000, "tobacco"), 20000), MAX)
    # whole check 500.00 reaches the minimum; D = 200.00 -> cap 100 points
    assert q.redeemed_points == 100
    assert q.payable == 40000


def test_points_pay_only_for_discount_eligible_lines() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=1000), check((30000, "tobacco"), 70000), MAX)
    # D = 700.00 -> cap 50 % = 350 points; paid 1000.00 - 350.00 = 650.00
    # E = B = 700.00: base = 700.00 - 350.00 x 700/700 = 350.00 -> 5 % = 17.5 -> 17
    assert (q.redeem_cap, q.redeemed_points, q.payable) == (350, 350, 65000)
    assert q.earn_base == Fraction(35000)
    assert q.earned_points == 17


def test_a_check_of_only_tobacco_cannot_be_paid_with_points() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=1000), check((60000, "tobacco")), MAX)
    assert (q.redeemed_points, q.payable, q.earned_points) == (0, 60000, 0)
    assert "no redemption: nothing in this check may be paid with points" in q.reason_lines()


def test_the_cap_is_on_what_is_left_after_the_discount() -> None:
    p = programme(
        tiers=[{"name": "T", "threshold": "0", "discount_percent": "10", "earn_percent": "5"}]
    )
    q = quote(p, terms(p, spendable=1000), check(100000), MAX)
    # discount 100.00; cap 50 % of 900.00 = 450 points; paid 1000 - 100 - 450 = 450.00
    # base = 1000.00 - (100.00 + 450.00) = 450.00 -> 22.5 -> 22
    assert (q.discount, q.redeem_cap, q.redeemed_points, q.payable, q.earned_points) == (
        10000,
        450,
        450,
        45000,
        22,
    )


def test_a_point_worth_0_50_doubles_the_points_a_cap_allows() -> None:
    p = programme(point_value="0.50")
    q = quote(p, terms(p, spendable=5000), check(100000), MAX)
    # cap 500.00 / 0.50 = 1000 points worth 1000 x 0.50 = 500.00; paid 500.00; earn 25
    assert (q.redeem_cap, q.redeemed_points, q.redeemed_value, q.payable) == (
        1000,
        1000,
        50000,
        50000,
    )
    assert q.earned_points == 25
    assert "1000 points pay 500.00" in q.reason_lines()


def test_a_point_worth_2_00_halves_the_points_a_cap_allows() -> None:
    p = programme(point_value="2.00")
    q = quote(p, terms(p, spendable=5000), check(100000), MAX)
    # cap 500.00 / 2.00 = 250 points worth 500.00
    assert (q.redeem_cap, q.redeemed_points, q.redeemed_value, q.payable) == (
        250,
        250,
        50000,
        50000,
    )


def test_the_cap_in_points_is_floored() -> None:
    p = programme(point_value="2.00")
    q = quote(p, terms(p, spendable=5000), check(99999), MAX)
    # 50 % of 999.99 = 499.995; / 2.00 = 249.9975 -> 249 points worth 498.00
    # paid 999.99 - 498.00 = 501.99; earn 5 % of 501.99 = 25.0995 -> 25
    assert (q.redeem_cap, q.redeemed_points, q.redeemed_value, q.payable) == (
        249,
        249,
        49800,
        50199,
    )
    assert q.earned_points == 25


def test_the_cap_in_points_is_floored_at_half_a_rouble_a_point() -> None:
    p = programme(point_value="0.50")
    q = quote(p, terms(p, spendable=5000), check(99999), MAX)
    # 499.995 / 0.50 = 999.99 -> 999 points worth 499.50; paid 500.49; earn 25.0245 -> 25
    assert (q.redeemed_points, q.redeemed_value, q.payable, q.earned_points) == (
        999,
        49950,
        50049,
        25,
    )


def test_a_manager_override_lifts_the_percent_cap_to_the_whole_discountable_part() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=800, override_redeem_cap=True), check(100000), MAX)
    # cap 100 % of 1000.00 = 1000 points, balance 800 -> 800; paid 200.00; earn 10
    assert (q.redeemed_points, q.payable, q.earned_points) == (800, 20000, 10)
    assert "redemption cap overridden by a manager" in q.reason_lines()


def test_without_a_request_the_quote_shows_the_cap_and_redeems_nothing() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=149), check(100000), None)
    assert (q.redeem_cap, q.redeemed_points) == (149, 0)
    assert "no redemption asked (up to 149 points allowed)" in q.reason_lines()


def test_no_spendable_points_means_no_redemption_with_a_reason() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=0), check(100000), MAX)
    assert q.redeemed_points == 0
    assert "no redemption: no spendable points" in q.reason_lines()


@pytest.mark.parametrize("request_", [-1, "ten", "10", True, 2.5])
def test_a_request_that_is_not_a_whole_number_or_max_is_refused(request_: object) -> None:
    p = programme()
    with pytest.raises(InvalidInput, match="not a number of points"):
        quote(p, terms(p, spendable=100), check(100000), request_)  # type: ignore[arg-type]


# --- earning ------------------------------------------------------------------------------------


def test_no_points_are_earned_on_the_part_paid_with_points_in_a_mixed_check() -> None:
    # tobacco: no discount and no points; gift cards: discountable but earn nothing
    p = programme(
        tiers=[{"name": "T", "threshold": "0", "discount_percent": "5", "earn_percent": "5"}],
        no_discount_categories=["tobacco"],
        no_earn_categories=["tobacco", "gift_card"],
    )
    q = quote(
        p, terms(p, spendable=1000), check(100000, (30000, "tobacco"), (20000, "gift_card")), MAX
    )
    # D = 1200.00, E = 1000.00, B = 1000.00, total 1500.00
    # discount 5 % of 1200.00 = 60.00; cap 50 % of 1140.00 = 570 points
    # paid 1500.00 - 60.00 - 570.00 = 870.00
    # base = 1000.00 - (60.00 + 570.00) x 1000/1200 = 1000.00 - 525.00 = 475.00
    # 5 % of 475.00 = 23.75 -> 23
    assert (q.discount, q.redeemed_points, q.payable) == (6000, 570, 87000)
    assert q.earn_base == Fraction(47500)
    assert q.earned_points == 23


def test_the_earn_base_is_exact_when_it_is_not_a_whole_kopeck() -> None:
    p = programme(
        tiers=[{"name": "T", "threshold": "0", "discount_percent": "5", "earn_percent": "5"}],
        no_discount_categories=["tobacco"],
        no_earn_categories=["tobacco", "gift_card"],
    )
    q = quote(
        p, terms(p, spendable=1000), check(100000, (30000, "tobacco"), (20000, "gift_card")), 100
    )
    # discount 60.00, 100 points = 100.00; base = 1000.00 - 160.00 x 1000/1200
    # = 100000 - 16000 x 5/6 = 100000 - 40000/3 = 260000/3 kopecks (866.666...)
    # 5 % of that = 13000/3 kopecks = 43.33 -> 43
    assert q.earn_base == Fraction(260000, 3)
    assert q.earned_points == 43
    assert q.payable == 150000 - 6000 - 10000
    assert "earn 5 % of ~866.66 = 43 points" in q.reason_lines()


def test_the_earn_base_is_rounded_once_at_the_end_not_per_step() -> None:
    # 1 point on D = 3.00 (B = 1.00 of it): base = E - 1.00 x 100/300 = 1.00 - 0.333... = 0.666...
    # with 150 % earning (a x3 promotion on 50 %): 0.666... x 1.5 = 1.00 exactly -> 1 point.
    # Rounding the base to 0.67 first would give 1.005 -> 1 too, but to 0.66 gives 0.99 -> 0.
    p = programme(
        tiers=[{"name": "T", "threshold": "0", "earn_percent": "50"}],
        min_check_for_redeem="0",
        max_redeem_percent="100",
        no_discount_categories=[],
        no_earn_categories=["gift_card"],
    )
    x3 = offer("X3", Effect.EARN_MULTIPLIER, multiplier=Fraction(3))
    q = quote(p, terms(p, spendable=10, promotions=(x3,)), check(100, (200, "gift_card")), 1)
    assert q.earn_base == Fraction(200, 3)
    assert q.earn_percent == 150
    assert q.earned_points == 1


def test_a_tier_earning_nothing_says_so() -> None:
    p = programme(tiers=[{"name": "Card", "threshold": "0", "discount_percent": "5"}])
    q = quote(p, terms(p), check(100000), None)
    assert q.earned_points == 0
    assert "no points earned: the tier earns no points" in q.reason_lines()


def test_a_check_of_only_non_earning_lines_earns_nothing_with_a_reason() -> None:
    p = programme()
    q = quote(p, terms(p), check((50000, "tobacco")), None)
    assert q.earned_points == 0
    assert "no points earned: nothing in this check earns points" in q.reason_lines()


def test_a_check_paid_entirely_with_points_says_so() -> None:
    p = programme(min_check_for_redeem="0")
    q = quote(p, terms(p, spendable=5000, override_redeem_cap=True), check(100000), MAX)
    # override: cap 100 % = 1000 points; paid 0.00; base 0
    assert (q.redeemed_points, q.payable, q.earned_points) == (1000, 0, 0)
    assert "no points earned: everything was paid with points" in q.reason_lines()


# --- promotions in the maths --------------------------------------------------------------------


def test_earn_multipliers_multiply() -> None:
    p = programme()
    x2 = offer("X2", Effect.EARN_MULTIPLIER, multiplier=Fraction(2))
    x15 = offer("X1.5", Effect.EARN_MULTIPLIER, multiplier=Fraction(3, 2))
    q = quote(p, terms(p, promotions=(x2, x15)), check(100000), None)
    # 5 % x 2 x 1.5 = 15 %; 15 % of 1000.00 = 150
    assert q.earn_percent == 15
    assert q.earned_points == 150
    assert "points x2: X2" in q.reason_lines()
    assert "points x1.5: X1.5" in q.reason_lines()
    assert set(q.promotions) == {"X2", "X1.5"}


def test_extra_discounts_add_up_to_the_cap() -> None:
    p = programme(
        tiers=[{"name": "T", "threshold": "0", "discount_percent": "3"}], max_discount_percent="7"
    )
    a = offer("A", Effect.EXTRA_DISCOUNT, extra_discount_percent=Fraction(2))
    b = offer("B", Effect.EXTRA_DISCOUNT, extra_discount_percent=Fraction(4))
    q = quote(p, terms(p, promotions=(a,)), check(100000), None)
    # 3 + 2 = 5 % under the cap: 50.00
    assert (q.discount_percent, q.discount) == (5, 5000)
    q = quote(p, terms(p, promotions=(a, b)), check(100000), None)
    # 3 + 2 + 4 = 9 % capped at 7 %: 70.00
    assert (q.discount_percent, q.discount) == (7, 7000)


def test_a_fixed_bonus_needs_the_check_threshold() -> None:
    p = programme()
    big = offer("BIG", Effect.FIXED_BONUS, bonus_points=100, min_check=300000)
    at = quote(p, terms(p, promotions=(big,)), check(300000), None)
    below = quote(p, terms(p, promotions=(big,)), check(299999), None)
    # 3000.00: 150 earned (5 %) + 100 bonus; 2999.99: 149 earned (149.9995), no bonus
    assert (at.earned_points, at.bonus_points, at.promotions) == (150, 100, ("BIG",))
    assert "+100 points: BIG" in at.reason_lines()
    assert (below.earned_points, below.bonus_points, below.promotions) == (149, 0, ())
    assert "no bonus from BIG: check below 3,000.00" in below.reason_lines()


def test_a_fixed_bonus_is_not_multiplied() -> None:
    p = programme()
    x2 = offer("X2", Effect.EARN_MULTIPLIER, multiplier=Fraction(2))
    big = offer("BIG", Effect.FIXED_BONUS, bonus_points=100, min_check=100000)
    q = quote(p, terms(p, promotions=(x2, big)), check(100000), None)
    # 10 % of 1000.00 = 100 earned; +100 bonus as is
    assert (q.earned_points, q.bonus_points) == (100, 100)


# --- checks and the no-card case ----------------------------------------------------------------


@pytest.mark.parametrize("amounts", [(), (0,), (-100,), (100, 0)])
def test_an_empty_check_or_a_line_of_zero_or_less_is_refused(amounts: tuple[int, ...]) -> None:
    p = programme()
    with pytest.raises(InvalidInput):
        quote(p, terms(p), check(*amounts), None)


def test_a_check_without_a_card_gets_no_discount_and_no_points() -> None:
    q = quote_without_member(check(100000, (30000, "tobacco")), programme())
    assert (q.total, q.payable, q.discount, q.earned_points, q.redeemed_points) == (
        130000,
        130000,
        0,
        0,
        0,
    )
    assert q.reason_lines() == ["no card: the check is recorded without discount or points"]
    assert q.reason_lines("ru") == ["без карты: чек записан без скидки и баллов"]


def test_payable_is_the_total_less_discount_and_points() -> None:
    p = programme(
        tiers=[{"name": "T", "threshold": "0", "discount_percent": "3", "earn_percent": "5"}]
    )
    q = quote(p, terms(p, spendable=77), check(123456, (4321, "tobacco")), MAX)
    # D = 1234.56: discount 3 % = 37.0368 -> 37.04; cap 50 % of 1197.52 = 598 points; balance 77
    # paid 1277.77 - 37.04 - 77.00 = 1163.73
    assert (q.discount, q.redeemed_points, q.payable) == (3704, 77, 116373)
    assert q.payable == q.total - q.discount - q.redeemed_value


def test_an_offline_limit_below_the_balance_caps_redemption_with_its_reason() -> None:
    p = programme()
    limited = terms(p, spendable=400, redeem_limit=120, redeem_limit_reason="offline: cap 120")
    q = quote(p, limited, check(100_000), MAX)
    # cap by percent 500, balance 400, offline limit 120 -> 120 points pay 120.00
    assert (q.redeem_cap, q.redeemed_points, q.payable) == (120, 120, 88_000)
    assert "redemption limited to 120 points: offline: cap 120" in q.reason_lines()


def test_an_offline_limit_above_the_balance_changes_nothing() -> None:
    p = programme()
    q = quote(p, terms(p, spendable=149, redeem_limit=1000), check(100_000), MAX)
    assert q.redeemed_points == 149
    assert "redemption limited to 149 points: that is the spendable balance" in q.reason_lines()


def test_an_offline_cap_that_binds_gives_its_reason_in_english_and_russian() -> None:
    p = programme()
    capped = terms(
        p,
        spendable=300,
        redeem_limit=100,
        redeem_limit_reason="offline: at most 100 points, the cap of 1000 points per member",
        redeem_limit_code="redeem_cap_member",
        redeem_limit_values=(("limit", "1000"),),
    )
    q = quote(p, capped, check(100000), 300)
    assert q.redeemed_points == 100
    assert (
        "redemption limited to 100 points: the cap per member until the next sync is 1000"
        in q.reason_lines("en")
    )
    assert (
        "списание ограничено 100 баллами: лимит на покупателя до следующей синхронизации — 1000"
        in q.reason_lines("ru")
    )


def test_a_stale_sync_refuses_redemption_with_the_minutes_in_both_languages() -> None:
    p = programme()
    stale = terms(
        p,
        spendable=300,
        redeem_limit=0,
        redeem_limit_code="redeem_cap_stale",
        redeem_limit_values=(("minutes", "300"), ("allowed", "240")),
    )
    q = quote(p, stale, check(100000), MAX)
    assert q.redeemed_points == 0
    assert any("300 min ago, more than the 240 min" in line for line in q.reason_lines("en"))
    assert any("была 300 мин назад" in line for line in q.reason_lines("ru"))
