"""What the Import and export tab runs off the GUI thread: plain functions over the use cases.

Each opens its own unit of work (one per thread). A check reports how far through the file
it has read; an import reports the reading as its first quarter (about its share of the time
in `bench/bench_import.py`) and the members written as the rest, on a scale of `SCALE`.
An export is written to a temporary file beside the target and renamed over it only once
complete, so a failure never leaves half a file under the name the manager chose.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from pos_loyalty.services.exporting import export_ledger, export_members
from pos_loyalty.services.importing import ImportReport, Source, check_import, import_members
from pos_loyalty.services.ports import Clock, UnitOfWork
from pos_loyalty.services.posting import Actor
from ui.worker import Report

UowFactory = Callable[[], UnitOfWork]
SCALE = 1000
"""Progress of a check or an import is reported as (done, SCALE)."""
READ_SHARE = 250
"""The part of SCALE an import spends reading and checking the file."""
REPORT_EVERY = 2_000
"""Lines read between two reports."""


def reading_source(path: Path, report: Callable[[int], None]) -> Source:
    """The lines of a UTF-8 file (as `importing.file_source`), reporting how far, of SCALE."""

    def lines() -> Iterator[str]:
        size = max(path.stat().st_size, 1)
        with open(path, "rb") as raw, io.TextIOWrapper(raw, "utf-8-sig", newline="") as handle:
            for number, line in enumerate(handle, start=1):
                if number % REPORT_EVERY == 0:
                    report(min(raw.tell(), size) * SCALE // size)
                yield line
        report(SCALE)

    return lines


@dataclass(frozen=True, slots=True)
class Exported:
    """A CSV file written and how many rows (besides the header) it holds."""

    path: Path
    rows: int


def dry_run(uow_factory: UowFactory, path: Path, clock: Clock, report: Report) -> ImportReport:
    """Check the file as an import would and list every bad row; write nothing."""
    source = reading_source(path, lambda done: report(done, SCALE))
    return check_import(source, uow=uow_factory(), clock=clock)


def run_import(
    uow_factory: UowFactory, path: Path, clock: Clock, actor: Actor, report: Report
) -> ImportReport:
    """Import every member of the file in one transaction, or refuse it (ImportRefused)."""

    def written(done: int, total: int) -> None:
        report(READ_SHARE + done * (SCALE - READ_SHARE) // max(total, 1), SCALE)

    return import_members(
        reading_source(path, lambda done: report(done * READ_SHARE // SCALE, SCALE)),
        uow=uow_factory(),
        clock=clock,
        actor=actor,
        file_name=path.name,
        progress=written,
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
