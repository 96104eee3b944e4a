"""Staff accounts: roles, PIN sign-in and the lockout that grows after failed tries."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from pos_loyalty.domain.errors import InvalidInput

FREE_TRIES = 3
FIRST_LOCK = timedelta(seconds=30)
LONGEST_LOCK = timedelta(minutes=15)


class Role(enum.StrEnum):
    """What a staff member may do."""

    CASHIER = "cashier"
    MANAGER = "manager"


@dataclass(frozen=True, slots=True)
class Staff:
    """A person who signs in at the terminal."""

    id: str
    name: str
    role: Role
    pin_hash: str
    failed_attempts: int = 0
    locked_until: datetime | None = None
    active: bool = True

    @property
    def is_manager(self) -> bool:
        """True for managers."""
        return self.role == Role.MANAGER

    def locked_at(self, now: datetime) -> timedelta | None:
        """How long the account stays locked from `now`, or None if it is not locked."""
        if self.locked_until is None or self.locked_until <= now:
            return None
        return self.locked_until - now


def lockout_after(failed_attempts: int) -> timedelta | None:
    """The lock after this many failed tries in a row: none for the first few, then doubling."""
    if failed_attempts < FREE_TRIES:
        return None
    lock: timedelta = FIRST_LOCK * (2 ** (failed_attempts - FREE_TRIES))
    return min(lock, LONGEST_LOCK)


MIN_PIN = {"cashier": 4, "manager": 6}
"""Shortest PIN by role: a manager's PIN approves money and points, so it is longer."""
MAX_PIN = 8


def validate_pin(pin: str, role: Role = Role.CASHIER) -> str:
    """Return the PIN if it has the digits the role needs (cashier 4-8, manager 6-8)."""
    shortest = MIN_PIN[role.value]
    if not (pin.isascii() and pin.isdigit() and shortest <= len(pin) <= MAX_PIN):
        raise InvalidInput(
            f"a {role.value}'s PIN is {shortest} to {MAX_PIN} digits",
            code="pin_format_manager" if role == Role.MANAGER else "pin_format",
        )
    return pin


def same_name(a: str, b: str) -> bool:
    """True if two spellings name the same account: case and spacing do not count."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
