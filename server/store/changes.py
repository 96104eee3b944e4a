"""The change log: what changed, in an order that a pull cursor can follow without gaps.

Every write that terminals must learn about adds a row (kind, key). On PostgreSQL each row also
holds the id of the transaction that wrote it (`xid`, from `pg_current_xact_id()`): a pull
page returns only rows whose transaction id is below the xmin of its own snapshot, so every
transaction that could still add a row below the cursor has finished. Rows are ordered by
(xid, id) and the cursor remembers the last pair, so a transaction that began earlier but
commits later is delivered when it commits, exactly once. On SQLite writers take turns, so the
row id alone is a safe cursor.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, text

from server.models import change_log
from server.store.sql import bulk_insert

MEMBER, CARD, PROGRAMME, STAFF, ENTRY = "member", "card", "programme", "staff", "entry"
SPEND = "spend"

# Ordered by the xid8 column itself (qualified: the bare name would be the text output
# column, and "10" sorts before "9"), which also lets the (xid, id) index serve the page.
_PAGE_PG = text(
    "SELECT id, xid::text AS xid, kind, key, origin FROM change_log"
    " WHERE (xid, id) > (CAST(CAST(:xid AS text) AS xid8), :id)"
    " AND xid < pg_snapshot_xmin(pg_current_snapshot())"
    " ORDER BY change_log.xid, change_log.id LIMIT :limit"
)
_PAGE_SQLITE = text(
    "SELECT id, 0 AS xid, kind, key, origin FROM change_log WHERE id > :id ORDER BY id LIMIT :limit"
)


_SPAN_PG = (
    "SELECT key FROM change_log WHERE kind = :kind"
    " AND (xid, id) > (CAST(CAST(:after_xid AS text) AS xid8), :after_id)"
    " AND (xid, id) <= (CAST(CAST(:until_xid AS text) AS xid8), :until_id)"
)
_SPAN_SQLITE = (
    "SELECT key FROM change_log WHERE kind = :kind AND id > :after_id AND id <= :until_id"
)


@dataclass(frozen=True, slots=True)
class Change:
    """One change-log row: what changed, which terminal caused it, and its position."""

    id: int
    xid: int
    kind: str
    key: str
    origin: str | None


def record(
    connection: Connection, kind: str, keys: Iterable[str], origin: str | None = None
) -> None:
    """Note that these rows changed (inside the transaction that changed them)."""
    now = datetime.now(UTC)
    rows = [{"kind": kind, "key": key, "origin": origin, "at": now} for key in keys]
    bulk_insert(connection, change_log, rows)


def page(connection: Connection, after: tuple[int, int], limit: int) -> list[Change]:
    """Return up to `limit` changes after position (xid, id) that no running transaction can
    still precede."""
    xid, row_id = after
    if connection.dialect.name == "postgresql":
        params = {"xid": str(xid), "id": row_id, "limit": limit}
        rows = connection.execute(_PAGE_PG, params)
    else:
        rows = connection.execute(_PAGE_SQLITE, {"id": row_id, "limit": limit})
    return [Change(i, int(x), kind, key, origin) for i, x, kind, key, origin in rows]


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
