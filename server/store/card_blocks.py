"""Blocks of card numbers: ranges of the card sequence, each handed to one terminal.

A terminal issues new card numbers only from its own blocks, so two stores issuing cards
offline can never make the same number. The server hands out blocks from one counter that only
goes up, from `FIRST_SEQ` (sequences below it are those a terminal working alone numbers from
1, and cards printed before blocks existed), and never below a card already on the server.
The first block comes with enrolment; the sync asks for the next one when the terminal runs
low. The server also remembers which terminal first sent each card (`card_origins`), so a
number sent by two terminals is recognised as a duplicate and refused; a number in the
blocks' range that no block holds is refused too.

A restore loses the blocks given after the backup, and the counter goes back to the first of
them, while the terminals still hold them. So every request for blocks shows the blocks the
terminal holds, and after a new epoch the server gives **no new block** until every terminal
that may hold one has shown its blocks: every terminal enrolled and not revoked, and every
terminal still to enrol with a code neither used nor expired (the operator makes the codes of
the terminals enrolled since the backup before the server starts). Every new block then lies
above every block any terminal has shown (`FLOOR_KEY`), so no number can be given twice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, func, insert, or_, select, text, update

from pos_loyalty.domain.cards import CARD_PREFIX, SEQUENCE_DIGITS
from server.errors import ApiError
from server.models import card_blocks, card_origins, cards, enrolment_codes, server_meta, terminals

FIRST_SEQ = 500_000_000
LAST_SEQ = 10**SEQUENCE_DIGITS - 1
BLOCK_SIZE = 1000
MAX_BLOCK = 100_000
RELEARN_AT_ONCE = 10
_LOCK_KEY = 0x0C4D_B10C
"""The advisory lock that makes grants take turns on PostgreSQL."""
WAIT_KEY = "card_blocks_wait"
"""In `server_meta` while the server waits for the terminals' blocks (its value: the epoch)."""
FLOOR_KEY = "card_blocks_floor"
"""In `server_meta`: the highest sequence of any block a terminal has shown."""


@dataclass(frozen=True, slots=True)
class Block:
    """Card sequences first_seq..last_seq, both included."""

    first_seq: int
    last_seq: int


@dataclass(frozen=True, slots=True)
class Awaited:
    """Who must still show their blocks before the server gives a new block."""

    terminals: tuple[str, ...]
    codes: int
    """Enrolment codes neither used nor expired: terminals still to enrol."""

    def __bool__(self) -> bool:
        return bool(self.terminals or self.codes)


def _lock(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})


def _meta(connection: Connection, key: str) -> str | None:
    found = connection.execute(select(server_meta.c.value).where(server_meta.c.key == key))
    value = found.scalar()
    return None if value is None else str(value)


def _set_meta(connection: Connection, key: str, value: str) -> None:
    changed = connection.execute(
        update(server_meta).where(server_meta.c.key == key).values(value=value)
    )
    if changed.rowcount == 0:
        connection.execute(insert(server_meta).values(key=key, value=value))


def wait_for_showings(connection: Connection, epoch: str) -> None:
    """After a new epoch: give no new block until every terminal has shown the blocks it holds."""
    _lock(connection)
    _set_meta(connection, WAIT_KEY, epoch)


def awaited(connection: Connection, now: datetime) -> Awaited:
    """Who the server still waits for before it gives a new block; the wait ends with none."""
    if _meta(connection, WAIT_KEY) is None:
        return Awaited((), 0)
    epoch = _meta(connection, "epoch")
    shown = terminals.c.blocks_shown_epoch
    unshown = select(terminals.c.id).where(
        terminals.c.revoked_at.is_(None), or_(shown.is_(None), shown != epoch)
    )
    codes = select(func.count()).where(
        enrolment_codes.c.used_at.is_(None), enrolment_codes.c.expires_at > now
    )
    found = Awaited(
        tuple(sorted(str(t) for t in connection.execute(unshown).scalars())),
        int(connection.execute(codes).scalar_one()),
    )
    if not found:
        connection.execute(delete(server_meta).where(server_meta.c.key == WAIT_KEY))
    return found


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
    shown = int(_meta(connection, FLOOR_KEY) or 0)
    return max(FIRST_SEQ, int(last_block or 0) + 1, top_card_seq + 1, shown + 1)


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


def first_blocks(connection: Connection, terminal_id: str, now: datetime) -> list[Block]:
    """The block an enrolling terminal starts with: none while the server waits for blocks.

    The terminal has shown no blocks yet (enrolled again, it may hold some): it shows them
    right after enrolling.
    """
    _lock(connection)
    connection.execute(
        update(terminals).where(terminals.c.id == terminal_id).values(blocks_shown_epoch=None)
    )
    return [] if awaited(connection, now) else [grant(connection, terminal_id, now)]


def _could_be_given(block: Block) -> bool:
    """A block of a size the server gives, where it gives them."""
    size = block.last_seq - block.first_seq + 1
    return block.first_seq >= FIRST_SEQ and block.last_seq <= LAST_SEQ and size <= MAX_BLOCK


def _show(connection: Connection, terminal_id: str, held: Sequence[Block]) -> None:
    """Note that the terminal showed its blocks in this epoch; no grant goes at or below them."""
    epoch = _meta(connection, "epoch")
    shown = terminals.c.blocks_shown_epoch
    connection.execute(
        update(terminals)
        .where(terminals.c.id == terminal_id, or_(shown.is_(None), shown != epoch))
        .values(blocks_shown_epoch=epoch)
    )
    top = max((b.last_seq for b in held if _could_be_given(b)), default=0)
    if top > int(_meta(connection, FLOOR_KEY) or 0):
        _set_meta(connection, FLOOR_KEY, str(top))


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
        if not _could_be_given(block):
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
    """The terminal's blocks it does not hold yet; else a new block of `size` numbers.

    `held` shows the server the blocks the terminal holds (recorded again if a restore lost
    them). A terminal whose answer was lost asks again and gets the same block, not another
    one. No new block with `size` 0 (only showing), nor while the server waits for other
    terminals' blocks after a new epoch.
    """
    _lock(connection)
    _relearn(connection, terminal_id, held, now)
    _show(connection, terminal_id, held)
    newest = max((b.first_seq for b in held), default=0)
    unseen = [b for b in blocks_of(connection, terminal_id) if b.first_seq > newest]
    if unseen or size == 0 or awaited(connection, now):
        return unseen
    return [grant(connection, terminal_id, now, size)]


def origin_of(connection: Connection, number: str) -> str | None:
    """The terminal that first sent this card, if the server knows."""
    query = select(card_origins.c.terminal_id).where(card_origins.c.number == number)
    found = connection.execute(query).scalar()
    return None if found is None else str(found)


def record_origin(connection: Connection, number: str, terminal_id: str, now: datetime) -> None:
    """Remember that this terminal sent the card first."""
    connection.execute(insert(card_origins).values(number=number, terminal_id=terminal_id, at=now))
