"""Ready-made programmes a store starts from: a discount card, bonus points, or tiers."""

from __future__ import annotations

from typing import Any

_COMMON: dict[str, Any] = {
    "currency": "RUB",
    "no_discount_categories": ["tobacco"],
    "no_earn_categories": ["tobacco", "gift_card"],
    "min_check_for_redeem": "500.00",
    "max_redeem_percent": "50",
    "point_value": "1.00",
    "expire_after_days": 365,
}

TEMPLATES: dict[str, dict[str, Any]] = {
    "discount": {
        **_COMMON,
        "name": "Discount card",
        "tiers": [{"name": "Card", "threshold": "0", "discount_percent": "5"}],
        "max_discount_percent": "15",
    },
    "bonus": {
        **_COMMON,
        "name": "Bonus points",
        "tiers": [{"name": "Member", "threshold": "0", "earn_percent": "5"}],
        "bonuses": {
            "welcome": 100,
            "birthday": 200,
            "birthday_window_days": 7,
            "birthday_expire_days": 30,
            "referral_referrer": 200,
            "referral_newcomer": 100,
        },
    },
    "tiered": {
        **_COMMON,
        "name": "Club",
        "tiers": [
            {"name": "Bronze", "threshold": "0", "discount_percent": "0", "earn_percent": "3"},
            {
                "name": "Silver",
                "threshold": "30000.00",
                "discount_percent": "3",
                "earn_percent": "5",
            },
            {
                "name": "Gold",
                "threshold": "100000.00",
                "discount_percent": "5",
                "earn_percent": "7",
            },
        ],
        "max_discount_percent": "15",
        "activation_days": 14,
        "bonuses": {
            "welcome": 100,
            "birthday": 300,
            "birthday_window_days": 7,
            "birthday_expire_days": 30,
            "referral_referrer": 200,
            "referral_newcomer": 100,
        },
        "membership": {
            "fee": "990.00",
            "period_days": 365,
            "extra_discount_percent": "2",
            "extra_earn_percent": "2",
        },
    },
}


def template(name: str) -> dict[str, Any]:
    """A copy of the named template's plain-data programme."""
    from pos_loyalty.domain.errors import InvalidInput

    if name not in TEMPLATES:
        raise InvalidInput(f"no programme template '{name}': choose {', '.join(TEMPLATES)}")
    return dict(TEMPLATES[name])
