"""Migration s0004 fills the chain's spend from the sales and refunds already stored."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, insert, select

from db.repositories.sales import refund_params, sale_params
from pos_loyalty.domain.sales import Sale
from server import migrate
from server.models import chain_spend, change_log, refunds, sales
from server.store.pull import cut
from tests.integration.db.builders import TODAY, a_refund, a_sale


def _at_s0003(sale: Sale) -> dict[str, Any]:
    """A sale's columns as they were at s0003 (the kind and membership dates came in s0009)."""
    later = {"kind", "membership_before", "membership_until"}
    return {k: v for k, v in sale_params(sale).items() if k not in later}


def test_the_upgrade_adds_up_stored_sales_less_refunds_per_member_day_and_terminal(
    server_engine: Engine,
) -> None:
    migrate.upgrade(server_engine, "s0003")
    bought = a_sale("M-1", terminal_id="T-A", paid=81600)
    again = a_sale("M-1", terminal_id="T-A", paid=10000)
    elsewhere = a_sale("M-1", terminal_id="T-B", paid=5000)
    anonymous = a_sale(None, terminal_id="T-A", paid=7000)
    returned = a_refund(bought.id, terminal_id="T-C", money_returned=20000)
    with server_engine.begin() as connection:
        connection.execute(
            insert(sales), [_at_s0003(s) for s in (bought, again, elsewhere, anonymous)]
        )
        connection.execute(insert(refunds), [refund_params(returned)])
    migrate.upgrade(server_engine)
    with server_engine.connect() as connection:
        rows = connection.execute(
            select(chain_spend.c.member_id, chain_spend.c.day, chain_spend.c.terminal_id)
            .add_columns(chain_spend.c.amount)
            .order_by(chain_spend.c.terminal_id)
        ).all()
        logged = connection.execute(
            select(change_log.c.kind, change_log.c.origin).order_by(change_log.c.id)
        ).all()
        page = cut(connection, (0, 0), 100, "T-B")
    assert [tuple(r) for r in rows] == [
        ("M-1", TODAY, "T-A", 91600),
        ("M-1", TODAY, "T-B", 5000),
        ("M-1", TODAY, "T-C", -20000),
    ]
    assert sorted(tuple(r) for r in logged) == [
        ("spend", "T-A"),
        ("spend", "T-B"),
        ("spend", "T-C"),
    ]
    assert sorted((r.terminal_id, r.amount) for r in page.spend) == [
        ("T-A", 91600),
        ("T-C", -20000),
    ]
