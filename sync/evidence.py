"""The terminal's evidence on the server: sent with every sync, read back by `audit verify`.

After the push, a round sends the audit records the server does not hold yet (sequence number,
hashes, time and action; never the details) and the head of this terminal's ledger: the count
and running hash of its own entries up to the highest sequence the server acknowledged. The
server keeps both append-only, so what was sent cannot be rewritten from the till afterwards.
A terminal enrolled before audit keys existed fetches its key here once.

`HttpServerCopy` is the core's `ServerCopy` over HTTP, for `audit verify` on an enrolled
terminal; a server that cannot be reached becomes `CopyUnavailable`, which verify reports.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from db import Database
from db.repositories.audit import SqlAlchemyAuditLog
from pos_loyalty.domain.audit import AuditRecord
from pos_loyalty.services.evidence import CopiedEntry, CopyUnavailable, LedgerHead
from pos_loyalty.wire import encode
from pos_loyalty.wire.evidence import (
    AuditCopy,
    AuditKey,
    EntryCopy,
    EvidenceHead,
    EvidenceRequest,
    SentHead,
    SentRecord,
)
from sync import link as links
from sync.client import SyncClient, answer_as
from sync.errors import SyncError, UnknownToServer

T = TypeVar("T")

BATCH = 1000
HEAD_SETTING = "sync.ledger_head"
"""Where the ledger head is kept between rounds, so each round hashes only new entries."""


def send_quietly(db: Database, client: SyncClient, now: datetime) -> int:
    """`send` for the sync round: a server too old to keep evidence is logged, not fatal."""
    try:
        return send(db, client, now)
    except UnknownToServer as exc:
        message = f"the server keeps no audit evidence ({exc}): update it"
        links.log(db, "warning", message, now)
        return 0


def send(db: Database, client: SyncClient, now: datetime) -> int:
    """Send what the server does not hold yet; return the number of audit records sent."""
    ensure_key(db, client, now)
    held = answer_as(EvidenceHead, client.evidence())
    after = held.audit_seq
    head = _sent_head(_ledger_head(db))
    sent = 0
    while records := _records_after(db, after):
        client.send_evidence(EvidenceRequest(records=_sent(records), ledger=head))
        sent += len(records)
        after = records[-1].seq
    if sent == 0 and held.ledger != head:
        client.send_evidence(EvidenceRequest(records=(), ledger=head))
    return sent


def ensure_key(db: Database, client: SyncClient, now: datetime) -> None:
    """Fetch the audit chain's key if this terminal has none (enrolled before keys existed)."""
    uow = db.uow()
    with uow.read_only():
        if uow.audit.keys().keys:
            return
    key = bytes.fromhex(answer_as(AuditKey, client.audit_key()).key)
    with uow:
        SqlAlchemyAuditLog(uow.connection).add_key(key, now)
        uow.commit()


def _records_after(db: Database, after: int) -> list[AuditRecord]:
    uow = db.uow()
    with uow.read_only():
        return uow.audit.after(after, BATCH)


def _sent(records: list[AuditRecord]) -> tuple[SentRecord, ...]:
    return tuple(
        SentRecord(seq=r.seq, hash=r.hash, prev_hash=r.prev_hash, at=r.at, action=r.action)
        for r in records
    )


def _sent_head(head: LedgerHead) -> SentHead:
    return SentHead(last_seq=head.last_seq, count=head.count, digest=head.digest)


def _ledger_head(db: Database) -> LedgerHead:
    """The head up to the acknowledged sequence, extending the one kept from the last round."""
    link = links.current(db)
    uow = db.uow()
    with uow:
        kept = uow.settings.get(HEAD_SETTING)
        head = LedgerHead(**kept) if isinstance(kept, dict) else LedgerHead()
        if head.last_seq > link.acked_seq:
            head = LedgerHead()  # the server was restored and the outbox queued again
        while found := uow.projections.own_entries(link.terminal_id, head.last_seq, BATCH):
            for entry in found:
                if entry.seq > link.acked_seq:
                    break
                head = head.then(entry)
            if found[-1].seq >= link.acked_seq:
                break
        uow.settings.put(HEAD_SETTING, encode(_sent_head(head)))
        uow.commit()
    return head


class HttpServerCopy:
    """The server's copy of this terminal's evidence, read over HTTP."""

    def __init__(self, client: SyncClient, terminal_id: str) -> None:
        self.client = client
        self.terminal_id = terminal_id

    def audit_hashes(self, after: int, limit: int) -> list[tuple[int, str]]:
        """Up to `limit` (seq, hash) of the records the server holds above `after`."""
        answer = self._ask(AuditCopy, lambda: self.client.audit_copy(after, limit))
        return [(r.seq, r.hash) for r in answer.records]

    def entries(self, after_seq: int, limit: int) -> list[CopiedEntry]:
        """Up to `limit` of this terminal's entries the server holds above `after_seq`."""
        answer = self._ask(EntryCopy, lambda: self.client.entry_copy(after_seq, limit))
        return [CopiedEntry(e.seq, e.id, e.content_hash) for e in answer.entries]

    def _ask(self, cls: type[T], call: Callable[[], dict[str, Any]]) -> T:
        try:
            return answer_as(cls, call())
        except SyncError as exc:
            raise CopyUnavailable(str(exc)) from exc
