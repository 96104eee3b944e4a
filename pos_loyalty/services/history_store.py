"""One member's history kept in memory: a unit of work for generated stores.

The demo store and the benchmark stores are made by registering members and recording their
sales through the real use cases (`register_member`, `commit_checkout`), so every figure is
the one a counter would have recorded. A database round trip per sale would make a store of a
million members take days, so each member's year is recorded here instead and then written in
bulk (`db.bulk.BulkWriter.write_histories`).

The store holds one member's rows (plus the terminals' sequence counters, shared by every
member of a run). What a generated store does not keep is not kept: the outbox (a demo store
has no server) and the slips. There is no rollback: when a use case fails, generation stops
with its error and the store is thrown away.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from types import TracebackType
from typing import Any, Self

from pos_loyalty.domain.cards import Card
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry, Wallet
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.promotions import Promotion
from pos_loyalty.domain.rewards_catalogue import REWARD_OFFLINE
from pos_loyalty.domain.sales import Refund, Sale
from pos_loyalty.services.ports import (
    AuditLog,
    CardRepository,
    ExportSource,
    ImportStore,
    LedgerRepository,
    MemberDirectory,
    MemberRepository,
    OfferRepository,
    Outbox,
    ProgrammeRepository,
    ProjectionSource,
    SaleRepository,
    SettingsRepository,
    SlipRepository,
    SpendRepository,
    StaffRepository,
    WalletRepository,
)


class Members:
    """The members of the store (in practice one)."""

    def __init__(self) -> None:
        self.rows: dict[str, Member] = {}

    def add(self, member: Member) -> None:
        """Add a new member."""
        self.rows[member.id] = member

    def get(self, member_id: str) -> Member | None:
        """The member with this id, if any."""
        return self.rows.get(member_id)

    def update(self, member: Member) -> None:
        """Replace a member."""
        self.rows[member.id] = member

    def find_by_phone(self, prefix: str, limit: int = 20) -> list[Member]:
        """Members whose phone starts with `prefix`."""
        return [m for m in self.rows.values() if m.phone.startswith(prefix)][:limit]

    def find_by_name(self, text: str, limit: int = 20) -> list[Member]:
        """Members whose name contains `text`."""
        return [m for m in self.rows.values() if text.lower() in m.name.lower()][:limit]

    def merged_from(self, member_id: str) -> list[str]:
        """Members merged into this one."""
        return [m.id for m in self.rows.values() if m.merged_into == member_id]

    def forget(self, member_id: str) -> None:
        """Nothing to wipe: no other copy of personal data is kept here."""


class Cards:
    """The cards of the store."""

    def __init__(self) -> None:
        self.rows: dict[str, Card] = {}
        self._sequence = 0

    def add(self, card: Card) -> None:
        """Add a card."""
        self.rows[card.number] = card

    def get(self, number: str) -> Card | None:
        """The card with this number, if any."""
        return self.rows.get(number)

    def update(self, card: Card) -> None:
        """Replace a card."""
        self.rows[card.number] = card

    def of_member(self, member_id: str) -> list[Card]:
        """The member's cards."""
        return [c for c in self.rows.values() if c.member_id == member_id]

    def of_members(self, member_ids: list[str]) -> dict[str, list[Card]]:
        """The cards of each member."""
        return {m: self.of_member(m) for m in member_ids}

    def allocate_sequences(self, count: int) -> Sequence[int]:
        """Card sequence numbers not handed out yet."""
        start, self._sequence = self._sequence + 1, self._sequence + count
        return range(start, start + count)


