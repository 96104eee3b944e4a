"""Balances on the server, from the entries of every terminal.

A balance is the sum of a member's entries, whatever order they arrive in, with one exception:
an expiry takes what is left of one lot, which depends on what came before it. So a batch adds
its points to the stored balances of the members it touched, and rebuilds from scratch (in
canonical order, `pos_loyalty.domain.convergence.rebuild`) only the members with expiry
entries. The debt is what is below zero: credits pay debt first, so a member never holds lots
and debt at once. Pushes that touch the same member take turns (an advisory lock per member on
PostgreSQL; the write lock on SQLite). A balance below zero is accepted (the goods are gone)
and flagged for the report; the flag is history: it stays open until a manager resolves it
with a reason, and a dip after that opens a new one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, text, update

from db.repositories.ledger import FIELDS, entry_from_row
from pos_loyalty.domain.convergence import rebuild
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry, Wallet
from server.models import balances, cards, ledger_entries, negative_flags
from server.store.sql import chunks, insert_for, one_of, upsert

COLUMNS = tuple(ledger_entries.c[name] for name in FIELDS)
_LOCK = text("SELECT count(pg_advisory_xact_lock(k)) FROM unnest(CAST(:keys AS bigint[])) AS t(k)")


@dataclass(frozen=True, slots=True)
class Resolution:
    """How a manager closed a flag: when, who and why."""

    at: datetime
    by: str
    reason: str


@dataclass(frozen=True, slots=True)
class Negative:
    """A flag: a member whose balance went below zero, since when, how low and when lowest.

    `balance` is the balance now (it may be back at zero or above while the flag is open);
    `resolution` is None until a manager resolves the flag.
    """

    member_id: str
    balance: int
    lowest: int
    flagged_at: datetime
    cards: tuple[str, ...]
    lowest_at: datetime | None = None
    resolution: Resolution | None = None
    flag_id: int = 0


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
    """Open a flag for each member now below zero, or deepen the open one.

    A flag stays open when the balance is back at zero or above: it is history, closed only
    by a manager's resolution (`resolve_flag`); a dip after that opens a new one. The members
    are locked (`lock_members`), so reading the open flags first cannot race another push.
    """
    negative = {m: b for m, b in now.items() if b < 0}
    if not negative:
        return
    at = datetime.now(UTC)
    found = open_flags(connection, sorted(negative))
    new = [
        {"member_id": m, "flagged_at": at, "lowest": b, "lowest_at": at}
        for m, b in sorted(negative.items())
        if m not in found
    ]
    deeper = [
        {"flag": found[m][0], "low": b, "at": at}
        for m, b in sorted(negative.items())
        if m in found and b < found[m][1]
    ]
    if new:
        connection.execute(insert(negative_flags), new)
    if deeper:
        connection.execute(_DEEPER, deeper)


_DEEPER = (
    update(negative_flags)
    .where(negative_flags.c.id == bindparam("flag"))
    .values(lowest=bindparam("low"), lowest_at=bindparam("at"))
)


def open_flags(connection: Connection, member_ids: Sequence[str]) -> dict[str, tuple[int, int]]:
    """The open flag of each of these members that has one: (flag id, lowest balance)."""
    flags = negative_flags.c
    query = select(flags.member_id, flags.id, flags.lowest).where(
        flags.resolved_at.is_(None), one_of(connection, flags.member_id, "ids")
    )
    found: dict[str, tuple[int, int]] = {}
    for chunk in chunks(list(member_ids)):
        for row in connection.execute(query, {"ids": list(chunk)}):
            found[row.member_id] = (int(row.id), int(row.lowest))
    return found


_F = negative_flags.c
_FLAG = (
    select(_F.id, _F.member_id, func.coalesce(balances.c.balance, 0).label("balance"))
    .add_columns(_F.lowest, _F.lowest_at, _F.flagged_at, _F.resolved_at, _F.resolved_by)
    .add_columns(_F.resolution)
    .select_from(negative_flags.outerjoin(balances, balances.c.member_id == _F.member_id))
)


def negative_balances(
    connection: Connection, limit: int = 1000, resolved: bool = False
) -> list[Negative]:
    """Open flags (the members who went below zero), lowest balance now first.

    With `resolved`, the resolved flags follow, the most recently resolved first.
    """
    f, query = _F, _FLAG
    rows = list(
        connection.execute(
            query.where(f.resolved_at.is_(None))
            .order_by("balance", f.lowest, f.member_id)
            .limit(limit)
        )
    )
    if resolved:
        done = query.where(f.resolved_at.is_not(None)).order_by(f.resolved_at.desc(), f.id.desc())
        rows.extend(connection.execute(done.limit(limit)))
    numbers = _cards_of(connection, sorted({r.member_id for r in rows}))
    return [_negative(r, numbers.get(r.member_id, ())) for r in rows]


def _negative(row: Any, numbers: tuple[str, ...]) -> Negative:
    resolution = (
        None
        if row.resolved_at is None
        else Resolution(row.resolved_at, row.resolved_by, row.resolution)
    )
    return Negative(
        row.member_id,
        int(row.balance),
        int(row.lowest),
        row.flagged_at,
        numbers,
        row.lowest_at,
        resolution,
        int(row.id),
    )


def _cards_of(connection: Connection, member_ids: list[str]) -> dict[str, tuple[str, ...]]:
    numbers: dict[str, list[str]] = {m: [] for m in member_ids}
    for chunk in chunks(member_ids):
        found = connection.execute(
            select(cards.c.member_id, cards.c.number)
            .where(cards.c.member_id.in_(chunk))
            .order_by(cards.c.number)
        )
        for member_id, number in found:
            numbers[member_id].append(number)
    return {m: tuple(n) for m, n in numbers.items()}


def resolve_flag(
    connection: Connection, member_id: str, by: str, reason: str, at: datetime
) -> Negative | None:
    """Close the member's open flag, recording who resolved it, when and why (None: none open)."""
    found = open_flags(connection, [member_id]).get(member_id)
    if found is None:
        return None
    connection.execute(
        update(negative_flags)
        .where(negative_flags.c.id == found[0], negative_flags.c.resolved_at.is_(None))
        .values(resolved_at=at, resolved_by=by, resolution=reason)
    )
    row = connection.execute(_FLAG.where(negative_flags.c.id == found[0])).one()
    return _negative(row, _cards_of(connection, [member_id])[member_id])
