"""Checkout use cases: quote writes nothing, commit writes the sale, entries and outbox together."""

from __future__ import annotations

import uuid
from fractions import Fraction
from typing import Any

import pytest

from pos_loyalty.domain.cards import card_number_for
from pos_loyalty.domain.checkout import MAX
from pos_loyalty.domain.errors import InvalidCardNumber, NotAllowed, NotFound
from pos_loyalty.domain.ledger import EntryKind
from pos_loyalty.services.cards import issue_cards
from pos_loyalty.services.checkout import Checkout, commit_checkout
from pos_loyalty.services.members import Registered
from pos_loyalty.services.posting import Actor
from tests.unit.conftest import Counter, lines
from tests.unit.fakes import FakeUnitOfWork


def test_a_quote_writes_nothing(counter: Counter, member: Registered) -> None:
    snap = counter.snapshot()
    q = counter.quote(member.card.number, 100000, redeem=MAX)
    assert q.redeemed_points == 100
    snap.assert_unchanged()


def test_a_committed_checkout_matches_its_quote(counter: Counter, member: Registered) -> None:
    card = member.card.number
    q = counter.quote(card, 123456, (5000, "tobacco"), redeem=37)
    c = counter.buy(card, 123456, (5000, "tobacco"), redeem=37)
    assert c.quote == q
    # 1234.56 + 50.00 = 1284.56; 37 points; paid 1247.56; earn 5 % of 1197.56 = 59.878 -> 59
    assert (c.sale.total, c.sale.paid, c.sale.earned_points) == (128456, 124756, 59)
    assert c.balance_after == 100 - 37 + 59


def test_a_checkout_writes_its_entries_and_outbox_rows_in_one_commit(
    counter: Counter, uow: FakeUnitOfWork, member: Registered
) -> None:
    commits, outbox = uow.commits, len(uow.state.outbox)
    c = counter.buy(member.card.number, 100000, redeem=50)
    assert uow.commits == commits + 1
    entries = uow.ledger.of_sale(c.sale.id)
    assert [(e.kind, e.points) for e in entries] == [(EntryKind.REDEEM, -50), (EntryKind.EARN, 47)]
    # 1000.00 - 50.00 = 950.00 -> 47.5 -> 47
    rows = uow.state.outbox[outbox:]
    assert [kind for kind, _ in rows] == ["ledger_entry", "ledger_entry", "sale"]
    assert [payload["id"] for _, payload in rows[:2]] == [e.id for e in entries]
    assert rows[2][1]["id"] == c.sale.id
    assert uow.sales.get(c.sale.id) == c.sale


def test_every_entry_carries_its_uuid_terminal_sequence_staff_and_programme_version(
    counter: Counter, uow: FakeUnitOfWork, member: Registered
) -> None:
    c = counter.buy(member.card.number, 100000, redeem=10)
    entries = uow.ledger.of_sale(c.sale.id)
    for e in entries:
        assert uuid.UUID(e.id).version == 4
        assert (e.terminal_id, e.staff_id, e.programme_version) == ("T1", "cashier-1", 1)
        assert e.card_number == member.card.number
        assert e.business_date == counter.clock.today
    seqs = [e.seq for e in uow.state.ledger]
    assert seqs == list(range(1, len(seqs) + 1))  # welcome 1, redeem 2, earn 3


def test_terminals_number_their_entries_independently(
    counter: Counter, uow: FakeUnitOfWork, member: Registered
) -> None:
    other = Actor("T2", "cashier-2")
    c = commit_checkout(
        Checkout(member.card.number, lines(100000)), uow=uow, clock=counter.clock, actor=other
    )
    (earned,) = uow.ledger.of_sale(c.sale.id)
    assert (earned.terminal_id, earned.seq, earned.staff_id) == ("T2", 1, "cashier-2")


def test_a_sale_records_the_programme_version_it_was_computed_with(
    counter: Counter, member: Registered
) -> None:
    counter.programme(tiers=[{"name": "Bronze", "threshold": "0", "earn_percent": "10"}])
    c = counter.buy(member.card.number, 100000)
    # version 2 earns 10 %: 100 points
    assert (c.sale.programme_version, c.sale.earned_points) == (2, 100)


def test_a_mixed_check_earns_only_on_money_paid_for_earning_lines(
    counter: Counter, member: Registered
) -> None:
    counter.programme(
        tiers=[{"name": "Bronze", "threshold": "0", "discount_percent": "5", "earn_percent": "5"}],
        no_discount_categories=["tobacco"],
        no_earn_categories=["tobacco", "gift_card"],
    )
    counter.adjust(member.member.id, 900)  # 100 welcome + 900 = 1000 points
    c = counter.buy(
        member.card.number, 100000, (30000, "tobacco"), (20000, "gift_card"), redeem=MAX
    )
    # D = 1200.00, E = B = 1000.00; discount 60.00; cap 50 % of 1140.00 = 570 points
    # paid 1500.00 - 60.00 - 570.00 = 870.00; base 1000.00 - 630.00 x 1000/1200 = 475.00 -> 23
    assert (c.sale.discount, c.sale.redeemed_points, c.sale.paid, c.sale.earned_points) == (
        6000,
        570,
        87000,
        23,
    )
    assert c.balance_after == 1000 - 570 + 23


