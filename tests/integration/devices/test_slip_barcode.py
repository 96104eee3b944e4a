"""The card's barcode on a PDF slip decodes back to the exact card number (python-barcode's
layout, drawn by reportlab), and a wrong number is refused before anything is drawn."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from devices.ean13 import barcode_drawing
from devices.printer.pdf import render_pdf
from devices.simulated import demo_slip
from pos_loyalty.domain.errors import InvalidCardNumber
from tests.integration.backoffice.barcode_reader import codes_on_page

needs_pdftoppm = pytest.mark.skipif(
    shutil.which("pdftoppm") is None,
    reason="decoding the barcode needs pdftoppm: apt-get install poppler-utils",
)


@needs_pdftoppm
@pytest.mark.parametrize("page", ["roll80", "a4"])
def test_the_slip_barcode_reads_back_as_the_card_number(tmp_path: Path, page: str) -> None:
    pdf = tmp_path / f"slip-{page}.pdf"
    render_pdf(demo_slip(card_barcode="0421234567891"), pdf, page=page)
    assert codes_on_page(pdf, 1, dpi=600) == {"0421234567891"}


def test_the_drawing_has_a_bar_per_run_and_the_digits_below() -> None:
    drawing = barcode_drawing(
        "0420000000013", module_mm=0.33, height_mm=13.2, quiet_mm=3.63, font="Helvetica"
    )
    bars = [s for s in drawing.contents if type(s).__name__ == "Rect"]
    (digits,) = [s for s in drawing.contents if type(s).__name__ == "String"]
    assert len(bars) == 30  # two per guard and two per digit: 2 + 6 x 2 + 2 + 6 x 2 + 2
    assert digits.text == "0420000000013"
    mm = 72 / 25.4
    assert drawing.width == pytest.approx((95 * 0.33 + 2 * 3.63) * mm)
    assert min(b.x for b in bars) == pytest.approx(3.63 * mm)
    assert max(b.y for b in bars) > digits.y


def test_a_slip_with_a_wrong_check_digit_is_refused() -> None:
    slip = demo_slip(card_barcode="0421234567891")
    object.__setattr__(slip, "card_barcode", "0421234567892")
    with pytest.raises(InvalidCardNumber, match="wrong check digit"):
        render_pdf(slip, io.BytesIO())
