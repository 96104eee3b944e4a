"""The fast path of a member import: duplicate checks and batched writes on the open transaction.

The rows were computed by the core (`pos_loyalty.services.importing`) exactly as the use cases
would post them; here they go through prepared INSERTs with `executemany` on the unit of work's
own connection, so a whole file is written in the caller's one transaction (all or nothing).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Sequence
from datetime import UTC, datetime
from itertools import islice
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, text

from db import bulk_rows as r
from db import jsontext
from db.column_types import instant_text
from db.models import cards, import_batches, members
from db.repositories.cards import CARD_SEQUENCE, SqlAlchemyCardRepository
from db.repositories.daily_figures import record_entries
from pos_loyalty.services.ports import ImportBatch, ImportRows

CHUNK = 500
"""Values per IN (...) lookup: well under SQLite's limit of bound parameters."""

_PHONES = select(members.c.phone).where(
    members.c.erased_at.is_(None), members.c.phone.in_(bindparam("values", expanding=True))
)
_CARDS = select(cards.c.number).where(cards.c.number.in_(bindparam("values", expanding=True)))
_RAISE_CARD_SEQUENCE = text(
    "INSERT INTO card_sequence (name, last_value) VALUES (:name, :above)"
    " ON CONFLICT (name) DO UPDATE"
    " SET last_value = max(card_sequence.last_value, excluded.last_value)"
)
_RESERVE_SEQS = text(
    "INSERT INTO terminal_sequences (terminal_id, last_seq) VALUES (:terminal_id,"
    " (SELECT COALESCE(MAX(seq), 0) FROM ledger_entries WHERE terminal_id = :terminal_id)"
    " + :count)"
    " ON CONFLICT (terminal_id) DO UPDATE"
    " SET last_seq = max(terminal_sequences.last_seq + :count, excluded.last_seq)"
    " RETURNING last_seq"
)
_FLAT = frozenset((str, int, bool, type(None)))
_OUTBOX = "INSERT INTO outbox (created_at, kind, payload, sent_at) VALUES (?, ?, ?, NULL)"


def _payload(kind: str, payload: dict[str, Any]) -> str:
    """JSON text of a message, refusing floats (a flat payload is checked without recursion)."""
    if not _FLAT.issuperset(map(type, payload.values())):
        jsontext.check_no_floats(payload, f"{kind} payload")
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _chunks(values: Collection[str]) -> Iterator[list[str]]:
    iterator = iter(values)
    while chunk := list(islice(iterator, CHUNK)):
        yield chunk


class SqlAlchemyImportStore:
    """The ImportStore port over the unit of work's connection (SQLite)."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def existing_phones(self, phones: Collection[str]) -> set[str]:
        """Return those of `phones` that belong to a member (erased members excepted)."""
        return self._existing(_PHONES, phones)

    def existing_cards(self, numbers: Collection[str]) -> set[str]:
        """Return those of `numbers` already in the cards table."""
        return self._existing(_CARDS, numbers)

    def _existing(self, statement: Any, values: Collection[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(values):
            found.update(v for (v,) in self._connection.execute(statement, {"values": chunk}))
        return found

    def reserve_card_sequences(self, count: int, above: int) -> Sequence[int]:
        """Reserve `count` card sequences, every one above `above` and above any card on file."""
        params = {"name": CARD_SEQUENCE, "above": above}
        self._connection.execute(_RAISE_CARD_SEQUENCE, params)
        if count < 1:
            return range(0)
        return SqlAlchemyCardRepository(self._connection).allocate_sequences(count)

    def reserve_ledger_seqs(self, terminal_id: str, count: int) -> range:
        """Reserve `count` consecutive ledger sequence numbers of the terminal."""
        if count < 1:
            return range(0)
        params = {"terminal_id": terminal_id, "count": count}
        last: int = self._connection.execute(_RESERVE_SEQS, params).scalar_one()
        return range(last - count + 1, last + 1)

    def write(self, rows: ImportRows) -> None:
        """Insert a batch of members with their cards, entries, wallets, spend and outbox rows."""
        issued = instant_text(rows.issued_at)
        created = instant_text(datetime.now(UTC))
        lots = [
            r.lot_row(member_id, position, lot)
            for member_id, wallet in rows.wallets
            for position, lot in enumerate(wallet.lots)
            if lot.remaining > 0
        ]
        work: list[tuple[str, list[tuple[Any, ...]]]] = [
            (r.MEMBERS, [r.member_row(m) for m in rows.members]),
            (r.CARDS, [r.card_row(c, issued) for c in rows.cards]),
            (r.LEDGER, [r.entry_row(e) for e in rows.entries]),
            (r.LOTS, lots),
            (r.BALANCES, [(m, w.balance, w.debt) for m, w in rows.wallets]),
            (r.SPEND, [(m, d.isoformat(), a) for m, d, a in rows.spend]),
            (_OUTBOX, [(created, k, _payload(k, p)) for k, p in rows.outbox]),
        ]
        for sql, batch in work:
            if batch:
                self._connection.exec_driver_sql(sql, batch)
        record_entries(self._connection, rows.entries)

    def add_batch(self, batch: ImportBatch) -> None:
        """Keep the record of one imported file."""
        self._connection.execute(
            insert(import_batches),
            {
                "id": batch.id,
                "file_name": batch.file_name,
                "imported_at": batch.imported_at,
                "terminal_id": batch.terminal_id,
                "staff_id": batch.staff_id,
                "members": batch.members,
                "points": batch.points,
                "spend": batch.spend,
            },
        )
