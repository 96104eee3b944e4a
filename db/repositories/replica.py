"""The terminal's copy of what the server sends: members, cards, programmes, staff, entries,
and what members spent at other terminals.

A pull page is applied in one transaction. The server is the authority for shared data (a
member's club membership end date too: the server moves it by the membership sales and refunds
of every terminal, so a refund back to no membership reaches every copy), with two
exceptions that protect what only this terminal knows yet: a member or card with changes
still waiting in the outbox is left alone (the next pull brings the server's verdict on them),
and an erased member never gets personal data back. A pulled erasure of a member stored here
also wipes the other copies of their data (`db.repositories.erasure`: outbox payloads, the
name index, the files). Entries of other terminals are inserted once (by id) and every
member they touch gets the wallet rebuilt in canonical order (`db.convergence` with the core's
rule), so the local balance is the server's plus this terminal's unacknowledged entries.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from db import convergence, jsontext
from db.column_types import date_text, instant_text
from db.models import cards, ledger_entries, outbox, programmes, staff
from db.repositories.cards import card_params
from db.repositories.daily_figures import record_entries
from db.repositories.erasure import forget_members
from db.repositories.ledger import entry_params
from pos_loyalty.domain.cards import Card
from pos_loyalty.domain.ledger import LedgerEntry
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.staff import Staff

CHUNK = 500
BULK_MEMBERS = 1000
"""From this many members in one page on, the name index is filled in bulk."""
_FTS_TRIGGER = (
    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'members_fts_insert'"
)
_FTS_NEW_ROWS = (
    "INSERT INTO members_fts (rowid, search_name) SELECT pos, search_name FROM members"
    " WHERE pos > ?"
)
SHARED_MEMBER_FIELDS = (
    "name",
    "phone",
    "email",
    "birthday",
    "consent_at",
    "marketing_consent_at",
    "registered_on",
    "referrer_id",
    "erased_at",
    "merged_into",
)
"""Member fields the server is the authority for; the rest are kept or merged locally."""

_MEMBER_KINDS = ("member_registered", "member_updated", "member_erased", "member_merged")
_CARD_KINDS = ("card_bound", "card_issued", "card_blocked", "card_replaced")
_PENDING = select(outbox.c.kind, outbox.c.payload).where(
    outbox.c.sent_at.is_(None), outbox.c.kind.in_(_MEMBER_KINDS + _CARD_KINDS)
)


_MEMBER_COLUMNS = (
    "id",
    *SHARED_MEMBER_FIELDS,
    "membership_until",
    "last_purchase_on",
    "referral_rewarded",
    "last_birthday_bonus_year",
)
_PUT_MEMBER_SQL = (
    f"INSERT INTO members ({', '.join(_MEMBER_COLUMNS)})"
    f" VALUES ({', '.join('?' for _ in _MEMBER_COLUMNS)})"
    " ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in SHARED_MEMBER_FIELDS)
    + ", membership_until = excluded.membership_until"
    ", last_purchase_on = nullif(max(coalesce(excluded.last_purchase_on, ''),"
    " coalesce(members.last_purchase_on, '')), '')"
    " WHERE members.erased_at IS NULL"
)
_INSERT_MEMBER_SQL = _PUT_MEMBER_SQL.split(" ON CONFLICT")[0]
_ERASED_AT = _MEMBER_COLUMNS.index("erased_at")
"""Where a stored-form member row holds `erased_at`."""
_KNOWN_MEMBERS = "SELECT id FROM members WHERE id IN (SELECT value FROM json_each(?))"
_NOT_ERASED = _KNOWN_MEMBERS + " AND erased_at IS NULL"


def _text(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    return instant_text(value) if isinstance(value, datetime) else date_text(value)


def _day(value: str | None) -> str | None:
    """A pulled date as stored: checked, and kept as the ISO text it came as."""
    if value is None:
        return None
    day = date.fromisoformat(value)
    return value if len(value) == 10 else date_text(day)


def _instant(value: str | None) -> str | None:
    """A pulled instant as stored: fixed-width UTC ISO text."""
    return None if value is None else instant_text(datetime.fromisoformat(value))


def pulled_member_row(data: dict[str, Any]) -> tuple[Any, ...]:
    """A member as a pull page sends it (JSON object), in the form `put_member_rows` stores.

    Dates stay the text they came as (after a check) instead of a round trip through `date`.
    """
    return (
        str(data["id"]),
        str(data["name"]),
        str(data["phone"]),
        str(data["email"]),
        _day(data["birthday"]),
        _instant(data["consent_at"]),
        _instant(data.get("marketing_consent_at")),
        _day(data["registered_on"]),
        data["referrer_id"],
        _instant(data["erased_at"]),
        data.get("merged_into"),
        _day(data["membership_until"]),
        _day(data["last_purchase_on"]),
        0,
        None,
    )


def _member_row(m: Member) -> tuple[Any, ...]:
    """A member's values as SQLite stores them (dates and instants as ISO text)."""
    return (
        m.id,
        m.name,
        m.phone,
        m.email,
        _text(m.birthday),
        _text(m.consent_at),
        _text(m.marketing_consent_at),
        _text(m.registered_on),
        m.referrer_id,
        _text(m.erased_at),
        m.merged_into,
        _text(m.membership_until),
        _text(m.last_purchase_on),
        int(m.referral_rewarded),
        m.last_birthday_bonus_year,
    )


