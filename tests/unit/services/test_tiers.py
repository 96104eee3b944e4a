"""Tiers through the use cases: qualifying spend, thresholds, the rolling window, refunds."""

from __future__ import annotations

from typing import Any

import pytest

from pos_loyalty.domain.checkout import MAX
from tests.unit.conftest import Counter

TIERS = [
    {"name": "Bronze", "threshold": "0", "discount_percent": "0", "earn_percent": "5"},
    {"name": "Silver", "threshold": "30000.00", "discount_percent": "5", "earn_percent": "7"},
]


@pytest.fixture
def programme_data(programme_data: dict[str, Any]) -> dict[str, Any]:
    return {**programme_data, "tiers": TIERS, "tier_window_days": 365}


def test_spend_of_exactly_the_threshold_reaches_silver(counter: Counter, card: str) -> None:
    counter.buy(card, 3_000_000)
    standing = counter.look(card).standing
    assert standing is not None
    assert (standing.qualifying_spend, standing.tier.name) == (3_000_000, "Silver")
    assert standing.next_tier is None and standing.to_next_tier is None


def test_spend_one_kopeck_short_of_the_threshold_stays_bronze(counter: Counter, card: str) -> None:
    counter.buy(card, 2_999_999)
    standing = counter.look(card).standing
    assert standing is not None
    assert standing.tier.name == "Bronze"
    assert standing.next_tier is not None and standing.next_tier.name == "Silver"
    assert standing.to_next_tier == 1  # 0.01 left to spend


def test_a_sale_uses_the_tier_held_before_it_and_lifts_the_member_for_the_next(
    counter: Counter, card: str
) -> None:
    crossing = counter.buy(card, 3_000_000)
    # still Bronze during this sale: no discount, 5 % of 30 000.00 = 1500 points
    assert (crossing.sale.tier, crossing.sale.discount, crossing.sale.earned_points) == (
        "Bronze",
        0,
        1500,
    )
    assert crossing.standing_after is not None and crossing.standing_after.tier.name == "Silver"
    nxt = counter.buy(card, 100000)
    # Silver: 5 % off 1000.00 = 50.00, paid 950.00, earn 7 % of 950.00 = 66.5 -> 66
    assert (nxt.sale.tier, nxt.sale.discount, nxt.sale.paid, nxt.sale.earned_points) == (
        "Silver",
        5000,
        95000,
        66,
    )


def test_qualifying_spend_is_the_money_paid_after_points(counter: Counter, card: str) -> None:
    c = counter.buy(card, 3_000_050, redeem=MAX)
    # 30 000.50 with the 100 welcome points redeemed: paid 29 900.50, below the threshold
    assert c.sale.paid == 2_990_050
    standing = counter.look(card).standing
    assert standing is not None
    assert (standing.qualifying_spend, standing.tier.name) == (2_990_050, "Bronze")


def test_qualifying_spend_is_the_money_paid_after_the_discount(counter: Counter, card: str) -> None:
    counter.buy(card, 3_000_000)  # Silver from now on
    counter.buy(card, 100000)  # paid 950.00
    standing = counter.look(card).standing
    assert standing is not None
    assert standing.qualifying_spend == 3_000_000 + 95000


def test_a_refund_lowers_qualifying_spend_and_can_drop_the_tier(
    counter: Counter, card: str
) -> None:
    sale = counter.buy(card, 3_000_000).sale
    counter.refund(sale.id, 1)
    # 1 kopeck of goods: money returned round(30 000.00 x 1/3 000 000) = 0.01 -> spend 29 999.99
    standing = counter.look(card).standing
    assert standing is not None
    assert (standing.qualifying_spend, standing.tier.name) == (2_999_999, "Bronze")


def test_spend_counts_for_365_days_and_leaves_the_window_on_the_366th(
    counter: Counter, card: str
) -> None:
    counter.buy(card, 3_000_000)  # day d
    counter.clock.advance(days=364)  # d + 364: still inside the window
    standing = counter.look(card).standing
    assert standing is not None and standing.tier.name == "Silver"
    counter.clock.advance(days=1)  # d + 365: the spend of day d no longer counts
    standing = counter.look(card).standing
    assert standing is not None
    assert (standing.qualifying_spend, standing.tier.name) == (0, "Bronze")


def test_a_downgraded_member_checks_out_at_the_lower_tier(counter: Counter, card: str) -> None:
    counter.buy(card, 3_000_000)
    counter.clock.advance(days=365)
    c = counter.buy(card, 100000)
    assert (c.sale.tier, c.sale.discount, c.sale.earned_points) == ("Bronze", 0, 50)


def test_a_refund_counts_against_the_day_of_the_sale(counter: Counter, card: str) -> None:
    sale = counter.buy(card, 3_000_000).sale
    counter.clock.advance(days=100)
    counter.buy(card, 10000)  # Silver by now: 100.00 less 5 % = 95.00 paid on d + 100
    counter.refund(sale.id, 1_000_000)  # a third back on d + 100: 10 000.00 returned
    standing = counter.look(card).standing
    assert standing is not None
    # 30 000.00 + 95.00 - 10 000.00 = 20 095.00: back to Bronze
    assert (standing.qualifying_spend, standing.tier.name) == (2_009_500, "Bronze")
    counter.clock.advance(days=265)  # day d + 365: the sale and its refund both leave the window
    standing = counter.look(card).standing
    assert standing is not None
    assert standing.qualifying_spend == 9500


def test_the_next_tier_and_what_is_left_to_reach_it(counter: Counter, card: str) -> None:
    counter.buy(card, 1_234_567)
    standing = counter.look(card).standing
    assert standing is not None
    # 30 000.00 - 12 345.67 = 17 654.33
    assert standing.to_next_tier == 1_765_433
