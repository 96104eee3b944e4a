"""Gaps in a terminal's ledger sequence: numbers the server has never received.

Entries arrive in sequence order from a healthy terminal. A jump (5 after 2) records the
missing range (3..4); entries arriving later fill it. The terminal row keeps the highest
sequence received and how many are missing, for `GET /status` and `terminal list`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update

from server.models import sequence_gaps, terminals


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
    connection: Connection, terminal_id: str, seqs: list[int], now: datetime
) -> list[tuple[int, int]]:
    """Record the sequence numbers just stored; return the terminal's gaps."""
    row = connection.execute(
        select(terminals.c.last_seq).where(terminals.c.id == terminal_id)
    ).scalar_one()
    before = gaps_of(connection, terminal_id)
    last_seq, gaps = advance(int(row), list(before), seqs)
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
