"""A chain's terminals against one server on PostgreSQL: the morning catch-up and a steady state.

    python -m bench.bench_chain [--pg URL] [--terminals 10,50,200] [--entries 500]
                                [--workers 2] [--rounds 5] [--budget 120] [--read count|full]
                                [--evening 5]

For each N in `--terminals`, on a scratch schema that is dropped afterwards, the server runs as
`pos-loyalty-server serve --workers W` in its own processes and N terminals are enrolled. Each
terminal is an asyncio client of its own (aiohttp, one HTTP connection, its own bearer token)
sending what the core makes: ledger entries written as `entry_to_dict` writes them, in
`POST /push` bodies of up to 1,000 messages, and reading `GET /pull` pages of 10,000 as
`sync.pull` does.

- **Last evening's sync** (`--evening`, default 5): every terminal pushes its last few entries
  of the day before and pulls until it is caught up, as a chain's terminals did before closing.
  So the morning meets a server that has been running: every worker has opened its connections
  and prepared its statements. Its time is printed too (a server started a moment before, as
  after an upgrade, pays that in its first requests).
- **Morning catch-up**: every terminal pushes a day's backlog (`--entries` each) at once, then
  pulls the chain's changes (every other terminal's entries) until it is caught up. The pull
  phase stops at `--budget` seconds and says how far it got.
- **Steady state**: `--rounds` rounds in which every terminal pushes one sale's entry and pulls.

The client side reads the pages without storing them (storing them in a terminal's SQLite file
is measured by `bench.bench_sync`), so the figures are the server's and PostgreSQL's. With
`--read full` every page is parsed as JSON, as a terminal does on its own machine; here all N
terminals share the server's cores, so the default `--read count` takes the cursor from the
page's head and counts the entries' keys in the bytes, checking that against a full parse (with
orjson) on every 20th page (`--read full` is the figure with the terminals' parsing included).
Printed per N: entries/s, push and pull p50/p99 per request, the server's CPU seconds (all its
worker processes) and the terminals' (this process), the bytes of the pages, the database's own
counters (commits, rows inserted and returned, blocks read) and, in the same run, a raw COPY
(the median of three) and a raw multi-row INSERT of the same rows, and a raw COPY out of them.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import httpx
import orjson
import psycopg
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from bench.bench_sync import DEFAULT_PG, entries, scratch
from bench.stats import percentile
from db.repositories.ledger import entry_params
from pos_loyalty.domain.ledger import LedgerEntry
from pos_loyalty.services.payloads import entry_to_dict
from server.database import open_server_database
from server.store.terminals import add_enrolment

PUSH_BATCH = 1000
PULL_PAGE = 10_000
WAIT = 0.05
"""Seconds a terminal waits before pulling again when its pages end short (see `catch_up`)."""
CHECK_EVERY = 20
"""In `--read count`, every this many pages is also parsed in full and the two compared."""
RAW_COPIES = 3
"""Raw COPYs of the same rows in a run; their median is the figure (one alone moved by a tenth
between runs, and the ratios with it)."""
STATS_DELAY = 11.0
"""PostgreSQL's backends publish their counters when idle, at the latest after 10 s."""


@contextmanager
def served(url: str, port: int, workers: int, log: Path) -> Iterator[tuple[str, int]]:
    """`pos-loyalty-server serve` in a child process, its errors written to `log` (a pipe
    nobody reads would fill and stall the server); yield its base URL and process id."""
    env = {**os.environ, "POS_LOYALTY_SERVER_DB": url}
    cmd = [sys.executable, "-c", "from server.cli import main; main()", "serve"]
    cmd += ["--port", str(port), "--workers", str(workers)]
    with log.open("wb") as errors:
        proc = subprocess.Popen(
            cmd, env=env, stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(600):
                try:
                    httpx.get(f"{base}/health", timeout=1).raise_for_status()
                    break
                except httpx.HTTPError:
                    if proc.poll() is not None:
                        raise RuntimeError(f"the server did not start: {_tail(log)}") from None
                    time.sleep(0.1)
            yield base, proc.pid
        except Exception:
            print(f"the server's errors:\n{_tail(log)}", file=sys.stderr)
            raise
        finally:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                # Requests still waiting keep the workers from stopping: end the whole group.
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-3000:]


