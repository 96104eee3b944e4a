"""Cutting a pull page: the changes after a cursor, with the current rows they point at.

A page lists each changed member, card, programme and staff account as it is now (a row
changed twice is sent once or twice, never stale: the terminal stores the newest), and each new
ledger entry once, in change-log order. A card's member is always in the same page or an
earlier one, so the terminal's foreign keys hold. A terminal's own entries, and the spend rows
of its own sales and refunds, are not sent back (the database leaves them out). A staff account
(with its PIN hash) goes only to the terminals of the stores it is given in `staff_stores`.

Entries are most of a catch-up's rows: each comes as the JSON its change-log row holds (bytes
written once at push, see `server.store.changes`), so a page's entries cost one range scan of
the change log and no object but those bytes per entry; only rows from before that column are
written here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select, text

from db import jsontext
from db.repositories.ledger import entry_from_row
from pos_loyalty.wire import field_names
from pos_loyalty.wire.pull import PulledMember
from server.models import (
    cards,
    chain_spend,
    ledger_entries,
    programmes,
    staff,
    staff_stores,
    terminals,
)
from server.store import changes
from server.store.sql import chunks, one_of
from server.store.wallets import COLUMNS as ENTRY_COLUMNS

MEMBER_FIELDS = field_names(PulledMember)
"""The fields of a pulled member (`PulledMember`), written as JSON by the database itself."""
_PAIRS = ", ".join(f"'{name}', {name}" for name in MEMBER_FIELDS)
_MEMBERS_PG = text(
    f"SELECT CAST(json_build_object({_PAIRS}) AS text) FROM members"
    " WHERE id = ANY(CAST(:ids AS varchar[]))"
)
_MEMBERS_SQLITE = text(f"SELECT json_object({_PAIRS}) FROM members WHERE id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)


@dataclass
class Page:
    """One page of changes and where the next one starts."""

    position: tuple[int, int]
    more: bool
    members: list[str] = field(default_factory=list)
    """Each member as JSON text (a page holds thousands: the database writes them)."""
    cards: list[Any] = field(default_factory=list)
    programmes: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    staff: list[Any] = field(default_factory=list)
    entries: list[bytes] = field(default_factory=list)
    """Each ledger entry as UTF-8 JSON (an `EntryPayload`, as the push stored it)."""
    spend: list[Any] = field(default_factory=list)


def _rows(connection: Connection, table: Table, key: str, values: Sequence[Any]) -> list[Any]:
    query = select(table).where(one_of(connection, table.c[key], "keys"))
    found: list[Any] = []
    for chunk in chunks(list(values)):
        found.extend(connection.execute(query, {"keys": list(chunk)}))
    return found


def cut(connection: Connection, after: tuple[int, int], limit: int, terminal_id: str) -> Page:
    """Return the page of changes after `after` for `terminal_id`."""
    span = changes.span(connection, after, limit, terminal_id)
    page = Page(position=span.until, more=span.full)
    if span.until == after:
        return page
    wanted: dict[str, dict[str, None]] = {k: {} for k in ("member", "card", "programme", "staff")}
    unwritten: dict[str, int] = {}
    spend_ids: dict[int, None] = {}
    for _xid, _id, kind, key, entry in span.rows:
        if entry is not None:
            page.entries.append(entry)
        elif kind is None or key is None:
            continue  # the terminal's own entry or spend row
        elif kind == changes.ENTRY:
            unwritten[key] = len(page.entries)
            page.entries.append(b"")
        elif kind == changes.SPEND:
            spend_ids[int(key)] = None
        else:
            wanted[kind][key] = None
    page.cards = _rows(connection, cards, "number", list(wanted["card"]))
    page.members = _members_in_span(connection, after, page.position) if wanted["member"] else []
    holders = {c.member_id for c in page.cards if c.member_id is not None}
    page.members += _members_json(connection, sorted(holders - set(wanted["member"])))
    versions = [int(v) for v in wanted["programme"]]
    page.programmes = [
        (r.version, jsontext.loads(r.data))
        for r in _rows(connection, programmes, "version", versions)
    ]
    page.staff = _staff_of_store(connection, list(wanted["staff"]), terminal_id)
    if unwritten:
        page.entries = _written(connection, page.entries, unwritten)
    page.spend = _rows(connection, chain_spend, "id", list(spend_ids))
    return page


def _staff_of_store(connection: Connection, ids: list[str], terminal_id: str) -> list[Any]:
    """The accounts among `ids` given to the store of `terminal_id`; the others stay away."""
    if not ids:
        return []
    store = select(terminals.c.store_id).where(terminals.c.id == terminal_id).scalar_subquery()
    query = (
        select(staff)
        .join(staff_stores, staff_stores.c.staff_id == staff.c.id)
        .where(staff_stores.c.store_id == store, one_of(connection, staff.c.id, "keys"))
    )
    found: list[Any] = []
    for chunk in chunks(ids):
        found.extend(connection.execute(query, {"keys": list(chunk)}))
    return found


def _members_in_span(
    connection: Connection, after: tuple[int, int], until: tuple[int, int]
) -> list[str]:
    """The members the page's change-log rows name, as JSON objects, in one query."""
    json = "CAST(json_build_object({}) AS text)"
    if connection.dialect.name != "postgresql":
        json = "json_object({})"
    query = text(
        f"SELECT {json.format(_PAIRS)} FROM members WHERE id IN ({changes.span_keys(connection)})"
    )
    params = changes.span_params(changes.MEMBER, after, until)
    return list(connection.execute(query, params).scalars())


def _members_json(connection: Connection, ids: list[str]) -> list[str]:
    """The members as JSON objects: one query on PostgreSQL, bounded IN lists on SQLite."""
    if not ids:
        return []
    if connection.dialect.name == "postgresql":
        return list(connection.execute(_MEMBERS_PG, {"ids": ids}).scalars())
    found: list[str] = []
    for chunk in chunks(ids):
        found.extend(connection.execute(_MEMBERS_SQLITE, {"ids": list(chunk)}).scalars())
    return found


def _written(connection: Connection, entries: list[bytes], places: dict[str, int]) -> list[bytes]:
    """The entries with those whose change-log rows hold no JSON (older rows) written in."""
    query = select(*ENTRY_COLUMNS).where(one_of(connection, ledger_entries.c.id, "ids"))
    for chunk in chunks(list(places)):
        for row in connection.execute(query, {"ids": list(chunk)}):
            entry = entry_from_row(row)
            entries[places[entry.id]] = changes.entry_json(entry)
    return [entry for entry in entries if entry]
