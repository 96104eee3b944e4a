"""Request and response bodies other than the pushed messages (see `server.api.messages`)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, StringConstraints, model_validator
from pydantic import Strict as StrictInt

from server.api.messages import CardModel, EntryModel, Strict
from server.api.types import CardSeq, TerminalId

Code = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[ -~]+$")]


class ErrorBody(BaseModel):
    """Why a request failed: a stable code for programs and a sentence for people."""

    code: str
    message: str


class Invalid(BaseModel):
    """One problem in a refused request: where (`loc`) and what (`msg`, `type`)."""

    loc: list[str | int]
    msg: str
    type: str


class ValidationErrorBody(BaseModel):
    """A request the schemas refuse (422): the usual code and message, and each problem."""

    code: str
    message: str
    detail: list[Invalid]


class EnrolRequest(Strict):
    """A one-time enrolment code and the id the terminal already uses in its ledger."""

    code: Code
    terminal_id: TerminalId


class EnrolResponse(BaseModel):
    """The terminal's bearer token (shown once; the server keeps only its hash)."""

    terminal_id: str
    store: str
    token: str
    epoch: str
    card_blocks: list[CardBlock]
    audit_key: str = ""
    """The key of the terminal's audit chain (hex): records from now on are HMAC-keyed."""


class Problem(BaseModel):
    """A pushed message the server did not apply, and why."""

    message_id: int
    kind: str
    key: str
    status: Literal["conflict", "refused"]
    reason: str


class Gap(BaseModel):
    """Sequence numbers of a terminal the server has never received (first..last)."""

    first_seq: int
    last_seq: int


class PushResponse(BaseModel):
    """What became of a batch: counts, the messages not applied, the terminal's gaps."""

    epoch: str
    accepted: int
    duplicates: int
    problems: list[Problem]
    gaps: list[Gap]


class MemberOut(BaseModel):
    """A member as the server holds it (personal fields empty once erased)."""

    id: str
    name: str
    phone: str
    email: str
    birthday: date | None
    consent_at: datetime | None
    marketing_consent_at: datetime | None
    registered_on: date | None
    referrer_id: str | None
    membership_until: date | None
    last_purchase_on: date | None
    erased_at: datetime | None
    merged_into: str | None


class ProgrammeOut(BaseModel):
    """A programme version and its rules in file form."""

    version: int
    data: dict[str, Any]


class StaffOut(BaseModel):
    """A staff account, with its argon2 PIN hash so people can sign in at any terminal."""

    id: str
    name: str
    role: Literal["cashier", "manager"]
    pin_hash: str
    active: bool


class SpendOut(BaseModel):
    """Qualifying spend of a member on a day at another terminal (its sales less refunds).

    The amount is the row's total now, in minor units: the terminal replaces what it had.
    """

    member_id: str
    day: date
    terminal_id: str
    amount: int


class CardBlock(Strict):
    """Card sequences first_seq..last_seq (both included), each number for one terminal only."""

    first_seq: CardSeq
    last_seq: CardSeq

    @model_validator(mode="after")
    def _ordered(self) -> CardBlock:
        if self.first_seq > self.last_seq:
            raise ValueError("a block's first_seq cannot be above its last_seq")
        return self


class CardBlocksRequest(Strict):
    """The blocks of card numbers this terminal holds (so a lost answer is not a lost block)."""

    held: list[CardBlock] = Field(default_factory=list, max_length=10_000)
    size: Annotated[int, StrictInt(), Field(ge=1, le=100_000)] = 1000
    """How many numbers a new block holds (a printed batch may need more than 1,000)."""


class CardBlocksResponse(BaseModel):
    """Blocks of card numbers the terminal did not hold yet: it issues new cards from them."""

    blocks: list[CardBlock]


class PullResponse(BaseModel):
    """One page of changes; pass `cursor` back for the next page while `more` is true."""

    epoch: str
    cursor: str
    more: bool
    members: list[MemberOut]
    cards: list[CardModel]
    programmes: list[ProgrammeOut]
    staff: list[StaffOut]
    entries: list[EntryModel]
    spend: list[SpendOut]


class BalanceResponse(BaseModel):
    """A member's points on the server (entries of every terminal received so far)."""

    member_id: str
    day: date
    balance: int
    spendable: int
    pending: int
    debt: int


class NegativeBalance(BaseModel):
    """A member whose balance went below zero (e.g. two offline terminals spent the same points)."""

    member_id: str
    balance: int
    lowest: int
    flagged_at: datetime
    cards: list[str]


class TerminalStatus(BaseModel):
    """What the server knows of the calling terminal."""

    terminal_id: str
    store: str
    epoch: str
    last_seq: int
    missing: int
    gaps: list[Gap]
    last_seen_at: datetime | None


class Health(BaseModel):
    """The server answers and its database is reachable."""

    status: Literal["ok"]
    epoch: str
