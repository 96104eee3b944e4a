"""Generated demo stores: members with cards and a year of sales, recorded by the real use cases.

Each member is registered with `register_member` and each sale recorded with `commit_checkout`,
the code a counter runs, into an in-memory unit of work (`history_store`): the store that comes
out is one that took those sales at the counter, welcome and birthday bonuses, promotions,
activation and expiry included, and balances equal the sums of their ledgers. The histories are
then written in bulk (`db.bulk.BulkWriter.write_histories`). Names, phones, cards, days and
amounts are deterministic for a given seed; ids are fresh UUIDs.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone

from pos_loyalty.domain.cards import card_number_for
from pos_loyalty.domain.checkout import MAX, CheckLine
from pos_loyalty.domain.programme import Programme
from pos_loyalty.services.checkout import Checkout, commit_checkout
from pos_loyalty.services.history_store import HistoryUnitOfWork, MemberHistory
from pos_loyalty.services.members import Registration, register_member
from pos_loyalty.services.ports import Clock
from pos_loyalty.services.posting import Actor

FIRST = [
    "Иван",
    "Анна",
    "Пётр",
    "Мария",
    "Сергей",
    "Елена",
    "Алексей",
    "Ольга",
    "Дмитрий",
    "Наталья",
    "Андрей",
    "Татьяна",
    "Михаил",
    "Ирина",
    "John",
    "Emily",
    "Олег",
    "Светлана",
]
LAST = [
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Smith",
    "Brown",
]
FEMININE = {"Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана"}
TERMINALS = ("DEMO-1", "DEMO-2", "DEMO-3")
STAFF = "demo"
OPENING = time(9)
"""Members register when the shop opens, before any sale of their first day."""


def _name(rng: random.Random) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    if first in FEMININE and last[-2:] in ("ов", "ев", "ин"):
        last += "а"
    return f"{first} {last}"


def generate(
    programme: Programme,
    members: int,
    today: date,
    *,
    seed: int = 7,
    sales_per_member: int = 7,
    tz: timezone = timezone(timedelta(hours=3)),
    first_index: int = 0,
    terminals: tuple[str, ...] = TERMINALS,
) -> Iterator[MemberHistory]:
    """Yield `members` generated members, each with a year of history ending yesterday.

    Member i (from `first_index`) gets card sequence i + 1 and phone 79 + i, so separate runs
    with disjoint index ranges and their own `terminals` can fill one store in parallel.
    """
    rng = random.Random(seed)
    sequences: dict[str, int] = {}
    for i in range(first_index, first_index + members):
        store = HistoryUnitOfWork(programme, sequences)
        actor = Actor(terminals[i % len(terminals)], STAFF)
        yield _member_year(store, actor, i, today, rng, sales_per_member, tz)


def _member_year(
    store: HistoryUnitOfWork,
    actor: Actor,
    i: int,
    today: date,
    rng: random.Random,
    sales_per_member: int,
    tz: timezone,
) -> MemberHistory:
    joined = today - timedelta(days=rng.randint(1, 365))
    registration = Registration(
        name=_name(rng),
        phone=f"79{i:09d}",
        consent=True,
        marketing_consent=i % 5 != 0,  # four in five agree to offers, so segments export
        email=f"member{i}@example.com",
        birthday=date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)),
        card_number=card_number_for(i + 1),
    )
    done = register_member(registration, uow=store, clock=_at(joined, OPENING, tz), actor=actor)
    span = (today - joined).days
    for offset in sorted(rng.sample(range(span), min(rng.randint(0, 2 * sales_per_member), span))):
        _sale(store, actor, done.card.number, joined + timedelta(days=offset), rng, tz)
    return store.history(done.member.id, done.card.number)


def _sale(
    store: HistoryUnitOfWork,
    actor: Actor,
    card: str,
    day: date,
    rng: random.Random,
    tz: timezone,
) -> None:
    """Record one random check at the counter: goods, sometimes tobacco, sometimes redeeming."""
    at = time(rng.randint(9, 21), rng.randint(0, 59))
    lines = [CheckLine(rng.randint(100, 8000) * 100 + rng.choice((0, 50, 99)))]
    if rng.random() < 0.15:
        lines.append(CheckLine(rng.randint(150, 400) * 100, "tobacco"))
    redeem = MAX if rng.random() < 0.25 else None
    cmd = Checkout(card, tuple(lines), redeem, receipt_no=f"{rng.randint(1, 99999):05d}")
    commit_checkout(cmd, uow=store, clock=_at(day, at, tz), actor=actor)


def _at(day: date, at: time, tz: timezone) -> Clock:
    """A clock stopped at `at` on `day`, in the store's zone."""
    moment = datetime.combine(day, at, tz)
    return lambda: moment
