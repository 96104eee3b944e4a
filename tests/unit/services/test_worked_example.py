"""The worked example of DOMAIN.md, end to end through the use cases."""

from __future__ import annotations

from pos_loyalty.domain.checkout import MAX
from pos_loyalty.domain.ledger import EntryKind, replay
from pos_loyalty.services.members import Registered
from tests.unit.conftest import Counter


def test_the_worked_example_comes_out_exactly(counter: Counter, member: Registered) -> None:
    card, mid = member.card.number, member.member.id
    # a new member with a welcome bonus of 100
    assert member.welcome_points == 100
    assert counter.look(card).standing.balance == 100  # type: ignore[union-attr]

    # buys for 999.99 and earns floor(49.9995) = 49, balance 149
    first = counter.buy(card, 99999)
    assert (first.quote.earned_points, first.balance_before, first.balance_after) == (49, 100, 149)

    # 1 000.00, redeem the maximum: cap 500, balance 149 -> 149 redeemed, paid 851.00,
    # earned floor(42.55) = 42, balance 149 - 149 + 42 = 42
    quoted = counter.quote(card, 100000, redeem=MAX)
    second = counter.buy(card, 100000, redeem=MAX)
    assert second.quote == quoted
    assert (second.sale.redeemed_points, second.sale.paid, second.sale.earned_points) == (
        149,
        85100,
        42,
    )
    assert second.balance_after == 42

    # 400.00 asking to redeem: refused ("check below 500.00"), earns 20 -> 62
    third = counter.buy(card, 40000, redeem=MAX)
    assert (third.sale.redeemed_points, third.sale.paid, third.sale.earned_points) == (0, 40000, 20)
    assert "no redemption: check below 500.00" in third.quote.reason_lines()
    assert third.balance_after == 62

    # 300.00 tobacco + 700.00 groceries earns 35 -> 97
    fourth = counter.buy(card, (30000, "tobacco"), 70000)
    assert fourth.sale.earned_points == 35
    assert fourth.balance_after == 97

    # the ledger says the same thing, entry by entry
    kinds = [(e.kind, e.points) for e in counter.entries(mid)]
    assert kinds == [
        (EntryKind.BONUS, 100),
        (EntryKind.EARN, 49),
        (EntryKind.REDEEM, -149),
        (EntryKind.EARN, 42),
        (EntryKind.EARN, 20),
        (EntryKind.EARN, 35),
    ]
    assert counter.ledger_sum(mid) == 97
    assert replay(counter.entries(mid)) == counter.wallet(mid)


def test_the_slip_figures_of_the_redeeming_sale(counter: Counter, member: Registered) -> None:
    card = member.card.number
    counter.buy(card, 99999)
    sale = counter.buy(
        card,
        100000,
        redeem=MAX,
    ).sale
    assert (sale.total, sale.discount, sale.redeemed_value, sale.paid) == (100000, 0, 14900, 85100)
    assert sale.card_number == card and sale.member_id == member.member.id
    assert sale.tier == "Bronze" and sale.programme_version == 1
    assert (sale.terminal_id, sale.staff_id) == ("T1", "cashier-1")


def test_the_quote_at_the_till_explains_the_refusal_in_russian(
    counter: Counter, member: Registered
) -> None:
    q = counter.quote(member.card.number, 40000, redeem=MAX)
    assert q.reason_lines("ru") == [
        "списание невозможно: чек меньше 500,00",
        "начислено 5 % от 400,00 = 20 баллов",
    ]
    assert q.reason_lines() == [
        "no redemption: check below 500.00",
        "earn 5 % of 400.00 = 20 points",
    ]
