"""Refunds and voids through the use cases."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pos_loyalty.domain.checkout import MAX
from pos_loyalty.domain.errors import InvalidInput, NotAllowed, NotFound
from pos_loyalty.domain.ledger import EntryKind, replay
from pos_loyalty.domain.sales import Sale
from pos_loyalty.services.members import Registered
from pos_loyalty.services.refunds import Refunded, void_sale, voidable_sale
from tests.unit.conftest import Counter


def _worked_sale(counter: Counter, card: str) -> Sale:
    counter.buy(card, 99999)  # balance 149
    sale = counter.buy(card, 100000, redeem=MAX).sale  # 149 redeemed, paid 851.00, earned 42
    assert (sale.redeemed_points, sale.paid, sale.earned_points) == (149, 85100, 42)
    return sale


def test_three_partial_refunds_reverse_exactly_what_the_sale_did(
    counter: Counter, member: Registered
) -> None:
    mid = member.member.id
    sale = _worked_sale(counter, member.card.number)
    assert counter.ledger_sum(mid) == 42

    a = counter.refund(sale.id, 30000)
    # share 0.3: 42 -> 12 taken back, 149 -> 44 given back, 851.00 -> 255.30 returned
    assert (a.refund.points_reversed, a.refund.points_returned, a.refund.money_returned) == (
        12,
        44,
        25530,
    )
    assert a.balance_after == 42 - 12 + 44  # 74

    b = counter.refund(sale.id, 30000)
    # share 0.6: 25 (+13), 89 (+45), 510.60 (+255.30)
    assert (b.refund.points_reversed, b.refund.points_returned, b.refund.money_returned) == (
        13,
        45,
        25530,
    )
    assert b.balance_after == 74 - 13 + 45  # 106

    c = counter.refund(sale.id, 40000)
    # share 1: 42 (+17), 149 (+60), 851.00 (+340.40)
    assert (c.refund.points_reversed, c.refund.points_returned, c.refund.money_returned) == (
        17,
        60,
        34040,
    )
    assert c.balance_after == 106 - 17 + 60  # 149: as before the sale
    assert c.sale.refunded == 100000

    refunds = counter.uow.sales.refunds_of(sale.id)
    assert sum(r.points_reversed for r in refunds) == 42
    assert sum(r.points_returned for r in refunds) == 149
    assert sum(r.money_returned for r in refunds) == 85100
    reversals = [e for e in counter.uow.ledger.of_sale(sale.id) if e.kind == EntryKind.REVERSAL]
    assert sum(e.points for e in reversals if e.points < 0) == -42
    assert sum(e.points for e in reversals if e.points > 0) == 149
    assert counter.ledger_sum(mid) == 149
    assert replay(counter.entries(mid)) == counter.wallet(mid)


def test_reversal_entries_name_the_entry_they_reverse(counter: Counter, member: Registered) -> None:
    sale = _worked_sale(counter, member.card.number)
    counter.refund(sale.id, 100000)
    by_kind = {
        e.kind: e for e in counter.uow.ledger.of_sale(sale.id) if e.kind != EntryKind.REVERSAL
    }
    taken, given = [e for e in counter.uow.ledger.of_sale(sale.id) if e.kind == EntryKind.REVERSAL]
    assert (taken.points, taken.refers_to) == (-42, by_kind[EntryKind.EARN].id)
    assert (given.points, given.refers_to) == (149, by_kind[EntryKind.REDEEM].id)


def test_a_refund_larger_than_what_is_left_is_refused_and_nothing_is_written(
    counter: Counter, member: Registered
) -> None:
    sale = _worked_sale(counter, member.card.number)
    counter.refund(sale.id, 70000)
    snap = counter.snapshot()
    with pytest.raises(
        NotAllowed,
        match=r"refund of 300\.01 is more than what is left to refund "
        r"on this sale \(300\.00 of 1000\.00\)",
    ):
        counter.refund(sale.id, 30001)
    snap.assert_unchanged()


def test_a_refund_after_a_full_refund_is_refused_and_nothing_is_written(
    counter: Counter, member: Registered
) -> None:
    sale = _worked_sale(counter, member.card.number)
    counter.refund(sale.id, 100000)
    snap = counter.snapshot()
    with pytest.raises(NotAllowed, match="more than what is left"):
        counter.refund(sale.id, 1)
    snap.assert_unchanged()


def test_a_refund_needs_a_reason_and_a_known_sale(counter: Counter, member: Registered) -> None:
    sale = _worked_sale(counter, member.card.number)
    snap = counter.snapshot()
    with pytest.raises(InvalidInput, match="needs a reason"):
        counter.refund(sale.id, 100, reason="  ")
    with pytest.raises(NotFound, match="no sale nope"):
        counter.refund("nope", 100)
    with pytest.raises(InvalidInput, match="must be more than 0"):
        counter.refund(sale.id, 0)
    snap.assert_unchanged()


def test_refunding_points_already_spent_lets_the_balance_go_negative(
    counter: Counter, member: Registered
) -> None:
    card, mid = member.card.number, member.member.id
    first = counter.buy(card, 100000).sale  # 100 + 50 = 150
    counter.buy(card, 100000, redeem=MAX)  # 150 redeemed; paid 850.00, 42 earned -> 42
    r = counter.refund(first.id, 100000)  # the 50 earned on the first sale come back out
    assert r.balance_after == 42 - 50 == -8
    standing = counter.look(card).standing
    assert standing is not None and (standing.balance, standing.spendable) == (-8, 0)
    assert counter.ledger_sum(mid) == -8
    # the next earning pays the debt first: 1000.00 -> 50, balance 42
    assert counter.buy(card, 100000).balance_after == 42
    assert replay(counter.entries(mid)) == counter.wallet(mid)


def test_a_refund_lowers_the_spend_by_the_money_returned(
    counter: Counter, member: Registered
) -> None:
    sale = _worked_sale(counter, member.card.number)
    counter.refund(sale.id, 30000)
    standing = counter.look(member.card.number).standing
    assert standing is not None
    # paid 999.99 + 851.00 = 1850.99, less 255.30 returned = 1595.69
    assert standing.qualifying_spend == 159569


def test_a_refund_of_a_sale_without_a_card_returns_money_only(counter: Counter) -> None:
    sale = counter.buy(None, 100000).sale
    r = counter.refund(sale.id, 25000)
    assert (r.refund.money_returned, r.refund.points_reversed, r.balance_after) == (25000, 0, None)


def test_the_promotion_bonus_of_a_sale_is_reversed_with_its_points(
    counter: Counter, member: Registered
) -> None:
    counter.programme(
        promotions=[
            {
                "code": "BIG",
                "starts_on": "2026-03-01",
                "ends_on": "2026-03-31",
                "effect": "fixed_bonus",
                "bonus_points": 100,
                "min_check": "3000.00",
            }
        ]
    )
    sale = counter.buy(member.card.number, 300000).sale  # 150 earned + 100 bonus
    a = counter.refund(sale.id, 100000)
    # a third: floor(250 / 3) = 83
    assert a.refund.points_reversed == 83
    b = counter.refund(sale.id, 200000)
    assert b.refund.points_reversed == 250 - 83
    assert b.balance_after == 100  # only the welcome bonus is left


def test_void_undoes_the_last_sale_in_full_without_a_reason(
    counter: Counter, member: Registered
) -> None:
    sale = _worked_sale(counter, member.card.number)
    v = counter.void()
    assert v.refund.is_void and v.refund.reason == "void"
    assert v.refund.sale_id == sale.id
    assert (
        v.refund.amount,
        v.refund.points_reversed,
        v.refund.points_returned,
        v.refund.money_returned,
    ) == (100000, 42, 149, 85100)
    assert v.balance_after == 149
    assert counter.uow.state.outbox[-1][0] == "refund"


def test_void_is_refused_on_another_day(counter: Counter, member: Registered) -> None:
    counter.buy(member.card.number, 100000)
    counter.clock.advance(days=1)
    snap = counter.snapshot()
    with pytest.raises(NotAllowed, match="another day"):
        counter.void()
    snap.assert_unchanged()


def test_void_is_refused_after_a_refund(counter: Counter, member: Registered) -> None:
    sale = counter.buy(member.card.number, 100000).sale
    counter.refund(sale.id, 100)
    with pytest.raises(NotAllowed, match="already \\(partly\\) refunded"):
        counter.void()


def test_void_is_refused_twice(counter: Counter, member: Registered) -> None:
    counter.buy(member.card.number, 100000)
    counter.void()
    with pytest.raises(NotAllowed):
        counter.void()


def test_void_with_no_sale_on_the_terminal_is_a_clear_error(counter: Counter) -> None:
    with pytest.raises(NotFound, match="no sale on this terminal"):
        counter.void()


def _refund_after_expiry(counter: Counter, expiry_run_first: bool, phone: str) -> int:
    counter.programme(expire_after_days=10, bonuses={"welcome": 0})
    r = counter.register("Oleg Ivanov", phone)
    sale = counter.buy(r.card.number, 100000).sale  # 50 points, gone on day 10
    counter.clock.advance(days=10)
    if expiry_run_first:
        counter.expire()
    counter.refund(sale.id, 100000)
    counter.expire()
    return counter.ledger_sum(r.member.id)


def test_refunding_a_sale_whose_points_expired_does_not_depend_on_when_the_expiry_run_happened(
    counter: Counter,
) -> None:
    after_run = _refund_after_expiry(counter, True, "+7 900 444 55 66")
    before_run = _refund_after_expiry(counter, False, "+7 900 777 88 99")
    # today: after_run == -50, before_run == 0
    assert after_run == before_run


def _void(counter: Counter, sale_id: str, terminal: str = "") -> Refunded:
    actor = replace(counter.actor, terminal_id=terminal) if terminal else counter.actor
    return void_sale(sale_id, uow=counter.uow, clock=counter.clock, actor=actor)


def test_the_sale_offered_for_a_void_is_the_one_voided(
    counter: Counter, member: Registered
) -> None:
    sale = counter.buy(member.card.number, 100000).sale
    offered = voidable_sale(uow=counter.uow, clock=counter.clock, actor=counter.actor)
    assert offered.id == sale.id
    assert _void(counter, offered.id).refund.sale_id == sale.id


def test_a_void_of_a_sale_overtaken_by_a_newer_one_is_refused(
    counter: Counter, member: Registered
) -> None:
    first = counter.buy(member.card.number, 100000).sale
    counter.buy(None, 5000)
    snap = counter.snapshot()
    with pytest.raises(NotAllowed, match="another sale was made") as refused:
        _void(counter, first.id)
    assert refused.value.code == "void_not_last"
    snap.assert_unchanged()


def test_a_void_of_a_sale_refunded_since_it_was_offered_is_refused(
    counter: Counter, member: Registered
) -> None:
    sale = counter.buy(member.card.number, 100000).sale
    offered = voidable_sale(uow=counter.uow, clock=counter.clock, actor=counter.actor)
    counter.refund(sale.id, 100)
    with pytest.raises(NotAllowed, match="already \\(partly\\) refunded"):
        _void(counter, offered.id)


def test_a_void_of_another_terminals_sale_is_refused(counter: Counter, member: Registered) -> None:
    sale = counter.buy(member.card.number, 100000).sale
    with pytest.raises(NotAllowed, match="another terminal"):
        _void(counter, sale.id, terminal="T-OTHER")


def test_a_void_on_another_day_is_refused_by_id_too(counter: Counter, member: Registered) -> None:
    sale = counter.buy(member.card.number, 100000).sale
    counter.clock.advance(days=1)
    with pytest.raises(NotAllowed, match="another day"):
        _void(counter, sale.id)
