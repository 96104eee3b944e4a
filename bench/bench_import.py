"""Time a member import: N generated members from CSV into an empty database (target: < 60 s).

    python -m bench.bench_import --members 100000

Writes a member file (90 % with a card, two thirds with opening points, three quarters with
spend), then times three things on fresh database files:
  - the dry run (`check_import`: reading and checking every row, looking up the database);
  - the import itself (`import_members`: check, then write in one transaction and commit);
  - a baseline: the same rows (members, cards, entries, lots, balances, spend, outbox) put in by
    raw sqlite3 `executemany` in one transaction, with no checking at all.
and prints the times and the import's ratio to the baseline.
"""

from __future__ import annotations

import argparse
import csv
import json
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

from db import open_database
from pos_loyalty.domain.cards import card_number_for
from pos_loyalty.services.importing import check_import, file_source, import_members
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.templates import template

HEADER = "name;phone;email;birthday;consent_date;card;card_type;card_state;points;spend"
NOW = datetime(2026, 11, 1, 12, 0, tzinfo=timezone(timedelta(hours=3)))


def rows(count: int) -> Iterator[str]:
    """Rows of a member file."""
    for i in range(1, count + 1):
        card = "" if i % 10 == 0 else card_number_for(i)
        points = (i * 37) % 500 if i % 3 else 0
        spend = f"{i % 50_000}.{i % 100:02d}" if i % 4 else ""
        birthday = f"{1950 + i % 50}-{1 + i % 12:02d}-{1 + i % 28:02d}" if i % 2 else ""
        yield (
            f"Участник {i} Тестовый;+7 9{i:09d};m{i}@example.com;{birthday};2024-01-10;{card};"
            f"bonus;active;{points};{spend}"
        )


def write_file(path: Path, count: int) -> None:
    """Write the member file (UTF-8 with a byte order mark)."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        out.write(HEADER + "\n")
        for row in rows(count):
            out.write(row + "\n")


def fresh_database(path: Path) -> None:
    """Create a migrated database with the bonus programme."""
    db = open_database(path)
    save_programme(template("bonus"), uow=db.uow())
    db.close()


def time_import(csv_path: Path, db_path: Path, dry_run: bool) -> float:
    """Seconds to check (dry run) or import the file."""
    fresh_database(db_path)
    db = open_database(db_path)
    started = time.perf_counter()
    if dry_run:
        report = check_import(file_source(csv_path), uow=db.uow(), clock=lambda: NOW)
    else:
        report = import_members(
            file_source(csv_path), uow=db.uow(), clock=lambda: NOW, actor=Actor("BENCH")
        )
    elapsed = time.perf_counter() - started
    db.close()
    assert report.ok, report.problems[:5]
    return elapsed


def baseline_rows(csv_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """The rows an import writes, made straight from the file with no checking."""
    out: dict[str, list[tuple[object, ...]]] = {name: [] for name in BASELINE_SQL}
    stamp, today = NOW.isoformat(), NOW.date().isoformat()
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        next(reader)
        for n, (
            name,
            phone,
            email,
            birthday,
            consent,
            card,
            kind,
            state,
            points,
            money,
        ) in enumerate(reader, start=1):
            member_id = str(uuid.uuid4())
            out["members"].append((member_id, name, phone, email, birthday or None, stamp, consent))
            number = card or card_number_for(10**8 + n)
            out["cards"].append((number, kind, state, member_id, "", stamp))
            out["outbox"].append((stamp, "member_registered", json.dumps({"id": member_id})))
            out["outbox"].append((stamp, "card_bound", json.dumps({"number": number})))
            if int(points):
                entry_id = str(uuid.uuid4())
                entry = (entry_id, "BASE", n, member_id, "bonus", int(points), today, stamp)
                out["ledger"].append(entry)
                out["lots"].append((entry_id, member_id, 0, int(points), today))
                out["balances"].append((member_id, int(points), 0))
                out["outbox"].append((stamp, "ledger_entry", json.dumps({"id": entry_id})))
            if money:
                out["spend"].append((member_id, today, int(money.replace(".", ""))))
    return out


BASELINE_SQL = {
    "members": "INSERT INTO members (id, name, phone, email, birthday, consent_at, registered_on,"
    " referral_rewarded) VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
    "cards": "INSERT INTO cards (number, card_type, state, member_id, block_reason, issued_at)"
    " VALUES (?, ?, ?, ?, ?, ?)",
    "ledger": "INSERT INTO ledger_entries (id, terminal_id, seq, member_id, kind, points,"
    " business_date, created_at, staff_id, programme_version, reason)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', 1, 'opening')",
    "lots": "INSERT INTO lots (id, member_id, position, remaining, active_from)"
    " VALUES (?, ?, ?, ?, ?)",
    "balances": "INSERT INTO balances (member_id, balance, debt) VALUES (?, ?, ?)",
    "spend": "INSERT INTO member_spend (member_id, day, amount) VALUES (?, ?, ?)",
    "outbox": "INSERT INTO outbox (created_at, kind, payload) VALUES (?, ?, ?)",
}


def time_baseline(csv_path: Path, db_path: Path) -> float:
    """Seconds to read the file and executemany the same rows in one transaction, unchecked."""
    fresh_database(db_path)
    raw = sqlite3.connect(db_path, isolation_level=None)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    started = time.perf_counter()
    rows = baseline_rows(csv_path)
    raw.execute("BEGIN IMMEDIATE")
    for name, sql in BASELINE_SQL.items():
        raw.executemany(sql, rows[name])
    raw.execute("COMMIT")
    elapsed = time.perf_counter() - started
    raw.close()
    return elapsed


def main(argv: list[str] | None = None) -> None:
    """Generate the file, run the three timings and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--dir", type=Path, help="Where to put the files (default: a temp dir).")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.dir or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        csv_path = folder / "members.csv"
        write_file(csv_path, args.members)
        size = csv_path.stat().st_size / 2**20
        print(f"member file: {args.members} rows, {size:.1f} MiB", file=sys.stderr)
        checked = time_import(csv_path, folder / "dry.sqlite3", dry_run=True)
        imported = time_import(csv_path, folder / "import.sqlite3", dry_run=False)
        baseline = time_baseline(csv_path, folder / "baseline.sqlite3")
    print(f"members              {args.members}")
    print(f"dry run (check only) {checked:8.2f} s")
    print(f"import               {imported:8.2f} s   ({args.members / imported:,.0f} members/s)")
    print(f"raw executemany      {baseline:8.2f} s")
    print(f"import / baseline    {imported / baseline:8.2f} x")
    print(f"target < 60 s        {'met' if imported < 60 else 'MISSED'}")


if __name__ == "__main__":
    main()
