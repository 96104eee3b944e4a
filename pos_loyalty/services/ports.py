"""The ports the use cases need: repositories, the unit of work, the clock.

Adapters implement these (db/ with SQLAlchemy, tests with in-memory fakes). Each repository
works inside the transaction its unit of work opened; nothing here commits on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import TracebackType
from typing import Any, Protocol, Self

from pos_loyalty.domain.audit import AuditKeys, AuditRecord
from pos_loyalty.domain.cards import Card
from pos_loyalty.domain.ledger import LedgerEntry, Wallet
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.projection import StoredWallet
from pos_loyalty.domain.promotions import Promotion
from pos_loyalty.domain.reservations import Authorisation
from pos_loyalty.domain.rewards_catalogue import Reward, RewardAuthorisation
from pos_loyalty.domain.sales import Refund, Sale
from pos_loyalty.domain.staff import Staff

Clock = Callable[[], datetime]
"""Returns the current time, timezone-aware, in the store's local zone."""


class MemberRepository(Protocol):
    """Members, found by id, phone prefix or name."""

    def add(self, member: Member) -> None: ...
    def get(self, member_id: str) -> Member | None: ...
    def update(self, member: Member) -> None: ...
    def find_by_phone(self, prefix: str, limit: int = 20) -> list[Member]: ...
    def find_by_name(self, text: str, limit: int = 20) -> list[Member]: ...
    def merged_from(self, member_id: str) -> list[str]: ...
    def forget(self, member_id: str) -> None:
        """Remove an erased member's personal data from every other copy the store keeps."""
        ...


class CardRepository(Protocol):
    """Cards by number, and the sequence that numbers new ones."""

    def add(self, card: Card) -> None: ...
    def get(self, number: str) -> Card | None: ...
    def update(self, card: Card) -> None: ...
    def of_member(self, member_id: str) -> list[Card]: ...
    def of_members(self, member_ids: list[str]) -> dict[str, list[Card]]: ...
    def allocate_sequences(self, count: int) -> Sequence[int]: ...


class LedgerRepository(Protocol):
    """The insert-only points ledger."""

    def add(self, entry: LedgerEntry) -> None: ...
    def of_member(self, member_id: str) -> list[LedgerEntry]: ...
    def of_sale(self, sale_id: str) -> list[LedgerEntry]: ...
    def next_seq(self, terminal_id: str) -> int: ...
    def totals_of_member(self, member_id: str, skip_newest: int = 0) -> tuple[int, int]: ...
    def newest_of_member(self, member_id: str, offset: int, limit: int) -> list[LedgerEntry]: ...
    def get(self, entry_id: str) -> LedgerEntry | None: ...
    def reversal_of(self, entry_id: str) -> LedgerEntry | None:
        """A reversal that refers to this entry, if there is one."""

    def rewards_given(self, reward_id: str) -> int:
        """The reward's entries (every terminal's, as known here) that no refund reversed."""

    def rewards_given_offline(self, reward_id: str, terminal_id: str) -> int:
        """The reward's entries `terminal_id` wrote offline, refunded or not."""


class WalletRepository(Protocol):
    """The balance projection: each member's open lots and debt."""

    def get(self, member_id: str) -> Wallet: ...
    def put(self, member_id: str, wallet: Wallet) -> None: ...
    def due_to_expire(self, day: date, limit: int) -> list[str]: ...


class SpendRepository(Protocol):
    """Qualifying spend per member and day (refunds are negative)."""

    def add(self, member_id: str, day: date, amount: Minor) -> None: ...
    def since(self, member_id: str, first_day: date) -> Minor: ...
    def by_day(self, member_id: str, first_day: date) -> list[tuple[date, Minor]]: ...


