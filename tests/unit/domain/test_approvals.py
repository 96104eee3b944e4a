"""The approval policy, rule by rule: who may act, when a second manager must approve, and
that people are compared by account, never by the name typed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pos_loyalty.domain.approvals import RULES, Action, Limits, authorise
from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.domain.staff import Role, Staff

OLGA = Staff("m-1", "Olga", Role.MANAGER, "h")
PAVEL = Staff("m-2", "Pavel", Role.MANAGER, "h")
IRINA = Staff("c-1", "Irina", Role.CASHIER, "h")
LIMITS = Limits(refund=150_000, points=500)


def refused(action: Action, actor: Staff | None, approver: Staff | None, amount: int = 0) -> str:
    with pytest.raises(NotAllowed) as caught:
        authorise(action, actor, approver, amount=amount, limits=LIMITS)
    return caught.value.code


def test_every_guarded_action_has_a_rule() -> None:
    assert set(RULES) == set(Action)


@pytest.mark.parametrize("action", list(Action))
def test_nobody_signed_in_or_a_deactivated_account_can_do_nothing(action: Action) -> None:
    assert refused(action, None, PAVEL) == "actor_not_staff"
    assert refused(action, replace(OLGA, active=False), PAVEL) == "actor_not_staff"


@pytest.mark.parametrize(
    "action", [Action.PROGRAMME, Action.STAFF, Action.ERASE, Action.SETTINGS, Action.ADJUST]
)
def test_a_cashier_needs_a_manager_for_a_managers_action(action: Action) -> None:
    assert refused(action, IRINA, None, amount=1) == "needs_manager"
    assert authorise(action, IRINA, OLGA, amount=1, limits=LIMITS) == OLGA
    assert authorise(action, OLGA, None, amount=1, limits=LIMITS) is None


def test_a_refund_up_to_the_limit_needs_nobody_and_above_it_a_manager() -> None:
    assert authorise(Action.REFUND, IRINA, None, amount=150_000, limits=LIMITS) is None
    assert refused(Action.REFUND, IRINA, None, amount=150_001) == "refund_over_limit"
    assert authorise(Action.REFUND, IRINA, OLGA, amount=150_001, limits=LIMITS) == OLGA
    # a manager refunding above the limit needs another manager, not themselves
    assert refused(Action.REFUND, OLGA, None, amount=150_001) == "refund_over_limit"
    assert refused(Action.REFUND, OLGA, OLGA, amount=150_001) == "self_approval"
    assert authorise(Action.REFUND, OLGA, PAVEL, amount=150_001, limits=LIMITS) == PAVEL


def test_points_above_the_limit_need_two_managers() -> None:
    assert authorise(Action.BONUS, OLGA, None, amount=500, limits=LIMITS) is None
    assert refused(Action.BONUS, OLGA, None, amount=501) == "adjust_over_limit"
    assert refused(Action.ADJUST, OLGA, None, amount=-501) == "adjust_over_limit"
    assert authorise(Action.ADJUST, OLGA, PAVEL, amount=-501, limits=LIMITS) == PAVEL
    assert refused(Action.ADJUST, IRINA, OLGA, amount=501) == "needs_two_managers"


@pytest.mark.parametrize("action", [Action.REDEEM_OVER_CAP, Action.RAISE_LIMIT])
def test_some_actions_always_need_a_second_person(action: Action) -> None:
    assert refused(action, OLGA, None) == "needs_second_manager"
    assert authorise(action, OLGA, PAVEL, limits=LIMITS) == PAVEL


def test_redeeming_over_the_cap_a_cashier_asks_a_manager() -> None:
    assert refused(Action.REDEEM_OVER_CAP, IRINA, None) == "needs_second_manager"
    assert authorise(Action.REDEEM_OVER_CAP, IRINA, OLGA, limits=LIMITS) == OLGA


@pytest.mark.parametrize(
    "same_person",
    [OLGA, replace(OLGA, name="olga"), replace(OLGA, name=" Olga "), replace(OLGA, name="cli")],
)
def test_the_same_account_never_approves_itself_whatever_its_name_looks_like(
    same_person: Staff,
) -> None:
    assert refused(Action.ADJUST, OLGA, same_person, amount=1000) == "self_approval"


def test_two_accounts_with_look_alike_names_are_two_people() -> None:
    twin = Staff("m-9", "Olga", Role.MANAGER, "h")
    assert authorise(Action.ADJUST, OLGA, twin, amount=1000, limits=LIMITS) == twin


@pytest.mark.parametrize(
    "approver",
    [IRINA, replace(PAVEL, active=False)],
)
def test_the_approver_must_be_an_active_manager(approver: Staff) -> None:
    assert refused(Action.ADJUST, OLGA, approver, amount=1000) == "approver_not_manager"
    # even where no approval was needed, a wrong approver is refused, not ignored
    assert refused(Action.ADJUST, OLGA, approver, amount=1) == "approver_not_manager"
