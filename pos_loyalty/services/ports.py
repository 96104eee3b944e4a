"""The ports the use cases need: repositories, the unit of work, the clock.

Adapters implement these (db/ with SQLAlchemy, tests with in-memory fakes). Each repository
works inside the transaction its unit of work opened; nothing here commits on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from types import TracebackType
from typing import Any, Protocol, Self

from pos_loyalty.domain.cards import Card
from pos_loyalty.domain.ledger import LedgerEntry, Wallet
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.promotions import Promotion
from pos_loyalty.domain.sales import Refund, Sale

Clock = Callable[[], datetime]
"""Returns the current time, timezone-aware, in the store's local zone."""


class MemberRepository(Protocol):
    """Members, found by id, phone prefix or name."""

    def add(self, member: Member) -> None: ...
    def get(self, member_id: str) -> Member | None: ...
    def update(self, member: Member) -> None: ...
    def find_by_phone(self, prefix: str, limit: int = 20) -> list[Member]: ...
    def find_by_name(self, text: str, limit: int = 20) -> list[Member]: ...


class CardRepository(Protocol):
    """Cards by number, and the sequence that numbers new ones."""

    def add(self, card: Card) -> None: ...
    def get(self, number: str) -> Card | None: ...
    def update(self, card: Card) -> None: ...
    def of_member(self, member_id: str) -> list[Card]: ...
    def allocate_sequences(self, count: int) -> range: ...


class LedgerRepository(Protocol):
    """The insert-only points ledger."""

    def add(self, entry: LedgerEntry) -> None: ...
    def of_member(self, member_id: str) -> list[LedgerEntry]: ...
    def of_sale(self, sale_id: str) -> list[LedgerEntry]: ...
    def next_seq(self, terminal_id: str) -> int: ...


class WalletRepository(Protocol):
    """The balance projection: each member's open lots and debt."""

    def get(self, member_id: str) -> Wallet: ...
    def put(self, member_id: str, wallet: Wallet) -> None: ...
    def due_to_expire(self, day: date, limit: int) -> list[str]: ...


class SpendRepository(Protocol):
    """Qualifying spend per member and day (refunds are negative)."""

    def add(self, member_id: str, day: date, amount: Minor) -> None: ...
    def since(self, member_id: str, first_day: date) -> Minor: ...


class SaleRepository(Protocol):
    """Confirmed sales and their refunds."""

    def add(self, sale: Sale) -> None: ...
    def get(self, sale_id: str) -> Sale | None: ...
    def set_refunded(self, sale_id: str, refunded: Minor) -> None: ...
    def add_refund(self, refund: Refund) -> None: ...
    def refunds_of(self, sale_id: str) -> list[Refund]: ...
    def last_of_terminal(self, terminal_id: str) -> Sale | None: ...
    def of_member(self, member_id: str, limit: int = 50) -> list[Sale]: ...


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
