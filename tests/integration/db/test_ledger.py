"""The ledger: insert-only by trigger, duplicates refused by constraints, read in write order."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError

from db import Database, SqlAlchemyUnitOfWork
from db.models import ledger_entries
from pos_loyalty.domain.ledger import EntryKind

from .builders import a_member, an_entry

INSERT_ONLY = "ledger entries are insert-only: post a correcting entry"


@pytest.fixture
def member_id(uow: SqlAlchemyUnitOfWork) -> str:
    """Store a member with two ledger entries and return the member's id."""
    member = a_member()
    with uow:
        uow.members.add(member)
        uow.ledger.add(an_entry(member.id))
        uow.ledger.add(an_entry(member.id, kind=EntryKind.REDEEM, points=-20, sale_id=None))
        uow.commit()
    return member.id


def test_entries_come_back_unchanged_and_in_write_order(uow: SqlAlchemyUnitOfWork) -> None:
    member = a_member()
    entries = [
        an_entry(member.id, kind=EntryKind.BONUS, points=100, sale_id=None, reason="welcome"),
        an_entry(member.id),
        an_entry(
            member.id,
            kind=EntryKind.EXPIRE,
            points=-49,
            refers_to="lot-1",
            active_from=None,
            expires_on=None,
            card_number=None,
        ),
    ]
    with uow:
        uow.members.add(member)
        for entry in entries:
            uow.ledger.add(entry)
        uow.commit()
    with uow.read_only():
        assert uow.ledger.of_member(member.id) == entries
        assert uow.ledger.of_sale(entries[1].sale_id or "") == [entries[1]]
        assert uow.ledger.of_member("nobody") == []


@pytest.mark.parametrize(
    "statement",
    [update(ledger_entries).values(points=1_000_000), delete(ledger_entries)],
    ids=["update", "delete"],
)
def test_entries_cannot_be_changed_through_sqlalchemy(
    uow: SqlAlchemyUnitOfWork, member_id: str, statement: object
) -> None:
    with uow, pytest.raises(IntegrityError, match=INSERT_ONLY):
        uow.connection.execute(statement)  # type: ignore[call-overload]


@pytest.mark.parametrize(
    "sql",
    ["UPDATE ledger_entries SET points = points * 10", "DELETE FROM ledger_entries"],
    ids=["update", "delete"],
)
def test_entries_cannot_be_changed_through_raw_sqlite3(
    db_path: Path, member_id: str, sql: str
) -> None:
    raw = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match=INSERT_ONLY):
            raw.execute(sql)
    finally:
        raw.close()


def test_a_repeated_terminal_and_sequence_is_refused(
    uow: SqlAlchemyUnitOfWork, member_id: str
) -> None:
    with uow:
        uow.ledger.add(an_entry(member_id, terminal_id="T9", seq=7))
        with pytest.raises(IntegrityError, match=r"terminal_id, ledger_entries\.seq"):
            uow.ledger.add(an_entry(member_id, terminal_id="T9", seq=7))


def test_a_repeated_entry_id_is_refused(uow: SqlAlchemyUnitOfWork, member_id: str) -> None:
    first = an_entry(member_id)
    with uow:
        uow.ledger.add(first)
        with pytest.raises(IntegrityError, match=r"ledger_entries\.id"):
            uow.ledger.add(an_entry(member_id, id=first.id))


def test_sequences_count_from_one_per_terminal(uow: SqlAlchemyUnitOfWork) -> None:
    with uow:
        assert [uow.ledger.next_seq("A") for _ in range(3)] == [1, 2, 3]
        assert uow.ledger.next_seq("B") == 1
        uow.commit()
    with uow:
        assert uow.ledger.next_seq("A") == 4


def test_a_sequence_taken_in_a_rolled_back_transaction_is_given_again(
    uow: SqlAlchemyUnitOfWork,
) -> None:
    with uow:
        assert uow.ledger.next_seq("A") == 1
    with uow:
        assert uow.ledger.next_seq("A") == 1


def test_a_sequence_is_never_below_one_already_in_the_ledger(
    uow: SqlAlchemyUnitOfWork, member_id: str
) -> None:
    with uow:
        uow.ledger.add(an_entry(member_id, terminal_id="T5", seq=41))
        assert uow.ledger.next_seq("T5") == 42


def test_pos_is_the_rowid_and_grows_in_write_order(
    database: Database, db_path: Path, member_id: str
) -> None:
    raw = sqlite3.connect(db_path)
    try:
        rows = raw.execute("SELECT pos, rowid FROM ledger_entries ORDER BY rowid").fetchall()
    finally:
        raw.close()
    assert rows == [(1, 1), (2, 2)]
