"""The customer display's refund and void lines, and reading its bytes back as what it shows."""

from __future__ import annotations

import pytest

from devices.display.commands import (
    CommandSet,
    read_display,
    refund_lines,
    render_clear,
    render_display,
)
from devices.printer.codepages import CP866
from devices.simulated import SimulatedDisplay


def test_a_refund_shows_the_money_back_the_points_and_the_balance() -> None:
    line1, line2 = refund_lines(25_530, 32, 181)
    assert line1 == "Возврат       255,30"
    assert line2 == "+32 б.    Баланс 181"


def test_a_void_says_so_in_english_too() -> None:
    line1, line2 = refund_lines(85_100, -42, 149, void=True, language="en")
    assert line1.startswith("Void") and line1.endswith("851.00")
    assert line2.startswith("-42 pts") and line2.endswith("Balance 149")


def test_a_refund_without_a_card_shows_no_points() -> None:
    assert refund_lines(10_000, 0, None)[1] == " " * 20


@pytest.mark.parametrize("commands", list(CommandSet))
def test_the_bytes_read_back_as_the_lines_shown(commands: CommandSet) -> None:
    data = render_display("Анна   Скидка 150,00", "+42 б.    Баланс 191", commands, CP866)
    assert read_display(data, "cp866") == ("Анна   Скидка 150,00", "+42 б.    Баланс 191")


@pytest.mark.parametrize("commands", list(CommandSet))
def test_after_a_clear_the_display_reads_blank(commands: CommandSet) -> None:
    data = render_display("Анна", "Баланс 191", commands, CP866) + render_clear(commands)
    assert read_display(data, "cp866") == (" " * 20, " " * 20)


def test_the_simulated_display_keeps_what_it_was_sent() -> None:
    display = SimulatedDisplay()
    display.show(*refund_lines(100, 0, 5, void=True))
    assert read_display(b"".join(display.memory.jobs), "cp866")[0].startswith("Отмена")
