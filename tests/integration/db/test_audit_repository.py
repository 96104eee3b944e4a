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