def tree_cpu(pid: int) -> float:
    """CPU seconds used so far by a process and every live process below it (Linux)."""
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        total += times.get(current, 0.0)
        todo.extend(child for child, parent in parents.items() if parent == current)
    return total


@dataclass
class Terminal:
    """One simulated terminal: its id, token, backlog bodies and what it measured."""

    terminal_id: str
    token: str = ""
    bodies: list[bytes] = field(default_factory=list)
    made: list[LedgerEntry] = field(default_factory=list)
    evening: list[LedgerEntry] = field(default_factory=list)
    """The entries of last evening's sync, pushed before `made`."""
    evening_bodies: list[bytes] = field(default_factory=list)
    cursor: str | None = None
    pushed: int = 0
    pulled: int = 0
    push_ms: list[float] = field(default_factory=list)
    pull_ms: list[float] = field(default_factory=list)
    caught_up: bool = False
    pages: int = 0
    received: int = 0
    read_full: bool = False
    """Parse every page as JSON (`--read full`), not only every `CHECK_EVERY`th."""
    waits: int = 0
    """Times the terminal was told it was caught up before every entry had come."""
    reconnects: int = 0
    """Times the server had closed the connection as idle while a page was still being read."""

    def forget_timings(self) -> None:
        """Start the next phase's figures from zero (the cursor stays)."""
        self.push_ms.clear()
        self.pull_ms.clear()
        self.pushed = self.pulled = self.pages = self.received = 0
        self.waits = self.reconnects = 0
        self.caught_up = False


def push_bodies(made: list[LedgerEntry], first_message: int) -> list[bytes]:
    """The `POST /push` bodies for these entries, as the terminal's outbox would send them."""
    bodies = []
    for start in range(0, len(made), PUSH_BATCH):
        messages = [
            {
                "message_id": first_message + start + i,
                "kind": "ledger_entry",
                "payload": entry_to_dict(e),
            }
            for i, e in enumerate(made[start : start + PUSH_BATCH])
        ]
        bodies.append(json.dumps({"messages": messages}, separators=(",", ":")).encode())
    return bodies


async def _push(client: aiohttp.ClientSession, t: Terminal, body: bytes, count: int) -> None:
    started = time.perf_counter()
    async with client.post("/push", data=body, headers=_JSON) as answer:
        answer.raise_for_status()
        await answer.read()
    t.push_ms.append((time.perf_counter() - started) * 1000)
    t.pushed += count


async def _pull_once(client: aiohttp.ClientSession, t: Terminal) -> bool:
    """Fetch one page; return whether more is waiting."""
    params: dict[str, Any] = {"limit": PULL_PAGE}
    if t.cursor:
        params["after"] = t.cursor
    started = time.perf_counter()
    try:
        body = await _get(client, params)
    except (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError):
        # The server closed the connection as idle while this busy client was still reading
        # the last page (its keep-alive runs from when the page was handed to the socket).
        t.reconnects += 1
        body = await _get(client, params)
    if t.read_full:
        cursor, more, count = read_page(body, json.loads)
    else:
        check = next(_PAGES_READ) % CHECK_EVERY == 0
        cursor, more, count = read_page(body, orjson.loads if check else None)
    t.pull_ms.append((time.perf_counter() - started) * 1000)
    t.cursor = cursor
    t.pulled += count
    t.pages += 1
    t.received += len(body)
    return more


async def _get(client: aiohttp.ClientSession, params: dict[str, Any]) -> bytes:
    async with client.get("/pull", params=params) as answer:
        answer.raise_for_status()
        return await answer.read()


def read_page(body: bytes, parse: Callable[[bytes], Any] | None) -> tuple[str, bool, int]:
    """A page's cursor, `more` and number of entries; `parse` (if given) parses it all too.

    The head (`{"epoch":..,"cursor":..,"more":..,`) is parsed alone and the entries are counted
    by their `"terminal_id":` keys, which no JSON string can hold unescaped, between the
    `"entries":[` and `"spend":[` keys; a full parse of the same page must agree. `--read full`
    parses with the standard library, as a terminal does; the check of every `CHECK_EVERY`th
    page in `--read count` with orjson (a quarter of the CPU: these terminals share the
    server's cores).
    """
    head_end = body.index(b'"cards":[')
    head = json.loads(body[: head_end - 1] + b"}")
    start = body.index(b'"entries":[')
    end = body.rindex(b'"spend":[', start)
    count = body.count(b'"terminal_id":', start, end)
    if parse is not None:
        page = parse(body)
        found = (page["cursor"], bool(page["more"]), len(page["entries"]))
        if found != (head["cursor"], bool(head["more"]), count):
            raise AssertionError(f"the page's head or entry count misread: {found}")
    return head["cursor"], bool(head["more"]), count


