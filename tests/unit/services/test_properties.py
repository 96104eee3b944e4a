"""Properties of the use cases over random days at the counter.

Random sequences of checkouts (with and without redemption, random line categories), partial
refunds, voids, adjustments, days passing and expiry runs, with or without an activation delay.
After every step:
- each member's balance equals the sum of their ledger entries;
- each wallet projection equals `replay()` of that member's entries from scratch;
- entries are only ever appended (what was written stays as it was);
- a sale's reversals never exceed what it earned and redeemed, its money returned never exceeds
  what was paid, and once it is refunded in full they are equal exactly;
- a refused operation writes nothing.
"""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from pos_loyalty.domain.checkout import MAX
from pos_loyalty.domain.errors import LoyaltyError
from pos_loyalty.domain.ledger import EntryKind, replay
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from tests.unit.conftest import WORKED_EXAMPLE, Counter, StoreClock, add_team
from tests.unit.fakes import FakeUnitOfWork

SETTINGS = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

CATEGORIES = ["", "", "tobacco", "gift_card"]

programmes = st.fixed_dictionaries(
    {
        "activation_days": st.sampled_from([0, 7]),
        "expire_after_days": st.sampled_from([5, 30, 365]),
        "point_value": st.sampled_from(["0.50", "1.00", "2.00"]),
        "min_check_for_redeem": st.sampled_from(["0", "500.00"]),
        "tiers": st.just(
            [
                {"name": "Bronze", "threshold": "0", "earn_percent": "5"},
                {
                    "name": "Silver",
                    "threshold": "2000.00",
                    "discount_percent": "5",
                    "earn_percent": "7",
                },
            ]
        ),
        "no_discount_categories": st.just(["tobacco"]),
        "no_earn_categories": st.just(["tobacco", "gift_card"]),
    }
)

buy = st.tuples(
    st.just("buy"),
    st.integers(0, 1),
    st.lists(
        st.tuples(st.integers(1, 300_000), st.sampled_from(CATEGORIES)), min_size=1, max_size=3
    ),
    st.one_of(st.none(), st.just(MAX), st.integers(1, 400)),
)
refund = st.tuples(st.just("refund"), st.integers(0, 50), st.fractions(0, 1))
void = st.tuples(st.just("void"))
adjust = st.tuples(
    st.just("adjust"), st.integers(0, 1), st.integers(-300, 300).filter(lambda n: n != 0)
)
days = st.tuples(st.just("days"), st.integers(1, 40))
expire = st.tuples(st.just("expire"))
steps = st.lists(st.one_of(buy, buy, refund, void, adjust, days, expire), min_size=1, max_size=25)


def _counter(overrides: dict[str, Any]) -> Counter:
    from datetime import datetime, time

    from tests.unit.conftest import OPENING_DAY, STORE_TZ

    uow = FakeUnitOfWork()
    data = {**copy.deepcopy(WORKED_EXAMPLE), **overrides}
    save_programme(data, uow=uow)
    add_team(uow)
    clock = StoreClock(datetime.combine(OPENING_DAY, time(12), tzinfo=STORE_TZ))
    return Counter(uow, clock, Actor("T1", "cashier-1"), data)


def _step(counter: Counter, cards: list[str], mids: list[str], step: tuple) -> None:  # type: ignore[type-arg]
    kind = step[0]
    if kind == "buy":
        _, who, items, redeem = step
        counter.buy(cards[who], *items, redeem=redeem)
    elif kind == "refund":
        _, pick, fraction = step
        open_sales = [s for s in counter.uow.state.sales.values() if s.left_to_refund > 0]
        if not open_sales:
            return
        sale = open_sales[pick % len(open_sales)]
        amount = max(1, int(sale.left_to_refund * fraction))
        counter.refund(sale.id, amount)
    elif kind == "void":
        counter.void()
    elif kind == "adjust":
        _, who, points = step
        counter.adjust(mids[who], points)
    elif kind == "days":
        counter.clock.advance(days=step[1])
    else:
        counter.expire()


