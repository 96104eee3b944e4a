"""Gaps in a terminal's ledger sequence: numbers the server has never received.

Entries arrive in sequence order from a healthy terminal. A jump (5 after 2) records the
missing range (3..4); entries arriving later fill it. The terminal row keeps the highest
sequence received and how many are missing, for `GET /status` and `terminal list`.

A sequence far beyond the highest received cannot be a healthy terminal's next entry (it
writes them one by one, and pushes them oldest first), and the gap it would open could never
close: an entry more than the window (`POS_LOYALTY_SERVER_SEQ_WINDOW`, default 100,000)
beyond the highest sequence received is refused, not stored.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update

from server.models import sequence_gaps, terminals

ENV_WINDOW = "POS_LOYALTY_SERVER_SEQ_WINDOW"
DEFAULT_WINDOW = 100_000


@dataclass(frozen=True, slots=True)
class Numbering:
    """A terminal's numbering as the server holds it (its row in `terminals`)."""

    last_seq: int
    """The highest sequence received."""
    missing: int
    """How many numbers below it were never received: the gaps' sizes added up, so 0 when
    the terminal has no gap."""


def hold(connection: Connection, terminal_id: str) -> Numbering:
    """Lock the terminal's row until the transaction ends, so its pushes take turns (SQLite
    writers always do), and return its numbering."""
    query = select(terminals.c.last_seq, terminals.c.missing).where(terminals.c.id == terminal_id)
    if connection.dialect.name == "postgresql":
        query = query.with_for_update()
    row = connection.execute(query).one()
    return Numbering(int(row.last_seq), int(row.missing))


def window() -> int:
    """How far beyond its highest sequence received a terminal's entry may lie."""
    text = os.environ.get(ENV_WINDOW, "").strip()
    if not text:
        return DEFAULT_WINDOW
    if not text.isdigit() or int(text) < 1:
        raise ValueError(
            f"{ENV_WINDOW}={text!r} is not a number of entries: set it to a whole number of "
            f"1 or more (the default is {DEFAULT_WINDOW}), or unset it"
        )
    return int(text)


def beyond_window(last_seq: int, seqs: Iterable[int], width: int) -> set[int]:
    """The sequences more than `width` past the highest received, counting those before them.

    A batch carrying 1..1000 after 0 is fine whatever the width: each entry is measured from
    the highest one received or accepted before it.
    """
    beyond: set[int] = set()
    highest = last_seq
    for seq in sorted(set(seqs)):
        if seq > highest + width:
            beyond.add(seq)
        else:
            highest = max(highest, seq)
    return beyond


def _fill(gaps: list[tuple[int, int]], seq: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for first, last in gaps:
        if first <= seq <= last:
            out.extend(g for g in ((first, seq - 1), (seq + 1, last)) if g[0] <= g[1])
        else:
            out.append((first, last))
    return out


def advance(
    last_seq: int, gaps: list[tuple[int, int]], seqs: Iterable[int]
) -> tuple[int, list[tuple[int, int]]]:
    """Return the new highest sequence and gaps after receiving `seqs`."""
    for seq in sorted(seqs):
        if seq > last_seq:
            if seq > last_seq + 1:
                gaps.append((last_seq + 1, seq - 1))
            last_seq = seq
        else:
            gaps = _fill(gaps, seq)
    return last_seq, gaps


def gaps_of(connection: Connection, terminal_id: str) -> list[tuple[int, int]]:
    """Return the terminal's missing ranges, lowest first."""
    query = (
        select(sequence_gaps.c.first_seq, sequence_gaps.c.last_seq)
        .where(sequence_gaps.c.terminal_id == terminal_id)
        .order_by(sequence_gaps.c.first_seq)
    )
    return [(int(a), int(b)) for a, b in connection.execute(query)]


def receive(
    connection: Connection, terminal_id: str, seqs: list[int], now: datetime, held: Numbering
) -> list[tuple[int, int]]:
    """Record the sequence numbers just stored; return the terminal's gaps.

    `held`: the numbering `hold` returned in this transaction (so nothing changed it since).
    """
    before = gaps_of(connection, terminal_id) if held.missing else []
    last_seq, gaps = advance(held.last_seq, list(before), seqs)
    if gaps != before:
        connection.execute(delete(sequence_gaps).where(sequence_gaps.c.terminal_id == terminal_id))
        if gaps:
            connection.execute(
                insert(sequence_gaps),
                [
                    {"terminal_id": terminal_id, "first_seq": a, "last_seq": b, "detected_at": now}
                    for a, b in gaps
                ],
            )
    missing = sum(b - a + 1 for a, b in gaps)
    connection.execute(
        update(terminals)
        .where(terminals.c.id == terminal_id)
        .values(last_seq=last_seq, missing=missing, last_seen_at=now)
    )
    return gaps
