"""In-memory fakes of every port, so the rules are tested in milliseconds.

`FakeUnitOfWork` snapshots its state when a transaction begins and restores it on rollback,
so tests see the same all-or-nothing behaviour the database gives.
"""

from __future__ import annotations

import copy
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from datetime import date
from types import TracebackType
from typing import Any, Self

from pos_loyalty.domain.audit import AuditKeys, AuditRecord
from pos_loyalty.domain.cards import Card, CardState
from pos_loyalty.domain.ledger import EntryKind, LedgerEntry, Wallet
from pos_loyalty.domain.members import Member
from pos_loyalty.domain.money import Minor
from pos_loyalty.domain.programme import Programme
from pos_loyalty.domain.projection import StoredWallet
from pos_loyalty.domain.promotions import Promotion
from pos_loyalty.domain.rewards_catalogue import REWARD_OFFLINE
from pos_loyalty.domain.sales import Refund, Sale
from pos_loyalty.domain.staff import Staff
from pos_loyalty.services.ports import ImportBatch, ImportRows, ListedMember, MemberSummary


@dataclass
class State:
    members: dict[str, Member] = field(default_factory=dict)
    cards: dict[str, Card] = field(default_factory=dict)
    card_seq: int = 0
    ledger: list[LedgerEntry] = field(default_factory=list)
    seqs: dict[str, int] = field(default_factory=dict)
    wallets: dict[str, Wallet] = field(default_factory=dict)
    spend: dict[tuple[str, date], Minor] = field(default_factory=dict)
    sales: dict[str, Sale] = field(default_factory=dict)
    refunds: list[Refund] = field(default_factory=list)
    programmes: dict[int, Programme] = field(default_factory=dict)
    offers: dict[tuple[str, str], Promotion] = field(default_factory=dict)
    used_offers: set[tuple[str, str]] = field(default_factory=set)
    outbox: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    staff: dict[str, Staff] = field(default_factory=dict)
    slips: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    audit: list[AuditRecord] = field(default_factory=list)
    audit_keys: tuple[tuple[int, bytes], ...] = ()
    import_batches: list[ImportBatch] = field(default_factory=list)


class _Repo:
    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow

    @property
    def s(self) -> State:
        return self._uow.state


class FakeMembers(_Repo):
    def add(self, member: Member) -> None:
        assert member.id not in self.s.members
        self.s.members[member.id] = member

    def get(self, member_id: str) -> Member | None:
        return self.s.members.get(member_id)

    def update(self, member: Member) -> None:
        self.s.members[member.id] = member

    def find_by_phone(self, prefix: str, limit: int = 20) -> list[Member]:
        found = [m for m in self.s.members.values() if m.phone.startswith(prefix) and m.phone]
        return sorted(found, key=lambda m: m.phone)[:limit]

    def find_by_name(self, text: str, limit: int = 20) -> list[Member]:
        words = text.lower().split()
        found = [
            m
            for m in self.s.members.values()
            if all(any(w.startswith(x) for w in m.name.lower().split()) for x in words)
        ]
        return sorted(found, key=lambda m: m.name)[:limit]

    def merged_from(self, member_id: str) -> list[str]:
        return [m.id for m in self.s.members.values() if m.merged_into == member_id]

    def forget(self, member_id: str) -> None:
        wiped = {"name": "", "phone": "", "email": "", "birthday": None, "consent_at": None}
        self.s.outbox[:] = [
            (kind, {**payload, **wiped, "erased": True})
            if kind in ("member_registered", "member_updated") and payload.get("id") == member_id
            else (kind, payload)
            for kind, payload in self.s.outbox
        ]


class FakeCards(_Repo):
    def add(self, card: Card) -> None:
        assert card.number not in self.s.cards
        self.s.cards[card.number] = card

    def get(self, number: str) -> Card | None:
        return self.s.cards.get(number)

    def update(self, card: Card) -> None:
        self.s.cards[card.number] = card

    def of_member(self, member_id: str) -> list[Card]:
        return [c for c in self.s.cards.values() if c.member_id == member_id]

    def of_members(self, member_ids: list[str]) -> dict[str, list[Card]]:
        return {m: self.of_member(m) for m in member_ids}

    def allocate_sequences(self, count: int) -> range:
        start = self.s.card_seq + 1
        self.s.card_seq += count
        return range(start, start + count)


