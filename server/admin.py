"""What the operator's commands do, on an open transaction (the CLI owns printing)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select

from pos_loyalty.domain.approvals import Action, authorise
from pos_loyalty.domain.cards import CARD_LENGTH
from pos_loyalty.domain.errors import LoyaltyError, NotAllowed
from pos_loyalty.domain.staff import Role, Staff, validate_pin
from pos_loyalty.pins import Argon2PinHasher
from pos_loyalty.services.posting import new_id
from server import migrate
from server.epoch import renew_epoch
from server.models import cards, rejections, staff, staff_stores, stores
from server.models import terminals as terminal_table
from server.store import changes, evidence
from server.store import terminals as terminal_store
from server.store.card_blocks import blocks_of
from server.store.gaps import gaps_of
from server.store.wallets import Negative, negative_balances, resolve_flag


class AdminError(Exception):
    """An operator's command cannot be done; the message says what to do."""


def revision(connection: Connection) -> str | None:
    """The server schema revision."""
    from alembic.runtime.migration import MigrationContext

    context = MigrationContext.configure(connection, opts={"version_table": migrate.VERSION_TABLE})
    return context.get_current_revision()


def add_terminal(
    connection: Connection, store: str, now: datetime, lifetime: timedelta
) -> tuple[str, datetime, bool]:
    """Make a one-time enrolment code for a terminal of `store`."""
    if not store.strip():
        raise AdminError("--store needs a name")
    if len(store) > 128:
        raise AdminError("a store name has at most 128 characters")
    return terminal_store.add_enrolment(connection, store, now, lifetime)


def terminals(connection: Connection) -> list[dict[str, Any]]:
    """Every terminal with its store, state, sequence, gaps, card-number blocks and the
    number of its messages the server refused or found in conflict."""
    table = terminal_table
    refused = rejection_counts(connection)
    rows = connection.execute(
        select(table, stores.c.name.label("store"))
        .join(stores, stores.c.id == table.c.store_id)
        .order_by(stores.c.name, table.c.id)
    )
    return [
        {
            "id": r.id,
            "store": r.store,
            "enrolled_at": r.enrolled_at,
            "revoked_at": r.revoked_at,
            "last_seen_at": r.last_seen_at,
            "last_seq": r.last_seq,
            "missing": r.missing,
            "gaps": gaps_of(connection, r.id),
            "card_blocks": [[b.first_seq, b.last_seq] for b in blocks_of(connection, r.id)],
            "rejections": refused.get(r.id, 0),
        }
        for r in rows
    ]


def rejection_counts(connection: Connection) -> dict[str, int]:
    """How many messages of each terminal were refused or in conflict."""
    query = select(rejections.c.terminal_id, func.count()).group_by(rejections.c.terminal_id)
    return {str(t): int(n) for t, n in connection.execute(query)}


def rejections_report(
    connection: Connection, terminal_id: str | None = None, limit: int = 1000
) -> list[dict[str, Any]]:
    """The refused and conflicting messages, newest first, with the reason and what was sent."""
    query = select(rejections).order_by(rejections.c.id.desc()).limit(limit)
    if terminal_id is not None:
        query = query.where(rejections.c.terminal_id == terminal_id)
    return [
        {
            "at": r.at.isoformat(),
            "terminal": r.terminal_id,
            "kind": r.kind,
            "key": r.key,
            "status": r.status,
            "reason": r.reason,
            "payload": r.payload,
        }
        for r in connection.execute(query)
    ]


def revoke(connection: Connection, terminal_id: str, now: datetime) -> bool:
    """Revoke a terminal's token."""
    return terminal_store.revoke(connection, terminal_id, now)


def add_staff(
    connection: Connection, name: str, role: str, pin: str, store_names: list[str]
) -> Staff:
    """Add a staff account with an argon2 PIN hash, sent to the terminals of its stores only."""
    store_ids = _store_ids(connection, store_names)
    name = " ".join(name.split())
    if not name or len(name) > 128:
        raise AdminError("a staff name has 1 to 128 characters")
    try:
        person = Staff(new_id(), name, Role(role), Argon2PinHasher().hash(validate_pin(pin)))
    except LoyaltyError as exc:
        raise AdminError(str(exc)) from None
    if connection.execute(select(staff.c.id).where(staff.c.name == name)).first():
        raise AdminError(f"there is already a staff member called {name}")
    connection.execute(
        insert(staff).values(
            id=person.id,
            name=person.name,
            role=person.role.value,
            pin_hash=person.pin_hash,
            failed_attempts=0,
            locked_until=None,
            active=True,
        )
    )
    connection.execute(
        insert(staff_stores), [{"staff_id": person.id, "store_id": i} for i in store_ids]
    )
    changes.record(connection, changes.STAFF, [person.id])
    return person


def set_staff_stores(connection: Connection, name: str, store_names: list[str]) -> list[str]:
    """Give a staff account exactly these stores; the terminals of new ones get it next pull.

    A store taken away stops receiving changes of the account; its terminals keep the copy
    they have until it is deactivated there (docs/security.md).
    """
    store_ids = _store_ids(connection, store_names)
    found = connection.execute(select(staff.c.id).where(staff.c.name == " ".join(name.split())))
    person = found.scalar()
    if person is None:
        raise AdminError(f"there is no staff member called {name}")
    connection.execute(delete(staff_stores).where(staff_stores.c.staff_id == person))
    connection.execute(
        insert(staff_stores), [{"staff_id": person, "store_id": i} for i in store_ids]
    )
    changes.record(connection, changes.STAFF, [person])
    given: list[str] = staff_list(connection, person)[0]["stores"]
    return given


