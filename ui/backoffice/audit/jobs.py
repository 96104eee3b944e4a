"""The audit tab's slow work, run on the worker: verifying the store and writing the CSV file.

No widget is touched here. Each job takes the `report(done, total)` of `ui.worker.LongJob`, which
carries the progress to the GUI thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from pos_loyalty.services.audit import AuditCheck, Progress
from pos_loyalty.services.exporting import export_audit
from pos_loyalty.services.ports import UnitOfWork


def check_log(uow_factory: Callable[[], UnitOfWork], progress: Progress) -> AuditCheck:
    """Check the chain, recompute balances and lots, and compare with the server if enrolled."""
    from ui import audit_check  # the sync client, loaded when Verify is first used

    return audit_check.verify(uow_factory, progress)


def write_csv(
    uow_factory: Callable[[], UnitOfWork],
    path: Path,
    action: str | None,
    progress: Progress,
) -> int:
    """Write the log (of `action` only, if given) to `path`; the file appears only when whole."""
    part = path.with_name(path.name + ".part")
    try:
        with part.open("w", encoding="utf-8-sig", newline="") as out:
            count = export_audit(out, uow=uow_factory(), action=action, progress=progress)
        part.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    return count
