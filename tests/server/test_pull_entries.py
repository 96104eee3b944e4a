"""A pull page's ledger entries: the JSON their change-log rows hold, in change-log order.

The push stores each entry's `EntryPayload` as UTF-8 JSON beside its change-log row and a page
splices those bytes in as they are; rows logged before that column came hold none and the pull
writes their entries itself, byte for byte the same. A terminal never gets its own entries back,
and pages cut by position count its rows all the same.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Engine, inspect, text, update

from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.wire import decode, encode
from pos_loyalty.wire.payloads import EntryPayload
from server import migrate
from server.database import open_server_database
from server.models import change_log
from server.push import Item, apply_batch
from server.store.pull import cut
from server.store.terminals import add_enrolment, bind_token, enrol

DAY = date(2026, 11, 1)
AT = datetime(2026, 11, 1, 9, 30, 15, 250000, tzinfo=UTC)


def _entry(terminal_id: str, seq: int, points: int) -> LedgerEntry:
    return LedgerEntry(
        id=f"{terminal_id}-e{seq}",
        terminal_id=terminal_id,
        seq=seq,
        member_id="m-1",
        kind=EntryKind.EARN,
        points=points,
        business_date=DAY,
        created_at=AT + timedelta(minutes=seq),
        staff_id="кассир",
        programme_version=1,
        card_number="0420000000013",
        expires_on=DAY + timedelta(days=365),
        reason="начислено за покупку «Молоко» \\ 1 л",
    )


def _push(engine: Engine, terminal_id: str, entries: list[LedgerEntry]) -> None:
    items = [Item(i, "ledger_entry", e, dict) for i, e in enumerate(entries, 1)]
    with engine.begin() as connection:
        assert apply_batch(connection, terminal_id, items, AT).accepted == len(entries)


def _chain(engine: Engine) -> dict[str, list[LedgerEntry]]:
    """T-B pushes two entries, T-A two, then T-B one more: five change-log rows."""
    open_server_database(engine)
    with engine.begin() as connection:
        for terminal_id in ("T-A", "T-B"):
            code, _, _ = add_enrolment(connection, "Store", AT)
            bind_token(connection, enrol(connection, code, terminal_id, AT), AT)
    made = {
        "T-A": [_entry("T-A", 1, 10), _entry("T-A", 2, 20)],
        "T-B": [_entry("T-B", 1, 30), _entry("T-B", 2, 40), _entry("T-B", 3, 50)],
    }
    _push(engine, "T-B", made["T-B"][:2])
    _push(engine, "T-A", made["T-A"])
    _push(engine, "T-B", made["T-B"][2:])
    return made


def _texts(engine: Engine, terminal_id: str, limit: int = 100) -> list[str]:
    with engine.connect() as connection:
        return [e.decode() for e in cut(connection, (0, 0), limit, terminal_id).entries]


def test_a_page_holds_the_other_terminals_entries_as_their_wire_json(
    server_engine: Engine,
) -> None:
    made = _chain(server_engine)
    texts = _texts(server_engine, "T-A")
    assert texts == [
        json.dumps(encode(e, EntryPayload), ensure_ascii=False, separators=(",", ":"))
        for e in made["T-B"]
    ]
    assert [decode(EntryPayload, json.loads(t)).entry() for t in texts] == made["T-B"]
    assert '"created_at":"2026-11-01T09:31:15.250000+00:00"' in texts[0]
    assert '"reason":"начислено за покупку «Молоко» \\\\ 1 л"' in texts[0]
    assert [json.loads(t)["id"] for t in _texts(server_engine, "T-B")] == ["T-A-e1", "T-A-e2"]


def test_entries_logged_before_their_json_was_kept_are_written_the_same_in_their_place(
    server_engine: Engine,
) -> None:
    _chain(server_engine)
    kept = _texts(server_engine, "T-A")
    with server_engine.begin() as connection:
        connection.execute(
            update(change_log).where(change_log.c.key == "T-B-e2").values(entry_json=None)
        )
        missing = connection.execute(
            text("SELECT count(*) FROM change_log WHERE entry_json IS NULL")
        )
        assert missing.scalar_one() == 1
    assert _texts(server_engine, "T-A") == kept


def test_entries_pushed_before_the_json_was_kept_as_bytes_come_the_same_after_the_upgrade(
    server_engine: Engine,
) -> None:
    """A server at s0015 kept each entry's JSON as text; s0016 drops that column and the pull
    writes those entries from the ledger, byte for byte what a page held before."""
    _chain(server_engine)
    before = _texts(server_engine, "T-A")
    migrate.downgrade(server_engine, "s0015")
    with server_engine.begin() as connection:
        for text_json in before:
            connection.execute(
                text("UPDATE change_log SET payload = :json WHERE key = :id"),
                {"json": text_json, "id": json.loads(text_json)["id"]},
            )
    migrate.upgrade(server_engine)
    assert "payload" not in {c["name"] for c in inspect(server_engine).get_columns("change_log")}
    assert _texts(server_engine, "T-A") == before


def test_pages_count_the_terminals_own_rows_but_do_not_send_them(server_engine: Engine) -> None:
    _chain(server_engine)
    pages = []
    position = (0, 0)
    with server_engine.connect() as connection:
        for _ in range(4):
            page = cut(connection, position, 2, "T-A")
            ids = [json.loads(t)["id"] for t in page.entries]
            pages.append((ids, page.more))
            position = page.position
        assert cut(connection, position, 2, "T-A").position == position
    assert pages == [
        (["T-B-e1", "T-B-e2"], True),
        ([], True),
        (["T-B-e3"], False),
        ([], False),
    ]
