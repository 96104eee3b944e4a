"""The RFM buyers on a store of its own: merged members count for the member who holds their
cards now, following merges to the end, and the export reads consent from that member."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from db.reports import SqlAlchemyReportSource
from pos_loyalty.domain.segments import Buyer, Segment
from pos_loyalty.reports.period import Period
from pos_loyalty.reports.segment_export import export_segment
from pos_loyalty.services.members import set_marketing_consent
from pos_loyalty.services.merge import merge_members
from pos_loyalty.services.posting import Actor
from tests.integration.reports.conftest import PROGRAMME
from tests.integration.reports.till import Till

MAY_1, MAY_31 = date(2026, 5, 1), date(2026, 5, 31)


def test_purchases_of_merged_members_are_folded_into_the_member_kept(tmp_path: Path) -> None:
    till = Till.open(tmp_path / "shop.sqlite3")
    till.programme(PROGRAMME)
    till.at(MAY_1, 9)
    anna = till.register("Анна", "+7 900 000-00-01", "T1")
    old = till.register("Анна (старая карта)", "+7 900 000-00-02", "T1")
    older = till.register("Анна (ещё старее)", "+7 900 000-00-03", "T1")
    boris = till.register("Борис", "+7 900 000-00-04", "T1")
    till.at(date(2026, 5, 3), 10)
    till.buy(older.card, "300.00", "T1")
    till.at(date(2026, 5, 10), 10)
    till.buy(old.card, "200.00", "T1")
    till.at(date(2026, 5, 20), 10)
    till.buy(anna.card, "100.00", "T1")
    till.buy(boris.card, "50.00", "T1")
    manager = Actor("T1", "manager")
    till.at(date(2026, 5, 25), 10)
    # The oldest record into the old one, then the old one into Anna's: a chain of two.
    merge_members(old.card, older.card, uow=till.db.uow(), clock=till.clock, actor=manager)
    merge_members(anna.card, old.card, uow=till.db.uow(), clock=till.clock, actor=manager)
    set_marketing_consent(anna.id, True, uow=till.db.uow(), clock=till.clock, actor=manager)

    source = SqlAlchemyReportSource(till.db.uow)
    with source.open() as queries:
        buyers = sorted(queries.rfm_buyers(Period(MAY_1, MAY_31), None), key=lambda b: b.money)
        out = io.StringIO()
        # Anna: 3 checks, 600.00, last 20 May; Boris: 1 check, 50.00, same day. n = 2: R ties
        # (3 each), F and M 2 for Boris and 4 for Anna. Anna (3, 4, 4): loyal; Boris
        # (3, 2, 2): potential.
        done = export_segment(out, queries, Segment.LOYAL, Period(MAY_1, MAY_31))
    assert buyers == [
        Buyer(boris.id, date(2026, 5, 20), 1, 5000),
        Buyer(anna.id, date(2026, 5, 20), 3, 60000),
    ]
    assert (done.members, done.written, done.no_consent, done.erased) == (1, 1, 0, 0)
    # Anna holds all three cards now, each active: the lists show the last one issued.
    assert out.getvalue().splitlines()[1] == f"{older.card};Анна;+79000000001;;loyal;11;3;600.00"
    till.db.close()