_PAGES_READ = itertools.count()
_JSON = {"Content-Type": "application/json"}


def _client(base: str, t: Terminal) -> aiohttp.ClientSession:
    """A terminal's HTTP client: aiohttp, whose C parser reads a 3.8 MB page in a seventh of the
    CPU httpx takes (200 terminals on the server's own two cores read 7.6 GB of pages)."""
    headers = {"Authorization": f"Bearer {t.token}"}
    return aiohttp.ClientSession(
        base_url=base,
        headers=headers,
        timeout=aiohttp.ClientTimeout(total=600),
        connector=aiohttp.TCPConnector(limit=1),
    )


async def catch_up(
    base: str, terminals: list[Terminal], budget: float, evening: bool = False
) -> tuple[float, float]:
    """Every terminal pushes its backlog (`evening`: last evening's entries), then pulls until
    caught up; (push s, pull s)."""

    def backlog(t: Terminal) -> list[LedgerEntry]:
        return t.evening if evening else t.made

    async def push_all(t: Terminal) -> None:
        bodies = t.evening_bodies if evening else t.bodies
        async with _client(base, t) as client:
            for body, made in zip(bodies, _batches(backlog(t)), strict=True):
                await _push(client, t, body, len(made))

    async def pull_all(t: Terminal) -> None:
        # Everything pushed is committed, but a transaction running elsewhere in the cluster
        # holds pages back until it ends (see server.store.changes): pull again until all came.
        expected = sum(len(backlog(o)) for o in terminals if o is not t)
        async with _client(base, t) as client:
            while True:
                while await _pull_once(client, t):
                    pass
                if t.pulled >= expected:
                    break
                t.waits += 1
                await asyncio.sleep(WAIT)
            t.caught_up = True

    started = time.perf_counter()
    await asyncio.gather(*(push_all(t) for t in terminals))
    pushed = time.perf_counter() - started
    started = time.perf_counter()
    tasks = [asyncio.create_task(pull_all(t)) for t in terminals]
    done, pending = await asyncio.wait(tasks, timeout=budget)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    failed = [task.exception() for task in done if task.exception() is not None]
    if failed:
        print(f"  {len(failed)} terminals failed to pull, the first with {failed[0]!r}")
    return pushed, time.perf_counter() - started


def _batches(made: list[LedgerEntry]) -> list[list[LedgerEntry]]:
    return [made[i : i + PUSH_BATCH] for i in range(0, len(made), PUSH_BATCH)]


async def steady(base: str, terminals: list[Terminal], rounds: int) -> float:
    """Rounds in which each terminal pushes one new entry and pulls; return the seconds."""

    async def run(t: Terminal) -> None:
        async with _client(base, t) as client:
            for r in range(rounds):
                extra = entries(t.terminal_id, 1, 1)[0]
                seq = len(t.evening) + len(t.made) + r + 1
                one = LedgerEntry(**{**_fields(extra), "seq": seq, "id": str(uuid.uuid4())})
                await _push(client, t, push_bodies([one], seq)[0], 1)
                while await _pull_once(client, t):
                    pass

    started = time.perf_counter()
    await asyncio.gather(*(run(t) for t in terminals))
    return time.perf_counter() - started


def _fields(entry: LedgerEntry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in entry.__dataclass_fields__}


def pg_counters(conninfo: str) -> dict[str, int]:
    """The database's own counters (pg_stat_database) for the current database."""
    with psycopg.connect(conninfo) as conn:
        row = conn.execute(
            "SELECT xact_commit, tup_inserted, tup_returned, tup_fetched, blks_read, blks_hit"
            " FROM pg_stat_database WHERE datname = current_database()"
        ).fetchone()
    assert row is not None
    names = ("commits", "inserted", "returned", "fetched", "blocks read", "blocks hit")
    return dict(zip(names, (int(v) for v in row), strict=True))


def table_reads(conninfo: str) -> dict[str, int]:
    """Rows read so far from each table of the scratch schema, by scans and by index."""
    with psycopg.connect(conninfo) as conn:
        rows = conn.execute(
            "SELECT relname, coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)"
            " FROM pg_stat_user_tables WHERE schemaname = current_schema()"
        ).fetchall()
    return {str(name): int(count) for name, count in rows}


