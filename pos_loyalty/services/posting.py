"""Posting points: ledger entries, the wallet projection and the outbox, kept in step.

A `Book` is opened for one member inside a unit of work. Every entry it posts gets a fresh
UUID and the terminal's next sequence number, updates the member's wallet by the same rule
`replay` uses, and is queued in the outbox for the central server, all in the caller's
transaction. `close()` writes the projection.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from pos_loyalty.domain import ledger
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry, Wallet, apply_entry
from pos_loyalty.domain.programme import Programme
from pos_loyalty.services.payloads import entry_to_dict
from pos_loyalty.services.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class Actor:
    """Who does it and where: the terminal and the staff member signed in."""

    terminal_id: str
    staff_id: str = ""


def new_id() -> str:
    """A new UUID as text, made where the change happens."""
    return str(uuid.uuid4())


def expiry_date(programme: Programme, day: date) -> date | None:
    """The day points credited on `day` under `programme` are gone (`ledger.expiry_date`)."""
    return ledger.expiry_date(day, programme.expire_after_days)


def activation_date(programme: Programme, day: date) -> date:
    """The first day points earned on `day` under `programme` count (`ledger.activation_date`)."""
    return ledger.activation_date(day, programme.activation_days)


class Book:
    """Posts one member's entries and keeps their wallet projection in step."""

    def __init__(
        self,
        uow: UnitOfWork,
        actor: Actor,
        member_id: str,
        now: datetime,
        programme_version: int,
        card_number: str | None = None,
    ) -> None:
        self._uow = uow
        self._actor = actor
        self._now = now
        self._version = programme_version
        self.member_id = member_id
        self.card_number = card_number
        self.today = now.date()
        self.before: Wallet = uow.wallets.get(member_id)
        self.wallet: Wallet = self.before
        self.entries: list[LedgerEntry] = []

    def post(
        self,
        kind: EntryKind,
        points: int,
        *,
        sale_id: str | None = None,
        refers_to: str | None = None,
        active_from: date | None = None,
        expires_on: date | None = None,
        reason: str = "",
    ) -> LedgerEntry:
        """Write one entry and apply it to the wallet."""
        entry = LedgerEntry(
            id=new_id(),
            terminal_id=self._actor.terminal_id,
            seq=self._uow.ledger.next_seq(self._actor.terminal_id),
            member_id=self.member_id,
            kind=kind,
            points=points,
            business_date=self.today,
            created_at=self._now,
            staff_id=self._actor.staff_id,
            programme_version=self._version,
            card_number=self.card_number,
            sale_id=sale_id,
            refers_to=refers_to,
            active_from=active_from if points > 0 else None,
            expires_on=expires_on if points > 0 else None,
            reason=reason,
        )
        self.wallet = apply_entry(self.wallet, entry)
        self._uow.ledger.add(entry)
        self._uow.outbox.add("ledger_entry", entry_to_dict(entry))
        self.entries.append(entry)
        return entry

    def expire_due(self) -> int:
        """Post an expire entry for every lot gone by today; return the points expired."""
        expired = 0
        for lot in self.wallet.expired(self.today):
            self.post(EntryKind.EXPIRE, -lot.remaining, refers_to=lot.id, reason="expired")
            expired += lot.remaining
        return expired

    def close(self) -> Wallet:
        """Write the wallet projection; return it."""
        if self.entries:
            self._uow.wallets.put(self.member_id, self.wallet)
        return self.wallet
