"""A store with a manager and a cashier, PINs hashed by a plain stand-in for argon2."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from pos_loyalty.domain.staff import Role, Staff
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.staff import add_staff
from tests.unit.conftest import StoreClock
from tests.unit.fakes import FakeUnitOfWork


class PlainHasher:
    """Stands in for argon2: the rules, not the hashing, are under test."""

    def hash(self, pin: str) -> str:
        return f"plain:{pin}"

    def verify(self, pin_hash: str, pin: str) -> bool:
        return pin_hash == f"plain:{pin}"


@dataclass
class Team:
    uow: FakeUnitOfWork
    clock: StoreClock
    hasher: PlainHasher
    manager: Staff
    cashier: Staff

    @property
    def actor(self) -> Actor:
        """The manager, at the back office's terminal."""
        return Actor("T-1", self.manager.id)


@pytest.fixture
def team(clock: StoreClock) -> Team:
    uow, hasher = FakeUnitOfWork(), PlainHasher()
    manager = add_staff("Пётр", Role.MANAGER, "999999", uow=uow, hasher=hasher)
    cashier = add_staff("Ольга", Role.CASHIER, "1111", uow=uow, hasher=hasher)
    return Team(uow, clock, hasher, manager, cashier)
