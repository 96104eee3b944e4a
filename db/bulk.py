"""A fast writer for generated data (the demo store, benchmarks): millions of rows in minutes.

Rows are domain objects already computed by the caller (members, cards, ledger entries, sales,
refunds), small tuples (`(member_id, Wallet)`, `(member_id, day, amount)`), or whole member
histories (`write_histories`: member, card, sales, entries, wallet, spend). They go through
prepared INSERTs on the raw sqlite3 connection with `executemany`, one transaction per batch
(50,000 rows by default), and `progress(done)` is called after every batch with the rows
written so far by that call. A failure rolls back the batch in progress; earlier batches stay.

The full-text name index is kept in sync by its insert trigger (no rebuild is needed), and the
ledger triggers only forbid UPDATE and DELETE, so the usual guarantees hold for bulk rows too.
Sales, refunds and entries are added to the daily figures in the transaction that writes them
(`db.repositories.daily_figures`); sales are stored as goods, and counted so.
Card and ledger sequence counters need no maintenance: they never hand out a number below the
highest one on file. While the writer is open its connection trades durability for speed
(synchronous=OFF, a large page cache); `close()` (or `finish()`) restores the normal settings.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from itertools import islice
from types import TracebackType
from typing import Any, Protocol, Self

from sqlalchemy import Engine

from db import bulk_rows as r
from db.column_types import instant_text
from db.repositories.daily_figures import FigureBatch, sqlite_work
from pos_loyalty.domain.cards import Card
from pos_loyalty.domain.ledger import LedgerEntry, Wallet
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.sales import Refund, Sale, SaleKind

Progress = Callable[[int], None]
DEFAULT_BATCH = 50_000
BULK_CACHE_KIB = 512 * 1024
HISTORY_ROWS = 25
"""Rows a member history is assumed to hold, to size the batches of `write_histories`."""

Work = list[tuple[str, Sequence[Any]]]


class History(Protocol):
    """One member's generated history (e.g. pos_loyalty.services.history_store.MemberHistory)."""

    @property
    def member(self) -> Member:
        """The member."""
        ...

    @property
    def card(self) -> Card:
        """The member's card."""
        ...

    @property
    def sales(self) -> Sequence[Sale]:
        """The member's sales."""
        ...

    @property
    def entries(self) -> Sequence[LedgerEntry]:
        """The member's ledger entries, in write order."""
        ...

    @property
    def wallet(self) -> Wallet:
        """The wallet the entries build."""
        ...

    @property
    def spend(self) -> Mapping[date, Minor]:
        """Qualifying spend by day."""
        ...


