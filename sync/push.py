"""Push: send the outbox to the server in batches, oldest first, and mark what it took.

A batch is acknowledged as a whole: stored, duplicate, refused and conflicting messages are all
marked sent (refusals and conflicts are logged, they would be refused again). A lost answer
leaves the batch unmarked, so it is sent again and the server counts it as duplicates. If the
server's epoch changed (a restore), the whole outbox is queued again first.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from db import Database, jsontext
from db.repositories.outbox import OutboxMessage, SqlAlchemyOutbox
from db.repositories.sync_state import SqlAlchemySyncState, SyncLink
from sync import link as links
from sync.client import SyncClient

BATCH = 1000
WRITTEN_BY_TERMINAL = ("ledger_entry", "sale", "refund")
Progress = Callable[[int, int], None]
"""Called with (done, total) after each batch."""


@dataclass
class PushReport:
    """What a push did."""

    sent: int = 0
    accepted: int = 0
    duplicates: int = 0
    problems: list[str] = field(default_factory=list)
    gaps: list[tuple[int, int]] = field(default_factory=list)
    epoch_changed: bool = False

    def add(self, other: PushReport) -> None:
        """Count another push (the resend after a restore) into this one."""
        self.sent += other.sent
        self.accepted += other.accepted
        self.duplicates += other.duplicates
        self.problems += other.problems
        self.gaps = other.gaps or self.gaps
        self.epoch_changed = self.epoch_changed or other.epoch_changed


def pending(db: Database, limit: int, after: int = 0) -> list[OutboxMessage]:
    """The oldest unsent outbox messages (after message `after`)."""
    uow = db.uow()
    with uow.read_only():
        return SqlAlchemyOutbox(uow.connection).pending(limit, after)


def push_outbox(
    db: Database, client: SyncClient, *, batch: int = BATCH, progress: Progress | None = None
) -> PushReport:
    """Send every unsent outbox message; return counts and the problems the server reported.

    One batch is on its way while the terminal reads the next one and marks the previous one
    sent, so the terminal's own work overlaps the server's. The server still gets the batches
    one at a time and in order, and a batch is marked only once its answer is in.
    """
    report = PushReport()
    total = links.read(db, lambda s: s.backlog())
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="push") as sender:
        link = links.current(db)
        messages = pending(db, batch)
        flight = _send(sender, client, messages, link.terminal_id)
        for _ in range(total // max(batch, 1) + 1000):
            if not messages:
                break
            upcoming = pending(db, batch, after=messages[-1].id)
            answer = flight.result()
            if answer is not None and answer["epoch"] != link.epoch:
                _restart(db, answer["epoch"], report)
                total = links.read(db, lambda s: s.backlog())
                link = links.current(db)
                messages = pending(db, batch)
                flight = _send(sender, client, messages, link.terminal_id)
                continue
            following = _send(sender, client, upcoming, link.terminal_id)
            _acknowledge(db, messages, _split(messages, link.terminal_id)[1], answer, report)
            report.sent += len(messages)
            if progress is not None:
                progress(min(report.sent, total), max(total, report.sent))
            messages, flight = upcoming, following
    return report


def _send(
    sender: ThreadPoolExecutor, client: SyncClient, messages: list[OutboxMessage], terminal: str
) -> Future[dict[str, Any] | None]:
    """Start sending a batch (None: nothing in it can be sent)."""
    sendable, _ = _split(messages, terminal)
    if not sendable:
        done: Future[dict[str, Any] | None] = Future()
        done.set_result(None)
        return done
    return sender.submit(client.push_encoded, encode(sendable))


def encode(messages: list[OutboxMessage]) -> bytes:
    """The body of `POST /push`, with each payload's stored JSON text spliced in as it is.

    The outbox text was checked for floats when it was written and again when it was read,
    so it is not parsed and written out again for every message.
    """
    parts = [
        f'{{"message_id":{m.id},"kind":{json.dumps(m.kind)},"payload":{_text(m)}}}'
        for m in messages
    ]
    return f'{{"messages":[{",".join(parts)}]}}'.encode()


def _text(message: OutboxMessage) -> str:
    return message.text or jsontext.dumps(message.payload, f"{message.kind} payload")


def _split(
    messages: list[OutboxMessage], terminal_id: str
) -> tuple[list[OutboxMessage], list[OutboxMessage]]:
    """Keep back messages written under another terminal id: the server would refuse them."""
    foreign = [
        m
        for m in messages
        if m.kind in WRITTEN_BY_TERMINAL and m.payload.get("terminal_id") != terminal_id
    ]
    ids = {m.id for m in foreign}
    return [m for m in messages if m.id not in ids], foreign


def _restart(db: Database, epoch: str, report: PushReport) -> None:
    now = datetime.now(UTC)

    def restart(state: SqlAlchemySyncState) -> None:
        count = state.requeue_outbox()
        state.change(epoch=epoch, cursor=None)
        state.log("warning", f"the server was restored: resending {count} messages", now)

    links.write(db, restart)
    report.epoch_changed = True


def _acknowledge(
    db: Database,
    messages: list[OutboxMessage],
    foreign: list[OutboxMessage],
    answer: dict[str, Any] | None,
    report: PushReport,
) -> None:
    now = datetime.now(UTC)
    seqs = [
        int(m.payload["seq"]) for m in messages if m.kind == "ledger_entry" and m not in foreign
    ]
    lines = [
        f"not sent: message {m.id} ({m.kind}) was written as terminal "
        f"{m.payload.get('terminal_id')}, not this terminal"
        for m in foreign
    ]
    if answer is not None:
        report.accepted += int(answer["accepted"])
        report.duplicates += int(answer["duplicates"])
        report.gaps = [(int(g["first_seq"]), int(g["last_seq"])) for g in answer["gaps"]]
        lines += [
            f"{p['status']}: {p['kind']} {p['key']} (message {p['message_id']}): {p['reason']}"
            for p in answer["problems"]
        ]
    report.problems.extend(lines)

    def mark(state: SqlAlchemySyncState) -> None:
        state.mark_sent([m.id for m in messages], now)
        for line in lines:
            state.log("error", line, now)
        link: SyncLink | None = state.link()
        if seqs and link is not None and max(seqs) > link.acked_seq:
            state.change(acked_seq=max(seqs))

    links.write(db, mark)
