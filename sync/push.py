"""Push: send the outbox to the server in batches, oldest first, and mark what it took.

A batch is acknowledged as a whole: stored and duplicate messages are marked sent. A message
the server will never take is **set aside** with the reason (kept on this terminal for the
operator, `pos-loyalty sync set-aside`), and the messages behind it go on:

- one the answer lists as refused or conflicting;
- one the server refuses the whole batch for (422 naming it by its place in the batch); a
  422 or 413 that names no message halves the batch until the message is found alone;
- one written under another terminal id, or too large to send on its own.

A lost answer leaves the batch unmarked, so it is sent again and the server counts it as
duplicates. If the server's epoch changed (a restore), the whole outbox is queued again first.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime

from db import Database, jsontext
from db.repositories.outbox import OutboxMessage, SetAside, SqlAlchemyOutbox
from db.repositories.sync_state import SqlAlchemySyncState, SyncLink
from pos_loyalty.domain.fields import PUSH_BODY_BYTES
from pos_loyalty.wire import field_names
from pos_loyalty.wire.push import PushAnswer, PushedMessage, PushRequest
from sync import link as links
from sync.client import SyncClient, answer_as
from sync.errors import RequestRefused

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
    set_aside: int = 0

    def add(self, other: PushReport) -> None:
        """Count another push (the resend after a restore) into this one."""
        self.sent += other.sent
        self.accepted += other.accepted
        self.duplicates += other.duplicates
        self.problems += other.problems
        self.set_aside += other.set_aside
        self.gaps = other.gaps or self.gaps
        self.epoch_changed = self.epoch_changed or other.epoch_changed


def pending(db: Database, limit: int, after: int = 0) -> list[OutboxMessage]:
    """The oldest unsent outbox messages (after message `after`)."""
    uow = db.uow()
    with uow.read_only():
        return SqlAlchemyOutbox(uow.connection).pending(limit, after)


def push_outbox(
    db: Database,
    client: SyncClient,
    *,
    batch: int = BATCH,
    progress: Progress | None = None,
    on_restart: Callable[[], object] | None = None,
) -> PushReport:
    """Send every unsent outbox message; return counts and the problems the server reported.

    When the server turns out to have been restored, `on_restart` runs before the outbox is
    sent again (the worker shows the server the card-number blocks held, which a restored
    server may have lost, so the cards numbered from them are not refused).

    One batch is on its way while the terminal reads the next one and marks the previous one
    sent, so the terminal's own work overlaps the server's. The server still gets the batches
    one at a time and in order, and a batch is marked only once its answer is in.
    """
    report = PushReport()
    total = links.read(db, lambda s: s.backlog())
    size = batch
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="push") as sender:
        link = links.current(db)
        messages = pending(db, size)
        flight = _send(sender, client, messages, link.terminal_id)
        for _ in range(2 * total + 1000):
            if not messages:
                break
            upcoming = pending(db, size, after=messages[-1].id)
            try:
                answer = flight.result()
            except RequestRefused as refused:
                size = _refused(db, _split(messages, link.terminal_id)[0], refused, report)
                messages = pending(db, size)
                flight = _send(sender, client, messages, link.terminal_id)
                continue
            if answer is not None and answer.epoch != link.epoch:
                _restart(db, answer.epoch, report)
                if on_restart is not None:
                    on_restart()
                total = links.read(db, lambda s: s.backlog())
                link = links.current(db)
                messages = pending(db, size)
                flight = _send(sender, client, messages, link.terminal_id)
                continue
            following = _send(sender, client, upcoming, link.terminal_id)
            _acknowledge(db, messages, _split(messages, link.terminal_id)[1], answer, report)
            report.sent += len(messages)
            if progress is not None:
                progress(min(report.sent, total), max(total, report.sent))
            messages, flight, size = upcoming, following, min(batch, size * 2)
    return report


def _send(
    sender: ThreadPoolExecutor, client: SyncClient, messages: list[OutboxMessage], terminal: str
) -> Future[PushAnswer | None]:
    """Start sending a batch (None: nothing in it can be sent).

    A batch larger than the server reads is refused here as the server would (413), without
    sending it, so it is split the same way.
    """
    sendable, _ = _split(messages, terminal)
    done: Future[PushAnswer | None] = Future()
    if not sendable:
        done.set_result(None)
        return done
    body = encode(sendable)
    if len(body) > PUSH_BODY_BYTES:
        limit = f"{PUSH_BODY_BYTES:,}"
        reason = f"the message is larger than the {limit} bytes the server reads in one push"
        done.set_exception(RequestRefused(reason, 413, []))
        return done
    return sender.submit(lambda: answer_as(PushAnswer, client.push_encoded(body)))


def _refused(
    db: Database, sent: list[OutboxMessage], refused: RequestRefused, report: PushReport
) -> int:
    """Set aside what the server refused in a batch; return the size of the next batch.

    A 422 names the refused messages by their place in the batch. A refusal that names none
    (413, or a body the server could not read) halves the batch until one message is alone:
    that one is set aside.
    """
    named = _named(sent, refused)
    if not named and len(sent) > 1:
        return max(1, len(sent) // 2)
    if not named:
        named = {sent[0].id: str(refused)}
    now = datetime.now(UTC)
    by_id = {m.id: m for m in sent}
    lines = [f"set aside: {by_id[i].kind} (message {i}): {reason}" for i, reason in named.items()]

    _put_aside(db, named, lines, now)
    report.problems.extend(lines)
    report.set_aside += len(named)
    return max(1, len(sent))


def _put_aside(db: Database, reasons: dict[int, str], lines: list[str], now: datetime) -> None:
    """Set messages aside and log why, in one transaction."""
    uow = db.uow()
    with uow:
        SqlAlchemyOutbox(uow.connection).set_aside(reasons, now)
        state = SqlAlchemySyncState(uow.connection)
        for line in lines:
            state.log("error", line, now)
        uow.commit()


def set_aside_count(db: Database) -> int:
    """How many messages this terminal set aside (refused by the server, kept here)."""
    uow = db.uow()
    with uow.read_only():
        return SqlAlchemyOutbox(uow.connection).set_aside_count()


def set_aside_list(db: Database, limit: int = 100) -> list[SetAside]:
    """The messages set aside, oldest first, with the server's reasons."""
    uow = db.uow()
    with uow.read_only():
        return SqlAlchemyOutbox(uow.connection).set_aside_list(limit)


