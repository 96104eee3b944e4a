"""The slip model: whole numbers only, a masked card, its words translated into its language."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from devices.simulated import demo_slip
from pos_loyalty.domain.errors import InvalidCardNumber, InvalidInput
from pos_loyalty.domain.slip import (
    Slip,
    expiring_text,
    format_slip_date,
    format_slip_money,
    labels_for,
)


def test_a_float_amount_is_refused() -> None:
    with pytest.raises(InvalidInput, match="total must be a whole number"):
        demo_slip(total=999.99)


def test_float_points_are_refused() -> None:
    with pytest.raises(InvalidInput, match="points_earned must be a whole number"):
        demo_slip(points_earned=4.5)


def test_the_card_is_kept_as_its_last_four_digits_only() -> None:
    slip = demo_slip(card_last4="1234")
    assert slip.masked_card == "**** 1234"
    with pytest.raises(InvalidInput, match="last 4 digits"):
        demo_slip(card_last4="0421234567891")


def test_the_slip_has_no_phone_field() -> None:
    names = Slip.__dataclass_fields__
    assert not any("phone" in name for name in names)


def test_a_card_barcode_must_be_a_valid_card_of_the_shown_digits() -> None:
    assert demo_slip(card_barcode="0421234567891").card_barcode == "0421234567891"
    with pytest.raises(InvalidCardNumber, match="wrong check digit"):
        demo_slip(card_barcode="0421234567890", card_last4="7890")
    with pytest.raises(InvalidInput, match="last 4 digits are shown"):
        demo_slip(card_barcode="0420000000013")


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(InvalidInput, match="ru, en"):
        demo_slip(language="de")
    with pytest.raises(InvalidInput, match="ru or en"):
        labels_for("de")


def test_a_copy_is_the_same_slip_marked_as_a_copy() -> None:
    slip = demo_slip()
    copy = slip.as_copy()
    assert copy.is_copy and not slip.is_copy
    assert copy.total == slip.total


@pytest.mark.parametrize(
    ("points", "words"),
    [
        (1, "1 балл действует"),
        (2, "2 балла действуют"),
        (4, "4 балла действуют"),
        (5, "5 баллов действуют"),
        (11, "11 баллов действуют"),
        (12, "12 баллов действуют"),
        (21, "21 балл действует"),
        (22, "22 балла действуют"),
        (111, "111 баллов действуют"),
        (0, "0 баллов действуют"),
    ],
)
def test_russian_points_take_the_right_plural(points: int, words: str) -> None:
    line = expiring_text(points, date(2024, 12, 1), "ru")
    assert line == f"{words} до 01.12.2024 включительно"


def test_english_points_take_the_right_plural() -> None:
    assert expiring_text(1, date(2024, 12, 1), "en") == "1 point can be spent until 2024-12-01"
    assert expiring_text(2, date(2024, 12, 1), "en") == "2 points can be spent until 2024-12-01"


def test_the_labels_are_the_catalogues_russian() -> None:
    assert labels_for("ru").refund_footer == "Возврат оформлен. Сохраните этот слип."
    assert labels_for("en").refund_footer == "Your refund is done. Please keep this slip."


def test_dates_and_money_follow_the_slip_language() -> None:
    assert format_slip_date(date(2024, 12, 1), "ru") == "01.12.2024"
    assert format_slip_date(date(2024, 12, 1), "en") == "2024-12-01"
    assert format_slip_money(123_450, "₽", "ru") == "1 234,50 ₽"
    assert format_slip_money(123_450, "₽", "en") == "1,234.50 ₽"


def test_a_slip_needs_the_till_receipt_and_the_time() -> None:
    slip = demo_slip(receipt_number="A-77", issued_at=datetime(2025, 1, 2, 3, 4))
    assert slip.receipt_number == "A-77"
    assert slip.issued_at.year == 2025
