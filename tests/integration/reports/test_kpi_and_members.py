"""KPIs, top and inactive members, and the member statement on the hand-made store."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from pathlib import Path

from pypdf import PdfReader

from pos_loyalty.reports import render_pdf
from pos_loyalty.reports.cohorts import retention_curve
from pos_loyalty.reports.kpi import build_kpi
from pos_loyalty.reports.members import build_inactive, build_top
from pos_loyalty.reports.statement import build_statement
from tests.integration.reports.conftest import APRIL_1, MON, WED, Shop


def test_the_kpis_of_the_week_match_the_hand_computation(shop: Shop) -> None:
    k = shop.till.read(build_kpi, MON, WED, inactive_days=2)
    assert (k.card_checks, k.plain_checks, k.card_share) == (4, 2, Fraction(2, 3))
    assert k.average_card_check == Fraction(5500_00, 4)  # 1375.00
    assert k.average_plain_check == Fraction(800_00, 2)  # 400.00
    assert (k.buyers.members, k.buyers.repeat_members, k.buyers.checks) == (2, 1, 4)
    assert (k.repeat_rate, k.frequency) == (Fraction(1, 2), Fraction(2))
    assert (k.earned, k.redeemed) == (265 + 200, 100)
    assert k.redemption_rate == Fraction(100, 465)
    # Churn window 3-4 March: Anna and Boris joined before it; only Anna bought in it.
    assert (k.churn.base, k.churn.active, k.churned, k.churn_rate) == (2, 1, 1, Fraction(1, 2))


def test_monthly_cohorts_follow_members_from_the_month_they_joined(shop: Shop) -> None:
    k = shop.till.read(build_kpi, date(2026, 3, 1), date(2026, 4, 30))
    march, april = k.cohorts
    assert (march.month, march.size, march.active) == (date(2026, 3, 1), 2, (2, 1))
    assert (april.month, april.size, april.active) == (date(2026, 4, 1), 2, (2,))
    assert (march.retention(0), march.retention(1), april.retention(1)) == (1, Fraction(1, 2), None)
    assert retention_curve(k.cohorts) == (Fraction(4, 4), Fraction(1, 2))


def test_an_empty_period_has_no_ratios_rather_than_zero_divisions(shop: Shop) -> None:
    k = shop.till.read(build_kpi, date(2026, 2, 1), date(2026, 2, 28))
    assert (k.card_share, k.average_card_check, k.repeat_rate, k.redemption_rate) == (None,) * 4
    assert k.promotions == ()


def test_top_members_are_ranked_by_money_paid_less_money_returned(shop: Shop) -> None:
    top = shop.till.read(build_top, MON, WED).members
    (anna, anna_line), (boris, boris_line) = top
    assert anna.member_id == shop.anna.id and boris.member_id == shop.boris.id
    assert (anna.checks, anna.paid, anna.money_returned) == (3, 3400_00, 450_00)
    assert (anna.earned, anna.redeemed) == (170, 0)
    assert (boris.checks, boris.paid, boris.money_returned, boris.redeemed) == (
        1,
        1900_00,
        950_00,
        100,
    )
    assert anna_line is not None and anna_line.card_number == shop.anna.card
    # Balances now: Anna 268 - 150 expired + 22 = 140; Boris 68 - 18 expired = 50.
    assert (anna_line.balance, boris_line and boris_line.balance) == (140, 50)


def test_inactive_members_are_those_not_seen_for_n_days(shop: Shop) -> None:
    r = shop.till.read(build_inactive, APRIL_1, APRIL_1, inactive_days=20)
    assert (r.count, r.members_total) == (1, 4)
    (boris,) = r.members
    assert (boris.member_id, boris.balance, boris.last_purchase_on) == (shop.boris.id, 50, MON)


def test_the_statement_runs_the_balance_through_the_period(shop: Shop) -> None:
    march = shop.till.read(
        build_statement, date(2026, 3, 1), date(2026, 3, 31), card=shop.anna.card
    )
    assert march.opening == 0 and march.masked_card == f"**** {shop.anna.card[-4:]}"
    assert [e.points for e in march.entries] == [100, 50, 75, 45, 20, -22]
    assert [b for _, b in march.running()] == [100, 150, 225, 270, 290, 268]
    assert (march.points_in, march.points_out, march.closing) == (290, 22, 268)
    assert [s.total for s in march.sales] == [1000_00, 1500_00, 1000_00]
    assert march.sales[2].refunded == 500_00 and march.tier == "Silver"
    april = shop.till.read(build_statement, APRIL_1, date(2026, 4, 30), card=shop.anna.card)
    assert april.opening == 268
    assert sorted(e.points for e in april.entries) == [-100, -50, 22]
    assert april.closing == 140 == april.wallet.balance


def test_the_statement_pdf_masks_the_card_and_never_shows_the_phone(
    shop: Shop, tmp_path: Path
) -> None:
    document = shop.till.document(
        "statement", date(2026, 3, 1), date(2026, 3, 31), card=shop.anna.card, language="ru"
    )
    render_pdf(document, tmp_path / "statement.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "statement.pdf").pages)
    assert "Выписка участника" in text and "Анна Смирнова" in text
    assert f"**** {shop.anna.card[-4:]}" in text and shop.anna.card not in text
    assert "9000000001" not in text and "000-00-01" not in text
    assert "приветственный" in text and "review bonus" in text
