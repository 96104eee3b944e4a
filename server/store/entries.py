"""Receiving ledger entries: each stored once, keyed by its UUID and by (terminal, sequence).

A receipt keeps the SHA-256 of each entry's content. An entry sent again with the same content
is a duplicate (acknowledged, no effect); the same UUID with other content, or a sequence
number already used by another entry, is a conflict: reported, recorded, not stored. An
entry whose sequence lies far beyond the terminal's highest (`gaps.beyond_window`) is refused
and recorded. The database's unique constraints stand behind these checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, bindparam, insert, select

from db import jsontext
from db.repositories.daily_figures import record_entries
from db.repositories.ledger import FIELDS, entry_values
from pos_loyalty.domain.errors import LoyaltyError
from pos_loyalty.domain.ledger import LedgerEntry
from pos_loyalty.domain.sale_checks import check_entry
from pos_loyalty.services.evidence import content_hash
from pos_loyalty.services.payloads import entry_to_dict
from server.models import entry_receipts, ledger_entries, rejections
from server.store import changes, gaps
from server.store.sql import Clash, bulk_insert, chunks, one_of

_SEQS = select(ledger_entries.c.seq, ledger_entries.c.id).where(
    ledger_entries.c.terminal_id == bindparam("terminal_id"),
    ledger_entries.c.seq.between(bindparam("low"), bindparam("high")),
)


@dataclass(frozen=True, slots=True)
class Pushed:
    """An entry as pushed, with the outbox message that carried it."""

    message_id: int
    entry: LedgerEntry


@dataclass(frozen=True, slots=True)
class Refusal:
    """A pushed message that was not applied."""

    message_id: int
    kind: str
    key: str
    status: Literal["conflict", "refused"]
    reason: str


@dataclass
class Received:
    """What a batch of entries did."""

    stored: list[LedgerEntry] = field(default_factory=list)
    duplicates: int = 0
    refusals: list[Refusal] = field(default_factory=list)


def receive(
    connection: Connection,
    terminal_id: str,
    pushed: Sequence[Pushed],
    window: int,
    last_seq: int,
) -> Received:
    """Store the new entries of a batch; sort out duplicates, conflicts and far sequences.

    Only an entry whose sequence number is already taken can have been received before (a
    terminal never gives one entry two numbers), so only those are looked up by UUID. An
    entry under a new number whose UUID is known all the same breaks the unique key when
    stored: the batch's entries are then put back and sorted again against every UUID.
    """
    taken = _taken_seqs(connection, terminal_id, [p.entry.seq for p in pushed])
    # Encoded once: for the content hash and, if it is stored, the pull's JSON.
    encoded = [(item, entry_to_dict(item.entry)) for item in pushed]
    hashed = [(item, data, content_hash(item.entry, data)) for item, data in encoded]
    resent = list({p.entry.id for p in pushed if p.entry.seq in taken})
    result, fresh = _sort(hashed, _known_hashes(connection, resent), taken, last_seq, window)
    try:
        with connection.begin_nested():
            _store(connection, terminal_id, fresh)
    except Clash:
        known = _known_hashes(connection, list({p.entry.id for p in pushed}))
        result, fresh = _sort(hashed, known, taken, last_seq, window)
        _store(connection, terminal_id, fresh)
    result.stored = [p.entry for p, _, _ in fresh]
    return result


Hashed = tuple[Pushed, dict[str, Any], str]
"""An entry as pushed, its plain data and its content hash."""


def _sort(
    hashed: Sequence[Hashed],
    known: dict[str, str],
    taken: dict[int, str],
    last_seq: int,
    window: int,
) -> tuple[Received, list[tuple[Pushed, str, dict[str, Any]]]]:
    """Which entries are new, duplicates, conflicts or refused; `known` and `taken` are
    the stored hashes by UUID and UUIDs by sequence, and are not changed."""
    result = Received()
    known, taken = dict(known), dict(taken)
    fresh_seqs = [p.entry.seq for p, _, _ in hashed if p.entry.id not in known]
    far = gaps.beyond_window(last_seq, fresh_seqs, window)
    fresh: list[tuple[Pushed, str, dict[str, Any]]] = []
    for item, data, digest in hashed:
        entry = item.entry
        if entry.id in known:
            if known[entry.id] == digest:
                result.duplicates += 1
            else:
                result.refusals.append(_conflict(item, "was already received with other content"))
            continue
        owner = taken.get(entry.seq)
        if owner is not None and owner != entry.id:
            reason = f"uses sequence {entry.seq}, already taken by entry {owner}"
            result.refusals.append(_conflict(item, reason))
            continue
        if entry.seq in far:
            result.refusals.append(_too_far(item, last_seq, window))
            continue
        try:
            check_entry(entry)
        except LoyaltyError as exc:
            result.refusals.append(
                Refusal(item.message_id, "ledger_entry", entry.id, "refused", str(exc))
            )
            continue
        known[entry.id], taken[entry.seq] = digest, entry.id
        fresh.append((item, digest, data))
    return result, fresh


def _conflict(item: Pushed, what: str) -> Refusal:
    entry = item.entry
    reason = f"entry {entry.id} of terminal {entry.terminal_id} (seq {entry.seq}) {what}"
    return Refusal(item.message_id, "ledger_entry", entry.id, "conflict", reason)


def _too_far(item: Pushed, last_seq: int, window: int) -> Refusal:
    entry = item.entry
    reason = (
        f"entry {entry.id} of terminal {entry.terminal_id} has sequence {entry.seq}, more than "
        f"{window} beyond the highest received ({last_seq}): a terminal numbers its entries "
        "one by one, so it is not stored and opens no gap; check the terminal's database"
    )
    return Refusal(item.message_id, "ledger_entry", entry.id, "refused", reason)


def _known_hashes(connection: Connection, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    query = select(entry_receipts.c.entry_id, entry_receipts.c.content_hash).where(
        one_of(connection, entry_receipts.c.entry_id, "ids")
    )
    found: dict[str, str] = {}
    for chunk in chunks(ids):
        found.update(
            (r.entry_id, r.content_hash) for r in connection.execute(query, {"ids": chunk})
        )
    return found


def _taken_seqs(connection: Connection, terminal_id: str, seqs: list[int]) -> dict[int, str]:
    """The entries holding these sequence numbers (one range scan of the unique index)."""
    if not seqs:
        return {}
    wanted = set(seqs)
    params = {"terminal_id": terminal_id, "low": min(seqs), "high": max(seqs)}
    rows = connection.execute(_SEQS, params)
    return {r.seq: r.id for r in rows if r.seq in wanted}


_RECEIPT_COLUMNS = ("entry_id", "terminal_id", "content_hash", "received_at")


def _store(
    connection: Connection, terminal_id: str, fresh: list[tuple[Pushed, str, dict[str, Any]]]
) -> None:
    if not fresh:
        return
    now = datetime.now(UTC)
    entries = [p.entry for p, _, _ in fresh]
    receipts = [(p.entry.id, terminal_id, digest, now) for p, digest, _ in fresh]
    bulk_insert(connection, ledger_entries, FIELDS, [entry_values(e) for e in entries])
    bulk_insert(connection, entry_receipts, _RECEIPT_COLUMNS, receipts)
    record_entries(connection, entries)
    # Written once here, sent as they are by every pull (server.store.changes).
    texts = [changes.entry_json(p.entry, data) for p, _, data in fresh]
    changes.record(connection, changes.ENTRY, [e.id for e in entries], terminal_id, texts)


def _as_received(value: Any) -> Any:
    """A refused payload kept for the operator, its floats (which were refused) as text."""
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dict):
        return {str(k): _as_received(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_as_received(v) for v in value]
    return value


def record_refusals(
    connection: Connection, terminal_id: str, refusals: Sequence[Refusal], payloads: dict[int, Any]
) -> None:
    """Keep refused and conflicting messages for the operator (`terminal show`)."""
    now = datetime.now(UTC)
    rows = [
        {
            "at": now,
            "terminal_id": terminal_id,
            "kind": r.kind,
            "key": r.key,
            "status": r.status,
            "reason": r.reason,
            "payload": jsontext.dumps(_as_received(payloads.get(r.message_id, {}))),
        }
        for r in refusals
    ]
    if rows:
        connection.execute(insert(rejections), rows)
