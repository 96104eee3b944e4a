"""When credited points may be spent and when they are gone: DOMAIN.md's `d + a` and `d + n`."""

from __future__ import annotations

from datetime import date

from pos_loyalty.domain.ledger import Lot, activation_date, expiry_date


def test_points_earned_on_2_march_with_365_days_are_gone_on_2_march_next_year() -> None:
    gone = expiry_date(date(2026, 3, 2), 365)
    assert gone == date(2027, 3, 2)
    lot = Lot("l", 10, date(2026, 3, 2), gone)
    assert lot.spendable_on(date(2027, 3, 1)) and not lot.spendable_on(date(2027, 3, 2))


def test_an_expiry_crossing_29_february_counts_the_leap_day() -> None:
    assert expiry_date(date(2028, 2, 1), 30) == date(2028, 3, 2)
    assert expiry_date(date(2027, 2, 1), 30) == date(2027, 3, 3)


def test_zero_expire_after_days_means_points_never_expire() -> None:
    assert expiry_date(date(2026, 3, 2), 0) is None


def test_activation_after_14_days_starts_on_day_d_plus_14() -> None:
    assert activation_date(date(2026, 12, 25), 14) == date(2027, 1, 8)


def test_no_activation_delay_makes_points_spendable_the_same_day() -> None:
    assert activation_date(date(2026, 3, 2), 0) == date(2026, 3, 2)
