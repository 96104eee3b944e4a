"""The balance projection and the spend: wallets round-trip exactly, expiry finds its members."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import Database, SqlAlchemyUnitOfWork, open_database
from pos_loyalty.domain.ledger import Lot, Wallet

from .builders import TODAY, new_id

POINTS = st.integers(min_value=1, max_value=10**15)
DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
LOTS = st.lists(
    st.builds(
        Lot, id=st.uuids().map(str), remaining=POINTS, active_from=DAYS, expires_on=st.none() | DAYS
    ),
    max_size=8,
    unique_by=lambda lot: lot.id,
)
WALLETS = st.builds(Wallet, lots=LOTS.map(tuple), debt=st.integers(0, 10**15))


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One database for every generated example (each example uses a new member)."""
    db = open_database(Path(tmp_path_factory.mktemp("wallets")) / "loyalty.sqlite3")
    yield db
    db.close()


@settings(max_examples=60, deadline=None)
@given(first=WALLETS, second=WALLETS)
def test_any_wallet_comes_back_exactly_and_put_replaces_it(
    shared: Database, first: Wallet, second: Wallet
) -> None:
    member_id = new_id()
    with shared.uow() as uow:
        uow.wallets.put(member_id, first)
        assert uow.wallets.get(member_id) == first
        uow.wallets.put(member_id, second)
        assert uow.wallets.get(member_id) == second
        balance = uow.connection.exec_driver_sql(
            "SELECT balance, debt FROM balances WHERE member_id = ?", (member_id,)
        ).one()
    assert tuple(balance) == (second.balance, second.debt)


def test_a_member_without_a_wallet_has_an_empty_one(uow: SqlAlchemyUnitOfWork) -> None:
    with uow.read_only():
        assert uow.wallets.get("nobody") == Wallet()


def test_empty_lots_are_not_kept(uow: SqlAlchemyUnitOfWork) -> None:
    kept = Lot("b", 5, TODAY, None)
    with uow:
        uow.wallets.put("m-1", Wallet((Lot("a", 0, TODAY, None), kept), debt=3))
        assert uow.wallets.get("m-1") == Wallet((kept,), debt=3)


def test_members_with_lots_gone_by_a_day_are_due_to_expire(uow: SqlAlchemyUnitOfWork) -> None:
    def lot(expires_on: date | None) -> Lot:
        return Lot(new_id(), 10, TODAY - timedelta(days=400), expires_on)

    with uow:
        uow.wallets.put("gone", Wallet((lot(TODAY), lot(TODAY - timedelta(days=1)))))
        uow.wallets.put("tomorrow", Wallet((lot(TODAY + timedelta(days=1)),)))
        uow.wallets.put("never", Wallet((lot(None),)))
        uow.wallets.put("also-gone", Wallet((lot(TODAY - timedelta(days=30)), lot(None))))
        assert sorted(uow.wallets.due_to_expire(TODAY, 10)) == ["also-gone", "gone"]
        assert len(uow.wallets.due_to_expire(TODAY, 1)) == 1
        assert sorted(uow.wallets.due_to_expire(TODAY + timedelta(days=1), 10)) == [
            "also-gone",
            "gone",
            "tomorrow",
        ]


def test_spend_adds_up_per_day_and_sums_over_the_window(uow: SqlAlchemyUnitOfWork) -> None:
    with uow:
        uow.spend.add("m-1", TODAY, 100_000)
        uow.spend.add("m-1", TODAY, 50_000)
        uow.spend.add("m-1", TODAY, -30_000)
        uow.spend.add("m-1", TODAY - timedelta(days=365), 999_999)
        uow.spend.add("m-2", TODAY, 7)
        assert uow.spend.since("m-1", TODAY) == 120_000
        assert uow.spend.since("m-1", TODAY - timedelta(days=364)) == 120_000
        assert uow.spend.since("m-1", TODAY - timedelta(days=365)) == 1_119_999
        assert uow.spend.since("nobody", TODAY) == 0
