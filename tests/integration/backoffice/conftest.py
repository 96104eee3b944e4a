"""Fixtures: a migrated database file with a programme, a store clock and an actor."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from db import Database, open_database
from pos_loyalty.domain.staff import Role, Staff
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from tests.cli_staff import CASHIER_PIN, FAST_HASHER, MANAGER_PIN

MSK = timezone(timedelta(hours=3))
TODAY = date(2026, 3, 2)
PROGRAMME = {
    "name": "Back office",
    "tiers": [
        {"name": "Bronze", "threshold": "0", "earn_percent": "5"},
        {"name": "Silver", "threshold": "30000.00", "earn_percent": "7"},
    ],
    "bonuses": {"welcome": 100},
    "activation_days": 14,
}


class Clock:
    """A store clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime.combine(TODAY, time(12), MSK)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, days: int) -> None:
        self.now += timedelta(days=days)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    db = open_database(db_path)
    save_programme(PROGRAMME, uow=db.uow())
    add_accounts(db)
    yield db
    db.close()


def add_accounts(db: Database) -> None:
    """The manager acting in these tests (`actor`, id manager-1, PIN 999999), a second
    manager (manager-2, PIN 888888) and a cashier."""
    uow = db.uow()
    with uow:
        uow.staff.add(Staff("manager-1", "Менеджер", Role.MANAGER, FAST_HASHER.hash(MANAGER_PIN)))
        uow.staff.add(Staff("cashier-1", "Кассир", Role.CASHIER, FAST_HASHER.hash(CASHIER_PIN)))
        uow.staff.add(Staff("manager-2", "Заместитель", Role.MANAGER, FAST_HASHER.hash("888888")))
        uow.commit()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def actor() -> Actor:
    return Actor("T1", "manager-1")
