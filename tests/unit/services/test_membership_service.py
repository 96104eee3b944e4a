"""Selling, renewing and refunding a paid club membership through the use cases (fakes)."""

from __future__ import annotations

from datetime import date

import pytest

from pos_loyalty.domain.errors import NotAllowed
from pos_loyalty.domain.sales import SaleKind
from pos_loyalty.services.members import Registered
from pos_loyalty.services.membership import (
    Step,
    membership_offer,
    sell_membership,
)
from tests.unit.conftest import Counter

PLAN = {"fee": "999.00", "period_days": 30, "extra_discount_percent": "5", "refund_days": 1}


@pytest.fixture
def club(counter: Counter) -> Counter:
    counter.programme(membership=PLAN)
    return counter


def _sell(counter: Counter, card: str) -> object:
    return sell_membership(card, uow=counter.uow, clock=counter.clock, actor=counter.actor)


def test_selling_records_the_fee_as_a_membership_sale_in_one_transaction(
    club: Counter, member: Registered
) -> None:
    card, commits = member.card.number, club.uow.commits
    outbox_before = len(club.uow.state.outbox)
    done = sell_membership(card, uow=club.uow, clock=club.clock, actor=club.actor, receipt_no="7")
    assert club.uow.commits == commits + 1
    sale = club.uow.sales.get(done.sale.id)
    assert sale is not None and sale.kind is SaleKind.MEMBERSHIP
    # the fee 999.00, paid in money, no points: opening day 02.03 + 30 days - 1 = 31.03
    assert (sale.total, sale.paid, sale.earned_points, sale.discount) == (99900, 99900, 0, 0)
    assert (sale.membership_before, sale.membership_until) == (None, date(2026, 3, 31))
    assert club.uow.members.get(member.member.id).membership_until == date(2026, 3, 31)
    kinds = [kind for kind, _ in club.uow.state.outbox[outbox_before:]]
    assert kinds == ["sale", "member_updated"]
    assert club.uow.state.outbox[outbox_before][1]["kind"] == "membership"
    assert club.ledger_sum(member.member.id) == 100  # the welcome bonus only: the fee earns none
    assert done.slip is not None and done.slip.membership_until == date(2026, 3, 31)


def test_the_fee_is_not_qualifying_spend(club: Counter, member: Registered) -> None:
    _sell(club, member.card.number)
    assert club.uow.spend.since(member.member.id, date(2026, 1, 1)) == 0


def test_the_offer_shows_the_fee_period_and_new_end(club: Counter, member: Registered) -> None:
    offer = membership_offer(member.card.number, uow=club.uow, clock=club.clock)
    assert (offer.step, offer.fee, offer.period_days) == (Step.SELL, 99900, 30)
    assert offer.new_until == date(2026, 3, 31) and not offer.active
    _sell(club, member.card.number)
    offer = membership_offer(member.card.number, uow=club.uow, clock=club.clock)
    assert (offer.step, offer.new_until, offer.active) == (Step.RENEW, date(2026, 4, 30), True)


def test_renewing_early_extends_and_selling_again_is_refused(
    club: Counter, member: Registered
) -> None:
    card = member.card.number
    _sell(club, card)
    with pytest.raises(NotAllowed, match="renew"):
        _sell(club, card)
    club.clock.advance(days=10)  # 12.03: renewing runs on from 31.03 to 30.04
    done = sell_membership(card, step=Step.RENEW, uow=club.uow, clock=club.clock, actor=club.actor)
    assert (done.sale.membership_before, done.member.membership_until) == (
        date(2026, 3, 31),
        date(2026, 4, 30),
    )


def test_a_refund_in_the_window_cuts_the_end_back_and_returns_the_fee(
    club: Counter, member: Registered
) -> None:
    card = member.card.number
    _sell(club, card)
    club.clock.advance(days=5)
    renewal = sell_membership(
        card, step=Step.RENEW, uow=club.uow, clock=club.clock, actor=club.actor
    ).sale
    club.clock.advance(days=1)  # the day after: still in the 1-day window
    refunded = club.refund(renewal.id, 99900, "changed their mind")
    assert refunded.refund.money_returned == 99900
    assert club.uow.members.get(member.member.id).membership_until == date(2026, 3, 31)


def test_a_refund_after_the_window_is_refused_and_changes_nothing(
    club: Counter, member: Registered
) -> None:
    sale = _sell(club, member.card.number).sale  # type: ignore[attr-defined]
    club.clock.advance(days=2)
    before = club.snapshot()
    with pytest.raises(NotAllowed, match="could be refunded until 2026-03-03"):
        club.refund(sale.id, 99900)
    before.assert_unchanged()


def test_without_a_plan_the_sale_is_refused_saying_where_to_set_one(
    counter: Counter, member: Registered
) -> None:
    with pytest.raises(NotAllowed, match="programme editor"):
        _sell(counter, member.card.number)
