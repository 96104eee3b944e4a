"""Expiry on the boundary day, the expire job, first-to-expire spending, the activation delay."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from pos_loyalty.domain.checkout import MAX
from pos_loyalty.domain.ledger import EntryKind, replay
from pos_loyalty.services.members import Registered
from pos_loyalty.services.points import expire_points
from tests.unit.conftest import Counter


@pytest.fixture
def programme_data(programme_data: dict[str, Any]) -> dict[str, Any]:
    # points last 10 days; no welcome bonus so only the points under test are in the wallet
    return {**programme_data, "expire_after_days": 10, "bonuses": {"welcome": 0}}


def test_points_earned_on_d_are_spendable_on_d_plus_n_minus_1(
    counter: Counter, member: Registered
) -> None:
    card = member.card.number
    counter.buy(card, 100000)  # day d: 50 points, expire after 10 days
    counter.clock.advance(days=9)
    standing = counter.look(card).standing
    assert standing is not None and (standing.balance, standing.spendable) == (50, 50)
    assert counter.quote(card, 100000, redeem=MAX).redeemed_points == 50


def test_points_earned_on_d_are_gone_on_d_plus_n(counter: Counter, member: Registered) -> None:
    card = member.card.number
    counter.buy(card, 100000)
    counter.clock.advance(days=10)
    standing = counter.look(card).standing
    assert standing is not None and (standing.balance, standing.spendable) == (0, 0)
    assert counter.quote(card, 100000, redeem=MAX).redeemed_points == 0


def test_the_expire_job_writes_an_expire_entry_on_the_day_points_are_gone(
    counter: Counter, member: Registered
) -> None:
    mid = member.member.id
    sale = counter.buy(member.card.number, 100000).sale
    (earned,) = [e for e in counter.entries(mid) if e.kind == EntryKind.EARN]
    assert earned.expires_on == counter.clock.today + timedelta(days=10)
    counter.clock.advance(days=9)
    assert counter.expire() == 0
    assert [e.kind for e in counter.entries(mid)] == [EntryKind.EARN]
    counter.clock.advance(days=1)
    assert counter.expire() == 50
    expired = counter.entries(mid)[-1]
    assert (expired.kind, expired.points, expired.refers_to) == (EntryKind.EXPIRE, -50, earned.id)
    assert expired.sale_id is None and sale.id == earned.sale_id
    assert counter.wallet(mid).balance == counter.ledger_sum(mid) == 0
    assert counter.expire() == 0  # a second run finds nothing


def test_a_checkout_on_the_expiry_day_writes_off_the_expired_points_first(
    counter: Counter, member: Registered
) -> None:
    mid = member.member.id
    counter.buy(member.card.number, 100000)
    counter.clock.advance(days=10)
    c = counter.buy(member.card.number, 100000)
    assert c.balance_before == 0 and c.balance_after == 50
    assert [(e.kind, e.points) for e in counter.entries(mid)] == [
        (EntryKind.EARN, 50),
        (EntryKind.EXPIRE, -50),
        (EntryKind.EARN, 50),
    ]


def test_the_expiring_list_shows_the_last_spendable_day(
    counter: Counter, member: Registered
) -> None:
    counter.buy(member.card.number, 100000)
    standing = counter.look(member.card.number).standing
    assert standing is not None
    assert standing.expiring == ((counter.clock.today + timedelta(days=9), 50),)


def test_the_expiring_list_covers_only_the_next_30_days(
    counter: Counter, member: Registered
) -> None:
    counter.programme(expire_after_days=365, bonuses={"welcome": 0})
    d = counter.clock.today
    counter.buy(member.card.number, 100000)  # 50 points, last spendable day d + 364
    counter.clock.advance(days=334)
    standing = counter.look(member.card.number).standing
    assert standing is not None and standing.expiring == ()
    counter.clock.advance(days=1)  # d + 335: the last spendable day is 29 days ahead
    standing = counter.look(member.card.number).standing
    assert standing is not None and standing.expiring == ((d + timedelta(days=364), 50),)


def test_redemption_spends_the_points_that_expire_first_even_when_newer(
    counter: Counter, member: Registered
) -> None:
    mid, card = member.member.id, member.card.number
    counter.programme(expire_after_days=365, bonuses={"welcome": 0})
    counter.adjust(mid, 500, "opening balance")  # older lot, expires d + 365
    counter.programme(expire_after_days=10, bonuses={"welcome": 0})
    counter.buy(card, 100000)  # newer lot of 50, expires d + 10
    counter.clock.advance(days=2)
    c = counter.buy(card, 100000, redeem=30)
    # the 30 points come from the lot expiring d + 10; earn 5 % of 970.00 = 48.5 -> 48
    assert c.sale.earned_points == 48
    counter.clock.advance(days=8)  # d + 10
    assert counter.expire() == 20  # 50 - 30 left in the lot that expires first
    # 500 + 50 - 30 + 48 - 20 = 548
    assert counter.wallet(mid).balance == counter.ledger_sum(mid) == 548


def test_the_expire_job_works_through_every_member_in_batches(counter: Counter) -> None:
    members = [counter.register(f"Member {i}", f"+7 912 000 00 0{i}") for i in range(5)]
    for m in members:
        counter.buy(m.card.number, 100000)
    counter.clock.advance(days=10)
    seen: list[tuple[int, int]] = []
    total = expire_points(
        uow=counter.uow,
        clock=counter.clock,
        actor=counter.actor,
        batch=2,
        progress=lambda done, points: seen.append((done, points)),
    )
    assert total == 5 * 50
    assert seen[-1] == (5, 250)
    for m in members:
        assert counter.wallet(m.member.id).balance == 0
        assert counter.entries(m.member.id)[-1].kind == EntryKind.EXPIRE


def test_earned_points_are_pending_until_the_activation_day(
    counter: Counter, member: Registered
) -> None:
    counter.programme(activation_days=14, expire_after_days=365, bonuses={"welcome": 0})
    card = member.card.number
    d = counter.clock.today
    c = counter.buy(card, 100000)
    assert (c.balance_after, c.pending_after) == (50, 50)
    (earned,) = [e for e in counter.entries(member.member.id) if e.kind == EntryKind.EARN]
    assert earned.active_from == d + timedelta(days=14)

    counter.clock.advance(days=13)  # d + 13: still pending
    standing = counter.look(card).standing
    assert standing is not None and (standing.spendable, standing.pending) == (0, 50)
    q = counter.quote(card, 100000, redeem=MAX)
    assert q.redeemed_points == 0
    assert "no redemption: no spendable points" in q.reason_lines()

    counter.clock.advance(days=1)  # d + 14: spendable
    standing = counter.look(card).standing
    assert standing is not None and (standing.spendable, standing.pending) == (50, 0)
    assert counter.quote(card, 100000, redeem=MAX).redeemed_points == 50


def test_pending_points_are_not_spent_but_active_ones_are(
    counter: Counter, member: Registered
) -> None:
    counter.programme(activation_days=14, expire_after_days=365, bonuses={"welcome": 0})
    mid, card = member.member.id, member.card.number
    counter.adjust(mid, 40)  # an adjustment is spendable at once
    c = counter.buy(card, 100000, redeem=MAX)
    # only the 40 adjusted points may be spent; 5 % of 960.00 = 48 pending
    assert (c.sale.redeemed_points, c.sale.earned_points, c.pending_after) == (40, 48, 48)
    assert replay(counter.entries(mid)) == counter.wallet(mid)
