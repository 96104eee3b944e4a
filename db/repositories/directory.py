"""The back office's member list: keyset pages over `members.pos`, and members by card prefix.

A page is `pos > :after ORDER BY pos LIMIT :n`, a range of the integer primary key, so page
10,000 costs what page 1 does (OFFSET would walk every row before it). Each row's main card,
balance and qualifying spend come from their own primary keys and indexes (`ix_cards_member_id`,
`balances.member_id`, `member_spend (member_id, day)`), as the member export reads them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, func, select
from sqlalchemy.sql import Select

from db.models import balances, cards, members
from db.repositories.cards import COLUMNS as CARD_COLUMNS
from db.repositories.cards import card_from_row
from db.repositories.member_columns import MAIN_CARD, WINDOW_SPEND
from db.repositories.members import COLUMNS as MEMBER_COLUMNS
from db.repositories.members import member_from_row
from pos_loyalty.domain.cards import CARD_LENGTH
from pos_loyalty.services.ports import ListedMember, MemberSummary

_LISTED: Select[Any] = (
    select(members.c.pos, *MEMBER_COLUMNS, *CARD_COLUMNS, func.coalesce(balances.c.balance, 0))
    .add_columns(WINDOW_SPEND)
    .select_from(
        members.outerjoin(cards, cards.c.number == MAIN_CARD).outerjoin(
            balances, balances.c.member_id == members.c.id
        )
    )
    .where(members.c.merged_into.is_(None))
)
_PAGE = (
    _LISTED.where(members.c.pos > bindparam("after"))
    .order_by(members.c.pos)
    .limit(bindparam("limit"))
)
_OF_IDS = _LISTED.where(members.c.id.in_(bindparam("ids", expanding=True)))
_BY_CARD_PREFIX = (
    select(cards.c.member_id)
    .where(
        cards.c.number >= bindparam("low"),
        cards.c.number < bindparam("high"),
        cards.c.member_id.is_not(None),
    )
    .order_by(cards.c.number)
    .limit(bindparam("limit"))
)
_COUNT = select(func.count()).select_from(members).where(members.c.merged_into.is_(None))
_M, _C = len(MEMBER_COLUMNS), len(CARD_COLUMNS)


def _listed(row: Any) -> ListedMember:
    member = member_from_row(row[1 : 1 + _M])
    card_row = row[1 + _M : 1 + _M + _C]
    card = None if card_row[0] is None else card_from_row(card_row)
    balance, spend = row[1 + _M + _C], row[2 + _M + _C]
    return ListedMember(int(row[0]), MemberSummary(member, card, int(balance), int(spend)))


def prefix_range(prefix: str) -> tuple[str, str]:
    """The [low, high) range of card numbers starting with the digits of `prefix`."""
    digits = prefix[:CARD_LENGTH]
    return digits, digits[:-1] + chr(ord(digits[-1]) + 1)


class SqlAlchemyMemberDirectory:
    """The MemberDirectory port over the open (read) transaction."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def page(self, after: int, limit: int, spend_since: date) -> list[ListedMember]:
        """Members after position `after`, in registration order, at most `limit`."""
        params = {"after": after, "limit": limit, "since": spend_since}
        return [_listed(row) for row in self._connection.execute(_PAGE, params)]

    def of_ids(self, member_ids: list[str], spend_since: date) -> list[ListedMember]:
        """These members (merged ones left out), in the order of `member_ids`."""
        if not member_ids:
            return []
        rows = self._connection.execute(_OF_IDS, {"ids": member_ids, "since": spend_since})
        found = {item.summary.member.id: item for item in map(_listed, rows)}
        return [found[member_id] for member_id in dict.fromkeys(member_ids) if member_id in found]

    def ids_by_card_prefix(self, prefix: str, limit: int) -> list[str]:
        """Holders of the cards whose number starts with `prefix`, by card number."""
        if not prefix.isdigit():
            return []
        low, high = prefix_range(prefix)
        rows = self._connection.execute(_BY_CARD_PREFIX, {"low": low, "high": high, "limit": limit})
        return list(dict.fromkeys(member_id for (member_id,) in rows))

    def count(self) -> int:
        """How many members are listed (merged ones left out)."""
        return int(self._connection.execute(_COUNT).scalar_one())
