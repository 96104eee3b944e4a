"""All or nothing: a use case that fails at any write leaves no trace.

A repository method is made to raise on its Nth call, for N = 1, 2, ... until the use case gets
through; after each failure the whole state (ledger, projections, sales, outbox, ...) must equal
what it was before. The run that finally gets through must write everything exactly once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from pos_loyalty.domain.cards import CardState
from pos_loyalty.domain.checkout import MAX
from pos_loyalty.domain.ledger import replay
from pos_loyalty.services.cards import block_card, issue_cards, replace_card
from pos_loyalty.services.members import Registration, erase_member, register_member
from pos_loyalty.services.points import expire_points
from tests.unit.conftest import AT_THE_BACK_OFFICE, Counter


class Crash(Exception):
    """The power went out."""


def _fail_on_call(target: Any, method: str, n: int) -> Callable[[], None]:
    original = getattr(target, method)
    calls = 0

    def failing(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == n:
            raise Crash(f"{method} failed on call {n}")
        return original(*args, **kwargs)

    setattr(target, method, failing)
    return lambda: delattr(target, method)


def _all_or_nothing(counter: Counter, repo: str, method: str, operation: Callable[[], Any]) -> int:
    """Crash `repo.method` at each call in turn; return how many crash points were tried."""
    n = 1
    while True:
        snap = counter.snapshot()
        restore = _fail_on_call(getattr(counter.uow, repo), method, n)
        try:
            operation()
        except Crash:
            snap.assert_unchanged()
            n += 1
            continue
        finally:
            restore()
        return n - 1


@pytest.fixture
def programme_data(programme_data: dict[str, Any]) -> dict[str, Any]:
    return {
        **programme_data,
        "expire_after_days": 10,
        "bonuses": {
            "welcome": 100,
            "birthday": 200,
            "referral_referrer": 300,
            "referral_newcomer": 50,
        },
    }


TARGETS = [("outbox", "add"), ("ledger", "add"), ("ledger", "next_seq"), ("wallets", "put")]


@pytest.mark.parametrize(
    ("repo", "method"), [*TARGETS, ("spend", "add"), ("sales", "add"), ("members", "update")]
)
def test_a_checkout_with_every_kind_of_entry_is_all_or_nothing(
    counter: Counter, repo: str, method: str
) -> None:
    referrer = counter.register("Anna Sidorova", "+7 900 111 22 33")
    newcomer = counter.register(
        "Oleg Ivanov",
        "+7 900 444 55 66",
        birthday=date(1990, 3, 2),
        referrer_card=referrer.card.number,
    )
    counter.clock.advance(days=5)
    counter.adjust(newcomer.member.id, 5, "correction")
    # a year later, on the newcomer's birthday: the welcome bonus (gone on day 10) and the
    # 5 adjusted points (gone on day 15) are written off by the checkout itself
    counter.clock.set(date(2027, 3, 2))

    def checkout() -> None:
        counter.buy(newcomer.card.number, 100000)

    tried = _all_or_nothing(counter, repo, method, checkout)
    assert tried >= 1
    nid, rid = newcomer.member.id, referrer.member.id
    # 100 + 5 - 105 expired + 50 earned + 200 birthday + 50 referral = 300
    assert counter.wallet(nid).balance == counter.ledger_sum(nid) == 300
    # the referrer's welcome bonus waits for the expiry run: 100 + 300 in the ledger
    assert counter.ledger_sum(rid) == 100 + 300
    assert len(counter.uow.state.sales) == 1
    assert replay(counter.entries(nid)) == counter.wallet(nid)


def test_a_checkout_crashing_on_its_last_outbox_row_leaves_nothing(counter: Counter) -> None:
    r = counter.register()
    snap = counter.snapshot()
    restore = _fail_on_call(counter.uow.outbox, "add", 3)  # redeem entry, earn entry, *sale*
    with pytest.raises(Crash):
        counter.buy(r.card.number, 100000, redeem=MAX)
    restore()
    snap.assert_unchanged()
    assert counter.wallet(r.member.id).balance == 100


@pytest.mark.parametrize(
    ("repo", "method"),
    [*TARGETS, ("sales", "add_refund"), ("sales", "set_refunded"), ("spend", "add")],
)
def test_a_refund_is_all_or_nothing(counter: Counter, repo: str, method: str) -> None:
    r = counter.register()
    counter.buy(r.card.number, 99999)
    sale = counter.buy(r.card.number, 100000, redeem=MAX).sale  # 149 redeemed, 42 earned

    tried = _all_or_nothing(counter, repo, method, lambda: counter.refund(sale.id, 30000))
    assert tried >= 1
    # 42 - 12 + 44 = 74, written once
    assert counter.ledger_sum(r.member.id) == 74
    assert len(counter.uow.sales.refunds_of(sale.id)) == 1
    assert counter.uow.sales.get(sale.id).refunded == 30000  # type: ignore[union-attr]


@pytest.mark.parametrize(("repo", "method"), [*TARGETS, ("sales", "add_refund")])
def test_a_void_is_all_or_nothing(counter: Counter, repo: str, method: str) -> None:
    r = counter.register()
    counter.buy(r.card.number, 100000, redeem=50)
    assert _all_or_nothing(counter, repo, method, counter.void) >= 1
    assert counter.ledger_sum(r.member.id) == 100


@pytest.mark.parametrize(("repo", "method"), [*TARGETS, ("members", "add"), ("cards", "add")])
def test_a_registration_is_all_or_nothing(counter: Counter, repo: str, method: str) -> None:
    def register() -> None:
        register_member(
            Registration("Ivan Petrov", "+7 912 345 67 89", True),
            uow=counter.uow,
            clock=counter.clock,
            actor=counter.actor,
        )

    assert _all_or_nothing(counter, repo, method, register) >= 1
    assert len(counter.uow.state.members) == 1
    assert len(counter.uow.state.cards) == 1
    assert len(counter.uow.state.ledger) == 1


@pytest.mark.parametrize(("repo", "method"), TARGETS)
def test_an_adjustment_is_all_or_nothing(counter: Counter, repo: str, method: str) -> None:
    r = counter.register()
    assert _all_or_nothing(counter, repo, method, lambda: counter.adjust(r.member.id, -30)) >= 1
    assert counter.ledger_sum(r.member.id) == 70


@pytest.mark.parametrize(("repo", "method"), TARGETS)
def test_an_expiry_run_is_all_or_nothing(counter: Counter, repo: str, method: str) -> None:
    a = counter.register("A One", "+7 900 000 00 01")
    b = counter.register("B Two", "+7 900 000 00 02")
    counter.buy(a.card.number, 100000)
    counter.buy(b.card.number, 100000)
    counter.clock.advance(days=10)

    def run() -> None:
        # two members, each with a welcome 100 and 50 earned, all gone on day 10
        assert expire_points(uow=counter.uow, clock=counter.clock, actor=counter.actor) == 300

    assert _all_or_nothing(counter, repo, method, run) >= 2
    assert counter.ledger_sum(a.member.id) == counter.ledger_sum(b.member.id) == 0


@pytest.mark.parametrize(("repo", "method"), [*TARGETS, ("cards", "update"), ("cards", "add")])
def test_a_card_replacement_is_all_or_nothing(counter: Counter, repo: str, method: str) -> None:
    r = counter.register()
    new: list[str] = []

    def replace() -> None:
        new.append(
            replace_card(
                r.card.number, None, uow=counter.uow, clock=counter.clock, actor=counter.actor
            ).number
        )

    assert _all_or_nothing(counter, repo, method, replace) >= 1
    assert len(new) == 1
    assert counter.look(new[0]).standing.balance == 100  # type: ignore[union-attr]


@pytest.mark.parametrize(("repo", "method"), [("outbox", "add"), ("cards", "update")])
def test_blocking_a_card_is_all_or_nothing(counter: Counter, repo: str, method: str) -> None:
    r = counter.register()
    assert (
        _all_or_nothing(
            counter, repo, method, lambda: block_card(r.card.number, "stolen", uow=counter.uow)
        )
        == 1
    )
    assert counter.uow.cards.get(r.card.number).state == CardState.BLOCKED  # type: ignore[union-attr]


@pytest.mark.parametrize(("repo", "method"), [("outbox", "add"), ("members", "update")])
def test_erasing_a_member_is_all_or_nothing(counter: Counter, repo: str, method: str) -> None:
    r = counter.register()
    assert (
        _all_or_nothing(
            counter,
            repo,
            method,
            lambda: erase_member(
                r.member.id, uow=counter.uow, clock=counter.clock, actor=AT_THE_BACK_OFFICE
            ),
        )
        == 1
    )
    assert counter.uow.members.get(r.member.id).is_erased  # type: ignore[union-attr]


@pytest.mark.parametrize(("repo", "method"), [("outbox", "add"), ("cards", "add")])
def test_issuing_a_batch_of_cards_is_all_or_nothing(
    counter: Counter, repo: str, method: str
) -> None:
    tried = _all_or_nothing(counter, repo, method, lambda: issue_cards(3, uow=counter.uow))
    assert tried == 3
    assert len(counter.uow.state.cards) == 3
