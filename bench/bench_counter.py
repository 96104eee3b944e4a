"""Counter benchmarks on a generated store: card lookup, checkout commit, phone and name search.

    python -m bench.bench_counter --db bench/data/store.sqlite3 [--samples 2000]

Each figure is measured through the service (SQLAlchemy unit of work, the real use case) and,
in the same run on the same file, through raw `sqlite3` doing the same reads or writes; the
ratio of the p99s is printed. Run on a copy if you care about the file: commits add sales.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bench.stats import report, timed
from db import open_database
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.services.checkout import Checkout, commit_checkout
from pos_loyalty.services.lookup import find_members, lookup_card
from pos_loyalty.services.posting import Actor

TZ = timezone(timedelta(hours=3))
NOW = datetime(2026, 11, 1, 12, 0, tzinfo=TZ)
PREFIXES = ["Ив", "Пет", "Смир", "Кузн", "Ольг", "Мари", "Васил", "Нов", "Sm", "Волк"]


def sample_cards(con: sqlite3.Connection, n: int, rng: random.Random) -> list[str]:
    """n random card numbers spread over the whole file."""
    top = con.execute("SELECT max(rowid) FROM cards").fetchone()[0]
    picks = []
    while len(picks) < n:
        row = con.execute(
            "SELECT number FROM cards WHERE rowid >= ? AND member_id IS NOT NULL LIMIT 1",
            (rng.randint(1, top),),
        ).fetchone()
        if row:
            picks.append(row[0])
    return picks


def raw_lookup(con: sqlite3.Connection, number: str) -> tuple[object, ...]:
    """The same figures as the service: card, member, balance, open lots, spend in window."""
    card = con.execute(
        "SELECT number, card_type, state, member_id, replaced_by FROM cards WHERE number = ?",
        (number,),
    ).fetchone()
    member = con.execute(
        "SELECT id, name, phone, birthday, membership_until, last_purchase_on, registered_on "
        "FROM members WHERE id = ?",
        (card[3],),
    ).fetchone()
    balance = con.execute(
        "SELECT balance, debt FROM balances WHERE member_id = ?", (member[0],)
    ).fetchone()
    lots = con.execute(
        "SELECT remaining, active_from, expires_on FROM lots WHERE member_id = ?", (member[0],)
    ).fetchall()
    spend = con.execute(
        "SELECT coalesce(sum(amount), 0) FROM member_spend WHERE member_id = ? AND day >= ?",
        (member[0], (NOW.date() - timedelta(days=364)).isoformat()),
    ).fetchone()
    programme = con.execute("SELECT data FROM programmes ORDER BY version DESC LIMIT 1").fetchone()
    return card, member, balance, lots, spend, programme


def raw_commit(con: sqlite3.Connection, number: str) -> None:
    """The inserts and updates of one earn-only checkout, in one transaction, by hand."""
    member_id = con.execute("SELECT member_id FROM cards WHERE number = ?", (number,)).fetchone()[0]
    sale_id, entry_id, now = str(uuid.uuid4()), str(uuid.uuid4()), NOW.isoformat()
    con.execute("BEGIN IMMEDIATE")
    con.execute(
        "INSERT INTO sales (id, terminal_id, receipt_no, business_date, created_at, member_id, "
        "card_number, staff_id, programme_version, tier, lines, total, discount, "
        "redeemed_points, redeemed_value, paid, earned_points, bonus_points, refunded) "
        "VALUES (?, 'RAW', '1', ?, ?, ?, ?, '', 1, 'Bronze', '[]', 100000, 0, 0, 0, 100000, 30, "
        "0, 0)",
        (sale_id, NOW.date().isoformat(), now, member_id, number),
    )
    seq = con.execute(
        "INSERT INTO terminal_sequences (terminal_id, last_seq) VALUES ('RAW', 1) "
        "ON CONFLICT (terminal_id) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq"
    ).fetchone()[0]
    con.execute(
        "INSERT INTO ledger_entries (id, terminal_id, seq, member_id, kind, points, "
        "business_date, created_at, staff_id, programme_version, card_number, sale_id, "
        "refers_to, active_from, expires_on, reason) VALUES (?, 'RAW', ?, ?, 'earn', 30, ?, ?, "
        "'', 1, ?, ?, NULL, ?, ?, 'earned')",
        (
            entry_id,
            seq,
            member_id,
            NOW.date().isoformat(),
            now,
            number,
            sale_id,
            NOW.date().isoformat(),
            (NOW.date() + timedelta(days=365)).isoformat(),
        ),
    )
    con.execute(
        "INSERT INTO lots (id, member_id, position, remaining, active_from, expires_on) "
        "VALUES (?, ?, 999999, 30, ?, ?)",
        (
            entry_id,
            member_id,
            NOW.date().isoformat(),
            (NOW.date() + timedelta(days=365)).isoformat(),
        ),
    )
    con.execute(
        "INSERT INTO balances (member_id, balance, debt) VALUES (?, 30, 0) ON CONFLICT (member_id) "
        "DO UPDATE SET balance = balance + 30",
        (member_id,),
    )
    con.execute(
        "INSERT INTO member_spend (member_id, day, amount) VALUES (?, ?, 100000) "
        "ON CONFLICT (member_id, day) DO UPDATE SET amount = amount + 100000",
        (member_id, NOW.date().isoformat()),
    )
    con.execute(
        "UPDATE members SET last_purchase_on = ? WHERE id = ?", (NOW.date().isoformat(), member_id)
    )
    for kind in ("ledger_entry", "sale"):
        con.execute(
            "INSERT INTO outbox (created_at, kind, payload) VALUES (?, ?, '{}')", (now, kind)
        )
    con.execute("INSERT INTO slips (id, sale_id, data) VALUES (?, ?, '{}')", (sale_id, sale_id))
    con.execute("COMMIT")


def raw_phone(con: sqlite3.Connection, prefix: str) -> list[tuple[object, ...]]:
    """Phone prefix search by index range, LIMIT 20."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return con.execute(
        "SELECT id, name, phone FROM members WHERE phone >= ? AND phone < ? ORDER BY phone "
        "LIMIT 20",
        (prefix, upper),
    ).fetchall()


