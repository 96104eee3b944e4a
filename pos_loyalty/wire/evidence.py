"""The terminal's evidence on the server: audit record hashes, ledger heads, the chain's key.

Sent with every sync (`POST /evidence`) and read back by `audit verify` (`GET /evidence/audit`,
`GET /evidence/entries`); never an audit record's details, only its place, hashes, time and
action.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, ClassVar

from pos_loyalty.domain.audit import AuditRecord
from pos_loyalty.wire.fields import MAX_SEQ, Hash, Int, Items, Text, Whole

Action = Annotated[str, Text(64, min_length=1, pattern=r"^[ -~]+$", storable=False)]


@dataclass(frozen=True, slots=True, kw_only=True)
class SentHead:
    """This terminal's own entries up to `last_seq`: how many, and their running hash."""

    EXTRA: ClassVar[str] = "forbid"
    last_seq: Annotated[int, Whole(0, MAX_SEQ)]
    count: Annotated[int, Whole(0, MAX_SEQ)]
    digest: Hash


@dataclass(frozen=True, slots=True, kw_only=True)
class SentRecord:
    """One audit record as sent: its place, hashes, time and action (never its details)."""

    EXTRA: ClassVar[str] = "forbid"
    seq: Annotated[int, Whole(1, MAX_SEQ)]
    hash: Hash
    prev_hash: Hash
    at: datetime
    action: Action

    @classmethod
    def of(cls, record: AuditRecord) -> SentRecord:
        """What is sent of an audit record."""
        return cls(
            seq=record.seq,
            hash=record.hash,
            prev_hash=record.prev_hash,
            at=record.at,
            action=record.action,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceRequest:
    """Audit records the server does not hold yet (oldest first) and the ledger's head."""

    EXTRA: ClassVar[str] = "forbid"
    records: Annotated[tuple[SentRecord, ...], Items(1000)]
    ledger: SentHead


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceHead:
    """What the server holds of this terminal: its newest record and newest ledger head."""

    EXTRA: ClassVar[str] = "ignore"
    audit_seq: Int
    audit_hash: str
    ledger: SentHead | None


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceAnswer:
    """What a batch did; a conflict is a record the server already holds with another hash."""

    EXTRA: ClassVar[str] = "ignore"
    stored: Int
    duplicates: Int
    conflicts: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditKey:
    """The key of this terminal's audit chain (hex): HMAC-SHA-256 over each record."""

    EXTRA: ClassVar[str] = "ignore"
    key: str


@dataclass(frozen=True, slots=True, kw_only=True)
class CopiedRecord:
    """One audit record's hash as the server holds it."""

    EXTRA: ClassVar[str] = "ignore"
    seq: Int
    hash: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditCopy:
    """A page of the record hashes the server holds of this terminal's log."""

    EXTRA: ClassVar[str] = "ignore"
    records: tuple[CopiedRecord, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class CopiedEntryHash:
    """One of this terminal's entries as the server holds it."""

    EXTRA: ClassVar[str] = "ignore"
    seq: Int
    id: str
    content_hash: str


@dataclass(frozen=True, slots=True, kw_only=True)
class EntryCopy:
    """A page of this terminal's entries the server holds, with their content hashes."""

    EXTRA: ClassVar[str] = "ignore"
    entries: tuple[CopiedEntryHash, ...]
