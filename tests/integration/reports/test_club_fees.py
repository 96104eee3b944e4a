"""Club membership fees in the Z-report, the KPIs, tiers, top members and the liability report.

A store of its own (the shared one sells no membership): the test club programme with a
membership of 990.00 for 365 days, refundable on its sale day only. Terminals T1 and T2.

Monday 02.03.2026: Anna and Boris join at T1 (+100 each). Anna buys for 1,000.00 at T1
  (Bronze, 5 %: +50). Anna's membership is sold at T1 (990.00, until 01.03.2027), renewed at
  T2 (990.00, until 29.02.2028) and the renewal refunded at T2 the same day (990.00 back, the
  end back to 01.03.2027).
Tuesday 03.03.2026: Boris's membership is sold at T1 (990.00, until 02.03.2027); a check of
  500.00 without a card at T2.

By hand, Monday and Tuesday: 1 check with a card (1,000.00), 1 without (500.00), 3 memberships
sold for 2,970.00, 1 refunded for 990.00, 1,980.00 net; no refund of goods. Anna is the one
member who bought goods: Boris's fee is not a purchase.
"""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from pathlib import Path

import pytest

from db.reports import SqlAlchemyReportSource
from pos_loyalty.reports.club import ClubFees
from pos_loyalty.reports.kpi import build_kpi
from pos_loyalty.reports.liability import build_liability
from pos_loyalty.reports.members import build_top
from pos_loyalty.reports.period import Period
from pos_loyalty.reports.z import build_z
from pos_loyalty.services.membership import Step, sell_membership
from pos_loyalty.services.posting import Actor
from tests.integration.reports.conftest import MON, PROGRAMME, TUE
from tests.integration.reports.till import Member, Till

FEE = 990_00
CLUB = {**PROGRAMME, "membership": {"fee": "990.00", "period_days": 365, "refund_days": 0}}


def _membership(till: Till, member: Member, terminal: str, step: Step, tag: str) -> date:
    done = sell_membership(
        member.card,
        step=step,
        uow=till.db.uow(),
        clock=till.clock,
        actor=Actor(terminal, "cashier"),
    )
    till.sales[tag] = done.sale.id
    assert done.member.membership_until is not None
    return done.member.membership_until


@pytest.fixture(scope="module")
def club(tmp_path_factory: pytest.TempPathFactory) -> Till:
    """Build the store once (the tests only read it)."""
    till = Till.open(Path(tmp_path_factory.mktemp("club")) / "club.sqlite3")
    till.programme(CLUB)
    till.settings(
        terminal={"id": "T1", "store": "Центральный"},
        store={"name": "Центральный"},
        store_terminals={"Центральный": ["T1"], "Южный": ["T2"]},
    )
    till.at(MON, 9)
    anna = till.register("Анна Смирнова", "+7 900 000-00-01", "T1")
    till.at(MON, 9, 5)
    boris = till.register("Борис Петров", "+7 900 000-00-02", "T1")
    till.at(MON, 10)
    till.buy(anna.card, "1000.00", "T1", tag="anna-goods")
    till.at(MON, 10, 30)
    assert _membership(till, anna, "T1", Step.SELL, "anna-sold") == date(2027, 3, 1)
    till.at(MON, 11)
    assert _membership(till, anna, "T2", Step.RENEW, "anna-renewed") == date(2028, 2, 29)
    till.at(MON, 11, 30)
    till.refund("anna-renewed", "990.00", "T2")
    till.at(TUE, 10)
    assert _membership(till, boris, "T1", Step.SELL, "boris-sold") == date(2027, 3, 2)
    till.at(TUE, 10, 30)
    till.buy(None, "500.00", "T2")
    till.at(TUE, 12)
    yield till
    till.db.close()


def test_the_z_report_counts_fees_apart_from_checks_and_refunds_of_goods(club: Till) -> None:
    z = club.read(build_z, MON, TUE)
    t = z.total
    assert (t.card_checks, t.plain_checks, t.card_total, t.plain_total) == (1, 1, 1000_00, 500_00)
    assert t.club == ClubFees(sold=3, fees=3 * FEE, refunded=1, returned=FEE)
    assert t.club.net == 1980_00
    assert (t.refunds, t.voids, t.refund_amount, t.money_returned) == (0, 0, 0, 0)
    assert (t.earned, t.bonus, t.discount) == (50, 200, 0)
    terminals = dict(z.terminals)
    assert terminals["T1"].club == ClubFees(2, 2 * FEE, 0, 0)  # Anna's sale, Boris's sale
    assert terminals["T2"].club == ClubFees(1, FEE, 1, FEE)  # the renewal and its refund
    assert (terminals["T2"].card_checks, terminals["T2"].plain_checks) == (0, 1)
    days = dict(z.days)
    assert days[MON].club == ClubFees(2, 2 * FEE, 1, FEE)
    assert days[TUE].club == ClubFees(1, FEE, 0, 0)


def test_the_z_summary_has_a_line_for_each_club_figure(club: Till) -> None:
    document = club.document("z", MON, TUE)
    values = {row[0]: row[1].value for row in document.table("z_summary").rows}
    assert values["Club memberships sold"] == 3
    assert values["Club membership fees"] == 2970_00
    assert values["Club memberships refunded"] == 1
    assert values["Club membership fees returned"] == 990_00
    assert values["Club membership fees, net"] == 1980_00
    assert values["Money returned"] == 0  # goods only
    assert values["Share of checks with a card"] == Fraction(1, 2)  # the fees are no checks


def test_the_kpis_leave_fees_out_of_checks_and_buyers(club: Till) -> None:
    k = club.read(build_kpi, MON, TUE)
    assert (k.card_checks, k.plain_checks, k.average_card_check) == (1, 1, 1000_00)
    assert (k.buyers.members, k.buyers.checks, k.frequency) == (1, 1, 1)  # Boris bought no goods
    assert k.club == ClubFees(3, 3 * FEE, 1, FEE)
    document = club.document("kpi", MON, TUE)
    values = {row[0]: row[1].value for row in document.table("kpi_summary").rows}
    assert values["Club membership fees, net"] == 1980_00


def test_tiers_and_top_members_count_goods_only(club: Till) -> None:
    with SqlAlchemyReportSource(club.db.uow).open() as queries:
        (bronze,) = queries.sales_by_tier(Period(MON, TUE), None)
    assert (bronze.checks, bronze.total, bronze.discount, bronze.earned) == (1, 1000_00, 0, 50)
    (anna, _line), *others = club.read(build_top, MON, TUE).members
    assert others == [] and (anna.checks, anna.paid, anna.money_returned) == (1, 1000_00, 0)


def test_the_liability_report_shows_the_club_on_its_day(club: Till) -> None:
    report = club.read(build_liability, TUE, TUE)
    assert report.club_members == 2  # Anna until 01.03.2027, Boris until 02.03.2027
    assert report.club == ClubFees(1, FEE, 0, 0)  # Tuesday: Boris's sale
    south = club.read(build_liability, TUE, TUE, store="Южный")
    assert south.club == ClubFees() and south.club_members == 2  # members carry no terminal
    document = club.document("liability", TUE, TUE, language="ru")
    rows = {row[0]: row[1].value for row in document.table("liability_club").rows}
    assert rows == {
        "Участники клуба": 2,
        "Продано клубных членств": 1,
        "Взносы за клубное членство": 990_00,
        "Возвращено клубных членств": 0,
        "Возвращено взносов за клубное членство": 0,
        "Взносы за клубное членство за вычетом возвратов": 990_00,
    }
