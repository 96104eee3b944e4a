"""Qualifying spend travels down: the tier at every counter counts the chain's spend.

Each test runs against a server on SQLite and on PostgreSQL, over real HTTP.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import Engine, select

from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.services.checkout import Checkout, quote_checkout
from pos_loyalty.services.lookup import lookup_card
from pos_loyalty.services.merge import merge_members
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.refunds import refund_sale
from pos_loyalty.services.templates import template
from server.models import chain_spend
from tests.cli_staff import add_staff_by_id
from tests.server.live import LiveServer, Till, enrolment_code

MakeTill = Callable[[str], Till]


def _tiered(make: MakeTill, live: LiveServer, engine: Engine, terminal_id: str) -> Till:
    till = make(terminal_id)
    save_programme(template("tiered"), uow=till.db.uow())
    till.enrol(live.url, enrolment_code(engine, f"Store of {terminal_id}"))
    return till


def _standing(till: Till, card: str) -> tuple[str, int]:
    view = lookup_card(till.db.uow(), card, till.clock)
    assert view.standing is not None
    return view.standing.tier.name, view.standing.qualifying_spend


def test_spend_at_store_a_lifts_the_tier_at_store_b(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a = _tiered(till_factory, live, server_engine, "T-A")
    b = _tiered(till_factory, live, server_engine, "T-B")
    anna = a.register("Анна Смирнова", "+7 912 000 00 01")
    card = anna.card.number
    a.checkout(card, 2000000)  # 20,000.00 at Bronze
    a.checkout(card, 1000000)  # 10,000.00: 30,000.00 in the window, Silver from now on
    assert _standing(a, card) == ("Silver", 3000000)
    a.sync()
    b.sync()
    assert _standing(b, card) == ("Silver", 3000000)
    b.now += timedelta(hours=2)
    sale = b.checkout(card, 100000)  # 1,000.00 at Silver: 3 % off, 5 % earned
    quote = sale.quote
    assert (quote.discount, quote.payable, quote.earned_points) == (3000, 97000, 48)
    assert _standing(b, card) == ("Silver", 3097000)
    b.sync()
    a.sync()
    assert _standing(a, card) == ("Silver", 3097000)  # its own sales counted once
    with server_engine.connect() as connection:
        rows = connection.execute(
            select(chain_spend.c.terminal_id, chain_spend.c.amount).order_by(
                chain_spend.c.terminal_id
            )
        ).all()
    assert [tuple(r) for r in rows] == [("T-A", 3000000), ("T-B", 97000)]


def test_a_refund_at_store_a_takes_the_tier_back_at_store_b(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a = _tiered(till_factory, live, server_engine, "T-A")
    b = _tiered(till_factory, live, server_engine, "T-B")
    boris = a.register("Борис Иванов", "+7 912 000 00 02")
    card = boris.card.number
    big = a.checkout(card, 3000000)
    a.sync()
    b.sync()
    assert _standing(b, card) == ("Silver", 3000000)
    a.now += timedelta(hours=1)
    add_staff_by_id(a.db)  # the cashier and the manager approving are accounts of the store
    refund_sale(
        big.sale.id,
        500000,
        "returned",
        uow=a.db.uow(),
        clock=a.clock,
        actor=a.actor(),
        approved_by="manager",
    )
    a.sync()
    b.sync()
    assert _standing(b, card) == ("Bronze", 2500000)
    cmd = Checkout(card, (CheckLine(100000, ""),), None)
    quote = quote_checkout(cmd, uow=b.db.uow(), clock=b.clock)
    assert (quote.discount, quote.earned_points) == (0, 30)


def test_a_merge_at_store_b_counts_both_members_spend_at_every_store(
    live: LiveServer, server_engine: Engine, till_factory: MakeTill
) -> None:
    a = _tiered(till_factory, live, server_engine, "T-A")
    b = _tiered(till_factory, live, server_engine, "T-B")
    old = a.register("Вера Old", "+7 912 000 00 03")
    a.checkout(old.card.number, 2000000)
    new = b.register("Вера New", "+7 912 000 00 04")
    b.checkout(new.card.number, 1000000)
    a.sync()
    b.sync()
    a.sync()
    assert _standing(b, new.card.number) == ("Bronze", 1000000)
    b.now += timedelta(hours=1)
    merge_members(new.card.number, old.card.number, uow=b.db.uow(), clock=b.clock, actor=b.actor())
    assert _standing(b, new.card.number) == ("Silver", 3000000)
    b.sync()
    a.sync()
    assert _standing(a, new.card.number) == ("Silver", 3000000)
    assert _standing(a, old.card.number) == ("Silver", 3000000)  # the card now names the kept one
