"""The ready-made programmes as the first-run wizard offers them: a title and the key numbers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from pos_loyalty.domain.money import parse_money
from pos_loyalty.services.templates import TEMPLATES, template, template_name
from ui.i18n import current_language, format_money

TEMPLATE_KEYS = ("discount", "bonus", "tiered")
CURRENCIES = {"RUB": "₽", "BYN": "Br", "KZT": "₸", "EUR": "€", "USD": "$"}
"""The currencies offered, with the sign printed on slips."""


def _money(text: str) -> str:
    return format_money(parse_money(text), current_language())


def template_title(key: str) -> str:
    """Return the name of a programme template in the app's language."""
    titles = {
        "discount": QCoreApplication.translate("ProgrammeChoices", "Discount card"),
        "bonus": QCoreApplication.translate("ProgrammeChoices", "Bonus points"),
        "tiered": QCoreApplication.translate("ProgrammeChoices", "Tiered club"),
    }
    return titles[key]


def template_description(key: str) -> str:
    """Return one paragraph on how a programme template works, with its key numbers."""
    data: dict[str, Any] = TEMPLATES[key]
    if key == "discount":
        return _discount(data)
    if key == "bonus":
        return _bonus(data)
    return _tiered(data)


def _discount(data: dict[str, Any]) -> str:
    return QCoreApplication.translate(
        "ProgrammeChoices",
        "Every card gives {percent} % off the check (at most {cap} % together with "
        "promotions). No points to explain: the simplest programme to run at the counter. "
        "Tobacco is never discounted.",
    ).format(percent=data["tiers"][0]["discount_percent"], cap=data["max_discount_percent"])


def _bonus(data: dict[str, Any]) -> str:
    bonuses = data["bonuses"]
    return QCoreApplication.translate(
        "ProgrammeChoices",
        "Customers earn {earn} % of what they pay as points (1 point = {point}) and pay up "
        "to {redeem} % of a check of at least {min_check} with them. Welcome bonus {welcome} "
        "points, birthday bonus {birthday} points; points expire after {days} days.",
    ).format(
        earn=data["tiers"][0]["earn_percent"],
        point=_money(data["point_value"]),
        redeem=data["max_redeem_percent"],
        min_check=_money(data["min_check_for_redeem"]),
        welcome=bonuses["welcome"],
        birthday=bonuses["birthday"],
        days=data["expire_after_days"],
    )


def _tiered(data: dict[str, Any]) -> str:
    tiers = "; ".join(
        QCoreApplication.translate(
            "ProgrammeChoices", "{tier} from {spend}: {discount} % off, {earn} % in points"
        ).format(
            tier=tier_name(tier["name"], current_language()),
            spend=_money(tier["threshold"]),
            discount=tier.get("discount_percent", "0"),
            earn=tier.get("earn_percent", "0"),
        )
        for tier in data["tiers"]
    )
    plan = data["membership"]
    return QCoreApplication.translate(
        "ProgrammeChoices",
        "Levels reached by spend over a year: {tiers}. Points become spendable after {days} "
        "days (the return window). A paid club membership ({fee} for {period} days) adds "
        "{discount} % off and {earn} % in points.",
    ).format(
        tiers=tiers,
        days=data["activation_days"],
        fee=_money(plan["fee"]),
        period=plan["period_days"],
        discount=plan["extra_discount_percent"],
        earn=plan["extra_earn_percent"],
    )


def tier_name(name: str, language: str) -> str:
    """Return a template's programme or tier name in the store's language."""
    return template_name(name, language)


def programme_for(key: str, currency: str, language: str) -> dict[str, Any]:
    """Return the template's programme data in the store's currency and language."""
    data = template(key, language)
    data["currency"] = currency
    return data
