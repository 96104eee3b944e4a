"""Blocks of card numbers: ranges of the card sequence, each handed to one terminal.

A terminal issues new card numbers only from its own blocks, so two stores issuing cards
offline can never make the same number. The server hands out blocks from one counter that only
goes up, from `FIRST_SEQ` (sequences below it are those a terminal working alone numbers from
1, and cards printed before blocks existed), and never below a card already on the server.
The first block comes with enrolment; the sync asks for the next one when the terminal runs
low. The server also remembers which terminal first sent each card (`card_origins`), so a
number sent by two terminals is recognised as a duplicate and refused; a number in the
blocks' range that no block holds is refused too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, insert, select, text

from pos_loyalty.domain.cards import CARD_PREFIX, SEQUENCE_DIGITS
from server.errors import ApiError
from server.models import card_blocks, card_origins, cards

FIRST_SEQ = 500_000_000
LAST_SEQ = 10**SEQUENCE_DIGITS - 1
BLOCK_SIZE = 1000
MAX_BLOCK = 100_000
RELEARN_AT_ONCE = 10
_LOCK_KEY = 0x0C4D_B10C
"""The advisory lock that makes grants take turns on PostgreSQL."""


@dataclass(frozen=True, slots=True)
class Block:
    """Card sequences first_seq..last_seq, both included."""

    first_seq: int
    last_seq: int


def _lock(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})


def blocks_of(connection: Connection, terminal_id: str) -> list[Block]:
    """The blocks given to a terminal, oldest first."""
    query = (
        select(card_blocks.c.first_seq, card_blocks.c.last_seq)
        .where(card_blocks.c.terminal_id == terminal_id)
        .order_by(card_blocks.c.first_seq)
    )
    return [Block(int(a), int(b)) for a, b in connection.execute(query)]


def owner_of(connection: Connection, number: str) -> str | None:
    """The terminal whose block holds this card number, or None."""
    if not number.startswith(CARD_PREFIX) or len(number) != len(CARD_PREFIX) + SEQUENCE_DIGITS + 1:
        return None
    seq = int(number[len(CARD_PREFIX) : -1])
    query = (
        select(card_blocks.c.terminal_id, card_blocks.c.last_seq)
        .where(card_blocks.c.first_seq <= seq)
        .order_by(card_blocks.c.first_seq.desc())
        .limit(1)
    )
    row = connection.execute(query).first()
    return None if row is None or row.last_seq < seq else str(row.terminal_id)


def in_blocks_range(number: str) -> bool:
    """True if a valid card number's sequence lies where the server hands out blocks."""
    return int(number[len(CARD_PREFIX) : -1]) >= FIRST_SEQ


def unallocated(connection: Connection, number: str) -> bool:
    """True if the number lies in the blocks' range but in no block given to any terminal.

    No terminal numbers such a card, and letting one in would move the counter past it
    (`_next_free` never goes below a card on the server), using up the chain's numbers.
    """
    return in_blocks_range(number) and owner_of(connection, number) is None


def _next_free(connection: Connection) -> int:
    last_block = connection.execute(select(func.max(card_blocks.c.last_seq))).scalar()
    low = f"{CARD_PREFIX}{FIRST_SEQ:0{SEQUENCE_DIGITS}d}"
    high = str(int(CARD_PREFIX) + 1).zfill(len(CARD_PREFIX))
    top_card = connection.execute(
        select(func.max(cards.c.number)).where(cards.c.number >= low, cards.c.number < high)
    ).scalar()
    top_card_seq = int(top_card[3:12]) if top_card else 0
    return max(FIRST_SEQ, int(last_block or 0) + 1, top_card_seq + 1)


def grant(connection: Connection, terminal_id: str, now: datetime, size: int = BLOCK_SIZE) -> Block:
    """Give the terminal a new block of `size` card numbers."""
    _lock(connection)
    first = _next_free(connection)
    last = first + size - 1
    if last > LAST_SEQ:
        raise ApiError(
            "the chain has used up its card numbers: no block can be given, bind pre-printed "
            "cards instead"
        )
    connection.execute(
        insert(card_blocks).values(
            first_seq=first, last_seq=last, terminal_id=terminal_id, granted_at=now
        )
    )
    return Block(first, last)


def _relearn(
    connection: Connection, terminal_id: str, held: Sequence[Block], now: datetime
) -> None:
    """Record blocks a terminal holds that the server lost (a restore), unless taken since.

    Only blocks of a size the server gives, above FIRST_SEQ, and at most ten a request: a
    faulty terminal cannot claim a large part of the range at once.
    """
    mine = {b.first_seq for b in blocks_of(connection, terminal_id)}
    unknown = [b for b in held if b.first_seq not in mine]
    for block in unknown[:RELEARN_AT_ONCE]:
        if block.last_seq - block.first_seq + 1 > MAX_BLOCK or block.first_seq < FIRST_SEQ:
            continue
        overlap = connection.execute(
            select(card_blocks.c.first_seq).where(
                card_blocks.c.first_seq <= block.last_seq,
                card_blocks.c.last_seq >= block.first_seq,
            )
        ).first()
        if overlap is None:
            connection.execute(
                insert(card_blocks).values(
                    first_seq=block.first_seq,
                    last_seq=block.last_seq,
                    terminal_id=terminal_id,
                    granted_at=now,
                )
            )


def top_up(
    connection: Connection,
    terminal_id: str,
    held: Sequence[Block],
    now: datetime,
    size: int = BLOCK_SIZE,
) -> list[Block]:
    """The terminal's blocks it does not hold yet; a new block if it holds them all.

    A terminal whose answer was lost asks again and gets the same block, not another one.
    """
    _lock(connection)
    _relearn(connection, terminal_id, held, now)
    newest = max((b.first_seq for b in held), default=0)
    unseen = [b for b in blocks_of(connection, terminal_id) if b.first_seq > newest]
    return unseen or [grant(connection, terminal_id, now, size)]


def origin_of(connection: Connection, number: str) -> str | None:
    """The terminal that first sent this card, if the server knows."""
    query = select(card_origins.c.terminal_id).where(card_origins.c.number == number)
    found = connection.execute(query).scalar()
    return None if found is None else str(found)


def record_origin(connection: Connection, number: str, terminal_id: str, now: datetime) -> None:
    """Remember that this terminal sent the card first."""
    connection.execute(insert(card_origins).values(number=number, terminal_id=terminal_id, at=now))
