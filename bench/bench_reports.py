"""Report benchmarks on a generated store: Z-report, liability, a month's KPIs, a ledger export.

    python -m bench.bench_reports --db bench/data/store.sqlite3 [--repeat 3] [--rows 100000]
    python -m bench.bench_reports --db COPY.sqlite3 --upgrade   # migrate a copy, timed
    python -m bench.bench_reports --db ... --only kpi          # one report and its baseline

The Z-report (the busiest day on file) and the liability report are timed end to end: read in
one snapshot through the SQLAlchemy adapter, built, and written as PDF. Beside each, raw
`sqlite3` computes the same figures with hand-written SQL, and the ratio of the medians is
printed; the KPI report covers the last whole calendar month on file, beside
`bench.raw_kpi.raw_kpi_figures` (the same reads of the daily figures) and, for scale, the same
figures computed from the sales and ledger rows.
The ledger export writes the newest N entries as a PDF; each size runs in a fresh
process so its peak memory (RSS and Python's own, via tracemalloc) is its own, and the 10,000
and N row figures are printed side by side. Read-only: the file is never written; a store at
an older revision is refused (migrate a copy with `--upgrade`, which times the migration and
prints its progress: filling the daily figures goes month by month). Each timed run prints the
1-minute load average it started at, since the figures follow the machine's load.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from bench.raw_kpi import raw_kpi, raw_kpi_figures
from db import open_database
from db.migrate import HEAD, upgrade
from db.reports import SqlAlchemyReportSource
from pos_loyalty.reports import Document, Period, ReportRequest, Table, build_document, render_pdf
from pos_loyalty.reports.document import Row
from pos_loyalty.reports.period import Scope

TZ = timezone(timedelta(hours=3))


def _request(first: date, last: date, now: datetime) -> ReportRequest:
    return ReportRequest(Period(first, last), Scope("Bench"), TZ, now, "ru")


def _timings(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(first run, median of all runs) in seconds: the first reads a cold OS cache, if any."""
    times = []
    for _ in range(repeat):
        load = os.getloadavg()[0]
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
        print(f"  {times[-1]:7.3f} s (load {load:.1f})", file=sys.stderr, flush=True)
    return times[0], statistics.median(times)


def _line(name: str, ours: tuple[float, float], raw: tuple[float, float], target: float) -> None:
    verdict = "ok" if ours[1] < target else "OVER"
    print(
        f"{name:<24} ours {ours[1]:7.3f} s (first {ours[0]:6.2f} s) | "
        f"raw sqlite3 {raw[1]:7.3f} s (first {raw[0]:6.2f} s) | ratio {ours[1] / raw[1]:5.1f}x | "
        f"target < {target:g} s: {verdict}"
    )


def busiest_day(path: Path) -> date:
    """The busiest of the last seven days with sales (by number of checks)."""
    with sqlite3.connect(path) as con:
        (last,) = con.execute("SELECT max(business_date) FROM sales").fetchone()
        days = [date.fromisoformat(last) - timedelta(days=k) for k in range(7)]
        counts = {
            day: con.execute(
                "SELECT count(*) FROM sales WHERE business_date = ?", (day.isoformat(),)
            ).fetchone()[0]
            for day in days
        }
    return max(days, key=lambda day: (counts[day], day))


def report_pdf(path: Path, name: str, first: date, last: date, now: datetime) -> None:
    """Build one report through the adapter and write it as a PDF (discarded)."""
    db = open_database(path)
    try:
        with SqlAlchemyReportSource(db.uow).open() as queries:
            document = build_document(name, queries, _request(first, last, now))
            with tempfile.TemporaryFile() as out:
                render_pdf(document, out)  # type: ignore[arg-type]
    finally:
        db.close()


def raw_z(path: Path, day: date) -> tuple[Any, ...]:
    """The Z figures with hand-written SQL on plain sqlite3."""
    d = day.isoformat()
    start = datetime.combine(day, clock_time(0), TZ).astimezone(UTC).isoformat()
    end = datetime.combine(day + timedelta(days=1), clock_time(0), TZ)
    with sqlite3.connect(path) as con:
        return (
            con.execute(
                "SELECT terminal_id, count(member_id), count(*) - count(member_id),"
                " sum(CASE WHEN member_id IS NOT NULL THEN total ELSE 0 END),"
                " sum(CASE WHEN member_id IS NULL THEN total ELSE 0 END), sum(discount),"
                " sum(redeemed_value), sum(paid) FROM sales WHERE business_date = ?"
                " GROUP BY terminal_id",
                (d,),
            ).fetchall(),
            con.execute(
                "SELECT terminal_id, kind, sum(CASE WHEN points > 0 THEN points ELSE 0 END),"
                " sum(CASE WHEN points < 0 THEN -points ELSE 0 END) FROM ledger_entries"
                " WHERE business_date = ? GROUP BY terminal_id, kind",
                (d,),
            ).fetchall(),
            con.execute(
                "SELECT terminal_id, count(*), sum(is_void), sum(amount), sum(money_returned),"
                " sum(points_reversed), sum(points_returned) FROM refunds"
                " WHERE business_date = ? GROUP BY terminal_id",
                (d,),
            ).fetchall(),
            con.execute("SELECT count(*) FROM members WHERE registered_on = ?", (d,)).fetchone(),
            con.execute(
                "SELECT count(*) FROM cards WHERE issued_at >= ? AND issued_at < ?",
                (start, end.astimezone(UTC).isoformat()),
            ).fetchone(),
        )


