"""The hand-made store every report test reads: a week in March and a day in April.

Programme (version 1): Bronze from 0 (earn 5 %), Silver from 2 000.00 spend (discount 10 %,
earn 5 %); redeem up to 50 % of a check, no minimum; 1 point = 1.00; points expire 30 days
after they are credited; welcome bonus 100. Terminals T1 and T2 are the store "Центральный",
T3 is "Северный". Times are Moscow time. The comments give each step's figures by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from tests.integration.reports.till import Member, Till

PROGRAMME = {
    "name": "Test club",
    "tiers": [
        {"name": "Bronze", "threshold": "0", "earn_percent": "5"},
        {"name": "Silver", "threshold": "2000.00", "discount_percent": "10", "earn_percent": "5"},
    ],
    "max_redeem_percent": "50",
    "min_check_for_redeem": "0",
    "point_value": "1.00",
    "expire_after_days": 30,
    "bonuses": {"welcome": 100},
}
MON, TUE, WED = date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)
REFUND_DAY = date(2026, 3, 10)
APRIL_1 = date(2026, 4, 1)


@dataclass
class Shop:
    """The till and the members of the scenario."""

    till: Till
    anna: Member
    boris: Member
    vera: Member
    dmitry: Member


def _march(till: Till) -> tuple[Member, Member]:
    till.at(MON, 9, 0)
    anna = till.register("Анна Смирнова", "+7 900 000-00-01", "T1")  # welcome +100 (T1)
    till.at(MON, 9, 5)
    boris = till.register("Борис Петров", "+7 900 000-00-02", "T1")  # welcome +100 (T1)
    till.issue(3)  # a batch of unassigned cards
    till.at(MON, 10)
    till.buy(anna.card, "1000.00", "T1", tag="anna-1")  # Bronze: earns 50, pays 1000.00
    till.at(MON, 10, 30)
    till.buy(None, "500.00", "T1")  # no card
    till.at(MON, 11)
    # Cap 1000 points, balance 100: redeems 100 (100.00), pays 1900.00, earns 5 % of 1900 = 95.
    till.buy(boris.card, "2000.00", "T2", redeem=True, tag="boris-1")
    till.at(TUE, 10)
    till.buy(anna.card, "1500.00", "T1", tag="anna-2")  # spend 1000.00 < 2000.00: Bronze, +75
    till.at(TUE, 11)
    # Half of Boris's check back: reverses floor(95/2) = 47, gives back floor(100/2) = 50,
    # returns round(1900.00/2) = 950.00.
    till.refund("boris-1", "1000.00", "T1")
    till.at(TUE, 12)
    till.buy(None, "300.00", "T2")
    till.at(WED, 10)
    # Spend 2500.00 >= 2000.00: Silver. Discount 100.00, pays 900.00, earns 5 % of 900 = 45.
    till.buy(anna.card, "1000.00", "T1", tag="anna-3")
    till.at(WED, 11)
    till.adjust(anna, 20, "review bonus", "T1")  # Anna 290
    till.at(WED, 11, 30)
    till.adjust(boris, -30, "correction", "T1")  # Boris 100 - 100 + 95 - 47 + 50 - 30 = 68
    till.at(REFUND_DAY, 15)
    # A day with only a refund: half of Anna's Silver check. Reverses floor(45/2) = 22,
    # returns round(900.00/2) = 450.00. Anna 268.
    till.refund("anna-3", "500.00", "T2")
    return anna, boris


def _april(till: Till, anna: Member) -> tuple[Member, Member]:
    till.at(APRIL_1, 9)
    # Lots credited on 2 March are gone on 1 April: Anna 100 + 50, Boris 18 (left of his 95).
    till.expire("T1")
    till.at(APRIL_1, 10)
    vera = till.register("Вера Кузнецова", "+7 900 000-00-03", "T3")  # welcome +100 (T3)
    till.buy(vera.card, "800.00", "T3", tag="vera-1")  # +40
    till.at(APRIL_1, 10, 30)
    till.buy(anna.card, "500.00", "T1", tag="anna-4")  # Silver: pays 450.00, +22
    till.at(APRIL_1, 11)
    dmitry = till.register("Дмитрий Волков", "+7 900 000-00-04", "T1")  # +100
    till.buy(dmitry.card, "1000.00", "T1", tag="dmitry-1")  # +50: 150
    till.at(APRIL_1, 11, 30)
    till.buy(dmitry.card, "1000.00", "T1", redeem=True, tag="dmitry-2")  # -150, pays 850, +42
    till.at(APRIL_1, 12)
    till.refund("dmitry-1", "1000.00", "T1")  # reverses 50 of 42 held: balance -8
    return vera, dmitry


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Shop:
    """Build the store once for the module's tests (they only read it)."""
    till = Till.open(Path(tmp_path_factory.mktemp("shop")) / "shop.sqlite3")
    till.programme(PROGRAMME)
    till.settings(
        terminal={"id": "T1", "store": "Центральный"},
        store={"name": "Центральный"},
        store_terminals={"Центральный": ["T1", "T2"], "Северный": ["T3"]},
    )
    anna, boris = _march(till)
    vera, dmitry = _april(till, anna)
    yield Shop(till, anna, boris, vera, dmitry)
    till.db.close()
