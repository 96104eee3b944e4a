"""Balances on the server, from the entries of every terminal.

A balance is the sum of a member's entries, whatever order they arrive in, with one exception:
an expiry takes what is left of one lot, which depends on what came before it. So a batch adds
its points to the stored balances of the members it touched, and rebuilds from scratch (in
canonical order, `db.convergence`) only the members with expiry entries. The debt is what is
below zero: credits pay debt first, so a member never holds lots and debt at once. Pushes that
touch the same member take turns (an advisory lock per member on PostgreSQL; the write lock on
SQLite). A balance below zero is accepted (the goods are gone) and flagged for the report.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, func, select, text

from db.convergence import rebuild
from db.repositories.ledger import FIELDS, entry_from_row
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry, Wallet
from server.models import balance_flags, balances, cards, ledger_entries
from server.store.sql import chunks, insert_for, one_of, upsert

COLUMNS = tuple(ledger_entries.c[name] for name in FIELDS)
_LOCK = text("SELECT count(pg_advisory_xact_lock(k)) FROM unnest(CAST(:keys AS bigint[])) AS t(k)")


@dataclass(frozen=True, slots=True)
class Negative:
    """A member whose balance is below zero, since when and how low it went."""

    member_id: str
    balance: int
    lowest: int
    flagged_at: datetime
    cards: tuple[str, ...]


def lock_key(member_id: str) -> int:
    """A signed 64-bit advisory-lock key for a member."""
    return int.from_bytes(hashlib.sha256(member_id.encode()).digest()[:8], "big", signed=True)


def lock_members(connection: Connection, member_ids: Iterable[str]) -> None:
    """Wait for other pushes touching these members (in one global order: no deadlock)."""
    if connection.dialect.name != "postgresql":
        return
    keys = sorted({lock_key(m) for m in member_ids})
    if keys:
        connection.execute(_LOCK, {"keys": keys})


def entries_of(connection: Connection, member_ids: Sequence[str]) -> dict[str, list[LedgerEntry]]:
    """Return the entries of several members."""
    query = select(ledger_entries.c.member_id, *COLUMNS).where(
        one_of(connection, ledger_entries.c.member_id, "ids")
    )
    found: dict[str, list[LedgerEntry]] = {m: [] for m in member_ids}
    for chunk in chunks(list(member_ids)):
        for row in connection.execute(query, {"ids": list(chunk)}):
            found[row[0]].append(entry_from_row(row[1:]))
    return found


def wallet_of(connection: Connection, member_id: str) -> Wallet:
    """Rebuild one member's wallet from every entry the server has."""
    return rebuild(entries_of(connection, [member_id])[member_id])


def _with_expiry(connection: Connection, member_ids: list[str]) -> set[str]:
    query = (
        select(ledger_entries.c.member_id)
        .where(ledger_entries.c.kind == EntryKind.EXPIRE.value)
        .where(one_of(connection, ledger_entries.c.member_id, "ids"))
        .distinct()
    )
    found: set[str] = set()
    for chunk in chunks(member_ids):
        found.update(r.member_id for r in connection.execute(query, {"ids": list(chunk)}))
    return found


def refresh(connection: Connection, stored: Sequence[LedgerEntry]) -> None:
    """Bring the balances of the members these new entries touched up to date; flag negatives."""
    ids = sorted({e.member_id for e in stored})
    if not ids:
        return
    lock_members(connection, ids)
    rebuilt = _with_expiry(connection, ids)
    added: dict[str, int] = {}
    for entry in stored:
        if entry.member_id not in rebuilt:
            added[entry.member_id] = added.get(entry.member_id, 0) + entry.points
    now: dict[str, int] = _add(connection, added) if added else {}
    if rebuilt:
        wallets = {m: rebuild(e) for m, e in entries_of(connection, sorted(rebuilt)).items()}
        rows = [{"member_id": m, "balance": w.balance, "debt": w.debt} for m, w in wallets.items()]
        connection.execute(upsert(connection, balances, ["member_id"], ["balance", "debt"]), rows)
        now.update({m: w.balance for m, w in wallets.items()})
    _flag(connection, now)


_ADD_PG = text(
    "INSERT INTO balances (member_id, balance, debt)"
    " SELECT m, p, greatest(0, -p)"
    " FROM unnest(CAST(:ids AS varchar[]), CAST(:points AS bigint[])) AS t(m, p)"
    " ON CONFLICT (member_id) DO UPDATE SET balance = balances.balance + excluded.balance,"
    " debt = greatest(0, -(balances.balance + excluded.balance))"
    " RETURNING member_id, balance"
)


def _add(connection: Connection, added: dict[str, int]) -> dict[str, int]:
    """Add points to stored balances (one statement on PostgreSQL); return the new balances."""
    if connection.dialect.name == "postgresql":
        params = {"ids": list(added), "points": list(added.values())}
        return {m: int(b) for m, b in connection.execute(_ADD_PG, params)}
    rows = [{"member_id": m, "balance": p, "debt": max(0, -p)} for m, p in added.items()]
    stmt = insert_for(connection, balances)
    total = balances.c.balance + stmt.excluded.balance
    connection.execute(
        stmt.on_conflict_do_update(
            index_elements=[balances.c.member_id],
            set_={"balance": total, "debt": func.max(0, -total)},
        ),
        rows,
    )
    query = select(balances.c.member_id, balances.c.balance).where(
        one_of(connection, balances.c.member_id, "ids")
    )
    found: dict[str, int] = {}
    for chunk in chunks(list(added)):
        found.update((m, int(b)) for m, b in connection.execute(query, {"ids": list(chunk)}))
    return found


def _flag(connection: Connection, now: dict[str, int]) -> None:
    """Flag the members below zero (keeping the lowest seen); unflag those back above."""
    at = datetime.now(UTC)
    back = delete(balance_flags).where(one_of(connection, balance_flags.c.member_id, "ids"))
    for chunk in chunks(sorted(m for m, b in now.items() if b >= 0)):
        connection.execute(back, {"ids": list(chunk)})
    negative: list[dict[str, Any]] = [
        {"member_id": m, "flagged_at": at, "lowest": b} for m, b in sorted(now.items()) if b < 0
    ]
    if not negative:
        return
    stmt = insert_for(connection, balance_flags)
    least = func.least if connection.dialect.name == "postgresql" else func.min
    connection.execute(
        stmt.on_conflict_do_update(
            index_elements=[balance_flags.c.member_id],
            set_={"lowest": least(balance_flags.c.lowest, stmt.excluded.lowest)},
        ),
        negative,
    )


def negative_balances(connection: Connection, limit: int = 1000) -> list[Negative]:
    """Return flagged members below zero, lowest balance first."""
    query = (
        select(balances.c.member_id, balances.c.balance, balance_flags.c.lowest)
        .add_columns(balance_flags.c.flagged_at)
        .join(balance_flags, balance_flags.c.member_id == balances.c.member_id)
        .where(balances.c.balance < 0)
        .order_by(balances.c.balance, balances.c.member_id)
        .limit(limit)
    )
    rows = connection.execute(query).all()
    numbers: dict[str, list[str]] = {r.member_id: [] for r in rows}
    for chunk in chunks(list(numbers)):
        found = connection.execute(
            select(cards.c.member_id, cards.c.number)
            .where(cards.c.member_id.in_(chunk))
            .order_by(cards.c.number)
        )
        for member_id, number in found:
            numbers[member_id].append(number)
    return [
        Negative(r.member_id, r.balance, r.lowest, r.flagged_at, tuple(numbers[r.member_id]))
        for r in rows
    ]
