"""What the operator's commands do, on an open transaction (the CLI owns printing)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select

from pos_loyalty.domain.errors import LoyaltyError
from pos_loyalty.domain.staff import Role, Staff, validate_pin
from pos_loyalty.pins import Argon2PinHasher
from pos_loyalty.services.posting import new_id
from server import migrate
from server.epoch import renew_epoch
from server.models import staff, stores
from server.models import terminals as terminal_table
from server.store import changes
from server.store import terminals as terminal_store
from server.store.card_blocks import blocks_of
from server.store.gaps import gaps_of
from server.store.wallets import negative_balances


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
    """Every terminal with its store, state, sequence, gaps and card-number blocks."""
    table = terminal_table
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
        }
        for r in rows
    ]


def revoke(connection: Connection, terminal_id: str, now: datetime) -> bool:
    """Revoke a terminal's token."""
    return terminal_store.revoke(connection, terminal_id, now)


def add_staff(connection: Connection, name: str, role: str, pin: str) -> Staff:
    """Add a staff account with an argon2 PIN hash and announce it to the terminals."""
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
    changes.record(connection, changes.STAFF, [person.id])
    return person


def negative(connection: Connection) -> list[dict[str, Any]]:
    """Members below zero, as plain data."""
    return [
        {
            "member_id": n.member_id,
            "balance": n.balance,
            "lowest": n.lowest,
            "flagged_at": n.flagged_at.isoformat(),
            "cards": list(n.cards),
        }
        for n in negative_balances(connection)
    ]


def renew(connection: Connection) -> str:
    """Give the server a new epoch."""
    return renew_epoch(connection)
