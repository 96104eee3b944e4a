"""Generate a benchmark store: N members with cards and a year of sales (about 10 entries each).

    python -m bench.generate --members 1000000 --db bench/data/store.sqlite3

Members are simulated by the real checkout rules in worker processes (one per core) and
written by one bulk writer; progress goes to stderr. Deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from db import open_database
from db.bulk import BulkWriter
from pos_loyalty.domain.programme import Programme
from pos_loyalty.services.demo_data import generate
from pos_loyalty.services.history_store import MemberHistory
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.templates import template

CHUNK = 2_000
TODAY = date(2026, 11, 1)


def _chunk(args: tuple[dict[str, object], int, int, int, int]) -> list[MemberHistory]:
    data, start, count, seed, sales = args
    programme = Programme.from_dict(data, version=1)
    terminals = tuple(f"BENCH-{start // CHUNK}-{k}" for k in range(3))
    return list(
        generate(
            programme,
            count,
            TODAY,
            seed=seed + start,
            first_index=start,
            terminals=terminals,
            sales_per_member=sales,
        )
    )


def _work(
    total: int, data: dict[str, object], seed: int, sales: int
) -> Iterator[tuple[dict[str, object], int, int, int, int]]:
    for start in range(0, total, CHUNK):
        yield data, start, min(CHUNK, total - start), seed, sales


def build(
    path: Path, members: int, seed: int = 7, workers: int | None = None, sales: int = 8
) -> dict[str, int]:
    """Create the store at `path` (which must not exist) and return its row counts."""
    if path.exists():
        raise SystemExit(f"{path} exists: remove it or choose another --db")
    db = open_database(path)
    programme = save_programme(template("tiered"), uow=db.uow())
    counts = {"members": 0, "sales": 0, "ledger_entries": 0}
    started = time.monotonic()
    writer = BulkWriter(db.engine)
    with mp.Pool(workers or mp.cpu_count()) as pool:
        for histories in pool.imap(_chunk, _work(members, programme.to_dict(), seed, sales)):
            writer.write_histories(histories)
            counts["members"] += len(histories)
            counts["sales"] += sum(len(h.sales) for h in histories)
            counts["ledger_entries"] += sum(len(h.entries) for h in histories)
            _progress(counts, members, started)
    print("\nrefreshing statistics ...", file=sys.stderr)
    writer.finish()
    db.close()
    return counts


def _progress(counts: dict[str, int], total: int, started: float) -> None:
    done = counts["members"]
    rate = done / max(time.monotonic() - started, 1e-9)
    eta = (total - done) / rate if rate else 0
    print(
        f"\r{done:>9,}/{total:,} members  {counts['ledger_entries']:>11,} entries  "
        f"{rate:,.0f} members/s  eta {eta / 60:.1f} min",
        end="",
        file=sys.stderr,
        flush=True,
    )


def main() -> None:
    """Parse the options and build the store."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("bench/data/store.sqlite3"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument(
        "--sales-per-member",
        type=int,
        default=8,
        help="average sales a member makes in the year (8 gives ~10M entries for 1M members; "
        "1 makes a store for the member-list and search benchmarks in minutes)",
    )
    args = parser.parse_args()
    args.db.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    counts = build(args.db, args.members, args.seed, args.workers, args.sales_per_member)
    print(f"{counts} in {time.monotonic() - started:.0f} s -> {args.db}")


if __name__ == "__main__":
    main()
