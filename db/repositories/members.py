"""Members: by id, by phone prefix (an index range scan) and by name (the FTS5 index)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, text, update

from db.models import members
from db.repositories.erasure import forget_members
from pos_loyalty.domain.errors import NotFound
from pos_loyalty.domain.members import Member

FIELDS = tuple(f.name for f in fields(Member))
COLUMNS = tuple(members.c[name] for name in FIELDS)
MAX_SEARCH_WORDS = 8
SEARCH_CANDIDATES = 100
"""At most this many name matches (the earliest registered) are sorted for one search."""
_WORD = re.compile(r"[^\W_]+")

_INSERT = insert(members)
_GET = select(*COLUMNS).where(members.c.id == bindparam("id"))
_UPDATE = (
    update(members)
    .where(members.c.id == bindparam("member_id"))
    .values({name: bindparam(name) for name in FIELDS if name != "id"})
)
_BY_PHONE = (
    select(*COLUMNS)
    .where(members.c.phone >= bindparam("low"), members.c.phone < bindparam("high"))
    .where(members.c.erased_at.is_(None))
    .order_by(members.c.phone)
    .limit(bindparam("limit"))
)
# The inner LIMIT keeps a one-letter search fast on a million members: FTS yields matches in
# rowid order and stops early; only those candidates are sorted by name.
_BY_NAME = text(
    "SELECT " + ", ".join(f"m.{name}" for name in FIELDS) + " FROM"
    " (SELECT rowid FROM members_fts WHERE members_fts MATCH :query LIMIT :candidates) AS f"
    " JOIN members AS m ON m.pos = f.rowid"
    " WHERE m.erased_at IS NULL"
    " ORDER BY m.name, m.pos LIMIT :limit"
).columns(*COLUMNS)


_MERGED_FROM = (
    select(members.c.id)
    .where(members.c.merged_into == bindparam("member_id"))
    .order_by(members.c.pos)
)


def member_params(member: Member) -> dict[str, Any]:
    """Return the column values of a member."""
    return {name: getattr(member, name) for name in FIELDS}


def member_from_row(row: Sequence[Any]) -> Member:
    """Build a member from a row of COLUMNS."""
    return Member(*row)


def name_query(user_text: str) -> str:
    """Turn typed text into an FTS5 query: every word as a quoted prefix, all required.

    Only letters and digits survive, so FTS syntax typed by a user can never break the query;
    'ё' is folded to 'е' as in the index.
    """
    folded = unicodedata.normalize("NFC", user_text).replace("ё", "е").replace("Ё", "Е")
    words = _WORD.findall(folded)[:MAX_SEARCH_WORDS]
    return " ".join(f'"{word}"*' for word in words)


def phone_range(prefix: str) -> tuple[str, str] | None:
    """Return the [low, high) text range of phones starting with the digits of `prefix`.

    Nothing typed means every phone; text without a digit means none (None).
    """
    if not prefix.strip():
        return "0", ":"
    digits = "".join(ch for ch in prefix if ch.isascii() and ch.isdigit())
    if not digits:
        return None
    return digits, digits[:-1] + chr(ord(digits[-1]) + 1)


class SqlAlchemyMemberRepository:
    """Members in the `members` table, searched through indexes only."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def add(self, member: Member) -> None:
        """Insert a new member."""
        self._connection.execute(_INSERT, member_params(member))

    def get(self, member_id: str) -> Member | None:
        """Return the member with this id, or None."""
        row = self._connection.execute(_GET, {"id": member_id}).first()
        return None if row is None else member_from_row(row)

    def update(self, member: Member) -> None:
        """Store every field of an existing member."""
        params = member_params(member)
        params["member_id"] = params.pop("id")
        if self._connection.execute(_UPDATE, params).rowcount != 1:
            raise NotFound(f"member {member.id} is not in this database")

    def find_by_phone(self, prefix: str, limit: int = 20) -> list[Member]:
        """Return members whose phone starts with the digits typed, by phone."""
        bounds = phone_range(prefix)
        if bounds is None:
            return []
        params = {"low": bounds[0], "high": bounds[1], "limit": limit}
        return [member_from_row(row) for row in self._connection.execute(_BY_PHONE, params)]

    def find_by_name(self, text: str, limit: int = 20) -> list[Member]:
        """Return members whose name has words starting with each word typed, by name.

        When more than SEARCH_CANDIDATES members match, the first of them by registration are
        sorted: typing more of the name narrows the list.
        """
        query = name_query(text)
        if not query:
            return []
        params = {"query": query, "limit": limit, "candidates": max(limit, SEARCH_CANDIDATES)}
        return [member_from_row(row) for row in self._connection.execute(_BY_NAME, params)]

    def forget(self, member_id: str) -> None:
        """Remove an erased member's personal data from every other copy (see `erasure`)."""
        forget_members(self._connection, [member_id])

    def merged_from(self, member_id: str) -> list[str]:
        """Return the ids of the members merged into this one, in registration order."""
        rows = self._connection.execute(_MERGED_FROM, {"member_id": member_id})
        return [merged_id for (merged_id,) in rows]
