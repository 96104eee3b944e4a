"""Writing, reading and checking the audit log of manual actions (adjustments, overrides,
refunds, staff changes).

The log can grow long, so nothing here loads it whole: a page is one index range, and the
check and the export read it in batches, oldest first, within one read transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from pos_loyalty.domain.audit import AuditRecord, ChainBreak, chain_breaks, chained
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor

BATCH = 2000
"""Records read at a time by the check and the export."""

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
    record = chained(draft, uow.audit.last())
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
    """What checking the hash chain found."""

    records: int
    breaks: list[ChainBreak]

    @property
    def intact(self) -> bool:
        """True when nothing was altered, removed or reordered."""
        return not self.breaks


def check_audit_log(
    *, uow: UnitOfWork, progress: Progress | None = None, batch: int = BATCH
) -> AuditCheck:
    """Check the whole hash chain, a batch at a time, telling `progress` as it goes."""
    with uow.read_only():
        total = uow.audit.count(None)
        seen = _Counter()
        breaks = chain_breaks(seen.count(_batches(uow, batch), total, progress))
    return AuditCheck(seen.done, breaks)


def verify_audit_log(*, uow: UnitOfWork) -> list[str]:
    """Every break in the audit log's chain as a line of text (empty when intact)."""
    return [b.text for b in check_audit_log(uow=uow).breaks]


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
