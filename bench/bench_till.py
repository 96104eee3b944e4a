"""Till API benchmark on a generated store: calculate and confirm over loopback HTTP.

    python -m bench.bench_till --db bench/data/store.sqlite3 [--samples 1000] [--confirms 300]
    python -m bench.bench_till --members 100000   # makes (or reuses) a store of that size

The till API runs in its own thread (uvicorn, as `pos-loyalty till serve` does) over the store;
the client keeps one HTTP/1.1 connection open, as a till would. Each call is timed from the
request to the parsed answer. Beside it, in the same run on the same file, the raw figure:
`quote_checkout` called directly for a calculation, `commit_checkout` for a confirmation (the
same check, without HTTP, JSON and the till's own bookkeeping). Each series stops at its sample
count or after `--seconds`, whichever comes first. Confirmations add sales: use a copy if you
care about the file.

A store made by `--members N` (`bench.generate` with one sale per member) is kept under
`~/.cache/pos-loyalty-bench/` (or `$POS_LOYALTY_BENCH_CACHE`), outside any checkout, and reused
by every later run on this machine: the 1M-member one takes half an hour to make under load.
The load average is printed before and after the series, the machine being shared.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import sqlite3
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.bench_counter import NOW, sample_cards
from bench.stats import report
from db import open_database
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.services.checkout import Checkout, commit_checkout, quote_checkout
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.slips import StoreHeader
from ui.till.app import TillServer
from ui.till.context import TillContext

LINES = [
    {"code": "1001", "name": "Кофе", "quantity": "1", "price": 60000, "amount": 60000},
    {"code": "2002", "name": "Йогурт", "quantity": "5", "price": 6000, "amount": 30000},
    {"code": "3003", "name": "Сигареты", "quantity": "1", "price": 20000, "amount": 20000,
     "category": "tobacco"},
]  # fmt: skip
CHECK = (CheckLine(60000), CheckLine(30000), CheckLine(20000, "tobacco"))
"""The same lines as the core sees them."""


class Till:
    """One kept-alive HTTP connection to the till API."""

    def __init__(self, port: int) -> None:
        self._http = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """POST JSON, return the answer's JSON; raise on anything but 200."""
        self._http.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
        answer = self._http.getresponse()
        data: dict[str, Any] = json.loads(answer.read())
        if answer.status != 200:
            raise RuntimeError(f"{path}: {answer.status} {data}")
        return data


def bounded(fn: Callable[[Any], object], args: Sequence[Any], seconds: float) -> list[float]:
    """Time fn per argument (ms) until the arguments or the seconds run out."""
    out: list[float] = []
    deadline = time.monotonic() + seconds
    for arg in args:
        start = time.perf_counter()
        fn(arg)
        out.append((time.perf_counter() - start) * 1000)
        if time.monotonic() > deadline:
            break
    return out


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cache_dir() -> Path:
    """Where generated stores are kept between runs and checkouts."""
    default = Path.home() / ".cache" / "pos-loyalty-bench"
    return Path(os.environ.get("POS_LOYALTY_BENCH_CACHE", default))


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def _store(args: argparse.Namespace) -> Path:
    if args.members is None:
        return Path(args.db)
    path = cache_dir() / f"till-{args.members}.sqlite3"
    if not path.exists():
        from bench.generate import build

        # made under another name and renamed once whole, so an interrupted run is never reused
        partial = path.with_name(path.name + ".partial")
        for leftover in (partial, *_companions(partial)):
            leftover.unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        counts = build(partial, args.members, sales=1)
        for companion, final in zip(_companions(partial), _companions(path), strict=True):
            if companion.exists():
                companion.rename(final)
        partial.rename(path)
        print(f"\ngenerated {counts} in {time.monotonic() - started:.0f} s -> {path}")
    return path


def _companions(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def main() -> None:
    """Serve the till API over the store and time calculate and confirm beside the raw calls."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("bench/data/store.sqlite3"))
    parser.add_argument("--members", type=int, default=None, help="make (or reuse) a store")
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--confirms", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=60.0, help="the most per series")
    args = parser.parse_args()
    path = _store(args)
    rng = random.Random(3)
    con = sqlite3.connect(path)
    members = con.execute("SELECT count(*) FROM members").fetchone()[0]
    print(f"store: {members:,} members ({path}); {_load()}")
    cards = sample_cards(con, args.samples + args.confirms, rng)
    con.close()
    db = open_database(path)
    clock: Callable[[], datetime] = lambda: NOW  # noqa: E731
    actor = Actor("BENCH-TILL", "bench")
    context = TillContext(db, actor, StoreHeader(name="Bench"), clock, clock, language="en")
    port = _port()
    server = TillServer(context, "127.0.0.1", port)
    server.start()
    try:
        run(Till(port), db, cards[: args.samples], cards[args.samples :], args.seconds, clock)
    finally:
        server.stop()
        db.close()
    print(f"after the series: {_load()}")


def run(
    till: Till,
    db: Any,
    cards: list[str],
    buyers: list[str],
    seconds: float,
    clock: Callable[[], datetime],
) -> None:
    """The two series, each beside its raw call, the page cache warmed first."""
    ids = iter(range(10**9))

    def calculate(card: str) -> dict[str, Any]:
        body = {"check_id": f"B-{next(ids)}", "lines": LINES, "card_number": card, "redeem": "max"}
        return till.post("/v1/checks/calculate", body)

    def quote(card: str) -> object:
        return quote_checkout(Checkout(card, CHECK, "max"), uow=db.uow(), clock=clock)

    bounded(lambda c: (calculate(c), quote(c)), cards[:200], seconds)  # warm both sides
    ours = bounded(calculate, cards, seconds)
    raw = bounded(quote, cards, seconds)
    report("calculate (HTTP)", ours, raw, "p99 < 20 ms")

    def confirm(card: str) -> float:
        """The confirmation alone (ms), of a check calculated just before."""
        check_id = calculate(card)["check_id"]
        start = time.perf_counter()
        till.post(f"/v1/checks/{check_id}/confirm", {"receipt_no": check_id})
        return (time.perf_counter() - start) * 1000

    confirms: list[float] = []
    deadline = time.monotonic() + seconds
    for card in buyers[: len(buyers) // 2]:
        confirms.append(confirm(card))
        if time.monotonic() > deadline:
            break
    actor = Actor("BENCH-RAW", "bench")
    raw = bounded(
        lambda c: commit_checkout(
            Checkout(c, CHECK, "max", "1"), uow=db.uow(), clock=clock, actor=actor
        ),
        buyers[len(buyers) // 2 :],
        seconds,
    )
    report("confirm (HTTP)", confirms, raw, "as the counter's commit")
    print(f"samples: calculate {len(ours)}, confirm {len(confirms)}, raw commit {len(raw)}")


if __name__ == "__main__":
    main()
