"""Writing and checking the audit log of manual actions (adjustments, overrides, refunds)."""

from __future__ import annotations

from typing import Any

from pos_loyalty.domain.audit import AuditRecord, chained, verify_chain
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor


def record_action(
    uow: UnitOfWork,
    actor: Actor,
    action: str,
    details: dict[str, Any],
    clock: Clock,
    approved_by: str = "",
) -> AuditRecord:
    """Append a record for a manual action, in the caller's transaction."""
    draft = AuditRecord(
        seq=0,
        at=clock(),
        terminal_id=actor.terminal_id,
        staff_id=actor.staff_id,
        action=action,
        details=details,
        approved_by=approved_by,
    )
    record = chained(draft, uow.audit.last())
    uow.audit.add(record)
    return record


def verify_audit_log(*, uow: UnitOfWork) -> list[str]:
    """Every break in the audit log's chain (empty when intact)."""
    with uow.read_only():
        return verify_chain(uow.audit.all())