def raw_name(con: sqlite3.Connection, text: str) -> list[tuple[object, ...]]:
    """Name prefix search through FTS5, LIMIT 20."""
    return con.execute(
        "SELECT m.id, m.name, m.phone FROM members_fts f JOIN members m ON m.pos = f.rowid "
        "WHERE members_fts MATCH ? LIMIT 20",
        (f'"{text}"*',),
    ).fetchall()


def main() -> None:
    """Run every counter benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("bench/data/store.sqlite3"))
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--commits", type=int, default=500)
    args = parser.parse_args()
    rng = random.Random(1)
    con = sqlite3.connect(args.db, isolation_level=None)
    con.execute("PRAGMA synchronous = FULL")
    db = open_database(args.db)
    members = con.execute("SELECT count(*) FROM members").fetchone()[0]
    entries = con.execute("SELECT max(pos) FROM ledger_entries").fetchone()[0]
    print(f"store: {members:,} members, ~{entries:,} ledger entries ({args.db})")
    cards = sample_cards(con, args.samples, rng)
    clock = lambda: NOW  # noqa: E731
    # Warm the page cache for both sides first, so neither pays for the other's disk reads.
    timed(lambda c: (raw_lookup(con, c), lookup_card(db.uow(), c, clock)), cards)
    ours = timed(lambda c: lookup_card(db.uow(), c, clock), cards)
    raw = timed(lambda c: raw_lookup(con, c), cards)
    report("card lookup", ours, raw, "p99 < 1 ms, <= 10x raw")
    phones = [
        f"79{rng.randint(0, min(members, 999_999_999) - 1):09d}"[: rng.randint(4, 8)]
        for _ in range(args.samples)
    ]
    timed(lambda p: (raw_phone(con, p), find_members(db.uow(), p)), phones)
    ours = timed(lambda p: find_members(db.uow(), p), phones)
    raw = timed(lambda p: raw_phone(con, p), phones)
    report("phone prefix search", ours, raw, "p99 < 5 ms")
    names = [rng.choice(PREFIXES) for _ in range(args.samples)]
    timed(lambda t: (raw_name(con, t), find_members(db.uow(), t)), names)
    ours = timed(lambda t: find_members(db.uow(), t), names)
    raw = timed(lambda t: raw_name(con, t), names)
    report("name prefix search", ours, raw, "p99 < 5 ms")
    actor = Actor("BENCH", "bench")
    buy = lambda c: commit_checkout(  # noqa: E731
        Checkout(c, (CheckLine(100_000),), None, "1"), uow=db.uow(), clock=clock, actor=actor
    )
    few = cards[: args.commits]
    ours = timed(buy, few)
    raw = timed(lambda c: raw_commit(con, c), few)
    report("checkout commit", ours, raw, "p99 < 10 ms, <= 3x raw")
    db.close()
    con.close()


if __name__ == "__main__":
    main()
