"""A document through the server's JSON form and back, and figures added up by store."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from fractions import Fraction
from typing import Any

import pytest

from db import jsontext
from pos_loyalty.domain.errors import InvalidInput
from pos_loyalty.reports import Chart, ChartKind, Column, Document, Kind, Note, Period, Table
from pos_loyalty.reports.document import Figure, Series
from pos_loyalty.reports.labels import labels_for
from pos_loyalty.reports.rows import PointsDay
from pos_loyalty.reports.stores import group_by_store, points_by_store
from pos_loyalty.reports.wire import document_from_wire, document_to_wire

MSK = timezone(timedelta(hours=3))
DAY = date(2026, 4, 1)


def _document() -> Document:
    columns = (
        Column("name", "Name", Kind.TEXT, 3),
        Column("money", "Money", Kind.MONEY),
        Column("share", "Share", Kind.PERCENT),
        Column("day", "Day", Kind.DATE),
        Column("at", "At", Kind.DATETIME),
    )
    rows = (
        ("Анна", 1000_00, Fraction(2, 3), DAY, datetime(2026, 4, 1, 9, 30, tzinfo=MSK)),
        ("Later", -5, None, None, None),
    )
    summary = Table(
        "summary",
        "Summary",
        (Column("figure", "Figure", Kind.TEXT), Column("value", "Value", Kind.MIXED)),
        (("Share", Figure(Fraction(3, 4), Kind.PERCENT)), ("Day", Figure(DAY, Kind.DATE))),
        2,
        compact=True,
    )
    chart = Chart(
        "c", "A chart", ChartKind.BAR, ("a", "b"), (Series("s", (3, Fraction(7, 2))),), Kind.POINTS
    )
    return Document(
        report="z",
        title="Z",
        store="Chain",
        period=Period(DAY, DAY),
        generated_at=datetime(2026, 4, 1, 20, 0, tzinfo=MSK),
        language="ru",
        blocks=(summary, Table("t", "T", columns, rows, 2), chart, Note("a note")),
        terminals=("T-N", "T-S"),
    )


def _over_the_wire(document: Document) -> Any:
    return json.loads(jsontext.dumps(document_to_wire(document)))


def test_a_document_comes_back_from_json_exactly_as_it_went() -> None:
    document = _document()
    data = _over_the_wire(document)
    assert document_from_wire(data) == document
    assert data["blocks"][0]["rows"][0][1] == {"kind": "percent", "value": {"ratio": "3/4"}}
    assert data["blocks"][1]["rows"][0][1] == 1000_00


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda d: d.pop("blocks"), "could not be read"),
        (lambda d: d.update(format=2), "format 2"),
        (lambda d: d["blocks"][1]["rows"][0].__setitem__(1, {"amount": 1.5}), "neither"),
        (lambda d: d["blocks"][2]["series"][0]["values"].__setitem__(0, 1.5), "neither"),
        (lambda d: d["blocks"].append({"type": "image"}), "unknown type"),
    ],
)
def test_a_damaged_document_is_refused_with_a_reason(damage: Any, message: str) -> None:
    data = _over_the_wire(_document())
    damage(data)
    with pytest.raises(InvalidInput, match=message):
        document_from_wire(data)


@dataclass
class Counts:
    checks: int = 0

    def add(self, other: Counts) -> None:
        self.checks += other.checks


def test_terminals_add_up_into_their_stores_and_unknown_ones_stand_alone() -> None:
    t = labels_for("en")
    stores = {"Север": ("T-N",), "Юг": ("T-S", "T-S2"), "Запад": ("T-W",)}
    by_terminal = {"T-N": Counts(1), "T-S": Counts(2), "T-S2": Counts(3), "T-X": Counts(4)}
    grouped = dict(group_by_store(by_terminal, stores, None, t, Counts))
    assert grouped == {
        "Север": Counts(1),
        "Юг": Counts(5),
        "Запад": Counts(0),
        "T-X (not enrolled)": Counts(4),
    }
    only = dict(group_by_store({"T-S": Counts(2)}, stores, ("T-S",), t, Counts))
    assert only == {"Юг": Counts(2)}


def test_points_by_store_credit_and_debit_each_store() -> None:
    rows = [
        PointsDay(DAY, "T-N", "earn", 50, 0),
        PointsDay(DAY, "T-S", "earn", 125, 0),
        PointsDay(DAY, "T-S", "redeem", 0, 100),
    ]
    found = points_by_store(rows, {"Север": ("T-N",), "Юг": ("T-S",)}, labels_for("en"))
    assert [(s.store, s.credited, s.debited, s.net) for s in found] == [
        ("Север", 50, 0, 50),
        ("Юг", 125, 100, 25),
    ]