def raw_figures(conninfo: str, made: list[LedgerEntry]) -> dict[str, float]:
    """Seconds for a raw COPY in (the median of RAW_COPIES, each into a table of its own), a
    raw multi-row INSERT and a raw COPY out of these rows."""
    columns = list(entry_params(made[0]))
    rows = [[entry_params(e)[c] for c in columns] for e in made]
    out: dict[str, float] = {}
    copies = [f"raw_copy_{i}" for i in range(RAW_COPIES)]
    with psycopg.connect(conninfo) as conn:
        for table in (*copies, "raw_insert"):
            conn.execute(f"CREATE TABLE {table} (LIKE ledger_entries INCLUDING ALL)")
        conn.commit()
        took = []
        for table in copies:
            started = time.perf_counter()
            with (
                conn.cursor() as cur,
                cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as cp,
            ):
                for row in rows:
                    cp.write_row(row)
            conn.commit()
            took.append(time.perf_counter() - started)
        out["copy"] = statistics.median(took)
        marks = ", ".join(["%s"] * len(columns))
        started = time.perf_counter()
        with conn.cursor() as cur:
            cur.executemany(f"INSERT INTO raw_insert ({', '.join(columns)}) VALUES ({marks})", rows)
        conn.commit()
        out["insert"] = time.perf_counter() - started
        started = time.perf_counter()
        with conn.cursor() as cur, cur.copy(f"COPY {copies[0]} TO STDOUT") as cp:
            for _block in cp:
                pass
        out["copy out"] = time.perf_counter() - started
    return out


