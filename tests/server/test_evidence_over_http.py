"""Evidence against the server's copy, over HTTP, on SQLite and PostgreSQL: tampering at the till
after a sync is named by `audit verify`; staff accounts go only to their stores' terminals.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC

from sqlalchemy import Engine, select

from db.models import audit_log
from pos_loyalty.domain.audit import AuditRecord, chained
from pos_loyalty.services.audit import record_action
from server import admin
from server.models import audit_copies, evidence_heads
from tests.server.live import LiveServer, Till, enrolment_code
from ui import audit_check

TillFactory = Callable[[str], Till]


def _synced_till(live: LiveServer, server_engine: Engine, till_factory: TillFactory) -> Till:
    """An enrolled terminal with a member, a sale and three audit records, all synced."""
    till = till_factory("T-1")
    till.enrol(live.url, enrolment_code(server_engine, "Store"))
    card = till.register("Иван Петров", "+79123456789").card
    assert card is not None
    till.checkout(card.number, 100_000)
    uow = till.db.uow()
    for n in (1, 2, 3):
        with uow:
            record_action(uow, till.actor(), "setting", {"n": n}, till.clock)
            uow.commit()
    till.sync()
    return till


def _sql(till: Till, *statements: str) -> None:
    path = till.db.engine.url.database
    assert path is not None
    with sqlite3.connect(path) as raw:
        for statement in statements:
            raw.execute(statement)


def _problems(till: Till) -> list[str]:
    return audit_check.verify(till.db.uow).problems


def test_the_server_keeps_hashes_and_heads_and_an_untouched_till_verifies(
    live: LiveServer, server_engine: Engine, till_factory: TillFactory
) -> None:
    till = _synced_till(live, server_engine, till_factory)
    with server_engine.connect() as connection:
        held = connection.execute(select(audit_copies.c.seq)).scalars().all()
        heads = connection.execute(select(evidence_heads)).all()
        (report,) = admin.evidence_report(connection)
    assert held == [1, 2, 3] and len(heads) == 1 and heads[0].ledger_count == 2
    assert report["ledger_head_matches"] is True and report["conflicts"] == []
    check = audit_check.verify(till.db.uow)
    assert check.intact and check.compared == (3, 2) and check.unchecked == []
    till.sync()  # nothing new: no new head
    with server_engine.connect() as connection:
        assert len(connection.execute(select(evidence_heads)).all()) == 1


def test_records_rechained_with_the_key_differ_from_the_servers_copy(
    live: LiveServer, server_engine: Engine, till_factory: TillFactory
) -> None:
    till = _synced_till(live, server_engine, till_factory)
    uow = till.db.uow()
    with uow.read_only():
        records, keys = uow.audit.all(), uow.audit.keys()
    previous = None
    rechained = []
    for r in records:  # root on the till: the key read from the file, the log rewritten
        details = {"n": 99} if r.seq == 2 else r.details
        draft = AuditRecord(0, r.at, r.terminal_id, r.staff_id, r.action, details)
        previous = chained(draft, previous, keys)
        rechained.append(previous)
    _sql(till, "DROP TRIGGER audit_log_no_delete", "DELETE FROM audit_log")
    with till.db.engine.begin() as connection:
        connection.execute(audit_log.insert(), [_row(r) for r in rechained])
    assert _problems(till) == [
        "audit record 2 differs from the copy on the server",
        "audit record 3 differs from the copy on the server",
    ]
    till.sync()  # the rewrite is not sent over the first copy
    with server_engine.connect() as connection:
        (report,) = admin.evidence_report(connection)
    assert report["conflicts"] == []


def test_a_deleted_log_and_a_deleted_or_edited_entry_are_named(
    live: LiveServer, server_engine: Engine, till_factory: TillFactory
) -> None:
    till = _synced_till(live, server_engine, till_factory)
    _sql(
        till,
        "DROP TRIGGER audit_log_no_delete",
        "DELETE FROM audit_log",
        "DROP TRIGGER ledger_entries_no_update",
        "DROP TRIGGER ledger_entries_no_delete",
        "UPDATE ledger_entries SET points = points + 10000 WHERE seq = 2",
        "UPDATE balances SET balance = balance + 10000",
        "UPDATE lots SET remaining = remaining + 10000 WHERE id ="
        " (SELECT id FROM ledger_entries WHERE seq = 2)",
    )
    with sqlite3.connect(str(till.db.engine.url.database)) as raw:
        first = raw.execute("SELECT id FROM ledger_entries WHERE seq = 1").fetchone()[0]
        second = raw.execute("SELECT id FROM ledger_entries WHERE seq = 2").fetchone()[0]
        raw.execute("DELETE FROM ledger_entries WHERE seq = 1")
    problems = _problems(till)
    assert [p for p in problems if p.startswith("audit record")] == [
        f"audit record {n} was deleted after it was sent to the server" for n in (1, 2, 3)
    ]
    assert f"ledger entry {first} (sequence 1) was deleted after it was sent to the server" in (
        problems
    )
    assert (
        f"ledger entry {second} (sequence 2) was changed after it was sent: "
        "it differs from the server's"
    ) in problems


def test_offline_verify_checks_locally_and_says_what_it_could_not_compare(
    live: LiveServer, server_engine: Engine, till_factory: TillFactory
) -> None:
    till = _synced_till(live, server_engine, till_factory)
    live.stop()
    check = audit_check.verify(till.db.uow)
    assert check.intact and check.records == 3 and check.members == 1
    assert len(check.unchecked) == 1
    assert check.unchecked[0].startswith("not compared with the server's copy: the server")
    assert audit_check.as_lines(check)[-1] == check.unchecked[0]


def test_a_terminal_receives_only_the_staff_of_its_store(
    live: LiveServer, server_engine: Engine, till_factory: TillFactory
) -> None:
    till = till_factory("T-1")
    till.enrol(live.url, enrolment_code(server_engine, "Store"))
    enrolment_code(server_engine, "Other")
    with server_engine.begin() as connection:
        admin.add_staff(connection, "Анна", "cashier", "2468", ["Store"])
        admin.add_staff(connection, "Борис", "cashier", "1357", ["Other"])
        admin.add_staff(connection, "Вера", "cashier", "8642", ["Store", "Other"])
    till.sync()
    assert _staff_names(till) == ["Анна", "Вера"]
    with server_engine.begin() as connection:
        assert admin.set_staff_stores(connection, "Борис", ["Other", "Store"]) == [
            "Other",
            "Store",
        ]
    till.sync()
    assert _staff_names(till) == ["Анна", "Борис", "Вера"]
    with till.client() as client:
        page = client.pull(None, 10_000)
    hashes = {s["name"]: s["pin_hash"] for s in page["staff"]}
    assert set(hashes) == {"Анна", "Борис", "Вера"}


def _staff_names(till: Till) -> list[str]:
    uow = till.db.uow()
    with uow.read_only():
        return sorted(s.name for s in uow.staff.all())


def _row(r: AuditRecord) -> dict[str, object]:
    return {
        "seq": r.seq,
        "at": r.at.astimezone(UTC) if r.at.tzinfo else r.at.replace(tzinfo=UTC),
        "terminal_id": r.terminal_id,
        "staff_id": r.staff_id,
        "approved_by": r.approved_by,
        "action": r.action,
        "details": json.dumps(r.details),
        "prev_hash": r.prev_hash,
        "hash": r.hash,
    }