def raw_liability(path: Path, today: date) -> tuple[Any, ...]:
    """The liability figures with hand-written SQL on plain sqlite3."""
    with sqlite3.connect(path) as con:
        return (
            con.execute(
                "SELECT expires_on, sum(remaining),"
                " sum(CASE WHEN active_from > ? THEN remaining ELSE 0 END) FROM lots"
                " INDEXED BY ix_lots_expires_on_active_from_remaining"
                " WHERE remaining > 0 GROUP BY expires_on",
                (today.isoformat(),),
            ).fetchall(),
            con.execute(
                "SELECT count(*), coalesce(sum(-balance), 0) FROM balances WHERE balance < 0"
            ).fetchone(),
            con.execute(
                "SELECT b.member_id, b.balance, m.name FROM balances b JOIN members m"
                " ON m.id = b.member_id WHERE b.balance < 0 ORDER BY b.balance LIMIT 50"
            ).fetchall(),
        )


class FirstRows:
    """The first `count` rows of a table's rows, re-iterable like the table itself."""

    def __init__(self, rows: Any, count: int) -> None:
        self._rows, self._count = rows, count

    def __iter__(self) -> Iterator[Row]:
        for index, row in enumerate(self._rows):
            if index == self._count:
                return
            yield row


def _export_period(path: Path, rows: int) -> Period:
    """The newest days that hold at least `rows` ledger entries."""
    with sqlite3.connect(path) as con:
        counts = con.execute(
            "SELECT business_date, count(*) FROM ledger_entries GROUP BY business_date"
            " ORDER BY business_date DESC"
        )
        total, last, first = 0, None, None
        for day, count in counts:
            last = last or day
            first, total = day, total + count
            if total >= rows:
                break
    assert first is not None and last is not None
    return Period(date.fromisoformat(first), date.fromisoformat(last))


def export_once(path: Path, rows: int, traced: bool = False) -> dict[str, float]:
    """Write `rows` ledger entries as a PDF; return seconds, PDF size and peak memory (MB).

    With `traced`, Python's own allocations are traced too (much slower: time is not comparable).
    """
    period = _export_period(path, rows)
    now = datetime.combine(period.last + timedelta(days=1), clock_time(12), TZ)
    db = open_database(path)
    if traced:
        tracemalloc.start()
    start = time.perf_counter()
    with SqlAlchemyReportSource(db.uow).open() as queries:
        document = build_document("ledger", queries, _request(period.first, period.last, now))
        document = _limited(document, rows)
        with tempfile.NamedTemporaryFile(suffix=".pdf") as out:
            render_pdf(document, out.name)
            size = Path(out.name).stat().st_size
    seconds = time.perf_counter() - start
    heap = tracemalloc.get_traced_memory()[1] if traced else 0
    tracemalloc.stop()
    db.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "rows": rows,
        "seconds": seconds,
        "pdf_mb": size / 2**20,
        "rss_mb": rss,
        "heap_mb": heap / 2**20,
    }


def _limited(document: Document, rows: int) -> Document:
    blocks = tuple(
        replace(b, rows=FirstRows(b.rows, rows), size=rows)
        if isinstance(b, Table) and b.key == "ledger_entries"
        else b
        for b in document.blocks
    )
    return replace(document, blocks=blocks)


def raw_export(path: Path, rows: int) -> None:
    """Fetch the same rows with plain sqlite3 (no PDF): the floor for the export."""
    period = _export_period(path, rows)
    with sqlite3.connect(path) as con:
        cursor = con.execute(
            "SELECT business_date, created_at, terminal_id, seq, card_number, kind, points,"
            " sale_id, reason FROM ledger_entries WHERE business_date BETWEEN ? AND ?"
            " ORDER BY business_date, pos LIMIT ?",
            (period.first.isoformat(), period.last.isoformat(), rows),
        )
        while cursor.fetchmany(5000):
            pass


