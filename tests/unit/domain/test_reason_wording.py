"""Reasons count points in Qt's plural forms of the language and write amounts its way."""

from __future__ import annotations

import pytest

from pos_loyalty.domain.reasons import reason

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("points", "ru", "en"),
    [
        (1, "+1 балл", "+1 point"),
        (2, "+2 балла", "+2 points"),
        (5, "+5 баллов", "+5 points"),
        (11, "+11 баллов", "+11 points"),
        (21, "+21 балл", "+21 points"),
    ],
)
def test_a_bonus_counts_its_points_in_the_right_form(points: int, ru: str, en: str) -> None:
    r = reason("bonus", points=points, name="Акция")
    assert r.text("ru") == f"{ru}: Акция"
    assert r.text("en") == f"{en}: Акция"


def test_a_reason_groups_thousands_and_uses_the_languages_decimal_mark() -> None:
    r = reason("earn", percent="2.5", base="~12345.60", points=21)
    assert r.text("ru") == f"начислено 2,5 % от ~12{NBSP}345,60 = 21 балл"
    assert r.text("en") == "earn 2.5 % of ~12,345.60 = 21 points"


@pytest.mark.parametrize(
    ("cap", "up_to", "by"),
    [(1, "1 балла", "1 баллом"), (3, "3 баллов", "3 баллами"), (21, "21 балла", "21 баллом")],
)
def test_caps_take_the_case_their_sentence_needs(cap: int, up_to: str, by: str) -> None:
    assert reason("redeem_not_asked", cap=cap).text("ru").endswith(f"(можно до {up_to})")
    assert reason("redeem_cap_balance", cap=cap).text("ru").startswith(f"списание ограничено {by}")


def test_a_name_that_looks_like_a_word_is_left_alone() -> None:
    assert reason("discount_tier", percent="5", name="Gold.1").text("ru") == (
        "скидка 5 % (уровень Gold.1)"
    )


def test_the_cores_own_words_in_a_reason_are_translated_with_it() -> None:
    r = reason("earn_none", applied=False, why="the tier earns no points")
    assert r.text("ru") == "баллы не начислены: уровень не начисляет баллы"
    unknown = reason("redeem_cap_limit", applied=False, cap=5, why="a limit set by the chain")
    assert unknown.text("ru") == "списание ограничено 5 баллами: a limit set by the chain"
