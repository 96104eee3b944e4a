"""The card barcode's modules: exactly the 13 digits given, or an error for a wrong number."""

from __future__ import annotations

import barcode
import pytest
from hypothesis import given
from hypothesis import strategies as st

from devices.ean13 import MODULES, bar_runs, ean13_modules
from pos_loyalty.domain.cards import card_number_for
from pos_loyalty.domain.errors import InvalidCardNumber
from tests.integration.backoffice.barcode_reader import decode_modules, modules_from_runs


@given(st.integers(min_value=1, max_value=999_999_999))
def test_every_card_number_reads_back_from_its_modules(sequence: int) -> None:
    number = card_number_for(sequence)
    modules = ean13_modules(number)
    assert len(modules) == MODULES
    assert decode_modules(modules) == number


@pytest.mark.parametrize("number", ["4006381333931", "5901234123457", "0420000000013"])
def test_the_modules_match_another_implementation(number: str) -> None:
    (reference,) = barcode.get("ean13", number).build()
    assert ean13_modules(number) == reference


def test_a_wrong_check_digit_is_refused_where_other_libraries_fix_it_silently() -> None:
    assert barcode.get("ean13", "4006381333932").get_fullcode() == "4006381333931"
    with pytest.raises(InvalidCardNumber, match="wrong check digit"):
        ean13_modules("4006381333932")
    with pytest.raises(InvalidCardNumber, match="not 13 digits"):
        ean13_modules("400638133393")


def test_bars_and_spaces_rebuild_the_modules() -> None:
    modules = ean13_modules("0420000000013")
    runs = bar_runs(modules)
    widths: list[int] = []
    cursor = 0
    for first, width in runs:
        if first > cursor:
            widths.append(first - cursor)
        widths.append(width)
        cursor = first + width
    assert decode_modules(modules_from_runs([w * 5 for w in widths])) == "0420000000013"
