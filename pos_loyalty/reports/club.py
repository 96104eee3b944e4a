"""Paid club membership in the reports: fees taken and refunded, apart from sales of goods.

A membership fee buys terms, not goods: it is not a check, earns no points and gets no
discount, so counting it with the checks would lower the average check, the discount and the
earn ratios. The Z-report, the KPIs and the liability report show it on lines of its own: how
many memberships were sold and for how much, how many were refunded and the money returned.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pos_loyalty.domain.money import Minor
from pos_loyalty.reports.blocks import SummaryItem
from pos_loyalty.reports.document import Kind
from pos_loyalty.reports.period import Period
from pos_loyalty.reports.ports import ReportQueries, Terminals
from pos_loyalty.reports.rows import RefundsDay, SalesDay


@dataclass(frozen=True, slots=True)
class ClubFees:
    """Memberships sold and refunded in a period, and their money (kopecks)."""

    sold: int = 0
    fees: Minor = 0
    refunded: int = 0
    returned: Minor = 0

    @property
    def net(self) -> Minor:
        """Fees taken less fees returned."""
        return self.fees - self.returned


def club_fees(queries: ReportQueries, period: Period, terminals: Terminals) -> ClubFees:
    """Add up the period's membership sales and refunds at these terminals."""
    return fees_of(
        queries.sales_by_day(period, terminals), queries.refunds_by_day(period, terminals)
    )


def fees_of(sales: Iterable[SalesDay], refunds: Iterable[RefundsDay]) -> ClubFees:
    """Add up the membership sales and refunds of rows already read."""
    sold = fees = refunded = returned = 0
    for sale in sales:
        sold, fees = sold + sale.memberships, fees + sale.membership_fees
    for refund in refunds:
        refunded += refund.memberships
        returned += refund.membership_returned
    return ClubFees(sold, fees, refunded, returned)


def club_lines(club: ClubFees) -> list[SummaryItem]:
    """The summary lines: sold and fees, refunded and money returned, net fees."""
    return [
        ("fig.memberships", club.sold, Kind.INT),
        ("fig.membership_fees", club.fees, Kind.MONEY),
        ("fig.membership_refunds", club.refunded, Kind.INT),
        ("fig.membership_returned", club.returned, Kind.MONEY),
        ("fig.membership_net", club.net, Kind.MONEY),
    ]