_card_stmt = sqlite_insert(cards)
_PUT_CARD = _card_stmt.on_conflict_do_update(
    index_elements=[cards.c.number],
    set_={
        name: _card_stmt.excluded[name]
        for name in ("card_type", "state", "member_id", "replaced_by", "block_reason")
    },
)
_programme_stmt = sqlite_insert(programmes)
_PUT_PROGRAMME = _programme_stmt.on_conflict_do_update(
    index_elements=[programmes.c.version], set_={"data": _programme_stmt.excluded.data}
)
_staff_stmt = sqlite_insert(staff)
_PUT_STAFF = _staff_stmt.on_conflict_do_update(
    index_elements=[staff.c.id],
    set_={name: _staff_stmt.excluded[name] for name in ("name", "role", "pin_hash", "active")},
)
_PUT_SPEND = (
    "INSERT INTO chain_spend (member_id, day, terminal_id, amount) VALUES (?, ?, ?, ?)"
    " ON CONFLICT (member_id, day, terminal_id) DO UPDATE SET amount = excluded.amount"
)
_ADD_ENTRY = sqlite_insert(ledger_entries).on_conflict_do_nothing()
_STORED_ENTRIES = select(ledger_entries.c.id).where(
    ledger_entries.c.id.in_(bindparam("ids", expanding=True))
)
_STAFF_BY_NAME = select(staff.c.name, staff.c.id).where(
    staff.c.name.in_(bindparam("names", expanding=True))
)


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class SqlAlchemyReplica:
    """Applies pulled rows to the terminal's database inside the caller's transaction."""

    __slots__ = ("_connection",)

    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def pending_keys(self) -> tuple[set[str], set[str]]:
        """Return (member ids, card numbers) with changes not yet acknowledged by the server."""
        member_ids: set[str] = set()
        numbers: set[str] = set()
        for kind, payload in self._connection.execute(_PENDING):
            data = jsontext.loads(payload)
            if kind == "member_merged":
                member_ids.update((str(data["kept"]), str(data["other"])))
                numbers.update(str(n) for n in data["cards"])
            elif kind in _MEMBER_KINDS:
                member_ids.add(str(data["id"]))
            elif kind == "card_replaced":
                numbers.update((str(data["old"]), str(data["new"]["number"])))
            else:
                numbers.add(str(data["number"]))
        return member_ids, numbers

    def put_members(self, items: Sequence[Member]) -> None:
        """Insert or update members (erased ones keep their personal data wiped)."""
        self.put_member_rows([_member_row(m) for m in items])

    def put_member_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """Insert or update members given in stored form (`pulled_member_row`).

        Pulls bring members by the hundred thousand, so this goes straight to sqlite3. New
        members get a plain INSERT (an upsert costs more per row); known ones the upsert that
        keeps erased members wiped. For many new rows the name index is filled in one
        statement after them instead of row by row by its trigger (twice as fast); the trigger
        is dropped and re-created inside this transaction, so no one ever sees it gone.
        """
        unique = list({row[0]: row for row in rows}.values())
        raw = self._connection.connection.driver_connection
        assert raw is not None
        known = self._known_members([row[0] for row in unique])
        if known:
            erasing = self._not_erased(
                [row[0] for row in unique if row[0] in known and row[_ERASED_AT]]
            )
            raw.executemany(_PUT_MEMBER_SQL, [row for row in unique if row[0] in known])
            forget_members(self._connection, erasing)
        new = [row for row in unique if row[0] not in known] if known else unique
        trigger = raw.execute(_FTS_TRIGGER).fetchone() if len(new) >= BULK_MEMBERS else None
        if trigger is None:
            raw.executemany(_INSERT_MEMBER_SQL, new)
            return
        before = raw.execute("SELECT coalesce(max(pos), 0) FROM members").fetchone()[0]
        raw.execute("DROP TRIGGER members_fts_insert")
        raw.executemany(_INSERT_MEMBER_SQL, new)
        raw.execute(_FTS_NEW_ROWS, (before,))
        raw.execute(trigger[0])

    def _not_erased(self, ids: list[str]) -> list[str]:
        """Those of `ids` stored with their personal data: a pulled erasure wipes their copies."""
        if not ids:
            return []
        rows = self._connection.exec_driver_sql(_NOT_ERASED, (json.dumps(ids),))
        return sorted(member_id for (member_id,) in rows)

    def _known_members(self, ids: list[str]) -> set[str]:
        """Those of `ids` already stored (one statement: the ids travel as one JSON array)."""
        rows = self._connection.exec_driver_sql(_KNOWN_MEMBERS, (json.dumps(ids),))
        return {member_id for (member_id,) in rows}

    def put_cards(self, items: Sequence[Card]) -> None:
        """Insert or update cards; their members must be stored first."""
        now = datetime.now(UTC)
        rows = [{**card_params(card), "issued_at": now} for card in items]
        for chunk in _chunks(rows):
            self._connection.execute(_PUT_CARD, list(chunk))

    def put_programmes(self, items: Sequence[tuple[int, dict[str, Any]]]) -> None:
        """Store programme versions as the server has them."""
        now = datetime.now(UTC)
        rows = [
            {"version": v, "created_at": now, "data": jsontext.dumps(d, "programme")}
            for v, d in items
        ]
        if rows:
            self._connection.execute(_PUT_PROGRAMME, rows)

    def put_staff(self, people: Sequence[Staff]) -> list[str]:
        """Insert or update staff accounts; return names skipped as clashing with a local one."""
        if not people:
            return []
        names = [p.name for p in people]
        owners = dict(self._connection.execute(_STAFF_BY_NAME, {"names": names}).all())
        clashes = [p.name for p in people if owners.get(p.name, p.id) != p.id]
        rows = [
            {
                "id": p.id,
                "name": p.name,
                "role": p.role.value,
                "pin_hash": p.pin_hash,
                "active": p.active,
                "failed_attempts": 0,
                "locked_until": None,
            }
            for p in people
            if p.name not in clashes
        ]
        if rows:
            self._connection.execute(_PUT_STAFF, rows)
        return clashes

    def put_chain_spend(self, rows: Sequence[tuple[str, date, str, int]]) -> None:
        """Store other terminals' spend (member, day, terminal, amount) as the server has it."""
        if rows:
            values = [(m, date_text(d), t, a) for m, d, t, a in rows]
            self._connection.exec_driver_sql(_PUT_SPEND, values)

    def add_entries(self, entries: Sequence[LedgerEntry]) -> set[str]:
        """Insert entries not stored yet (by id) and add those to the daily figures; return
        the members they belong to."""
        fresh: list[LedgerEntry] = []
        for chunk in _chunks(list({e.id: e for e in entries}.values())):
            known = self._stored([e.id for e in chunk])
            new = [e for e in chunk if e.id not in known]
            if not new:
                continue
            added = self._connection.execute(_ADD_ENTRY, [entry_params(e) for e in new])
            if added.rowcount != len(new):  # another unique key held some back
                stored = self._stored([e.id for e in new])
                new = [e for e in new if e.id in stored]
            fresh.extend(new)
        record_entries(self._connection, fresh)
        return {e.member_id for e in entries}

    def _stored(self, ids: list[str]) -> set[str]:
        return {i for (i,) in self._connection.execute(_STORED_ENTRIES, {"ids": ids})}

    def rebuild_wallets(self, member_ids: Iterable[str]) -> None:
        """Replay the members' entries in canonical order into their stored wallets."""
        convergence.rebuild_wallets(self._connection, member_ids)
