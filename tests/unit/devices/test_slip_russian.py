"""A Russian slip says everything in Russian: every label, the copy and refund marks, the
points counted in their plural forms, amounts with a decimal comma; on paper and in the PDF."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from devices.printer.layout import Paper, render_text
from devices.printer.pdf import render_pdf
from devices.simulated import demo_slip
from pos_loyalty.domain.slip import ExpiringPoints, Slip, SlipKind

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")

EXPIRING = tuple(
    ExpiringPoints(points, date(2026, 3, day)) for day, points in enumerate((1, 2, 5, 21), 1)
)


def _everything(**overrides: object) -> Slip:
    """A slip with every line it can have: a copy, a membership, pending and expiring points."""
    return demo_slip(
        is_copy=True,
        expiring=EXPIRING,
        membership_until=date(2026, 12, 31),
        card_barcode="0421234567891",
        **overrides,
    )


@pytest.mark.parametrize("kind", [SlipKind.SALE, SlipKind.REFUND])
def test_no_latin_word_is_left_on_a_russian_slip(kind: SlipKind) -> None:
    text = render_text(_everything(kind=kind), Paper.MM80)
    assert LATIN_WORD.findall(text) == []


def test_the_expiring_points_are_counted_in_russian_plural_forms() -> None:
    text = render_text(_everything(), Paper.MM80)
    for said in (
        "1 балл действует до 01.03.2026 включительно",
        "2 балла действуют до 02.03.2026 включительно",
        "5 баллов действуют до 03.03.2026 включительно",
        "21 балл действует до 04.03.2026 включительно",
    ):
        assert said in text


def test_amounts_on_a_russian_slip_use_a_decimal_comma_and_spaces() -> None:
    text = render_text(_everything(), Paper.MM80)
    assert "1 000,00 ₽" in text  # the total, 100 000 kopecks
    assert "12 345,50 ₽" in text  # to the next tier, 1 234 550 kopecks
    assert not re.search(r"\d\.\d\d ₽", text)


def test_the_russian_pdf_slip_reads_the_same_words(tmp_path: Path) -> None:
    path = tmp_path / "slip.pdf"
    render_pdf(_everything(kind=SlipKind.REFUND), path)
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    assert "ВОЗВРАТ" in text and "КОПИЯ" in text and "21 балл действует" in text
    assert LATIN_WORD.findall(text) == []


@pytest.mark.parametrize(("language", "word"), [("ru", "Магазин"), ("en", "Store")])
def test_a_store_without_a_name_is_headed_with_the_word_for_a_store_in_the_slips_language(
    tmp_path: Path, language: str, word: str
) -> None:
    slip = demo_slip(store_name="", language=language)
    assert render_text(slip, Paper.MM80).splitlines()[0].strip() == word
    path = tmp_path / "slip.pdf"
    render_pdf(slip, path)
    reader = PdfReader(path)
    assert reader.metadata is not None and reader.metadata.title.startswith(f"{word}: ")
    assert reader.pages[0].extract_text().splitlines()[0].strip() == word
