"""The slip as plain text, in Russian and English: the same lines the printer gets."""

from __future__ import annotations

from datetime import date

import pytest

from devices.printer.codepages import CP866
from devices.printer.escpos_reader import escpos_text
from devices.printer.escpos_render import EscposOptions, render_escpos
from devices.printer.layout import Paper, render_text
from devices.simulated import demo_slip
from pos_loyalty.domain.slip import ExpiringPoints, SlipKind


def _line(text: str, label: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(label))


def test_the_russian_slip_shows_balance_before_and_after() -> None:
    text = render_text(demo_slip(balance_before=149, balance_after=40), Paper.MM80)
    assert _line(text, "Баланс до").endswith(" 149")
    assert _line(text, "Баланс после").endswith(" 40")


def test_the_english_slip_shows_balance_before_and_after() -> None:
    text = render_text(demo_slip(language="en", balance_before=149, balance_after=40), 48)
    assert _line(text, "Balance before").endswith(" 149")
    assert _line(text, "Balance after").endswith(" 40")


@pytest.mark.parametrize(("language", "label"), [("ru", "Карта"), ("en", "Card")])
def test_the_card_is_masked_to_its_last_four_digits(language: str, label: str) -> None:
    text = render_text(demo_slip(language=language, card_last4="7891"), 32)
    assert _line(text, label).endswith("**** 7891")
    assert "0421234567891" not in text


def test_expiring_points_are_listed_with_their_date() -> None:
    expiring = (ExpiringPoints(50, date(2024, 12, 1)), ExpiringPoints(1, date(2024, 12, 9)))
    ru = render_text(demo_slip(expiring=expiring), 48)
    en = render_text(demo_slip(expiring=expiring, language="en"), 48)
    # The date is the last day the points can be spent, and the line says so.
    assert "50 баллов действуют до 01.12.2024 включительно" in ru
    assert "1 балл действует до 09.12.2024 включительно" in ru
    assert "50 points can be spent until 2024-12-01" in en
    assert "1 point can be spent until 2024-12-09" in en


def test_pending_points_are_marked_and_explained() -> None:
    text = render_text(demo_slip(points_pending=40), 48)
    assert _line(text, "Ожидают начисления*").endswith(" 40")
    assert "* станут доступны после срока возврата" in text
    assert "*" not in render_text(demo_slip(points_pending=0), 48).replace("****", "")


def test_the_next_tier_line_says_how_much_is_left_to_spend() -> None:
    ru = render_text(demo_slip(next_tier_name="Золото", to_next_tier=1_234_550), 48)
    en = render_text(demo_slip(next_tier_name="Gold", to_next_tier=50_000, language="en"), 48)
    assert _line(ru, "До уровня Золото").endswith("12 345,50 ₽")
    assert _line(en, "To reach Gold").endswith("500.00 ₽")


def test_no_next_tier_line_at_the_top_tier() -> None:
    text = render_text(demo_slip(next_tier_name="", to_next_tier=None), 48)
    assert "До уровня" not in text


def test_amounts_show_discount_points_paid_and_what_was_paid() -> None:
    text = render_text(demo_slip(), 48)
    assert _line(text, "Сумма").endswith("1 000,00 ₽")
    assert _line(text, "Скидка").endswith("-50,00 ₽")
    assert _line(text, "Оплачено баллами (149)").endswith("-149,00 ₽")
    assert _line(text, "К оплате").endswith("801,00 ₽")


@pytest.mark.parametrize(("language", "marker"), [("ru", "*** КОПИЯ ***"), ("en", "*** COPY ***")])
def test_a_reprint_is_marked_as_a_copy(language: str, marker: str) -> None:
    assert marker in render_text(demo_slip(language=language).as_copy(), 32)
    assert marker not in render_text(demo_slip(language=language), 32)


def test_a_refund_slip_is_titled_and_worded_as_a_refund() -> None:
    text = render_text(demo_slip(kind=SlipKind.REFUND, language="en"), 48)
    assert "REFUND" in text
    assert _line(text, "Points returned").endswith("+149")
    assert _line(text, "Points reversed").endswith("-40")


@pytest.mark.parametrize("paper", [Paper.MM58, Paper.MM80])
def test_no_line_is_wider_than_the_paper(paper: Paper) -> None:
    long_store = "Гипермаркет «Очень длинное название магазина у дороги»"
    slip = demo_slip(store_name=long_store, footer="Спасибо! " * 12, language="ru")
    lines = render_text(slip, paper).splitlines()
    assert max(len(line) for line in lines) <= paper.columns


def test_the_printer_gets_the_same_lines_as_the_text() -> None:
    slip = demo_slip(currency="руб.")
    printed = escpos_text(render_escpos(slip, Paper.MM58, CP866, EscposOptions(barcode="none")))
    assert printed == render_text(slip, Paper.MM58)
