"""Rendering a document: PDF (read back with pypdf, Cyrillic included), CSV, JSON, scope."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from fractions import Fraction
from pathlib import Path

import pytest
from pypdf import PdfReader

from pos_loyalty.domain.errors import NotFound
from pos_loyalty.reports import (
    Chart,
    ChartKind,
    Column,
    Document,
    Kind,
    Note,
    Period,
    Table,
    document_to_plain,
    render_pdf,
    resolve_scope,
    write_csv,
)
from pos_loyalty.reports.document import Row, Series


class CountingRows:
    """Rows made on demand, counting how many passes were made over them."""

    def __init__(self, count: int) -> None:
        self.count, self.passes = count, 0

    def __iter__(self) -> Iterator[Row]:
        self.passes += 1
        for i in range(self.count):
            yield (date(2026, 3, 2), f"Строка {i}", i, -i * 101, Fraction(i, self.count))


def _document(rows: CountingRows, language: str = "ru") -> Document:
    columns = (
        Column("day", "Дата", Kind.DATE),
        Column("text", "Текст", Kind.TEXT),
        Column("n", "Номер", Kind.INT),
        Column("money", "Сумма", Kind.MONEY),
        Column("share", "Доля", Kind.PERCENT),
    )
    chart = Chart(
        "c",
        "Круговая диаграмма",
        ChartKind.PIE,
        ("Да", "Нет"),
        (Series("n", (3, 1)),),
    )
    bars = Chart("b", "Столбцы", ChartKind.BAR, ("А", "Б"), (Series("x", (Fraction(1, 3), 2)),))
    line = Chart("l", "Линия", ChartKind.LINE, ("1", "2", "3"), (Series("y", (1, 0, 5)),))
    return Document(
        report="test",
        title="Проверочный отчёт",
        store="Магазин «Ёлка»",
        period=Period(date(2026, 3, 1), date(2026, 3, 31)),
        generated_at=datetime(2026, 4, 1, 9, 30, tzinfo=UTC),
        language="ru" if language == "ru" else "en",
        blocks=(
            Note("Примечание"),
            Table("rows", "Строки", columns, rows, rows.count),
            chart,
            bars,
            line,
        ),
    )


def test_a_long_table_pages_itself_and_reads_back_in_cyrillic(tmp_path: Path) -> None:
    rows = CountingRows(500)
    render_pdf(_document(rows), tmp_path / "long.pdf")
    reader = PdfReader(tmp_path / "long.pdf")
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert len(reader.pages) >= 8 and rows.passes == 1
    assert (
        "Проверочный отчёт" in text
        and "Магазин «Ёлка»" in text
        and "01.03.2026 – 31.03.2026" in text
    )
    assert "Строка 0" in text and "Строка 499" in text and "Круговая диаграмма" in text
    assert "Стр. 2" in text and text.count("Текст") >= len(reader.pages) - 1  # header repeats


def test_an_empty_table_says_there_is_no_data(tmp_path: Path) -> None:
    render_pdf(_document(CountingRows(0), "en"), tmp_path / "empty.pdf")
    text = PdfReader(tmp_path / "empty.pdf").pages[0].extract_text()
    assert "No data for this period" in text


def test_csv_writes_every_table_with_machine_values(tmp_path: Path) -> None:
    rows = CountingRows(3)
    (path,) = write_csv(_document(rows), tmp_path / "out")
    with path.open(encoding="utf-8-sig", newline="") as f:
        assert list(csv.reader(f)) == [
            ["Дата", "Текст", "Номер", "Сумма", "Доля"],
            ["2026-03-02", "Строка 0", "0", "0.00", "0.00"],
            ["2026-03-02", "Строка 1", "1", "-1.01", "33.33"],
            ["2026-03-02", "Строка 2", "2", "-2.02", "66.67"],
        ]
    assert path.name == "test-rows.csv"


def test_json_has_no_floats(tmp_path: Path) -> None:
    data = document_to_plain(_document(CountingRows(2)))
    json.dumps(data)  # serialisable as it is
    assert data["tables"][0]["rows"][1] == ["2026-03-02", "Строка 1", 1, -101, "50.00"]
    assert data["charts"][1]["series"][0]["values"] == ["0.33", 2]
    assert all(not isinstance(v, float) for v in _leaves(data))


def _leaves(value: object) -> Iterator[object]:
    if isinstance(value, dict):
        for v in value.values():
            yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)
    else:
        yield value


class Stores:
    """Just enough of the report queries for choosing a scope."""

    def store_name(self) -> str:
        return "Центральный"

    def stores(self) -> dict[str, tuple[str, ...]]:
        return {"Центральный": ("T1", "T2"), "Северный": ("T3",)}


def test_a_store_is_chosen_by_name_and_an_unknown_one_is_refused() -> None:
    queries = Stores()
    assert resolve_scope(queries).terminals is None  # type: ignore[arg-type]
    assert resolve_scope(queries, "северный").terminals == ("T3",)  # type: ignore[arg-type]
    assert resolve_scope(queries, None, ["T9"]).terminals == ("T9",)  # type: ignore[arg-type]
    with pytest.raises(NotFound, match="known stores: Северный, Центральный"):
        resolve_scope(queries, "Южный")  # type: ignore[arg-type]
