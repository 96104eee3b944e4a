"""The counter's hot paths use indexes: SEARCH ... USING INDEX / PRIMARY KEY, never a SCAN."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Connection, event

from db import Database, SqlAlchemyUnitOfWork

from .builders import TODAY, a_card, a_member, a_sale

Statement = tuple[str, Any]


@contextmanager
def _recorded(database: Database) -> Iterator[list[Statement]]:
    seen: list[Statement] = []

    def record(_conn: Any, _cursor: Any, sql: str, params: Any, *_args: Any) -> None:
        seen.append((sql, params))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", record)


def _plans(connection: Connection, statements: list[Statement]) -> list[str]:
    plans = []
    for sql, params in statements:
        if not sql.lstrip().upper().startswith("SELECT"):
            continue
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
        plans.append(" | ".join(row[-1] for row in rows))
    return plans


def _plans_of(database: Database, work: Callable[[SqlAlchemyUnitOfWork], object]) -> list[str]:
    uow = database.uow()
    with uow.read_only():
        with _recorded(database) as statements:
            work(uow)
        return _plans(uow.connection, statements)


@pytest.fixture
def card_number(database: Database) -> str:
    """Store a member with a card, lots, spend and sales; return the card number."""
    uow = database.uow()
    member = a_member()
    card = a_card(member.id)
    with uow:
        for i in range(30):
            uow.members.add(a_member(phone=f"7900000{i:04d}"))
        uow.members.add(member)
        uow.cards.add(card)
        uow.spend.add(member.id, TODAY, 100_000)
        uow.sales.add(a_sale(member.id))
        uow.commit()
    return card.number


def _card_lookup(uow: SqlAlchemyUnitOfWork, number: str) -> None:
    card = uow.cards.get(number)
    assert card is not None and card.member_id is not None
    assert uow.members.get(card.member_id) is not None
    uow.wallets.get(card.member_id)
    uow.spend.since(card.member_id, TODAY - timedelta(days=364))


def _assert_indexed(plans: list[str], expected: int) -> None:
    assert len(plans) == expected
    for plan in plans:
        assert "SEARCH" in plan, plan
        assert "SCAN" not in plan, plan


def test_a_card_lookup_searches_by_key_and_index_only(database: Database, card_number: str) -> None:
    plans = _plans_of(database, lambda uow: _card_lookup(uow, card_number))
    _assert_indexed(plans, expected=6)
    assert any("USING INDEX ix_lots_member_id_position" in plan for plan in plans)
    assert any("member_spend USING PRIMARY KEY" in plan for plan in plans)
    chain = [plan for plan in plans if "chain_spend" in plan]  # spend at other terminals
    assert len(chain) == 1 and "chain_spend USING PRIMARY KEY (member_id=? AND day>?)" in chain[0]
    assert "ix_members_merged_into (merged_into=?)" in chain[0]


def test_a_phone_search_is_an_index_range_scan(database: Database, card_number: str) -> None:
    plans = _plans_of(database, lambda uow: uow.members.find_by_phone("79000"))
    _assert_indexed(plans, expected=1)
    assert "USING INDEX ix_members_phone (phone>? AND phone<?)" in plans[0]


def test_a_name_search_goes_through_the_full_text_index(
    database: Database, card_number: str
) -> None:
    plans = _plans_of(database, lambda uow: uow.members.find_by_name("ив"))
    assert len(plans) == 1
    assert "SCAN members_fts VIRTUAL TABLE INDEX" in plans[0]
    assert "SEARCH m USING INTEGER PRIMARY KEY" in plans[0]
    assert not any(step.startswith(("SCAN m ", "SCAN members ")) for step in plans[0].split(" | "))
    assert "SCAN m" not in plans[0].split(" | ")


def test_the_member_history_and_the_terminal_last_sale_use_indexes(
    database: Database, card_number: str
) -> None:
    def work(uow: SqlAlchemyUnitOfWork) -> None:
        uow.sales.of_member("someone")
        uow.sales.last_of_terminal("T1")
        uow.ledger.of_member("someone")
        uow.ledger.of_sale("some-sale")
        uow.sales.refunds_of("some-sale")
        uow.offers.of_member("someone")
        uow.wallets.due_to_expire(TODAY, 100)

    _assert_indexed(_plans_of(database, work), expected=7)
