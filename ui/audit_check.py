"""`audit verify` and the back office's Verify: the check of the core, with the central server's
copy of this terminal's evidence when the terminal is enrolled, and the report people read.

Offline, the local checks still run and the report says what was not compared.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from db.repositories.sync_state import SqlAlchemySyncState, SyncLink
from pos_loyalty.services.audit import NOT_ENROLLED, AuditCheck, Progress, check_audit_log
from pos_loyalty.services.ports import UnitOfWork
from sync import link as links
from sync.evidence import HttpServerCopy

SERVER_TIMEOUT = 30.0


def verify(uow_factory: Callable[[], UnitOfWork], progress: Progress | None = None) -> AuditCheck:
    """Check the chain and the projection, and compare with the server if enrolled."""
    link = _link(uow_factory())
    if link is None:
        check = check_audit_log(uow=uow_factory(), progress=progress)
        return AuditCheck(**{**_fields(check), "unchecked": [NOT_ENROLLED]})
    with links.client_for(link, timeout=SERVER_TIMEOUT) as client:
        copy = HttpServerCopy(client, link.terminal_id)
        return check_audit_log(uow=uow_factory(), progress=progress, server=copy)


def _link(uow: UnitOfWork) -> SyncLink | None:
    """The enrolment, read through the unit of work's own connection."""
    with uow.read_only():
        connection = getattr(uow, "connection", None)
        return None if connection is None else SqlAlchemySyncState(connection).link()


def _fields(check: AuditCheck) -> dict[str, Any]:
    return {name: getattr(check, name) for name in AuditCheck.__slots__}


def as_dict(check: AuditCheck) -> dict[str, Any]:
    """The check as plain data (`--json`)."""
    return {
        "intact": check.intact,
        "problems": check.problems,
        "records": check.records,
        "members": check.members,
        "compared": {"audit_records": check.compared[0], "ledger_entries": check.compared[1]},
        "unchecked": check.unchecked,
    }


def as_lines(check: AuditCheck) -> list[str]:
    """The check as lines of text: the problems, else what was found intact; then the gaps."""
    lines = list(check.problems)
    if not lines:
        lines.append(f"the audit log is intact ({check.records} records)")
        lines.append(f"balances and lots of {check.members} members match the ledger")
    if check.compared != (0, 0) or not check.unchecked:
        records, entries = check.compared
        lines.append(
            f"compared with the server's copy: {records} audit records, {entries} ledger entries"
        )
    return lines + check.unchecked