def _batches(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


class BulkWriter:
    """Write generated rows in large transactions over one raw sqlite3 connection."""

    def __init__(
        self,
        engine: Engine,
        *,
        batch_size: int = DEFAULT_BATCH,
        progress: Progress | None = None,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.batch_size = batch_size
        self.progress = progress
        self._pooled = engine.raw_connection()
        driver = self._pooled.driver_connection
        if not isinstance(driver, sqlite3.Connection):
            self._pooled.close()
            raise TypeError("BulkWriter needs an engine over the sqlite3 driver")
        self._sqlite = driver
        self._closed = False
        self._sqlite.execute("PRAGMA synchronous = OFF")
        self._sqlite.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")

    def members(self, rows: Iterable[Member]) -> int:
        """Insert members (the name index follows through its trigger); return the count."""
        return self._write(r.MEMBERS, (r.member_row(m) for m in rows))

    def cards(self, rows: Iterable[Card], issued_at: datetime | None = None) -> int:
        """Insert cards, all issued at `issued_at` if given; return the count."""
        issued = None if issued_at is None else instant_text(issued_at)
        return self._write(r.CARDS, (r.card_row(c, issued) for c in rows))

    def ledger(self, rows: Iterable[LedgerEntry]) -> int:
        """Insert ledger entries in the order given (their write order); return the count."""
        return self._write_with(rows, _ledger_work)

    def sales(self, rows: Iterable[Sale]) -> int:
        """Insert sales; return the count."""
        return self._write_with(rows, _sales_work)

    def refunds(self, rows: Iterable[Refund]) -> int:
        """Insert refunds of sales already written; return the count."""
        return self._write_with(rows, self._refund_work)

    def spend(self, rows: Iterable[tuple[str, date, Minor]]) -> int:
        """Add (member_id, day, amount) to the qualifying spend; return the count."""
        return self._write(r.SPEND, ((m, d.isoformat(), a) for m, d, a in rows))

    def wallets(self, rows: Iterable[tuple[str, Wallet]]) -> int:
        """Store (member_id, wallet) for members with no lots yet; return the count."""
        done = 0
        for batch in _batches(rows, self.batch_size):
            self._transaction(_wallet_work(batch))
            done += len(batch)
            self._report(done)
        return done

    def write_histories(self, histories: Iterable[History]) -> int:
        """Store whole member histories, many members per transaction; return the count."""
        done = 0
        for batch in _batches(histories, max(1, self.batch_size // HISTORY_ROWS)):
            self._transaction(_history_work(batch))
            done += len(batch)
            self._report(done)
        return done

    def finish(self) -> None:
        """Refresh the planner's statistics, compact the name index, and close the writer."""
        try:
            self._sqlite.execute("PRAGMA analysis_limit = 1000")
            self._sqlite.execute("ANALYZE")
            self._sqlite.execute("INSERT INTO members_fts(members_fts) VALUES ('optimize')")
        finally:
            self.close()

    def close(self) -> None:
        """Restore the connection's normal settings and give it back to the pool (idempotent)."""
        if self._closed:
            return
        self._closed = True
        try:
            self._sqlite.execute("PRAGMA synchronous = FULL")
            self._sqlite.execute("PRAGMA cache_size = -2000")
        finally:
            self._pooled.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _write(self, sql: str, rows: Iterable[tuple[Any, ...]]) -> int:
        done = 0
        for batch in _batches(rows, self.batch_size):
            self._transaction([(sql, batch)])
            done += len(batch)
            self._report(done)
        return done

    def _write_with(self, rows: Iterable[Any], work: Callable[[list[Any]], Work]) -> int:
        done = 0
        for batch in _batches(rows, self.batch_size):
            self._transaction(work(batch))
            done += len(batch)
            self._report(done)
        return done

    def _refund_work(self, batch: list[Refund]) -> Work:
        """The refunds and their figures, under the kinds of the sales they refund."""
        ids = sorted({f.sale_id for f in batch})
        kinds: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            query = f"SELECT id, kind FROM sales WHERE id IN ({marks})"
            kinds.update(self._sqlite.execute(query, chunk).fetchall())
        figures = FigureBatch()
        for refund in batch:
            figures.add_refund(refund, kinds.get(refund.sale_id))
        return [(r.REFUNDS, [r.refund_row(f) for f in batch]), *sqlite_work(figures)]

    def _transaction(self, work: Work) -> None:
        if self._closed:
            raise ValueError("this bulk writer is closed")
        self._sqlite.execute("BEGIN IMMEDIATE")
        try:
            for sql, batch in work:
                if batch:
                    self._sqlite.executemany(sql, batch)
        except BaseException:
            self._sqlite.execute("ROLLBACK")
            raise
        self._sqlite.execute("COMMIT")

    def _report(self, done: int) -> None:
        if self.progress is not None:
            self.progress(done)


def _wallet_work(batch: list[tuple[str, Wallet]]) -> Work:
    lots = [
        r.lot_row(member_id, position, lot)
        for member_id, wallet in batch
        for position, lot in enumerate(wallet.lots)
        if lot.remaining > 0
    ]
    balances = [(member_id, w.balance, w.debt) for member_id, w in batch]
    return [(r.LOTS, lots), (r.BALANCES, balances)]


def _figures(sales: Iterable[Sale], entries: Iterable[LedgerEntry]) -> Work:
    """The daily figures of bulk sales (stored as goods) and entries."""
    figures = FigureBatch().add_entries(entries)
    for sale in sales:
        figures.add_sale(replace(sale, kind=SaleKind.GOODS))
    return list(sqlite_work(figures))


def _ledger_work(batch: list[LedgerEntry]) -> Work:
    return [(r.LEDGER, [r.entry_row(e) for e in batch]), *_figures((), batch)]


def _sales_work(batch: list[Sale]) -> Work:
    return [(r.SALES, [r.sale_row(s) for s in batch]), *_figures(batch, ())]


def _history_work(batch: list[History]) -> Work:
    sales = [s for h in batch for s in h.sales]
    entries = [e for h in batch for e in h.entries]
    return [
        (r.MEMBERS, [r.member_row(h.member) for h in batch]),
        (r.CARDS, [r.card_row(h.card) for h in batch]),
        (r.SALES, [r.sale_row(s) for s in sales]),
        (r.LEDGER, [r.entry_row(e) for e in entries]),
        *_wallet_work([(h.member.id, h.wallet) for h in batch]),
        (r.SPEND, [(h.member.id, d.isoformat(), a) for h in batch for d, a in h.spend.items()]),
        *_figures(sales, entries),
    ]
