"""The same migrations on PostgreSQL (the local server or POS_LOYALTY_TEST_PG), fresh schema."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, delete, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from db import downgrade, upgrade
from db.migrate import current_revision
from db.models import ledger_entries, members
from tests.postgres import scratch_schema

from .builders import a_member, an_entry

INSERT_ONLY = "ledger entries are insert-only: post a correcting entry"

pytestmark = pytest.mark.postgres


@pytest.fixture
def engine() -> Iterator[Engine]:
    """Migrate the scratch database from nothing; take it back to nothing afterwards."""
    with scratch_schema() as engine:
        upgrade(engine)
        yield engine
        downgrade(engine)


def test_the_schema_migrates_up_down_and_up_again_on_postgresql(engine: Engine) -> None:
    assert current_revision(engine) == "0006_sync"
    downgrade(engine)
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == "0006_sync"


def test_ledger_entries_are_insert_only_on_postgresql(engine: Engine) -> None:
    member = a_member()
    entry = an_entry(member.id)
    with engine.begin() as connection:
        member_row = {f: getattr(member, f) for f in ("id", "name", "phone", "email")}
        connection.execute(insert(members), {**member_row, "referral_rewarded": False})
        row = {c.name: getattr(entry, c.name) for c in ledger_entries.c if c.name != "pos"}
        connection.execute(insert(ledger_entries), {**row, "kind": entry.kind.value})
    for statement in (
        update(ledger_entries).values(points=0),
        delete(ledger_entries),
        text("TRUNCATE ledger_entries"),
    ):
        with engine.begin() as connection, pytest.raises(DBAPIError, match=INSERT_ONLY):
            connection.execute(statement)
    with engine.connect() as connection:
        stored = connection.execute(
            select(ledger_entries.c.business_date, ledger_entries.c.created_at)
        ).one()
        search = connection.execute(select(members.c.search_name)).scalar_one()
    assert stored.business_date == date(2026, 3, 8)
    assert stored.created_at == entry.created_at.astimezone(UTC)
    assert isinstance(stored.created_at, datetime) and stored.created_at.tzinfo is not None
    assert search == member.name
