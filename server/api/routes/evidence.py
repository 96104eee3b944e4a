"""The terminal's evidence: its audit chain's key, the hashes of its audit records and its
ledger heads (sent with every sync), and the server's copy for `audit verify` to compare with.

Every route answers for the calling terminal only: a terminal never reads another's evidence.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select

from pos_loyalty.services.evidence import LedgerHead
from pos_loyalty.wire.evidence import (
    AuditCopy,
    AuditKey,
    CopiedEntryHash,
    CopiedRecord,
    EntryCopy,
    EvidenceAnswer,
    EvidenceHead,
    EvidenceRequest,
    SentHead,
)
from server.api.deps import ReadSessionDep, SessionDep, TerminalDep
from server.api.errors import error_responses
from server.api.wire_models import body, schema
from server.models import evidence_heads
from server.store import evidence

if TYPE_CHECKING:
    EvidenceBody = EvidenceRequest
else:
    EvidenceBody = body(EvidenceRequest)

router = APIRouter(tags=["evidence"])
AfterParam = Annotated[
    int, Query(ge=0, le=2**63 - 1, description="Only above this sequence number.")
]
LimitParam = Annotated[int, Query(ge=1, le=10000, description="At most this many.")]


@router.post("/audit-key", response_model=schema(AuditKey), responses=error_responses(401, 503))
def audit_key(terminal: TerminalDep, session: SessionDep) -> AuditKey:
    """Return this terminal's audit key, issued now if it has none (enrolled before keys)."""
    key = evidence.audit_key(session, terminal.id)
    session.commit()
    return AuditKey(key=key)


@router.get("/evidence", response_model=schema(EvidenceHead), responses=error_responses(401, 503))
def evidence_head(terminal: TerminalDep, session: ReadSessionDep) -> EvidenceHead:
    """Return the newest audit record held of this terminal and its newest ledger head."""
    seq, digest = evidence.last_copied(session, terminal.id)
    row = session.execute(
        select(evidence_heads)
        .where(evidence_heads.c.terminal_id == terminal.id)
        .order_by(evidence_heads.c.id.desc())
        .limit(1)
    ).first()
    ledger = (
        None
        if row is None
        else SentHead(last_seq=row.ledger_seq, count=row.ledger_count, digest=row.ledger_digest)
    )
    return EvidenceHead(audit_seq=seq, audit_hash=digest, ledger=ledger)


@router.post(
    "/evidence", response_model=schema(EvidenceAnswer), responses=error_responses(401, 503)
)
def send_evidence(sent: EvidenceBody, terminal: TerminalDep, session: SessionDep) -> EvidenceAnswer:
    """Keep audit records not held yet and the ledger head; a held record is never replaced.

    A record held with another hash is a conflict: listed in the answer and kept for the
    operator (`pos-loyalty-server report evidence`).
    """
    records = [
        evidence.SentRecord(r.seq, r.hash, r.prev_hash, r.at, r.action) for r in sent.records
    ]
    head = LedgerHead(sent.ledger.last_seq, sent.ledger.count, sent.ledger.digest)
    done = evidence.receive(session, terminal.id, records, head, datetime.now(UTC))
    session.commit()
    return EvidenceAnswer(
        stored=done.stored, duplicates=done.duplicates, conflicts=tuple(done.conflicts)
    )


@router.get(
    "/evidence/audit", response_model=schema(AuditCopy), responses=error_responses(401, 503)
)
def audit_copy(
    terminal: TerminalDep, session: ReadSessionDep, after: AfterParam = 0, limit: LimitParam = 2000
) -> AuditCopy:
    """Return (seq, hash) of this terminal's audit records held above `after`, in order."""
    held = evidence.audit_hashes(session, terminal.id, after, limit)
    return AuditCopy(records=tuple(CopiedRecord(seq=seq, hash=digest) for seq, digest in held))


@router.get(
    "/evidence/entries", response_model=schema(EntryCopy), responses=error_responses(401, 503)
)
def entry_copy(
    terminal: TerminalDep, session: ReadSessionDep, after: AfterParam = 0, limit: LimitParam = 2000
) -> EntryCopy:
    """Return this terminal's entries held above sequence `after`, with content hashes."""
    found = evidence.entries(session, terminal.id, after, limit)
    return EntryCopy(
        entries=tuple(
            CopiedEntryHash(seq=e.seq, id=e.id, content_hash=e.content_hash) for e in found
        )
    )
