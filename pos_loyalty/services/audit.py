"""Writing, reading and checking the audit log of manual actions (adjustments, overrides,
refunds, staff changes).

The log can grow long, so nothing here loads it whole: a page is one index range, and the
check and the export read it in batches, oldest first, within one read transaction.

The check (`check_audit_log`, behind `audit verify` and the back office's Verify) also
replays every member's ledger entries against the stored balances and lots, and, given the
central server's copy (`evidence.ServerCopy`), compares the chain and this terminal's ledger
with what was already sent. What it could not check (the server unreachable) it says.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pos_loyalty.domain.audit import AuditRecord, ChainBreak, chain_breaks, chained
from pos_loyalty.domain.ledger import LedgerEntry
from pos_loyalty.domain.projection import ProjectionDifference
from pos_loyalty.services.evidence import (
    CopyUnavailable,
    ServerCopy,
    audit_differences,
    copied_audit,
    copied_entries,
    ledger_differences,
)
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.projections import projection_check

BATCH = 2000
"""Records read at a time by the check and the export."""

NOT_ENROLLED = "not compared with a central server: this terminal is not enrolled"
"""What `audit verify` says it could not do on a terminal that has no central server."""

Progress = Callable[[int, int], None]
"""Told (records done, records in all) as a long read goes on."""


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
    record = chained(draft, uow.audit.last(), uow.audit.keys())
    uow.audit.add(record)
    return record


@dataclass(frozen=True, slots=True)
class AuditPage:
    """A page of the log, newest first, with the names of the staff it mentions."""

    records: list[AuditRecord]
    total: int
    """Records in the log (of the action asked for, if any)."""
    actions: list[str]
    """Every action the log holds, for a filter."""
    names: dict[str, str]
    """Staff names by id (ids of accounts that do not exist are absent)."""
    has_older: bool


def audit_page(
    *, uow: UnitOfWork, size: int, before: int | None = None, action: str | None = None
) -> AuditPage:
    """Up to `size` records below sequence number `before` (None: the newest), newest first."""
    with uow.read_only():
        found = uow.audit.newest(size + 1, before, action)
        records = found[:size]
        total = uow.audit.count(action)
        actions = uow.audit.actions()
        names = {s.id: s.name for s in uow.staff.all()}
    return AuditPage(records, total, actions, names, len(found) > size)


@dataclass(frozen=True, slots=True)
class AuditCheck:
    """What checking the chain, the projection and the server's copy found."""

    records: int
    breaks: list[ChainBreak]
    members: int = 0
    """Members whose balance and lots were recomputed from the ledger."""
    projection: list[ProjectionDifference] = field(default_factory=list)
    server: list[str] = field(default_factory=list)
    """Differences from the server's copy (records and entries already sent)."""
    compared: tuple[int, int] = (0, 0)
    """(audit records, ledger entries) compared with the server's copy."""
    unchecked: list[str] = field(default_factory=list)
    """What could not be checked, and why (e.g. the server could not be reached)."""

    @property
    def intact(self) -> bool:
        """True when nothing was altered, removed, reordered or edited in the projection."""
        return not self.breaks and not self.projection and not self.server

    @property
    def problems(self) -> list[str]:
        """Every finding as a line of text."""
        return [b.text for b in self.breaks] + [d.text for d in self.projection] + self.server


def check_audit_log(
    *,
    uow: UnitOfWork,
    progress: Progress | None = None,
    batch: int = BATCH,
    server: ServerCopy | None = None,
) -> AuditCheck:
    """Check the chain, recompute the projection, and compare with `server`'s copy if given."""
    with uow.read_only():
        records = uow.audit.count(None)
        total = records + uow.projections.count()
        seen = _Counter()
        breaks = chain_breaks(seen.count(_batches(uow, batch), total, progress), uow.audit.keys())
        done = seen.done

        def tick(members: int) -> None:
            if progress is not None:
                progress(done + members, max(total, done + members))

        members, projection = projection_check(uow, tick)
    check = AuditCheck(done, breaks, members, projection)
    return check if server is None else _against(check, uow, server, batch)


def _against(check: AuditCheck, uow: UnitOfWork, server: ServerCopy, batch: int) -> AuditCheck:
    """The check with the comparison to the server's copy added (or why it could not be made)."""
    try:
        with uow.read_only():
            records, audit = audit_differences(all_records(uow, batch), copied_audit(server))
            own = _own_entries(uow, server.terminal_id, batch)
            entries, ledger = ledger_differences(own, copied_entries(server))
    except CopyUnavailable as exc:
        note = f"not compared with the server's copy: {exc}"
        return AuditCheck(**{**_fields(check), "unchecked": [note]})
    return AuditCheck(
        **{**_fields(check), "server": audit + ledger, "compared": (records, entries)}
    )


def _fields(check: AuditCheck) -> dict[str, Any]:
    return {name: getattr(check, name) for name in AuditCheck.__slots__}


def _own_entries(uow: UnitOfWork, terminal_id: str, batch: int) -> Iterator[LedgerEntry]:
    after = 0
    while found := uow.projections.own_entries(terminal_id, after, batch):
        yield from found
        after = found[-1].seq


def verify_audit_log(*, uow: UnitOfWork, server: ServerCopy | None = None) -> list[str]:
    """Every finding of `check_audit_log` as a line of text (empty when intact)."""
    return check_audit_log(uow=uow, server=server).problems


def all_records(uow: UnitOfWork, batch: int = BATCH) -> Iterator[AuditRecord]:
    """Every record, oldest first, read a batch at a time (inside the caller's transaction)."""
    for records in _batches(uow, batch):
        yield from records


def _batches(uow: UnitOfWork, batch: int) -> Iterator[list[AuditRecord]]:
    last = 0
    while records := uow.audit.after(last, batch):
        yield records
        last = records[-1].seq


class _Counter:
    """Counts the records going through, and tells `progress` after each batch."""

    def __init__(self) -> None:
        self.done = 0

    def count(
        self, batches: Iterator[list[AuditRecord]], total: int, progress: Progress | None
    ) -> Iterator[AuditRecord]:
        for records in batches:
            yield from records
            self.done += len(records)
            if progress is not None:
                progress(self.done, max(total, self.done))
