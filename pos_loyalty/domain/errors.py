"""Errors a user can cause, each with a message that says what to do.

LoyaltyError
├── InvalidInput            malformed money, dates, files, options
│   └── InvalidCardNumber   wrong length, not digits, wrong check digit, foreign range
├── NotFound                unknown card, member, sale
├── NotAllowed              a rule forbids it (blocked card, refund too large, ...)
└── Conflict                the state changed under you (a duplicate, a stale version)
"""

from __future__ import annotations


class LoyaltyError(Exception):
    """Base of every error the core raises on purpose; str(e) is a one-line message for people."""


class InvalidInput(LoyaltyError):
    """The input cannot be read; the message names what was read and what is expected.

    `field` names the setting it is about when there is one (`tiers[1].threshold`,
    `promotions[0].hours`), so a form can show the message beside that field.
    """

    def __init__(self, message: str = "", *, field: str = "") -> None:
        super().__init__(message)
        self.field = field


class InvalidCardNumber(InvalidInput):
    """A card number that is not a valid card of this programme."""


class NotFound(LoyaltyError):
    """The thing asked for does not exist."""


class NotAllowed(LoyaltyError):
    """A programme rule or a card state forbids the operation."""


class Conflict(LoyaltyError):
    """The operation clashes with what is already recorded."""
