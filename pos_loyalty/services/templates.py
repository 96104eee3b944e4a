"""Ready-made programmes a store starts from: a discount card, bonus points, or tiers.

Tier names are programme data printed on slips, so a template is made in the store's language:
a Russian store's tiered programme names its tiers Бронза, Серебро, Золото. The English names
are marked for translation (context `ProgrammeTemplates`) and their Russian is in the app's
`.ts` files, like every other text; once a programme is saved its names are the store's data.
"""

from __future__ import annotations

from typing import Any

from pos_loyalty.i18n import QT_TRANSLATE_NOOP, Translate, translator_for

CONTEXT = "ProgrammeTemplates"

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
        "name": QT_TRANSLATE_NOOP("ProgrammeTemplates", "Discount card"),
        "tiers": [
            {
                "name": QT_TRANSLATE_NOOP("ProgrammeTemplates", "Card"),
                "threshold": "0",
                "discount_percent": "5",
            }
        ],
        "max_discount_percent": "15",
    },
    "bonus": {
        **_COMMON,
        "name": QT_TRANSLATE_NOOP("ProgrammeTemplates", "Bonus points"),
        "tiers": [
            {
                "name": QT_TRANSLATE_NOOP("ProgrammeTemplates", "Member"),
                "threshold": "0",
                "earn_percent": "5",
            }
        ],
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
        "name": QT_TRANSLATE_NOOP("ProgrammeTemplates", "Club"),
        "tiers": [
            {
                "name": QT_TRANSLATE_NOOP("ProgrammeTemplates", "Bronze"),
                "threshold": "0",
                "discount_percent": "0",
                "earn_percent": "3",
            },
            {
                "name": QT_TRANSLATE_NOOP("ProgrammeTemplates", "Silver"),
                "threshold": "30000.00",
                "discount_percent": "3",
                "earn_percent": "5",
            },
            {
                "name": QT_TRANSLATE_NOOP("ProgrammeTemplates", "Gold"),
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


def template_name(name: str, language: str, translate: Translate | None = None) -> str:
    """Return a template's programme or tier name in the store's language."""
    return (translate or translator_for(language))(CONTEXT, name)


def template(name: str, language: str = "en", translate: Translate | None = None) -> dict[str, Any]:
    """A copy of the named template's plain-data programme, its names in `language`."""
    from pos_loyalty.domain.errors import InvalidInput

    if name not in TEMPLATES:
        raise InvalidInput(f"no programme template '{name}': choose {', '.join(TEMPLATES)}")
    data = dict(TEMPLATES[name])
    translate = translate or translator_for(language)
    data["name"] = template_name(data["name"], language, translate)
    data["tiers"] = [
        {**t, "name": template_name(t["name"], language, translate)} for t in data["tiers"]
    ]
    return data
