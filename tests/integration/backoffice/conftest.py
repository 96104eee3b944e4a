"""Fixtures: a migrated database file with a programme, a store clock and an actor."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from db import Database, open_database
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme

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
    yield db
    db.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def actor() -> Actor:
    return Actor("T1", "manager-1")
