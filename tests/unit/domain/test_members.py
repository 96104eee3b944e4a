"""Members: phone normalisation, the birthday window, erasing personal data."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.members import (
    Member,
    birthday_in_window,
    birthday_year,
    normalize_name,
    normalize_phone,
    phone_search_prefix,
    validate_phone,
)


@pytest.mark.parametrize(
    "typed",
    ["+7 912 345 67 89", "8 (912) 345-67-89", "89123456789", "9123456789", "7-912-345-6789"],
)
def test_every_usual_way_of_writing_a_russian_mobile_gives_the_same_phone(typed: str) -> None:
    assert validate_phone(typed) == "79123456789"


@pytest.mark.parametrize("typed", ["", "12", "call me", "1234567890123456"])
def test_something_that_cannot_be_a_phone_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput, match="not a phone number"):
        validate_phone(typed)


def test_a_foreign_number_keeps_its_digits() -> None:
    assert normalize_phone("+49 30 1234567") == "49301234567"


@pytest.mark.parametrize(
    ("typed", "prefix"), [("8912", "7912"), ("+7 912", "7912"), ("912", "7912")]
)
def test_a_typed_phone_prefix_searches_the_stored_form(typed: str, prefix: str) -> None:
    assert phone_search_prefix(typed) == prefix


def test_names_have_their_white_space_collapsed() -> None:
    assert normalize_name("  Ivan \t  Petrov ") == "Ivan Petrov"


BIRTHDAY = date(1990, 3, 10)


@pytest.mark.parametrize(
    ("today", "inside"),
    [
        (date(2026, 3, 3), True),  # 7 days before: the window's first day
        (date(2026, 3, 2), False),  # 8 days before
        (date(2026, 3, 10), True),
        (date(2026, 3, 17), True),  # 7 days after: the window's last day
        (date(2026, 3, 18), False),  # 8 days after
    ],
)
def test_the_birthday_window_runs_from_w_days_before_to_w_days_after(
    today: date, inside: bool
) -> None:
    assert birthday_in_window(BIRTHDAY, today, 7) is inside


def test_no_birthday_means_never_in_the_window() -> None:
    assert not birthday_in_window(None, date(2026, 3, 10), 7)


def test_a_window_across_new_year_belongs_to_the_birthday_it_surrounds() -> None:
    # born 2 January: on 28 December 2026 the window is that of 2 January 2027 (5 days ahead)
    assert birthday_year(date(1985, 1, 2), date(2026, 12, 28), 7) == 2027
    # born 30 December: on 3 January 2027 the window is that of 30 December 2026 (4 days back)
    assert birthday_year(date(1985, 12, 30), date(2027, 1, 3), 7) == 2026
    assert birthday_year(date(1985, 1, 2), date(2026, 6, 1), 7) is None


def test_a_29_february_birthday_is_celebrated_on_28_february_in_a_common_year() -> None:
    assert birthday_in_window(date(2000, 2, 29), date(2026, 2, 28), 0)
    assert not birthday_in_window(date(2000, 2, 29), date(2026, 3, 1), 0)
    assert birthday_in_window(date(2000, 2, 29), date(2028, 2, 29), 0)


def test_erasing_a_member_wipes_every_personal_field_and_keeps_the_id() -> None:
    at = datetime(2026, 3, 2, 12, tzinfo=timezone(timedelta(hours=3)))
    member = Member(
        id="m-1",
        name="Ivan Petrov",
        phone="79123456789",
        email="ivan@example.ru",
        birthday=date(1990, 3, 10),
        consent_at=at,
        registered_on=date(2025, 1, 1),
    )
    erased = member.erased(at)
    assert erased.id == "m-1"
    assert (erased.name, erased.phone, erased.email, erased.birthday, erased.consent_at) == (
        "",
        "",
        "",
        None,
        None,
    )
    assert erased.is_erased and not member.is_erased
    assert erased.registered_on == date(2025, 1, 1)


def test_the_first_name_is_the_first_word() -> None:
    assert Member(id="x", name="Ivan Petrov", phone="7").first_name == "Ivan"
    assert Member(id="x", name="", phone="7").first_name == ""
