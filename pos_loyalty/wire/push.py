"""What a terminal pushes (`POST /push`) and what the server answers.

A batch of outbox messages: each is its row id, its kind and the payload of that kind
(`pos_loyalty.wire.payloads`). The answer names refused and conflicting messages by their row
id. The envelope refuses fields it does not declare; answers ignore them (a newer server may
add some).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, ClassVar, Literal

from pos_loyalty.wire.fields import MAX_SEQ, Int, Items, Tagged, Whole
from pos_loyalty.wire.payloads import KINDS, Payload

MessageId = Annotated[int, Whole(1, MAX_SEQ)]


@dataclass(frozen=True, slots=True, kw_only=True)
class PushedMessage:
    """One outbox message: its row id, its kind and the payload of that kind."""

    EXTRA: ClassVar[str] = "forbid"
    message_id: MessageId
    kind: str
    payload: Annotated[Payload, Tagged("kind", KINDS)]

    @property
    def writer(self) -> str | None:
        """The terminal the payload says wrote it (entries, sales, refunds), if any."""
        return getattr(self.payload, "terminal_id", None)


@dataclass(frozen=True, slots=True, kw_only=True)
class PushRequest:
    """A batch of outbox messages, oldest first; the server applies it in one transaction."""

    EXTRA: ClassVar[str] = "forbid"
    messages: Annotated[tuple[PushedMessage, ...], Items(1000)]


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    """A pushed message the server did not apply, and why."""

    EXTRA: ClassVar[str] = "ignore"
    message_id: Int
    kind: str
    key: str
    status: Literal["conflict", "refused"]
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Gap:
    """Sequence numbers of a terminal the server has never received (first..last)."""

    EXTRA: ClassVar[str] = "ignore"
    first_seq: Int
    last_seq: Int


@dataclass(frozen=True, slots=True, kw_only=True)
class PushAnswer:
    """What became of a batch: counts, the messages not applied, the terminal's gaps."""

    EXTRA: ClassVar[str] = "ignore"
    epoch: str
    accepted: Int
    duplicates: Int
    problems: tuple[Problem, ...]
    gaps: tuple[Gap, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class TerminalStatus:
    """What the server knows of the calling terminal (`GET /status`)."""

    EXTRA: ClassVar[str] = "ignore"
    terminal_id: str
    store: str
    epoch: str
    last_seq: Int
    missing: Int
    gaps: tuple[Gap, ...]
    last_seen_at: datetime | None
