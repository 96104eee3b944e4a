"""Generated demo stores: members with cards and a year of sales, computed by the real rules.

Each member's year is simulated with the same checkout maths and ledger rules a live
terminal uses (quote, lots, expiry, tiers), so a generated store is indistinguishable from
one that took those sales at the counter: balances equal the sums of their ledgers.
Deterministic for a given seed.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone

from pos_loyalty.domain.cards import Card, CardState, CardType, card_number_for
from pos_loyalty.domain.checkout import MAX, CheckLine, Terms, quote
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry, Wallet, apply_entry
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.sales import Sale

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


@dataclass
class MemberHistory:
    """Everything generated for one member."""

    member: Member
    card: Card
    sales: list[Sale] = field(default_factory=list)
    entries: list[LedgerEntry] = field(default_factory=list)
    wallet: Wallet = field(default_factory=Wallet)
    spend: dict[date, int] = field(default_factory=dict)


class _Sequences:
    def __init__(self, terminals: tuple[str, ...]) -> None:
        self.terminals = terminals
        self.next = dict.fromkeys(terminals, 0)

    def take(self, terminal: str) -> int:
        self.next[terminal] += 1
        return self.next[terminal]


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
    seqs = _Sequences(terminals)
    for i in range(first_index, first_index + members):
        yield _member_year(programme, i, i + 1, today, rng, seqs, sales_per_member, tz)


def _member_year(
    programme: Programme,
    i: int,
    sequence: int,
    today: date,
    rng: random.Random,
    seqs: _Sequences,
    sales_per_member: int,
    tz: timezone,
) -> MemberHistory:
    joined = today - timedelta(days=rng.randint(1, 365))
    birthday = date(rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28))
    member = Member(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        name=_name(rng),
        phone=f"79{i:09d}",
        email=f"member{i}@example.com",
        birthday=birthday,
        consent_at=datetime.combine(joined, time(10), tz),
        registered_on=joined,
    )
    card = Card(card_number_for(sequence), CardType.BONUS, CardState.ACTIVE, member.id)
    h = MemberHistory(member, card)
    terminal = seqs.terminals[i % len(seqs.terminals)]
    _post(
        h,
        programme,
        seqs,
        terminal,
        joined,
        time(10),
        EntryKind.BONUS,
        programme.bonuses.welcome,
        tz,
        reason="welcome",
    )
    days = sorted(
        rng.sample(
            range((today - joined).days),
            min(rng.randint(0, 2 * sales_per_member), (today - joined).days),
        )
    )
    for offset in days:
        _sale(h, programme, seqs, terminal, joined + timedelta(days=offset), rng, tz)
    last = max((s.business_date for s in h.sales), default=None)
    h.member = replace(member, last_purchase_on=last)
    return h


def _post(
    h: MemberHistory,
    programme: Programme,
    seqs: _Sequences,
    terminal: str,
    day: date,
    at: time,
    kind: EntryKind,
    points: int,
    tz: timezone,
    *,
    sale_id: str | None = None,
    refers_to: str | None = None,
    active_from: date | None = None,
    reason: str = "",
) -> LedgerEntry | None:
    if points == 0:
        return None
    expires = day + timedelta(days=programme.expire_after_days) if points > 0 else None
    if kind == EntryKind.EXPIRE:
        expires = None
    entry = LedgerEntry(
        id=str(uuid.uuid4()),
        terminal_id=terminal,
        seq=seqs.take(terminal),
        member_id=h.member.id,
        kind=kind,
        points=points,
        business_date=day,
        created_at=datetime.combine(day, at, tz),
        staff_id="demo",
        programme_version=programme.version,
        card_number=h.card.number,
        sale_id=sale_id,
        refers_to=refers_to,
        active_from=(active_from or day) if points > 0 else None,
        expires_on=expires if points > 0 and programme.expire_after_days > 0 else None,
        reason=reason,
    )
    h.wallet = apply_entry(h.wallet, entry)
    h.entries.append(entry)
    return entry


def _sale(
    h: MemberHistory,
    programme: Programme,
    seqs: _Sequences,
    terminal: str,
    day: date,
    rng: random.Random,
    tz: timezone,
) -> None:
    at = time(rng.randint(9, 21), rng.randint(0, 59))
    for lot in h.wallet.expired(day):
        _post(
            h,
            programme,
            seqs,
            terminal,
            day,
            at,
            EntryKind.EXPIRE,
            -lot.remaining,
            tz,
            refers_to=lot.id,
            reason="expired",
        )
    start = programme.window_start(day)
    tier = programme.tier_for(sum(v for d, v in h.spend.items() if d >= start))
    lines = [CheckLine(rng.randint(100, 8000) * 100 + rng.choice((0, 50, 99)))]
    if rng.random() < 0.15:
        lines.append(CheckLine(rng.randint(150, 400) * 100, "tobacco"))
    redeem = MAX if rng.random() < 0.25 else None
    q = quote(programme, Terms(tier, h.wallet.spendable(day)), tuple(lines), redeem)
    sale = Sale(
        id=str(uuid.uuid4()),
        terminal_id=terminal,
        receipt_no=f"{rng.randint(1, 99999):05d}",
        business_date=day,
        created_at=datetime.combine(day, at, tz),
        lines=tuple(lines),
        total=q.total,
        discount=q.discount,
        redeemed_points=q.redeemed_points,
        redeemed_value=q.redeemed_value,
        paid=q.payable,
        earned_points=q.earned_points,
        member_id=h.member.id,
        card_number=h.card.number,
        staff_id="demo",
        programme_version=programme.version,
        tier=tier.name,
    )
    h.sales.append(sale)
    _post(
        h,
        programme,
        seqs,
        terminal,
        day,
        at,
        EntryKind.REDEEM,
        -q.redeemed_points,
        tz,
        sale_id=sale.id,
        reason="redeemed",
    )
    _post(
        h,
        programme,
        seqs,
        terminal,
        day,
        at,
        EntryKind.EARN,
        q.earned_points,
        tz,
        sale_id=sale.id,
        active_from=day + timedelta(days=programme.activation_days),
        reason="earned",
    )
    h.spend[day] = h.spend.get(day, 0) + q.payable
