"""Every slip line fits the paper, and no amount is ever split across two lines.

Over many amounts, both languages and both paper widths: the plain text (what the screen shows)
and the ESC/POS text read back from the printer's bytes (with the code page's ₽ -> руб.).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from devices.printer.codepages import CP866, fit_to_codepage
from devices.printer.escpos_reader import escpos_text
from devices.printer.escpos_render import EscposOptions, render_escpos
from devices.printer.layout import Paper, render_text
from devices.simulated import demo_slip
from pos_loyalty.domain.slip import Slip, format_slip_money

MONEY = st.integers(min_value=0, max_value=99_999_999_99)  # up to 99 999 999,99


@st.composite
def slips(draw: st.DrawFn) -> Slip:
    total = draw(MONEY)
    discount = draw(st.integers(min_value=0, max_value=total))
    redeemed_value = draw(st.integers(min_value=0, max_value=total - discount))
    return demo_slip(
        total=total,
        discount=discount,
        redeemed_value=redeemed_value,
        points_redeemed=redeemed_value // 100,
        paid=total - discount - redeemed_value,
        to_next_tier=draw(st.none() | MONEY),
        language=draw(st.sampled_from(["ru", "en"])),
        store_name=draw(st.sampled_from(["Ромашка", "Магазин у дома «Ромашка» на Ленина"])),
    )


def _amounts(slip: Slip) -> list[str]:
    shown = [slip.total, slip.paid]
    if slip.discount:
        shown.append(-slip.discount)
    if slip.redeemed_value:
        shown.append(-slip.redeemed_value)
    if slip.to_next_tier is not None:
        shown.append(slip.to_next_tier)
    return [format_slip_money(amount, slip.currency, slip.language) for amount in shown]


def _check(text: str, amounts: list[str], columns: int) -> None:
    lines = text.splitlines()
    assert all(len(line) <= columns for line in lines), [x for x in lines if len(x) > columns]
    for amount in amounts:
        assert any(amount in line for line in lines), f"{amount!r} is split or missing"


@settings(max_examples=150, deadline=None)
@given(slip=slips(), paper=st.sampled_from(list(Paper)))
def test_the_screen_text_fits_the_paper_and_keeps_each_amount_on_one_line(
    slip: Slip, paper: Paper
) -> None:
    _check(render_text(slip, paper), _amounts(slip), paper.columns)


@settings(max_examples=100, deadline=None)
@given(slip=slips(), paper=st.sampled_from(list(Paper)))
def test_the_printed_text_fits_the_paper_and_keeps_each_amount_on_one_line(
    slip: Slip, paper: Paper
) -> None:
    printed = escpos_text(render_escpos(slip, paper, CP866, EscposOptions(barcode="none")))
    amounts = [fit_to_codepage(amount, CP866) for amount in _amounts(slip)]
    _check(printed, amounts, paper.columns)


def test_the_widths_are_32_and_48_characters() -> None:
    assert (Paper.MM58.columns, Paper.MM80.columns) == (32, 48)
