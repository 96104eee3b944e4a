"""The rule of what an online terminal may reserve, and how long a reservation holds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.domain.reservations import Grant, Hold, HoldState, decide, expiry

NOW = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


def test_a_reservation_gets_the_spendable_balance_less_what_others_hold() -> None:
    assert decide(1300, 1300, 0) == Grant(1300, 1300)
    assert decide(1300, 1300, 1300) == Grant(0, 0)
    assert decide(500, 1300, 1000) == Grant(300, 300)
    assert decide(100, 1300, 1000).granted == 100


def test_a_negative_balance_or_holds_never_make_points_appear() -> None:
    assert decide(100, -50, 0) == Grant(0, 0)
    assert decide(100, 80, -500) == Grant(80, 80)


@pytest.mark.parametrize("points", [0, -5, 420000000013])
def test_no_points_or_a_card_number_of_points_is_refused_with_what_to_do(points: int) -> None:
    with pytest.raises(InvalidInput) as refused:
        decide(points, 1000, 0)
    assert "reserve" in str(refused.value) or "card number" in str(refused.value)


def test_an_open_hold_lasts_until_it_expires_and_a_committed_one_until_its_entry_arrives() -> None:
    until = expiry(NOW, 120)
    assert until == NOW + timedelta(seconds=120)
    open_hold = Hold("r", "T-A", "m", 300, HoldState.OPEN, until)
    assert open_hold.holds(NOW + timedelta(seconds=119)) == 300
    assert open_hold.holds(until) == 0
    committed = Hold("r", "T-A", "m", 250, HoldState.COMMITTED, until, "sale")
    assert committed.holds(until + timedelta(days=1)) == 250
    assert committed.holds(NOW, entry_arrived=True) == 0
    for ended in (HoldState.CANCELLED, HoldState.EXPIRED, HoldState.CONSUMED):
        assert Hold("r", "T-A", "m", 300, ended, until).holds(NOW) == 0


def test_a_timeout_that_is_not_positive_is_refused() -> None:
    with pytest.raises(InvalidInput, match="positive number of seconds"):
        expiry(NOW, 0)
