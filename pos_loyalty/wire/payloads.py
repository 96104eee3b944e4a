"""The payload of each kind of outbox message, as the terminal writes it and the server reads it.

The outbox holds each payload as `encode(payload)` wrote it (`pos_loyalty.services.payloads`),
and the terminal pushes those rows as they are (`pos_loyalty.wire.push`). Payloads ignore
fields they do not declare: a newer terminal may send more. Each payload converts to and from
the core's type of the same shape.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from operator import attrgetter
from typing import Annotated, Any, ClassVar

from pos_loyalty.domain.cards import Card, CardState, CardType
from pos_loyalty.domain.checkout import CheckLine
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.sales import Refund, Sale, SaleKind
from pos_loyalty.wire.fields import (
    MAX_MONEY,
    CardNumber,
    Category,
    Count,
    Email,
    Id,
    Items,
    Money,
    Name,
    Phone,
    Points,
    Reason,
    ReceiptNo,
    Rest,
    Seq,
    StaffId,
    TerminalId,
    TierName,
    Version,
    Whole,
)


def _copy(cls: type[Any], source: Any, **changed: Any) -> Any:
    """An object of `cls` with the fields of the same names taken from `source`."""
    if not changed:
        # A push reads thousands of entries: one C call takes every field at once.
        names, taken, positional = _getter(cls)
        if positional:
            return cls(*taken(source))
        return cls(**dict(zip(names, taken(source), strict=True)))
    values = {name: getattr(source, name) for name in _names(cls) if name not in changed}
    return cls(**values, **changed)


def _names(cls: type[Any]) -> tuple[str, ...]:
    found = _NAMES.get(cls)
    if found is None:
        found = _NAMES[cls] = tuple(f.name for f in fields(cls))
    return found


def _getter(cls: type[Any]) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]], bool]:
    """The field names of `cls`, a getter of all of them (always a tuple) and whether `cls`
    takes them in that order as positional arguments."""
    found = _GETTERS.get(cls)
    if found is None:
        names = _names(cls)
        getter = attrgetter(*names)
        taken = getter if len(names) > 1 else lambda source: (getter(source),)
        positional = all(f.init and not f.kw_only for f in fields(cls))
        found = _GETTERS[cls] = (names, taken, positional)
    return found


_NAMES: dict[type[Any], tuple[str, ...]] = {}
_GETTERS: dict[type[Any], tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]], bool]] = {}


@dataclass(frozen=True, slots=True, kw_only=True)
class EntryPayload:
    """One immutable change of a member's points (`ledger_entry`)."""

    EXTRA: ClassVar[str] = "ignore"
    id: Id
    terminal_id: TerminalId
    seq: Seq
    member_id: Id
    kind: EntryKind
    points: Points
    business_date: date
    created_at: datetime
    staff_id: StaffId = ""
    programme_version: Version = 0
    card_number: CardNumber | None = None
    sale_id: Id | None = None
    refers_to: Id | None = None
    active_from: date | None = None
    expires_on: date | None = None
    reason: Reason = ""

    @classmethod
    def of(cls, entry: LedgerEntry) -> EntryPayload:
        """The payload of a ledger entry."""
        payload: EntryPayload = _copy(cls, entry)
        return payload

    def entry(self) -> LedgerEntry:
        """The core's ledger entry."""
        found: LedgerEntry = _copy(LedgerEntry, self)
        return found


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckLinePayload:
    """One line of a check: its amount and category."""

    EXTRA: ClassVar[str] = "ignore"
    amount: Money
    category: Category = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class SalePayload:
    """A confirmed checkout or a membership fee (`sale`)."""

    EXTRA: ClassVar[str] = "ignore"
    id: Id
    terminal_id: TerminalId
    receipt_no: ReceiptNo = ""
    business_date: date
    created_at: datetime
    lines: Annotated[tuple[CheckLinePayload, ...], Items(500)]
    total: Money
    discount: Money
    redeemed_points: Count
    redeemed_value: Money
    paid: Money
    earned_points: Count
    bonus_points: Count
    member_id: Id | None = None
    card_number: CardNumber | None = None
    staff_id: StaffId = ""
    programme_version: Version = 0
    tier: TierName = ""
    refunded: Money = 0
    kind: SaleKind = SaleKind.GOODS
    membership_before: date | None = None
    membership_until: date | None = None

    @classmethod
    def of(cls, sale: Sale) -> SalePayload:
        """The payload of a sale."""
        lines = tuple(CheckLinePayload(amount=x.amount, category=x.category) for x in sale.lines)
        payload: SalePayload = _copy(cls, sale, lines=lines)
        return payload

    def sale(self) -> Sale:
        """The core's sale."""
        lines = tuple(CheckLine(x.amount, x.category) for x in self.lines)
        found: Sale = _copy(Sale, self, lines=lines)
        return found


