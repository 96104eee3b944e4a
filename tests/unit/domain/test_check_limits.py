"""Plausible check amounts: a card number is never an amount, a huge check is refused,
a large one is recorded only when confirmed. Amounts in kopecks: 100000 is 1 000.00."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos_loyalty.domain.cards import ean13_check_digit
from pos_loyalty.domain.check_limits import (
    DEFAULT_LARGE_CHECK,
    DEFAULT_MAX_CHECK,
    check_total,
    looks_like_card_number,
)
from pos_loyalty.domain.checkout import CheckLine, Terms, quote, quote_without_member
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.programme import Programme

BASE: dict[str, Any] = {"tiers": [{"name": "Bronze", "threshold": "0", "earn_percent": "5"}]}


def limits(total: int, confirmed: bool = False) -> None:
    check_total(
        total, max_check=DEFAULT_MAX_CHECK, large_check=DEFAULT_LARGE_CHECK, confirmed=confirmed
    )


def test_the_defaults_are_a_million_and_a_hundred_thousand() -> None:
    p = Programme.from_dict(BASE)
    assert (p.max_check_amount, p.large_check_amount) == (100_000_000, 10_000_000)
    assert p.to_dict()["max_check_amount"] == "1000000.00"
    assert p.to_dict()["large_check_amount"] == "100000.00"


def test_a_card_number_typed_as_an_amount_is_refused_as_one() -> None:
    # the card 0420000000013 typed into the amount field reads as 420 000 000 013.00
    with pytest.raises(InvalidInput) as caught:
        limits(420_000_000_013_00)
    assert caught.value.code == "amount_is_card_number"
    assert "looks like a card number" in str(caught.value)


def test_a_card_number_read_with_its_kopecks_is_refused_as_one() -> None:
    assert looks_like_card_number(420_000_000_013)  # 4 200 000 000.13
    assert looks_like_card_number(420_000_000_013_00)


def test_a_card_number_with_a_wrong_check_digit_is_just_too_large() -> None:
    assert not looks_like_card_number(420_000_000_014_00)
    with pytest.raises(InvalidInput) as caught:
        limits(420_000_000_014_00)
    assert caught.value.code == "check_over_max"


def test_the_demo_mishap_300_typed_then_a_card_is_refused_as_too_large() -> None:
    with pytest.raises(InvalidInput) as caught:
        limits(3_000_420_000_000_044_00)
    assert caught.value.code == "check_over_max"
    assert "1000000.00" in str(caught.value)


def test_the_maximum_itself_passes_and_a_kopeck_more_is_refused() -> None:
    limits(DEFAULT_MAX_CHECK, confirmed=True)
    with pytest.raises(InvalidInput):
        limits(DEFAULT_MAX_CHECK + 1, confirmed=True)


def test_a_large_check_needs_confirmation_and_the_threshold_itself_does_not() -> None:
    limits(DEFAULT_LARGE_CHECK)
    with pytest.raises(InvalidInput) as caught:
        limits(DEFAULT_LARGE_CHECK + 1)
    assert caught.value.code == "check_large_unconfirmed"
    limits(DEFAULT_LARGE_CHECK + 1, confirmed=True)


def test_the_quote_refuses_above_the_maximum_but_shows_a_large_check() -> None:
    p = Programme.from_dict(
        {**BASE, "max_check_amount": "5000.00", "large_check_amount": "1000.00"}
    )
    terms = Terms(tier=p.tiers[0], spendable=0)
    assert quote(p, terms, (CheckLine(200_000),), None).total == 200_000
    with pytest.raises(InvalidInput):
        quote(p, terms, (CheckLine(400_000), CheckLine(100_001)), None)
    with pytest.raises(InvalidInput):
        quote_without_member((CheckLine(500_001),), p)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"max_check_amount": "0"}, "max_check_amount"),
        ({"large_check_amount": "0"}, "large_check_amount"),
        ({"max_check_amount": "100.00", "large_check_amount": "200.00"}, "large_check_amount"),
    ],
)
def test_limits_that_make_no_sense_are_refused_naming_the_field(
    changes: dict[str, str], field: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        Programme.from_dict({**BASE, **changes})
    assert caught.value.field == field


@given(st.integers(min_value=0, max_value=999_999_999))
def test_every_card_of_the_range_typed_as_an_amount_is_recognised(sequence: int) -> None:
    first12 = f"042{sequence:09d}"
    card = first12 + str(ean13_check_digit(first12))
    assert looks_like_card_number(int(card) * 100)
    assert looks_like_card_number(int(card))


@given(st.integers(min_value=1, max_value=DEFAULT_MAX_CHECK))
def test_no_plausible_amount_looks_like_a_card(amount: int) -> None:
    assert not looks_like_card_number(amount)


def test_an_imported_spend_is_checked_the_same_way() -> None:
    from pos_loyalty.domain.import_rows import parse_spend

    assert parse_spend("1000000.00") == 100_000_000
    with pytest.raises(InvalidInput, match="looks like a card number"):
        parse_spend("420000000013")
    with pytest.raises(InvalidInput, match=r"above 100000000\.00"):
        parse_spend("100000000.01")
