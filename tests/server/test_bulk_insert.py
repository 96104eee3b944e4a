"""A push's rows as the database keeps them: written by COPY in binary on PostgreSQL.

A binary COPY names each column's type and sends each value in that type's own format, so a
model whose type differs from the migrated column would store garbage or be refused. Here
every value a ledger entry can hold (text with tabs, line breaks, backslashes and Cyrillic,
absent fields, a time at another UTC offset, the largest points) is read back from the
ledger, the receipts and the change log, and the types the COPY names are held to the
columns the migrations made.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta, timezone

import orjson
import psycopg
import pytest
from sqlalchemy import Engine, Table, select, text

from db.repositories.ledger import FIELDS, entry_from_row
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.services.evidence import content_hash
from pos_loyalty.services.payloads import entry_to_dict
from server.database import open_server_database
from server.models import change_log, entry_receipts, ledger_entries
from server.push import Item, apply_batch
from server.store.sql import copy_types
from server.store.terminals import add_enrolment, bind_token, enrol
from tests.postgres import scratch_schema

AT = datetime(2026, 11, 1, 9, 30, 15, 250000, tzinfo=UTC)
MOSCOW = timezone(timedelta(hours=3))


def _entries() -> list[LedgerEntry]:
    plain = LedgerEntry(
        id="e-1",
        terminal_id="T-1",
        seq=1,
        member_id="m-1",
        kind=EntryKind.EARN,
        points=10**9,
        business_date=date(2026, 11, 1),
        created_at=AT,
    )
    full = LedgerEntry(
        id="e-2",
        terminal_id="T-1",
        seq=2,
        member_id="m-2",
        kind=EntryKind.ADJUST,
        points=-(10**9),
        business_date=date(2026, 12, 31),
        created_at=datetime(2026, 12, 31, 23, 59, 59, 999999, tzinfo=MOSCOW),
        staff_id="кассир\t1",
        programme_version=2_147_483_647,
        card_number="0420000000013",
        sale_id="s-1",
        refers_to="e-1",
        active_from=date(2027, 1, 1),
        expires_on=date(9999, 12, 31),
        reason='исправление\\ «строка»\nвторая\r\tтретья "кавычки" \\N',
    )
    return [plain, full]


def test_a_pushed_entry_is_stored_as_it_was_sent_in_every_table(server_engine: Engine) -> None:
    open_server_database(server_engine)
    with server_engine.begin() as connection:
        code, _, _ = add_enrolment(connection, "Store", AT)
        bind_token(connection, enrol(connection, code, "T-1", AT), AT)
    sent = _entries()
    items = [Item(i, "ledger_entry", e, dict) for i, e in enumerate(sent, 1)]
    with server_engine.begin() as connection:
        assert apply_batch(connection, "T-1", items, AT).accepted == 2

    with server_engine.connect() as connection:
        columns = [ledger_entries.c[name] for name in FIELDS]
        rows = connection.execute(select(*columns).order_by(ledger_entries.c.seq)).all()
        stored = [entry_from_row(row) for row in rows]
        receipts = {
            r.entry_id: r.content_hash
            for r in connection.execute(
                select(entry_receipts.c.entry_id, entry_receipts.c.content_hash)
            )
        }
        logged = connection.execute(
            select(change_log.c.key, change_log.c.origin, change_log.c.entry_json).order_by(
                change_log.c.id
            )
        ).all()
    assert stored == sent
    assert stored[1].created_at.utcoffset() is not None
    assert stored[1].created_at == datetime(2026, 12, 31, 20, 59, 59, 999999, tzinfo=UTC)
    assert receipts == {e.id: content_hash(e) for e in sent}
    assert all(len(h) == 64 and int(h, 16) >= 0 for h in receipts.values())
    assert [(key, origin) for key, origin, _ in logged] == [("e-1", "T-1"), ("e-2", "T-1")]
    for (_, _, kept), entry in zip(logged, sent, strict=True):
        assert bytes(kept) == orjson.dumps(entry_to_dict(entry))
        assert orjson.loads(kept)["reason"] == entry.reason
    # The receipt is what a resend is checked against: the same entry again is a duplicate.
    with server_engine.begin() as connection:
        again = apply_batch(connection, "T-1", items, AT)
    assert (again.accepted, again.duplicates, again.refusals) == (0, 2, [])
    assert hashlib.sha256(b"").hexdigest() not in receipts.values()


@pytest.mark.parametrize("table", [ledger_entries, entry_receipts, change_log])
def test_the_types_a_binary_copy_names_are_the_migrated_columns_types(table: Table) -> None:
    names = [c.name for c in table.c]
    with scratch_schema() as engine:  # a binary COPY is PostgreSQL's; SQLite gets plain INSERTs
        open_server_database(engine)
        with engine.connect() as connection:
            migrated = {
                str(name): int(oid)
                for name, oid in connection.execute(
                    text(
                        "SELECT attname, atttypid::int FROM pg_attribute"
                        " WHERE attrelid = CAST(:table AS regclass) AND attnum > 0"
                        " AND NOT attisdropped"
                    ),
                    {"table": table.name},
                )
            }
        named = copy_types(engine.dialect, table, names)
    oids = [psycopg.postgres.types[name].oid for name in named]
    assert dict(zip(names, oids, strict=True)) == {name: migrated[name] for name in names}