@dataclass(frozen=True, slots=True, kw_only=True)
class RefundPayload:
    """A refund or void of a sale (`refund`)."""

    EXTRA: ClassVar[str] = "ignore"
    id: Id
    sale_id: Id
    terminal_id: TerminalId
    business_date: date
    created_at: datetime
    amount: Money
    points_reversed: Count
    points_returned: Count
    money_returned: Money
    staff_id: StaffId = ""
    reason: Reason = ""
    is_void: bool = False

    @classmethod
    def of(cls, refund: Refund) -> RefundPayload:
        """The payload of a refund."""
        payload: RefundPayload = _copy(cls, refund)
        return payload

    def refund(self) -> Refund:
        """The core's refund."""
        found: Refund = _copy(Refund, self)
        return found


@dataclass(frozen=True, slots=True, kw_only=True)
class MemberPayload:
    """A member's personal data as the terminal holds it (`member_registered`, `_updated`)."""

    EXTRA: ClassVar[str] = "ignore"
    id: Id
    name: Name
    phone: Phone
    email: Email = ""
    birthday: date | None = None
    consent_at: datetime | None = None
    marketing_consent_at: datetime | None = None
    registered_on: date | None = None
    referrer_id: Id | None = None
    membership_until: date | None = None
    last_purchase_on: date | None = None
    erased: bool = False

    @classmethod
    def of(cls, member: Member) -> MemberPayload:
        """The payload of a member (personal fields included)."""
        payload: MemberPayload = _copy(cls, member, erased=member.is_erased)
        return payload

    def member(self) -> Member:
        """The core's member (the erasure itself travels as `member_erased`)."""
        names = [name for name in _names(MemberPayload) if name != "erased"]
        return Member(**{name: getattr(self, name) for name in names})


@dataclass(frozen=True, slots=True, kw_only=True)
class CardPayload:
    """A card: its type, state and holder (None while it waits unassigned)."""

    EXTRA: ClassVar[str] = "ignore"
    number: CardNumber
    type: CardType
    state: CardState
    member_id: Id | None = None
    replaced_by: CardNumber | None = None
    block_reason: Reason = ""

    @classmethod
    def of(cls, card: Card) -> CardPayload:
        """The payload of a card."""
        payload: CardPayload = _copy(cls, card, type=card.card_type)
        return payload

    def card(self) -> Card:
        """The core's card."""
        found: Card = _copy(Card, self, card_type=self.type)
        return found


@dataclass(frozen=True, slots=True, kw_only=True)
class ErasedPayload:
    """Which member asked to have their personal data wiped, and when (`member_erased`)."""

    EXTRA: ClassVar[str] = "ignore"
    id: Id
    erased_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class ReplacedPayload:
    """The old card and the new one the member moved to (`card_replaced`)."""

    EXTRA: ClassVar[str] = "ignore"
    old: CardNumber
    new: CardPayload


@dataclass(frozen=True, slots=True, kw_only=True)
class MergedPayload:
    """Two members found to be one customer: `other`'s cards and points went to `kept`."""

    EXTRA: ClassVar[str] = "ignore"
    kept: Id
    other: Id
    cards: Annotated[tuple[CardNumber, ...], Items(1000)]
    points: Points
    spend: Annotated[int, Whole(-MAX_MONEY, MAX_MONEY)]
    at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class ProgrammePayload:
    """A programme version in its file form (docs/programme.md); its rules checked when applied."""

    version: Annotated[int, Whole(1, 2**31 - 1)]
    rules: Annotated[dict[str, Any], Rest()] = field(default_factory=dict)
    """Every other key of the file form."""

    def as_dict(self) -> dict[str, Any]:
        """The programme's file form, version included."""
        return {"version": self.version, **self.rules}


Payload = (
    EntryPayload
    | SalePayload
    | RefundPayload
    | MemberPayload
    | ErasedPayload
    | CardPayload
    | ReplacedPayload
    | MergedPayload
    | ProgrammePayload
)
KINDS: dict[str, type[Any]] = {
    "ledger_entry": EntryPayload,
    "sale": SalePayload,
    "refund": RefundPayload,
    "member_registered": MemberPayload,
    "member_updated": MemberPayload,
    "member_erased": ErasedPayload,
    "card_bound": CardPayload,
    "card_issued": CardPayload,
    "card_blocked": CardPayload,
    "card_replaced": ReplacedPayload,
    "member_merged": MergedPayload,
    "programme": ProgrammePayload,
}
"""The payload of each kind of outbox message."""
