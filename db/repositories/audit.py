"""The audit log in `audit_log`: insert-only (triggers refuse UPDATE and DELETE)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert, select

from db import jsontext
from db.models import audit_log
from pos_loyalty.domain.audit import AuditRecord

_LAST = select(audit_log).order_by(audit_log.c.seq.desc()).limit(1)
_ALL = select(audit_log).order_by(audit_log.c.seq)


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
