"""Cards by number, a member's cards, and the sequence that numbers new cards.

A terminal working alone numbers new cards from its own counter. Once the central server has
given it a block of card numbers (`card_blocks`, at enrolment and with the sync), it numbers
new cards only from its blocks, so two stores never make the same number; an enrolled terminal
without a block left says so instead of guessing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, text, update

from db.models import card_blocks, cards, sync_state
from pos_loyalty.domain.cards import CARD_PREFIX, Card, CardState, CardType
from pos_loyalty.domain.errors import NotAllowed, NotFound

FIELDS = tuple(f.name for f in fields(Card))
COLUMNS = tuple(cards.c[name] for name in FIELDS)
CARD_SEQUENCE = "cards"

_INSERT = insert(cards)
_GET = select(*COLUMNS).where(cards.c.number == bindparam("number"))
_OF_MEMBER = (
    select(*COLUMNS)
    .where(cards.c.member_id == bindparam("member_id"))
    .order_by(cards.c.issued_at, cards.c.number)
)
_UPDATE = (
    update(cards)
    .where(cards.c.number == bindparam("card_number"))
    .values({name: bindparam(name) for name in FIELDS if name != "number"})
)
# Never hands out a sequence below a card already on file (cards can arrive by import or sync).
_ALLOCATE = text(
    "INSERT INTO card_sequence (name, last_value) VALUES (:name, "
    " (SELECT COALESCE(CAST(substr(MAX(number), 4, 9) AS INTEGER), 0) FROM cards"
    "  WHERE number >= :low AND number < :high) + :count)"
    " ON CONFLICT (name) DO UPDATE"
    " SET last_value = max(card_sequence.last_value + :count, excluded.last_value)"
    " RETURNING last_value"
)
_PREFIX_RANGE = {"low": CARD_PREFIX, "high": str(int(CARD_PREFIX) + 1).zfill(len(CARD_PREFIX))}


def card_params(card: Card) -> dict[str, Any]:
    """Return the column values of a card (without issued_at)."""
    return {
        "number": card.number,
        "card_type": card.card_type.value,
        "state": card.state.value,
        "member_id": card.member_id,
        "replaced_by": card.replaced_by,
        "block_reason": card.block_reason,
    }


def card_from_row(row: Sequence[Any]) -> Card:
    """Build a card from a row of COLUMNS."""
    number, card_type, state, member_id, replaced_by, block_reason = row
    return Card(number, CardType(card_type), CardState(state), member_id, replaced_by, block_reason)


class SqlAlchemyCardRepository:
    """Cards in the `cards` table; `issued_at` is the time a card was first stored."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, card: Card) -> None:
        """Insert a new card."""
        params = card_params(card)
        params["issued_at"] = datetime.now(UTC)
        self._connection.execute(_INSERT, params)

    def get(self, number: str) -> Card | None:
        """Return the card with this number, or None."""
        row = self._connection.execute(_GET, {"number": number}).first()
        return None if row is None else card_from_row(row)

    def update(self, card: Card) -> None:
        """Store the type, state, holder and replacement of an existing card."""
        params = card_params(card)
        params["card_number"] = params.pop("number")
        if self._connection.execute(_UPDATE, params).rowcount != 1:
            raise NotFound(f"card {card.number} is not in this database")

    def of_member(self, member_id: str) -> list[Card]:
        """Return a member's cards, oldest first."""
        rows = self._connection.execute(_OF_MEMBER, {"member_id": member_id})
        return [card_from_row(row) for row in rows]

    def of_members(self, member_ids: list[str]) -> dict[str, list[Card]]:
        """Return the cards of several members at once, oldest first for each."""
        if not member_ids:
            return {}
        statement = (
            select(*COLUMNS)
            .where(cards.c.member_id.in_(bindparam("ids", expanding=True)))
            .order_by(cards.c.issued_at, cards.c.number)
        )
        found: dict[str, list[Card]] = {member_id: [] for member_id in member_ids}
        for row in self._connection.execute(statement, {"ids": member_ids}):
            card = card_from_row(row)
            if card.member_id is not None:
                found[card.member_id].append(card)
        return found

    def allocate_sequences(self, count: int) -> Sequence[int]:
        """Reserve `count` new card sequences inside this transaction."""
        if count < 1:
            raise ValueError(f"cannot allocate {count} card sequences: ask for at least 1")
        if self._blocks_in_force():
            return self._from_blocks(count)
        params = {"name": CARD_SEQUENCE, "count": count, **_PREFIX_RANGE}
        last = self._connection.execute(_ALLOCATE, params).scalar_one()
        return range(last - count + 1, last + 1)

    def _blocks_in_force(self) -> bool:
        """True once the server gave a block, or the terminal is enrolled with a server."""
        has_block = select(func.count()).select_from(card_blocks)
        enrolled = select(func.count()).select_from(sync_state)
        return bool(self._connection.execute(has_block).scalar_one()) or bool(
            self._connection.execute(enrolled).scalar_one()
        )

    def _from_blocks(self, count: int) -> list[int]:
        """Take `count` sequences from the blocks, oldest block first."""
        rows = self._connection.execute(
            select(card_blocks.c.first_seq, card_blocks.c.next_seq, card_blocks.c.last_seq)
            .where(card_blocks.c.next_seq <= card_blocks.c.last_seq)
            .order_by(card_blocks.c.first_seq)
        ).all()
        left = sum(last - start + 1 for _, start, last in rows)
        if left < count:
            raise NotAllowed(no_numbers_left(left, count))
        taken: list[int] = []
        for first, start, last in rows:
            share = min(count - len(taken), last - start + 1)
            if share <= 0:
                break
            taken.extend(range(start, start + share))
            self._connection.execute(
                update(card_blocks)
                .where(card_blocks.c.first_seq == first)
                .values(next_seq=start + share)
            )
        return taken


def no_numbers_left(left: int, count: int) -> str:
    """Why a terminal cannot number new cards now, and what to do."""
    if left == 0:
        what = "this terminal has no card numbers left from the server"
    else:
        what = f"this terminal has {left} card numbers left from the server, {count} are needed"
    return (
        f"{what}: sync with the server (pos-loyalty sync --once) to get a new block, "
        "or register the customer with a pre-printed card"
    )
