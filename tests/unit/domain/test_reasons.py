"""Reasons: one line per rule, in English and in Russian."""

from __future__ import annotations

from typing import Any

import pytest

from pos_loyalty.domain.checkout import MAX, CheckLine, Terms, quote
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.reasons import COUNTED, TEMPLATES, Reason, reason
from pos_loyalty.i18n import shipped_translator


def test_every_reason_has_a_russian_text_in_the_catalogue() -> None:
    russian = shipped_translator("ru")
    untranslated = [c for c, text in TEMPLATES.items() if russian("Reasons", text) == text]
    assert untranslated == ["excluded"]  # "{category}: {what}" reads the same in Russian
    for code, count in COUNTED.items():
        assert any("а" <= ch <= "я" for ch in reason(code, **{count: 3}).text("ru"))


def test_the_check_below_minimum_reason_renders_in_both_languages() -> None:
    r = reason("redeem_below_min", applied=False, min="500.00")
    assert r.text("en") == "no redemption: check below 500.00"
    assert r.text("ru") == "списание невозможно: чек меньше 500,00"
    assert r.applied is False


def test_an_unknown_language_falls_back_to_english() -> None:
    assert reason("redeem", points=10, value="10.00").text("de") == "10 points pay 10.00"


def test_values_are_turned_into_text_once_when_the_reason_is_made() -> None:
    r = reason("earn", percent=5, base="851.00", points=42)
    assert r == Reason("earn", (("percent", "5"), ("base", "851.00"), ("points", "42")), True)
    assert r.text("ru") == "начислено 5 % от 851,00 = 42 балла"


BASE: dict[str, Any] = {
    "tiers": [{"name": "Silver", "threshold": "0", "discount_percent": "5", "earn_percent": "5"}],
    "min_check_for_redeem": "500.00",
    "no_discount_categories": ["tobacco"],
    "no_earn_categories": ["tobacco", "gift_card"],
}


def test_a_whole_quote_renders_in_russian() -> None:
    p = Programme.from_dict(BASE)
    lines = (CheckLine(100000), CheckLine(30000, "tobacco"), CheckLine(20000, "gift_card"))
    q = quote(p, Terms(p.tiers[0], spendable=100), lines, MAX)
    ru = q.reason_lines("ru")
    assert "tobacco: без скидки и без баллов" in ru
    assert "gift_card: без баллов" in ru
    assert "списание ограничено 100 баллами: это весь доступный баланс" in ru
    assert "оплата баллами: 100 баллов = 100,00" in ru
    assert len(ru) == len(q.reason_lines("en"))


@pytest.mark.parametrize(
    ("lines", "ru"),
    [
        ((CheckLine(40000),), "списание невозможно: чек меньше 500,00"),
        (
            (CheckLine(60000, "tobacco"),),
            "списание невозможно: в чеке нет товаров, которые можно оплатить баллами",
        ),
    ],
)
def test_refused_redemptions_say_why_in_russian(lines: tuple[CheckLine, ...], ru: str) -> None:
    p = Programme.from_dict(BASE)
    assert ru in quote(p, Terms(p.tiers[0], spendable=100), lines, MAX).reason_lines("ru")


def test_no_points_earned_says_why_in_russian() -> None:
    p = Programme.from_dict(BASE)
    q = quote(p, Terms(p.tiers[0], spendable=0), (CheckLine(60000, "tobacco"),), None)
    assert "баллы не начислены: в чеке нет товаров, за которые начисляются баллы" in q.reason_lines(
        "ru"
    )


def test_the_tier_discount_reason_is_all_russian() -> None:
    p = Programme.from_dict(BASE)
    q = quote(p, Terms(p.tiers[0], spendable=0), (CheckLine(100000),), None)
    assert "скидка 5 % (уровень Silver)" in q.reason_lines("ru")
