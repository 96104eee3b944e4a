"""Ready-made programmes a store starts from: a discount card, bonus points, or tiers.

Tier names are programme data printed on slips, so a template is made in the store's language:
a Russian store's tiered programme names its tiers Бронза, Серебро, Золото.
"""

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


RUSSIAN_NAMES = {
    "Discount card": "Дисконтная карта",
    "Card": "Карта",
    "Bonus points": "Бонусная программа",
    "Member": "Участник",
    "Club": "Клуб",
    "Bronze": "Бронза",
    "Silver": "Серебро",
    "Gold": "Золото",
}
"""The templates' programme and tier names as a Russian store prints them on slips."""


def template_name(name: str, language: str) -> str:
    """Return a template's programme or tier name in the store's language."""
    return RUSSIAN_NAMES.get(name, name) if language == "ru" else name


def template(name: str, language: str = "en") -> dict[str, Any]:
    """A copy of the named template's plain-data programme, its names in `language`."""
    from pos_loyalty.domain.errors import InvalidInput

    if name not in TEMPLATES:
        raise InvalidInput(f"no programme template '{name}': choose {', '.join(TEMPLATES)}")
    data = dict(TEMPLATES[name])
    data["name"] = template_name(data["name"], language)
    data["tiers"] = [{**t, "name": template_name(t["name"], language)} for t in data["tiers"]]
    return data
