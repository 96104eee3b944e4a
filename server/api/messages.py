"""What a terminal pushes: its outbox messages, one schema per kind.

The payloads are the ones `pos_loyalty.services.payloads` writes into the outbox, so the
terminal sends its outbox rows as they are. `message_id` is the outbox row's id; the push
answer names refused and conflicting messages by it.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from server.api.types import (
    MAX_MONEY,
    CardNumber,
    Category,
    Count,
    Day,
    Email,
    Id,
    Instant,
    Money,
    Name,
    Phone,
    Points,
    Reason,
    ReceiptNo,
    Seq,
    StaffId,
    TerminalId,
    TierName,
    Version,
)

MessageId = Annotated[int, Field(strict=True, ge=1, le=2**62)]


class Strict(BaseModel):
    """A request body: unknown fields are refused, so a typo never passes as an empty value."""

    model_config = ConfigDict(extra="forbid")


class Payload(BaseModel):
    """A message payload: fields this server does not know yet are ignored (newer terminals)."""

    model_config = ConfigDict(extra="ignore")


class EntryModel(Payload):
    """One immutable change of a member's points."""

    id: Id
    terminal_id: TerminalId
    seq: Seq
    member_id: Id
    kind: Literal["earn", "redeem", "expire", "adjust", "bonus", "reversal", "transfer"]
    points: Points
    business_date: Day
    created_at: Instant
    staff_id: StaffId = ""
    programme_version: Version = 0
    card_number: CardNumber | None = None
    sale_id: Id | None = None
    refers_to: Id | None = None
    active_from: Day | None = None
    expires_on: Day | None = None
    reason: Reason = ""


class CheckLineModel(Payload):
    """One line of a check: its amount and category."""

    amount: Money
    category: Category = ""


class SaleModel(Payload):
    """A confirmed checkout."""

    id: Id
    terminal_id: TerminalId
    receipt_no: ReceiptNo = ""
    business_date: Day
    created_at: Instant
    lines: list[CheckLineModel] = Field(max_length=500)
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
    kind: Literal["goods", "membership"] = "goods"
    membership_before: Day | None = None
    membership_until: Day | None = None


class RefundModel(Payload):
    """A refund or void of a sale."""

    id: Id
    sale_id: Id
    terminal_id: TerminalId
    business_date: Day
    created_at: Instant
    amount: Money
    points_reversed: Count
    points_returned: Count
    money_returned: Money
    staff_id: StaffId = ""
    reason: Reason = ""
    is_void: bool = False


class MemberModel(Payload):
    """A member's personal data as the terminal holds it."""

    id: Id
    name: Name
    phone: Phone
    email: Email = ""
    birthday: Day | None = None
    consent_at: Instant | None = None
    marketing_consent_at: Instant | None = None
    registered_on: Day | None = None
    referrer_id: Id | None = None
    membership_until: Day | None = None
    last_purchase_on: Day | None = None
    erased: bool = False
    merged_into: Id | None = None


class CardModel(Payload):
    """A card: its type, state and holder (None while it waits unassigned)."""

    number: CardNumber
    type: Literal["discount", "bonus", "club"]
    state: Literal["active", "blocked", "replaced"]
    member_id: Id | None = None
    replaced_by: CardNumber | None = None
    block_reason: Reason = ""


class ErasedModel(Payload):
    """Which member asked to have their personal data wiped, and when."""

    id: Id
    erased_at: Instant


class ReplacedModel(Payload):
    """The old card and the new one the member moved to."""

    old: CardNumber
    new: CardModel


class ProgrammeModel(BaseModel):
    """A programme version in its file form (docs/programme.md); checked when applied."""

    model_config = ConfigDict(extra="allow")

    version: Annotated[int, Field(strict=True, ge=1, le=2**31 - 1)]


class MergedModel(Payload):
    """Two members found to be one customer: `other`'s cards and points went to `kept`."""

    kept: Id
    other: Id
    cards: list[CardNumber] = Field(max_length=1000)
    points: Points
    spend: Annotated[int, Field(strict=True, ge=-MAX_MONEY, le=MAX_MONEY)]
    at: Instant


class EntryMessage(Strict):
    """A ledger entry written at the terminal."""

    message_id: MessageId
    kind: Literal["ledger_entry"]
    payload: EntryModel


class SaleMessage(Strict):
    """A sale recorded at the terminal."""

    message_id: MessageId
    kind: Literal["sale"]
    payload: SaleModel


class RefundMessage(Strict):
    """A refund recorded at the terminal."""

    message_id: MessageId
    kind: Literal["refund"]
    payload: RefundModel


class MemberMessage(Strict):
    """A member registered or edited at the terminal."""

    message_id: MessageId
    kind: Literal["member_registered", "member_updated"]
    payload: MemberModel


class ErasedMessage(Strict):
    """A member's personal data erased at the terminal."""

    message_id: MessageId
    kind: Literal["member_erased"]
    payload: ErasedModel


class CardMessage(Strict):
    """A card issued, bound to a member or blocked at the terminal."""

    message_id: MessageId
    kind: Literal["card_bound", "card_issued", "card_blocked"]
    payload: CardModel


class ReplacedMessage(Strict):
    """A card replaced at the terminal."""

    message_id: MessageId
    kind: Literal["card_replaced"]
    payload: ReplacedModel


class MergedMessage(Strict):
    """Two members merged at the terminal."""

    message_id: MessageId
    kind: Literal["member_merged"]
    payload: MergedModel


class ProgrammeMessage(Strict):
    """A programme version saved at the terminal."""

    message_id: MessageId
    kind: Literal["programme"]
    payload: ProgrammeModel


Message = Annotated[
    EntryMessage
    | SaleMessage
    | RefundMessage
    | MemberMessage
    | ErasedMessage
    | CardMessage
    | ReplacedMessage
    | MergedMessage
    | ProgrammeMessage,
    Field(discriminator="kind"),
]


class PushRequest(Strict):
    """A batch of outbox messages, oldest first; the server applies it in one transaction."""

    messages: list[Message] = Field(max_length=1000)


def payload_dict(model: BaseModel) -> dict[str, Any]:
    """The payload as plain JSON-safe data (dates as ISO text)."""
    return model.model_dump(mode="json")
