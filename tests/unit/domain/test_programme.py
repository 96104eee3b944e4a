"""The programme as data: tiers by threshold, the rolling window, strict reading of the file."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

import pytest

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.programme import Programme, Tier

TIERS = (
    Tier("Bronze", 0, Fraction(0), Fraction(5)),
    Tier("Silver", 3_000_000, Fraction(5), Fraction(7)),
    Tier("Gold", 10_000_000, Fraction(10), Fraction(10)),
)


@pytest.mark.parametrize(
    ("spend", "tier"),
    [
        (0, "Bronze"),
        (2_999_999, "Bronze"),  # 29 999.99
        (3_000_000, "Silver"),  # exactly 30 000.00
        (9_999_999, "Silver"),
        (10_000_000, "Gold"),  # exactly 100 000.00
        (-500, "Bronze"),  # more refunded than bought in the window
    ],
)
def test_a_tier_is_reached_exactly_at_its_threshold(spend: int, tier: str) -> None:
    assert Programme(tiers=TIERS).tier_for(spend).name == tier


def test_the_tier_above_and_the_top_tier() -> None:
    p = Programme(tiers=TIERS)
    assert p.next_tier(TIERS[0]) == TIERS[1]
    assert p.next_tier(TIERS[2]) is None
    assert p.tier_named("Gold") == TIERS[2]
    with pytest.raises(InvalidInput, match="no tier 'Platinum'"):
        p.tier_named("Platinum")


def test_a_365_day_window_counts_day_d_through_d_plus_364() -> None:
    p = Programme(tier_window_days=365)
    d = date(2026, 3, 2)
    # on d + 364 (2027-03-01) the window still starts on d;
    # on d + 365 (2027-03-02) it starts on d + 1
    assert p.window_start(date(2027, 3, 1)) == d
    assert p.window_start(date(2027, 3, 2)) == date(2026, 3, 3)
    assert Programme(tier_window_days=1).window_start(d) == d


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"tiers": ()}, "at least one tier"),
        ({"tiers": (Tier("A", 100),)}, "first tier must start at 0"),
        ({"tiers": (Tier("A", 0), Tier("B", 0))}, "rise strictly"),
        ({"tiers": (Tier("A", 0), Tier("B", 200), Tier("C", 100))}, "rise strictly"),
        ({"tiers": (Tier("A", 0), Tier("A", 100))}, "names must be different"),
        ({"point_value": 0}, "point_value"),
        ({"tier_window_days": 0}, "day counts"),
        ({"expire_after_days": -1}, "day counts"),
        ({"activation_days": -1}, "day counts"),
        ({"max_redeem_percent": Fraction(101)}, "max_redeem_percent"),
        ({"max_discount_percent": Fraction(-1)}, "max_discount_percent"),
    ],
)
def test_an_inconsistent_programme_is_refused(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        Programme(**changes)


FULL: dict[str, Any] = {
    "name": "Club",
    "currency": "RUB",
    "tiers": [
        {"name": "Bronze", "threshold": "0", "discount_percent": "0", "earn_percent": "3"},
        {"name": "Silver", "threshold": "30000.00", "discount_percent": "2.5", "earn_percent": "5"},
    ],
    "tier_window_days": 180,
    "no_discount_categories": ["tobacco"],
    "no_earn_categories": ["gift_card", "tobacco"],
    "max_discount_percent": "15",
    "max_redeem_percent": "30",
    "min_check_for_redeem": "500.00",
    "point_value": "0.50",
    "expire_after_days": 180,
    "activation_days": 14,
    "bonuses": {
        "welcome": 100,
        "birthday": 300,
        "birthday_window_days": 5,
        "birthday_expire_days": 14,
        "referral_referrer": 200,
        "referral_newcomer": 50,
    },
    "membership": {
        "fee": "990.00",
        "period_days": 365,
        "extra_discount_percent": "2",
        "extra_earn_percent": "1.5",
    },
    "promotions": [
        {
            "code": "X2",
            "name": "Double points",
            "starts_on": "2026-03-01",
            "ends_on": "2026-03-31",
            "effect": "earn_multiplier",
            "multiplier": "2",
            "weekdays": [5, 6],
            "hours": ["10:00", "14:00"],
        },
        {
            "code": "B100",
            "name": "Big check",
            "starts_on": "2026-03-01",
            "ends_on": "2026-12-31",
            "effect": "fixed_bonus",
            "bonus_points": 100,
            "min_check": "3000.00",
            "target": "tier",
            "tier": "Silver",
        },
    ],
}


def test_a_programme_file_is_read_exactly() -> None:
    p = Programme.from_dict(FULL, version=3)
    assert p.version == 3
    assert p.tiers[1] == Tier("Silver", 3_000_000, Fraction(5, 2), Fraction(5))
    assert p.point_value == 50
    assert p.min_check_for_redeem == 50000
    assert p.max_redeem_percent == Fraction(30)
    assert p.no_earn_categories == frozenset({"gift_card", "tobacco"})
    assert p.bonuses.birthday_expire_days == 14
    assert p.membership is not None and p.membership.extra_earn_percent == Fraction(3, 2)
    assert p.promotions[0].weekdays == frozenset({5, 6})
    assert p.promotions[1].min_check == 300000


def test_a_programme_written_out_reads_back_the_same() -> None:
    p = Programme.from_dict(FULL, version=3)
    assert Programme.from_dict(p.to_dict()) == p


def _no_floats(value: Any) -> bool:
    if isinstance(value, float):
        return False
    if isinstance(value, dict):
        return all(_no_floats(v) for v in value.values())
    if isinstance(value, list | tuple):
        return all(_no_floats(v) for v in value)
    return True


def test_the_written_programme_holds_no_float() -> None:
    assert _no_floats(Programme.from_dict(FULL).to_dict())


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("max_redeem_percent", 50.0, "not as a float"),
        ("min_check_for_redeem", 500.0, "not as a float"),
        ("point_value", "0.505", "more than 2 decimal places"),
        ("expire_after_days", "365", "whole number"),
        ("activation_days", True, "whole number"),
        ("colour", "red", "unknown setting 'colour'"),
    ],
)
def test_a_bad_setting_is_refused_by_name(key: str, value: Any, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        Programme.from_dict({**FULL, key: value})


def test_an_unknown_key_inside_a_tier_is_refused_by_name() -> None:
    data = {**FULL, "tiers": [{"name": "Base", "threshold": "0", "earn": "5"}]}
    with pytest.raises(InvalidInput, match="unknown setting 'earn' in tiers\\[0\\]"):
        Programme.from_dict(data)


def test_a_float_percentage_inside_a_tier_is_refused() -> None:
    data = {**FULL, "tiers": [{"name": "Base", "threshold": "0", "earn_percent": 5.0}]}
    with pytest.raises(InvalidInput, match="not as a float"):
        Programme.from_dict(data)


def test_a_promotion_without_an_effect_is_refused() -> None:
    promo = {"code": "P", "starts_on": "2026-03-01", "ends_on": "2026-03-31"}
    with pytest.raises(InvalidInput, match="needs an effect"):
        Programme.from_dict({**FULL, "promotions": [promo]})


def test_the_description_names_tiers_caps_and_point_value() -> None:
    text = "\n".join(Programme.from_dict(FULL).describe())
    assert "tier Silver from 30000.00: discount 2.5 %, earn 5 %" in text
    assert (
        "redeem up to 30 % of the discountable part of checks from 500.00; 1 point = 0.50" in text
    )
    assert "points expire after 180 days, become spendable after 14 days" in text
