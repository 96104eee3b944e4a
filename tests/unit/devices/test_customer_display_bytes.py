"""Customer display bytes for the CD5220 and ESC/POS command sets, and the sale summary."""

from __future__ import annotations

from devices.display.commands import (
    CommandSet,
    fit,
    fit_columns,
    render_clear,
    render_display,
    sale_lines,
)
from devices.printer.codepages import CP866, CodePage
from devices.simulated import SimulatedDisplay


def test_cd5220_bytes_init_select_page_clear_home_and_position_each_line() -> None:
    data = render_display("Анна", "Баланс 149", CommandSet.CD5220, CP866)
    line1 = "Анна".ljust(20).encode("cp866")
    line2 = "Баланс 149".ljust(20).encode("cp866")
    expected = (
        b"\x1b@" + b"\x1bt\x11" + b"\x1b\x11" + b"\x0c" + b"\x0b"
        + b"\x1bl\x01\x01" + line1 + b"\x1bl\x01\x02" + line2
    )  # fmt: skip
    assert data == expected


def test_escpos_display_bytes_use_us_dollar_for_positions() -> None:
    data = render_display("Anna", "Balance 149", CommandSet.ESCPOS, CP866)
    expected = (
        b"\x1b@" + b"\x1bt\x11" + b"\x1f\x01" + b"\x0c" + b"\x0b"
        + b"\x1f$\x01\x01" + b"Anna".ljust(20) + b"\x1f$\x01\x02" + b"Balance 149".ljust(20)
    )  # fmt: skip
    assert data == expected


def test_no_code_page_command_when_its_number_is_unknown() -> None:
    data = render_display("A", "B", "cd5220", CodePage("CP866", None, "cp866"))
    assert b"\x1bt" not in data


def test_text_is_cut_to_twenty_characters() -> None:
    assert fit("Очень длинная строка для дисплея") == "Очень длинная строка"
    assert len(fit("ok")) == 20
    assert fit_columns("Александра", "Скидка 1500,00") == "Алекс Скидка 1500,00"


def test_the_sale_summary_shows_first_name_discount_points_and_balance() -> None:
    line1, line2 = sale_lines("Анна Петровна", 15_000, 42, 191)
    assert line1 == "Анна   Скидка 150,00"
    assert line2 == "+42 б.    Баланс 191"
    assert "Петровна" not in line1 + line2


def test_the_english_sale_summary_has_english_words() -> None:
    line1, line2 = sale_lines("Ann", 0, 0, 5, language="en")
    assert line1 == "Ann".ljust(20)
    assert line2 == "Balance 5".rjust(20)


def test_clearing_blanks_the_display() -> None:
    assert render_clear("cd5220") == b"\x1b@\x1b\x11\x0c\x0b"
    assert render_clear("escpos") == b"\x1b@\x1f\x01\x0c\x0b"


def test_the_display_sends_one_update_per_call() -> None:
    display = SimulatedDisplay("escpos")
    display.show_sale("Иван", 5_000, 10, 110)
    display.clear()
    assert len(display.memory.jobs) == 2
    assert "Иван".encode("cp866") in display.memory.jobs[0]
