"""Manual bonuses and corrections: reasons from a list, a second manager above the limit, audit."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pos_loyalty.domain.errors import InvalidInput, NotAllowed
from pos_loyalty.domain.ledger import EntryKind, replay
from pos_loyalty.domain.staff import Role, Staff
from pos_loyalty.services.bonuses import (
    APPROVAL_LIMIT_KEY,
    DEFAULT_APPROVAL_LIMIT,
    ManualPoints,
    ManualReason,
    PointsGiven,
    approval_limit,
    give_points,
    set_approval_limit,
)
from pos_loyalty.services.members import Registered
from pos_loyalty.services.posting import Actor
from tests.unit.conftest import Counter

ACTING = Staff("mgr-1", "Olga", Role.MANAGER, "hash")
SECOND = Staff("mgr-2", "Pavel", Role.MANAGER, "hash")
CASHIER = Staff("csh-1", "Irina", Role.CASHIER, "hash")


@pytest.fixture(autouse=True)
def staff(counter: Counter) -> None:
    for person in (ACTING, SECOND, CASHIER, replace(SECOND, id="mgr-3", name="Gone", active=False)):
        counter.uow.staff.add(person)
    counter.actor = Actor("T1", ACTING.id)


def _give(
    counter: Counter,
    member: Registered,
    points: int,
    reason: ManualReason = ManualReason.REVIEW,
    text: str = "",
    approved_by: str = "",
) -> PointsGiven:
    cmd = ManualPoints(member.member.id, points, reason, text, approved_by)
    return give_points(cmd, uow=counter.uow, clock=counter.clock, actor=counter.actor)


def test_a_review_bonus_is_a_bonus_entry_spendable_at_once_and_audited(
    counter: Counter, member: Registered
) -> None:
    done = _give(counter, member, 200, text="5 stars on the map")
    assert done.entry.kind == EntryKind.BONUS and done.entry.reason == "review: 5 stars on the map"
    assert done.wallet.spendable(counter.clock.today) == 300
    (record,) = counter.uow.state.audit
    assert (record.action, record.staff_id, record.approved_by) == ("bonus", ACTING.id, "")
    assert record.details == {
        "member_id": member.member.id,
        "points": 200,
        "reason": "review",
        "text": "5 stars on the map",
        "entry_id": done.entry.id,
    }
    assert replay(counter.entries(member.member.id)) == counter.wallet(member.member.id)


def test_a_correction_may_remove_points_but_not_more_than_the_balance(
    counter: Counter, member: Registered
) -> None:
    done = _give(counter, member, -40, ManualReason.CORRECTION)
    assert done.entry.kind == EntryKind.ADJUST and done.wallet.balance == 60
    snap = counter.snapshot()
    with pytest.raises(NotAllowed, match="at most 60 points can be removed"):
        _give(counter, member, -61, ManualReason.CORRECTION)
    snap.assert_unchanged()


def test_up_to_the_limit_needs_no_approval_and_above_it_is_refused_without_one(
    counter: Counter, member: Registered
) -> None:
    assert _give(counter, member, DEFAULT_APPROVAL_LIMIT).approver is None
    assert _give(counter, member, -DEFAULT_APPROVAL_LIMIT, ManualReason.CORRECTION).approver is None
    snap = counter.snapshot()
    for points in (DEFAULT_APPROVAL_LIMIT + 1, -(DEFAULT_APPROVAL_LIMIT + 1)):
        with pytest.raises(NotAllowed, match="above the approval limit of 500"):
            _give(counter, member, points, ManualReason.CORRECTION)
    snap.assert_unchanged()


def test_a_second_manager_approves_a_large_bonus_and_the_audit_names_them(
    counter: Counter, member: Registered
) -> None:
    done = _give(counter, member, 1000, ManualReason.COMPLAINT, "cold coffee", SECOND.id)
    assert done.approver == SECOND and done.wallet.balance == 1100
    assert counter.uow.state.audit[-1].approved_by == SECOND.id


@pytest.mark.parametrize(
    ("approver", "message"),
    [
        (ACTING.id, "cannot approve their own change"),
        (CASHIER.id, "from an active manager"),
        ("mgr-3", "from an active manager"),
        ("nobody", "from an active manager"),
    ],
)
def test_the_approver_must_be_another_active_manager(
    counter: Counter, member: Registered, approver: str, message: str
) -> None:
    snap = counter.snapshot()
    with pytest.raises(NotAllowed, match=message):
        _give(counter, member, 1000, approved_by=approver)
    snap.assert_unchanged()


@pytest.mark.parametrize("name", ["Pavel", "pavel", " Pavel ", "cli"])
def test_a_name_is_not_an_account_so_it_can_neither_act_nor_approve_itself(
    counter: Counter, member: Registered, name: str
) -> None:
    counter.actor = Actor("T1", name)  # a name typed instead of a proven account
    snap = counter.snapshot()
    with pytest.raises(NotAllowed, match="signed-in, active staff member") as caught:
        _give(counter, member, 1000, approved_by=SECOND.id)
    assert caught.value.code == "actor_not_staff"
    snap.assert_unchanged()


def test_a_cashier_cannot_give_points_even_below_the_limit(
    counter: Counter, member: Registered
) -> None:
    counter.actor = Actor("T1", CASHIER.id)
    with pytest.raises(NotAllowed) as caught:
        _give(counter, member, 10)
    assert caught.value.code == "needs_manager"
    assert _give(counter, member, 10, approved_by=SECOND.id).approver == SECOND
    with pytest.raises(NotAllowed) as caught:
        _give(counter, member, 1000, approved_by=SECOND.id)
    assert caught.value.code == "needs_two_managers"


def test_raising_the_limit_needs_a_second_manager_and_lowering_it_does_not(
    counter: Counter,
) -> None:
    with pytest.raises(NotAllowed) as caught:
        set_approval_limit(100_000_000, uow=counter.uow, clock=counter.clock, actor=counter.actor)
    assert caught.value.code == "needs_second_manager"
    with pytest.raises(NotAllowed, match="own change"):
        set_approval_limit(
            1000, uow=counter.uow, clock=counter.clock, actor=counter.actor, approved_by=ACTING.id
        )
    set_approval_limit(
        1000, uow=counter.uow, clock=counter.clock, actor=counter.actor, approved_by=SECOND.id
    )
    assert counter.uow.state.audit[-1].approved_by == SECOND.id
    counter.actor = Actor("T1", CASHIER.id)
    with pytest.raises(NotAllowed) as caught:
        set_approval_limit(10, uow=counter.uow, clock=counter.clock, actor=counter.actor)
    assert caught.value.code == "needs_manager"


def test_the_limit_is_a_setting_and_changing_it_is_logged(
    counter: Counter, member: Registered
) -> None:
    set_approval_limit(100, uow=counter.uow, clock=counter.clock, actor=counter.actor)
    assert counter.uow.state.settings[APPROVAL_LIMIT_KEY] == 100
    assert counter.uow.state.audit[-1].details == {
        "key": APPROVAL_LIMIT_KEY,
        "before": 500,
        "after": 100,
    }
    assert _give(counter, member, 100).approver is None
    with pytest.raises(NotAllowed, match="approval limit of 100"):
        _give(counter, member, 101)


def test_a_broken_limit_setting_is_reported(counter: Counter) -> None:
    counter.uow.settings.put(APPROVAL_LIMIT_KEY, "lots")
    with pytest.raises(InvalidInput, match="must be 0 or more"), counter.uow:
        approval_limit(counter.uow)


@pytest.mark.parametrize(
    ("points", "reason", "text", "message"),
    [
        (0, ManualReason.CORRECTION, "", "0 points changes nothing"),
        (50, ManualReason.OTHER, "  ", "'other' needs a text"),
        (-50, ManualReason.REVIEW, "", "to remove points use 'correction'"),
        (-50, ManualReason.COMPLAINT, "", "to remove points use 'correction'"),
    ],
)
def test_malformed_changes_are_refused(
    counter: Counter,
    member: Registered,
    points: int,
    reason: ManualReason,
    text: str,
    message: str,
) -> None:
    snap = counter.snapshot()
    with pytest.raises(InvalidInput, match=message):
        _give(counter, member, points, reason, text)
    snap.assert_unchanged()


def test_other_with_a_text_is_an_adjustment(counter: Counter, member: Registered) -> None:
    done = _give(counter, member, 30, ManualReason.OTHER, "  staff   party ")
    assert (done.entry.kind, done.entry.reason) == (EntryKind.ADJUST, "other: staff party")