def staff_list(connection: Connection, only: str | None = None) -> list[dict[str, Any]]:
    """Staff accounts with their role and stores (never the PIN hash)."""
    query = select(staff.c.id, staff.c.name, staff.c.role, staff.c.active).order_by(staff.c.name)
    if only is not None:
        query = query.where(staff.c.id == only)
    given = connection.execute(
        select(staff_stores.c.staff_id, stores.c.name)
        .join(stores, stores.c.id == staff_stores.c.store_id)
        .order_by(stores.c.name)
    )
    by_person: dict[str, list[str]] = {}
    for row in given:
        by_person.setdefault(row.staff_id, []).append(row.name)
    return [
        {"id": r.id, "name": r.name, "role": r.role, "active": r.active}
        | {"stores": by_person.get(r.id, [])}
        for r in connection.execute(query)
    ]


def _store_ids(connection: Connection, names: list[str]) -> list[int]:
    """The ids of the stores named (each must exist); refuse an empty list."""
    if not names:
        raise AdminError(
            "name the stores this person works in: --store NAME (repeat it for several stores)"
        )
    known = {r.name: int(r.id) for r in connection.execute(select(stores.c.id, stores.c.name))}
    wanted = list(dict.fromkeys(" ".join(n.split()) for n in names))
    unknown = [n for n in wanted if n not in known]
    if unknown:
        raise AdminError(
            f"no store called {', '.join(unknown)}; the stores are: "
            f"{', '.join(sorted(known)) or 'none yet'} (a store is made by 'terminal add --store')"
        )
    return [known[n] for n in wanted]


def evidence_report(connection: Connection) -> list[dict[str, Any]]:
    """Per terminal: audit records held, heads received, whether the newest ledger head matches
    the entries held here, and the conflicts (a record sent again with another hash)."""
    conflicts = connection.execute(
        select(rejections.c.terminal_id, rejections.c.reason)
        .where(rejections.c.kind == "audit_record")
        .order_by(rejections.c.id)
    )
    by_terminal: dict[str, list[str]] = {}
    for row in conflicts:
        by_terminal.setdefault(row.terminal_id, []).append(row.reason)
    found = []
    for r in connection.execute(select(terminal_table.c.id).order_by(terminal_table.c.id)):
        seq, _ = evidence.last_copied(connection, r.id)
        found.append(
            {
                "terminal": r.id,
                "audit_records": seq,
                "heads": evidence.heads_count(connection, r.id),
                "ledger_head_matches": evidence.head_matches(connection, r.id),
                "conflicts": by_terminal.get(r.id, []),
            }
        )
    return found


def negative(connection: Connection, resolved: bool = True) -> list[dict[str, Any]]:
    """Flags of members who went below zero, as plain data: open ones, then resolved ones."""
    return [_flag_row(n) for n in negative_balances(connection, resolved=resolved)]


def _flag_row(n: Negative) -> dict[str, Any]:
    done = n.resolution
    return {
        "member_id": n.member_id,
        "balance": n.balance,
        "lowest": n.lowest,
        "lowest_at": n.lowest_at.isoformat() if n.lowest_at else None,
        "flagged_at": n.flagged_at.isoformat(),
        "cards": list(n.cards),
        "resolved_at": done.at.isoformat() if done else None,
        "resolved_by": done.by if done else None,
        "resolution": done.reason if done else None,
    }


MAX_RESOLUTION = 500


def resolve(
    connection: Connection, member: str, by: str, reason: str, now: datetime
) -> dict[str, Any]:
    """Close a member's open flag: a manager account names who, `reason` says why."""
    why = " ".join(reason.split())
    if not why or len(why) > MAX_RESOLUTION:
        raise AdminError(
            f"say in 1 to {MAX_RESOLUTION} characters why the flag is resolved: --reason TEXT "
            "(e.g. 'points taken back by adjustment at store 2')"
        )
    person = _manager(connection, by)
    member_id = _member_of(connection, member)
    flag = resolve_flag(connection, member_id, person.name, why, now)
    if flag is None:
        raise AdminError(
            f"member {member} has no open flag: 'pos-loyalty-server report negative' lists them"
        )
    return _flag_row(flag)


def _manager(connection: Connection, name: str) -> Staff:
    """The staff account named, allowed by the approval policy to resolve a flag."""
    row = connection.execute(select(staff).where(staff.c.name == " ".join(name.split()))).first()
    if row is None:
        raise AdminError(
            f"there is no staff member called {name}: name a manager from "
            "'pos-loyalty-server staff list' (or add one with 'staff add --role manager')"
        )
    person = Staff(row.id, row.name, Role(row.role), row.pin_hash, active=row.active)
    try:
        authorise(Action.RESOLVE_FLAG, person, None)
    except NotAllowed as exc:
        raise AdminError(f"{person.name} cannot resolve a flag: {exc}") from None
    return person


def _member_of(connection: Connection, member: str) -> str:
    """A member id as given, or the holder of the card number given."""
    key = member.strip()
    if key.isdigit() and len(key) == CARD_LENGTH:
        holder = connection.execute(select(cards.c.member_id).where(cards.c.number == key)).scalar()
        if holder is None:
            raise AdminError(f"card {key} is not on the server or has no member: check the number")
        return str(holder)
    return key


def renew(connection: Connection) -> str:
    """Give the server a new epoch."""
    return renew_epoch(connection)
