"""Guessing PINs is bounded: wrong PINs are counted per account wherever they are typed
(sign-in or a manager's approval), lock the account, and the lock is in the audit log."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pos_loyalty.domain.errors import InvalidInput, NotAllowed
from pos_loyalty.domain.staff import Role
from pos_loyalty.services.staff import add_staff, approve_as_manager, sign_in

from .conftest import Team


def test_wrong_pins_at_the_approval_prompt_lock_the_manager_and_are_audited(team: Team) -> None:
    codes = []
    for guess in ("000000", "111111", "222222"):
        with pytest.raises(NotAllowed) as caught:
            approve_as_manager(
                "Пётр", guess, uow=team.uow, hasher=team.hasher, clock=team.clock, terminal_id="T9"
            )
        codes.append(caught.value.code)
    assert codes == ["pin_wrong", "pin_wrong", "pin_wrong_locked"]
    # locked: even the right PIN is refused until the lock ends
    with pytest.raises(NotAllowed) as caught:
        approve_as_manager("Пётр", "999999", uow=team.uow, hasher=team.hasher, clock=team.clock)
    assert caught.value.code == "staff_locked"
    (record,) = team.uow.state.audit
    assert (record.action, record.staff_id, record.terminal_id) == (
        "staff_locked",
        team.manager.id,
        "T9",
    )
    assert record.details["failed_attempts"] == 3
    team.clock.advance(minutes=1)
    approver = approve_as_manager(
        "Пётр", "999999", uow=team.uow, hasher=team.hasher, clock=team.clock
    )
    assert approver.id == team.manager.id
    assert team.uow.state.staff[team.manager.id].failed_attempts == 0


def test_the_lock_grows_and_sign_in_and_approval_count_together(team: Team) -> None:
    for guess in ("000000", "111111"):
        with pytest.raises(NotAllowed):
            sign_in("Пётр", guess, uow=team.uow, hasher=team.hasher, clock=team.clock)
    with pytest.raises(NotAllowed, match="locked for 30 s"):
        approve_as_manager("пётр", "222222", uow=team.uow, hasher=team.hasher, clock=team.clock)
    team.clock.advance(minutes=1)
    with pytest.raises(NotAllowed, match="locked for 60 s"):
        sign_in(" Пётр ", "333333", uow=team.uow, hasher=team.hasher, clock=team.clock)
    assert [r.action for r in team.uow.state.audit] == ["staff_locked", "staff_locked"]


def test_a_cashier_cannot_approve_even_with_the_right_pin(team: Team) -> None:
    with pytest.raises(NotAllowed) as caught:
        approve_as_manager("Ольга", "1111", uow=team.uow, hasher=team.hasher, clock=team.clock)
    assert caught.value.code == "approver_not_manager"


def test_a_managers_pin_has_at_least_six_digits(team: Team) -> None:
    with pytest.raises(InvalidInput, match="6 to 8 digits"):
        add_staff("Анна", Role.MANAGER, "1234", uow=team.uow, hasher=team.hasher)
    assert add_staff("Анна", Role.MANAGER, "123456", uow=team.uow, hasher=team.hasher).is_manager


def test_a_lock_is_timed_by_the_clock_given_not_by_the_guesser(team: Team) -> None:
    for guess in ("000000", "111111", "222222"):
        with pytest.raises(NotAllowed):
            sign_in("Пётр", guess, uow=team.uow, hasher=team.hasher, clock=team.clock)
    locked_until = team.uow.state.staff[team.manager.id].locked_until
    assert locked_until == team.clock() + timedelta(seconds=30)
