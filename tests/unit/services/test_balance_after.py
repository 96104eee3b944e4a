"""The balance after a sale and the discount % on a scan come from the core, computed once.

The quote carries `balance_after` (what the counter's quote and the customer display show) and
the lookup's discount % is the checkout's own sum: tier, club and promotions, capped.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

import pytest

from pos_loyalty.domain.promotions import Effect, Promotion, Target
from pos_loyalty.services.members import Registered
from tests.unit.conftest import OPENING_DAY, Counter

MARCH = {"starts_on": "2026-03-01", "ends_on": "2026-03-31"}


@pytest.fixture
def programme_data(programme_data: dict[str, Any]) -> dict[str, Any]:
    return {
        **programme_data,
        "max_discount_percent": "10",
        "promotions": [
            {**MARCH, "code": "BIG", "name": "Big check", "effect": "fixed_bonus",
             "bonus_points": 100, "min_check": "3000.00"},
            {**MARCH, "code": "SPRING", "name": "Spring", "effect": "extra_discount",
             "extra_discount_percent": "2"},
        ],
    }  # fmt: skip


def test_the_quote_carries_the_balance_after_the_sale_with_its_promotion_bonus(
    counter: Counter, card: str
) -> None:
    q = counter.quote(card, 300000, redeem=50)
    # balance 100 (welcome); discount 2 % of 3000.00 = 60.00; 50 points = 50.00;
    # earned floor(5 % of 2890.00) = 144; bonus 100 (check of 3000.00 or more)
    assert (q.discount, q.redeemed_points, q.earned_points, q.bonus_points) == (6000, 50, 144, 100)
    assert (q.points_credited, q.balance_after) == (244, 100 - 50 + 144 + 100)


def test_the_balance_the_quote_promised_is_the_balance_the_sale_records(
    counter: Counter, card: str
) -> None:
    promised = counter.quote(card, 300000, redeem=50).balance_after
    done = counter.buy(card, 300000, redeem=50)
    assert promised == done.quote.balance_after == done.balance_after == 294
    look = counter.look(card).standing
    assert look is not None and look.balance == 294


def test_a_quote_without_a_card_has_no_balance_after(counter: Counter) -> None:
    assert counter.quote(None, 300000).balance_after is None


def test_the_discount_shown_on_a_scan_counts_the_promotions_as_the_quote_does(
    counter: Counter, card: str
) -> None:
    standing = counter.look(card).standing
    assert standing is not None and standing.discount_percent == 2  # tier 0 % + Spring 2 %
    assert counter.quote(card, 100000).discount_percent == 2
    counter.clock.set(date(2026, 4, 1))  # Spring is over
    after = counter.look(card).standing
    assert after is not None and after.discount_percent == 0


def test_a_single_use_offer_no_longer_counts_in_the_standing_after_its_sale(
    counter: Counter, member: Registered
) -> None:
    counter.uow.offers.add(
        Promotion(
            code="ONCE",
            name="-5 % once",
            starts_on=OPENING_DAY,
            ends_on=date(2026, 3, 30),
            effect=Effect.EXTRA_DISCOUNT,
            target=Target.MEMBER,
            member_id=member.member.id,
            extra_discount_percent=Fraction(5),
            single_use=True,
        )
    )
    card = member.card.number
    before = counter.look(card).standing
    assert before is not None and before.discount_percent == 7  # Spring 2 % + ONCE 5 %
    done = counter.buy(card, 100000)
    assert done.sale.discount == 7000  # 7 % of 1000.00
    assert done.standing_after is not None and done.standing_after.discount_percent == 2
    again = counter.look(card).standing
    assert again is not None and again.discount_percent == 2
