"""Back-office Members tab benchmarks on a generated store, offscreen, the file opened read-only.

    QT_QPA_PLATFORM=offscreen python -m bench.bench_backoffice --db /work/benchdata/store.sqlite3

- list opens: from building the Members tab to its first page of members in the model and the
  table painted (the member count is read in the background after it and not waited for); the
  process's first open, which also sets Qt up, is printed apart;
- a page deep in the list: `directory_page` after position 900,000 (keyset, so as cheap as the
  first);
- search: from the last key typed in the search line to the results in the table, painted;
  texts are name prefixes, phone prefixes and card numbers (whole, or their first digits).

Each is printed beside raw `sqlite3` running the same query (the page of members with their
main card, balance and tier spend; the search's index lookup and the same listing of the
members found), with the p99 ratio. The store is opened with `mode=ro`: nothing can be written.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from bench.bench_ui import Waiter
from bench.stats import report

DEFAULT_DB = Path("/work/benchdata/store.sqlite3")
TZ = timezone(timedelta(hours=3))
NAMES = ["Ив", "Пет", "Смир", "Кузн", "Ольг", "Мари", "Васил", "Нов", "Волк", "Серг", "Анна"]
PHONES = ["+7 900 ", "8 900 ", "7900", "900 "]
"""The generated store's phones run from +7 900 000-00-00 up: a prefix, then 1 to 4 digits."""
LISTING = (
    "SELECT m.pos, m.id, m.name, m.phone, m.registered_on, m.erased_at, c.number, c.state,"
    " coalesce(b.balance, 0),"
    " (SELECT coalesce(sum(s.amount), 0) FROM member_spend s"
    "  WHERE s.member_id = m.id AND s.day >= :since)"
    " FROM members m"
    " LEFT JOIN cards c ON c.number = (SELECT c2.number FROM cards c2 WHERE c2.member_id = m.id"
    "  ORDER BY c2.state = 'active' DESC, c2.issued_at, c2.number LIMIT 1)"
    " LEFT JOIN balances b ON b.member_id = m.id"
    " WHERE m.merged_into IS NULL"
)
RAW_PAGE = LISTING + " AND m.pos > :after ORDER BY m.pos LIMIT :limit"
RAW_BY_NAME = (
    "SELECT m.id FROM (SELECT rowid FROM members_fts WHERE members_fts MATCH :query"
    " LIMIT 100) AS f JOIN members m ON m.pos = f.rowid WHERE m.erased_at IS NULL"
    " ORDER BY m.name, m.pos LIMIT 50"
)
RAW_BY_PHONE = (
    "SELECT id FROM members WHERE phone >= :low AND phone < :high AND erased_at IS NULL"
    " ORDER BY phone LIMIT 50"
)
RAW_BY_CARD = (
    "SELECT member_id FROM cards WHERE number >= :low AND number < :high"
    " AND member_id IS NOT NULL ORDER BY number LIMIT 50"
)


def now() -> datetime:
    """The store's clock."""
    return datetime.now(TZ)


