"""A period that crosses a programme change: tiers and promotions follow the version in force."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest

from pos_loyalty.reports import Note
from pos_loyalty.reports.kpi import build_kpi
from pos_loyalty.reports.tiers import build_tiers
from tests.integration.reports.conftest import PROGRAMME
from tests.integration.reports.till import Till

VERSION_2 = {
    **PROGRAMME,
    "tiers": [
        {"name": "Bronze", "threshold": "0", "earn_percent": "5"},
        {"name": "Silver", "threshold": "1000.00", "discount_percent": "10", "earn_percent": "5"},
    ],
    "promotions": [
        {
            "code": "x2-wed",
            "name": "Двойные баллы по средам",
            "starts_on": "2026-03-11",
            "ends_on": "2026-03-25",
            "weekdays": [2],
            "effect": "earn_multiplier",
            "multiplier": "2",
        }
    ],
}


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    till = Till.open(tmp_path / "versions.sqlite3")
    till.programme(PROGRAMME)
    egor = till.at(date(2026, 3, 2), 10).register("Егор", "+7 900 100-00-01", "T1")
    till.buy(egor.card, "1500.00", "T1")  # version 1: Bronze (Silver from 2000.00)
    assert till.programme(VERSION_2) == 2  # Silver from 1000.00 from now on
    fedor = till.at(date(2026, 3, 3), 10).register("Фёдор", "+7 900 100-00-02", "T1")
    till.at(date(2026, 3, 4), 10).buy(fedor.card, "1000.00", "T1")  # a Wednesday before
    till.at(date(2026, 3, 11), 10).buy(egor.card, "2000.00", "T1")  # promotion Wednesdays
    till.at(date(2026, 3, 18), 10).buy(fedor.card, "1000.00", "T1")
    yield till
    till.db.close()


def test_each_end_of_the_period_is_ranked_by_the_programme_then_in_force(till: Till) -> None:
    r = till.read(build_tiers, date(2026, 3, 2), date(2026, 3, 5))
    assert (r.start.version, r.end.version) == (1, 2)
    # Egor 1500.00 and Fedor 1000.00 reach Silver only under version 2's threshold.
    assert r.counts(at_end=False) == (2, 0) and r.counts(at_end=True) == (0, 2)
    assert r.upgrades == 2
    document = till.document("tiers", date(2026, 3, 2), date(2026, 3, 5))
    notes = [b.text for b in document.blocks if isinstance(b, Note)]
    assert any("version 1" in n and "version 2" in n for n in notes)


def test_promotion_uplift_compares_the_same_weekdays_before_the_promotion(till: Till) -> None:
    k = till.read(build_kpi, date(2026, 3, 1), date(2026, 3, 31))
    (u,) = k.promotions
    assert u.promotion.code == "x2-wed"
    # During: Wednesdays 11, 18, 25 March (2 checks, 3000.00). Before: the same three
    # Wednesdays three weeks earlier, 18 and 25 February and 4 March (1 check, 1000.00).
    assert (u.during.days, u.during.checks, u.during.total) == (3, 2, 3000_00)
    assert (u.before.days, u.before.checks, u.before.total) == (3, 1, 1000_00)
    assert (u.frequency_uplift, u.average_uplift) == (Fraction(1), Fraction(1, 2))
