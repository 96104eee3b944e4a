"""Bodies of the evidence routes: audit record hashes, ledger heads, the terminal's key."""

from __future__ import annotations

from typing import Annotated

from pydantic import AwareDatetime, BaseModel, Field, StringConstraints
from pydantic import Strict as StrictInt

from server.api.messages import Strict

Hash = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Seq = Annotated[int, StrictInt(), Field(ge=0, le=2**62)]
Action = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[ -~]+$")]


class AuditKeyResponse(BaseModel):
    """The key of this terminal's audit chain (hex): HMAC-SHA-256 over each record."""

    key: str


class LedgerHeadModel(Strict):
    """This terminal's own entries up to `last_seq`: how many, and their running hash."""

    last_seq: Seq
    count: Seq
    digest: Hash


class SentRecordModel(Strict):
    """One audit record as sent: its place, hashes, time and action (never its details)."""

    seq: Annotated[int, StrictInt(), Field(ge=1, le=2**62)]
    hash: Hash
    prev_hash: Hash
    at: AwareDatetime
    action: Action


class EvidenceRequest(Strict):
    """Audit records the server does not hold yet (oldest first) and the ledger's head."""

    records: list[SentRecordModel] = Field(max_length=1000)
    ledger: LedgerHeadModel


class EvidenceHead(BaseModel):
    """What the server holds of this terminal: its newest record and newest ledger head."""

    audit_seq: int
    audit_hash: str
    ledger: LedgerHeadModel | None


class EvidenceResponse(BaseModel):
    """What a batch did; a conflict is a record the server already holds with another hash."""

    stored: int
    duplicates: int
    conflicts: list[str]


class CopiedRecord(BaseModel):
    """One audit record's hash as the server holds it."""

    seq: int
    hash: str


class AuditCopy(BaseModel):
    """A page of the record hashes the server holds of this terminal's log."""

    records: list[CopiedRecord]


class CopiedEntryModel(BaseModel):
    """One of this terminal's entries as the server holds it."""

    seq: int
    id: str
    content_hash: str


class EntryCopy(BaseModel):
    """A page of this terminal's entries the server holds, with their content hashes."""

    entries: list[CopiedEntryModel]
