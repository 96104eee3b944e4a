"""The unit of work: all or nothing, reusable, and one transaction at a time."""

from __future__ import annotations

import typing

import pytest

from db import Database, SqlAlchemyUnitOfWork, TransactionError
from pos_loyalty.domain.ledger import Lot, Wallet
from pos_loyalty.services.ports import UnitOfWork

from .builders import TODAY, a_card, a_member, a_sale, an_entry


class Boom(Exception):
    """Raised by a test in the middle of a transaction."""


def _write_a_whole_sale(uow: SqlAlchemyUnitOfWork) -> str:
    member = a_member()
    sale = a_sale(member.id)
    uow.members.add(member)
    uow.cards.add(a_card(member.id))
    uow.sales.add(sale)
    uow.ledger.add(an_entry(member.id, seq=uow.ledger.next_seq("T1"), sale_id=sale.id))
    uow.wallets.put(member.id, Wallet((Lot("lot", 49, TODAY, None),)))
    uow.spend.add(member.id, TODAY, sale.paid)
    uow.outbox.add("sale", {"id": sale.id})
    uow.settings.put("last_sale", sale.id)
    return member.id


def _counts(database: Database) -> dict[str, int]:
    tables = (
        "members",
        "cards",
        "sales",
        "ledger_entries",
        "lots",
        "balances",
        "member_spend",
        "outbox",
        "settings",
        "terminal_sequences",
    )
    with database.engine.connect() as connection:
        return {
            table: connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
            for table in tables
        }


def test_the_unit_of_work_implements_the_core_port(database: Database) -> None:
    """Every repository the core's port declares is there, with every method it declares."""
    declared = typing.get_type_hints(UnitOfWork)
    uow = database.uow()
    missing = []
    with uow.read_only():
        for name, port in declared.items():
            repository = getattr(uow, name, None)
            methods = [m for m in vars(port) if not m.startswith("_") and callable(vars(port)[m])]
            missing += [
                f"{name}.{m}" for m in methods if not callable(getattr(repository, m, None))
            ]
            if repository is None:
                missing.append(name)
    assert len(declared) >= 10
    assert missing == []


def test_an_exception_inside_the_block_leaves_nothing_behind(database: Database) -> None:
    with pytest.raises(Boom), database.uow() as uow:
        _write_a_whole_sale(uow)
        raise Boom
    assert set(_counts(database).values()) == {0}


def test_leaving_the_block_without_commit_leaves_nothing_behind(database: Database) -> None:
    with database.uow() as uow:
        _write_a_whole_sale(uow)
    assert set(_counts(database).values()) == {0}


def test_an_explicit_rollback_undoes_the_transaction(database: Database) -> None:
    with database.uow() as uow:
        _write_a_whole_sale(uow)
        uow.rollback()
    assert set(_counts(database).values()) == {0}


def test_a_committed_transaction_keeps_everything(database: Database) -> None:
    with database.uow() as uow:
        member_id = _write_a_whole_sale(uow)
        uow.commit()
    assert set(_counts(database).values()) == {1}
    with database.uow().read_only() as uow:
        assert uow.members.get(member_id) is not None


def test_one_unit_of_work_serves_successive_transactions(uow: SqlAlchemyUnitOfWork) -> None:
    for expected in (1, 2, 3):
        with uow:
            assert uow.ledger.next_seq("T1") == expected
            uow.commit()
        assert not uow.in_transaction
    with uow.read_only():
        assert uow.settings.get("anything") is None


def test_writes_after_a_commit_in_the_same_block_are_rolled_back(
    database: Database, uow: SqlAlchemyUnitOfWork
) -> None:
    with uow:
        uow.settings.put("kept", 1)
        uow.commit()
        uow.settings.put("dropped", 2)
    with uow.read_only():
        assert uow.settings.get("kept") == 1
        assert uow.settings.get("dropped") is None


def test_transactions_do_not_nest(uow: SqlAlchemyUnitOfWork) -> None:
    with uow, pytest.raises(TransactionError, match="already open"), uow:
        pass


def test_the_connection_is_only_there_inside_a_transaction(uow: SqlAlchemyUnitOfWork) -> None:
    with pytest.raises(TransactionError, match="no transaction is open"):
        uow.connection  # noqa: B018
    with pytest.raises(TransactionError):
        uow.commit()