class Ledger:
    """The entries in write order; sequence numbers from the run's shared counters."""

    def __init__(self, sequences: dict[str, int]) -> None:
        self.rows: list[LedgerEntry] = []
        self._sequences = sequences

    def add(self, entry: LedgerEntry) -> None:
        """Append an entry."""
        self.rows.append(entry)

    def of_member(self, member_id: str) -> list[LedgerEntry]:
        """The member's entries in write order."""
        return [e for e in self.rows if e.member_id == member_id]

    def of_sale(self, sale_id: str) -> list[LedgerEntry]:
        """The entries of a sale."""
        return [e for e in self.rows if e.sale_id == sale_id]

    def next_seq(self, terminal_id: str) -> int:
        """The terminal's next sequence number."""
        self._sequences[terminal_id] = self._sequences.get(terminal_id, 0) + 1
        return self._sequences[terminal_id]

    def totals_of_member(self, member_id: str, skip_newest: int = 0) -> tuple[int, int]:
        """(entries, points) of the member, leaving out the newest `skip_newest`."""
        entries = self.of_member(member_id)
        kept = entries[: max(len(entries) - skip_newest, 0)]
        return len(kept), sum(e.points for e in kept)

    def newest_of_member(self, member_id: str, offset: int, limit: int) -> list[LedgerEntry]:
        """The member's entries, newest first."""
        return self.of_member(member_id)[::-1][offset : offset + limit]

    def get(self, entry_id: str) -> LedgerEntry | None:
        """The entry with this id."""
        return next((e for e in self.rows if e.id == entry_id), None)

    def reversal_of(self, entry_id: str) -> LedgerEntry | None:
        """The reversal of an entry, if it was reversed."""
        return next(
            (e for e in self.rows if e.kind == EntryKind.REVERSAL and e.refers_to == entry_id),
            None,
        )

    def rewards_given(self, reward_id: str) -> int:
        """How many of this reward were given and not refunded."""
        given = [e for e in self.rows if e.kind == EntryKind.REWARD and e.refers_to == reward_id]
        return sum(1 for e in given if self.reversal_of(e.id) is None)

    def rewards_given_offline(self, reward_id: str, terminal_id: str) -> int:
        """How many of this reward the terminal gave offline (its share)."""
        return sum(
            1
            for e in self.rows
            if e.kind == EntryKind.REWARD
            and e.refers_to == reward_id
            and e.terminal_id == terminal_id
            and e.reason == REWARD_OFFLINE
        )


class Wallets:
    """The balance projection."""

    def __init__(self) -> None:
        self.rows: dict[str, Wallet] = {}

    def get(self, member_id: str) -> Wallet:
        """The member's wallet (empty if none)."""
        return self.rows.get(member_id, Wallet())

    def put(self, member_id: str, wallet: Wallet) -> None:
        """Replace the member's wallet."""
        self.rows[member_id] = wallet

    def due_to_expire(self, day: date, limit: int) -> list[str]:
        """Members with lots gone by `day`."""
        return [m for m, w in self.rows.items() if w.expired(day)][:limit]


class Spend:
    """Qualifying spend by member and day."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, date], Minor] = {}

    def add(self, member_id: str, day: date, amount: Minor) -> None:
        """Add to the member's spend of the day."""
        self.rows[(member_id, day)] = self.rows.get((member_id, day), 0) + amount

    def since(self, member_id: str, first_day: date) -> Minor:
        """The member's spend from `first_day` on."""
        return sum(v for (m, d), v in self.rows.items() if m == member_id and d >= first_day)

    def by_day(self, member_id: str, first_day: date) -> list[tuple[date, Minor]]:
        """The member's spend by day from `first_day` on."""
        return sorted(
            (d, v) for (m, d), v in self.rows.items() if m == member_id and d >= first_day
        )


class Sales:
    """Sales in the order they were recorded, and their refunds."""

    def __init__(self) -> None:
        self.rows: dict[str, Sale] = {}
        self.refunds: list[Refund] = []

    def add(self, sale: Sale) -> None:
        """Add a sale."""
        self.rows[sale.id] = sale

    def get(self, sale_id: str) -> Sale | None:
        """The sale, if any."""
        return self.rows.get(sale_id)

    def set_refunded(self, sale_id: str, refunded: Minor) -> None:
        """Record how much of the sale was refunded."""
        self.rows[sale_id] = replace(self.rows[sale_id], refunded=refunded)

    def add_refund(self, refund: Refund) -> None:
        """Add a refund."""
        self.refunds.append(refund)

    def refunds_of(self, sale_id: str) -> list[Refund]:
        """The sale's refunds."""
        return [r for r in self.refunds if r.sale_id == sale_id]

    def last_of_terminal(self, terminal_id: str) -> Sale | None:
        """The terminal's latest sale."""
        return next((s for s in reversed(self.rows.values()) if s.terminal_id == terminal_id), None)

    def of_member(self, member_id: str, limit: int = 50) -> list[Sale]:
        """The member's sales, newest first."""
        return [s for s in reversed(self.rows.values()) if s.member_id == member_id][:limit]

    def of_member_between(self, member_id: str, first_day: date, last_day: date) -> list[Sale]:
        """The member's sales of the days `first_day` to `last_day`, oldest first."""
        return [
            s
            for s in self.rows.values()
            if s.member_id == member_id and first_day <= s.business_date <= last_day
        ]

    def tiers_of_member(self, member_id: str) -> list[tuple[date, str]]:
        """(day, tier) of the member's sales."""
        return [(s.business_date, s.tier) for s in self.rows.values() if s.member_id == member_id]


