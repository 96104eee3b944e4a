"""The outbox: messages for the central server, written in the same transaction as the change.

A message the server refused is set aside: marked handled (so the ones behind it go on) with
the time and the server's reason, for the operator to read (`pos-loyalty sync set-aside`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from db import jsontext
from db.models import outbox

_INSERT = insert(outbox)
_PENDING = (
    select(outbox.c.id, outbox.c.created_at, outbox.c.kind, outbox.c.payload)
    .where(outbox.c.sent_at.is_(None), outbox.c.id > bindparam("after"))
    .order_by(outbox.c.id)
    .limit(bindparam("limit"))
)
_MARK_SENT = (
    update(outbox)
    .where(outbox.c.id == bindparam("message_id"), outbox.c.sent_at.is_(None))
    .values(sent_at=bindparam("sent_at"))
)

_SET_ASIDE = (
    update(outbox)
    .where(outbox.c.id == bindparam("message_id"))
    .values(
        sent_at=bindparam("at"), set_aside_at=bindparam("at"), set_aside_reason=bindparam("why")
    )
)
_ASIDE = outbox.c.set_aside_at.is_not(None)


@dataclass(frozen=True, slots=True)
class SetAside:
    """A message the server refused, kept on this terminal with the server's reason."""

    id: int
    created_at: datetime
    kind: str
    set_aside_at: datetime
    reason: str
    payload: dict[str, Any]


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    """One message waiting for the central server."""

    id: int
    created_at: datetime
    kind: str
    payload: dict[str, Any]
    text: str = ""
    """The payload's JSON text as stored (checked for floats when written and when read)."""


class SqlAlchemyOutbox:
    """Messages in `outbox`; the sync sends `pending()` ones in order, then `mark_sent()`."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, kind: str, payload: dict[str, Any]) -> None:
        """Queue a message; raise TypeError if the payload holds a float."""
        params = {
            "created_at": datetime.now(UTC),
            "kind": kind,
            "payload": jsontext.dumps(payload, f"{kind} payload"),
            "sent_at": None,
        }
        self._connection.execute(_INSERT, params)

    def pending(self, limit: int = 100, after: int = 0) -> list[OutboxMessage]:
        """Return up to `limit` unsent messages after message `after`, oldest first."""
        rows = self._connection.execute(_PENDING, {"limit": limit, "after": after})
        return [
            OutboxMessage(
                row.id, row.created_at, row.kind, jsontext.loads(row.payload), row.payload
            )
            for row in rows
        ]

    def mark_sent(self, ids: Iterable[int], at: datetime | None = None) -> None:
        """Record that the server accepted these messages."""
        sent_at = at or datetime.now(UTC)
        params = [{"message_id": message_id, "sent_at": sent_at} for message_id in ids]
        if params:
            self._connection.execute(_MARK_SENT, params)

    def set_aside(self, reasons: dict[int, str], at: datetime) -> None:
        """Set these messages aside with the server's reason for each (handled, not resent)."""
        params = [{"message_id": i, "at": at, "why": why} for i, why in reasons.items()]
        if params:
            self._connection.execute(_SET_ASIDE, params)

    def set_aside_count(self) -> int:
        """How many messages are set aside."""
        query = select(func.count()).select_from(outbox).where(_ASIDE)
        return int(self._connection.execute(query).scalar_one())

    def set_aside_list(self, limit: int = 100) -> list[SetAside]:
        """The messages set aside, oldest first."""
        query = select(outbox).where(_ASIDE).order_by(outbox.c.id).limit(limit)
        return [
            SetAside(
                row.id,
                row.created_at,
                row.kind,
                row.set_aside_at,
                row.set_aside_reason or "",
                jsontext.loads(row.payload),
            )
            for row in self._connection.execute(query)
        ]

    def send_set_aside_again(self) -> int:
        """Queue every message set aside again (e.g. after the server was upgraded)."""
        done = self._connection.execute(
            update(outbox)
            .where(_ASIDE)
            .values(sent_at=None, set_aside_at=None, set_aside_reason=None)
        )
        return int(done.rowcount)
