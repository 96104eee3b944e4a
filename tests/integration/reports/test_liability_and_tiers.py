"""Points liability and tiers on the hand-made store (figures worked out in conftest)."""

from __future__ import annotations

from datetime import date, datetime

from pos_loyalty.reports.liability import build_liability
from pos_loyalty.reports.tiers import build_tiers
from tests.integration.reports.conftest import APRIL_1, MON, WED, Shop
from tests.integration.reports.till import MSK

APRIL_2_NOON = datetime(2026, 4, 2, 12, tzinfo=MSK)


def test_liability_counts_live_points_and_sets_expired_ones_apart(shop: Shop) -> None:
    # Open lots now: Anna 75 (gone 2 April), 23 and 20 (gone 3 April), 22 (gone 1 May);
    # Boris 50 (gone 2 April); Vera 100 and 40 (gone 1 May); Dmitry owes 8.
    r = shop.till.read(build_liability, APRIL_1, APRIL_1, now=APRIL_2_NOON)
    assert r.as_of == date(2026, 4, 2) and r.point_value == 100
    assert r.outstanding == 23 + 20 + 22 + 100 + 40
    assert r.value == 205 * 100
    assert (r.pending, r.spendable) == (0, 205)
    assert r.awaiting_write_off == 75 + 50
    assert (r.debts.members, r.debts.points, r.net) == (1, 8, 197)


def test_liability_buckets_expiry_by_the_last_day_points_can_be_spent(shop: Shop) -> None:
    r = shop.till.read(build_liability, APRIL_1, APRIL_1, now=APRIL_2_NOON)
    months = dict(r.expiring)
    assert next(iter(months)) == date(2026, 4, 1) and len(months) == 12
    # Gone on 3 April: last day 2 April; gone on 1 May: last day 30 April. All in April.
    assert months[date(2026, 4, 1)] == 43 + 162
    assert sum(months.values()) == 205 and (r.later, r.never) == (0, 0)


def test_a_member_with_a_negative_balance_is_listed(shop: Shop) -> None:
    r = shop.till.read(build_liability, APRIL_1, APRIL_1, now=APRIL_2_NOON)
    (line,) = r.negative
    assert (line.member_id, line.card_number, line.balance) == (
        shop.dmitry.id,
        shop.dmitry.card,
        -8,
    )
    assert line.name == "Дмитрий Волков" and line.last_purchase_on == APRIL_1


def test_tiers_move_anna_up_and_leave_boris_in_bronze(shop: Shop) -> None:
    # Spend by 4 March: Anna 1000 + 1500 + (900 - 450 refunded) = 2950.00: Silver.
    r = shop.till.read(build_tiers, MON, WED)
    assert r.counts(at_end=False) == (2, 0) and r.counts(at_end=True) == (1, 1)
    assert (r.upgrades, r.downgrades) == (1, 0)
    by_tier = {s.tier: s for s in r.sales}
    assert (by_tier["Bronze"].checks, by_tier["Bronze"].total) == (3, 4500_00)
    assert (by_tier["Bronze"].discount, by_tier["Bronze"].earned) == (0, 50 + 75 + 95)
    assert (by_tier["Silver"].checks, by_tier["Silver"].discount, by_tier["Silver"].earned) == (
        1,
        100_00,
        45,
    )


def test_tiers_count_members_without_spend_in_the_first_tier(shop: Shop) -> None:
    r = shop.till.read(build_tiers, MON, APRIL_1)
    # Vera (800.00) and Dmitry (1000 + 850 - 1000 = 850.00) stay Bronze; Boris 950.00 Bronze.
    assert r.counts(at_end=True) == (3, 1)
    assert (r.upgrades, r.downgrades) == (1, 0)
