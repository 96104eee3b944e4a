"""Club membership fees in the reports: added up from the query rows, shown on their own lines."""

from __future__ import annotations

from datetime import date

from pos_loyalty.reports.club import ClubFees, club_lines, fees_of
from pos_loyalty.reports.document import Kind
from pos_loyalty.reports.rows import RefundsDay, SalesDay
from pos_loyalty.reports.z import ZFigures, _add_refunds, _add_sales

MON = date(2026, 3, 2)


def _sales(terminal: str, memberships: int, fees: int) -> SalesDay:
    # one check of goods with a card, 1,000.00, 100.00 off, and the day's membership fees
    return SalesDay(MON, terminal, 1, 0, 1000_00, 0, 100_00, 0, 900_00, memberships, fees)


def _refunds(terminal: str, memberships: int, returned: int) -> RefundsDay:
    # one refund of goods (300.00 back) and the day's refunds of membership fees
    return RefundsDay(MON, terminal, 1, 0, 300_00, 300_00, 15, 0, memberships, returned)


def test_fees_and_refunds_of_fees_add_up_over_terminals() -> None:
    sales = [_sales("T1", 2, 1980_00), _sales("T2", 1, 990_00)]
    refunds = [_refunds("T1", 0, 0), _refunds("T2", 1, 990_00)]
    club = fees_of(sales, refunds)
    assert club == ClubFees(sold=3, fees=2970_00, refunded=1, returned=990_00)
    assert club.net == 1980_00  # 2,970.00 - 990.00


def test_the_z_figures_keep_fees_out_of_checks_and_refunds_of_goods() -> None:
    z = ZFigures()
    _add_sales(z, _sales("T2", 1, 990_00))
    _add_refunds(z, _refunds("T2", 1, 990_00))
    assert (z.checks, z.card_total, z.discount) == (1, 1000_00, 100_00)
    assert (z.refunds, z.refund_amount, z.money_returned) == (1, 300_00, 300_00)
    assert z.club == ClubFees(1, 990_00, 1, 990_00) and z.club.net == 0


def test_the_summary_lines_are_count_and_money_for_sales_refunds_and_net() -> None:
    assert club_lines(ClubFees(3, 2970_00, 1, 990_00)) == [
        ("fig.memberships", 3, Kind.INT),
        ("fig.membership_fees", 2970_00, Kind.MONEY),
        ("fig.membership_refunds", 1, Kind.INT),
        ("fig.membership_returned", 990_00, Kind.MONEY),
        ("fig.membership_net", 1980_00, Kind.MONEY),
    ]
