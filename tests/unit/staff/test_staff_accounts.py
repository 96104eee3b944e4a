"""A manager's changes to staff accounts: each one logged, and the store never without a manager."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pos_loyalty.domain.errors import Conflict, InvalidInput, NotAllowed, NotFound
from pos_loyalty.domain.staff import Role
from pos_loyalty.services.audit import verify_audit_log
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.staff import add_staff, approve_as_manager, sign_in
from pos_loyalty.services.staff_accounts import (
    change_role,
    list_staff,
    release_lockout,
    reset_pin,
    set_active,
)

from .conftest import Team


def _sign_in(team: Team, name: str, pin: str) -> str:
    return sign_in(name, pin, uow=team.uow, hasher=team.hasher, clock=team.clock).id


def _log(team: Team) -> list[tuple[str, str, str]]:
    return [(r.action, r.staff_id, r.details["name"]) for r in team.uow.state.audit]


def test_setting_up_a_store_adds_accounts_without_logging_them(team: Team) -> None:
    assert [p.name for p in list_staff(uow=team.uow)] == ["Ольга", "Пётр"]
    assert team.uow.state.audit == []


def test_an_account_a_manager_adds_is_logged_with_who_added_it(team: Team) -> None:
    anna = add_staff(
        " Анна  Ли ",
        Role.CASHIER,
        "2468",
        uow=team.uow,
        hasher=team.hasher,
        clock=team.clock,
        actor=team.actor,
    )
    assert anna.name == "Анна Ли"
    assert _sign_in(team, "Анна Ли", "2468") == anna.id
    assert _log(team) == [("staff_add", team.manager.id, "Анна Ли")]
    assert team.uow.state.audit[0].details == {
        "staff_id": anna.id,
        "name": "Анна Ли",
        "role": "cashier",
    }


@pytest.mark.parametrize(
    ("name", "pin", "error", "message"),
    [
        ("Ольга", "2468", Conflict, "already a staff member called Ольга"),
        ("  ", "2468", InvalidInput, "needs a name"),
        ("Анна", "12", InvalidInput, "4 to 8 digits"),
        ("Анна", "12ab", InvalidInput, "4 to 8 digits"),
    ],
)
def test_a_bad_new_account_is_refused_and_nothing_is_written(
    team: Team, name: str, pin: str, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        add_staff(
            name,
            Role.CASHIER,
            pin,
            uow=team.uow,
            hasher=team.hasher,
            clock=team.clock,
            actor=team.actor,
        )
    assert len(team.uow.state.staff) == 2 and team.uow.state.audit == []


def test_a_new_pin_replaces_the_old_one_and_releases_the_lock(team: Team) -> None:
    for _ in range(3):
        with pytest.raises(NotAllowed):
            _sign_in(team, "Ольга", "0000")
    reset_pin(
        team.cashier.id,
        "5555",
        uow=team.uow,
        hasher=team.hasher,
        clock=team.clock,
        actor=team.actor,
    )
    with pytest.raises(NotAllowed, match="wrong PIN"):
        _sign_in(team, "Ольга", "1111")
    assert _sign_in(team, "Ольга", "5555") == team.cashier.id
    assert _log(team) == [
        ("staff_locked", team.cashier.id, "Ольга"),  # the third wrong PIN locked the account
        ("staff_pin_reset", team.manager.id, "Ольга"),
    ]
    assert "5555" not in repr(team.uow.state.audit)


def test_a_bad_new_pin_is_refused(team: Team) -> None:
    with pytest.raises(InvalidInput, match="4 to 8 digits"):
        reset_pin(
            team.cashier.id,
            "55",
            uow=team.uow,
            hasher=team.hasher,
            clock=team.clock,
            actor=team.actor,
        )
    assert _sign_in(team, "Ольга", "1111") == team.cashier.id
    assert team.uow.state.audit == []


def test_releasing_a_lockout_lets_the_right_pin_in_at_once(team: Team) -> None:
    for _ in range(3):
        with pytest.raises(NotAllowed):
            _sign_in(team, "Ольга", "0000")
    with pytest.raises(NotAllowed, match="locked"):
        _sign_in(team, "Ольга", "1111")
    done = release_lockout(team.cashier.id, uow=team.uow, clock=team.clock, actor=team.actor)
    assert done.locked_until is None and done.failed_attempts == 0
    assert _sign_in(team, "Ольга", "1111") == team.cashier.id
    assert team.uow.state.audit[0].details["failed_attempts"] == 3


def test_a_cashier_made_a_manager_can_approve(team: Team) -> None:
    done = change_role(
        team.cashier.id, Role.MANAGER, uow=team.uow, clock=team.clock, actor=team.actor
    )
    assert done.role == Role.MANAGER
    approver = approve_as_manager(
        "Ольга", "1111", uow=team.uow, hasher=team.hasher, clock=team.clock
    )
    assert approver.id == team.cashier.id
    record = team.uow.state.audit[-1]
    assert (record.action, record.details["role"], record.details["before"]) == (
        "staff_role",
        "manager",
        "cashier",
    )


def test_the_last_active_manager_cannot_be_made_a_cashier(team: Team) -> None:
    with pytest.raises(NotAllowed, match="Пётр is the last active manager"):
        change_role(team.manager.id, Role.CASHIER, uow=team.uow, clock=team.clock, actor=team.actor)
    assert team.uow.state.staff[team.manager.id].role == Role.MANAGER
    assert team.uow.state.audit == []


def test_a_manager_can_step_down_once_another_manager_is_there(team: Team) -> None:
    change_role(team.cashier.id, Role.MANAGER, uow=team.uow, clock=team.clock, actor=team.actor)
    change_role(team.manager.id, Role.CASHIER, uow=team.uow, clock=team.clock, actor=team.actor)
    olga = Actor("T-1", team.cashier.id)  # Пётр is a cashier now: Ольга manages the staff
    with pytest.raises(NotAllowed, match="Ольга is the last active manager"):
        change_role(team.cashier.id, Role.CASHIER, uow=team.uow, clock=team.clock, actor=olga)
    with pytest.raises(NotAllowed) as refused:
        change_role(team.cashier.id, Role.CASHIER, uow=team.uow, clock=team.clock, actor=team.actor)
    assert refused.value.code == "needs_manager"


def test_a_deactivated_account_cannot_sign_in_until_reactivated(team: Team) -> None:
    set_active(team.cashier.id, False, uow=team.uow, clock=team.clock, actor=team.actor)
    with pytest.raises(NotFound, match="no active staff member called Ольга"):
        _sign_in(team, "Ольга", "1111")
    set_active(team.cashier.id, True, uow=team.uow, clock=team.clock, actor=team.actor)
    assert _sign_in(team, "Ольга", "1111") == team.cashier.id
    assert [a for a, _, _ in _log(team)] == ["staff_deactivate", "staff_reactivate"]


def test_the_last_active_manager_cannot_be_deactivated(team: Team) -> None:
    with pytest.raises(NotAllowed, match="cannot be deactivated"):
        set_active(team.manager.id, False, uow=team.uow, clock=team.clock, actor=team.actor)
    assert team.uow.state.staff[team.manager.id].active


def test_a_deactivated_manager_does_not_count_as_the_other_manager(team: Team) -> None:
    change_role(team.cashier.id, Role.MANAGER, uow=team.uow, clock=team.clock, actor=team.actor)
    set_active(team.cashier.id, False, uow=team.uow, clock=team.clock, actor=team.actor)
    with pytest.raises(NotAllowed, match="last active manager"):
        change_role(team.manager.id, Role.CASHIER, uow=team.uow, clock=team.clock, actor=team.actor)
    with pytest.raises(NotFound, match="no active staff member called Ольга"):
        approve_as_manager("Ольга", "1111", uow=team.uow, hasher=team.hasher, clock=team.clock)


def test_changing_nothing_writes_nothing(team: Team) -> None:
    change_role(team.cashier.id, Role.CASHIER, uow=team.uow, clock=team.clock, actor=team.actor)
    set_active(team.cashier.id, True, uow=team.uow, clock=team.clock, actor=team.actor)
    assert team.uow.state.audit == []


def test_an_unknown_account_is_not_found(team: Team) -> None:
    with pytest.raises(NotFound, match="refresh the list"):
        release_lockout("nobody", uow=team.uow, clock=team.clock, actor=team.actor)


def test_every_change_chains_into_an_intact_log(team: Team) -> None:
    change_role(team.cashier.id, Role.MANAGER, uow=team.uow, clock=team.clock, actor=team.actor)
    team.clock.advance(minutes=5)
    set_active(team.cashier.id, False, uow=team.uow, clock=team.clock, actor=team.actor)
    records = team.uow.state.audit
    assert [r.seq for r in records] == [1, 2]
    assert records[1].at - records[0].at == timedelta(minutes=5)
    assert verify_audit_log(uow=team.uow) == []
