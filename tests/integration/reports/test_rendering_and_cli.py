"""Every report to PDF and CSV on the hand-made store, the command line, and the query plans."""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from sqlalchemy import event

from db.reports import SqlAlchemyReportSource
from pos_loyalty.reports import REPORTS, build_document, render_pdf, write_csv
from pos_loyalty.reports.kpi import build_kpi
from pos_loyalty.reports.liability import build_liability
from pos_loyalty.reports.period import Period, ReportRequest, Scope
from pos_loyalty.reports.z import build_z
from tests.integration.reports.conftest import APRIL_1, MON, WED, Shop
from tests.integration.reports.till import MSK
from ui.cli.main import cli

APRIL_30 = date(2026, 4, 30)

TITLES_RU = {
    "z": "Дневной Z-отчёт",
    "liability": "Обязательства по баллам",
    "tiers": "Уровни",
    "kpi": "Показатели программы",
    "top": "Лучшие участники",
    "inactive": "Неактивные участники",
    "statement": "Выписка участника",
    "ledger": "Выгрузка журнала баллов",
    "rfm": "RFM-сегменты",
}


@pytest.mark.parametrize("name", list(REPORTS))
def test_every_report_writes_a_pdf_and_csvs_that_read_back(
    shop: Shop, tmp_path: Path, name: str
) -> None:
    card = shop.anna.card if name == "statement" else None
    with SqlAlchemyReportSource(shop.till.db.uow).open() as queries:
        request = ReportRequest(
            Period(MON, APRIL_1), Scope("Центральный"), MSK, shop.till.now, "ru", card=card
        )
        document = build_document(name, queries, request)
        render_pdf(document, tmp_path / f"{name}.pdf")
        files = write_csv(document, tmp_path / "csv")
    reader = PdfReader(tmp_path / f"{name}.pdf")
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert len(reader.pages) >= 1 and TITLES_RU[name] in text and "Центральный" in text
    assert len(files) == len(document.tables)
    for path, table in zip(files, document.tables, strict=True):
        with path.open(encoding="utf-8-sig", newline="") as f:
            header, *rows = list(csv.reader(f))
        assert header == [c.title for c in table.columns]
        assert all(len(row) == len(header) for row in rows)


def test_the_ledger_export_lists_every_entry_of_the_period(shop: Shop, tmp_path: Path) -> None:
    with SqlAlchemyReportSource(shop.till.db.uow).open() as queries:
        request = ReportRequest(Period(MON, WED), Scope("Центральный"), MSK, shop.till.now)
        document = build_document("ledger", queries, request)
        (path,) = [p for p in write_csv(document, tmp_path) if "entries" in p.name]
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    # 2 welcomes, 4 earns, 1 redeem, 2 reversals, 2 adjustments.
    assert len(rows) == 11 == document.table("ledger_entries").size
    assert sum(int(r["Points"]) for r in rows) == 200 + 265 - 100 - 47 + 50 + 20 - 30


def _run(db: Path, *args: str) -> dict[str, object]:
    result = CliRunner().invoke(cli, ["--db", str(db), "report", *args, "--json"])
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.stdout))


def test_the_command_line_prints_json_and_writes_files(shop: Shop, tmp_path: Path) -> None:
    db = shop.till.db.path
    assert db is not None
    pdf, folder = tmp_path / "z.pdf", tmp_path / "csv"
    data = _run(
        db,
        "z",
        "--from",
        "2026-03-02",
        "--to",
        "2026-03-04",
        "--store",
        "Центральный",
        "--pdf",
        str(pdf),
        "--csv",
        str(folder),
        "--lang",
        "ru",
    )
    summary = next(t for t in data["tables"] if t["key"] == "z_summary")  # type: ignore[attr-defined]
    values = [row[1] for row in summary["rows"]]
    assert values[:4] == [4, 2, "66.67", 5500_00]
    assert data["terminals"] == ["T1", "T2"] and data["files"]["pdf"] == str(pdf)  # type: ignore[index]
    assert pdf.exists() and (folder / "z-z-summary.csv").exists()


