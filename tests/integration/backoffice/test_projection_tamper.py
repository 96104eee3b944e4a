"""`audit verify` on a real file: the keyed chain, and balances and lots recomputed from the ledger.

Each test does what someone with the file and an SQLite shell could: edit the projection,
drop a trigger and edit the ledger, forge a record with the project's own (unkeyed) function.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from db import Database
from db.models import audit_log
from db.repositories.audit import SqlAlchemyAuditLog
from pos_loyalty.domain.audit import AuditRecord, chained
from pos_loyalty.domain.ledger import EntryKind
from pos_loyalty.services.audit import check_audit_log, record_action, verify_audit_log
from pos_loyalty.services.members import Registration, register_member
from pos_loyalty.services.posting import Actor, Book
from tests.integration.backoffice.conftest import Clock
from ui import audit_check

KEY = bytes(range(32))


@pytest.fixture
def store(database: Database, clock: Clock, actor: Actor) -> tuple[Database, str, str]:
    """Two records before the key, two after; a member with 500 points (welcome, 130, 270)."""
    uow = database.uow()
    for n in (1, 2):
        with uow:
            record_action(uow, actor, "setting", {"n": n}, clock)
            uow.commit()
    with uow:
        SqlAlchemyAuditLog(uow.connection).add_key(KEY, datetime.now(UTC))
        uow.commit()
    registered = register_member(
        Registration("Иван Петров", "+7 912 345 67 89", True),
        uow=database.uow(),
        clock=clock,
        actor=actor,
    )
    member = registered.member.id
    with uow:
        book = Book(uow, actor, member, clock(), 1)
        book.post(EntryKind.BONUS, 130, reason="review")
        book.post(EntryKind.BONUS, 270, reason="review", expires_on=date(2027, 3, 2))
        book.close()
        for n in (3, 4):
            record_action(uow, actor, "bonus", {"n": n}, clock)
        uow.commit()
    return database, member, registered.card.number if registered.card else ""


def _sql(path: Path, *statements: str) -> None:
    with sqlite3.connect(path) as raw:
        for statement in statements:
            raw.execute(statement)


def test_a_store_as_written_verifies_and_keyed_records_use_the_key(
    store: tuple[Database, str, str],
) -> None:
    database, _, _ = store
    check = check_audit_log(uow=database.uow())
    assert check.intact and check.records == 4 and check.members == 1
    uow = database.uow()
    with uow.read_only():
        keys = uow.audit.keys()
    assert keys.for_seq(2) is None and keys.for_seq(3) == KEY


def test_points_added_to_a_balance_are_named_with_member_card_and_figures(
    store: tuple[Database, str, str], db_path: Path
) -> None:
    database, member, card = store
    _sql(db_path, f"UPDATE balances SET balance = balance + 50000 WHERE member_id = '{member}'")
    assert verify_audit_log(uow=database.uow()) == [
        f"member {member} (card {card}): balances balance is 50500 in the table, "
        "500 from the ledger"
    ]


def test_a_lot_given_more_points_or_no_expiry_is_named(
    store: tuple[Database, str, str], db_path: Path
) -> None:
    database, member, card = store
    _sql(
        db_path,
        "UPDATE lots SET remaining = remaining + 10000, expires_on = NULL"
        f" WHERE member_id = '{member}' AND remaining = 270",
    )
    problems = verify_audit_log(uow=database.uow())
    assert len(problems) == 2, problems
    assert all(p.startswith(f"member {member} (card {card}): lots lot ") for p in problems)
    assert any("remaining is 10270 in the table, 270 from the ledger" in p for p in problems)
    assert any("expires_on is None in the table, 2027-03-02 from the ledger" in p for p in problems)


def test_a_lot_and_balance_with_no_entries_behind_them_are_found(
    store: tuple[Database, str, str], db_path: Path
) -> None:
    database, _, _ = store
    _sql(
        db_path,
        "INSERT INTO lots VALUES ('forged', 'nobody', 0, 10000, '2026-01-01', NULL)",
        "INSERT INTO balances VALUES ('nobody', 10000, 0)",
    )
    problems = verify_audit_log(uow=database.uow())
    assert "member nobody: balances balance is 10000 in the table, 0 from the ledger" in problems
    assert (
        "member nobody: lots lot forged is 10000 points in the table, no lot from the ledger"
        in (problems)
    )


def test_a_ledger_entry_edited_after_dropping_the_trigger_shows_in_the_projection(
    store: tuple[Database, str, str], db_path: Path
) -> None:
    database, member, _ = store
    _sql(
        db_path,
        "DROP TRIGGER ledger_entries_no_update",
        f"UPDATE ledger_entries SET points = 5000 WHERE member_id = '{member}' AND points = 130",
    )
    problems = verify_audit_log(uow=database.uow())
    assert any("balances balance is 500 in the table, 5370 from the ledger" in p for p in problems)


def test_a_record_forged_with_the_unkeyed_function_is_found(
    store: tuple[Database, str, str], db_path: Path, actor: Actor, clock: Clock
) -> None:
    database, _, _ = store
    uow = database.uow()
    with uow.read_only():
        last = uow.audit.last()
    forged = chained(AuditRecord(0, clock(), "T-1", "boss", "bonus", {"points": 9}), last)
    with database.engine.begin() as connection:
        connection.execute(audit_log.insert(), [_row(forged)])
    assert verify_audit_log(uow=database.uow()) == ["record 5 was altered after it was written"]


def test_records_rechained_without_the_key_are_found(
    store: tuple[Database, str, str], db_path: Path
) -> None:
    database, _, _ = store
    uow = database.uow()
    with uow.read_only():
        records = uow.audit.all()
    previous = None
    rechained = []
    for record in records:
        details = {"n": 99} if record.seq == 3 else record.details
        previous = chained(AuditRecord(0, record.at, "T-1", "s", record.action, details), previous)
        rechained.append(previous)
    _sql(db_path, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log")
    with database.engine.begin() as connection:
        connection.execute(audit_log.insert(), [_row(r) for r in rechained])
    problems = verify_audit_log(uow=database.uow())
    assert problems == [
        "record 3 was altered after it was written",
        "record 4 was altered after it was written",
    ]


def test_the_verify_command_names_each_difference_and_what_it_did_not_check(
    store: tuple[Database, str, str], db_path: Path
) -> None:
    _, member, _ = store
    database = store[0]
    fine = audit_check.as_lines(audit_check.verify(database.uow))
    assert "balances and lots of 1 members match the ledger" in fine
    assert "not compared with a central server: this terminal is not enrolled" in fine
    _sql(db_path, f"UPDATE balances SET balance = 10500 WHERE member_id = '{member}'")
    answer = audit_check.as_dict(audit_check.verify(database.uow))
    assert answer["intact"] is False and answer["members"] == 1
    assert answer["problems"] == [
        f"member {member} (card {store[2]}): balances balance is 10500 in the table, "
        "500 from the ledger"
    ]


def _row(r: AuditRecord) -> dict[str, object]:
    return {
        "seq": r.seq,
        "at": r.at,
        "terminal_id": r.terminal_id,
        "staff_id": r.staff_id,
        "approved_by": r.approved_by,
        "action": r.action,
        "details": json.dumps(r.details),
        "prev_hash": r.prev_hash,
        "hash": r.hash,
    }
