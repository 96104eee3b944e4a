"""Card numbers from the server: keep a block in hand so new cards never share a number.

The server gives each terminal blocks of the card sequence (the first at enrolment). A terminal
that holds blocks numbers new cards only from them (`db.repositories.cards`). Each sync round
asks for the next block when fewer than `LOW` numbers are left, so a terminal that goes
offline still has a stock to issue from.

Every request shows the server the blocks the terminal holds. After a restore (a new epoch),
and right after enrolling, the terminal shows them without asking for a new one (`reclaim`):
the restored server may have lost them, and gives no new block until every terminal has shown
its own (docs/sync.md, "Card numbers").
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from db import Database
from db.repositories.sync_state import SqlAlchemySyncState
from sync import link as links
from sync.client import SyncClient
from sync.errors import ProtocolError, RequestRefused, UnknownToServer

LOW = 250
"""Ask for a new block when fewer numbers than this are left."""
BLOCK = 1000
MAX_BLOCK = 100_000
"""The largest block the server gives at once."""
NONE_GIVEN = "the server gives no new card numbers yet"


def blocks_in(answer: dict[str, Any], key: str = "card_blocks") -> list[tuple[int, int]]:
    """The (first, last) blocks in a server answer."""
    try:
        return [(int(b["first_seq"]), int(b["last_seq"])) for b in answer.get(key, [])]
    except (KeyError, TypeError, ValueError) as exc:
        raise ProtocolError(
            f"the server sent card number blocks that cannot be read: {exc}"
        ) from None


def top_up(db: Database, client: SyncClient, at_least: int = LOW) -> int:
    """Fetch blocks until at least `at_least` numbers are left; return the numbers left.

    The sync calls this every round; `pos-loyalty sync card-numbers --at-least N` before
    printing a large batch of cards.
    """
    left = 0
    for _ in range(3):
        left, held = links.read(db, lambda s: (s.card_numbers_left(), s.card_blocks()))
        if left >= at_least:
            return left
        size = min(MAX_BLOCK, max(BLOCK, at_least - left))
        blocks = blocks_in(client.card_blocks(held, size), "blocks")
        if not blocks:
            break  # none for now: after a restore the server waits for every terminal's blocks
        _store(db, blocks)
    return _left(db)


def reclaim(db: Database, client: SyncClient) -> int:
    """Show the server the blocks held, asking for none (after a restore, after enrolling).

    A restored server may have lost them: it records them again and gives no new block at or
    below them. A block it gave whose answer was lost comes back and is kept.
    """
    held = links.read(db, lambda s: s.card_blocks())
    try:
        answer = client.card_blocks(held, 0)
    except RequestRefused:  # a server older than showing alone: ask for a block as before
        answer = client.card_blocks(held, BLOCK)
    _store(db, blocks_in(answer, "blocks"))
    return _left(db)


def top_up_quietly(db: Database, client: SyncClient, now: datetime) -> int:
    """`top_up` for the sync round: a server too old to give blocks, or one that gives none
    yet, is logged (once), not fatal."""
    try:
        left = top_up(db, client)
    except UnknownToServer as exc:
        message = f"the server gives no card numbers ({exc}): update it; new cards wait"
        links.log(db, "warning", message, now)
        return _left(db)
    last = links.recent(db, 1)
    if left < LOW and not (last and last[0].message.startswith(NONE_GIVEN)):
        message = (
            f"{NONE_GIVEN} ({left} left): after a restore it first waits until every terminal "
            "has shown the blocks it holds; the sync asks again"
        )
        links.log(db, "warning", message, now)
    return left


def _store(db: Database, blocks: list[tuple[int, int]]) -> None:
    def store(state: SqlAlchemySyncState) -> None:
        state.add_card_blocks(blocks)

    links.write(db, store)


def _left(db: Database) -> int:
    return int(links.read(db, lambda s: s.card_numbers_left()))
