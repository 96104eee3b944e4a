"""The audit log: every manual action, append-only and tamper-evident.

Each record carries the hash of the record before it; its own hash covers its content and that
link, so altering, removing or reordering any record breaks the chain from there on.

From the moment a terminal enrols, its hashes are HMAC-SHA-256 under a key the central server
issued (`AuditKeys`): recomputing a chain after an edit then needs that key, not only this
module. Records written before the key arrived stay plain SHA-256 and are checked by that rule.
The key sits in the terminal's database, so someone with root on the till can read it; what
they cannot rewrite is the copy of the chain the server already holds (see docs/security.md).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One manual action: who did it, who approved it, what it was."""

    seq: int
    at: datetime
    terminal_id: str
    staff_id: str
    action: str
    details: dict[str, Any]
    approved_by: str = ""
    prev_hash: str = GENESIS
    hash: str = ""


@dataclass(frozen=True, slots=True)
class AuditKeys:
    """The chain's keys, each in force from a sequence number on (`(from_seq, key)`, sorted)."""

    keys: tuple[tuple[int, bytes], ...] = ()

    def for_seq(self, seq: int) -> bytes | None:
        """The key of record `seq` (None: a record of the unkeyed rule, written before any key)."""
        found: bytes | None = None
        for from_seq, key in self.keys:
            if from_seq > seq:
                break
            found = key
        return found


NO_KEYS = AuditKeys()


def record_hash(r: AuditRecord, key: bytes | None = None) -> str:
    """The hash of a record's content and of the record before it (keyed with `key` if given)."""
    body = json.dumps(
        [
            r.seq,
            r.at.astimezone(UTC).isoformat(),  # as stored: the same instant in any zone
            r.terminal_id,
            r.staff_id,
            r.action,
            r.details,
            r.approved_by,
            r.prev_hash,
        ],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    if key is None:
        return hashlib.sha256(body.encode("utf-8")).hexdigest()
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def chained(r: AuditRecord, previous: AuditRecord | None, keys: AuditKeys = NO_KEYS) -> AuditRecord:
    """The record linked after `previous`, with its sequence number and hash filled in."""
    prev_hash = previous.hash if previous else GENESIS
    seq = previous.seq + 1 if previous else 1
    linked = replace(r, seq=seq, prev_hash=prev_hash, hash="")
    return replace(linked, hash=record_hash(linked, keys.for_seq(seq)))


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """Where the chain breaks: record `seq` is missing, out of place, or altered."""

    seq: int
    kind: str
    """`missing` (another record, `found`, stands in its place), `unlinked` or `altered`."""
    found: int = 0

    @property
    def text(self) -> str:
        """The break as a line of text."""
        if self.kind == MISSING:
            return f"record {self.seq} is missing (found {self.found} in its place)"
        if self.kind == UNLINKED:
            return f"record {self.seq} does not follow the record before it"
        return f"record {self.seq} was altered after it was written"


MISSING, UNLINKED, ALTERED = "missing", "unlinked", "altered"


def chain_breaks(records: Iterable[AuditRecord], keys: AuditKeys = NO_KEYS) -> list[ChainBreak]:
    """Every break in the chain, oldest first (empty when the log is intact)."""
    breaks: list[ChainBreak] = []
    expected_prev, expected_seq = GENESIS, 1
    for r in records:
        if r.seq != expected_seq:
            breaks.append(ChainBreak(expected_seq, MISSING, r.seq))
        if r.prev_hash != expected_prev:
            breaks.append(ChainBreak(r.seq, UNLINKED))
        if not hmac.compare_digest(record_hash(r, keys.for_seq(r.seq)), r.hash):
            breaks.append(ChainBreak(r.seq, ALTERED))
        expected_prev, expected_seq = r.hash, r.seq + 1
    return breaks


def verify_chain(records: Iterable[AuditRecord], keys: AuditKeys = NO_KEYS) -> list[str]:
    """Every break in the chain, as lines of text (empty when the log is intact)."""
    return [b.text for b in chain_breaks(records, keys)]
