"""The audit log's reads for the back office on SQLite and PostgreSQL: pages newest first, one
action's records, batches oldest first, counts, and the actions the log holds."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine

from db import Database, upgrade
from db.repositories import SqlAlchemyAuditLog
from pos_loyalty.domain.audit import AuditRecord, chained, verify_chain
from tests.postgres import scratch_schema

ACTIONS = ["refund", "bonus", "staff_role", "bonus", "void", "bonus", "staff_add"]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine(request: pytest.FixtureRequest, database: Database) -> Iterator[Engine]:
    """A migrated database of either kind, its log holding one record per item of ACTIONS."""
    if request.param == "sqlite":
        _fill(database.engine)
        yield database.engine
        return
    with scratch_schema() as pg:
        upgrade(pg)
        _fill(pg)
        yield pg


def _fill(engine: Engine) -> None:
    start = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    with engine.begin() as connection:
        log = SqlAlchemyAuditLog(connection)
        for n, action in enumerate(ACTIONS):
            draft = AuditRecord(0, start + timedelta(minutes=n), "T-1", "s-1", action, {"n": n})
            log.add(chained(draft, log.last()))


def test_pages_run_newest_first_below_a_sequence_number(engine: Engine) -> None:
    with engine.connect() as connection:
        log = SqlAlchemyAuditLog(connection)
        assert [r.seq for r in log.newest(3, None, None)] == [7, 6, 5]
        assert [r.seq for r in log.newest(3, 5, None)] == [4, 3, 2]
        assert [r.seq for r in log.newest(3, 2, None)] == [1]


def test_a_page_of_one_action(engine: Engine) -> None:
    with engine.connect() as connection:
        log = SqlAlchemyAuditLog(connection)
        assert [r.seq for r in log.newest(2, None, "bonus")] == [6, 4]
        assert [r.seq for r in log.newest(2, 4, "bonus")] == [2]
        assert log.newest(5, None, "merge") == []


def test_counts_and_the_actions_held(engine: Engine) -> None:
    with engine.connect() as connection:
        log = SqlAlchemyAuditLog(connection)
        assert log.count(None) == 7 and log.count("bonus") == 3 and log.count("merge") == 0
        assert log.actions() == ["bonus", "refund", "staff_add", "staff_role", "void"]


def test_batches_read_back_the_whole_chain_intact(engine: Engine) -> None:
    with engine.connect() as connection:
        log = SqlAlchemyAuditLog(connection)
        batches = [log.after(0, 3), log.after(3, 3), log.after(6, 3), log.after(7, 3)]
        assert [[r.seq for r in b] for b in batches] == [[1, 2, 3], [4, 5, 6], [7], []]
        assert verify_chain([r for b in batches for r in b]) == []


def test_an_empty_log_holds_no_actions(database: Database) -> None:
    with database.engine.connect() as connection:
        log = SqlAlchemyAuditLog(connection)
        assert (log.actions(), log.count(None), log.newest(5, None, None)) == ([], 0, [])


def test_a_second_key_before_any_record_under_the_first_keys_the_chain_anew(
    engine: Engine,
) -> None:
    """Enrolled twice with nothing done between: the unused key keys one record saying so, and
    the new key is in force from the record after it (keys are insert-only, one per record)."""
    first, second, at = bytes(range(32)), bytes(range(1, 33)), datetime(2026, 11, 3, tzinfo=UTC)
    with engine.begin() as connection:
        log = SqlAlchemyAuditLog(connection)
        assert log.add_key(first, at, "T-1") == 8  # 7 records written before any key
        assert log.add_key(first, at, "T-1") == 8  # the same key again: nothing changes
        assert log.add_key(second, at, "T-1") == 9
        keys = log.keys()
        assert keys.keys == ((8, first), (9, second))
        replaced = log.last()
        assert replaced is not None
        assert (replaced.seq, replaced.action, replaced.terminal_id) == (
            8,
            "audit_key_replaced",
            "T-1",
        )
        draft = AuditRecord(0, at, "T-1", "s-1", "bonus", {"n": 9})
        log.add(chained(draft, log.last(), keys))
        assert verify_chain(log.after(0, 100), log.keys()) == []
