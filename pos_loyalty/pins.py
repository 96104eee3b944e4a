"""PIN hashing with argon2 (the PinHasher the staff use cases need)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError


class Argon2PinHasher:
    """argon2id hashes; parameters sized so a check takes tens of milliseconds."""

    def __init__(self, *, time_cost: int = 2, memory_cost: int = 19_456) -> None:
        self._hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_cost)

    def hash(self, pin: str) -> str:
        """Hash a PIN with a fresh salt."""
        return self._hasher.hash(pin)

    def verify(self, pin_hash: str, pin: str) -> bool:
        """True if the PIN matches the hash."""
        try:
            return self._hasher.verify(pin_hash, pin)
        except (VerificationError, InvalidHashError):
            return False
