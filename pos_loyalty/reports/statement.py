"""The member statement: one member's points history with a running balance, checks and balance.

Made for the member: the card is masked to its last four digits, the phone never appears. The
opening balance is the sum of every entry before the period; each entry of the period adds to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pos_loyalty.domain.cards import mask_card, validate_card_number
from pos_loyalty.domain.errors import InvalidInput, NotFound
from pos_loyalty.domain.ledger import Wallet
from pos_loyalty.reports.period import Progress, ReportRequest, no_progress
from pos_loyalty.reports.ports import ReportQueries
from pos_loyalty.reports.rows import MemberCard, StatementEntry, StatementSale


@dataclass(frozen=True, slots=True)
class StatementReport:
    """A member's history over the period and their standing when the report is made."""

    member: MemberCard
    opening: int
    entries: tuple[StatementEntry, ...]
    sales: tuple[StatementSale, ...]
    wallet: Wallet
    today: date
    tier: str

    @property
    def masked_card(self) -> str:
        """The card as the member sees it on a slip."""
        return mask_card(self.member.card_number)

    @property
    def points_in(self) -> int:
        """Points credited in the period."""
        return sum(e.points for e in self.entries if e.points > 0)

    @property
    def points_out(self) -> int:
        """Points debited in the period (a positive number)."""
        return -sum(e.points for e in self.entries if e.points < 0)

    @property
    def closing(self) -> int:
        """The balance after the period's last entry."""
        return self.opening + self.points_in - self.points_out

    def running(self) -> tuple[tuple[StatementEntry, int], ...]:
        """Each entry with the balance after it."""
        balance, out = self.opening, []
        for entry in self.entries:
            balance += entry.points
            out.append((entry, balance))
        return tuple(out)


def build_statement(
    queries: ReportQueries, request: ReportRequest, progress: Progress = no_progress
) -> StatementReport:
    """Read the member's entries and checks of the period and their standing now."""
    if not request.card:
        raise InvalidInput("a statement is for one card: give --card NUMBER")
    number = validate_card_number(request.card)
    member = queries.member_by_card(number)
    if member is None:
        raise NotFound(f"card {number} is not registered to a member here")
    period = request.period
    opening = queries.balance_before(member.member_id, period.first)
    entries = tuple(queries.statement_entries(member.member_id, period))
    progress(1, 2)
    sales = tuple(queries.statement_sales(member.member_id, period))
    wallet = queries.wallet(member.member_id)
    programme = queries.current_programme()
    tier = ""
    if programme is not None:
        spend = queries.spend(
            member.member_id, programme.window_start(request.today), request.today
        )
        tier = programme.tier_for(spend).name
    progress(2, 2)
    return StatementReport(member, opening, entries, sales, wallet, request.today, tier)
