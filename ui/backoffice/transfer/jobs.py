"""What the Import and export tab runs off the GUI thread: plain functions over the use cases.

Each opens its own unit of work (one per thread). An export is written to a temporary file
beside the target and renamed over it only once complete, so a failure never leaves half a
file under the name the manager chose.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from pos_loyalty.services.exporting import export_ledger, export_members
from pos_loyalty.services.importing import ImportReport, check_import, file_source, import_members
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor
from ui.backoffice.long_job import Report

UowFactory = Callable[[], UnitOfWork]


@dataclass(frozen=True, slots=True)
class Exported:
    """A CSV file written and how many rows (besides the header) it holds."""

    path: Path
    rows: int


def dry_run(uow_factory: UowFactory, path: Path, clock: Clock) -> ImportReport:
    """Check the file as an import would and list every bad row; write nothing."""
    return check_import(file_source(path), uow=uow_factory(), clock=clock)


def run_import(
    uow_factory: UowFactory, path: Path, clock: Clock, actor: Actor, report: Report
) -> ImportReport:
    """Import every member of the file in one transaction, or refuse it (ImportRefused)."""
    return import_members(
        file_source(path),
        uow=uow_factory(),
        clock=clock,
        actor=actor,
        file_name=path.name,
        progress=report,
    )


def members_to(uow_factory: UowFactory, path: Path, clock: Clock) -> Exported:
    """Export the members to `path` in the import file's format."""
    rows = _written(path, lambda out: export_members(out, uow=uow_factory(), clock=clock))
    return Exported(path, rows)


def ledger_to(uow_factory: UowFactory, path: Path, first: date, last: date) -> Exported:
    """Export the ledger entries of business days first..last (both included) to `path`."""
    rows = _written(
        path, lambda out: export_ledger(out, uow=uow_factory(), first_day=first, last_day=last)
    )
    return Exported(path, rows)


def _written(path: Path, write: Callable[[TextIO], int]) -> int:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as out:
            rows = write(out)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return rows