def run_chain(
    pg: str,
    count: int,
    per_terminal: int,
    workers: int,
    rounds: int,
    budget: float,
    read_full: bool = False,
    log: Path = Path(os.devnull),
    evening_count: int = 5,
) -> None:
    """Enrol `count` terminals on a fresh schema, run both phases and print the figures.

    `log`: where the server writes its errors; `evening_count`: entries each terminal pushes
    in last evening's sync (0: none, the morning meets a server just started).
    """
    with scratch(pg) as url:
        engine = create_engine(url)
        open_server_database(engine)
        conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        now = datetime.now(UTC)
        terminals = [Terminal(f"T-{i:04d}", read_full=read_full) for i in range(count)]
        codes = []
        with engine.begin() as c:
            for i, _t in enumerate(terminals):
                code, _, _ = add_enrolment(c, f"Store {i // 10:03d}", now)
                codes.append(code)
        for t in terminals:
            made = entries(t.terminal_id, evening_count + per_terminal, max(per_terminal // 5, 1))
            t.evening, t.made = made[:evening_count], made[evening_count:]
            t.evening_bodies = push_bodies(t.evening, 1)
            t.bodies = push_bodies(t.made, evening_count + 1)
        port = 8790
        with served(url, port, workers, log) as (base, pid):
            for t, code in zip(terminals, codes, strict=True):
                answer = httpx.post(
                    f"{base}/enrol", json={"code": code, "terminal_id": t.terminal_id}
                )
                answer.raise_for_status()
                t.token = answer.json()["token"]
            if evening_count:
                took = sum(asyncio.run(catch_up(base, terminals, 600.0, evening=True)))
                caught = sum(t.caught_up for t in terminals)
                print(
                    f"\nN = {count}: last evening's sync of {evening_count} entries per terminal"
                    f" on a server started a moment before: {took:.2f} s, {caught} caught up"
                )
                for t in terminals:
                    t.forget_timings()
            before_pg, before_cpu = pg_counters(conninfo), tree_cpu(pid)
            before_tables = table_reads(conninfo)
            client_cpu = time.process_time()
            pushed_s, pulled_s = asyncio.run(catch_up(base, terminals, budget))
            after_cpu, client_cpu = tree_cpu(pid), time.process_time() - client_cpu
            errors = [line for line in _tail(log).splitlines() if not line.startswith("INFO:")]
            if errors:
                print("  the server's errors:\n" + "\n".join(errors))
            time.sleep(STATS_DELAY)
            after_pg = pg_counters(conninfo)
            read = table_reads(conninfo)
            read = {name: n - before_tables.get(name, 0) for name, n in read.items()}
            total = count * per_terminal
            expected = count * (count - 1) * per_terminal
            delivered = sum(t.pulled for t in terminals)
            caught = sum(t.caught_up for t in terminals)
            pushes = [ms for t in terminals for ms in t.push_ms]
            pulls = [ms for t in terminals for ms in t.pull_ms]
            print(f"\nN = {count} terminals x {per_terminal} entries, server workers {workers}")
            print(
                f"  catch-up push: {total} entries in {pushed_s:.2f} s = {total / pushed_s:,.0f}"
                f" entries/s; per request p50 {percentile(pushes, 50):.0f} ms,"
                f" p99 {percentile(pushes, 99):.0f} ms"
            )
            print(
                f"  catch-up pull: {delivered:,} of {expected:,} entries in {pulled_s:.2f} s ="
                f" {delivered / max(pulled_s, 1e-9):,.0f} entries/s; {caught} of {count} caught up"
                f" (budget {budget:.0f} s); per page p50 {percentile(pulls, 50):.0f} ms,"
                f" p99 {percentile(pulls, 99):.0f} ms; {sum(t.waits for t in terminals)} waits"
                f" for transactions elsewhere, {sum(t.reconnects for t in terminals)} reconnects"
            )
            received = sum(t.received for t in terminals)
            print(
                f"  catch-up total {pushed_s + pulled_s:.2f} s (target 200 x 500 in < 60 s);"
                f" server CPU {after_cpu - before_cpu:.1f} s; terminals' CPU {client_cpu:.1f} s"
                f" (read {'full' if read_full else 'count'}), {received / 1e6:,.0f} MB of pages"
            )
            print(
                "  PostgreSQL: "
                + ", ".join(f"{name} {after_pg[name] - before_pg[name]:,}" for name in before_pg)
                + "; rows read by table: "
                + ", ".join(f"{t} {n:,}" for t, n in sorted(read.items(), key=lambda i: -i[1])[:4])
            )
            for t in terminals:
                t.push_ms.clear()
                t.pull_ms.clear()
            took = asyncio.run(steady(base, terminals, rounds))
            pushes = [ms for t in terminals for ms in t.push_ms]
            pulls = [ms for t in terminals for ms in t.pull_ms]
            print(
                f"  steady state: {rounds} rounds of push 1 + pull in {took:.2f} s; push p50"
                f" {percentile(pushes, 50):.1f} ms, p99 {percentile(pushes, 99):.1f} ms;"
                f" pull p50 {percentile(pulls, 50):.1f} ms, p99 {percentile(pulls, 99):.1f} ms"
            )
        raw = raw_figures(conninfo, [e for t in terminals for e in t.made])
        print(
            f"  raw, same {total} rows: COPY in {raw['copy']:.3f} s ({total / raw['copy']:,.0f}/s,"
            f" median of {RAW_COPIES}),"
            f" INSERT {raw['insert']:.3f} s, COPY out {raw['copy out']:.3f} s;"
            f" push / COPY {pushed_s / raw['copy']:.1f}x,"
            f" pull per entry / COPY out per row"
            f" {(pulled_s / max(delivered, 1)) / (raw['copy out'] / total):.1f}x"
        )
        engine.dispose()


def main() -> None:
    """Run the chain for each N and print the figures."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("POS_LOYALTY_TEST_PG") or DEFAULT_PG)
    parser.add_argument("--terminals", default="10,50,200")
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--evening",
        type=int,
        default=5,
        help="Entries each terminal pushes in last evening's sync (0: no evening, a cold server).",
    )
    parser.add_argument(
        "--budget", type=float, default=120.0, help="Seconds the pull phase may take."
    )
    parser.add_argument(
        "--read",
        choices=("count", "full"),
        default="count",
        help="How the terminals read a page: count its entries, or parse it all as JSON.",
    )
    args = parser.parse_args()
    load = os.getloadavg()
    print(f"load average before: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; cores {os.cpu_count()}")
    with tempfile.TemporaryDirectory(prefix="bench-chain-") as folder:
        for count in (int(n) for n in args.terminals.split(",")):
            run_chain(
                args.pg,
                count,
                args.entries,
                args.workers,
                args.rounds,
                args.budget,
                read_full=args.read == "full",
                log=Path(folder) / f"server-{count}.log",
                evening_count=args.evening,
            )


if __name__ == "__main__":
    main()
