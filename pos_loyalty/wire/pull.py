"""What a terminal pulls (`GET /pull`): one page of changes after a cursor.

Members, cards, programmes and staff as the server holds them now, other terminals' ledger
entries (the same payload a terminal pushes) and what members spent at other terminals per
day. The server writes members as JSON straight from the database (their keys are
`field_names(PulledMember)`); every other list is written with `encode`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, ClassVar

from pos_loyalty.domain.staff import Role, Staff
from pos_loyalty.wire.fields import Email, Id, Int, Name, Phone, TerminalId, Version
from pos_loyalty.wire.payloads import CardPayload, EntryPayload


@dataclass(frozen=True, slots=True, kw_only=True)
class PulledMember:
    """A member as the server holds it (personal fields empty once erased)."""

    EXTRA: ClassVar[str] = "ignore"
    id: Id
    name: Name
    phone: Phone
    email: Email
    birthday: date | None
    consent_at: datetime | None
    marketing_consent_at: datetime | None = None
    registered_on: date | None
    referrer_id: Id | None
    membership_until: date | None
    last_purchase_on: date | None
    erased_at: datetime | None
    merged_into: Id | None


@dataclass(frozen=True, slots=True, kw_only=True)
class PulledProgramme:
    """A programme version and its rules in file form."""

    EXTRA: ClassVar[str] = "ignore"
    version: Version
    data: dict[str, Any]


@dataclass(frozen=True, slots=True, kw_only=True)
class PulledStaff:
    """A staff account, with its argon2 PIN hash so people can sign in at any terminal."""

    EXTRA: ClassVar[str] = "ignore"
    id: str
    name: str
    role: Role
    pin_hash: str
    active: bool

    def staff(self) -> Staff:
        """The core's staff account."""
        return Staff(self.id, self.name, self.role, self.pin_hash, active=self.active)


@dataclass(frozen=True, slots=True, kw_only=True)
class PulledSpend:
    """Qualifying spend of a member on a day at another terminal (its sales less refunds).

    The amount is the row's total now, in minor units: the terminal replaces what it had.
    """

    EXTRA: ClassVar[str] = "ignore"
    member_id: Id
    day: date
    terminal_id: TerminalId
    amount: Int


@dataclass(frozen=True, slots=True, kw_only=True)
class PullPage:
    """One page of changes; pass `cursor` back for the next page while `more` is true."""

    EXTRA: ClassVar[str] = "ignore"
    epoch: str
    cursor: str
    more: bool
    members: tuple[PulledMember, ...]
    cards: tuple[CardPayload, ...]
    programmes: tuple[PulledProgramme, ...]
    staff: tuple[PulledStaff, ...]
    entries: tuple[EntryPayload, ...]
    spend: tuple[PulledSpend, ...] = ()