class Programmes:
    """The one programme the store is generated under."""

    def __init__(self, programme: Programme) -> None:
        self._programme = programme

    def current(self) -> Programme | None:
        """The programme."""
        return self._programme

    def get(self, version: int) -> Programme | None:
        """The programme if it has this version."""
        return self._programme if self._programme.version == version else None

    def add(self, programme: Programme) -> None:
        """Make `programme` the current one."""
        self._programme = programme


class Offers:
    """Personal offers (a generated store has none unless added)."""

    def __init__(self) -> None:
        self.rows: list[Promotion] = []

    def add(self, offer: Promotion) -> None:
        """Add an offer."""
        self.rows.append(offer)

    def of_member(self, member_id: str) -> list[Promotion]:
        """The member's offers."""
        return [o for o in self.rows if o.member_id == member_id]

    def mark_used(self, code: str, member_id: str, sale_id: str) -> None:
        """A single-use offer is gone once used."""
        self.rows = [o for o in self.rows if (o.code, o.member_id) != (code, member_id)]


class Discarded:
    """The outbox, the settings and the slips of a store that has no server and prints nothing."""

    def add(self, *args: Any) -> None:
        """Keep nothing."""

    def get(self, key: str) -> Any:
        """Nothing is set: every setting has its default."""
        return None

    def put(self, key: str, value: Any) -> None:
        """Keep nothing."""

    def of_sale(self, sale_id: str) -> list[tuple[str, dict[str, Any]]]:
        """No slip was kept."""
        return []


@dataclass(frozen=True, slots=True)
class MemberHistory:
    """Everything recorded for one member (the shape `db.bulk.History` writes)."""

    member: Member
    card: Card
    sales: Sequence[Sale]
    entries: Sequence[LedgerEntry]
    wallet: Wallet
    spend: Mapping[date, Minor]


class HistoryUnitOfWork:
    """The UnitOfWork port over one member's rows in memory (see the module docstring)."""

    members: MemberRepository
    cards: CardRepository
    ledger: LedgerRepository
    wallets: WalletRepository
    spend: SpendRepository
    sales: SaleRepository
    programmes: ProgrammeRepository
    offers: OfferRepository
    outbox: Outbox
    settings: SettingsRepository
    slips: SlipRepository
    staff: StaffRepository
    audit: AuditLog
    imports: ImportStore
    exports: ExportSource
    directory: MemberDirectory
    projections: ProjectionSource
    """Staff, the audit log and the back office's sources are not kept (never set)."""

    def __init__(self, programme: Programme, sequences: dict[str, int]) -> None:
        self._members, self._cards, self._ledger = Members(), Cards(), Ledger(sequences)
        self._wallets, self._spend, self._sales = Wallets(), Spend(), Sales()
        self.members, self.cards, self.ledger = self._members, self._cards, self._ledger
        self.wallets, self.spend, self.sales = self._wallets, self._spend, self._sales
        self.programmes = Programmes(programme)
        self.offers = Offers()
        self.outbox = self.settings = self.slips = Discarded()
        self._open = False

    def history(self, member_id: str, card_number: str) -> MemberHistory:
        """What was recorded for the member, in write order."""
        return MemberHistory(
            member=self._members.rows[member_id],
            card=self._cards.rows[card_number],
            sales=list(self._sales.rows.values()),
            entries=self._ledger.rows,
            wallet=self._wallets.get(member_id),
            spend={day: v for (m, day), v in self._spend.rows.items() if m == member_id},
        )

    def __enter__(self) -> Self:
        if self._open:
            raise RuntimeError("a transaction is already open on this store")
        self._open = True
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._open = False

    def read_only(self) -> Self:
        """Reads see the same rows."""
        return self

    def commit(self) -> None:
        """The rows are already in place."""

    def rollback(self) -> None:
        """Refuse: this store cannot undo (generation stops on any error)."""
        raise RuntimeError("a generated member history cannot be rolled back")