class SaleRepository(Protocol):
    """Confirmed sales and their refunds."""

    def add(self, sale: Sale) -> None: ...
    def get(self, sale_id: str) -> Sale | None: ...
    def set_refunded(self, sale_id: str, refunded: Minor) -> None: ...
    def add_refund(self, refund: Refund) -> None: ...
    def refunds_of(self, sale_id: str) -> list[Refund]: ...
    def last_of_terminal(self, terminal_id: str) -> Sale | None: ...
    def of_member(self, member_id: str, limit: int = 50) -> list[Sale]: ...
    def of_member_between(self, member_id: str, first_day: date, last_day: date) -> list[Sale]:
        """The member's sales with business dates from `first_day` to `last_day`, oldest first."""

    def tiers_of_member(self, member_id: str) -> list[tuple[date, str]]: ...


class ProgrammeRepository(Protocol):
    """Programme versions; the newest is current."""

    def current(self) -> Programme | None: ...
    def get(self, version: int) -> Programme | None: ...
    def add(self, programme: Programme) -> None: ...


class OfferRepository(Protocol):
    """Personal offers (promotions for one member)."""

    def add(self, offer: Promotion) -> None: ...
    def of_member(self, member_id: str) -> list[Promotion]: ...
    def mark_used(self, code: str, member_id: str, sale_id: str) -> None: ...


class Outbox(Protocol):
    """Messages for the central server, written in the same transaction as the change."""

    def add(self, kind: str, payload: dict[str, Any]) -> None: ...


class SettingsRepository(Protocol):
    """Terminal and store settings as JSON-safe values by key."""

    def get(self, key: str) -> Any: ...
    def put(self, key: str, value: Any) -> None: ...


class StaffRepository(Protocol):
    """Staff accounts with their PIN hashes and lockout state."""

    def add(self, person: Staff) -> None: ...
    def get(self, staff_id: str) -> Staff | None: ...
    def by_name(self, name: str) -> Staff | None: ...
    def all(self) -> list[Staff]: ...
    def update(self, person: Staff) -> None: ...


class SlipRepository(Protocol):
    """Slips as first printed, kept for reprints (plain data by slip id)."""

    def add(self, slip_id: str, sale_id: str, data: dict[str, Any]) -> None: ...
    def get(self, slip_id: str) -> dict[str, Any] | None: ...
    def of_sale(self, sale_id: str) -> list[tuple[str, dict[str, Any]]]: ...


class AuditLog(Protocol):
    """The append-only, hash-chained log of manual actions."""

    def last(self) -> AuditRecord | None: ...
    def add(self, record: AuditRecord) -> None: ...
    def all(self) -> list[AuditRecord]: ...
    def after(self, seq: int, limit: int) -> list[AuditRecord]:
        """Up to `limit` records with a sequence number above `seq`, oldest first."""

    def newest(self, limit: int, before: int | None, action: str | None) -> list[AuditRecord]:
        """Up to `limit` records (of `action` only, if given) below `before`, newest first."""

    def count(self, action: str | None) -> int:
        """How many records there are (of `action` only, if given)."""

    def actions(self) -> list[str]:
        """The actions the log holds, in alphabetical order."""

    def keys(self) -> AuditKeys:
        """The chain's keys and the sequence number each is in force from."""


@dataclass(frozen=True, slots=True)
class ImportRows:
    """Rows an import computed for a batch of members, written together by `ImportStore.write`."""

    members: list[Member]
    cards: list[Card]
    entries: list[LedgerEntry]
    wallets: list[tuple[str, Wallet]]
    spend: list[tuple[str, date, Minor]]
    outbox: list[tuple[str, dict[str, Any]]]
    issued_at: datetime


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """One imported file, as kept in the import log."""

    id: str
    file_name: str
    imported_at: datetime
    terminal_id: str
    staff_id: str
    members: int
    points: int
    spend: Minor


class ImportStore(Protocol):
    """The fast path of a member import: checks and batched writes in the open transaction."""

    def existing_phones(self, phones: Collection[str]) -> set[str]: ...
    def existing_cards(self, numbers: Collection[str]) -> set[str]: ...
    def reserve_card_sequences(self, count: int, above: int) -> Sequence[int]: ...
    def reserve_ledger_seqs(self, terminal_id: str, count: int) -> range: ...
    def write(self, rows: ImportRows) -> None: ...
    def add_batch(self, batch: ImportBatch) -> None: ...


