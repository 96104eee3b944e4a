"""Card numbers from the server: keep a block in hand so new cards never share a number.

The server gives each terminal blocks of the card sequence (the first at enrolment). A terminal
that holds blocks numbers new cards only from them (`db.repositories.cards`). Each sync round
asks for the next block when fewer than `LOW` numbers are left, so a terminal that goes
offline still has a stock to issue from.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from db import Database
from db.repositories.sync_state import SqlAlchemySyncState
from sync import link as links
from sync.client import SyncClient
from sync.errors import ProtocolError, UnknownToServer

LOW = 250
"""Ask for a new block when fewer numbers than this are left."""
BLOCK = 1000
MAX_BLOCK = 100_000
"""The largest block the server gives at once."""


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

        def store(state: SqlAlchemySyncState, blocks: list[tuple[int, int]] = blocks) -> None:
            state.add_card_blocks(blocks)

        links.write(db, store)
    return int(links.read(db, lambda s: s.card_numbers_left()))


def reclaim(db: Database, client: SyncClient) -> int:
    """After a server restore: show the server the blocks held (it may have lost them)."""
    left = int(links.read(db, lambda s: s.card_numbers_left()))
    return top_up(db, client, at_least=left + 1)


def top_up_quietly(db: Database, client: SyncClient, now: datetime) -> int:
    """`top_up` for the sync round: a server too old to give blocks is logged, not fatal."""
    try:
        return top_up(db, client)
    except UnknownToServer as exc:
        message = f"the server gives no card numbers ({exc}): update it; new cards wait"
        links.log(db, "warning", message, now)
        return int(links.read(db, lambda s: s.card_numbers_left()))