def test_points_worth_half_a_rouble_are_redeemed_and_valued_exactly(
    counter: Counter, member: Registered
) -> None:
    counter.programme(point_value="0.50")
    counter.adjust(member.member.id, 1900)  # 2000 points
    c = counter.buy(member.card.number, 100000, redeem=MAX)
    # cap 500.00 / 0.50 = 1000 points worth 500.00; paid 500.00 -> 25
    assert (c.sale.redeemed_points, c.sale.redeemed_value, c.sale.paid) == (1000, 50000, 50000)
    assert c.balance_after == 2000 - 1000 + 25


def test_a_manager_override_of_the_cap_redeems_beyond_half(
    counter: Counter, member: Registered
) -> None:
    counter.adjust(member.member.id, 700)  # 800 points
    c = counter.buy(member.card.number, 100000, redeem=MAX, override=True)
    # 100 % of 1000.00 allowed, balance 800 -> 800; paid 200.00; earn 10
    assert (c.sale.redeemed_points, c.sale.paid, c.sale.earned_points) == (800, 20000, 10)
    assert "redemption cap overridden by a manager" in c.quote.reason_lines()


def test_a_check_without_a_card_is_recorded_without_discount_or_points(
    counter: Counter, uow: FakeUnitOfWork
) -> None:
    before = len(uow.state.ledger)
    c = counter.buy(None, 100000)
    assert (c.sale.member_id, c.sale.paid, c.sale.earned_points) == (None, 100000, 0)
    assert len(uow.state.ledger) == before
    kind, payload = uow.state.outbox[-1]
    assert (kind, payload["id"], payload["total"], payload["member_id"]) == (
        "sale",
        c.sale.id,
        100000,
        None,
    )


def test_an_unknown_card_is_a_clear_error(counter: Counter, member: Registered) -> None:
    unknown = card_number_for(424242)
    with pytest.raises(NotFound, match=f"card {unknown} is not known here"):
        counter.buy(unknown, 100000)
    with pytest.raises(NotFound, match="not known here"):
        counter.look(unknown)


def test_a_card_number_with_a_wrong_check_digit_is_a_clear_error(
    counter: Counter, member: Registered
) -> None:
    number = member.card.number
    wrong = number[:12] + str((int(number[12]) + 1) % 10)
    snap = counter.snapshot()
    with pytest.raises(InvalidCardNumber, match="wrong check digit"):
        counter.buy(wrong, 100000)
    with pytest.raises(InvalidCardNumber, match="wrong check digit"):
        counter.look(wrong)
    snap.assert_unchanged()


def test_an_unassigned_card_cannot_be_used_at_the_till(
    counter: Counter, uow: FakeUnitOfWork
) -> None:
    (blank,) = issue_cards(1, uow=uow)
    view = counter.look(blank.number)
    assert view.member is None and not view.can_transact
    with pytest.raises(NotAllowed, match="not registered to anyone"):
        counter.buy(blank.number, 100000)


def test_without_a_programme_the_till_says_to_set_one_up(clock: Any, actor: Actor) -> None:
    bare = FakeUnitOfWork()
    with pytest.raises(NotFound, match="no loyalty programme is set up"):
        commit_checkout(Checkout(None, lines(100)), uow=bare, clock=clock, actor=actor)


def _floats(value: Any) -> list[Any]:
    if isinstance(value, float):
        return [value]
    if isinstance(value, dict):
        return [f for v in value.values() for f in _floats(v)]
    if isinstance(value, list | tuple):
        return [f for v in value for f in _floats(v)]
    return []


def test_no_float_reaches_the_outbox(
    counter: Counter, uow: FakeUnitOfWork, member: Registered
) -> None:
    counter.programme(
        tiers=[{"name": "B", "threshold": "0", "discount_percent": "2.5", "earn_percent": "3.3"}],
        point_value="0.50",
    )
    c = counter.buy(member.card.number, 99999, (1234, "tobacco"), redeem=MAX)
    counter.refund(c.sale.id, 33333)
    assert _floats(uow.state.outbox) == []


def test_the_quote_keeps_fractions_exact(counter: Counter, member: Registered) -> None:
    counter.programme(tiers=[{"name": "B", "threshold": "0", "earn_percent": "3.3"}])
    q = counter.quote(member.card.number, 99999)
    # 3.3 % of 999.99 = 32.99967 -> 32
    assert q.earn_percent == Fraction(33, 10)
    assert q.earned_points == 32
