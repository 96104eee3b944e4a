"""Bodies not declared in `pos_loyalty.wire`: errors, enrolment, card blocks, balances, health.

The sync's messages (push, pull, redemptions, evidence, status) are built from the core's
declarations by `server.api.wire_models`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from pydantic import Strict as StrictInt

from server.api.types import CardSeq, TerminalId


class Strict(BaseModel):
    """A request body: unknown fields are refused, so a typo never passes as an empty value."""

    model_config = ConfigDict(extra="forbid")


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
    size: Annotated[int, StrictInt(), Field(ge=0, le=100_000)] = 1000
    """How many numbers a new block holds (a printed batch may need more than 1,000); 0 asks
    for no new block, only shows the blocks held."""


class CardBlocksResponse(BaseModel):
    """Blocks of card numbers the terminal did not hold yet: it issues new cards from them."""

    blocks: list[CardBlock]


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


class Health(BaseModel):
    """The server answers and its database is reachable."""

    status: Literal["ok"]
    epoch: str
