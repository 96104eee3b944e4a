"""Each terminal's evidence on the server: its audit chain's key, the hash of every audit record
it sent, and every head of its chain and ledger, all kept append-only.

A record sent again with the same hash is a duplicate; with another hash it is a conflict: kept
in `rejections` for the operator and never stored over the first copy. That is the point: the
first copy is what a later rewrite at the terminal is compared with.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, insert, select, update

from db import jsontext
from pos_loyalty.domain.audit import GENESIS
from pos_loyalty.services.evidence import CopiedEntry, LedgerHead
from server.models import (
    audit_copies,
    entry_receipts,
    evidence_heads,
    ledger_entries,
    rejections,
    terminals,
)

KEY_BYTES = 32


@dataclass(frozen=True, slots=True)
class SentRecord:
    """What a terminal sends of one audit record: never its details."""

    seq: int
    hash: str
    prev_hash: str
    at: datetime
    action: str


@dataclass(frozen=True, slots=True)
class Received:
    """What a batch of records did."""

    stored: int
    duplicates: int
    conflicts: list[str]


def audit_key(connection: Connection, terminal_id: str) -> str:
    """The terminal's audit key (hex), made now if it has none yet."""
    found = connection.execute(
        select(terminals.c.audit_key).where(terminals.c.id == terminal_id)
    ).scalar()
    if found:
        return str(found)
    key = secrets.token_bytes(KEY_BYTES).hex()
    connection.execute(
        update(terminals)
        .where(terminals.c.id == terminal_id, terminals.c.audit_key.is_(None))
        .values(audit_key=key)
    )
    return key


def last_copied(connection: Connection, terminal_id: str) -> tuple[int, str]:
    """(seq, hash) of the newest record held of the terminal's log ((0, GENESIS) if none)."""
    row = connection.execute(
        select(audit_copies.c.seq, audit_copies.c.hash)
        .where(audit_copies.c.terminal_id == terminal_id)
        .order_by(audit_copies.c.seq.desc())
        .limit(1)
    ).first()
    return (0, GENESIS) if row is None else (int(row.seq), str(row.hash))


def receive(
    connection: Connection,
    terminal_id: str,
    records: Sequence[SentRecord],
    head: LedgerHead,
    now: datetime,
) -> Received:
    """Keep the records not held yet, refuse rewrites of held ones, and add the head."""
    seqs = [r.seq for r in records]
    held = _held(connection, terminal_id, min(seqs, default=0), max(seqs, default=0))
    fresh, duplicates, conflicts = [], 0, []
    for record in records:
        if record.seq not in held:
            held[record.seq] = record.hash
            fresh.append(_row(terminal_id, record, now))
        elif held[record.seq] == record.hash:
            duplicates += 1
        else:
            conflicts.append(f"audit record {record.seq} differs from the copy already held")
    if fresh:
        connection.execute(insert(audit_copies), fresh)
    _keep_conflicts(connection, terminal_id, conflicts, now)
    seq, digest = last_copied(connection, terminal_id)
    connection.execute(
        insert(evidence_heads).values(
            terminal_id=terminal_id,
            received_at=now,
            audit_seq=seq,
            audit_hash=digest,
            ledger_seq=head.last_seq,
            ledger_count=head.count,
            ledger_digest=head.digest,
        )
    )
    return Received(len(fresh), duplicates, conflicts)


def _held(connection: Connection, terminal_id: str, low: int, high: int) -> dict[int, str]:
    rows = connection.execute(
        select(audit_copies.c.seq, audit_copies.c.hash).where(
            audit_copies.c.terminal_id == terminal_id, audit_copies.c.seq.between(low, high)
        )
    )
    return {int(r.seq): str(r.hash) for r in rows}


def _row(terminal_id: str, record: SentRecord, now: datetime) -> dict[str, object]:
    return {
        "terminal_id": terminal_id,
        "seq": record.seq,
        "hash": record.hash,
        "prev_hash": record.prev_hash,
        "at": record.at,
        "action": record.action,
        "received_at": now,
    }


def _keep_conflicts(
    connection: Connection, terminal_id: str, conflicts: list[str], now: datetime
) -> None:
    rows = [
        {
            "at": now,
            "terminal_id": terminal_id,
            "kind": "audit_record",
            "key": line.split()[2],
            "status": "conflict",
            "reason": line,
            "payload": jsontext.dumps({}),
        }
        for line in conflicts
    ]
    if rows:
        connection.execute(insert(rejections), rows)


def audit_hashes(
    connection: Connection, terminal_id: str, after: int, limit: int
) -> list[tuple[int, str]]:
    """Up to `limit` (seq, hash) of the terminal's records held above `after`."""
    rows = connection.execute(
        select(audit_copies.c.seq, audit_copies.c.hash)
        .where(audit_copies.c.terminal_id == terminal_id, audit_copies.c.seq > after)
        .order_by(audit_copies.c.seq)
        .limit(limit)
    )
    return [(int(r.seq), str(r.hash)) for r in rows]


def entries(connection: Connection, terminal_id: str, after: int, limit: int) -> list[CopiedEntry]:
    """Up to `limit` of the terminal's entries above sequence `after`, with content hashes."""
    rows = connection.execute(
        select(ledger_entries.c.seq, ledger_entries.c.id, entry_receipts.c.content_hash)
        .join(entry_receipts, entry_receipts.c.entry_id == ledger_entries.c.id)
        .where(ledger_entries.c.terminal_id == terminal_id, ledger_entries.c.seq > after)
        .order_by(ledger_entries.c.seq)
        .limit(limit)
    )
    return [CopiedEntry(int(r.seq), str(r.id), str(r.content_hash)) for r in rows]


def head_matches(connection: Connection, terminal_id: str) -> bool | None:
    """Whether the newest ledger head the terminal sent is what its entries here give."""
    head = connection.execute(
        select(evidence_heads)
        .where(evidence_heads.c.terminal_id == terminal_id)
        .order_by(evidence_heads.c.id.desc())
        .limit(1)
    ).first()
    if head is None:
        return None
    ours = LedgerHead()
    after = 0
    while found := entries(connection, terminal_id, after, 10_000):
        for entry in found:
            if entry.seq > head.ledger_seq:
                break
            ours = ours.linked(entry.seq, entry.content_hash)
        after = found[-1].seq
        if after >= head.ledger_seq:
            break
    return (ours.count, ours.digest) == (head.ledger_count, head.ledger_digest)


def heads_count(connection: Connection, terminal_id: str) -> int:
    """How many heads the terminal sent."""
    query = select(func.count()).where(evidence_heads.c.terminal_id == terminal_id)
    return int(connection.execute(query).scalar_one())
