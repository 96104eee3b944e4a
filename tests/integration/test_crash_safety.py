"""A process killed with SIGKILL in the middle of a stream of checkouts loses no half-sale."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from db import open_database
from pos_loyalty.domain.ledger import replay
from pos_loyalty.services.members import Registration, register_member
from pos_loyalty.services.payloads import entry_from_dict
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.templates import template

ROOT = Path(__file__).resolve().parents[2]


def _store(path: Path) -> list[str]:
    db = open_database(path)
    save_programme(template("bonus"), uow=db.uow())
    now = datetime(2026, 4, 1, 9, tzinfo=timezone(timedelta(hours=3)))
    cards = []
    for i in range(5):
        done = register_member(
            Registration(f"Member {i}", f"+7 900 000 00 0{i}", True),
            uow=db.uow(),
            clock=lambda: now,
            actor=Actor("SETUP"),
        )
        cards.append(done.card.number)
    db.close()
    return cards


def _count_sales(path: Path) -> int:
    con = sqlite3.connect(path, timeout=5)
    try:
        return int(con.execute("SELECT count(*) FROM sales").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        con.close()


def _kill_after(path: Path, cards: list[str], sales: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.crash_worker", str(path), *cards],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while _count_sales(path) < sales:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "the worker committed too few sales"
            time.sleep(0.01)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()


def _check_consistent(path: Path) -> int:
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    sales = con.execute(
        "SELECT id, member_id, redeemed_points, earned_points FROM sales"
    ).fetchall()
    by_sale = Counter(
        (sale_id, kind) for sale_id, kind in con.execute("SELECT sale_id, kind FROM ledger_entries")
    )
    outbox = [json.loads(p) for k, p in con.execute("SELECT kind, payload FROM outbox")]
    outbox_ids = {p.get("id") for p in outbox}
    for sale_id, _member, redeemed, earned in sales:
        assert by_sale[(sale_id, "redeem")] == (1 if redeemed else 0)
        assert by_sale[(sale_id, "earn")] == (1 if earned else 0)
        assert sale_id in outbox_ids
    entries = con.execute("SELECT id FROM ledger_entries").fetchall()
    assert all(entry_id in outbox_ids for (entry_id,) in entries)
    _check_projection(con)
    con.close()
    return len(sales)


def _check_projection(con: sqlite3.Connection) -> None:
    ledger = [
        json.loads(p)
        for (p,) in con.execute(
            "SELECT payload FROM outbox WHERE kind = 'ledger_entry' ORDER BY id"
        )
    ]
    members = {e["member_id"] for e in ledger}
    for member_id in members:
        mine = [entry_from_dict(e) for e in ledger if e["member_id"] == member_id]
        stored = con.execute(
            "SELECT balance FROM balances WHERE member_id = ?", (member_id,)
        ).fetchone()
        assert stored is not None and stored[0] == replay(mine).balance
        assert stored[0] == sum(e.points for e in mine)


@pytest.mark.slow
def test_sigkill_during_checkouts_leaves_only_whole_sales(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    cards = _store(path)
    seen = 0
    for round_ in range(3):
        _kill_after(path, cards, seen + 15 + 7 * round_)
        now_sales = _check_consistent(path)
        assert now_sales > seen
        seen = now_sales
