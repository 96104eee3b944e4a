"""The Z-report on the hand-made store: every figure worked out by hand (see conftest)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pypdf import PdfReader

from pos_loyalty.reports import render_pdf
from pos_loyalty.reports.z import ZFigures, build_z
from tests.integration.reports.conftest import APRIL_1, MON, REFUND_DAY, TUE, WED, Shop
from tests.integration.reports.till import MSK


def pdf_text(path: Path) -> str:
    """All the text of a PDF, with no-break spaces as spaces."""
    return "\n".join(p.extract_text() for p in PdfReader(path).pages).replace("\xa0", " ")


def test_the_week_adds_up_to_the_figures_worked_out_by_hand(shop: Shop) -> None:
    z = shop.till.read(build_z, MON, WED).total
    assert (z.card_checks, z.plain_checks) == (4, 2)
    assert z.card_total == 1000_00 + 2000_00 + 1500_00 + 1000_00
    assert z.plain_total == 500_00 + 300_00
    assert (z.discount, z.redeemed_value) == (100_00, 100_00)
    assert z.earned == 50 + 95 + 75 + 45
    assert (z.bonus, z.redeemed, z.expired) == (200, 100, 0)
    assert (z.adjusted_added, z.adjusted_removed) == (20, 30)
    assert (z.refunds, z.voids, z.refund_amount, z.money_returned) == (1, 0, 1000_00, 950_00)
    assert (z.reversed, z.returned) == (47, 50)
    assert z.new_members == 2


def test_each_terminal_and_each_day_get_their_own_figures(shop: Shop) -> None:
    z = shop.till.read(build_z, MON, WED)
    terminals = dict(z.terminals)
    assert set(terminals) == {"T1", "T2"}
    t1, t2 = terminals["T1"], terminals["T2"]
    assert (t1.card_checks, t1.plain_checks, t1.card_total) == (3, 1, 3500_00)
    assert (t1.earned, t1.bonus, t1.redeemed, t1.discount) == (50 + 75 + 45, 200, 0, 100_00)
    assert (t1.refunds, t1.money_returned, t1.reversed, t1.returned) == (1, 950_00, 47, 50)
    assert (t2.card_checks, t2.plain_checks, t2.card_total) == (1, 1, 2000_00)
    assert (t2.earned, t2.redeemed, t2.refunds) == (95, 100, 0)
    days = dict(z.days)
    assert [days[d].card_checks for d in (MON, TUE, WED)] == [2, 1, 1]
    assert [days[d].new_members for d in (MON, TUE, WED)] == [2, 0, 0]
    assert [days[d].earned for d in (MON, TUE, WED)] == [145, 75, 45]


def test_a_period_with_only_a_refund_shows_the_refund_and_no_checks(shop: Shop) -> None:
    z = shop.till.read(build_z, REFUND_DAY, REFUND_DAY)
    assert (z.total.card_checks, z.total.plain_checks) == (0, 0)
    assert (z.total.refunds, z.total.refund_amount, z.total.money_returned) == (1, 500_00, 450_00)
    assert (z.total.reversed, z.total.returned) == (22, 0)
    assert [t for t, _ in z.terminals] == ["T2"]


def test_an_empty_period_is_all_zeros_and_still_renders(shop: Shop, tmp_path: Path) -> None:
    z = shop.till.read(build_z, date(2026, 2, 1), date(2026, 2, 28))
    assert z.total == ZFigures() and z.terminals == () and len(z.days) == 28
    document = shop.till.document("z", date(2026, 2, 1), date(2026, 2, 28), language="ru")
    assert document.table("z_summary").rows[2][1].value is None  # share of checks: no checks
    render_pdf(document, tmp_path / "empty.pdf")
    text = pdf_text(tmp_path / "empty.pdf")
    assert "Дневной Z-отчёт" in text and "01.02.2026 – 28.02.2026" in text


def test_store_filter_counts_only_that_stores_terminals(shop: Shop) -> None:
    everyone = shop.till.read(build_z, APRIL_1, APRIL_1).total
    centre = shop.till.read(build_z, APRIL_1, APRIL_1, store="Центральный")
    north = shop.till.read(build_z, APRIL_1, APRIL_1, store="северный").total
    assert (everyone.card_checks, everyone.earned, everyone.bonus) == (4, 22 + 50 + 42 + 40, 200)
    assert (everyone.expired, everyone.money_returned, everyone.reversed) == (168, 1000_00, 50)
    assert [t for t, _ in centre.terminals] == ["T1"]
    assert (centre.total.card_checks, centre.total.earned, centre.total.bonus) == (3, 114, 100)
    assert (north.card_checks, north.earned, north.bonus, north.expired) == (1, 40, 100, 0)
    assert north.new_members == everyone.new_members == 2  # members carry no terminal
    assert centre.store_wide_note


def test_cards_issued_are_counted_by_the_moment_they_were_stored(shop: Shop) -> None:
    # Cards are stamped when stored, by the database adapter's own clock (not the till's).
    today = datetime.now(UTC).astimezone(MSK).date()
    around = shop.till.read(build_z, today - timedelta(days=1), today + timedelta(days=1))
    assert around.cards_issued == 4 + 3  # four members' cards and a batch of three
    assert shop.till.read(build_z, MON, WED).cards_issued == 0


def test_the_pdf_reads_back_in_russian_with_the_figures(shop: Shop, tmp_path: Path) -> None:
    document = shop.till.document("z", MON, WED, language="ru")
    render_pdf(document, tmp_path / "z.pdf")
    reader = PdfReader(tmp_path / "z.pdf")
    text = pdf_text(tmp_path / "z.pdf")
    assert len(reader.pages) >= 2
    assert "Магазин: Центральный" in text and "Период: 02.03.2026 – 04.03.2026" in text
    assert "Сформирован: 01.04.2026 12:00" in text  # the till's clock after the last step
    assert "Продажи с картой" in text and "5 500,00" in text and "66,7 %" in text
    assert "Чеки с картой и без" in text  # the pie chart's title
    assert "T1" in text and "T2" in text
