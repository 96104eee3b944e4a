"""Time the back office's audit log reads on a long log (target: a page p99 < 50 ms).

    python -m bench.bench_audit --records 200000

Fills a fresh store file with N chained audit records (one action in 500 is rare), then times
what the Audit log tab does, each beside a raw sqlite3 baseline doing the least the same answer
needs:
  - the newest page (`audit_page`: 100 records, the count, the actions, the staff names) vs a
    raw `SELECT ... ORDER BY seq DESC LIMIT 101`;
  - the page of a rare action, deep in the log, vs the same raw query with `WHERE action = ?`;
  - Verify (`check_audit_log`: every record read in batches and its hash recomputed) vs a raw
    read of every row;
  - Export to CSV (`export_audit`) vs a raw read of every row written with `csv.writer`.
"""

from __future__ import annotations

import argparse
import csv
import io
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from bench.stats import report, timed
from db import open_database
from db.models import audit_log
from pos_loyalty.domain.audit import AuditRecord, chained
from pos_loyalty.services.audit import audit_page, check_audit_log
from pos_loyalty.services.exporting import export_audit

START = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
ACTIONS = ("bonus", "adjust", "refund", "void", "setting")


def fill(path: Path, count: int) -> None:
    """Write `count` chained records straight into a migrated store file."""
    db = open_database(path)
    previous: AuditRecord | None = None
    rows = []
    for n in range(1, count + 1):
        action = "staff_role" if n % 500 == 0 else ACTIONS[n % len(ACTIONS)]
        draft = AuditRecord(
            0, START + timedelta(seconds=n), "T-1", "s-1", action, {"n": n, "points": n % 700}
        )
        previous = chained(draft, previous)
        rows.append(_row(previous))
    with db.engine.begin() as connection:
        connection.execute(insert(audit_log), rows)
    db.close()


def _row(r: AuditRecord) -> dict[str, object]:
    import json

    details = json.dumps(r.details, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return {
        "seq": r.seq,
        "at": r.at,
        "terminal_id": r.terminal_id,
        "staff_id": r.staff_id,
        "approved_by": r.approved_by,
        "action": r.action,
        "details": details,
        "prev_hash": r.prev_hash,
        "hash": r.hash,
    }


def once(fn: Callable[[], object]) -> float:
    """Seconds one call takes."""
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> None:
    """Fill a store, time the reads, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "audit.sqlite3"
        started = time.perf_counter()
        fill(path, args.records)
        print(f"filled {args.records} records in {time.perf_counter() - started:.1f} s")
        db = open_database(path)
        raw = sqlite3.connect(path)
        rare_before = args.records // 2
        pages = range(args.samples)
        ours = timed(lambda _: audit_page(uow=db.uow(), size=100), pages)
        base = timed(
            lambda _: raw.execute("SELECT * FROM audit_log ORDER BY seq DESC LIMIT 101").fetchall(),
            pages,
        )
        report("newest page", ours, base, "p99 < 50 ms")
        ours = timed(
            lambda _: audit_page(uow=db.uow(), size=100, before=rare_before, action="staff_role"),
            pages,
        )
        base = timed(
            lambda _: raw.execute(
                "SELECT * FROM audit_log WHERE action = ? AND seq < ? ORDER BY seq DESC LIMIT 101",
                ("staff_role", rare_before),
            ).fetchall(),
            pages,
        )
        report("rare action, deep page", ours, base, "p99 < 50 ms")
        check = check_audit_log(uow=db.uow())
        assert check.intact and check.records == args.records
        verify = once(lambda: check_audit_log(uow=db.uow()))
        read_all = once(lambda: raw.execute("SELECT * FROM audit_log ORDER BY seq").fetchall())
        print(f"verify {verify:.2f} s vs raw read of every row {read_all:.2f} s")
        export = once(lambda: export_audit(io.StringIO(), uow=db.uow()))
        raw_csv = once(
            lambda: csv.writer(io.StringIO(), delimiter=";").writerows(
                raw.execute("SELECT * FROM audit_log ORDER BY seq")
            )
        )
        print(f"export {export:.2f} s vs raw rows to csv.writer {raw_csv:.2f} s")
        raw.close()
        db.close()


if __name__ == "__main__":
    main()