def send_set_aside_again(db: Database) -> int:
    """Queue the messages set aside again (once the cause is fixed); return how many."""
    uow = db.uow()
    with uow:
        count = SqlAlchemyOutbox(uow.connection).send_set_aside_again()
        uow.commit()
    return count


def _named(sent: list[OutboxMessage], refused: RequestRefused) -> dict[int, str]:
    """The messages a 422 names (by index in `messages`), each with what was wrong."""
    named: dict[int, list[str]] = {}
    for problem in refused.problems if refused.status == 422 else []:
        loc = problem.get("loc")
        if not (isinstance(loc, list) and loc[:2] == ["body", "messages"] and len(loc) > 2):
            continue
        index = loc[2]
        if not isinstance(index, int) or not 0 <= index < len(sent):
            return {}
        where = ".".join(str(part) for part in loc[3:])
        text = f"{where}: {problem.get('msg', '')}" if where else str(problem.get("msg", ""))
        named.setdefault(sent[index].id, []).append(text)
    return {i: "refused by the server: " + "; ".join(texts) for i, texts in named.items()}


def encode(messages: list[OutboxMessage]) -> bytes:
    """The body of `POST /push` (a `PushRequest`), each payload's stored JSON text spliced in.

    The outbox text was written from the payload's declaration and checked for floats when it
    was written and again when it was read, so it is not parsed and written out again for
    every message.
    """
    message_id, kind, payload = _ENVELOPE
    parts = [
        f'{{"{message_id}":{m.id},"{kind}":{json.dumps(m.kind)},"{payload}":{_text(m)}}}'
        for m in messages
    ]
    return f'{{"{_BATCH}":[{",".join(parts)}]}}'.encode()


_ENVELOPE = field_names(PushedMessage)
(_BATCH,) = field_names(PushRequest)


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
    answer: PushAnswer | None,
    report: PushReport,
) -> None:
    now = datetime.now(UTC)
    seqs = [
        int(m.payload["seq"]) for m in messages if m.kind == "ledger_entry" and m not in foreign
    ]
    aside = {
        m.id: f"not sent: written as terminal {m.payload.get('terminal_id')}, not this terminal"
        for m in foreign
    }
    lines = [f"{aside[m.id]} (message {m.id}, {m.kind})" for m in foreign]
    if answer is not None:
        report.accepted += answer.accepted
        report.duplicates += answer.duplicates
        report.gaps = [(g.first_seq, g.last_seq) for g in answer.gaps]
        ids = {m.id for m in messages}
        for p in answer.problems:
            line = f"{p.status}: {p.kind} {p.key} (message {p.message_id}): {p.reason}"
            lines.append(line)
            if p.message_id in ids:
                aside[p.message_id] = line
    report.problems.extend(lines)
    report.set_aside += len(aside)

    uow = db.uow()
    with uow:
        SqlAlchemyOutbox(uow.connection).set_aside(aside, now)
        state = SqlAlchemySyncState(uow.connection)
        state.mark_sent([m.id for m in messages], now)
        for line in lines:
            state.log("error", line, now)
        link: SyncLink | None = state.link()
        if seqs and link is not None and max(seqs) > link.acked_seq:
            state.change(acked_seq=max(seqs))
        uow.commit()
