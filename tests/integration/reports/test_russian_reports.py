"""A Russian report says nothing in English: no label of any report is left as its English
source in the PDF's text or the CSV's headers, and its numbers and dates are written the
Russian way."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from db.reports import SqlAlchemyReportSource
from pos_loyalty.i18n import shipped_translator
from pos_loyalty.reports import REPORTS, build_document, render_pdf, write_csv
from pos_loyalty.reports.labels import sources
from pos_loyalty.reports.period import Period, ReportRequest, Scope
from tests.integration.reports.conftest import APRIL_1, MON, Shop
from tests.integration.reports.till import MSK

_PLACEHOLDER = re.compile(r"\{|%")
TYPED = ("review bonus", "correction")
"""Reasons the shop's staff typed for their adjustments: data, shown as typed."""


def _english_labels() -> set[str]:
    """English label texts whose Russian differs, long enough to be a word of their own."""
    russian = shipped_translator("ru")
    return {
        text
        for context, text in sources().values()
        if len(text) >= 4
        and not _PLACEHOLDER.search(text)
        and russian(context, text) != text
        and not any(text in typed for typed in TYPED)
    }


@pytest.mark.parametrize("name", list(REPORTS))
def test_a_russian_report_leaves_no_label_in_english(shop: Shop, tmp_path: Path, name: str) -> None:
    card = shop.anna.card if name == "statement" else None
    with SqlAlchemyReportSource(shop.till.db.uow).open() as queries:
        request = ReportRequest(
            Period(MON, APRIL_1), Scope("Центральный"), MSK, shop.till.now, "ru", card=card
        )
        document = build_document(name, queries, request)
        render_pdf(document, tmp_path / f"{name}.pdf")
        files = write_csv(document, tmp_path / "csv")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / f"{name}.pdf").pages)
    text = " ".join(text.split())
    headers = []
    for path in files:
        with path.open(encoding="utf-8-sig", newline="") as f:
            headers += next(csv.reader(f))
    english = _english_labels()
    found = sorted(label for label in english if re.search(rf"\b{re.escape(label)}\b", text))
    assert found == []
    assert [h for h in headers if h in english] == []
    assert re.search(r"\d{2}\.\d{2}\.\d{4}", text)  # dates as 02.03.2026
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text)


def test_a_russian_z_report_writes_money_with_a_decimal_comma(shop: Shop, tmp_path: Path) -> None:
    with SqlAlchemyReportSource(shop.till.db.uow).open() as queries:
        request = ReportRequest(Period(MON, MON), Scope("Центральный"), MSK, shop.till.now, "ru")
        document = build_document("z", queries, request)
    render_pdf(document, tmp_path / "z.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "z.pdf").pages)
    assert re.search(r"\d,\d\d\b", text)
    assert not re.search(r"(?<![\d.])\d+\.\d\d(?![\d.])", text)  # 01.04.2026 is a date
