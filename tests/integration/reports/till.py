"""A till for the report tests: the real use cases on a real SQLite file, each at a set time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

from db import Database, open_database
from db.reports import SqlAlchemyReportSource
from pos_loyalty.domain.checkout import MAX, CheckLine
from pos_loyalty.domain.money import parse_money
from pos_loyalty.reports import Document, Period, ReportRequest, Scope, build_document
from pos_loyalty.reports.ports import ReportQueries
from pos_loyalty.reports.scope import resolve_scope
from pos_loyalty.services.cards import issue_cards
from pos_loyalty.services.checkout import Checkout, commit_checkout
from pos_loyalty.services.members import Registration, register_member
from pos_loyalty.services.points import adjust_balance, expire_points
from pos_loyalty.services.posting import Actor
from pos_loyalty.services.programmes import save_programme
from pos_loyalty.services.refunds import refund_sale
from tests.cli_staff import add_staff_by_id

MSK = timezone(timedelta(hours=3))
T = TypeVar("T")


@dataclass
class Member:
    """A member the scenario registered."""

    id: str
    card: str


@dataclass
class Till:
    """Runs the use cases with a clock the scenario sets before each step."""

    db: Database
    now: datetime = datetime(2026, 3, 2, 9, 0, tzinfo=MSK)
    sales: dict[str, str] = field(default_factory=dict)

    @classmethod
    def open(cls, path: Path) -> Till:
        db = open_database(path)
        add_staff_by_id(db)
        return cls(db)

    def clock(self) -> datetime:
        return self.now

    def at(self, day: date, hour: int = 12, minute: int = 0) -> Till:
        self.now = datetime.combine(day, time(hour, minute), MSK)
        return self

    def programme(self, data: dict[str, Any]) -> int:
        return save_programme(data, uow=self.db.uow()).version

    def settings(self, **values: Any) -> None:
        uow = self.db.uow()
        with uow:
            for key, value in values.items():
                uow.settings.put(key, value)
            uow.commit()

    def register(self, name: str, phone: str, terminal: str) -> Member:
        done = register_member(
            Registration(name, phone, True),
            uow=self.db.uow(),
            clock=self.clock,
            actor=Actor(terminal, "cashier"),
        )
        return Member(done.member.id, done.card.number)

    def buy(
        self, card: str | None, total: str, terminal: str, *, redeem: bool = False, tag: str = ""
    ) -> str:
        cmd = Checkout(card, (CheckLine(parse_money(total)),), MAX if redeem else None)
        done = commit_checkout(
            cmd, uow=self.db.uow(), clock=self.clock, actor=Actor(terminal, "cashier")
        )
        if tag:
            self.sales[tag] = done.sale.id
        return done.sale.id

    def refund(self, tag: str, amount: str, terminal: str) -> None:
        refund_sale(
            self.sales[tag],
            parse_money(amount),
            "goods returned",
            uow=self.db.uow(),
            clock=self.clock,
            actor=Actor(terminal, "cashier"),
            approved_by="manager",
        )

    def issue(self, count: int) -> None:
        issue_cards(count, uow=self.db.uow())

    def adjust(self, member: Member, points: int, reason: str, terminal: str) -> None:
        adjust_balance(
            member.id,
            points,
            reason,
            uow=self.db.uow(),
            clock=self.clock,
            actor=Actor(terminal, "manager"),
            approved_by="second-manager",
        )

    def expire(self, terminal: str) -> int:
        return expire_points(uow=self.db.uow(), clock=self.clock, actor=Actor(terminal, "manager"))

    def request(
        self,
        first: date,
        last: date,
        *,
        now: datetime | None = None,
        store: str | None = None,
        language: str = "en",
        **options: Any,
    ) -> Callable[[ReportQueries], ReportRequest]:
        def make(queries: ReportQueries) -> ReportRequest:
            scope: Scope = resolve_scope(queries, store)
            return ReportRequest(
                Period(first, last),
                scope,
                MSK,
                now or self.now,
                language,
                **options,  # type: ignore[arg-type]
            )

        return make

    def read(
        self, build: Callable[[ReportQueries, ReportRequest], T], first: date, last: date, **kw: Any
    ) -> T:
        """Build report figures (build_z, build_liability, ...) in one read snapshot."""
        with SqlAlchemyReportSource(self.db.uow).open() as queries:
            return build(queries, self.request(first, last, **kw)(queries))

    def document(self, name: str, first: date, last: date, **kw: Any) -> Document:
        """Build a report document whose rows are all read while the snapshot is open."""
        with SqlAlchemyReportSource(self.db.uow).open() as queries:
            document = build_document(name, queries, self.request(first, last, **kw)(queries))
            return materialized(document)


def materialized(document: Document) -> Document:
    """The same document with every table's rows read into tuples."""
    from dataclasses import replace

    from pos_loyalty.reports import Table

    blocks = tuple(
        replace(b, rows=tuple(b.rows)) if isinstance(b, Table) else b for b in document.blocks
    )
    return replace(document, blocks=blocks)
