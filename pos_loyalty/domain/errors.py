"""Errors a user can cause, each with a message that says what to do.

LoyaltyError
├── InvalidInput            malformed money, dates, files, options
│   └── InvalidCardNumber   wrong length, not digits, wrong check digit, foreign range
├── NotFound                unknown card, member, sale
├── NotAllowed              a rule forbids it (blocked card, refund too large, ...)
└── Conflict                the state changed under you (a duplicate, a stale version)

Each error keeps its English message (`str(e)`, for the command line and the logs). Errors a
cashier can meet also carry a stable `code` and its `params` (numbers, card numbers, names;
amounts of money as integer minor units), so a window can say the same in its own language.
"""

from __future__ import annotations


class LoyaltyError(Exception):
    """Base of every error the core raises on purpose; str(e) is a one-line message for people.

    `code` ("" when the error has none) names the message; `params` are the values in it.
    """

    def __init__(self, message: str, *, code: str = "", **params: str | int) -> None:
        super().__init__(message)
        self.code = code
        self.params: dict[str, str | int] = params


class InvalidInput(LoyaltyError):
    """The input cannot be read; the message names what was read and what is expected.

    `field` names the setting it is about when there is one (`tiers[1].threshold`,
    `promotions[0].hours`), so a form can show the message beside that field.
    """

    def __init__(
        self, message: str = "", *, field: str = "", code: str = "", **params: str | int
    ) -> None:
        super().__init__(message, code=code, **params)
        self.field = field


class InvalidCardNumber(InvalidInput):
    """A card number that is not a valid card of this programme."""


class NotFound(LoyaltyError):
    """The thing asked for does not exist."""


class NotAllowed(LoyaltyError):
    """A programme rule or a card state forbids the operation."""


class Conflict(LoyaltyError):
    """The operation clashes with what is already recorded."""