def _check(counter: Counter, mids: list[str], previous_ledger: list[Any]) -> None:
    ledger = counter.uow.state.ledger
    assert ledger[: len(previous_ledger)] == previous_ledger
    for mid in mids:
        entries = counter.entries(mid)
        wallet = counter.wallet(mid)
        assert wallet.balance == sum(e.points for e in entries)
        assert replay(entries) == wallet
    for sale in counter.uow.state.sales.values():
        refunds = counter.uow.sales.refunds_of(sale.id)
        assert sale.refunded == sum(r.amount for r in refunds) <= sale.total
        money = sum(r.money_returned for r in refunds)
        assert 0 <= money <= sale.paid
        if sale.member_id is None:
            continue
        reversals = [
            e
            for e in counter.uow.ledger.of_sale(sale.id)
            if e.kind == EntryKind.REVERSAL and e.member_id == sale.member_id
        ]
        taken = -sum(e.points for e in reversals if e.points < 0)
        given = sum(e.points for e in reversals if e.points > 0)
        earned = sale.earned_points + sale.bonus_points
        assert 0 <= taken <= earned
        assert 0 <= given <= sale.redeemed_points
        assert taken == sum(r.points_reversed for r in refunds)
        assert given == sum(r.points_returned for r in refunds)
        if sale.refunded == sale.total:
            assert (taken, given, money) == (earned, sale.redeemed_points, sale.paid)


@SETTINGS
@given(programmes, steps)
def test_the_ledger_projection_and_refunds_stay_consistent_over_any_day_at_the_counter(
    overrides: dict[str, Any],
    sequence: list[tuple],  # type: ignore[type-arg]
) -> None:
    counter = _counter(overrides)
    members = [
        counter.register("Ivan Petrov", "+7 912 345 67 89"),
        counter.register("Anna Sidorova", "+7 900 111 22 33"),
    ]
    cards = [m.card.number for m in members]
    mids = [m.member.id for m in members]
    for step in sequence:
        previous = list(counter.uow.state.ledger)
        snap = counter.snapshot()
        try:
            _step(counter, cards, mids, step)
            event(f"{step[0]} done")
        except LoyaltyError as exc:
            event(f"{step[0]} refused: {type(exc).__name__}")
            # a refused operation (adjusting below zero, voiding yesterday's sale) writes nothing
            snap.assert_unchanged()
        _check(counter, mids, previous)


@SETTINGS
@given(
    programmes,
    st.lists(st.fractions(0, 1), min_size=1, max_size=6),
    st.lists(
        st.tuples(st.integers(1, 300_000), st.sampled_from(CATEGORIES)), min_size=1, max_size=3
    ),
)
def test_partial_refunds_of_a_sale_add_up_to_exactly_what_it_did(
    overrides: dict[str, Any],
    fractions: list[Any],
    items: list[tuple[int, str]],
) -> None:
    counter = _counter(overrides)
    member = counter.register()
    counter.adjust(member.member.id, 1000)
    sale = counter.buy(member.card.number, *items, redeem=MAX).sale
    before_sale = 1100
    for fraction in fractions:
        left = counter.uow.sales.get(sale.id).left_to_refund  # type: ignore[union-attr]
        if left == 0:
            break
        counter.refund(sale.id, max(1, int(left * fraction)))
    left = counter.uow.sales.get(sale.id).left_to_refund  # type: ignore[union-attr]
    if left:
        counter.refund(sale.id, left)
    refunds = counter.uow.sales.refunds_of(sale.id)
    assert sum(r.points_reversed for r in refunds) == sale.earned_points + sale.bonus_points
    assert sum(r.points_returned for r in refunds) == sale.redeemed_points
    assert sum(r.money_returned for r in refunds) == sale.paid
    # everything the sale did is undone: the balance is what it was before it
    assert counter.ledger_sum(member.member.id) == before_sale
    assert replay(counter.entries(member.member.id)) == counter.wallet(member.member.id)