class FakeLedger(_Repo):
    def add(self, entry: LedgerEntry) -> None:
        assert all(e.id != entry.id for e in self.s.ledger)
        assert all((e.terminal_id, e.seq) != (entry.terminal_id, entry.seq) for e in self.s.ledger)
        self.s.ledger.append(entry)

    def of_member(self, member_id: str) -> list[LedgerEntry]:
        return [e for e in self.s.ledger if e.member_id == member_id]

    def of_sale(self, sale_id: str) -> list[LedgerEntry]:
        return [e for e in self.s.ledger if e.sale_id == sale_id]

    def next_seq(self, terminal_id: str) -> int:
        self.s.seqs[terminal_id] = self.s.seqs.get(terminal_id, 0) + 1
        return self.s.seqs[terminal_id]

    def totals_of_member(self, member_id: str, skip_newest: int = 0) -> tuple[int, int]:
        entries = self.of_member(member_id)
        kept = entries[: max(len(entries) - skip_newest, 0)]
        return len(kept), sum(e.points for e in kept)

    def newest_of_member(self, member_id: str, offset: int, limit: int) -> list[LedgerEntry]:
        return list(reversed(self.of_member(member_id)))[offset : offset + limit]

    def get(self, entry_id: str) -> LedgerEntry | None:
        return next((e for e in self.s.ledger if e.id == entry_id), None)

    def reversal_of(self, entry_id: str) -> LedgerEntry | None:
        return next(
            (e for e in self.s.ledger if e.kind == EntryKind.REVERSAL and e.refers_to == entry_id),
            None,
        )

    def rewards_given(self, reward_id: str) -> int:
        given = [
            e for e in self.s.ledger if e.kind == EntryKind.REWARD and e.refers_to == reward_id
        ]
        return sum(1 for e in given if self.reversal_of(e.id) is None)

    def rewards_given_offline(self, reward_id: str, terminal_id: str) -> int:
        return sum(
            1
            for e in self.s.ledger
            if e.kind == EntryKind.REWARD
            and e.refers_to == reward_id
            and e.terminal_id == terminal_id
            and e.reason == REWARD_OFFLINE
        )


class FakeWallets(_Repo):
    def get(self, member_id: str) -> Wallet:
        return self.s.wallets.get(member_id, Wallet())

    def put(self, member_id: str, wallet: Wallet) -> None:
        self.s.wallets[member_id] = wallet

    def due_to_expire(self, day: date, limit: int) -> list[str]:
        return [m for m, w in self.s.wallets.items() if w.expired(day)][:limit]


class FakeSpend(_Repo):
    def add(self, member_id: str, day: date, amount: Minor) -> None:
        key = (member_id, day)
        self.s.spend[key] = self.s.spend.get(key, 0) + amount

    def since(self, member_id: str, first_day: date) -> Minor:
        return sum(v for (m, d), v in self.s.spend.items() if m == member_id and d >= first_day)

    def by_day(self, member_id: str, first_day: date) -> list[tuple[date, Minor]]:
        found = [(d, v) for (m, d), v in self.s.spend.items() if m == member_id and d >= first_day]
        return sorted(found)


class FakeSales(_Repo):
    def add(self, sale: Sale) -> None:
        self.s.sales[sale.id] = sale

    def get(self, sale_id: str) -> Sale | None:
        return self.s.sales.get(sale_id)

    def set_refunded(self, sale_id: str, refunded: Minor) -> None:
        from dataclasses import replace

        self.s.sales[sale_id] = replace(self.s.sales[sale_id], refunded=refunded)

    def add_refund(self, refund: Refund) -> None:
        self.s.refunds.append(refund)

    def refunds_of(self, sale_id: str) -> list[Refund]:
        return [r for r in self.s.refunds if r.sale_id == sale_id]

    def last_of_terminal(self, terminal_id: str) -> Sale | None:
        mine = [s for s in self.s.sales.values() if s.terminal_id == terminal_id]
        return mine[-1] if mine else None

    def of_member(self, member_id: str, limit: int = 50) -> list[Sale]:
        return [s for s in reversed(self.s.sales.values()) if s.member_id == member_id][:limit]

    def of_member_between(self, member_id: str, first_day: date, last_day: date) -> list[Sale]:
        return [
            s
            for s in self.s.sales.values()
            if s.member_id == member_id and first_day <= s.business_date <= last_day
        ]

    def tiers_of_member(self, member_id: str) -> list[tuple[date, str]]:
        return [
            (s.business_date, s.tier) for s in self.s.sales.values() if s.member_id == member_id
        ]


class FakeProgrammes(_Repo):
    def current(self) -> Programme | None:
        return self.s.programmes[max(self.s.programmes)] if self.s.programmes else None

    def get(self, version: int) -> Programme | None:
        return self.s.programmes.get(version)

    def add(self, programme: Programme) -> None:
        assert programme.version not in self.s.programmes
        self.s.programmes[programme.version] = programme


