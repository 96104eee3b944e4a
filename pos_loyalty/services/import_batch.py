"""The rows an import writes for each member, computed as the use cases would post them.

For a member row: the member (consent at noon of the consent date, store time; registered on
that date), their card (the file's number or the next free one), and for opening points a
`bonus` entry with the reason `opening` whose lot and balance come from `apply_entry`, the same
rule live posting and `replay` use. Outbox messages carry the same payloads as registration.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from pos_loyalty.domain.cards import Card, CardState, card_number_for
from pos_loyalty.domain.import_rows import MemberRecord
from pos_loyalty.domain.ledger import BonusReason, EntryKind, LedgerEntry, Wallet, apply_entry
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.programme import Programme
from pos_loyalty.services.payloads import card_to_dict, entry_to_dict, member_to_dict
from pos_loyalty.services.ports import ImportRows
from pos_loyalty.services.posting import Actor, expiry_date, new_id

CONSENT_TIME = time(12, 0)
"""The time of day recorded for an imported consent date (noon: the date survives any zone)."""
BLOCKED_BEFORE_IMPORT = "blocked before import"


@dataclass
class RowBuilder:
    """Builds the rows of one batch after another; `take()` hands a batch over and starts anew."""

    now: datetime
    actor: Actor
    programme: Programme
    seqs: range
    card_seqs: Sequence[int]
    members: list[Member] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    entries: list[LedgerEntry] = field(default_factory=list)
    wallets: list[tuple[str, Wallet]] = field(default_factory=list)
    spend: list[tuple[str, date, Minor]] = field(default_factory=list)
    outbox: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._seqs: Iterator[int] = iter(self.seqs)
        self._card_seqs: Iterator[int] = iter(self.card_seqs)
        self._expires = expiry_date(self.programme, self.today)

    @property
    def today(self) -> date:
        """The business day of the import."""
        return self.now.date()

    @property
    def size(self) -> int:
        """Members in the current batch."""
        return len(self.members)

    def add(self, record: MemberRecord) -> None:
        """Add the rows of one member."""
        member = self._member(record)
        card = Card(
            record.card or card_number_for(self._next(self._card_seqs)),
            record.card_type,
            record.card_state,
            member.id,
            block_reason=BLOCKED_BEFORE_IMPORT if record.card_state == CardState.BLOCKED else "",
        )
        self.members.append(member)
        self.cards.append(card)
        self.outbox.append(("member_registered", member_to_dict(member)))
        self.outbox.append(("card_bound", card_to_dict(card)))
        if record.points > 0:
            entry = self._opening(member.id, card.number, record.points)
            self.entries.append(entry)
            self.wallets.append((member.id, apply_entry(Wallet(), entry)))
            self.outbox.append(("ledger_entry", entry_to_dict(entry)))
        if record.spend > 0:
            self.spend.append((member.id, self.today, record.spend))

    def take(self) -> ImportRows:
        """Return the batch built so far and start a new one."""
        rows = ImportRows(
            self.members, self.cards, self.entries, self.wallets, self.spend, self.outbox, self.now
        )
        self.members, self.cards, self.entries = [], [], []
        self.wallets, self.spend, self.outbox = [], [], []
        return rows

    def _member(self, record: MemberRecord) -> Member:
        return Member(
            id=new_id(),
            name=record.name,
            phone=record.phone,
            email=record.email,
            birthday=record.birthday,
            consent_at=datetime.combine(record.consent_date, CONSENT_TIME, self.now.tzinfo),
            registered_on=record.consent_date,
        )

    def _opening(self, member_id: str, card_number: str, points: int) -> LedgerEntry:
        return LedgerEntry(
            id=new_id(),
            terminal_id=self.actor.terminal_id,
            seq=self._next(self._seqs),
            member_id=member_id,
            kind=EntryKind.BONUS,
            points=points,
            business_date=self.today,
            created_at=self.now,
            staff_id=self.actor.staff_id,
            programme_version=self.programme.version,
            card_number=card_number,
            expires_on=self._expires,
            reason=BonusReason.OPENING.value,
        )

    @staticmethod
    def _next(numbers: Iterator[int]) -> int:
        try:
            return next(numbers)
        except StopIteration:
            raise RuntimeError("fewer numbers were reserved than the import needs") from None
