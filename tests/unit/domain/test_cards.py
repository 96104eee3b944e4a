"""Card numbers: EAN-13 in the 042 range, check digit validated and never corrected."""

from __future__ import annotations

import pytest

from pos_loyalty.domain.cards import (
    card_number_for,
    card_sequence,
    ean13_check_digit,
    is_valid_ean13,
    mask_card,
    validate_card_number,
)
from pos_loyalty.domain.errors import InvalidCardNumber, InvalidInput


@pytest.mark.parametrize(
    ("first12", "digit"),
    [
        # 4 0 0 6 3 8 1 3 3 3 9 3: odd places 4+0+3+1+3+9 = 20, even 0+6+8+3+3+3 = 23;
        # 20 + 3 x 23 = 89 -> (10 - 9) % 10 = 1
        ("400638133393", 1),
        # 5 9 0 1 2 3 4 1 2 3 4 5: odd 5+0+2+4+2+4 = 17, even 9+1+3+1+3+5 = 22;
        # 17 + 66 = 83 -> 7
        ("590123412345", 7),
        # 0 4 2 0 0 0 0 0 0 0 0 1: odd 0+2+0+0+0+0 = 2, even 4+0+0+0+0+1 = 5; 2 + 15 = 17 -> 3
        ("042000000001", 3),
        # a sum that is a multiple of 10 gives 0, not 10: 000000000000 -> 0
        ("000000000000", 0),
    ],
)
def test_the_gs1_check_digit_is_computed_by_hand(first12: str, digit: int) -> None:
    assert ean13_check_digit(first12) == digit


@pytest.mark.parametrize("code", ["4006381333931", "5901234123457", "0420000000013"])
def test_known_ean13_numbers_are_valid(code: str) -> None:
    assert is_valid_ean13(code)


@pytest.mark.parametrize(
    "code",
    [
        "4006381333932",
        "5901234123450",
        "0420000000012",
        "400638133393",
        "40063813339310",
        "400638133393a",
        "",
    ],
)
def test_wrong_check_digit_length_or_characters_is_not_a_valid_ean13(code: str) -> None:
    assert not is_valid_ean13(code)


def test_a_wrong_check_digit_is_an_error_naming_the_right_digit_not_a_correction() -> None:
    # 042000000001 needs 3; a scanner misread ending in 4 must not be "fixed" to ...13
    with pytest.raises(
        InvalidCardNumber, match=r"wrong check digit \(the last digit should be 3\)"
    ):
        validate_card_number("0420000000014")


def test_every_single_digit_misread_of_a_card_number_is_caught() -> None:
    good = card_number_for(123456789)
    for position in range(13):
        for digit in "0123456789":
            if good[position] == digit:
                continue
            misread = good[:position] + digit + good[position + 1 :]
            with pytest.raises(InvalidCardNumber):
                validate_card_number(misread)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("042000000001", "has 12 digits, a card number has 13"),
        ("04200000000133", "has 14 digits, a card number has 13"),
        ("04200000000A3", "is not a card number"),
        ("042-0000-00013", "is not a card number"),
        # Arabic-Indic digits are digits to str.isdigit but not to a scanner
        (
            "\u0660\u0664\u0662\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0661\u0663",
            "is not a card number",
        ),
        ("", "No card number was read"),
        ("   ", "No card number was read"),
    ],
)
def test_a_malformed_card_number_is_refused_with_a_clear_reason(text: str, message: str) -> None:
    with pytest.raises(InvalidCardNumber, match=message):
        validate_card_number(text)


@pytest.mark.parametrize("code", ["4006381333931", "5901234123457"])
def test_a_valid_ean13_outside_the_042_range_is_not_a_loyalty_card(code: str) -> None:
    with pytest.raises(InvalidCardNumber, match="valid barcode but not a loyalty card"):
        validate_card_number(code)


def test_a_scanned_number_keeps_its_digits_and_loses_surrounding_white_space() -> None:
    assert validate_card_number(" 0420000000013\r\n") == "0420000000013"


def test_invalid_card_numbers_are_a_kind_of_invalid_input() -> None:
    with pytest.raises(InvalidInput):
        validate_card_number("123")


@pytest.mark.parametrize(
    ("sequence", "number"),
    [(1, "0420000000013"), (123456789, "0421234567891"), (999999999, "0429999999995")],
)
def test_card_numbers_are_042_the_sequence_and_the_check_digit(sequence: int, number: str) -> None:
    # 042000000001: odd 2, even 5; 2 + 15 = 17 -> 3
    # 042123456789: odd 0+2+2+4+6+8 = 22, even 4+1+3+5+7+9 = 29; 22 + 87 = 109 -> 1
    # 042999999999: odd 0+2+9+9+9+9 = 38, even 4+9+9+9+9+9 = 49; 38 + 147 = 185 -> 5
    assert card_number_for(sequence) == number
    assert validate_card_number(number) == number


@pytest.mark.parametrize("sequence", [1, 2, 10, 4242, 500000000, 999999999])
def test_card_number_and_sequence_round_trip(sequence: int) -> None:
    number = card_number_for(sequence)
    assert len(number) == 13 and number.startswith("042")
    assert card_sequence(number) == sequence


@pytest.mark.parametrize("sequence", [0, -1, 1_000_000_000])
def test_a_sequence_outside_nine_digits_has_no_card_number(sequence: int) -> None:
    with pytest.raises(InvalidCardNumber, match=r"outside 1\.\.999999999"):
        card_number_for(sequence)


def test_card_sequence_refuses_a_number_with_a_wrong_check_digit() -> None:
    with pytest.raises(InvalidCardNumber, match="wrong check digit"):
        card_sequence("0420000000019")


def test_a_masked_card_shows_only_the_last_four_digits() -> None:
    masked = mask_card("0421234567891")
    assert masked == "**** 7891"
    assert "042123456" not in masked