class FakeOffers(_Repo):
    def add(self, offer: Promotion) -> None:
        self.s.offers[(offer.code, offer.member_id)] = offer

    def of_member(self, member_id: str) -> list[Promotion]:
        return [
            o
            for (code, m), o in self.s.offers.items()
            if m == member_id and (code, m) not in self.s.used_offers
        ]

    def mark_used(self, code: str, member_id: str, sale_id: str) -> None:
        self.s.used_offers.add((code, member_id))


class FakeOutbox(_Repo):
    def add(self, kind: str, payload: dict[str, Any]) -> None:
        self.s.outbox.append((kind, payload))


class FakeSettings(_Repo):
    def get(self, key: str) -> Any:
        return self.s.settings.get(key)

    def put(self, key: str, value: Any) -> None:
        self.s.settings[key] = value


class FakeStaff(_Repo):
    def add(self, person: Staff) -> None:
        assert person.id not in self.s.staff
        self.s.staff[person.id] = person

    def get(self, staff_id: str) -> Staff | None:
        return self.s.staff.get(staff_id)

    def by_name(self, name: str) -> Staff | None:
        return next((p for p in self.s.staff.values() if p.name == name), None)

    def all(self) -> list[Staff]:
        return sorted(self.s.staff.values(), key=lambda p: p.name)

    def update(self, person: Staff) -> None:
        self.s.staff[person.id] = person


class FakeSlips(_Repo):
    def add(self, slip_id: str, sale_id: str, data: dict[str, Any]) -> None:
        assert slip_id not in self.s.slips
        self.s.slips[slip_id] = (sale_id, data)

    def get(self, slip_id: str) -> dict[str, Any] | None:
        found = self.s.slips.get(slip_id)
        return None if found is None else found[1]

    def of_sale(self, sale_id: str) -> list[tuple[str, dict[str, Any]]]:
        return [(k, d) for k, (s, d) in self.s.slips.items() if s == sale_id]


class FakeAudit(_Repo):
    def last(self) -> AuditRecord | None:
        return self.s.audit[-1] if self.s.audit else None

    def add(self, record: AuditRecord) -> None:
        self.s.audit.append(record)

    def all(self) -> list[AuditRecord]:
        return list(self.s.audit)

    def after(self, seq: int, limit: int) -> list[AuditRecord]:
        return [r for r in self.s.audit if r.seq > seq][:limit]

    def newest(self, limit: int, before: int | None, action: str | None) -> list[AuditRecord]:
        found = [
            r
            for r in reversed(self.s.audit)
            if (before is None or r.seq < before) and action in (None, r.action)
        ]
        return found[:limit]

    def count(self, action: str | None) -> int:
        return sum(1 for r in self.s.audit if action in (None, r.action))

    def actions(self) -> list[str]:
        return sorted({r.action for r in self.s.audit})

    def keys(self) -> AuditKeys:
        return AuditKeys(self.s.audit_keys)


class FakeProjections(_Repo):
    def members(self) -> Iterator[tuple[str, list[LedgerEntry], StoredWallet]]:
        ids = sorted({e.member_id for e in self.s.ledger} | set(self.s.wallets))
        for member_id in ids:
            entries = [e for e in self.s.ledger if e.member_id == member_id]
            wallet = self.s.wallets.get(member_id)
            stored = (
                StoredWallet()
                if wallet is None
                else StoredWallet(wallet.lots, wallet.balance, wallet.debt)
            )
            yield member_id, entries, stored

    def count(self) -> int:
        return len(self.s.wallets)

    def own_entries(self, terminal_id: str, after_seq: int, limit: int) -> list[LedgerEntry]:
        own = sorted((e for e in self.s.ledger if e.terminal_id == terminal_id), key=_seq)
        return [e for e in own if e.seq > after_seq][:limit]


def _seq(entry: LedgerEntry) -> int:
    return entry.seq


