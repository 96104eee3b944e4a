"""The back office's member list: a page at a time in registration order, or what a search finds.

A page is read after a cursor (the last member's position), so the millionth member costs what
the first does. A search takes a card number (or its first digits: ours start with 042), a
phone number or a name, the way the counter searches. Each line carries what the list shows:
name, phone, main card, tier (from the qualifying spend of the tier window), balance and the
day the member registered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pos_loyalty.domain.cards import CARD_PREFIX
from pos_loyalty.domain.programme import Programme
from pos_loyalty.services.lookup import match_members, require_programme
from pos_loyalty.services.ports import Clock, ListedMember, UnitOfWork

PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000
SEARCH_LIMIT = 50


@dataclass(frozen=True, slots=True)
class DirectoryLine:
    """One row of the member list."""

    position: int
    member_id: str
    name: str
    phone: str
    card: str | None
    tier: str
    balance: int
    registered_on: date | None
    erased: bool


@dataclass(frozen=True, slots=True)
class DirectoryPage:
    """One page of the list, the cursor to read the next one after, and whether there is one."""

    lines: tuple[DirectoryLine, ...]
    after: int
    more: bool


def directory_page(
    uow: UnitOfWork, *, clock: Clock, after: int = 0, limit: int = PAGE_SIZE
) -> DirectoryPage:
    """The members registered after the cursor `after` (0: from the first), `limit` of them."""
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise ValueError(f"a page holds 1 to {MAX_PAGE_SIZE} members, not {limit}")
    with uow.read_only():
        programme = require_programme(uow)
        since = programme.window_start(clock().date())
        listed = uow.directory.page(after, limit + 1, since)
    lines = tuple(_line(item, programme) for item in listed[:limit])
    last = lines[-1].position if lines else after
    return DirectoryPage(lines, last, len(listed) > limit)


def search_directory(
    uow: UnitOfWork, text: str, *, clock: Clock, limit: int = SEARCH_LIMIT
) -> tuple[DirectoryLine, ...]:
    """The members a card number, phone or name finds (what the counter's search finds)."""
    text = text.strip()
    if not text:
        return ()
    with uow.read_only():
        programme = require_programme(uow)
        since = programme.window_start(clock().date())
        compact = text.replace(" ", "")
        if compact.isdigit() and compact.startswith(CARD_PREFIX):
            ids = uow.directory.ids_by_card_prefix(compact, limit)
        else:
            ids = [m.id for m in match_members(uow, text, limit) if m.merged_into is None]
        listed = uow.directory.of_ids(ids, since)
    return tuple(_line(item, programme) for item in listed)


def count_members(uow: UnitOfWork) -> int:
    """How many members the list holds (merged members left out)."""
    with uow.read_only():
        return uow.directory.count()


def _line(item: ListedMember, programme: Programme) -> DirectoryLine:
    summary = item.summary
    member = summary.member
    return DirectoryLine(
        position=item.position,
        member_id=member.id,
        name=member.name,
        phone=member.phone,
        card=None if summary.card is None else summary.card.number,
        tier=programme.tier_for(summary.spend).name,
        balance=summary.balance,
        registered_on=member.registered_on,
        erased=member.is_erased,
    )
