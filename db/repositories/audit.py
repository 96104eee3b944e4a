"""The audit log in `audit_log` and the chain's keys in `audit_keys`: both insert-only
(triggers refuse UPDATE and DELETE)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select, text

from db import jsontext
from db.models import audit_keys, audit_log
from pos_loyalty.domain.audit import AuditKeys, AuditRecord, chained

_LAST = select(audit_log).order_by(audit_log.c.seq.desc()).limit(1)
_ALL = select(audit_log).order_by(audit_log.c.seq)
_KEYS = select(audit_keys.c.from_seq, audit_keys.c.key).order_by(audit_keys.c.from_seq)
_LAST_SEQ = select(func.coalesce(func.max(audit_log.c.seq), 0))
_ACTIONS = text(
    # one index probe per action instead of a DISTINCT over the whole log
    "WITH RECURSIVE a(action) AS ("
    " SELECT min(action) FROM audit_log"
    " UNION ALL SELECT (SELECT min(action) FROM audit_log WHERE action > a.action)"
    " FROM a WHERE a.action IS NOT NULL)"
    " SELECT action FROM a WHERE action IS NOT NULL"
)


def _record(row: Any) -> AuditRecord:
    return AuditRecord(
        seq=row.seq,
        at=row.at,
        terminal_id=row.terminal_id,
        staff_id=row.staff_id,
        action=row.action,
        details=dict(jsontext.loads(row.details)),
        approved_by=row.approved_by,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


class SqlAlchemyAuditLog:
    """The AuditLog port over the `audit_log` table."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def last(self) -> AuditRecord | None:
        """The newest record, or None for an empty log."""
        row = self._connection.execute(_LAST).first()
        return None if row is None else _record(row)

    def add(self, record: AuditRecord) -> None:
        """Append a record already chained to the one before it."""
        self._connection.execute(
            insert(audit_log),
            {
                "seq": record.seq,
                "at": record.at,
                "terminal_id": record.terminal_id,
                "staff_id": record.staff_id,
                "approved_by": record.approved_by,
                "action": record.action,
                "details": jsontext.dumps(record.details, f"audit record {record.seq}"),
                "prev_hash": record.prev_hash,
                "hash": record.hash,
            },
        )

    def all(self) -> list[AuditRecord]:
        """Every record in order."""
        return [_record(row) for row in self._connection.execute(_ALL)]

    def after(self, seq: int, limit: int) -> list[AuditRecord]:
        """Up to `limit` records with a sequence number above `seq`, oldest first."""
        query = _ALL.where(audit_log.c.seq > seq).limit(limit)
        return [_record(row) for row in self._connection.execute(query)]

    def newest(self, limit: int, before: int | None, action: str | None) -> list[AuditRecord]:
        """Up to `limit` records (of `action` only, if given) below `before`, newest first."""
        query = select(audit_log).order_by(audit_log.c.seq.desc()).limit(limit)
        if before is not None:
            query = query.where(audit_log.c.seq < before)
        if action is not None:
            query = query.where(audit_log.c.action == action)
        return [_record(row) for row in self._connection.execute(query)]

    def count(self, action: str | None) -> int:
        """How many records there are (of `action` only, if given)."""
        query = select(func.count()).select_from(audit_log)
        if action is not None:
            query = query.where(audit_log.c.action == action)
        return int(self._connection.execute(query).scalar_one())

    def actions(self) -> list[str]:
        """The actions the log holds, in alphabetical order."""
        return [str(a) for a in self._connection.execute(_ACTIONS).scalars()]

    def keys(self) -> AuditKeys:
        """The chain's keys, each with the sequence number it is in force from."""
        rows = self._connection.execute(_KEYS)
        return AuditKeys(tuple((int(r.from_seq), bytes.fromhex(r.key)) for r in rows))

    def add_key(self, key: bytes, at: datetime, terminal_id: str = "") -> int:
        """Key the chain from the next record on; return that record's sequence number.

        If the key in force has keyed no record yet (enrolled again with nothing done between),
        a record under it says the chain is keyed anew, and the new key is in force from the
        record after it: keys are insert-only, one per first record."""
        known = self.keys().keys
        if known and known[-1][1] == key:
            return known[-1][0]  # the key in force, sent again: nothing changes
        from_seq = int(self._connection.execute(_LAST_SEQ).scalar_one()) + 1
        if known and known[-1][0] == from_seq:
            draft = AuditRecord(0, at, terminal_id, "", "audit_key_replaced", {})
            self.add(chained(draft, self.last(), AuditKeys(known)))
            from_seq += 1
        self._connection.execute(
            insert(audit_keys), {"from_seq": from_seq, "key": key.hex(), "received_at": at}
        )
        return from_seq