class FakeImports(_Repo):
    def existing_phones(self, phones: Collection[str]) -> set[str]:
        wanted = set(phones)
        return {m.phone for m in self.s.members.values() if m.phone in wanted and not m.erased_at}

    def existing_cards(self, numbers: Collection[str]) -> set[str]:
        return {n for n in numbers if n in self.s.cards}

    def reserve_card_sequences(self, count: int, above: int) -> range:
        self.s.card_seq = max(self.s.card_seq, above)
        return FakeCards(self._uow).allocate_sequences(count)

    def reserve_ledger_seqs(self, terminal_id: str, count: int) -> range:
        start = self.s.seqs.get(terminal_id, 0) + 1
        self.s.seqs[terminal_id] = start + count - 1
        return range(start, start + count)

    def write(self, rows: ImportRows) -> None:
        for member in rows.members:
            FakeMembers(self._uow).add(member)
        for card in rows.cards:
            FakeCards(self._uow).add(card)
        for entry in rows.entries:
            FakeLedger(self._uow).add(entry)
        for member_id, wallet in rows.wallets:
            self.s.wallets[member_id] = wallet
        for member_id, day, amount in rows.spend:
            FakeSpend(self._uow).add(member_id, day, amount)
        self.s.outbox.extend(rows.outbox)

    def add_batch(self, batch: ImportBatch) -> None:
        self.s.import_batches.append(batch)


class FakeExports(_Repo):
    def members(self, spend_since: date) -> Iterator[MemberSummary]:
        for m in list(self.s.members.values()):
            if m.erased_at is not None or m.merged_into is not None:
                continue
            cards = FakeCards(self._uow).of_member(m.id)
            active = [c for c in cards if c.state == CardState.ACTIVE]
            card = active[0] if active else (cards[-1] if cards else None)
            balance = self.s.wallets.get(m.id, Wallet()).balance
            yield MemberSummary(m, card, balance, FakeSpend(self._uow).since(m.id, spend_since))

    def ledger(self, first_day: date | None, last_day: date | None) -> Iterator[LedgerEntry]:
        low, high = first_day or date.min, last_day or date.max
        in_range = [e for e in self.s.ledger if low <= e.business_date <= high]
        yield from sorted(in_range, key=lambda e: e.business_date)


class FakeDirectory(_Repo):
    def _listed(self, position: int, m: Member, since: date) -> ListedMember:
        cards = FakeCards(self._uow).of_member(m.id)
        active = [c for c in cards if c.state == CardState.ACTIVE]
        card = active[0] if active else (cards[0] if cards else None)
        balance = self.s.wallets.get(m.id, Wallet()).balance
        spend = FakeSpend(self._uow).since(m.id, since)
        return ListedMember(position, MemberSummary(m, card, balance, spend))

    def _positions(self) -> list[tuple[int, Member]]:
        listed = enumerate(self.s.members.values(), start=1)
        return [(pos, m) for pos, m in listed if m.merged_into is None]

    def page(self, after: int, limit: int, spend_since: date) -> list[ListedMember]:
        rows = [(p, m) for p, m in self._positions() if p > after][:limit]
        return [self._listed(p, m, spend_since) for p, m in rows]

    def of_ids(self, member_ids: list[str], spend_since: date) -> list[ListedMember]:
        found = {m.id: (p, m) for p, m in self._positions()}
        rows = [found[i] for i in dict.fromkeys(member_ids) if i in found]
        return [self._listed(p, m, spend_since) for p, m in rows]

    def ids_by_card_prefix(self, prefix: str, limit: int) -> list[str]:
        numbers = sorted(n for n in self.s.cards if n.startswith(prefix))
        holders = [self.s.cards[n].member_id for n in numbers]
        return list(dict.fromkeys(h for h in holders if h is not None))[:limit]

    def count(self) -> int:
        return len(self._positions())


class FakeUnitOfWork:
    """All repositories over one in-memory state, with transactional snapshots."""

    def __init__(self) -> None:
        self.state = State()
        self._saved: State | None = None
        self.commits = 0
        self.members = FakeMembers(self)
        self.cards = FakeCards(self)
        self.ledger = FakeLedger(self)
        self.wallets = FakeWallets(self)
        self.spend = FakeSpend(self)
        self.sales = FakeSales(self)
        self.programmes = FakeProgrammes(self)
        self.offers = FakeOffers(self)
        self.outbox = FakeOutbox(self)
        self.settings = FakeSettings(self)
        self.staff = FakeStaff(self)
        self.slips = FakeSlips(self)
        self.audit = FakeAudit(self)
        self.imports = FakeImports(self)
        self.exports = FakeExports(self)
        self.directory = FakeDirectory(self)
        self.projections = FakeProjections(self)

    def __enter__(self) -> Self:
        assert self._saved is None, "transactions do not nest"
        self._saved = copy.deepcopy(self.state)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._saved is not None:
            self.rollback()

    def read_only(self) -> Self:
        return self

    def commit(self) -> None:
        self._saved = None
        self.commits += 1

    def rollback(self) -> None:
        if self._saved is not None:
            self.state = self._saved
        self._saved = None
