"""Sync benchmarks against PostgreSQL on loopback: push 10,000 entries, pull 100,000 members,
and the online redemption's round trip (reserve + commit) at the counter.

    python -m bench.bench_sync [--pg postgresql+psycopg://postgres@127.0.0.1:5432/test]
                               [--entries 10000] [--members 100000] [--reservations 1000]

The server runs as `pos-loyalty-server serve` in its own process, on a scratch schema that is
dropped afterwards; the terminal is a fresh SQLite file. Each figure is end to end (read the
outbox, HTTP, the server's transaction, mark sent; or pull pages over HTTP and store them in
the terminal's file) and is printed beside a raw psycopg baseline on the same database: COPY of
the same rows into a copy of the table, and COPY of the members table out. Besides wall time
the CPU seconds of both processes are printed: on a busy machine they show what the work costs.
The reservation round trip is timed per sale (p50, p99) beside `GET /health` on the same
connection: loopback HTTP and one database query, the floor any request pays.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import psycopg
from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

from bench.stats import percentile
from db import open_database
from db.repositories.ledger import entry_params
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.services.payloads import entry_to_dict
from server.database import open_server_database
from server.models import change_log, ledger_entries, members
from server.store.terminals import add_enrolment
from sync import SyncClient, enrol
from sync.link import client_for
from sync.pull import pull_changes
from sync.push import push_outbox

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@contextmanager
def scratch(url: str) -> Iterator[str]:
    """A new schema; yield a URL whose search_path is that schema."""
    schema = f"bench_sync_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield str(make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}))
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Clock:
    """Wall time, and the CPU time of this process plus the server's (load-independent)."""

    def __init__(self, server_pid: int) -> None:
        self.pid = server_pid

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time() + cpu_seconds(self.pid)
        return self

    def __exit__(self, *_: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() + cpu_seconds(self.pid) - self.cpu


@contextmanager
def served(url: str, port: int, workers: int = 1) -> Iterator[tuple[str, int]]:
    """`pos-loyalty-server serve` in a child process; yield its base URL and process id."""
    env = {**os.environ, "POS_LOYALTY_SERVER_DB": url}
    cmd = [
        sys.executable,
        "-c",
        "from server.cli import main; main()",
        "serve",
        "--port",
        str(port),
        "--workers",
        str(workers),
    ]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                httpx.get(f"{base}/health", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if proc.poll() is not None:
                    break
                time.sleep(0.1)
        else:
            proc.terminate()
        if proc.poll() is not None:
            errors = proc.stderr.read().decode() if proc.stderr else ""
            raise RuntimeError(f"the server did not start: {errors[-2000:]}")
        yield base, proc.pid
    finally:
        proc.terminate()
        proc.wait(10)


def entries(terminal_id: str, count: int, members_count: int) -> list[LedgerEntry]:
    """Earn entries for `members_count` members, as a day of sales writes them."""
    ids = [str(uuid.uuid4()) for _ in range(members_count)]
    day = date(2026, 11, 1)
    start = datetime(2026, 11, 1, 9, tzinfo=UTC)
    return [
        LedgerEntry(
            id=str(uuid.uuid4()),
            terminal_id=terminal_id,
            seq=i + 1,
            member_id=ids[i % members_count],
            kind=EntryKind.EARN,
            points=10 + i % 90,
            business_date=day,
            created_at=start + timedelta(seconds=i),
            staff_id="cashier",
            programme_version=1,
            expires_on=day + timedelta(days=365),
            reason="earned",
        )
        for i in range(count)
    ]


def bench_push(pg: str, folder: Path, count: int) -> tuple[Clock, float]:
    """(time through the sync, seconds of a raw COPY of the same rows)."""
    with scratch(pg) as url:
        engine = create_engine(url)
        open_server_database(engine)
        with engine.begin() as c:
            code, _, _ = add_enrolment(c, "Bench", datetime.now(UTC))
        db = open_database(folder / "push.sqlite3")
        made = entries("T-BENCH", count, max(count // 10, 1))
        uow = db.uow()
        with uow:
            for e in made:
                uow.ledger.add(e)
                uow.outbox.add("ledger_entry", entry_to_dict(e))
            uow.commit()
        with served(url, 8765) as (base, pid):
            link = enrol(db, base, code, "T-BENCH")
            with client_for(link) as client, Clock(pid) as took:
                report = push_outbox(db, client)
        assert report.accepted == count, report
        db.close()
        raw = raw_copy(url, made)
        engine.dispose()
    return took, raw


def raw_copy(url: str, made: list[LedgerEntry]) -> float:
    """COPY the same entries into an empty copy of ledger_entries."""
    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    columns = list(entry_params(made[0]))
    with psycopg.connect(conninfo) as conn:
        conn.execute("CREATE TABLE raw_entries (LIKE ledger_entries INCLUDING DEFAULTS)")
        conn.commit()
        started = time.perf_counter()
        with (
            conn.cursor() as cur,
            cur.copy(f"COPY raw_entries ({', '.join(columns)}) FROM STDIN") as copy,
        ):
            for e in made:
                params = entry_params(e)
                copy.write_row([params[c] for c in columns])
        conn.commit()
        return time.perf_counter() - started


def bench_pull(pg: str, folder: Path, count: int) -> tuple[Clock, float]:
    """(time through the sync, seconds of a raw COPY of the members out)."""
    with scratch(pg) as url:
        engine = create_engine(url)
        open_server_database(engine)
        now = datetime.now(UTC)
        rows = [
            {
                "id": str(uuid.uuid4()),
                "name": f"Участник {i}",
                "phone": f"79{i:09d}",
                "email": "",
                "referral_rewarded": False,
                "registered_on": date(2026, 1, 1),
            }
            for i in range(count)
        ]
        with engine.begin() as c:
            c.execute(insert(members), rows)
            c.execute(
                insert(change_log),
                [{"kind": "member", "key": r["id"], "origin": None, "at": now} for r in rows],
            )
            code, _, _ = add_enrolment(c, "Bench", now)
        db = open_database(folder / "pull.sqlite3")
        with served(url, 8766) as (base, pid):
            link = enrol(db, base, code, "T-PULL")
            with client_for(link) as client, Clock(pid) as took:
                report = pull_changes(db, client)
        assert report.changes == count, report
        db.close()
        conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(conninfo) as conn:
            started = time.perf_counter()
            sink = io.BytesIO()
            with conn.cursor() as cur, cur.copy("COPY members TO STDOUT") as copy:
                for block in copy:
                    sink.write(block)
            raw = time.perf_counter() - started
        engine.dispose()
    return took, raw


def _reserve_and_commit(client: SyncClient, member_id: str) -> float:
    reservation = str(uuid.uuid4())
    body = {"reservation_id": reservation, "member_id": member_id, "points": 1}
    started = time.perf_counter()
    client.post("/redemptions", body)
    client.post(f"/redemptions/{reservation}/commit", {"sale_id": str(uuid.uuid4()), "points": 1})
    return time.perf_counter() - started


def _health(client: SyncClient) -> float:
    started = time.perf_counter()
    client.status()
    return time.perf_counter() - started


def bench_reserve(pg: str, folder: Path, rounds: int) -> tuple[list[float], list[float]]:
    """(seconds per reserve + commit, seconds per `GET /status`) over one kept-alive client."""
    with scratch(pg) as url:
        engine = create_engine(url)
        open_server_database(engine)
        made = entries("T-SEED", 200, 200)  # 200 members with points, a few holds each
        with engine.begin() as c:
            c.execute(insert(members), [_member(e.member_id) for e in made])
            c.execute(insert(ledger_entries), [{**entry_params(e), "points": 10**6} for e in made])
            code, _, _ = add_enrolment(c, "Bench", datetime.now(UTC))
        db = open_database(folder / "reserve.sqlite3")
        with served(url, 8767) as (base, _pid):
            link = enrol(db, base, code, "T-RESERVE")
            with client_for(link) as client:
                ours = [_reserve_and_commit(client, made[i % 200].member_id) for i in range(rounds)]
                floor = [_health(client) for _ in range(rounds)]
        db.close()
        engine.dispose()
    return ours, floor


def _member(member_id: str) -> dict[str, object]:
    return {
        "id": member_id,
        "name": "Участник",
        "phone": "",
        "email": "",
        "referral_rewarded": False,
        "registered_on": date(2026, 1, 1),
    }


def main() -> None:
    """Run both benchmarks and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("POS_LOYALTY_TEST_PG") or DEFAULT_PG)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--reservations", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as folder:
        push, push_raw = bench_push(args.pg, Path(folder), args.entries)
        print(
            f"push {args.entries} entries: {push.wall:.2f} s end to end, {push.cpu:.2f} s CPU "
            f"(target < 2 s); raw COPY {push_raw:.3f} s; ratio {push.wall / push_raw:.1f}x"
        )
        pull, pull_raw = bench_pull(args.pg, Path(folder), args.members)
        print(
            f"pull {args.members} member changes: {pull.wall:.2f} s end to end, {pull.cpu:.2f} s "
            f"CPU (target < 5 s); raw COPY out {pull_raw:.3f} s; ratio {pull.wall / pull_raw:.1f}x"
        )
        ours, floor = bench_reserve(args.pg, Path(folder), args.reservations)
        print(
            f"reserve + commit x{args.reservations}: p50 {percentile(ours, 50) * 1000:.1f} ms, "
            f"p99 {percentile(ours, 99) * 1000:.1f} ms (target p99 < 1500 ms, the counter's "
            f"timeout); GET /status p50 {percentile(floor, 50) * 1000:.1f} ms, "
            f"p99 {percentile(floor, 99) * 1000:.1f} ms"
        )


if __name__ == "__main__":
    main()
