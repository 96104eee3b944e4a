"""Reasons count points in the right plural form and write amounts the Russian way."""

from __future__ import annotations

import pytest

from pos_loyalty.domain.reasons import reason
from pos_loyalty.domain.wording import points_word

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("points", "ru", "en"),
    [(1, "+1 балл", "+1 point"), (2, "+2 балла", "+2 points"), (5, "+5 баллов", "+5 points")],
)
def test_a_bonus_counts_its_points_in_the_right_form(points: int, ru: str, en: str) -> None:
    r = reason("bonus", points=points, name="Акция")
    assert r.text("ru") == f"{ru}: Акция"
    assert r.text("en") == f"{en}: Акция"


@pytest.mark.parametrize(("points", "word"), [(1, "балл"), (21, "балл"), (11, "баллов")])
def test_the_points_noun_follows_the_last_digits(points: int, word: str) -> None:
    assert points_word(points, "ru") == word


def test_a_russian_reason_groups_thousands_and_uses_a_decimal_comma() -> None:
    r = reason("earn", percent="2.5", base="~12345.60", points=21)
    assert r.text("ru") == f"начислено 2,5 % от ~12{NBSP}345,60 = 21 балл"
    assert r.text("en") == "earn 2.5 % of ~12345.60 = 21 points"


@pytest.mark.parametrize(
    ("cap", "up_to", "by"), [(1, "1 балла", "1 баллом"), (3, "3 баллов", "3 баллами")]
)
def test_caps_take_the_case_their_sentence_needs(cap: int, up_to: str, by: str) -> None:
    assert reason("redeem_not_asked", cap=cap).text("ru").endswith(f"(можно до {up_to})")
    assert reason("redeem_cap_balance", cap=cap).text("ru").startswith(f"списание ограничено {by}")


def test_a_name_that_looks_like_a_word_is_left_alone() -> None:
    assert reason("discount_tier", percent="5", name="Gold.1").text("ru") == (
        "скидка 5 % (уровень Gold.1)"
    )
