"""Money: exact kopecks, half-up rounding of discounts, floor of points, never a float."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.money import (
    floor,
    format_money,
    format_percent,
    parse_money,
    parse_percent,
    percent_of,
    round_half_up,
)


@pytest.mark.parametrize(
    ("text", "kopecks"),
    [
        ("999.99", 99999),
        ("1000", 100000),
        ("1000.5", 100050),
        ("1 000,50", 100050),
        ("1\u00a0000.50", 100050),
        ("  12,5 ", 1250),
        ("0.01", 1),
        ("0", 0),
        ("30000.00", 3000000),
    ],
)
def test_amounts_typed_the_usual_ways_are_read_to_the_kopeck(text: str, kopecks: int) -> None:
    assert parse_money(text) == kopecks


@pytest.mark.parametrize("text", ["10.101", "0.001", "999.999", "1,005"])
def test_an_amount_with_three_decimals_is_refused_not_rounded(text: str) -> None:
    with pytest.raises(InvalidInput, match="more than 2 decimal places"):
        parse_money(text)


@pytest.mark.parametrize(
    "text", ["", "   ", "abc", "12a", "1.2.3", "1,000.50", "NaN", "inf", "0x10", "--5"]
)
def test_garbage_is_not_an_amount(text: str) -> None:
    with pytest.raises(InvalidInput, match="not an amount"):
        parse_money(text)


@pytest.mark.parametrize("text", ["1e5", "1E2", "1_000", "\u0661\u0662\u0663"])
def test_exponents_underscores_and_foreign_digits_are_not_amounts(text: str) -> None:
    # "1e5" is a typo for 105 far more often than a wish to ring up 100 000.00
    try:
        read = parse_money(text)
    except InvalidInput:
        read = None
    assert read is None, f"{text!r} was read as {read} kopecks"


@pytest.mark.parametrize(
    ("kopecks", "text"),
    [
        (123450, "1234.50"),
        (1, "0.01"),
        (0, "0.00"),
        (-50, "-0.50"),
        (99999, "999.99"),
        (-123456, "-1234.56"),
    ],
)
def test_money_is_formatted_with_two_decimals(kopecks: int, text: str) -> None:
    assert format_money(kopecks) == text


def test_money_is_formatted_with_a_locales_separators() -> None:
    # 123456789 kopecks = 1 234 567.89
    assert format_money(123456789, decimal_sep=",", group_sep=" ") == "1 234 567,89"


@pytest.mark.parametrize("kopecks", [0, 1, 99, 100, 99999, 100050, 3000000, -1, -12345])
def test_formatted_money_reads_back_to_the_same_kopecks(kopecks: int) -> None:
    assert parse_money(format_money(kopecks)) == kopecks


@pytest.mark.parametrize(
    ("amount", "percent", "kopecks"),
    [
        (1010, 5, 51),  # 5 % of 10.10 = 0.505 -> 0.51
        (1030, 5, 52),  # 5 % of 10.30 = 0.515 -> 0.52
        (1050, 5, 53),  # 5 % of 10.50 = 0.525 -> 0.53
        (10, 5, 1),  # 5 % of 0.10 = 0.005 -> 0.01: exactly half a kopeck goes up
        (30, 5, 2),  # 5 % of 0.30 = 0.015 -> 0.02
        (1, 50, 1),  # 50 % of 0.01 = 0.005 -> 0.01
        (1049, 5, 52),  # 5 % of 10.49 = 0.5245 -> 0.52: below half goes down
        (1009, 5, 50),  # 5 % of 10.09 = 0.5045 -> 0.50
        (123450, 5, 6173),  # 5 % of 1234.50 = 61.725 -> 61.73
        (99999, 5, 5000),  # 5 % of 999.99 = 49.9995 -> 50.00
    ],
)
def test_a_discount_rounds_half_up_to_the_kopeck(amount: int, percent: int, kopecks: int) -> None:
    assert round_half_up(percent_of(amount, Fraction(percent))) == kopecks


def test_percent_of_is_exact_before_rounding() -> None:
    # 5 % of 10.10 = 50.5 kopecks exactly, not 50.49999...
    assert percent_of(1010, Fraction(5)) == Fraction(101, 2)
    # 2.5 % of 0.01 = 0.025 kopecks
    assert percent_of(1, Fraction(5, 2)) == Fraction(1, 40)


@pytest.mark.parametrize(
    ("value", "rounded"),
    [
        (Fraction(1, 2), 1),
        (Fraction(3, 2), 2),
        (Fraction(5, 2), 3),
        (Fraction(-1, 2), -1),
        (Fraction(-3, 2), -2),
        (Fraction(49, 100), 0),
        (Fraction(-49, 100), 0),
        (Fraction(7), 7),
    ],
)
def test_halves_round_away_from_zero(value: Fraction, rounded: int) -> None:
    # 2.5 -> 3 (not banker's 2), -0.5 -> -1
    assert round_half_up(value) == rounded


@pytest.mark.parametrize(
    ("value", "points"),
    [
        (Fraction(499995, 10000), 49),  # 49.9995 -> 49
        (Fraction(4255, 100), 42),  # 42.55 -> 42
        (Fraction(35), 35),
        (Fraction(999, 1000), 0),
        (Fraction(-1, 2), -1),
    ],
)
def test_points_round_down(value: Fraction, points: int) -> None:
    assert floor(value) == points


def test_earning_on_999_99_at_5_percent_is_49_points() -> None:
    # 999.99 x 5 % = 49.9995 -> floor 49 (a float-and-round would give 50)
    assert floor(percent_of(99999, Fraction(5)) / 100) == 49


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5", Fraction(5)),
        ("2.5", Fraction(5, 2)),
        ("12,75", Fraction(51, 4)),
        ("5%", Fraction(5)),
        (7, Fraction(7)),
        (Decimal("0.1"), Fraction(1, 10)),
    ],
)
def test_percentages_are_read_as_exact_fractions(text: object, value: Fraction) -> None:
    parsed = parse_percent(text)  # type: ignore[arg-type]
    assert parsed == value
    assert isinstance(parsed, Fraction)


@pytest.mark.parametrize("text", ["-1", "abc", "", "nan", True])
def test_a_negative_or_unreadable_percentage_is_refused(text: object) -> None:
    with pytest.raises(InvalidInput):
        parse_percent(text)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "text"),
    [(Fraction(5), "5"), (Fraction(5, 2), "2.5"), (Fraction(51, 4), "12.75"), (Fraction(0), "0")],
)
def test_percentages_are_shown_without_trailing_zeros(value: Fraction, text: str) -> None:
    assert format_percent(value) == text


def test_half_up_agrees_with_decimal_half_up_on_every_half_kopeck_up_to_ten_roubles() -> None:
    # every amount of the form n + 1/2 kopecks, n = 0..999: Decimal's ROUND_HALF_UP is the reference
    for n in range(1000):
        value = Fraction(2 * n + 1, 2)
        expected = int((Decimal(2 * n + 1) / 2).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        assert round_half_up(value) == expected == n + 1
