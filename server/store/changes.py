"""The change log: what changed, in an order that a pull cursor can follow without gaps.

Every write that terminals must learn about adds a row (kind, key). On PostgreSQL each row also
holds the id of the transaction that wrote it (`xid`, from `pg_current_xact_id()`): a pull
page returns only rows whose transaction id is below the xmin of its own snapshot, so every
transaction that could still add a row below the cursor has finished. Rows are ordered by
(xid, id) and the cursor remembers the last pair, so a transaction that began earlier but
commits later is delivered when it commits, exactly once. On SQLite writers take turns, so the
row id alone is a safe cursor.

A page is read in one query (`span`): its rows with their positions, the last one's being where
the next page starts. A ledger entry's row also holds the entry as a pull page sends it
(`entry_json`, UTF-8 JSON bytes written at push: entries never change), so a page's entries are
read from the change log alone and spliced into the answer as the bytes they are, never decoded
to strings; rows written before the column came have none (`server.store.pull` writes those).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import Connection, text

from pos_loyalty.domain.ledger import LedgerEntry
from pos_loyalty.wire import encode
from pos_loyalty.wire.payloads import EntryPayload
from server.models import change_log
from server.store.sql import bulk_insert

MEMBER, CARD, PROGRAMME, STAFF, ENTRY = "member", "card", "programme", "staff", "entry"
SPEND = "spend"

# A page is the first `limit` rows after the cursor, in (xid, id) order, read in one query:
# every row comes with its position (the last one's is where the next page starts). Ordered by
# the xid8 column itself (qualified: the bare name would be the text output column, and "10"
# sorts before "9"), which also lets the (xid, id) index serve the page. Only rows below the
# snapshot's xmin count (see the module). A page is mostly entries, so a row carries no more
# than its use needs (each value is an object made in Python, ten thousand per page): an
# entry with its JSON comes as those bytes alone (no kind, no key); an entry without (older
# rows) and every other change as kind and key; the terminal's own entries and spend rows as
# their position alone (skipped, but they move the cursor).
_KEEP = "(kind NOT IN ('entry', 'spend') OR origin IS NULL OR origin <> {terminal})"
_BARE = "(NOT keep OR (kind = 'entry' AND entry_json IS NOT NULL))"
_SELECT = (
    f"SELECT {{xid}}, id, CASE WHEN {_BARE} THEN NULL ELSE kind END,"
    f" CASE WHEN {_BARE} THEN NULL ELSE key END, CASE WHEN keep THEN entry_json END"
    f" FROM (SELECT {{columns}}, {_KEEP} AS keep FROM change_log"
)
# Run on the driver's cursor in binary: rows of the driver's own cost a quarter of what
# wrapping each in a Row does, and bytes come over as they are.
_PAGE_PG = (
    _SELECT.format(
        xid="xid::text", columns="xid, id, kind, key, entry_json", terminal="%(terminal)s"
    )
    + " WHERE (xid, id) > (CAST(%(xid)s::text AS xid8), %(id)s)"
    " AND xid < pg_snapshot_xmin(pg_current_snapshot())"
    " ORDER BY change_log.xid, change_log.id LIMIT %(limit)s) AS page"
    " ORDER BY page.xid, page.id"
)
# The log is written in (xid, id) order, so its index hands a page over in order. Before the
# table is first analysed (a new server's first busy morning) the planner cannot know that: it
# chose to sort every row after the cursor for each page, reading the rest of the log again
# page after page. Sorting is turned off for the rest of the pull's read transaction only.
_IN_ORDER_PG = text("SET LOCAL enable_sort = off")
_PAGE_SQLITE = text(
    _SELECT.format(xid="0", columns="id, kind, key, entry_json", terminal=":terminal")
    + " WHERE id > :id ORDER BY id LIMIT :limit) AS page ORDER BY id"
)


_SPAN_PG = (
    "SELECT key FROM change_log WHERE kind = :kind"
    " AND (xid, id) > (CAST(CAST(:after_xid AS text) AS xid8), :after_id)"
    " AND (xid, id) <= (CAST(CAST(:until_xid AS text) AS xid8), :until_id)"
)
_SPAN_SQLITE = (
    "SELECT key FROM change_log WHERE kind = :kind AND id > :after_id AND id <= :until_id"
)


_COLUMNS = ("kind", "key", "origin", "at")


def record(
    connection: Connection,
    kind: str,
    keys: Sequence[str],
    origin: str | None = None,
    entries: Sequence[bytes] | None = None,
) -> None:
    """Note that these rows changed (inside the transaction that changed them).

    `entries`: for ledger entries, each entry as `entry_json` writes it (the pull sends it).
    """
    now = datetime.now(UTC)
    if entries is None:
        bulk_insert(connection, change_log, _COLUMNS, [(kind, k, origin, now) for k in keys])
        return
    rows = [(kind, k, origin, now, e) for k, e in zip(keys, entries, strict=True)]
    bulk_insert(connection, change_log, (*_COLUMNS, "entry_json"), rows)


def entry_json(entry: LedgerEntry, data: dict[str, Any] | None = None) -> bytes:
    """A ledger entry as a pull page sends it: the `EntryPayload` as compact UTF-8 JSON.

    `data`: the entry already encoded (`encode(entry, EntryPayload)`), when the caller has it.
    """
    return orjson.dumps(encode(entry, EntryPayload) if data is None else data)


@dataclass(frozen=True, slots=True)
class Span:
    """The change-log rows of one pull page and where it ends."""

    until: tuple[int, int]
    """The position of the page's last row (the cursor it started from, if it has none)."""
    full: bool
    """The page holds `limit` rows: more may follow."""
    rows: Sequence[tuple[Any, int, str | None, str | None, bytes | None]]
    """The rows in order as (xid, id, kind, key, entry_json): an entry with its JSON as
    (.., None, None, bytes), every other change as (.., kind, key, None), and the terminal's own
    entries and spend rows, which it must not be sent, as (.., None, None, None)."""


def span(connection: Connection, after: tuple[int, int], limit: int, terminal_id: str) -> Span:
    """The page of at most `limit` change-log rows after position `after`, for `terminal_id`.

    Only rows that no running transaction can still precede count (see the module).
    """
    params = {"xid": str(after[0]), "id": after[1], "limit": limit, "terminal": terminal_id}
    found: Sequence[Any]
    if connection.dialect.name == "postgresql":
        connection.execute(_IN_ORDER_PG)
        raw = connection.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor:
            cursor.execute(_PAGE_PG, params, binary=True)
            found = cursor.fetchall()
    else:
        found = connection.execute(_PAGE_SQLITE, params).all()
    if not found:
        return Span(after, False, [])
    last = found[-1]
    return Span((int(last[0]), int(last[1])), len(found) == limit, found)


def span_keys(connection: Connection) -> str:
    """SQL for the keys of one kind changed in (after, until]: a page's keys, by position.

    Lets a query read the rows a page names without sending their keys back to the database.
    It may name a little more than the page (a transaction that finished since), never less.
    """
    return _SPAN_PG if connection.dialect.name == "postgresql" else _SPAN_SQLITE


def span_params(kind: str, after: tuple[int, int], until: tuple[int, int]) -> dict[str, object]:
    """The parameters of `span_keys`."""
    return {
        "kind": kind,
        "after_xid": str(after[0]),
        "after_id": after[1],
        "until_xid": str(until[0]),
        "until_id": until[1],
    }
