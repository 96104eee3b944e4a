"""Staff for command-line tests: a store file with a manager, a second manager and a cashier,
and the environment that makes every command act as the manager (PIN in POS_LOYALTY_PIN)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pos_loyalty.domain.staff import Role, Staff
from pos_loyalty.pins import Argon2PinHasher
from pos_loyalty.services.staff import add_staff

MANAGER, MANAGER_PIN = "Менеджер", "999999"
SECOND, SECOND_PIN = "Второй менеджер", "888888"
CASHIER, CASHIER_PIN = "Кассир", "1111"

FAST_HASHER = Argon2PinHasher(time_cost=1, memory_cost=1024)
"""Real argon2 with light parameters: the hash records them, so checks stay fast."""


def staff_the_store(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Create (migrate) the store file with its staff; commands then act as the manager."""
    from db import open_database

    db = open_database(db_path)
    try:
        for name, role, pin in (
            (MANAGER, Role.MANAGER, MANAGER_PIN),
            (SECOND, Role.MANAGER, SECOND_PIN),
            (CASHIER, Role.CASHIER, CASHIER_PIN),
        ):
            add_staff(name, role, pin, uow=db.uow(), hasher=FAST_HASHER)
    finally:
        db.close()
    act_as(monkeypatch, MANAGER, MANAGER_PIN)


def act_as(monkeypatch: pytest.MonkeyPatch, name: str, pin: str) -> None:
    """Make the commands run next act as `name`, proven by `pin`."""
    monkeypatch.setenv("POS_LOYALTY_STAFF", name)
    monkeypatch.setenv("POS_LOYALTY_PIN", pin)


def approve_as(monkeypatch: pytest.MonkeyPatch, name: str, pin: str) -> None:
    """Make the commands run next approved by `name`, proven by `pin`."""
    monkeypatch.setenv("POS_LOYALTY_APPROVER", name)
    monkeypatch.setenv("POS_LOYALTY_APPROVER_PIN", pin)


def add_staff_by_id(db: Any) -> None:
    """Accounts with the fixed ids the scenario tests act under: cashier, manager, a second."""
    uow = db.uow()
    with uow:
        for staff_id, name, role, pin in (
            ("cashier", "Касса", Role.CASHIER, CASHIER_PIN),
            ("manager", "Управляющий", Role.MANAGER, MANAGER_PIN),
            ("second-manager", "Заместитель", Role.MANAGER, SECOND_PIN),
        ):
            if uow.staff.get(staff_id) is None:
                uow.staff.add(Staff(staff_id, name, role, FAST_HASHER.hash(pin)))
        uow.commit()
