"""The RFM report over the hand-made store (conftest), every figure worked out by hand.

Goods checks with a card, 1 March to 1 April (as of 1 April):
- Anna: 2, 3, 4 March and 1 April, paid 1 000.00 + 1 500.00 + 900.00 + 450.00, refunds of
  them returned 450.00: 4 checks, 0 days, 3 400.00;
- Boris: 2 March, paid 1 900.00, 950.00 returned: 1 check, 30 days, 950.00;
- Vera: 1 April, 800.00: 1 check, 0 days, 800.00;
- Dmitry: 1 April twice, paid 1 000.00 + 850.00, the first returned in full: 2 checks, 0 days,
  850.00.
Scores (n = 4, score = 1 + floor(5 (2 below + equal) / 8)):
- R: 30 days -> 1 + 5 // 8 = 1; 0 days (three) -> 1 + 25 // 8 = 4;
- F: 1 (two) -> 1 + 10 // 8 = 2; 2 -> 1 + 25 // 8 = 4; 4 -> 1 + 35 // 8 = 5;
- M: 800.00 -> 1, 850.00 -> 2, 950.00 -> 4, 3 400.00 -> 5.
Anna (4, 5, 5) champions; Boris (1, 2, 4), FM 3: at risk; Vera (4, 2, 1), one check: new;
Dmitry (4, 4, 2), FM 3: loyal.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from fractions import Fraction
from typing import Any

from sqlalchemy import event

from pos_loyalty.domain.segments import Segment
from pos_loyalty.reports.rfm import SegmentLine, build_rfm
from tests.integration.reports.conftest import APRIL_1, Shop

MARCH_1, MARCH_31 = date(2026, 3, 1), date(2026, 3, 31)


def _lines(*found: tuple[Segment, int, int]) -> tuple[SegmentLine, ...]:
    by = {s: (n, money) for s, n, money in found}
    return tuple(SegmentLine(s, *by.get(s, (0, 0))) for s in Segment)


def test_the_buyers_of_march_and_april_fall_into_four_segments(shop: Shop) -> None:
    report = shop.till.read(build_rfm, MARCH_1, APRIL_1)
    assert report.as_of == APRIL_1
    assert report.segments == _lines(
        (Segment.CHAMPIONS, 1, 340000),
        (Segment.LOYAL, 1, 85000),
        (Segment.NEW, 1, 80000),
        (Segment.AT_RISK, 1, 95000),
    )
    assert (report.buyers, report.total_money) == (4, 600000)
    assert report.recency == {1: (30, 30), 4: (0, 0)}
    assert report.frequency == {2: (1, 1), 4: (2, 2), 5: (4, 4)}
    assert report.money == {
        1: (80000, 80000),
        2: (85000, 85000),
        4: (95000, 95000),
        5: (340000, 340000),
    }


def test_in_march_alone_anna_is_a_champion_and_boris_hibernates(shop: Shop) -> None:
    # Anna: 3 checks, last on 4 March (27 days to the 31st), 3 400.00 - 450.00 = 2 950.00.
    # Boris: 1 check on 2 March (29 days), 950.00. n = 2: the worse scores 1 + 5 // 4 = 2,
    # the better 1 + 15 // 4 = 4 on each measure: Anna (4, 4, 4), Boris (2, 2, 2).
    report = shop.till.read(build_rfm, MARCH_1, MARCH_31)
    assert report.segments == _lines(
        (Segment.CHAMPIONS, 1, 295000), (Segment.HIBERNATING, 1, 95000)
    )


def test_a_period_without_sales_scores_nobody(shop: Shop) -> None:
    report = shop.till.read(build_rfm, date(2026, 2, 1), date(2026, 2, 28))
    assert report.segments == _lines()
    assert (report.recency, report.frequency, report.money) == ({}, {}, {})


def test_the_document_counts_and_charts_each_segment(shop: Shop) -> None:
    document = shop.till.document("rfm", MARCH_1, APRIL_1)
    assert document.title == "RFM segments"
    rows = list(document.table("rfm_segments").rows)
    assert rows[0] == ("Champions", 1, Fraction(1, 4), 340000, Fraction(340000, 600000))
    assert rows[3] == ("New", 1, Fraction(1, 4), 80000, Fraction(80000, 600000))
    assert rows[-1] == ("Total", 4, 1, 600000, 1)
    members, money = document.charts
    assert members.categories[:4] == ("Champions", "Loyal", "Potential", "New")
    assert members.series[0].values == (1, 1, 0, 1, 1, 0, 0, 0)
    assert money.series[0].values == (340000, 85000, 0, 80000, 95000, 0, 0, 0)
    scores = list(document.table("rfm_scores").rows)
    assert scores[0] == (5, None, None, 4, 4, 340000, 340000)
    assert scores[4] == (1, 30, 30, None, None, 80000, 80000)


def test_the_russian_document_names_the_segments_in_russian(shop: Shop) -> None:
    document = shop.till.document("rfm", MARCH_1, APRIL_1, language="ru")
    names = [row[0] for row in document.table("rfm_segments").rows]
    assert names[0] == "Чемпионы" and names[4] == "Под угрозой ухода"


def test_the_buyers_are_read_from_the_day_indexes_in_one_statement(shop: Shop) -> None:
    sent: list[tuple[str, Any]] = []

    def trace(_c: Any, _cur: Any, statement: str, parameters: Any, *_: Any) -> None:
        sent.append((statement, parameters))

    engine = shop.till.db.engine
    event.listen(engine, "before_cursor_execute", trace)
    try:
        shop.till.read(build_rfm, MARCH_1, APRIL_1)
    finally:
        event.remove(engine, "before_cursor_execute", trace)
    selects = [(s, p) for s, p in sent if "FROM settings" not in s and s.startswith("SELECT")]
    with sqlite3.connect(shop.till.db.path) as raw:  # type: ignore[arg-type]
        plans = [
            " | ".join(row[-1] for row in raw.execute(f"EXPLAIN QUERY PLAN {s}", p))
            for s, p in selects
        ]
    # The merged members (by their index), then the buyers, once.
    assert len(plans) == 2
    assert "ix_members_merged_into" in plans[0] and "SCAN members" not in plans[0]
    assert "USING COVERING INDEX ix_sales_business_date_covering" in plans[1]
    assert "SEARCH refunds USING INDEX ix_refunds_business_date" in plans[1]
    assert "SCAN sales" not in plans[1] and "SCAN refunds" not in plans[1]
