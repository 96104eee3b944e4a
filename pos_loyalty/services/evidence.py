"""The terminal's evidence beside the central server's copy of it.

What the server holds of a terminal cannot be rewritten from the till: the hash of every audit
record already sent, and every ledger entry already pushed (with the SHA-256 of its content).
Comparing the local log and ledger with that copy finds what a local check cannot: a log
rewritten and re-chained with the key, records cut off the end or the whole log deleted, and
an entry edited or deleted after the immutability triggers were dropped.

The ledger's head is its count and a running hash of the entries' content hashes in sequence
order (`LedgerHead`); the terminal sends it with each sync, and the server keeps every head.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC
from typing import Any, Protocol

import orjson

from pos_loyalty.domain.audit import GENESIS, AuditRecord
from pos_loyalty.domain.ledger import LedgerEntry
from pos_loyalty.services.payloads import entry_to_dict

PAGE = 2000
"""Records or entries asked of the server at a time."""


class CopyUnavailable(Exception):
    """The server's copy cannot be read now (offline, refused); the message says why."""


@dataclass(frozen=True, slots=True)
class CopiedEntry:
    """A ledger entry as the server holds it: sequence, id and content hash."""

    seq: int
    id: str
    content_hash: str


class ServerCopy(Protocol):
    """The central server's copy of this terminal's audit chain and ledger."""

    terminal_id: str

    def audit_hashes(self, after: int, limit: int) -> list[tuple[int, str]]:
        """Up to `limit` (seq, hash) of the records the server holds above `after`."""

    def entries(self, after_seq: int, limit: int) -> list[CopiedEntry]:
        """Up to `limit` of this terminal's entries the server holds above `after_seq`."""


def content_hash(entry: LedgerEntry, data: dict[str, Any] | None = None) -> str:
    """The SHA-256 of an entry's content, the same whatever UTC offset its time was sent with.

    The content is the entry as `entry_to_dict` writes it (pass it as `data` if it was already
    made), its time in UTC, as compact JSON with sorted keys and text as UTF-8: the bytes of
    `json.dumps(..., sort_keys=True, separators=(",", ":"), ensure_ascii=False)`, written by
    orjson in a tenth of the time (a test holds the two to the same bytes).
    """
    # The caller's dict is copied: it goes on to be stored with the entry's own offset.
    canonical = entry_to_dict(entry) if data is None else dict(data)
    canonical["created_at"] = entry.created_at.astimezone(UTC).isoformat(timespec="microseconds")
    return hashlib.sha256(orjson.dumps(canonical, option=orjson.OPT_SORT_KEYS)).hexdigest()


@dataclass(frozen=True, slots=True)
class LedgerHead:
    """A terminal's own entries up to `last_seq`: how many, and their running hash."""

    last_seq: int = 0
    count: int = 0
    digest: str = GENESIS

    def then(self, entry: LedgerEntry) -> LedgerHead:
        """The head after one more entry (the entries come in sequence order)."""
        return self.linked(entry.seq, content_hash(entry))

    def linked(self, seq: int, entry_hash: str) -> LedgerHead:
        """The head after one more entry, given by its sequence number and content hash."""
        link = (self.digest + entry_hash).encode()
        return LedgerHead(seq, self.count + 1, hashlib.sha256(link).hexdigest())


def ledger_head(entries: Iterable[LedgerEntry]) -> LedgerHead:
    """The head of entries given in sequence order."""
    head = LedgerHead()
    for entry in entries:
        head = head.then(entry)
    return head


def audit_differences(
    local: Iterator[AuditRecord], copy: Iterator[tuple[int, str]]
) -> tuple[int, list[str]]:
    """(records compared, each local record that differs from or is missing beside the copy)."""
    compared, found = 0, []
    mine = next(local, None)
    for seq, digest in copy:
        while mine is not None and mine.seq < seq:
            mine = next(local, None)
        compared += 1
        if mine is None or mine.seq != seq:
            found.append(f"audit record {seq} was deleted after it was sent to the server")
        elif mine.hash != digest:
            found.append(f"audit record {seq} differs from the copy on the server")
    return compared, found


def ledger_differences(
    local: Iterator[LedgerEntry], copy: Iterator[CopiedEntry]
) -> tuple[int, list[str]]:
    """(entries compared, each of this terminal's entries that differs from the server's)."""
    compared, found = 0, []
    mine = next(local, None)
    for theirs in copy:
        while mine is not None and mine.seq < theirs.seq:
            mine = next(local, None)
        compared += 1
        name = f"ledger entry {theirs.id} (sequence {theirs.seq})"
        if mine is None or mine.seq != theirs.seq:
            found.append(f"{name} was deleted after it was sent to the server")
        elif mine.id != theirs.id:
            found.append(f"{name} was replaced by entry {mine.id} after it was sent")
        elif content_hash(mine) != theirs.content_hash:
            found.append(f"{name} was changed after it was sent: it differs from the server's")
    return compared, found


def copied_audit(server: ServerCopy, page: int = PAGE) -> Iterator[tuple[int, str]]:
    """Every (seq, hash) the server holds of this terminal's log, a page at a time."""
    after = 0
    while found := server.audit_hashes(after, page):
        yield from found
        after = found[-1][0]


def copied_entries(server: ServerCopy, page: int = PAGE) -> Iterator[CopiedEntry]:
    """Every entry of this terminal the server holds, a page at a time."""
    after = 0
    while found := server.entries(after, page):
        yield from found
        after = found[-1].seq
