"""Sales and refunds: exact round trips (lines too), refund totals, and the orders they come in."""

from __future__ import annotations

import json
from datetime import timedelta, timezone

import pytest
from sqlalchemy.exc import IntegrityError

from db import SqlAlchemyUnitOfWork
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.errors import NotFound

from .builders import MSK, NOW, a_member, a_refund, a_sale


def test_a_sale_comes_back_exactly_as_stored(uow: SqlAlchemyUnitOfWork) -> None:
    member = a_member()
    sale = a_sale(member.id)
    anonymous = a_sale(None, card_number=None, lines=(CheckLine(99999),), tier="")
    with uow:
        uow.sales.add(sale)
        uow.sales.add(anonymous)
        uow.commit()
    with uow.read_only():
        assert uow.sales.get(sale.id) == sale
        assert uow.sales.get(anonymous.id) == anonymous
        assert uow.sales.get("no-such-sale") is None
        stored = uow.sales.get(sale.id)
    assert stored is not None and stored.created_at.astimezone(MSK).isoformat() == NOW.isoformat()


def test_sale_lines_are_stored_as_json_integers(uow: SqlAlchemyUnitOfWork) -> None:
    sale = a_sale(None)
    with uow:
        uow.sales.add(sale)
        text = uow.connection.exec_driver_sql(
            "SELECT lines FROM sales WHERE id = ?", (sale.id,)
        ).scalar_one()
    assert json.loads(text) == [
        {"amount": 70000, "category": ""},
        {"amount": 30000, "category": "tobacco"},
    ]


def test_a_sale_id_cannot_be_stored_twice(uow: SqlAlchemyUnitOfWork) -> None:
    sale = a_sale(None)
    with uow:
        uow.sales.add(sale)
        with pytest.raises(IntegrityError, match=r"sales\.id"):
            uow.sales.add(sale)


def test_refunds_come_back_in_order_and_the_refunded_total_is_kept(
    uow: SqlAlchemyUnitOfWork,
) -> None:
    sale = a_sale(None)
    first = a_refund(sale.id)
    void = a_refund(
        sale.id,
        amount=70000,
        created_at=first.created_at + timedelta(minutes=1),
        reason="",
        is_void=True,
    )
    with uow:
        uow.sales.add(sale)
        uow.sales.add_refund(void)
        uow.sales.add_refund(first)
        uow.sales.set_refunded(sale.id, 100000)
        uow.commit()
    with uow.read_only():
        assert uow.sales.refunds_of(sale.id) == [first, void]
        assert uow.sales.refunds_of("other") == []
        stored = uow.sales.get(sale.id)
    assert stored is not None and stored.refunded == 100000 and stored.left_to_refund == 0


def test_a_refund_of_an_unknown_sale_is_refused(uow: SqlAlchemyUnitOfWork) -> None:
    with uow, pytest.raises(IntegrityError, match="FOREIGN KEY"):
        uow.sales.add_refund(a_refund("no-such-sale"))


def test_setting_the_refunded_total_of_an_unknown_sale_says_so(uow: SqlAlchemyUnitOfWork) -> None:
    with uow, pytest.raises(NotFound, match="not in this database"):
        uow.sales.set_refunded("no-such-sale", 100)


def test_the_last_sale_of_a_terminal_is_the_most_recent_one(uow: SqlAlchemyUnitOfWork) -> None:
    late = a_sale(None, created_at=NOW + timedelta(hours=1))
    early = a_sale(None, created_at=NOW)
    elsewhere = a_sale(None, terminal_id="T2", created_at=NOW + timedelta(hours=2))
    with uow:
        assert uow.sales.last_of_terminal("T1") is None
        for sale in (late, early, elsewhere):
            uow.sales.add(sale)
        assert uow.sales.last_of_terminal("T1") == late
        assert uow.sales.last_of_terminal("T2") == elsewhere


def test_times_in_other_zones_are_ordered_by_the_instant(uow: SqlAlchemyUnitOfWork) -> None:
    yekaterinburg = timezone(timedelta(hours=5))
    earlier_but_later_on_the_clock = a_sale(None, created_at=NOW.astimezone(yekaterinburg))
    later = a_sale(None, created_at=NOW + timedelta(minutes=1))
    with uow:
        uow.sales.add(later)
        uow.sales.add(earlier_but_later_on_the_clock)
        assert uow.sales.last_of_terminal("T1") == later


def test_a_members_sales_come_newest_first_up_to_the_limit(uow: SqlAlchemyUnitOfWork) -> None:
    member = a_member()
    sales = [a_sale(member.id, created_at=NOW + timedelta(days=i)) for i in range(5)]
    with uow:
        for sale in sales:
            uow.sales.add(sale)
        uow.sales.add(a_sale("someone else"))
        assert uow.sales.of_member(member.id) == sales[::-1]
        assert uow.sales.of_member(member.id, limit=2) == [sales[4], sales[3]]