def open_read_only(path: Path) -> Any:
    """A `Database` over the file opened with mode=ro (reads begin deferred, writes fail)."""
    from sqlalchemy import create_engine, event

    from db.database import Database

    engine = create_engine(
        f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true",
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")

    return Database(engine, path)


def context(db: Any) -> Any:
    """The back-office context of a bench manager over the store."""
    from pos_loyalty.domain.staff import Role, Staff
    from pos_loyalty.pins import Argon2PinHasher
    from ui.backoffice.context import BackOffice
    from ui.worker import Worker

    staff = Staff("bench", "Bench", Role.MANAGER, "")
    return BackOffice(db.uow, Worker(), staff, "T-BENCH", now, Argon2PinHasher(), "en")


def bench_open(qapp: Any, ctx: Any, runs: int) -> list[float]:
    """Milliseconds from building the Members tab to its first page painted, `runs` times."""
    from ui.backoffice.members import MembersPanel

    out = []
    for _ in range(runs):
        start = time.perf_counter()
        panel = MembersPanel(ctx)
        loaded = Waiter(panel.model.page_loaded)
        panel.resize(1200, 800)
        panel.show()
        while panel.model.rowCount() == 0:
            loaded.wait()
        panel.repaint()
        out.append((time.perf_counter() - start) * 1000)
        ctx.worker.wait_for_done()
        qapp.processEvents()
        panel.close()
        panel.deleteLater()
        qapp.processEvents()
    return out


def bench_search(ctx: Any, texts: list[str]) -> tuple[list[float], int]:
    """Milliseconds from the last key of a search to the results painted; and the most found."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from ui.backoffice.members import MembersPanel

    panel = MembersPanel(ctx)
    panel.resize(1200, 800)
    panel.show()
    edit, model = panel.list_page.search_edit, panel.model
    shown = Waiter(model.search_shown)
    out, most = [], 0
    for text in texts:
        edit.setText(text[:-1])
        ctx.worker.wait_for_done()
        QApplication.processEvents()
        edit.setFocus()
        key = ord(text[-1]) if text[-1].isascii() else 0
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text[-1])
        start = time.perf_counter()
        QApplication.sendEvent(edit, event)
        while model.searching != text.strip() or ctx.worker.busy:
            shown.wait()
        panel.list_page.view.viewport().repaint()
        out.append((time.perf_counter() - start) * 1000)
        most = max(most, model.rowCount())
    panel.close()
    return out, most


def raw_page(con: sqlite3.Connection, after: int, since: date) -> list[Any]:
    """The same page of members, read with plain sqlite3."""
    return con.execute(RAW_PAGE, {"after": after, "limit": 101, "since": since}).fetchall()


def raw_search(con: sqlite3.Connection, text: str, since: date) -> list[Any]:
    """The same search and listing of the members found, with plain sqlite3."""
    from db.repositories.members import name_query, phone_range
    from pos_loyalty.domain.members import phone_search_prefix

    compact = text.replace(" ", "")
    if compact.isdigit() and compact.startswith("042"):
        bounds = {"low": compact, "high": compact[:-1] + chr(ord(compact[-1]) + 1)}
        ids = [r[0] for r in con.execute(RAW_BY_CARD, bounds)]
    elif phone_search_prefix(text):
        low, high = phone_range(phone_search_prefix(text)) or ("", "")
        ids = [r[0] for r in con.execute(RAW_BY_PHONE, {"low": low, "high": high})]
    else:
        ids = [r[0] for r in con.execute(RAW_BY_NAME, {"query": name_query(text)})]
    marks = ",".join("?" * len(ids)) or "NULL"
    sql = LISTING.replace(":since", "?") + f" AND m.id IN ({marks})"
    return con.execute(sql, [since, *ids]).fetchall()


def timed_raw(fn: Any, args: list[Any]) -> list[float]:
    """Milliseconds of fn(arg) for each arg."""
    out = []
    for arg in args:
        start = time.perf_counter()
        fn(arg)
        out.append((time.perf_counter() - start) * 1000)
    return out


def search_texts(con: sqlite3.Connection, n: int, rng: random.Random) -> list[str]:
    """n texts as a manager types them: names, phones, whole cards and card prefixes."""
    top = con.execute("SELECT max(rowid) FROM cards").fetchone()[0]
    texts = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            texts.append(rng.choice(NAMES))
        elif kind == 1:
            digits = rng.randint(1, 4)
            texts.append(rng.choice(PHONES) + str(rng.randrange(10**digits)).zfill(digits))
        else:
            row = con.execute(
                "SELECT number FROM cards WHERE rowid >= ? AND member_id IS NOT NULL LIMIT 1",
                (rng.randint(1, top),),
            ).fetchone()
            texts.append(row[0] if kind == 2 else row[0][: rng.randint(6, 10)])
    return texts


def main(argv: list[str] | None = None) -> None:
    """Run the benchmarks and print the figures."""
    parser = argparse.ArgumentParser(description="Back-office Members tab benchmarks.")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--opens", type=int, default=30)
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args(argv)
    if not args.db.exists():
        raise SystemExit(f"no store at {args.db}: make one with python -m bench.generate")
    from PySide6.QtWidgets import QApplication

    from pos_loyalty.services.directory import directory_page
    from pos_loyalty.services.lookup import require_programme

    qapp = QApplication.instance() or QApplication([])
    db = open_read_only(args.db)
    ctx = context(db)
    raw = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    uow = db.uow()
    with uow.read_only():
        since = require_programme(uow).window_start(now().date())
    members = raw.execute("SELECT count(*) FROM members").fetchone()[0]
    print(f"store {args.db} ({members:,} members), {args.opens} opens, {args.samples} searches")
    raw_page(raw, 0, since)  # warm both sides' page cache alike
    (first,) = bench_open(qapp, ctx, 1)  # Qt's first window: styles, fonts, the first query
    print(f"{'first open in the process':<28} {first:7.1f} ms (not in the figures below)")
    opens = bench_open(qapp, ctx, args.opens)
    raw_opens = timed_raw(lambda _: raw_page(raw, 0, since), [0] * args.opens)
    report("list opens, page painted", opens, raw_opens, "p50/p99 < 200 ms")
    deep = [900_000 + (i * 337) % 99_000 for i in range(args.samples)]
    for after in deep:
        raw_page(raw, after, since)  # warm: each page is read from disk once, before timing
    ours_deep = timed_raw(lambda a: directory_page(db.uow(), clock=now, after=a), deep)
    raw_deep = timed_raw(lambda a: raw_page(raw, a, since), deep)
    report("page at 900,000-999,000", ours_deep, raw_deep, "as the first page")
    texts = search_texts(raw, args.samples, random.Random(7))
    for text in texts:
        raw_search(raw, text, since)  # warm the indexes for both sides
    searched, most = bench_search(ctx, texts)
    raw_searched = timed_raw(lambda t: raw_search(raw, t, since), texts)
    report("search key -> results shown", searched, raw_searched, "p99 < 50 ms")
    print(f"(at most {most} members shown by one search)")
    ctx.worker.wait_for_done()
    raw.close()
    db.close()


if __name__ == "__main__":
    main()