def _in_fresh_process(db: Path, rows: int, traced: bool) -> dict[str, float]:
    command = [sys.executable, "-m", "bench.bench_reports", "--db", str(db)]
    command += ["--export-once", str(rows)] + (["--heap"] if traced else [])
    out = subprocess.run(command, check=True, capture_output=True, text=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def last_month(path: Path) -> Period:
    """The last whole calendar month with sales."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        (last,) = con.execute("SELECT max(business_date) FROM sales").fetchone()
    end = date.fromisoformat(last)
    if (end + timedelta(days=1)).month == end.month:
        end = end.replace(day=1) - timedelta(days=1)
    return Period(end.replace(day=1), end)


def check_revision(path: Path) -> None:
    """Refuse a store the adapter would migrate (opening it would write to it)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        (found,) = con.execute("SELECT version_num FROM alembic_version").fetchone()
    if found != HEAD:
        sys.exit(
            f"{path} is at revision {found}, this version reads {HEAD}: copy it and run "
            f"'python -m bench.bench_reports --db COPY --upgrade' on the copy"
        )


def timed_upgrade(path: Path) -> None:
    """Migrate a store to the newest revision and print how long it took."""
    logging.basicConfig(format="%(asctime)s %(message)s")
    logging.getLogger("db.migrations").setLevel(logging.INFO)
    start = time.perf_counter()
    upgrade(f"sqlite:///{path}")
    print(f"upgraded {path} to {HEAD} in {time.perf_counter() - start:.1f} s")


def main() -> None:
    """Run every benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("bench/data/store.sqlite3"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--heap", action="store_true", help="also trace Python's heap (slow)")
    parser.add_argument("--export-once", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--upgrade", action="store_true", help="migrate the store (a copy!)")
    parser.add_argument("--only", choices=("z", "liability", "kpi", "export"), default=None)
    args = parser.parse_args()
    if args.upgrade:
        timed_upgrade(args.db)
        return
    check_revision(args.db)
    if args.export_once:
        print(json.dumps(export_once(args.db, args.export_once, args.heap)))
        return
    run = {args.only} if args.only else {"z", "liability", "kpi", "export"}
    if run & {"z", "liability"}:
        _day_reports(args.db, args.repeat, run)
    if "kpi" in run:
        _kpis(args.db, args.repeat)
    if "export" in run:
        _exports(args.db, args.rows, args.heap)


def _day_reports(db: Path, repeat: int, run: set[str]) -> None:
    day = busiest_day(db)
    now = datetime.combine(day + timedelta(days=1), clock_time(9), TZ)
    print(f"store {db}: Z-report for {day} (the busiest of the last 7 days)")
    if "z" in run:
        z_ours = _timings(lambda: report_pdf(db, "z", day, day, now), repeat)
        z_raw = _timings(lambda: raw_z(db, day), repeat)
        _line("Z-report (PDF)", z_ours, z_raw, 5)
    if "liability" in run:
        l_ours = _timings(lambda: report_pdf(db, "liability", day, day, now), repeat)
        l_raw = _timings(lambda: raw_liability(db, now.date()), repeat)
        _line("liability (PDF)", l_ours, l_raw, 5)


def _kpis(db: Path, repeat: int) -> None:
    month = last_month(db)
    at = datetime.combine(month.last + timedelta(days=1), clock_time(9), TZ)
    print(f"KPIs for {month.first} to {month.last}")
    k_ours = _timings(lambda: report_pdf(db, "kpi", month.first, month.last, at), repeat)
    k_raw = _timings(lambda: raw_kpi_figures(db, month.first, month.last), repeat)
    _line("KPIs, a month (PDF)", k_ours, k_raw, 1)
    rows = _timings(lambda: raw_kpi(db, month.first, month.last), repeat)
    print(f"  the same figures from the sales and ledger rows (raw sqlite3): {rows[1]:.3f} s")


def _exports(db: Path, rows: int, heap: bool) -> None:
    sizes = (10_000, rows)
    runs = [_in_fresh_process(db, size, traced=False) for size in sizes]
    raw = _timings(lambda: raw_export(db, rows), 1)
    export = (runs[1]["seconds"], runs[1]["seconds"])
    _line(f"ledger PDF {rows:,} rows", export, raw, 30)
    heaps = [_in_fresh_process(db, size, traced=True) for size in sizes] if heap else []
    for index, figures in enumerate(runs):
        heap_text = f", peak Python heap {heaps[index]['heap_mb']:5.1f} MB" if heaps else ""
        print(
            f"  {int(figures['rows']):>7,} rows: {figures['seconds']:6.1f} s, "
            f"PDF {figures['pdf_mb']:5.1f} MB, peak RSS {figures['rss_mb']:6.1f} MB{heap_text}"
        )


if __name__ == "__main__":
    main()
