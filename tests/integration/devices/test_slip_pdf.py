"""PDF slips, read back with pypdf: Cyrillic text, an 80 mm roll and an A4 page."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from devices.printer.pdf import render_pdf
from devices.simulated import demo_slip

MM = 72 / 25.4


def _read(data: bytes) -> tuple[str, tuple[float, float]]:
    page = PdfReader(io.BytesIO(data)).pages[0]
    return page.extract_text(), (float(page.mediabox.width), float(page.mediabox.height))


@pytest.mark.parametrize("page", ["roll80", "a4"])
def test_the_pdf_slip_reads_back_with_its_cyrillic_text(page: str) -> None:
    buffer = io.BytesIO()
    render_pdf(demo_slip(card_barcode="0421234567891"), buffer, page=page)
    text, _ = _read(buffer.getvalue())
    for expected in (
        "Магазин Ромашка",
        "Баланс после",
        "**** 7891",
        "50 баллов действуют до 01.12.2024",
    ):
        assert expected in text
    assert "Ожидают начисления*" in text
    assert "801,00 ₽" in text


def test_the_roll_pdf_is_80_mm_wide_and_as_long_as_the_slip() -> None:
    short, long = io.BytesIO(), io.BytesIO()
    render_pdf(demo_slip(), short)
    render_pdf(demo_slip(footer="\n".join(["Строка"] * 30)), long)
    _, (width, height) = _read(short.getvalue())
    _, (_, long_height) = _read(long.getvalue())
    assert width == pytest.approx(80 * MM)
    assert long_height > height


def test_the_a4_pdf_is_an_a4_page_written_to_a_path(tmp_path: Path) -> None:
    path = tmp_path / "slip.pdf"
    render_pdf(demo_slip(language="en"), path, page="a4")
    text, (width, height) = _read(path.read_bytes())
    assert (round(width), round(height)) == (595, 842)
    assert "Balance after" in text


def test_an_unknown_page_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="roll80"):
        render_pdf(demo_slip(), io.BytesIO(), page="letter")