@pytest.mark.parametrize("as_json", [False, True])
def test_the_ledger_export_prints_its_rows_after_writing_the_pdf(
    shop: Shop, tmp_path: Path, as_json: bool
) -> None:
    """The export streams its rows from the store: printing them once the PDF is written must
    not find the store closed."""
    pdf = tmp_path / "ledger.pdf"
    args = ["--db", str(shop.till.db.path), "report", "ledger", "--from", "2026-03-02"]
    args += ["--to", "2026-03-04", "--pdf", str(pdf)] + (["--json"] if as_json else [])
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert pdf.exists()
    if as_json:
        tables = json.loads(result.stdout)["tables"]
        assert sum(len(t["rows"]) for t in tables) > 0
    else:
        lines = result.stdout.splitlines()
        assert lines[-1] == f"PDF written to {pdf}"
        assert sum(" T1 " in line or " T2 " in line for line in lines) > 0


def test_the_command_line_refuses_a_statement_without_a_card(shop: Shop) -> None:
    result = CliRunner().invoke(cli, ["--db", str(shop.till.db.path), "report", "statement"])
    assert result.exit_code != 0
    assert "--card" in str(result.exception)


def _plans(shop: Shop, read: Callable[[], object]) -> dict[str, str]:
    """Run `read()` and return the query plan of every SELECT it sent, by the table it reads."""
    sent: list[tuple[str, Any]] = []

    def trace(_c: Any, _cur: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    engine = shop.till.db.engine
    event.listen(engine, "before_cursor_execute", trace)
    try:
        read()
    finally:
        event.remove(engine, "before_cursor_execute", trace)
    plans: dict[str, str] = {}
    with sqlite3.connect(shop.till.db.path) as raw:  # type: ignore[arg-type]
        for statement, parameters in sent:
            rows = raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
            table = re.search(r"\bFROM\s+(\w+)", statement)
            if table is None:
                continue
            key = table.group(1)
            plans[key] = plans.get(key, "") + " | ".join(row[-1] for row in rows) + "; "
    return plans


def test_the_z_report_reads_each_day_range_from_the_daily_figures(shop: Shop) -> None:
    plans = _plans(shop, lambda: shop.till.read(build_z, MON, WED))
    days = "SEARCH daily_figures USING PRIMARY KEY (business_date>? AND business_date<?)"
    assert days in plans["daily_figures"]
    assert not {"sales", "ledger_entries", "refunds"} & set(plans)


def test_the_kpis_of_whole_months_read_figures_and_buyer_months_not_each_sale(
    shop: Shop,
) -> None:
    plans = _plans(shop, lambda: shop.till.read(build_kpi, date(2026, 3, 1), APRIL_30))
    assert "USING PRIMARY KEY (business_date>? AND business_date<?)" in plans["daily_figures"]
    months = "USING COVERING INDEX ix_buyer_months_month_covering (month=? AND prev_day<?)"
    assert months in plans["buyer_months"]
    assert (
        "USING COVERING INDEX ix_buyer_months_joined_month (joined>? AND joined<?)"
        in (plans["buyer_months"])
    )
    assert "USING COVERING INDEX ix_members_registered_on_id" in plans["members"]
    everything = "".join(plans.values())
    assert "ix_sales_business_date_covering (business_date>? AND business_date<?)" not in everything
    # Members are counted whole only as count(*), off an index without reading its entries.
    assert "SCAN sales" not in everything
    assert not re.findall(r"SCAN members(?! USING COVERING INDEX)", everything)


def test_the_kpis_of_other_periods_count_buyers_from_the_covering_indexes(shop: Shop) -> None:
    plans = _plans(shop, lambda: shop.till.read(build_kpi, MON, APRIL_1))
    assert "USING COVERING INDEX ix_sales_business_date_covering" in plans["members"]
    assert "USING COVERING INDEX ix_members_registered_on_id" in plans["members"]
    assert "SCAN sales" not in plans["sales"] and "SCAN members" not in plans["members"]


def test_the_liability_report_reads_lots_and_balances_through_indexes(
    shop: Shop,
) -> None:
    plans = _plans(shop, lambda: shop.till.read(build_liability, APRIL_1, APRIL_1))
    assert "ix_balances_balance" in plans["balances"]
    assert "USING COVERING INDEX ix_lots_expires_on_active_from_remaining" in plans["lots"]
    assert "TEMP B-TREE" not in plans["lots"]


def test_new_members_and_cards_issued_are_counted_from_an_index_range(shop: Shop) -> None:
    plans = _plans(shop, lambda: shop.till.read(build_z, MON, WED))
    assert "USING COVERING INDEX ix_members_registered_on_id" in plans["members"]
    assert "USING COVERING INDEX ix_cards_issued_at" in plans["cards"]
