"""What a scanner read, as a card number: UPC-A is the same symbol as EAN-13, AIM ids say which."""

from __future__ import annotations

import pytest

from pos_loyalty.domain.cards import card_number_for, card_number_from_scan, validate_card_number
from pos_loyalty.domain.errors import InvalidCardNumber
from pos_loyalty.domain.symbology import AimId, split_aim_id

CARD = "0421234567891"
UPC_A = CARD[1:]


def test_a_12_digit_upc_a_read_is_the_same_card_as_its_13_digit_ean13() -> None:
    assert card_number_from_scan(UPC_A) == CARD
    assert card_number_from_scan(CARD) == CARD


@pytest.mark.parametrize("sequence", [1, 42, 123456789, 999999999])
def test_every_card_read_as_upc_a_gives_its_own_number(sequence: int) -> None:
    number = card_number_for(sequence)
    assert card_number_from_scan(number[1:]) == number


def test_a_12_digit_read_with_a_wrong_check_digit_is_refused_naming_the_right_one() -> None:
    with pytest.raises(InvalidCardNumber) as caught:
        card_number_from_scan("421234567890")
    assert caught.value.code == "card_check_digit"
    assert "'421234567890' has a wrong check digit (the last digit should be 1)" in str(
        caught.value
    )


def test_every_single_digit_misread_of_a_upc_a_read_is_caught() -> None:
    for place in range(12):
        for digit in "0123456789":
            misread = UPC_A[:place] + digit + UPC_A[place + 1 :]
            if misread != UPC_A:
                with pytest.raises(InvalidCardNumber):
                    card_number_from_scan(misread)


def test_a_card_number_missing_its_last_digit_is_refused_as_too_short() -> None:
    with pytest.raises(InvalidCardNumber) as caught:
        card_number_from_scan(CARD[:12])
    assert caught.value.code == "card_wrong_length"
    assert "has 12 digits, a card number has 13" in str(caught.value)


def test_a_valid_upc_a_of_a_product_is_not_a_loyalty_card() -> None:
    with pytest.raises(InvalidCardNumber) as caught:
        card_number_from_scan("036000291452")
    assert caught.value.code == "card_foreign"
    assert "'036000291452' is a valid barcode but not a loyalty card" in str(caught.value)


def test_the_stored_form_stays_13_digits_only() -> None:
    with pytest.raises(InvalidCardNumber):
        validate_card_number(UPC_A)


@pytest.mark.parametrize("read", [f"]E0{CARD}", f"]E0{UPC_A}", f"]E3{CARD}", f" ]E0{CARD}\r"])
def test_an_ean_upc_aim_id_is_removed(read: str) -> None:
    assert card_number_from_scan(read) == CARD


@pytest.mark.parametrize(
    ("read", "name"),
    [(f"]C0{CARD}", "Code 128"), (f"]Q1{CARD}", "QR Code"), (f"]I0{CARD}", "Interleaved 2 of 5")],
)
def test_a_read_whose_aim_id_names_another_symbology_is_refused_naming_it(
    read: str, name: str
) -> None:
    with pytest.raises(InvalidCardNumber) as caught:
        card_number_from_scan(read)
    assert caught.value.code == "scan_symbology"
    assert caught.value.params["symbology"] == name
    assert f"is a {name} barcode, not a loyalty card" in str(caught.value)


def test_an_unknown_symbology_letter_is_named_by_its_aim_id() -> None:
    with pytest.raises(InvalidCardNumber, match=r"symbology \]Y0"):
        card_number_from_scan(f"]Y0{CARD}")


def test_with_aim_ids_off_an_aim_id_is_not_a_card_number() -> None:
    with pytest.raises(InvalidCardNumber) as caught:
        card_number_from_scan(f"]E0{CARD}", aim_ids=False)
    assert caught.value.code == "card_not_digits"


def test_an_aim_id_is_split_off_only_at_the_start() -> None:
    assert split_aim_id(f"]E0{CARD}") == (AimId("E", "0"), CARD)
    assert split_aim_id(CARD) == (None, CARD)
    assert split_aim_id(f"x]E0{CARD}") == (None, f"x]E0{CARD}")
    assert str(AimId("C", "0")) == "]C0"
