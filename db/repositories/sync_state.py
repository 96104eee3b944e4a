"""The terminal's sync bookkeeping: its link to the server, the sync log, the outbox backlog,
and the blocks of card numbers the server gave it."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from db.models import card_blocks, ledger_entries, outbox, sync_log, sync_state
from db.repositories.audit import SqlAlchemyAuditLog
from db.repositories.outbox import SqlAlchemyOutbox

_ROW_ID = 1
LOG_KEPT = 1000
"""The sync log keeps this many newest lines."""


@dataclass(frozen=True, slots=True)
class SyncLink:
    """Where the server is, who this terminal is to it, and how far the sync has come."""

    server_url: str
    token: str
    terminal_id: str
    store: str
    epoch: str
    enrolled_at: datetime
    ca_file: str | None = None
    cursor: str | None = None
    acked_seq: int = 0
    last_attempt_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str = ""
    failures: int = 0


_FIELDS = tuple(f.name for f in fields(SyncLink))


@dataclass(frozen=True, slots=True)
class LogLine:
    """One line of the sync log."""

    at: datetime
    level: str
    message: str


class SqlAlchemySyncState:
    """The sync_state row, the sync_log and outbox counts, inside the caller's transaction."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def link(self) -> SyncLink | None:
        """Return the enrolment, or None if this terminal was never enrolled."""
        columns = [sync_state.c[name] for name in _FIELDS]
        row = self._connection.execute(select(*columns).where(sync_state.c.id == _ROW_ID)).first()
        return None if row is None else SyncLink(*row)

    def enrol(self, link: SyncLink) -> None:
        """Store a new enrolment, replacing any earlier one."""
        self._connection.execute(delete(sync_state))
        values = {name: getattr(link, name) for name in _FIELDS}
        self._connection.execute(insert(sync_state).values(id=_ROW_ID, **values))

    def change(self, **values: Any) -> None:
        """Update fields of the enrolment (cursor, epoch, acked_seq, last_success_at, ...)."""
        unknown = set(values) - set(_FIELDS)
        if unknown:
            raise ValueError(f"sync state has no field {sorted(unknown)}")
        self._connection.execute(update(sync_state).values(**values))

    def log(self, level: str, message: str, at: datetime) -> None:
        """Add a line to the sync log, dropping the oldest beyond LOG_KEPT."""
        self._connection.execute(insert(sync_log).values(at=at, level=level, message=message))
        newest = select(func.max(sync_log.c.id)).scalar_subquery()
        self._connection.execute(delete(sync_log).where(sync_log.c.id <= newest - LOG_KEPT))

    def recent(self, limit: int = 20) -> list[LogLine]:
        """Return the newest log lines, newest first."""
        query = (
            select(sync_log.c.at, sync_log.c.level, sync_log.c.message)
            .order_by(sync_log.c.id.desc())
            .limit(limit)
        )
        return [LogLine(*row) for row in self._connection.execute(query)]

    def backlog(self) -> int:
        """Count the outbox messages the server has not acknowledged yet."""
        query = select(func.count()).select_from(outbox).where(outbox.c.sent_at.is_(None))
        return int(self._connection.execute(query).scalar_one())

    def mark_sent(self, ids: list[int], at: datetime) -> None:
        """Record that the server took these outbox messages."""
        SqlAlchemyOutbox(self._connection).mark_sent(ids, at)

    def requeue_outbox(self) -> int:
        """Mark every outbox message unsent again (after the server lost data); return how many."""
        done = self._connection.execute(
            update(outbox).where(outbox.c.sent_at.is_not(None)).values(sent_at=None)
        )
        return int(done.rowcount)

    def unacked_redeemed(self, terminal_id: str, after_seq: int, member_id: str | None) -> int:
        """Points this terminal redeemed (at a checkout or for a reward) in entries the server
        has not acknowledged yet."""
        query = select(func.coalesce(func.sum(-ledger_entries.c.points), 0)).where(
            ledger_entries.c.terminal_id == terminal_id,
            ledger_entries.c.seq > after_seq,
            ledger_entries.c.kind.in_(("redeem", "reward")),
        )
        if member_id is not None:
            query = query.where(ledger_entries.c.member_id == member_id)
        return int(self._connection.execute(query).scalar_one())

    def add_audit_key(self, key: bytes, at: datetime, terminal_id: str = "") -> int:
        """Key the audit chain from the next record on (see `SqlAlchemyAuditLog.add_key`)."""
        return SqlAlchemyAuditLog(self._connection).add_key(key, at, terminal_id)

    def card_blocks(self) -> list[tuple[int, int]]:
        """The blocks of card sequences the server gave (first, last), oldest first."""
        query = select(card_blocks.c.first_seq, card_blocks.c.last_seq).order_by(
            card_blocks.c.first_seq
        )
        return [(int(a), int(b)) for a, b in self._connection.execute(query)]

    def add_card_blocks(self, blocks: list[tuple[int, int]]) -> None:
        """Store blocks the server gave; one already held keeps how far it was used."""
        if not blocks:
            return
        rows = [{"first_seq": a, "last_seq": b, "next_seq": a} for a, b in blocks]
        self._connection.execute(sqlite_insert(card_blocks).on_conflict_do_nothing(), rows)

    def card_numbers_left(self) -> int:
        """How many card numbers are left in the blocks."""
        left = func.coalesce(func.sum(card_blocks.c.last_seq - card_blocks.c.next_seq + 1), 0)
        query = select(left).where(card_blocks.c.next_seq <= card_blocks.c.last_seq)
        return int(self._connection.execute(query).scalar_one())