@dataclass(frozen=True, slots=True)
class MemberSummary:
    """A member for an export: their current card, balance and qualifying spend."""

    member: Member
    card: Card | None
    balance: int
    spend: Minor


class ExportSource(Protocol):
    """Streams of rows for exports, read one at a time (constant memory)."""

    def members(self, spend_since: date) -> Iterator[MemberSummary]: ...
    def ledger(self, first_day: date | None, last_day: date | None) -> Iterator[LedgerEntry]: ...


@dataclass(frozen=True, slots=True)
class ListedMember:
    """A member in the back office's list: `position` is the keyset cursor (registration order)."""

    position: int
    summary: MemberSummary


class MemberDirectory(Protocol):
    """The member list, read a page at a time through indexes (never OFFSET, never all rows).

    Merged members are left out (their cards and points are with the kept member); erased
    members stay, anonymous.
    """

    def page(self, after: int, limit: int, spend_since: date) -> list[ListedMember]: ...
    def of_ids(self, member_ids: list[str], spend_since: date) -> list[ListedMember]: ...
    def ids_by_card_prefix(self, prefix: str, limit: int) -> list[str]: ...
    def count(self) -> int: ...


class ProjectionSource(Protocol):
    """The ledger and the projection derived from it, read member by member for a check."""

    def members(self) -> Iterator[tuple[str, list[LedgerEntry], StoredWallet]]:
        """Every member with entries or projection rows: (id, entries in write order, stored)."""

    def count(self) -> int:
        """About how many members `members` goes through (for progress)."""

    def own_entries(self, terminal_id: str, after_seq: int, limit: int) -> list[LedgerEntry]:
        """Up to `limit` entries `terminal_id` wrote with a sequence above `after_seq`, in order."""


class UnitOfWork(Protocol):
    """One transaction over every repository: `with uow:` writes, `with uow.read_only():` reads.

    A write transaction takes the write lock when it begins; leaving the block without
    `commit()` rolls everything back.
    """

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
    staff: StaffRepository
    slips: SlipRepository
    audit: AuditLog
    imports: ImportStore
    exports: ExportSource
    directory: MemberDirectory
    projections: ProjectionSource

    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    def read_only(self) -> Self: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...


class RedemptionAuthoriser(Protocol):
    """Reserves points at the central server before a sale redeems them (offline: the caps).

    Implementations answer every call: a server that does not answer makes `reserve` fall back
    to the offline caps, and `commit` or `cancel` that cannot reach it leave the reservation to
    be consumed by the sale's push or to expire on the server.
    """

    def reserve(self, reservation_id: str, member_id: str, points: int) -> Authorisation:
        """Reserve up to `points` of the member's points; say how many may be redeemed."""

    def commit(self, reservation_id: str, sale_id: str, points: int) -> None:
        """Mark the reservation used by the recorded sale, which redeemed `points`."""

    def cancel(self, reservation_id: str) -> None:
        """Release the reservation: the sale was not recorded."""


class RewardAuthoriser(Protocol):
    """Holds a reward's price and a unit of its stock at the central server before the counter
    gives it (offline: the points caps and this terminal's share of the stock).

    Like `RedemptionAuthoriser`, every call answers: `commit` and `cancel` that cannot reach
    the server leave the hold to be consumed by the reward's pushed entry or to expire.
    """

    def reserve(self, hold_id: str, member_id: str, reward: Reward) -> RewardAuthorisation:
        """Hold the reward's points and one unit of its stock; say whether it may be given."""

    def commit(self, hold_id: str, entry_id: str) -> None:
        """Mark the hold used by the reward's ledger entry `entry_id`."""

    def cancel(self, hold_id: str) -> None:
        """Release the hold: the reward was not recorded."""
