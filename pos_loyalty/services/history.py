"""The member page of the back office: who the member is, their cards, tier and points history.

The points history is read a page at a time, newest first, each entry with the balance right
after it; a member with 50,000 entries costs one page of rows and two index-range sums. The tier
history comes from the tier each sale recorded (the tier held before it), with the qualifying
spend at the start of that day, and ends with today's tier when it differs (a purchase lifted the
member, or spend fell out of the window). Spend over time is the qualifying spend by month.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import date
from itertools import accumulate

from pos_loyalty.domain.cards import Card, validate_card_number
from pos_loyalty.domain.errors import InvalidInput, NotAllowed, NotFound
from pos_loyalty.domain.ledger import LedgerEntry
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.sales import Sale
from pos_loyalty.services.lookup import Standing, require_programme, standing_of
from pos_loyalty.services.ports import Clock, UnitOfWork

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
RECENT_SALES = 20


@dataclass(frozen=True, slots=True)
class PointsLine:
    """One ledger entry and the member's balance right after it."""

    entry: LedgerEntry
    running_balance: int


@dataclass(frozen=True, slots=True)
class TierStep:
    """The member held `tier` from `since` on: as a sale recorded it, or as it is today."""

    since: date
    tier: str
    qualifying_spend: Minor
    source: str


@dataclass(frozen=True, slots=True)
class MemberPage:
    """Everything the back office shows about one member (one page of their points history)."""

    member: Member
    cards: tuple[Card, ...]
    standing: Standing
    tier_history: tuple[TierStep, ...]
    spend_by_month: tuple[tuple[str, Minor], ...]
    points: tuple[PointsLine, ...]
    page: int
    page_size: int
    entries: int
    sales: tuple[Sale, ...]
    merged_from: tuple[str, ...]

    @property
    def pages(self) -> int:
        """How many pages the whole points history fills (at least 1)."""
        return max(1, -(-self.entries // self.page_size))


def member_page_for_card(
    number: str,
    *,
    uow: UnitOfWork,
    clock: Clock,
    page: int = 1,
    page_size: int = DEFAULT_PAGE_SIZE,
) -> MemberPage:
    """The member page of the member holding this card (after a merge: the kept member)."""
    with uow.read_only():
        card = uow.cards.get(validate_card_number(number))
        if card is None:
            raise NotFound(f"card {number} is not known here: check the number")
        if card.member_id is None:
            raise NotAllowed(f"card {number} is not registered to anyone")
        return _page(uow, card.member_id, clock, page, page_size)


def member_page(
    member_id: str,
    *,
    uow: UnitOfWork,
    clock: Clock,
    page: int = 1,
    page_size: int = DEFAULT_PAGE_SIZE,
) -> MemberPage:
    """The member page of one member, with page `page` (1 = newest) of their points history."""
    with uow.read_only():
        return _page(uow, member_id, clock, page, page_size)


def _page(uow: UnitOfWork, member_id: str, clock: Clock, page: int, page_size: int) -> MemberPage:
    if page < 1 or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise InvalidInput(f"pages start at 1 and hold 1 to {MAX_PAGE_SIZE} entries")
    member = uow.members.get(member_id)
    if member is None:
        raise NotFound(f"no member with id {member_id}")
    programme, today = require_programme(uow), clock().date()
    standing = standing_of(uow, programme, member, uow.wallets.get(member.id), today)
    days = uow.spend.by_day(member.id, date.min)
    return MemberPage(
        member=member,
        cards=tuple(uow.cards.of_member(member.id)),
        standing=standing,
        tier_history=tier_history(
            uow.sales.tiers_of_member(member.id), days, programme, standing, today
        ),
        spend_by_month=spend_by_month(days),
        points=_points_page(uow, member.id, (page - 1) * page_size, page_size),
        page=page,
        page_size=page_size,
        entries=uow.ledger.totals_of_member(member.id)[0],
        sales=tuple(uow.sales.of_member(member.id, RECENT_SALES)),
        merged_from=tuple(uow.members.merged_from(member.id)),
    )


def _points_page(
    uow: UnitOfWork, member_id: str, offset: int, limit: int
) -> tuple[PointsLine, ...]:
    entries = uow.ledger.newest_of_member(member_id, offset, limit)
    running = uow.ledger.totals_of_member(member_id, skip_newest=offset)[1]
    lines = []
    for entry in entries:
        lines.append(PointsLine(entry, running))
        running -= entry.points
    return tuple(lines)


def tier_history(
    sale_tiers: list[tuple[date, str]],
    spend_days: list[tuple[date, Minor]],
    programme: Programme,
    standing: Standing,
    today: date,
) -> tuple[TierStep, ...]:
    """Collapse the tiers sales recorded into steps; end with today's tier if it differs."""
    days = [day for day, _ in spend_days]
    totals = [0, *accumulate(amount for _, amount in spend_days)]

    def spend_before(day: date) -> Minor:
        first = bisect_left(days, programme.window_start(day))
        return totals[bisect_left(days, day)] - totals[first]

    steps: list[TierStep] = []
    for day, tier in sale_tiers:
        if not steps or steps[-1].tier != tier:
            steps.append(TierStep(day, tier, spend_before(day), "sale"))
    if not steps or steps[-1].tier != standing.tier.name:
        steps.append(TierStep(today, standing.tier.name, standing.qualifying_spend, "today"))
    return tuple(steps)


def spend_by_month(spend_days: list[tuple[date, Minor]]) -> tuple[tuple[str, Minor], ...]:
    """Qualifying spend per calendar month ('2026-03'), oldest first, refunds netted."""
    months: dict[str, Minor] = {}
    for day, amount in spend_days:
        key = f"{day.year:04d}-{day.month:02d}"
        months[key] = months.get(key, 0) + amount
    return tuple(months.items())
